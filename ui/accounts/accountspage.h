// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/overlap.h"
#include "core/domain/entities.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableWidget;

namespace ps {
class Document;
class LazyRefresh;

/// The "Accounts" page (issue 15): our account list and each partner's, the overlap matrix
/// of our populations against the selected partner's (a click lists the accounts), the
/// overview across partners, and the private exchange by file (offer, answer, finish).
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPage(Document *document, QWidget *parent = nullptr);

    /// The partner whose overlap is shown (0: none).
    Id currentPartner() const;
    void setCurrentPartner(Id partnerId);
    /// The overlap shown (for tests), after any waiting refresh.
    const accounts::OverlapResult &overlap();
    /// Lists the accounts of one matrix cell in the table below it.
    void showCell(int ourRow, int theirColumn);

    QAction *importOursAction() const { return m_importOurs; }
    QAction *importPartnerAction() const { return m_importPartner; }

    // The steps, without dialogs (for tests and scripts); false with *error on failure.
    bool importOurs(const QString &path, QString *error);
    bool importPartnerList(Id partnerId, const QString &path, QString *error);

private:
    void importOursInteractive();
    void importPartnerInteractive();
    void removePartnerList();
    void makeOffer();
    void answerOffer();
    void finishExchange();
    void refresh();
    void refreshPartners();
    void fillMatrix();
    void fillOverview();

    Document *m_document;
    LazyRefresh *m_refresh;
    QLabel *m_ours;
    QComboBox *m_partner;
    QLabel *m_theirs;
    QTableWidget *m_matrix;
    QTableWidget *m_overview;
    QTableWidget *m_accounts;
    QLabel *m_cellTitle;
    QAction *m_importOurs;
    QAction *m_importPartner;
    QAction *m_removeList;
    QAction *m_offer;
    QAction *m_answer;
    QAction *m_finish;
    accounts::OverlapResult m_overlap;
    bool m_hasOverlap = false;
    bool m_partnersDirty = true;
};

} // namespace ps
