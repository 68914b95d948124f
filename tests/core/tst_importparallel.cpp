// SPDX-License-Identifier: GPL-3.0-or-later
// Big imports are planned on every core, in contiguous ranges of rows. What a plan says must
// not depend on that: the plan made in parts is the one made on one thread, row by row, and
// the errors planted in the generated files come back in file order with their own lines,
// duplicates point at the right earlier rows, and unknown types are listed in first-seen order.
#include "core/demo/demoportfolio.h"
#include "core/import/importplan.h"
#include "core/import/parallel.h"

#include <QTest>

using namespace ps;
using namespace ps::import;

namespace {

constexpr int Deals = 30000;    // three parts of at least 8,192 rows
constexpr int Partners = 15000; // three parts of at least 4,096 rows

csv::Table tableOf(const QByteArray &text) {
    const csv::ReadResult read = csv::read(text);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.message));
    return *read.table;
}

/// A plan made with at most `parts` parts (1: on the calling thread alone).
template <typename F> ImportPlan inParts(int parts, F plan) {
    detail::partsLimit().store(parts);
    ImportPlan result = plan();
    detail::partsLimit().store(0);
    return result;
}

QString opportunityId(int row) {
    return QStringLiteral("006P%1").arg(row, 8, 10, QLatin1Char('0'));
}

/// Rows of the deals file with an error of their own, and the row whose id each repeats.
bool badAmount(int row) {
    return row % 997 == 5;
}
bool badDate(int row) {
    return row % 1499 == 7;
}
bool unknownPartner(int row) {
    return row % 1201 == 9;
}
int repeats(int row) {
    return row % 1000 == 600 ? row - 500 : -1;
}

struct DealFiles {
    QByteArray opportunities;
    QByteArray partners;
    std::vector<int> orphanLines; ///< lines of the partner file naming no opportunity
};

/// A Salesforce export of `Deals` opportunities (amounts, dates and stages in every form the
/// readers know) and its opportunity-partner export, with the errors above planted.
DealFiles dealFiles(const PortfolioData &data) {
    DealFiles f;
    f.opportunities = "\"Id\",\"AccountId\",\"Name\",\"StageName\",\"Amount\",\"CloseDate\","
                      "\"CreatedDate\",\"IsClosed\",\"IsWon\",\"LeadSource\"\r\n";
    f.partners = "\"Id\",\"OpportunityId\",\"AccountToId\",\"Role\",\"IsPrimary\"\r\n";
    static const char *const stages[] = {"Closed Won", "Closed Lost", "Prospecting",
                                         "Negotiation/Review"};
    static const char *const amounts[] = {"125000.00", "$48,500.50",    "EUR 210,000",
                                          "90000",     "€1,250,000.00", "CHF 1'250.50"};
    static const char *const created[] = {"2025-01-15T09:30:00.000Z", "2025-02-03", "03/04/2025",
                                          "4 Mar 2025", "20250105"};
    static const char *const sources[] = {"Partner Referral", "Web", "Outbound", ""};
    QStringList crmIds; // the partners of the portfolio with a Salesforce id
    for (const Partner &p : data.partners)
        if (p.crm.source == CrmSource::Salesforce && !p.crm.id.isEmpty())
            crmIds << p.crm.id;
    Q_ASSERT(crmIds.size() > 3);
    int partnerLine = 1;
    for (int i = 0; i < Deals; ++i) {
        const int id = repeats(i) >= 0 ? repeats(i) : i;
        const bool closed = i % 4 < 2;
        QByteArray row = "\"" + opportunityId(id).toUtf8() + "\",\"001B" +
                         QByteArray::number(i % 50) + "\",\"Deal " + QByteArray::number(i) +
                         (i % 9 == 0 ? " \"\"quoted\"\"\r\nsecond line" : "") + "\",\"" +
                         stages[i % 4] + "\",\"" + (badAmount(i) ? "abc" : amounts[i % 6]) +
                         "\",\"2025-06-30\",\"" + (badDate(i) ? "next tuesday" : created[i % 5]) +
                         "\",\"" + (closed ? "true" : "false") + "\",\"" +
                         (i % 4 == 0 ? "true" : "false") + "\",\"" + sources[i % 4] + "\"\r\n";
        f.opportunities += row;
        // A repeated deal has no partner rows of its own.
        for (int k = 0; k < (repeats(i) >= 0 ? 0 : i % 3); ++k) {
            const QString partner = unknownPartner(i) && k == 0 ? QStringLiteral("0015g0000NOSUCH1")
                                                                : crmIds[(i + k) % crmIds.size()];
            f.partners += "\"00I" + QByteArray::number(i * 3 + k) + "\",\"" +
                          opportunityId(i).toUtf8() + "\",\"" + partner.toUtf8() + "\",\"" +
                          (k == 0 ? "Reseller" : "Sourced") + "\",\"" +
                          (k == 1 ? "true" : "false") + "\"\r\n";
            ++partnerLine;
            if (i % 2003 == 11 && k == 0) {
                f.partners += "\"00Ix" + QByteArray::number(i) + "\",\"006NOSUCH" +
                              QByteArray::number(i) + "\",\"" + partner.toUtf8() +
                              "\",\"Reseller\",\"false\"\r\n";
                f.orphanLines.push_back(++partnerLine);
            }
        }
    }
    return f;
}

