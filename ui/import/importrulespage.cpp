// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrulespage.h"

#include "ui/import/importpagehelpers.h"
#include "ui/import/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <vector>

namespace ps {

using import::Kind;
using namespace importpage;

namespace {

/// Distinct values of `column` by their matching key, first spelling and count, in first-seen
/// order.
std::vector<std::pair<QString, int>> distinctValues(const csv::Table &table, int column) {
    std::vector<std::pair<QString, int>> values;
    QHash<QString, int> indexOf;
    if (column < 0)
        return values;
    for (const csv::Record &r : table.records) {
        const QString raw = column < r.fields.size() ? r.fields[column].trimmed() : QString();
        if (raw.isEmpty())
            continue;
        const QString key = import::typeValueKey(raw);
        const auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            indexOf.insert(key, int(values.size()));
            values.emplace_back(raw, 1);
        } else {
            ++values[size_t(*it)].second;
        }
    }
    return values;
}

QStringList words(const QString &text) {
    QStringList out;
    for (const QString &w : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            out << w.trimmed();
    return out;
}

} // namespace

ImportRulesPage::ImportRulesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(makeTable(this, QStringLiteral("rulesTable"),
                        {tr("Value in the file"), tr("Rows"), tr("Means")}))
    , m_rule(new QGroupBox(tr("Who sourced the deal"), this))
    , m_fromLeadSource(new QCheckBox(m_rule))
    , m_leadSourceWords(new QLineEdit(m_rule))
    , m_roleWords(new QLineEdit(m_rule))
    , m_ruleText(new QLabel(m_rule)) {
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    m_fromLeadSource->setObjectName(QStringLiteral("fromLeadSource"));
    m_fromLeadSource->setText(
        tr("The primary partner sourced a deal whose lead source &contains:"));
    m_leadSourceWords->setObjectName(QStringLiteral("leadSourceWords"));
    m_leadSourceWords->setAccessibleName(tr("Lead source words, separated by commas"));
    m_roleWords->setObjectName(QStringLiteral("roleWords"));
    m_roleWords->setAccessibleName(tr("Partner role words, separated by commas"));
    m_ruleText->setObjectName(QStringLiteral("ruleText"));
    m_ruleText->setWordWrap(true);
    auto *ruleForm = new QFormLayout(m_rule);
    ruleForm->addRow(m_fromLeadSource, m_leadSourceWords);
    ruleForm->addRow(tr("A partner whose &role contains:"), m_roleWords);
    ruleForm->addRow(m_ruleText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rule);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_fromLeadSource, &QCheckBox::toggled, this, &ImportRulesPage::ruleChanged);
    connect(m_leadSourceWords, &QLineEdit::textChanged, this, &ImportRulesPage::ruleChanged);
    connect(m_roleWords, &QLineEdit::textChanged, this, &ImportRulesPage::ruleChanged);
}

void ImportRulesPage::initializePage() {
    const ImportSession &s = m_wizard->session();
    const bool deals = s.kind == Kind::Deals;
    m_rule->setVisible(deals);
    if (deals) {
        setTitle(tr("Stages and attribution"));
        setSubTitle(tr("What each stage of the file means, and which partner sourced a deal. "
                       "Won and lost deals count for win rates; open ones are pipeline."));
        fillStages();
        m_filling = true;
        const import::AttributionRule &rule = s.mapping.attribution;
        m_fromLeadSource->setChecked(rule.fromLeadSource);
        m_leadSourceWords->setText(rule.leadSourceWords.join(QStringLiteral(", ")));
        m_roleWords->setText(rule.sourcedRoleWords.join(QStringLiteral(", ")));
        m_filling = false;
        ruleChanged();
    } else {
        setTitle(tr("Activity kinds"));
        setSubTitle(tr("What each activity type of the file is. Leads referred, deals "
                       "registered, joint customer calls and closed deals count as commercial "
                       "activity."));
        fillActivityKinds();
    }
}

