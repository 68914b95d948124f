// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ps {

class TeamLocation;

/**
 * Team portfolio passwords in the system keyring (the Secret Service: GNOME Keyring, KWallet),
 * through libsecret, keyed by host, port, database and user. Never in settings or recent
 * files. Without a keyring (no session bus, as in CI) lookups find nothing and stores fail
 * quietly: the window then asks each session.
 */
namespace Keyring {
/// The stored password for `location`, or an empty string.
QString lookup(const TeamLocation &location);
/// Stores `password` for `location`; false when there is no keyring.
bool store(const TeamLocation &location, const QString &password);
/// Forgets the password for `location` (a refused one).
void forget(const TeamLocation &location);
} // namespace Keyring

} // namespace ps