void compareIssues(const std::vector<Issue> &a, const std::vector<Issue> &b) {
    QCOMPARE(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].line, b[i].line);
        QCOMPARE(a[i].column, b[i].column);
        QCOMPARE(a[i].severity, b[i].severity);
        QCOMPARE(a[i].message, b[i].message);
        QCOMPARE(a[i].file, b[i].file);
    }
}

/// Everything a plan says, row by row: `a` (made in parts) against `b` (made on one thread).
template <typename Entity>
void comparePlans(const ImportPlan &a, const ImportPlan &b,
                  const Entity &(PlannedRow::*entity)() const) {
    QCOMPARE(a.rows.size(), b.rows.size());
    for (size_t i = 0; i < a.rows.size(); ++i) {
        const PlannedRow &x = a.rows[i];
        const PlannedRow &y = b.rows[i];
        QCOMPARE(x.line, y.line);
        QCOMPARE(x.valid, y.valid);
        compareIssues(x.issues, y.issues);
        QCOMPARE(x.duplicate.of, y.duplicate.of);
        QCOMPARE(x.duplicate.by, y.duplicate.by);
        QCOMPARE(x.duplicate.existingIndex, y.duplicate.existingIndex);
        QCOMPARE(x.duplicate.earlierRow, y.duplicate.earlierRow);
        QCOMPARE(x.action, y.action);
        QCOMPARE(x.setFields, y.setFields);
        QCOMPARE(x.needsClassification, y.needsClassification);
        QCOMPARE(x.dateAmbiguous, y.dateAmbiguous);
        QVERIFY((x.*entity)() == (y.*entity)());
    }
    compareIssues(a.issues(), b.issues());
    QCOMPARE(a.unknownTypeValues, b.unknownTypeValues);
    QCOMPARE(a.ambiguousDates, b.ambiguousDates);
    QCOMPARE(a.dateOrder, b.dateOrder);
    QCOMPARE(a.linkedRows, b.linkedRows);
    QCOMPARE(a.linkedInvalid, b.linkedInvalid);
}

} // namespace

class TestImportParallel : public QObject {
    Q_OBJECT

private slots:
    void dealsInParts() {
        const PortfolioData data = demoPortfolio();
        const DealFiles files = dealFiles(data);
        const csv::Table opportunities = tableOf(files.opportunities);
        const csv::Table partners = tableOf(files.partners);
        QCOMPARE(opportunities.records.size(), size_t(Deals));
        const Mapping mapping = buildMapping(Kind::Deals, Preset::Auto, opportunities.header);
        LinkedFile linked;
        linked.table = &partners;
        linked.mapping = buildMapping(Kind::DealPartners, Preset::Auto, partners.header);
        const auto plan = [&] { return buildPlan(opportunities, mapping, data, {}, linked); };
        const ImportPlan one = inParts(1, plan);
        const ImportPlan three = inParts(3, plan);
        const ImportPlan cores = inParts(0, plan);
        comparePlans(three, one, &PlannedRow::deal);
        comparePlans(cores, one, &PlannedRow::deal);

        // The planted errors, in file order, each on its own line (a deal of row i starts on
        // line 2 + i + the quoted two-line names before it).
        std::vector<int> expectedLines;
        for (int i = 0; i < Deals; ++i) {
            const int line = 2 + i + (i + 8) / 9;
            QCOMPARE(three.rows[size_t(i)].line, line);
            const bool bad =
                badAmount(i) || badDate(i) || (unknownPartner(i) && i % 3 > 0 && repeats(i) < 0);
            const PlannedRow &planned = three.rows[size_t(i)];
            QVERIFY2(planned.valid == !bad,
                     qPrintable(QStringLiteral("row %1: %2")
                                    .arg(i)
                                    .arg(planned.issues.empty() ? QString()
                                                                : planned.issues.front().message)));
            if (bad)
                expectedLines.push_back(line);
        }
        std::vector<int> errorLines;
        for (const PlannedRow &row : three.rows)
            for (const Issue &issue : row.issues)
                if (issue.severity == Severity::Error &&
                    (errorLines.empty() || errorLines.back() != issue.line))
                    errorLines.push_back(issue.line);
        QCOMPARE(errorLines, expectedLines);
        const PlannedRow &amount = three.rows[5];
        QCOMPARE(amount.issues.front().message, QStringLiteral("Amount \"abc\" is not a number."));
        const PlannedRow &date = three.rows[1499 * 10 + 7];
        QCOMPARE(
            date.issues.front().message,
            QStringLiteral("CreatedDate \"next tuesday\" is not a date (such as 2025-03-31)."));
        // Opportunity-partner rows naming no deal of the file: errors of that file, in order.
        std::vector<int> orphans;
        for (const Issue &issue : three.linkedIssues)
            orphans.push_back(issue.line);
        QCOMPARE(orphans, files.orphanLines);
        // A repeated id updates the earlier row, also across parts.
        for (int i = 0; i < Deals; ++i) {
            const PlannedRow &row = three.rows[size_t(i)];
            if (repeats(i) >= 0 && row.valid && three.rows[size_t(repeats(i))].valid) {
                QCOMPARE(row.duplicate.of, Duplicate::Of::EarlierRow);
                QCOMPARE(row.duplicate.earlierRow, repeats(i));
            } else {
                QVERIFY(!row.duplicate.isDuplicate());
            }
        }
        // All or nothing; with --skip-invalid the same deals either way.
        QVERIFY(!computeChanges(data, three, false));
        const auto a = computeChanges(data, three, true);
        const auto b = computeChanges(data, one, true);
        QVERIFY(a && b);
        QCOMPARE(a->addedDeals.size(), b->addedDeals.size());
        QVERIFY(a->addedDeals == b->addedDeals);
        QCOMPARE(a->skippedInvalid, b->skippedInvalid);
    }