void ImportRulesPage::fillStages() {
    ImportSession &s = m_wizard->session();
    const int column = s.mapping.columnOf(int(import::DealField::Stage));
    const auto values = distinctValues(*s.table, column);
    m_table->setRowCount(int(values.size()));
    for (int i = 0; i < int(values.size()); ++i) {
        const QString raw = values[size_t(i)].first;
        m_table->setItem(i, 0, textItem(raw));
        auto *count = textItem(QLocale().toString(values[size_t(i)].second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, count);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("stage%1").arg(i));
        combo->setAccessibleName(tr("Outcome for stage %1").arg(raw));
        for (DealOutcome o : enumValues<DealOutcome>())
            combo->addItem(label(o), toKey(o));
        combo->setCurrentIndex(combo->findData(toKey(import::resolveStage(s.mapping, raw))));
        m_table->setCellWidget(i, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, raw] {
            ImportSession &session = m_wizard->session();
            if (const auto o = enumFromKey<DealOutcome>(combo->currentData().toString()))
                session.mapping.stageValues.insert(import::typeValueKey(raw), *o);
            session.planReady = false;
        });
    }
    const bool flags = s.mapping.columnOf(int(import::DealField::IsWon)) >= 0 ||
                       s.mapping.columnOf(int(import::DealField::IsClosed)) >= 0;
    if (column < 0)
        m_summary->setText(flags ? tr("No stage column: the Won and Closed columns decide.")
                                 : tr("No stage column: every deal is read as open."));
    else if (flags)
        m_summary->setText(tr("The file's Won and Closed columns decide the outcome; a stage "
                              "counts where they are empty."));
    else
        m_summary->setText(tr("%n stages. Stages named won or lost (\"Closed Won\", "
                              "\"closedlost\") are recognized; check the others.",
                              nullptr, int(values.size())));
}

void ImportRulesPage::fillActivityKinds() {
    ImportSession &s = m_wizard->session();
    const int column = s.mapping.columnOf(int(import::ActivityField::Kind));
    const auto values = distinctValues(*s.table, column);
    m_table->setRowCount(int(values.size()));
    int unknown = 0;
    for (int i = 0; i < int(values.size()); ++i) {
        const QString raw = values[size_t(i)].first;
        auto *value = textItem(raw);
        const bool known = import::builtInActivityKind(raw).has_value();
        if (!known) {
            ++unknown;
            value->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            value->setToolTip(tr("Partnerscope does not know this type: choose what it is."));
        }
        m_table->setItem(i, 0, value);
        auto *count = textItem(QLocale().toString(values[size_t(i)].second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, count);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("kind%1").arg(i));
        combo->setAccessibleName(tr("Kind for %1").arg(raw));
        combo->addItem(tr("Not imported (an error)"), QString());
        for (ActivityKind k : enumValues<ActivityKind>())
            combo->addItem(label(k), toKey(k));
        const auto resolved = import::resolveActivityKind(s.mapping, raw);
        combo->setCurrentIndex(resolved ? combo->findData(toKey(*resolved)) : 0);
        m_table->setCellWidget(i, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, raw] {
            ImportSession &session = m_wizard->session();
            const QString key = import::typeValueKey(raw);
            if (const auto k = enumFromKey<ActivityKind>(combo->currentData().toString()))
                session.mapping.activityKinds.insert(key, *k);
            else
                session.mapping.activityKinds.remove(key);
            session.planReady = false;
        });
    }
    m_summary->setText(unknown == 0 ? tr("Every activity type is known. Check them, then "
                                         "continue.")
                                    : tr("%n activity types are unknown (marked): choose what "
                                         "they are, or their rows are reported as errors.",
                                         nullptr, unknown));
}

void ImportRulesPage::ruleChanged() {
    if (m_filling)
        return;
    ImportSession &s = m_wizard->session();
    import::AttributionRule &rule = s.mapping.attribution;
    rule.fromLeadSource = m_fromLeadSource->isChecked();
    rule.leadSourceWords = words(m_leadSourceWords->text());
    rule.sourcedRoleWords = words(m_roleWords->text());
    m_leadSourceWords->setEnabled(rule.fromLeadSource);
    s.planReady = false;
    const QString sources = rule.fromLeadSource && !rule.leadSourceWords.isEmpty()
                                ? tr("the primary partner sourced deals whose lead source "
                                     "contains %1")
                                      .arg(rule.leadSourceWords.join(tr(" or ")))
                                : tr("the lead source says nothing");
    m_ruleText->setText(tr("As set: %1; a partner whose role contains %2 sourced its deal; every "
                           "other partner on a deal influenced it. A won deal's amount is split "
                           "equally among its partners.")
                            .arg(sources, rule.sourcedRoleWords.isEmpty()
                                              ? tr("(nothing)")
                                              : rule.sourcedRoleWords.join(tr(" or "))));
}

bool ImportRulesPage::validatePage() {
    return m_wizard->rebuildPlan();
}

int ImportRulesPage::nextId() const {
    return ImportWizard::DuplicatesPageId;
}

} // namespace ps
