// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importmappingpage.h"

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

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_preset(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_linkedSummary(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(
          makeTable(this, QStringLiteral("mappingTable"),
                    {tr("Column in the file"), tr("Example"), tr("Imports as"), tr("Matched")})) {
    setTitle(tr("Columns"));
    setSubTitle(tr("Which field each column of the file fills. A preset knows the CRM's export "
                   "layout; other columns are matched by their names."));
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);
    for (import::Preset p :
         {import::Preset::Auto, import::Preset::Salesforce, import::Preset::HubSpot,
          import::Preset::Partnerscope, import::Preset::Generic})
        m_preset->addItem(import::label(p), int(p));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->setToolTip(tr("Dates such as 03/04/2025 read as 4 March (month first) or as "
                               "3 April (day first). Dates written 2025-04-03 or 03.04.2025 "
                               "are always clear."));
    m_linkedSummary->setObjectName(QStringLiteral("linkedSummary"));
    m_linkedSummary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Dates:"), m_dateOrder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linkedSummary);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->setColumnWidth(1, 220);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard->session().preset = import::Preset(m_preset->currentData().toInt());
        m_wizard->rebuildMapping();
        fillTable();
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        ImportSession &s = m_wizard->session();
        s.mapping.dateOrder = import::DateOrder(m_dateOrder->currentData().toInt());
        s.planReady = false;
    });
}

void ImportMappingPage::fillDateOrder() {
    ImportSession &s = m_wizard->session();
    bool ambiguous = false;
    import::Mapping detecting = s.mapping;
    detecting.dateOrder = import::DateOrder::Auto;
    const import::DateOrder found = s.table
                                        ? import::detectDateOrder(*s.table, detecting, &ambiguous)
                                        : import::DateOrder::Auto;
    QString detect;
    if (found == import::DateOrder::DayFirst)
        detect = tr("Detect (found: day first)");
    else if (found == import::DateOrder::MonthFirst)
        detect = tr("Detect (found: month first)");
    else if (ambiguous)
        detect = tr("Detect (the file does not tell: month first)");
    else
        detect = tr("Detect");
    m_dateOrder->clear();
    m_dateOrder->addItem(detect, int(import::DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/2025)"), int(import::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(import::DateOrder::MonthFirst));
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(s.mapping.dateOrder)));
    // The user is asked only when it matters: some dates read either way.
    QFont font = m_dateOrder->font();
    font.setBold(ambiguous && found == import::DateOrder::Auto &&
                 s.mapping.dateOrder == import::DateOrder::Auto);
    m_dateOrder->setFont(font);
}

void ImportMappingPage::initializePage() {
    ImportSession &s = m_wizard->session();
    if (s.mappingGeneration != s.tableGeneration || s.mappingKind != s.kind)
        m_wizard->rebuildMapping();
    fillTable();
}

