// SPDX-License-Identifier: GPL-3.0-or-later
// The account mapping tables (schema versions 10 and 11): reading (RowReader::readAccountBook) and
// writing (AccountRows::write).
#include "core/storage/accountrows.h"

#include "core/storage/rowreader.h"
#include "core/storage/rowreader_p.h"
#include "core/storage/rowsource.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <cmath>
#include <functional>
#include <utility>

namespace ps {
namespace {

using accounts::Account;
using accounts::AccountStatus;
using accounts::StoredAccountList;

QByteArray sessionIdFromHex(const QString &hex) {
    if (hex.size() != 2 * 16)
        return {};
    for (QChar ch : hex)
        if (!ch.isDigit() && !(ch >= QLatin1Char('a') && ch <= QLatin1Char('f')))
            return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace

bool RowReader::readAccountBook(accounts::AccountBook &book, const std::vector<Partner> &partners) {
    if (!m_db) // a team portfolio: account lists and private exchanges stay in local files
        return true;
    SqliteTableSource file(m_db);
    QSet<Id> partnerIds;
    for (const Partner &p : partners)
        partnerIds.insert(p.id);

    // Lists, in position order.
    QHash<Id, int> listIndex;
    {
        namespace C = Tables::AccountLists;
        RowSource st = file.rows(C::table(), "ORDER BY position, id", false);
        if (!st.isValid()) {
            prepareFailed("account_lists");
            return false;
        }
        Cells cells(*this, st, "account_lists");
        bool ourListSeen = false;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW && !full()) {
            StoredAccountList &l = book.lists.emplace_back();
            l.id = cells.beginRow(C::Id);
            l.partnerId = cells.reference(C::PartnerId);
            if (l.partnerId == 0 && std::exchange(ourListSeen, true))
                cells.bad(C::PartnerId, PortfolioFileTr::tr("a second list of our own accounts"));
            else if (l.partnerId != 0 && !partnerIds.contains(l.partnerId))
                cells.bad(C::PartnerId, PortfolioFileTr::tr("the partner does not exist"));
            l.list.importedOn = cells.requiredDate(C::ImportedOn);
            l.list.sourceName = cells.text(C::SourceName);
            if (!cells.isNull(C::DeclaredTotal))
                l.list.declaredTotal = cells.integer(C::DeclaredTotal, 0);
            // Read when an import needs it (statusrulestext.h): a damaged value there falls back
            // to the layout's rules with a message, it does not refuse the file.
            l.list.statusRules = cells.text(C::StatusRules);
            listIndex.insert(l.id, int(book.lists.size() - 1));
        }
        if (!finished(rc, "account_lists"))
            return false;
    }
    // Accounts, list by list in position order.
    {
        namespace C = Tables::Accounts;
        RowSource st = file.rows(C::table(), "ORDER BY list_id, position", true);
        if (!st.isValid()) {
            prepareFailed("accounts");
            return false;
        }
        Cells cells(*this, st, "accounts");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW && !full()) {
            cells.beginRow(C::Count);
            const int index = listIndex.value(st.int64(C::ListId), -1);
            if (index < 0) {
                cells.bad(C::ListId, PortfolioFileTr::tr("the account list does not exist"));
                continue;
            }
            Account a;
            a.crmSource = cells.text(C::CrmSource);
            a.crmId = cells.text(C::CrmId);
            a.name = cells.text(C::Name);
            a.website = cells.text(C::Website);
            a.domainKey = cells.text(C::DomainKey);
            a.nameKey = cells.text(C::NameKey);
            const QString status = cells.text(C::Status);
            if (auto value = accounts::accountStatusFromKey(status))
                a.status = *value;
            else
                cells.bad(C::Status,
                          PortfolioFileTr::tr("\"%1\" is not a known key").arg(status.left(40)));
            a.industry = cells.text(C::Industry);
            if (!cells.isNull(C::Employees))
                a.employees = cells.integer(C::Employees, 0);
            a.country = cells.text(C::Country);
            a.openPipeline = cells.real(C::OpenPipeline);
            if (a.openPipeline < 0)
                cells.bad(C::OpenPipeline, PortfolioFileTr::tr("the amount is negative"));
            book.lists[size_t(index)].list.accounts.push_back(std::move(a));
        }
        if (!finished(rc, "accounts"))
            return false;
    }
    // Private exchanges we started.
    {
        namespace C = Tables::PsiSessions;
        RowSource st = file.rows(C::table(), "ORDER BY id", false);
        if (!st.isValid()) {
            prepareFailed("psi_sessions");
            return false;
        }
        Cells cells(*this, st, "psi_sessions");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW && !full()) {
            cells.beginRow(C::Id);
            const QByteArray bytes = QByteArray::fromBase64(cells.text(C::Session).toLatin1());
            QString error;
            std::optional<accounts::PsiSession> session =
                accounts::PsiSession::deserialize(bytes, &error);
            if (!session) {
                cells.bad(C::Session, error);
                continue;
            }
            if (session->idText() != cells.text(C::SessionId))
                cells.bad(C::SessionId, PortfolioFileTr::tr("it differs from the session's own"));
            book.sessions.push_back(std::move(*session));
        }
        if (!finished(rc, "psi_sessions"))
            return false;
    }
    // Offers we answered.
    {
        namespace C = Tables::PsiAnsweredOffers;
        RowSource st = file.rows(C::table(), "ORDER BY answered_at, rowid", true);
        if (!st.isValid()) {
            prepareFailed("psi_answered_offers");
            return false;
        }
        Cells cells(*this, st, "psi_answered_offers");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW && !full()) {
            cells.beginRow(C::Count);
            accounts::AnsweredOffer offer;
            offer.sessionId = sessionIdFromHex(cells.text(C::SessionId));
            if (offer.sessionId.isEmpty())
                cells.bad(C::SessionId,
                          PortfolioFileTr::tr("32 lowercase hexadecimal digits are required"));
            offer.answeredAt = QDateTime::fromString(cells.text(C::AnsweredAt), Qt::ISODate);
            if (!offer.answeredAt.isValid())
                cells.bad(C::AnsweredAt, PortfolioFileTr::tr("a date and time is required"));
            offer.answeredAt = offer.answeredAt.toUTC();
            book.answeredOffers.push_back(offer);
        }
        if (!finished(rc, "psi_answered_offers"))
            return false;
    }
    return true;
}

