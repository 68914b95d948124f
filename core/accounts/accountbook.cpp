// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/accountbook.h"

#include <algorithm>

namespace ps::accounts {
namespace {

Id nextListId(const std::vector<StoredAccountList> &lists) {
    Id last = 0;
    for (const StoredAccountList &l : lists)
        last = std::max(last, l.id);
    return last + 1;
}

} // namespace

const StoredAccountList *AccountBook::ours() const {
    for (const StoredAccountList &l : lists)
        if (l.partnerId == 0)
            return &l;
    return nullptr;
}

const StoredAccountList *AccountBook::latestOf(Id partnerId) const {
    const std::vector<const StoredAccountList *> history = historyOf(partnerId);
    return history.empty() ? nullptr : history.back();
}

std::vector<const StoredAccountList *> AccountBook::historyOf(Id partnerId) const {
    std::vector<const StoredAccountList *> history;
    for (const StoredAccountList &l : lists)
        if (l.partnerId == partnerId)
            history.push_back(&l);
    // Import order breaks ties: a list imported later with the same date is the newer one.
    std::stable_sort(history.begin(), history.end(),
                     [](const StoredAccountList *a, const StoredAccountList *b) {
                         return a->list.importedOn < b->list.importedOn;
                     });
    return history;
}

Id AccountBook::setOurs(AccountList list) {
    for (StoredAccountList &l : lists)
        if (l.partnerId == 0) {
            l.list = std::move(list);
            return l.id;
        }
    StoredAccountList stored;
    stored.id = nextListId(lists);
    stored.list = std::move(list);
    lists.push_back(std::move(stored));
    return lists.back().id;
}

Id AccountBook::addPartnerList(Id partnerId, AccountList list) {
    for (StoredAccountList &l : lists)
        if (l.partnerId == partnerId && l.list.importedOn == list.importedOn &&
            l.list.sourceName == list.sourceName) {
            l.list = std::move(list);
            return l.id;
        }
    StoredAccountList stored;
    stored.id = nextListId(lists);
    stored.partnerId = partnerId;
    stored.list = std::move(list);
    lists.push_back(std::move(stored));
    return lists.back().id;
}

PsiSession *AccountBook::session(const QByteArray &sessionId) {
    for (PsiSession &s : sessions)
        if (s.sessionId == sessionId)
            return &s;
    return nullptr;
}

void AccountBook::storeSession(const PsiSession &session) {
    if (PsiSession *known = this->session(session.sessionId))
        *known = session;
    else
        sessions.push_back(session);
}

std::vector<QByteArray> AccountBook::answeredOfferIds() const {
    std::vector<QByteArray> ids;
    ids.reserve(answeredOffers.size());
    for (const AnsweredOffer &a : answeredOffers)
        ids.push_back(a.sessionId);
    return ids;
}

bool AccountBook::operator==(const AccountBook &o) const {
    if (lists != o.lists || answeredOffers != o.answeredOffers ||
        sessions.size() != o.sessions.size())
        return false;
    for (size_t i = 0; i < sessions.size(); ++i)
        if (sessions[i].serialize() != o.sessions[i].serialize())
            return false;
    return true;
}

} // namespace ps::accounts