    void partnersInParts() {
        PortfolioData data = demoPortfolio();
        QByteArray text("\xEF\xBB\xBF\"Account ID\",\"Account Name\",\"Type\",\"Website\","
                        "\"Employees\",\"Description\"\r\n");
        for (int i = 0; i < Partners; ++i) {
            // Unknown types seen first in one part and again in others; websites and names
            // that repeat earlier rows (some in another part) and partners of the portfolio.
            const char *type = i == 9000                ? "Mystery B"
                               : i == 4500 || i == 7000 ? "Mystery A"
                               : i == 12000             ? "Mystery C"
                               : i == 2000              ? "mystery c"
                               : i % 2                  ? "Channel Partner / Reseller"
                                                        : "Technology Partner";
            QString website = QStringLiteral("https://www.account-%1.example/").arg(i);
            if (i % 700 == 3 && i > 5000)
                website = QStringLiteral("account-%1.example").arg(i - 5000);
            if (i % 900 == 8)
                website = data.partners[size_t(i) % data.partners.size()].website;
            const QString name = i % 1100 == 10 && i > 6000
                                     ? QStringLiteral("Account %1 GmbH").arg(i - 6000)
                                     : QStringLiteral("Account %1").arg(i);
            text += "\"001X" + QByteArray::number(i) + "\",\"" + name.toUtf8() + "\",\"" + type +
                    "\",\"" + website.toUtf8() + "\",\"" +
                    (i % 1300 == 17 ? "many" : QByteArray::number(i % 500)) + "\",\"" +
                    (i % 10 == 0 ? "Key account.\r\nRenewal \"\"Q3\"\"" : "Account") + "\"\r\n";
        }
        const csv::Table table = tableOf(text);
        QCOMPARE(table.records.size(), size_t(Partners));
        const Mapping mapping = buildMapping(Kind::Partners, Preset::Auto, table.header);
        const auto plan = [&] { return buildPlan(table, mapping, data); };
        const ImportPlan one = inParts(1, plan);
        const ImportPlan three = inParts(3, plan);
        comparePlans(three, one, &PlannedRow::partner);
        QCOMPARE(three.unknownTypeValues,
                 QStringList({QStringLiteral("mystery c"), QStringLiteral("Mystery A"),
                              QStringLiteral("Mystery B")}));
        for (int i = 0; i < Partners; ++i) {
            const PlannedRow &row = three.rows[size_t(i)];
            QCOMPARE(row.valid, i % 1300 != 17);
            if (!row.valid)
                continue;
            if (i % 900 == 8) {
                QCOMPARE(row.duplicate.of, Duplicate::Of::Portfolio);
                QCOMPARE(row.duplicate.existingIndex, int(size_t(i) % data.partners.size()));
            } else if (i % 700 == 3 && i > 5000 && three.rows[size_t(i - 5000)].valid &&
                       (i - 5000) % 900 != 8) {
                QCOMPARE(row.duplicate.of, Duplicate::Of::EarlierRow);
                QCOMPARE(row.duplicate.by, Duplicate::By::Domain);
                QCOMPARE(row.duplicate.earlierRow, i - 5000);
            }
        }
        const auto a = computeChanges(data, three, true);
        const auto b = computeChanges(data, one, true);
        QVERIFY(a && b);
        QVERIFY(a->addedPartners == b->addedPartners);
        QCOMPARE(a->skippedDuplicates, b->skippedDuplicates);
    }
};

QTEST_GUILESS_MAIN(TestImportParallel)
#include "tst_importparallel.moc"
