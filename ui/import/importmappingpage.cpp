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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
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
    , m_dateFound(new QLabel(this))
    , m_dateQuestion(new QGroupBox(tr("How does the file write dates?"), this))
    , m_dateQuestionText(new QLabel(m_dateQuestion))
    , m_dayFirst(new QRadioButton(m_dateQuestion))
    , m_monthFirst(new QRadioButton(m_dateQuestion))
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
    m_dateFound->setObjectName(QStringLiteral("dateOrderFound"));
    m_dateFound->setWordWrap(true);
    m_dateQuestion->setObjectName(QStringLiteral("dateOrderQuestion"));
    m_dateQuestionText->setWordWrap(true);
    m_dayFirst->setObjectName(QStringLiteral("dayFirstRadio"));
    m_monthFirst->setObjectName(QStringLiteral("monthFirstRadio"));
    auto *questionLayout = new QVBoxLayout(m_dateQuestion);
    questionLayout->addWidget(m_dateQuestionText);
    questionLayout->addWidget(m_dayFirst);
    questionLayout->addWidget(m_monthFirst);
    m_dateFound->hide();
    m_dateQuestion->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dateFound);
    layout->addWidget(m_dateQuestion);
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
        syncDateRadios();
        Q_EMIT completeChanged();
    });
    // Answering the question chooses the order in the combo box (and so in the mapping).
    for (QRadioButton *radio : {m_dayFirst, m_monthFirst})
        connect(radio, &QRadioButton::toggled, this, [this, radio](bool on) {
            if (!on)
                return;
            const auto order =
                radio == m_dayFirst ? import::DateOrder::DayFirst : import::DateOrder::MonthFirst;
            m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(order)));
        });
}

void ImportMappingPage::syncDateRadios() {
    const import::DateOrder order = m_wizard->session().mapping.dateOrder;
    const QSignalBlocker day(m_dayFirst), month(m_monthFirst);
    // Exclusive radio buttons cannot both be unchecked: the question starts unanswered.
    m_dayFirst->setAutoExclusive(false);
    m_monthFirst->setAutoExclusive(false);
    m_dayFirst->setChecked(order == import::DateOrder::DayFirst);
    m_monthFirst->setChecked(order == import::DateOrder::MonthFirst);
    m_dayFirst->setAutoExclusive(true);
    m_monthFirst->setAutoExclusive(true);
}

bool ImportMappingPage::dateOrderUnanswered() const {
    return m_datesAmbiguous && m_wizard->session().mapping.dateOrder == import::DateOrder::Auto;
}

bool ImportMappingPage::isComplete() const {
    return QWizardPage::isComplete() && !dateOrderUnanswered();
}

void ImportMappingPage::fillDateOrder() {
    ImportSession &s = m_wizard->session();
    import::Mapping detecting = s.mapping;
    detecting.dateOrder = import::DateOrder::Auto;
    constexpr int Examples = 3;
    const import::DateOrderEvidence evidence =
        s.table ? import::inspectDateOrder(*s.table, detecting, Examples)
                : import::DateOrderEvidence{};
    const import::DateOrder found = evidence.found;
    m_datesAmbiguous = found == import::DateOrder::Auto && !evidence.ambiguous.empty();
    QString detect;
    if (found == import::DateOrder::DayFirst)
        detect = tr("Detect (found: day first)");
    else if (found == import::DateOrder::MonthFirst)
        detect = tr("Detect (found: month first)");
    else if (m_datesAmbiguous)
        detect = tr("Detect (the file does not tell: answer below)");
    else
        detect = tr("Detect");
    m_dateOrder->clear();
    m_dateOrder->addItem(detect, int(import::DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/2025)"), int(import::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(import::DateOrder::MonthFirst));
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(s.mapping.dateOrder)));
    QFont font = m_dateOrder->font();
    font.setBold(m_datesAmbiguous && s.mapping.dateOrder == import::DateOrder::Auto);
    m_dateOrder->setFont(font);

    // The row that decides, so the user can check it.
    const QLocale locale;
    const auto readAs = [&locale](const QString &text, import::DateOrder order) {
        // The month spelled out, so that the two readings cannot be confused.
        return locale.toString(import::parseDate(text, order).date, QStringLiteral("d MMMM yyyy"));
    };
    if (found != import::DateOrder::Auto && evidence.deciding.line > 0) {
        m_dateFound->setText(
            (found == import::DateOrder::DayFirst
                 ? tr("Dates are read day first: line %1 has %2, which can only be %3.")
                 : tr("Dates are read month first: line %1 has %2, which can only be %3."))
                .arg(evidence.deciding.line)
                .arg(evidence.deciding.text, readAs(evidence.deciding.text, found)));
        m_dateFound->show();
    } else {
        m_dateFound->hide();
    }

    // Every such date reads either way: ask, with the first ones read both ways.
    m_dateQuestion->setVisible(m_datesAmbiguous);
    if (m_datesAmbiguous) {
        QStringList dayFirst, monthFirst;
        for (const import::DateSample &d : evidence.ambiguous) {
            dayFirst << tr("%1 is %2").arg(d.text, readAs(d.text, import::DateOrder::DayFirst));
            monthFirst << tr("%1 is %2").arg(d.text, readAs(d.text, import::DateOrder::MonthFirst));
        }
        m_dateQuestionText->setText(
            tr("Dates such as %1 (line %2) read either way, and no row of the file decides. "
               "Choose how the file writes them:")
                .arg(evidence.ambiguous.front().text)
                .arg(evidence.ambiguous.front().line));
        m_dayFirst->setText(tr("Day first: %1").arg(dayFirst.join(QLatin1String("; "))));
        m_monthFirst->setText(tr("Month first: %1").arg(monthFirst.join(QLatin1String("; "))));
    }
    syncDateRadios();
    Q_EMIT completeChanged();
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
    // A column that becomes (or stops being) a date may change the day/month question.
    m_filling = true;
    fillDateOrder();
    m_filling = false;
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
    if (dateOrderUnanswered())
        return false;
    // Without a values or rules step, the plan is built here; otherwise after that step.
    if (m_wizard->hasValuesStep() || m_wizard->hasRulesStep())
        return true;
    return m_wizard->rebuildPlan();
}

int ImportMappingPage::nextId() const {
    return m_wizard->pageAfterMapping();
}

} // namespace ps
