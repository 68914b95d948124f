// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for account mapping: one command that swaps the account book, so every
// change (a list imported, removed, an exchange step) is undone as a whole.
#include "ui/undo/edits_accounts.h"

#include "ui/document/document.h"
#include "ui/undo/edithelpers.h"

#include <algorithm>

namespace ps::edit {
using namespace detail;

namespace {

class SetAccountBook : public QUndoCommand {
public:
    SetAccountBook(Portfolio *portfolio, accounts::AccountBook before, accounts::AccountBook after,
                   const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override { m_portfolio->setAccountBook(m_after); }
    void undo() override { m_portfolio->setAccountBook(m_before); }

private:
    Portfolio *m_portfolio;
    accounts::AccountBook m_before;
    accounts::AccountBook m_after;
};

} // namespace

bool setAccountBook(Document &doc, accounts::AccountBook book, const QString &text) {
    Portfolio &portfolio = *doc.portfolio();
    if (portfolio.accountBook() == book)
        return false;
    doc.undoStack()->push(
        new SetAccountBook(&portfolio, portfolio.accountBook(), std::move(book), text));
    return true;
}

bool setOurAccounts(Document &doc, accounts::AccountList list) {
    accounts::AccountBook book = doc.portfolio()->accountBook();
    const qint64 count = qint64(list.accounts.size());
    book.setOurs(std::move(list));
    return setAccountBook(doc, std::move(book),
                          EditTr::tr("Import %n of our accounts", nullptr, int(count)));
}

bool addPartnerAccounts(Document &doc, Id partnerId, accounts::AccountList list) {
    const Partner *partner = doc.portfolio()->find<Partner>(partnerId);
    if (!partner)
        return false;
    accounts::AccountBook book = doc.portfolio()->accountBook();
    const int count = int(list.accounts.size());
    book.addPartnerList(partnerId, std::move(list));
    return setAccountBook(doc, std::move(book),
                          EditTr::tr("Import %n account(s) of %1", nullptr, count)
                              .arg(nameOf(*doc.portfolio(), *partner)));
}

bool removeAccountList(Document &doc, Id listId) {
    accounts::AccountBook book = doc.portfolio()->accountBook();
    const auto it =
        std::find_if(book.lists.begin(), book.lists.end(),
                     [&](const accounts::StoredAccountList &l) { return l.id == listId; });
    if (it == book.lists.end())
        return false;
    const QString source = it->list.sourceName;
    book.lists.erase(it);
    return setAccountBook(doc, std::move(book),
                          EditTr::tr("Remove the account list %1").arg(source));
}

} // namespace ps::edit
