// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/document.h"

#include "core/storage/portfoliofile.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ps {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_portfolio(new Portfolio(this))
    , m_undoStack(new QUndoStack(this)) {
    // The stack's clean state is the modified flag; re-evaluate whenever it flips so that
    // a document marked dirty without undo history keeps reporting the right value.
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { setModifiedOverride(m_dirtyWithoutUndo); });
}

Document::~Document() {
    // Commands refer to the portfolio; drop them first so none outlives it, without telling
    // listeners about a modified flag that no longer matters.
    m_undoStack->disconnect(this);
    m_undoStack->clear();
}

QString Document::displayName() const {
    if (!isUntitled())
        return QFileInfo(m_filePath).fileName();
    const QString name = m_portfolio->info().name.trimmed();
    return name.isEmpty() ? tr("Untitled") : name;
}

bool Document::isModified() const {
    return m_dirtyWithoutUndo || !m_undoStack->isClean();
}

void Document::setModifiedOverride(bool modified) {
    m_dirtyWithoutUndo = modified;
    const bool now = isModified();
    if (now == m_lastModified)
        return;
    m_lastModified = now;
    Q_EMIT modifiedChanged(now);
}

static QString absolutePath(const QString &path) {
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void Document::reset(PortfolioData data, const QString &path, bool modified) {
    // Clearing first: the old commands must never run against the new content. The override
    // is set before, so that clearing does not report a transient "unmodified".
    m_dirtyWithoutUndo = modified;
    m_undoStack->clear();
    m_portfolio->assign(std::move(data));
    const QString newPath = absolutePath(path);
    if (newPath != m_filePath) {
        m_filePath = newPath;
        Q_EMIT filePathChanged(m_filePath);
    }
    setModifiedOverride(modified);
}

bool Document::open(const QString &path, QString *error) {
    PortfolioFile::LoadResult result = PortfolioFile::load(path);
    if (!result.ok()) {
        if (error)
            *error = result.message.isEmpty()
                         ? tr("Could not open %1.").arg(QFileInfo(path).fileName())
                         : result.message;
        return false;
    }
    reset(std::move(*result.data), path, false);
    return true;
}

bool Document::save(QString *error) {
    if (isUntitled()) {
        if (error)
            *error = tr("The portfolio has no file yet; choose where to save it.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool Document::saveAs(const QString &path, QString *error) {
    QString message;
    if (!PortfolioFile::save(m_portfolio->data(), path, &message)) {
        if (error)
            *error = message.isEmpty() ? tr("Could not save %1.").arg(QFileInfo(path).fileName())
                                       : message;
        return false;
    }
    const QString newPath = absolutePath(path);
    if (newPath != m_filePath) {
        m_filePath = newPath;
        Q_EMIT filePathChanged(m_filePath);
    }
    // setClean() may emit cleanChanged, which re-evaluates with the override cleared.
    m_dirtyWithoutUndo = false;
    m_undoStack->setClean();
    setModifiedOverride(false);
    return true;
}

} // namespace ps
