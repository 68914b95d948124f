// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountbook.h"

#include <QString>

/// The ps::edit facade for account mapping (issue 15): storing lists and the steps of a
/// private exchange, each one undo step. Edits that change nothing are dropped.
namespace ps {
class Document;

namespace edit {

/// Stores our account list, replacing the one there is.
bool setOurAccounts(Document &doc, accounts::AccountList list);
/// Stores a partner's list beside its earlier ones (a list of the same date and file replaces
/// that one). False when the partner does not exist.
bool addPartnerAccounts(Document &doc, Id partnerId, accounts::AccountList list);
/// Removes one stored list.
bool removeAccountList(Document &doc, Id listId);
/// Replaces the whole account book (a step of a private exchange: a session kept, an offer
/// answered, an exchange finished with its result), with `text` as the undo step's name.
bool setAccountBook(Document &doc, accounts::AccountBook book, const QString &text);

} // namespace edit
} // namespace ps