void ImportMappingPage::fillTable() {
    ImportSession &s = m_wizard->session();
    if (!s.table)
        return;
    m_filling = true;
    for (int i = 1; i < m_preset->count(); ++i)
        m_preset->setItemText(i,
                              import::label(import::Preset(m_preset->itemData(i).toInt()), s.kind));
    m_preset->setCurrentIndex(m_preset->findData(int(s.preset)));
    if (s.preset == import::Preset::Auto)
        m_preset->setItemText(0,
                              tr("Auto (found: %1)").arg(import::label(s.mapping.preset, s.kind)));
    else
        m_preset->setItemText(0, import::label(import::Preset::Auto));
    fillDateOrder();
    if (s.kind == Kind::Deals && s.partnersTable)
        m_linkedSummary->setText(
            tr("Partners on deals come from %1: %n rows, by opportunity id and partner account "
               "id.",
               nullptr, int(s.partnersTable->records.size()))
                .arg(QFileInfo(s.partnersPath).fileName()));
    else
        m_linkedSummary->clear();
    m_linkedSummary->setVisible(!m_linkedSummary->text().isEmpty());

    const csv::Table &t = *s.table;
    const std::vector<int> fields = import::importableFields(s.kind);
    m_table->setRowCount(t.columnCount());
    int matched = 0;
    for (int c = 0; c < t.columnCount(); ++c) {
        m_table->setItem(c, 0, textItem(t.header[c]));
        QString example;
        for (const csv::Record &r : t.records) {
            if (c < r.fields.size() && !r.fields[c].trimmed().isEmpty()) {
                example = r.fields[c];
                break;
            }
        }
        m_table->setItem(c, 1, textItem(oneLine(example)));

        const ColumnTarget current = s.mapping.columns[size_t(c)];
        const ColumnTarget automatic = s.autoTargets[size_t(c)];
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("target%1").arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(t.header[c]));
        combo->addItem(tr("(ignore)"), QStringLiteral("ignore"));
        if (s.kind != Kind::Links && s.kind != Kind::DealPartners)
            combo->addItem(tr("Record id in the CRM"), QStringLiteral("crmid"));
        for (int f : fields)
            combo->addItem(import::fieldTitle(s.kind, f), QStringLiteral("field:%1").arg(f));
        // A note target (kept in the partner's notes) is offered when the preset proposes one.
        for (const ColumnTarget &t2 : {automatic, current}) {
            if (t2.type == ColumnTarget::Type::Note &&
                combo->findData(QStringLiteral("note:") + t2.label) < 0)
                combo->addItem(tr("Line in Notes: %1").arg(t2.label),
                               QStringLiteral("note:") + t2.label);
        }
        const auto keyOf = [](const ColumnTarget &t2) {
            switch (t2.type) {
            case ColumnTarget::Type::Field:
                return QStringLiteral("field:%1").arg(t2.field);
            case ColumnTarget::Type::Note:
                return QStringLiteral("note:") + t2.label;
            case ColumnTarget::Type::CrmId:
                return QStringLiteral("crmid");
            case ColumnTarget::Type::Ignore:
                break;
            }
            return QStringLiteral("ignore");
        };
        combo->setCurrentIndex(qMax(0, combo->findData(keyOf(current))));
        m_table->setCellWidget(c, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c](int index) { targetChosen(c, index); });

        QString how;
        if (!(current == automatic))
            how = tr("changed by you");
        else if (automatic.type != ColumnTarget::Type::Ignore)
            how = tr("automatic");
        auto *item = textItem(how);
        if (how == tr("automatic")) {
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            ++matched;
        }
        m_table->setItem(c, 3, item);
    }
    m_summary->setText(tr("%1 of %n columns matched automatically; unmatched columns are "
                          "ignored unless you choose a field.",
                          nullptr, t.columnCount())
                           .arg(matched));
    m_filling = false;
}

void ImportMappingPage::targetChosen(int column, int comboIndex) {
    if (m_filling)
        return;
    ImportSession &s = m_wizard->session();
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
    if (!combo || column >= int(s.mapping.columns.size()))
        return;
    const QString key = combo->itemData(comboIndex).toString();
    ColumnTarget target;
    if (key.startsWith(QLatin1String("field:"))) {
        target = ColumnTarget::toField(key.mid(6).toInt());
    } else if (key == QLatin1String("crmid")) {
        target = ColumnTarget::crmId();
    } else if (key.startsWith(QLatin1String("note:"))) {
        const ColumnTarget &a = s.autoTargets[size_t(column)];
        target = ColumnTarget::toNote(key.mid(5), a.type == ColumnTarget::Type::Note && a.numeric);
    }
    s.mapping.columns[size_t(column)] = target;
    s.planReady = false;
    auto *item = m_table->item(column, 3);
    const bool automatic = target == s.autoTargets[size_t(column)];
    item->setText(automatic
                      ? (target.type == ColumnTarget::Type::Ignore ? QString() : tr("automatic"))
                      : tr("changed by you"));
    item->setIcon(automatic && target.type != ColumnTarget::Type::Ignore
                      ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                      : QIcon());
}

bool ImportMappingPage::validatePage() {
    // Without a values or rules step, the plan is built here; otherwise after that step.
    if (m_wizard->hasValuesStep() || m_wizard->hasRulesStep())
        return true;
    return m_wizard->rebuildPlan();
}

int ImportMappingPage::nextId() const {
    return m_wizard->pageAfterMapping();
}

} // namespace ps