namespace AccountRows {
namespace {

bool writeLists(sqlite3 *db, const PortfolioData &data) {
    QSet<Id> partnerIds;
    for (const Partner &p : data.partners)
        partnerIds.insert(p.id);
    namespace L = Tables::AccountLists;
    namespace A = Tables::Accounts;
    Statement list(db, Tables::insertSql(L::table()));
    Statement row(db, Tables::insertSql(A::table()));
    if (!list.isValid() || !row.isValid())
        return false;
    qint64 position = 0;
    for (const StoredAccountList &l : data.accountBook.lists) {
        if (l.partnerId != 0 && !partnerIds.contains(l.partnerId))
            continue;
        list.bindInt(L::Id + 1, l.id);
        list.bindInt(L::Position + 1, position++);
        if (l.partnerId != 0)
            list.bindInt(L::PartnerId + 1, l.partnerId);
        else
            list.bindNull(L::PartnerId + 1);
        list.bindText(L::ImportedOn + 1, l.list.importedOn.toString(Qt::ISODate));
        list.bindText(L::SourceName + 1, l.list.sourceName);
        if (l.list.declaredTotal)
            list.bindInt(L::DeclaredTotal + 1, *l.list.declaredTotal);
        else
            list.bindNull(L::DeclaredTotal + 1);
        list.bindText(L::StatusRules + 1, l.list.statusRules);
        if (!list.execute())
            return false;
        qint64 at = 0;
        for (const Account &a : l.list.accounts) {
            row.bindInt(A::ListId + 1, l.id);
            row.bindInt(A::Position + 1, at++);
            row.bindText(A::CrmSource + 1, a.crmSource);
            row.bindText(A::CrmId + 1, a.crmId);
            row.bindText(A::Name + 1, a.name);
            row.bindText(A::Website + 1, a.website);
            row.bindText(A::DomainKey + 1, a.domainKey);
            row.bindText(A::NameKey + 1, a.nameKey);
            row.bindText(A::Status + 1, accounts::toKey(a.status));
            row.bindText(A::Industry + 1, a.industry);
            if (a.employees)
                row.bindInt(A::Employees + 1, *a.employees);
            else
                row.bindNull(A::Employees + 1);
            row.bindText(A::Country + 1, a.country);
            row.bindDouble(A::OpenPipeline + 1, a.openPipeline);
            if (!row.execute())
                return false;
        }
    }
    return true;
}

bool writeExchanges(sqlite3 *db, const accounts::AccountBook &book) {
    namespace S = Tables::PsiSessions;
    namespace O = Tables::PsiAnsweredOffers;
    Statement session(db, Tables::insertSql(S::table()));
    Statement offer(db, Tables::insertSql(O::table()));
    if (!session.isValid() || !offer.isValid())
        return false;
    qint64 id = 0;
    for (const accounts::PsiSession &s : book.sessions) {
        session.bindInt(S::Id + 1, ++id);
        session.bindText(S::SessionId + 1, s.idText());
        session.bindText(S::Session + 1, QString::fromLatin1(s.serialize().toBase64()));
        if (!session.execute())
            return false;
    }
    for (const accounts::AnsweredOffer &a : book.answeredOffers) {
        offer.bindText(O::SessionId + 1, QString::fromLatin1(a.sessionId.toHex()));
        offer.bindText(O::AnsweredAt + 1, a.answeredAt.toUTC().toString(Qt::ISODate));
        if (!offer.execute())
            return false;
    }
    return true;
}

} // namespace

bool write(sqlite3 *db, const PortfolioData &data) {
    return writeLists(db, data) && writeExchanges(db, data.accountBook);
}

} // namespace AccountRows
} // namespace ps
