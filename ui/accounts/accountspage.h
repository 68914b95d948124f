// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/overlap.h"
#include "core/domain/entities.h"
#include "ui/accounts/accountimportdialog.h"
#include "ui/accounts/exchangewizard.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTableWidget;
class QThread;

namespace ps {
class Document;
class LazyRefresh;

/// The "Accounts" page (issue 15): our account list and each partner's, the overlap matrix
/// of our populations against the selected partner's (a click lists the accounts), the
/// overview across partners, and the private exchange by file (offer, answer, finish: a
/// wizard). Overlaps of large lists are computed off the GUI thread.
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPage(Document *document, QWidget *parent = nullptr);
    ~AccountsPage() override;

    /// The partner whose overlap is shown (0: none).
    Id currentPartner() const;
    void setCurrentPartner(Id partnerId);
    /// The overlap shown (for tests), after any waiting refresh.
    const accounts::OverlapResult &overlap();
    /// Lists the accounts of one matrix cell in the table below it.
    void showCell(int ourRow, int theirColumn);

    QAction *importOursAction() const { return m_importOurs; }
    QAction *importPartnerAction() const { return m_importPartner; }
    QAction *updateLinksAction() const { return m_updateLinks; }

    /// Lists with more accounts than this in all (ours and the partners' latest) have their
    /// overlaps computed on a worker thread.
    static constexpr qint64 BackgroundAccounts = 50000;
    /// Runs a waiting refresh now (a large overlap then starts on its worker; tests).
    void refreshNow();
    /// True while a worker computes the overlaps.
    bool isComputing() const { return m_worker != nullptr; }

    /// Sets each influence link's "overlapping accounts" to the overlap measured for its ICP
    /// and partner (accounts/icpoverlap.h), one undo step; returns the number of links changed.
    int updateMapLinks();
    /// Opens the private exchange wizard at `step` (not modal when `modal` is false; tests).
    ExchangeWizard *openExchange(ExchangeWizard::Step step, bool modal = true);

    // The steps, without dialogs (for tests and scripts); false with *error on failure.
    bool importOurs(const QString &path, QString *error);
    bool importPartnerList(Id partnerId, const QString &path, QString *error);
    /// The import dialog of `path` for `partnerId`'s list (0: ours), starting with the status
    /// rules remembered with the last list imported for it (the interactive import runs it).
    std::unique_ptr<AccountImportDialog> importDialog(Id partnerId, const QString &path,
                                                      const QString &title);
    /// Stores a list the dialog read as `partnerId`'s (0: ours), with its rules: one undo step.
    void storeImported(Id partnerId, accounts::AccountList list);

private:
    void importOursInteractive();
    void importPartnerInteractive();
    void removePartnerList();
    struct Computed;
    void refresh();
    void refreshPartners();
    void apply(const std::shared_ptr<Computed> &computed);
    void waitForWorker();
    void fillMatrix();
    void fillOverview(const Computed &computed);

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
    QAction *m_updateLinks;
    QThread *m_worker = nullptr;
    std::shared_ptr<Computed> m_pending; ///< what the worker fills
    int m_generation = 0;                ///< of the latest request; older results are dropped
    accounts::OverlapResult m_overlap;
    bool m_hasOverlap = false;
    bool m_partnersDirty = true;
};

} // namespace ps
