// SPDX-License-Identifier: GPL-3.0-or-later
// The column specification (core/storage/tables.h) is the schema a migrated file really has:
// every table, every column in order, with its type and NOT NULL, and nothing else.
#include "core/storage/schema.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ps;

class TestTables : public QObject {
    Q_OBJECT

private slots:
    void migratedFileHasExactlyTheSpecifiedColumns() {
        QTemporaryDir dir;
        SqliteDb db;
        QCOMPARE(db.open(dir.filePath(QStringLiteral("t.partnerscope")),
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
                 SQLITE_OK);
        QString error;
        QVERIFY2(Schema::migrate(db.handle(), 0, &error), qPrintable(error));
        int count = 0;
        const Tables::Table *const *tables = Tables::all(&count);
        QStringList names;
        for (int t = 0; t < count; ++t) {
            const Tables::Table &table = *tables[t];
            names << QString::fromLatin1(table.name);
            Statement info(db.handle(), QByteArray("SELECT name, type, \"notnull\" FROM "
                                                   "pragma_table_info('") +
                                            table.name + "') ORDER BY cid");
            QVERIFY(info.isValid());
            int c = 0;
            while (info.step() == SQLITE_ROW) {
                QVERIFY2(c < table.count, table.name);
                const Tables::Column &column = table.columns[c];
                const QByteArray name(
                    reinterpret_cast<const char *>(sqlite3_column_text(info.handle(), 0)));
                QCOMPARE(name, QByteArray(column.name));
                const QByteArray constraint(column.constraint);
                const bool notNull = sqlite3_column_int(info.handle(), 2) != 0;
                QCOMPARE(notNull, constraint.contains("NOT NULL"));
                ++c;
            }
            QVERIFY2(c == table.count, table.name);
        }
        // No table of the current schema is missing from the specification.
        QStringList required = Schema::requiredTables(Schema::CurrentVersion);
        for (const QString &table : required)
            QVERIFY2(names.contains(table), qPrintable(table));
    }

    void statementsNameEveryColumnOnce() {
        const Tables::Table &partners = Tables::Partners::table();
        const QByteArray insert = Tables::insertSql(partners);
        QVERIFY(insert.startsWith("INSERT INTO partners (id, position, name, "));
        QVERIFY(insert.endsWith(QByteArray("?") + QByteArray::number(partners.count) + ')'));
        QCOMPARE(Tables::Partners::Count, partners.count);
        const QByteArray select = Tables::selectSql(Tables::ScenarioWeights::table(), "", true);
        QCOMPARE(select, QByteArray("SELECT scenario_id, model, criterion, weight, rowid FROM "
                                    "scenario_weights"));
    }

    void createStatementBuildsTheSameTable() {
        // The generated current-version DDL is valid SQL and gives the same columns.
        SqliteDb db;
        QCOMPARE(db.open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
                 SQLITE_OK);
        int count = 0;
        const Tables::Table *const *tables = Tables::all(&count);
        for (int t = 0; t < count; ++t) {
            QString error;
            QVERIFY2(db.exec(Tables::createSql(*tables[t]).constData(), &error), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
