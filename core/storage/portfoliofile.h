// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QString>

#include <optional>

namespace ps {

/// Reading and writing `.partnerscope` files (SQLite; schema in docs/file-format.md).
///
/// Files are untrusted: opening uses SQLite's defensive mode, `trusted_schema` off, tightened
/// limits, a `quick_check`, and checks `application_id` and `user_version`. Objects the app did
/// not create (triggers, views, extra tables) are ignored. The file on disk is never modified by
/// opening: an older schema is migrated in an in-memory copy. Saving writes a complete new file
/// beside the target, syncs it and renames it over the target, so a crash leaves the old or the
/// new file and never a broken one.
namespace PortfolioFile {

/// `PRAGMA application_id` of every portfolio file: "PSCP".
constexpr int ApplicationId = 0x50534350;

/// Largest file we agree to open.
constexpr qint64 MaxFileSize = qint64(2) * 1024 * 1024 * 1024;

/// Largest single value (a name, a note) a portfolio file may hold, in bytes: reading a larger
/// one is refused before it is loaded, and saving one fails, so every saved file opens again.
constexpr int MaxValueBytes = 16 * 1024 * 1024;

/// How long opening waits for another program's lock on the file before giving up.
constexpr int BusyTimeoutMs = 2000;

enum class ErrorKind {
    None,
    NotFound,     ///< missing or unreadable
    NotSqlite,    ///< not an SQLite database at all
    NotPortfolio, ///< SQLite, but not a Partnerscope portfolio
    Corrupt,      ///< truncated or damaged
    NewerVersion, ///< written by a newer Partnerscope
    InvalidData,  ///< a portfolio whose rows break the rules (see ps::validate)
    TooLarge,     ///< beyond MaxFileSize or the limits of one value
    Locked,       ///< another program holds a lock on it (waited BusyTimeoutMs)
    WriteFailed,  ///< saving failed; the target is unchanged
};

struct LoadResult {
    std::optional<PortfolioData> data; ///< set on success
    ErrorKind error = ErrorKind::None;
    QString message;     ///< one sentence naming the file and the problem
    int fileVersion = 0; ///< user_version found in the file
    /// The file opened, but saving over it would fail or is not wanted (readOnlyReason()).
    bool readOnly = false;
    bool ok() const { return data.has_value(); }
};

/// Reads a whole portfolio into memory. Every loaded portfolio has at least one scenario and
/// a valid active scenario id: files without scenarios (format 2 and older) get a default
/// "Baseline" (ps::ensureScenario).
LoadResult load(const QString &path);

/// Writes atomically. On failure returns false, sets *message (one sentence naming the file),
/// and leaves any existing file at `path` untouched.
bool save(const PortfolioData &data, const QString &path, QString *message = nullptr);

/// Every problem with the file, one sentence each; empty for a healthy portfolio.
QStringList check(const QString &path);

/// Why a save over the existing file at `path` would fail or is not wanted, as one sentence
/// naming the file; empty if it can be saved in place. A file is read-only when it has no
/// write permission bits (even for root, who could write it anyway: someone marked it), when
/// this user may not write it, or when its folder does not let a new file be renamed into it
/// (saving writes a temporary file beside the target).
QString readOnlyReason(const QString &path);

} // namespace PortfolioFile
} // namespace ps
