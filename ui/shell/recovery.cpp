// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recovery.h"

#include "core/storage/portfoliofile.h"
#include "ui/document/document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace ps {
namespace {

const QString kDataSuffix = QStringLiteral(".partnerscope");
const QString kSidecarSuffix = QStringLiteral(".json");

} // namespace

RecoveryWriter::RecoveryWriter(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_base(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RecoveryWriter::writeNow);
    m_timer->start();
    Portfolio *portfolio = document->portfolio();
    auto markDirty = [this] { m_dirty = true; };
    connect(portfolio, &Portfolio::infoChanged, this, markDirty);
    connect(portfolio, &Portfolio::rowsInserted, this, markDirty);
    connect(portfolio, &Portfolio::rowsRemoved, this, markDirty);
    connect(portfolio, &Portfolio::entityChanged, this, markDirty);
    // New content (opened, new, closed): whatever we wrote belongs to the old content.
    connect(portfolio, &Portfolio::reset, this, [this] {
        discard();
        m_dirty = m_document->isModified();
    });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
        else
            m_dirty = true;
    });
}

RecoveryWriter::~RecoveryWriter() = default;

void RecoveryWriter::setInterval(int milliseconds) {
    m_timer->start(milliseconds);
}

QString RecoveryWriter::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryWriter::dataPath() const {
    return directory() + QLatin1Char('/') + m_base + kDataSuffix;
}

bool RecoveryWriter::writeNow() {
    if (!m_dirty || !m_document->isModified())
        return false;
    if (!QDir().mkpath(directory()))
        return false;
    QString message;
    if (!PortfolioFile::save(m_document->portfolio()->data(), dataPath(), &message)) {
        qWarning("%s", qPrintable(message));
        return false;
    }
    QJsonObject note;
    note.insert(QStringLiteral("originalPath"), m_document->filePath());
    note.insert(QStringLiteral("name"), m_document->displayName());
    note.insert(QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile sidecar(directory() + QLatin1Char('/') + m_base + kSidecarSuffix);
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(note).toJson()) < 0 ||
        !sidecar.commit())
        return false;
    m_dirty = false;
    return true;
}

void RecoveryWriter::discard() {
    const QString base = directory() + QLatin1Char('/') + m_base;
    QFile::remove(base + kDataSuffix);
    QFile::remove(base + kSidecarSuffix);
}

void RecoveryWriter::adopt(const RecoveryEntry &entry) {
    discard();
    m_base = QFileInfo(entry.dataPath).completeBaseName();
    m_dirty = false;
}

QList<RecoveryEntry> RecoveryWriter::pendingEntries() {
    QList<RecoveryEntry> entries;
    const QDir dir(directory());
    const QStringList sidecars =
        dir.entryList({QStringLiteral("*") + kSidecarSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryEntry entry;
        entry.sidecarPath = file.fileName();
        entry.dataPath = dir.filePath(QFileInfo(name).completeBaseName() + kDataSuffix);
        entry.originalPath = note.value(QStringLiteral("originalPath")).toString();
        entry.name = note.value(QStringLiteral("name")).toString();
        entry.savedAt = QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODateWithMs);
        // A sidecar without its data (a crash between the two writes) is nothing to offer.
        if (QFileInfo::exists(entry.dataPath))
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryWriter::remove(const RecoveryEntry &entry) {
    QFile::remove(entry.dataPath);
    QFile::remove(entry.sidecarPath);
}

} // namespace ps
