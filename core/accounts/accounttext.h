// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ps::accounts {

/// The translation context of the account lists, their import and the overlap
/// ("ps::accounts::AccountText"); internal to core/accounts.
class AccountText {
    Q_DECLARE_TR_FUNCTIONS(ps::accounts::AccountText)
};

/// The translation context of the private exchange ("ps::accounts::PsiText").
class PsiText {
    Q_DECLARE_TR_FUNCTIONS(ps::accounts::PsiText)
};

} // namespace ps::accounts
