// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importvaluespage.h"

#include "ui/document/document.h"
#include "ui/import/importpagehelpers.h"
#include "ui/import/importwizard.h"
#include "ui/undo/edits.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace ps {

using import::ColumnTarget;
using import::DuplicateAction;
using import::Kind;
using namespace importpage;

namespace {

QColor highlightColor() {
    return QColor(255, 236, 179); // a warm amber, readable with dark text in light themes
}

} // namespace

ImportValuesPage::ImportValuesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(
          makeTable(this, QStringLiteral("valuesTable"),
                    {tr("Value in the file"), tr("Rows"), tr("Partner model"), tr("Also sets")})) {
    setTitle(tr("Partner models"));
    setSubTitle(tr("What each Type value of the file means. Values Partnerscope does not know "
                   "are highlighted: choose a model, or leave them as \"Needs classification\" "
                   "and classify those partners later."));
    m_summary->setObjectName(QStringLiteral("valuesSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void ImportValuesPage::initializePage() {
    ImportSession &s = m_wizard->session();
    const int column = s.mapping.columnOf(int(PartnerField::Model));
    // Distinct values by their matching key, first spelling wins, in first-seen order.
    std::vector<std::pair<QString, int>> values;
    QHash<QString, int> indexOf;
    for (const csv::Record &r : s.table->records) {
        const QString raw = column < r.fields.size() ? r.fields[column].trimmed() : QString();
        if (raw.isEmpty())
            continue;
        const QString key = import::typeValueKey(raw);
        auto it = indexOf.find(key);
        if (it == indexOf.end()) {
            indexOf.insert(key, int(values.size()));
            values.emplace_back(raw, 1);
        } else {
            ++values[size_t(*it)].second;
        }
    }
    m_table->setRowCount(int(values.size()));
    int unknown = 0;
    for (int i = 0; i < int(values.size()); ++i) {
        const QString &raw = values[size_t(i)].first;
        const std::optional<import::TypeValue> builtIn = import::builtInTypeValue(raw);
        const std::optional<import::TypeValue> resolved = import::resolveTypeValue(s.mapping, raw);
        const bool isUnknown = !builtIn.has_value();
        auto *valueItem = textItem(raw);
        auto *countItem = textItem(QLocale().toString(values[size_t(i)].second));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *alsoItem = textItem(
            builtIn && builtIn->status ? tr("Status: %1").arg(label(*builtIn->status)) : QString());
        if (isUnknown) {
            ++unknown;
            valueItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            valueItem->setToolTip(tr("Partnerscope does not know this value: choose a model."));
            for (QTableWidgetItem *item : {valueItem, countItem, alsoItem}) {
                item->setBackground(highlightColor());
                item->setForeground(QColor(Qt::black));
            }
        }
        m_table->setItem(i, 0, valueItem);
        m_table->setItem(i, 1, countItem);
        m_table->setItem(i, 3, alsoItem);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("model%1").arg(i));
        combo->setAccessibleName(tr("Partner model for %1").arg(raw));
        combo->addItem(tr("Needs classification"), QString());
        for (PartnerModel m : enumValues<PartnerModel>())
            combo->addItem(label(m), toKey(m));
        combo->setCurrentIndex(
            resolved && resolved->model ? combo->findData(toKey(*resolved->model)) : 0);
        combo->setProperty("rawValue", raw);
        m_table->setCellWidget(i, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, raw] {
            ImportSession &session = m_wizard->session();
            import::TypeValue answer;
            if (const auto builtIn = import::builtInTypeValue(raw))
                answer.status = builtIn->status;
            const QString key = combo->currentData().toString();
            if (!key.isEmpty())
                answer.model = fromKey(key, static_cast<PartnerModel *>(nullptr));
            session.mapping.typeValues.insert(import::typeValueKey(raw), answer);
            session.planReady = false;
        });
    }
    m_table->resizeColumnToContents(1);
    if (values.empty())
        m_summary->setText(tr("The Type column is empty: every partner will need "
                              "classification."));
    else if (unknown == 0)
        m_summary->setText(tr("Every value is known. Check the models, then continue."));
    else
        m_summary->setText(tr("%n values are unknown (highlighted). Partners with a value left "
                              "as \"Needs classification\" are imported without a model, "
                              "flagged in the partner table and scored with a neutral profile.",
                              nullptr, unknown));
}

bool ImportValuesPage::validatePage() {
    return m_wizard->rebuildPlan();
}

} // namespace ps
