// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/programmetrics.h"

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace ps {
class PartnerSelection;

/**
 * What needs attention (ps::attentionItems), most severe first: what (with the severity as
 * its icon), partner and why. Activating a row (double-click or Enter) selects its partner in the
 * shared selection, so the partner detail and the other pages show it.
 */
class AttentionList : public QWidget {
    Q_OBJECT
public:
    explicit AttentionList(PartnerSelection *selection, QWidget *parent = nullptr);

    void setItems(const std::vector<AttentionItem> &items);
    QTreeWidget *tree() const { return m_tree; }
    /// Selects the partner of row `row` (what activating it does); false for program-wide rows.
    bool activateRow(int row);

Q_SIGNALS:
    /// A row about a partner was activated.
    void partnerActivated(ps::Id partner);

private:
    PartnerSelection *m_selection;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace ps
