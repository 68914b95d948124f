// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: opening a file holds a text that repeats (notes, owners, lists of regions) once and
// shares it between rows, so a large portfolio takes far less memory; the data read is exactly
// what was saved, and a bad value that repeats is still reported on every row it is in.
#include "core/generate/generator.h"
#include "core/storage/portfoliofile.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;

namespace {

void runSql(const QString &path, const char *sql) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestSharedTexts : public QObject {
    Q_OBJECT

private slots:
    void testIssue12_repeatedTextsAreSharedAndExact() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.partnerscope"));
        const PortfolioData saved = generatePortfolio(4000, 20, 12);
        QVERIFY(PortfolioFile::save(saved, path));
        const PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        const PortfolioData &data = *loaded.data;
        QCOMPARE(data.partners, saved.partners);
        QCOMPARE(data.links, saved.links);
        QCOMPARE(data.activities, saved.activities);
        QCOMPARE(data.deals, saved.deals);

        // Equal lists of regions are one list in memory; equal notes one string.
        QSet<QString> distinctRegions;
        QSet<const void *> regionBuffers;
        QSet<const void *> noteBuffers;
        QSet<QString> distinctNotes;
        for (const Partner &p : data.partners) {
            if (p.regions.isEmpty())
                continue;
            distinctRegions.insert(p.regions.join(QLatin1Char(';')));
            regionBuffers.insert(p.regions.constData());
        }
        for (const Partner &p : data.partners) {
            if (p.notes.isEmpty())
                continue;
            distinctNotes.insert(p.notes);
            noteBuffers.insert(p.notes.constData());
        }
        QVERIFY(distinctRegions.size() < 2000);
        QCOMPARE(regionBuffers.size(), distinctRegions.size());
        QVERIFY(!distinctNotes.isEmpty());
        QCOMPARE(noteBuffers.size(), distinctNotes.size());

        // Names are all different: each partner keeps its own, unchanged.
        QSet<QString> names;
        for (const Partner &p : data.partners)
            names.insert(p.name);
        QCOMPARE(names.size(), qsizetype(saved.partners.size()));
    }

    void testIssue12_aBadRepeatedValueIsReportedOnEveryRow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.partnerscope"));
        const PortfolioData saved = generatePortfolio(60, 4, 3);
        QVERIFY(PortfolioFile::save(saved, path));
        // The same Latin-1 bytes in the notes of three partners, and a good repeated note.
        runSql(path, "UPDATE partners SET notes = 'same note' WHERE id IN (1, 2, 3, 4);"
                     "UPDATE partners SET notes = CAST(X'4DFC6C6C6572' AS TEXT) "
                     "WHERE id IN (10, 20, 30)");
        const QStringList problems = PortfolioFile::check(path);
        QCOMPARE(problems.size(), 3);
        for (const char *row : {"row id 10,", "row id 20,", "row id 30,"}) {
            bool found = false;
            for (const QString &problem : problems)
                found = found || (problem.contains(QLatin1String(row)) &&
                                  problem.contains(QLatin1String("UTF-8")));
            QVERIFY2(found, row);
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedTexts)
#include "tst_sharedtexts.moc"
