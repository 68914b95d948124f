// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/attentionlist.h"

#include "ui/document/partnerselection.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {
namespace {

constexpr int PartnerRole = Qt::UserRole + 1;

QString severityText(AttentionItem::Severity severity) {
    switch (severity) {
    case AttentionItem::Severity::Critical:
        return AttentionList::tr("Critical");
    case AttentionItem::Severity::Warning:
        return AttentionList::tr("Warning");
    case AttentionItem::Severity::Info:
        return AttentionList::tr("Info");
    }
    return {};
}

QStyle::StandardPixmap severityIcon(AttentionItem::Severity severity) {
    switch (severity) {
    case AttentionItem::Severity::Critical:
        return QStyle::SP_MessageBoxCritical;
    case AttentionItem::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case AttentionItem::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

/// A row of the list. Its tooltip and accessible text are composed when asked for: a large
/// portfolio has a row per partner, and two more strings per row add up to tens of megabytes.
class AttentionRow : public QTreeWidgetItem {
public:
    AttentionRow(QTreeWidget *tree, AttentionItem::Severity severity)
        : QTreeWidgetItem(tree)
        , m_severity(severity) {}

    QVariant data(int column, int role) const override {
        if (column == 0 && role == Qt::AccessibleTextRole)
            return AttentionList::tr("%1: %2").arg(severityText(m_severity), text(0));
        if (column == 0 && role == Qt::ToolTipRole)
            return AttentionList::tr("%1: %2").arg(severityText(m_severity), text(2));
        if (column == 2 && role == Qt::ToolTipRole)
            return text(2);
        return QTreeWidgetItem::data(column, role);
    }

private:
    AttentionItem::Severity m_severity;
};

} // namespace

AttentionList::AttentionList(PartnerSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    // What first, with the severity as its icon: the list stays readable when narrow.
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("Partner"), tr("Why")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Needs attention"));
    m_tree->setAccessibleDescription(tr("Press Enter or double-click a row to select its partner"));
    m_tree->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateRow(m_tree->indexOfTopLevelItem(item)); });
}

void AttentionList::setItems(const std::vector<AttentionItem> &items) {
    m_tree->clear();
    int critical = 0;
    const QIcon icons[] = {style()->standardIcon(severityIcon(AttentionItem::Severity::Info)),
                           style()->standardIcon(severityIcon(AttentionItem::Severity::Warning)),
                           style()->standardIcon(severityIcon(AttentionItem::Severity::Critical))};
    const QString wholeProgram = tr("Whole program");
    for (const AttentionItem &a : items) {
        auto *item = new AttentionRow(m_tree, a.severity);
        item->setIcon(0, icons[int(a.severity)]);
        item->setText(0, a.what);
        item->setText(1, a.partnerId ? a.partnerName : wholeProgram);
        item->setText(2, a.reason);
        item->setData(0, PartnerRole, qint64(a.partnerId));
        if (a.severity == AttentionItem::Severity::Critical) {
            ++critical;
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    for (int c = 0; c < 2; ++c)
        m_tree->resizeColumnToContents(c);
    // The list has a tab of its own: the titles fit whole; only an unusually long one is
    // elided rather than pushing the reason out of sight (the tooltip has all).
    const int widest = m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30;
    for (int c = 0; c < 2; ++c)
        m_tree->setColumnWidth(c, std::min(m_tree->columnWidth(c), widest));
    m_summary->setText(items.empty() ? tr("Nothing needs attention.")
                                     : tr("%n item(s) need attention", nullptr, int(items.size())) +
                                           (critical ? tr(", %n critical.", nullptr, critical)
                                                     : QStringLiteral(".")));
}

bool AttentionList::activateRow(int row) {
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    const Id partner = item ? item->data(0, PartnerRole).toLongLong() : 0;
    if (partner == 0)
        return false;
    if (m_selection)
        m_selection->setIds({partner});
    Q_EMIT partnerActivated(partner);
    return true;
}

} // namespace ps
