// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ps {

/**
 * The partners of one deal of the deal log, each with what it did (sourced or influenced) and
 * the CRM's role text: add, remove, change. A partner appears once; the dialog shows how the
 * revenue of the deal is split among them when it is won. OK gives the new list to the caller,
 * which replaces the deal as one undo step (ps::edit::replaceDeal).
 */
class DealPartnersDialog : public QDialog {
    Q_OBJECT
public:
    DealPartnersDialog(const Portfolio &portfolio, const Deal &deal, QWidget *parent = nullptr);

    /// The partners as the dialog shows them now, first row first; rows without a partner and
    /// repeats of a partner above are left out.
    std::vector<DealPartner> partners() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    /// Adds a row for `partner` (the first partner not on the deal yet when 0).
    void addPartner(Id partner = 0, Attribution role = Attribution::Influenced,
                    const QString &crmRole = {});

private:
    void updateSplit();

    const Portfolio &m_portfolio;
    double m_amount;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_split;
};

} // namespace ps
