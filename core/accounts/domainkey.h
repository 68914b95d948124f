// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// The registrable domain of a website, the key on which account lists are matched
/// (docs/account-mapping.md). Found with the Public Suffix List through libpsl, so that
/// "HTTPS://WWW.Acme.co.uk/about", "shop.acme.co.uk" and "acme.co.uk/" are one account and a
/// public suffix such as "co.uk" or "github.io" is never one.
///
/// All functions are thread-safe (the list is loaded once and only read) and need no Qt
/// application object.
namespace ps::accounts {

/// The host a website cell names, lowercase, in ASCII (internationalized names in their
/// "xn--" form), without a trailing dot; empty when the cell names none. Accepts what CRM
/// exports hold: URLs with any scheme, case, user info, port, path, query or fragment
/// ("HTTPS://WWW.Acme.co.uk:8080/about?x#y"), bare hosts ("acme.co.uk/"), "mailto:" addresses
/// and plain e-mail addresses ("x@acme.de"), and the first of several URLs separated by
/// spaces, commas or semicolons. IP addresses, single labels ("localhost"), labels longer
/// than 63 characters and characters no host name has give an empty host.
QString websiteHost(QStringView website);

/// The registrable domain of `website` (see websiteHost() for what the cell may hold): the
/// public suffix plus one label, lowercase ASCII ("www.acme.co.uk" -> "acme.co.uk",
/// "bücher.example.de" -> "example.de", "www.bücher.de" -> "xn--bcher-kva.de"). Empty when the
/// cell names no host or the host is itself a public suffix ("co.uk", "com", "github.io").
QString registrableDomain(QStringView website);

/// True when `host` (as websiteHost() returns it) is a public suffix by the list in use.
bool isPublicSuffix(QStringView host);

/// Which list is in use, for an about box or a support question: the libpsl version and
/// where the list came from, for example "libpsl 0.21.2 (+libidn2/2.3.3), list loaded from
/// /usr/share/publicsuffix/public_suffix_list.dat (the built-in list is of 2023-02-09)".
QString publicSuffixListInfo();

} // namespace ps::accounts
