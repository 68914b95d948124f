// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importduplicatespage.h"

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

QString actionLabel(DuplicateAction action) {
    switch (action) {
    case DuplicateAction::Skip:
        return QApplication::translate("ps::ImportDuplicatesPage", "Skip");
    case DuplicateAction::Merge:
        return QApplication::translate("ps::ImportDuplicatesPage", "Merge into existing");
    case DuplicateAction::Add:
        return QApplication::translate("ps::ImportDuplicatesPage", "Add as new");
    case DuplicateAction::Update:
        return QApplication::translate("ps::ImportDuplicatesPage", "Update from the file");
    }
    return {};
}

constexpr DuplicateAction AllActions[] = {DuplicateAction::Skip, DuplicateAction::Merge,
                                          DuplicateAction::Add, DuplicateAction::Update};

template <typename T> QString nameById(const std::vector<T> &rows, Id id) {
    for (const T &row : rows) {
        if (row.id == id)
            return row.name;
    }
    return {};
}

QString activityName(const PortfolioData &data, const Activity &a) {
    return QStringLiteral("%1, %2, %3")
        .arg(nameById(data.partners, a.partnerId), a.date.toString(Qt::ISODate), label(a.kind));
}

QString linkName(const PortfolioData &data, const InfluenceLink &link) {
    return QStringLiteral("%1 \u2013 %2")
        .arg(nameById(data.icps, link.icpId), nameById(data.partners, link.partnerId));
}

/// The name a planned row carries, for the duplicates list.
QString rowName(const PortfolioData &data, const import::ImportPlan &plan,
                const import::PlannedRow &row) {
    switch (plan.kind) {
    case Kind::Partners:
        return row.partner().name;
    case Kind::Icps:
        return row.icp().name;
    case Kind::Links:
        return linkName(data, row.link());
    case Kind::Deals:
        return row.deal().name;
    case Kind::Activities:
        return activityName(data, row.activity());
    case Kind::DealPartners:
        break;
    }
    return {};
}

QString existingName(const PortfolioData &data, const import::ImportPlan &plan,
                     const import::Duplicate &duplicate) {
    const auto at = [](const auto &rows, int index) -> const auto * {
        return index >= 0 && index < int(rows.size()) ? &rows[size_t(index)] : nullptr;
    };
    if (duplicate.of == import::Duplicate::Of::EarlierRow) {
        const import::PlannedRow *earlier = at(plan.rows, duplicate.earlierRow);
        return earlier
                   ? QApplication::translate("ps::ImportDuplicatesPage", "line %1 of the file: %2")
                         .arg(earlier->line)
                         .arg(rowName(data, plan, *earlier))
                   : QString();
    }
    switch (plan.kind) {
    case Kind::Partners:
        if (const Partner *p = at(data.partners, duplicate.existingIndex))
            return p->name;
        break;
    case Kind::Icps:
        if (const Icp *icp = at(data.icps, duplicate.existingIndex))
            return icp->name;
        break;
    case Kind::Links:
        if (const InfluenceLink *l = at(data.links, duplicate.existingIndex))
            return linkName(data, *l);
        break;
    case Kind::Deals:
        if (const Deal *d = at(data.deals, duplicate.existingIndex))
            return d->name;
        break;
    case Kind::Activities:
        if (const Activity *a = at(data.activities, duplicate.existingIndex))
            return activityName(data, *a);
        break;
    case Kind::DealPartners:
        break;
    }
    return {};
}

QString matchedBy(const import::Duplicate &duplicate) {
    switch (duplicate.by) {
    case import::Duplicate::By::Domain:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same website domain");
    case import::Duplicate::By::Name:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same name");
    case import::Duplicate::By::Pair:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same ICP and partner");
    case import::Duplicate::By::CrmId:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same CRM record");
    case import::Duplicate::By::Content:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same name and date");
    }
    return {};
}

} // namespace

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(makeTable(this, QStringLiteral("duplicatesTable"),
                        {tr("Line"), tr("Row in the file"), tr("Duplicate of"), tr("Matched by"),
                         tr("Action")})) {
    setTitle(tr("Duplicates"));
    setSubTitle(tr("Rows that match an entry of the portfolio or an earlier row of the file: by "
                   "CRM record id first, then website domain or name. Update writes the file's "
                   "values over the entry's (the default for the same CRM record); merge fills "
                   "only its empty fields."));
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(new QLabel(tr("For all duplicates:"), this));
    for (DuplicateAction action : AllActions) {
        auto *button = new QPushButton(actionLabel(action), this);
        button->setObjectName(QStringLiteral("all%1").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { setAll(int(action)); });
        allRow->addWidget(button);
    }
    allRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(allRow);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void ImportDuplicatesPage::initializePage() {
    fillTable();
}

void ImportDuplicatesPage::fillTable() {
    ImportSession &s = m_wizard->session();
    const PortfolioData &data = s.document->portfolio()->data();
    std::vector<int> rows;
    for (int i = 0; i < int(s.plan.rows.size()); ++i) {
        if (s.plan.rows[size_t(i)].duplicate.isDuplicate())
            rows.push_back(i);
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const int planIndex = rows[size_t(r)];
        const import::PlannedRow &row = s.plan.rows[size_t(planIndex)];
        auto *lineItem = textItem(QString::number(row.line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, lineItem);
        m_table->setItem(r, 1, textItem(rowName(data, s.plan, row)));
        m_table->setItem(r, 2, textItem(existingName(data, s.plan, row.duplicate)));
        m_table->setItem(r, 3, textItem(matchedBy(row.duplicate)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("action%1").arg(row.line));
        combo->setAccessibleName(tr("Action for line %1").arg(row.line));
        for (DuplicateAction action : AllActions)
            combo->addItem(actionLabel(action), int(action));
        combo->setCurrentIndex(combo->findData(int(row.action)));
        m_table->setCellWidget(r, 4, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, planIndex] {
            ImportSession &session = m_wizard->session();
            if (planIndex >= int(session.plan.rows.size()))
                return;
            import::PlannedRow &planned = session.plan.rows[size_t(planIndex)];
            planned.action = DuplicateAction(combo->currentData().toInt());
            session.chosenActions.insert(planned.line, planned.action);
        });
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(rows.empty() ? tr("No duplicates: every row is new.")
                                    : tr("%n rows duplicate an existing entry or an earlier "
                                         "row. Skipped rows are not imported.",
                                         nullptr, int(rows.size())));
}

void ImportDuplicatesPage::setAll(int action) {
    // Each combo's own handler records the answer in the plan and in the session.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, 4)))
            combo->setCurrentIndex(combo->findData(action));
    }
}

} // namespace ps
