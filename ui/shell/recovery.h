// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace ps {
class Document;

/// Unsaved edits left behind by a session that did not end cleanly.
struct RecoveryEntry {
    QString dataPath;     ///< the portfolio file with the unsaved edits
    QString sidecarPath;  ///< the JSON note beside it
    QString originalPath; ///< where the document lived; empty if it was never saved
    QString name;         ///< display name at the time
    QDateTime savedAt;
};

/**
 * Writes a document's unsaved edits to a recovery file every `interval` while it is modified
 * and has changed since the last write, in AppDataLocation/recovery/, with a JSON sidecar
 * naming the original path and the time. The files go away when the document is saved,
 * closed, replaced or becomes clean again; after a crash they remain for the next start.
 */
class RecoveryWriter : public QObject {
    Q_OBJECT
public:
    explicit RecoveryWriter(Document *document, QObject *parent = nullptr);
    ~RecoveryWriter() override;

    void setInterval(int milliseconds);
    /// Writes now if the document has unsaved changes not yet written. Returns true if written.
    bool writeNow();
    /// Removes this document's recovery files.
    void discard();
    /// Takes over a restored entry, so that its files are updated and removed like our own.
    void adopt(const RecoveryEntry &entry);
    QString dataPath() const;

    /// Folder of the recovery files.
    static QString directory();
    /// Entries found on disk, newest first.
    static QList<RecoveryEntry> pendingEntries();
    static void remove(const RecoveryEntry &entry);

private:
    Document *m_document;
    QTimer *m_timer;
    QString m_base; ///< file name without suffix, unique per writer
    bool m_dirty = false;
};

} // namespace ps
