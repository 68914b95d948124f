// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountlist.h"
#include "core/accounts/psi.h"
#include "core/domain/entities.h"

#include <QByteArray>
#include <QDateTime>

#include <vector>

/// The account lists and private exchanges a portfolio keeps (issue 15): our list, each
/// partner's lists with their dates, the exchanges we started and the offers we answered.
/// Stored in the account_lists, accounts, psi_sessions and psi_answered_offers tables
/// (docs/file-format.md).
namespace ps::accounts {

/// One stored list: ours (partnerId 0) or a partner's.
struct StoredAccountList {
    Id id = 0;
    Id partnerId = 0; ///< 0: our own accounts
    AccountList list;

    bool operator==(const StoredAccountList &o) const {
        return id == o.id && partnerId == o.partnerId && list == o.list;
    }
    bool operator!=(const StoredAccountList &o) const { return !(*this == o); }
};

/// An offer we answered (as partner B), so that the same offer is never answered twice.
struct AnsweredOffer {
    QByteArray sessionId; ///< the offer's 16-byte session id
    QDateTime answeredAt; ///< UTC
    bool operator==(const AnsweredOffer &o) const {
        return sessionId == o.sessionId && answeredAt == o.answeredAt;
    }
};

/// Everything account mapping keeps in a portfolio.
struct AccountBook {
    /// Every list, in import order. Ours is at most one; a partner can have several (one a
    /// quarter): the latest counts, earlier ones stay for their dates.
    std::vector<StoredAccountList> lists;
    /// Private exchanges we started (open ones hold their secret scalar), oldest first.
    std::vector<PsiSession> sessions;
    /// Offers we answered, oldest first.
    std::vector<AnsweredOffer> answeredOffers;

    /// Our own list, or nullptr.
    const StoredAccountList *ours() const;
    /// The list that counts for a partner: the latest by date, then the last imported;
    /// nullptr when the partner has none.
    const StoredAccountList *latestOf(Id partnerId) const;
    /// Every list of a partner, oldest first (by date, then import order).
    std::vector<const StoredAccountList *> historyOf(Id partnerId) const;

    /// Stores our list: replaces the one there is (keeping its id), or adds it. Returns its id.
    Id setOurs(AccountList list);
    /// Stores a partner's list: a list with the same date and source name replaces the
    /// earlier one (a re-import), any other is added beside the earlier ones. Returns its id.
    Id addPartnerList(Id partnerId, AccountList list);

    /// The session with this id, or nullptr.
    PsiSession *session(const QByteArray &sessionId);
    /// Puts a session in (replacing the one with the same id, or appended).
    void storeSession(const PsiSession &session);
    /// The ids of the offers we answered, for PsiAnswerOptions::answeredOfferIds.
    std::vector<QByteArray> answeredOfferIds() const;

    bool isEmpty() const { return lists.empty() && sessions.empty() && answeredOffers.empty(); }
    /// Sessions compare by their serialized bytes (secret included).
    bool operator==(const AccountBook &o) const;
    bool operator!=(const AccountBook &o) const { return !(*this == o); }
};

} // namespace ps::accounts
