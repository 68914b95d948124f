// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace ps {

/**
 * An open portfolio in the GUI: the data, its undo stack and its file.
 *
 * The modified flag is the undo stack's clean state, except that a document created from
 * data that was never saved (the demo, a new portfolio with content) stays modified until saved.
 */
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    Portfolio *portfolio() const { return m_portfolio; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Path of the file, empty while untitled.
    QString filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    /// File name for the title bar, or "Untitled" / the portfolio's name while untitled.
    QString displayName() const;
    bool isModified() const;

    /// Replaces the content; clears the undo stack. `path` may be empty (untitled).
    /// `modified` marks content that is not on disk yet (demo, recovered edits).
    void reset(PortfolioData data, const QString &path, bool modified);
    /// Opens a file; on failure returns false with a one-sentence *error and changes nothing.
    bool open(const QString &path, QString *error);
    /// Saves to filePath() (must not be untitled), or to `path` for Save As.
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setModifiedOverride(bool modified);

    Portfolio *m_portfolio;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_dirtyWithoutUndo = false;
    bool m_lastModified = false;
};

} // namespace ps
