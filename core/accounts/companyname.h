// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The normalized company name: the second matching key, for accounts without a website
/// (docs/account-mapping.md lists the rules and the legal forms).
namespace ps::accounts {

/// `name` reduced so that spellings of one company compare equal:
/// 1. compatibility decomposition (NFKD) and combining marks dropped ("Société" -> "Societe",
///    full-width "ＡＣＭＥ" -> "ACME"), a few letters NFKD keeps spelled out (ß -> ss, æ -> ae,
///    ø -> o, œ -> oe, ł -> l, đ/ð -> d, þ -> th, ı -> i);
/// 2. case folding;
/// 3. words split at spaces and punctuation; ".", "/", "'" and "’" join ("S.A." -> "sa",
///    "A/S" -> "as"); "&" and the word "and" are dropped, and a leading "the";
/// 4. legal forms removed from the end, repeatedly ("Acme GmbH & Co. KG" -> "acme",
///    "Acme Pty Ltd" -> "acme", "Acme S. A. de C. V." -> "acme"), and the Japanese, Chinese,
///    Korean and Russian forms from either end ("株式会社アクメ" -> "アクメ"), but never the
///    name's only word ("Limited" stays "limited");
/// 5. the remaining words joined without spaces ("Coca-Cola" == "Coca Cola").
/// Letters and digits of every script are kept. Empty when the name has none. Thread-safe.
QString normalizedCompanyName(QStringView name);

/// The legal forms removed from the end of a name, as normalized words (a form of several
/// words, such as "Pty Ltd" or "S. de R.L.", is removed word by word or as one joined word).
QStringList legalFormSuffixes();

/// The legal forms removed from either end of a name (written before the name in Japanese,
/// Chinese, Korean and Russian usage).
QStringList legalFormAffixes();

} // namespace ps::accounts
