// SPDX-License-Identifier: GPL-3.0-or-later
// Deals and activities from CRM exports into the demo portfolio: a Salesforce Opportunity
// export with its OpportunityPartner export, a HubSpot deals export, Salesforce tasks, a table
// with day-first dates; the attribution rule; bad input by file and line; and re-imports that
// update instead of duplicating (new / changed / unchanged).
#include "core/demo/demoportfolio.h"
#include "core/import/importplan.h"

#include <QTest>

using namespace ps;
using namespace ps::import;

namespace {

QString dataFile(const char *name) {
    return QStringLiteral(PS_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

csv::Table table(const char *name) {
    const csv::ReadResult read = csv::readFile(dataFile(name));
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.describe(QLatin1String(name))));
    return *read.table;
}

csv::Table tableOf(const QByteArray &text) {
    const csv::ReadResult read = csv::read(text);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.message));
    return *read.table;
}

Id partnerNamed(const PortfolioData &data, const char *name) {
    for (const Partner &p : data.partners)
        if (p.name == QLatin1String(name))
            return p.id;
    qFatal("no partner %s", name);
}

const Deal *dealWithCrmId(const PortfolioData &data, const char *id) {
    for (const Deal &d : data.deals)
        if (d.crm.id == QLatin1String(id))
            return &d;
    return nullptr;
}

/// Plans the Salesforce opportunities (and their partners) against `data`.
ImportPlan salesforcePlan(const PortfolioData &data, const csv::Table &opportunities,
                          const csv::Table *partners, const AttributionRule &rule = {}) {
    Mapping mapping = buildMapping(Kind::Deals, Preset::Auto, opportunities.header);
    mapping.attribution = rule;
    LinkedFile linked;
    if (partners) {
        linked.table = partners;
        linked.mapping = buildMapping(Kind::DealPartners, Preset::Auto, partners->header);
    }
    return buildPlan(opportunities, mapping, data, {}, linked);
}

std::vector<QString> errors(const ImportPlan &plan) {
    std::vector<QString> out;
    for (const Issue &issue : plan.issues())
        if (issue.severity == Severity::Error)
            out.push_back(
                QStringLiteral("%1:%2: %3").arg(issue.file).arg(issue.line).arg(issue.message));
    return out;
}

/// The first error, or an empty text (QVERIFY2 evaluates its message either way).
QString firstError(const ImportPlan &plan) {
    const std::vector<QString> all = errors(plan);
    return all.empty() ? QString() : all.front();
}

} // namespace

class TestDealImport : public QObject {
    Q_OBJECT

private slots:
    void salesforceOpportunitiesWithTheirPartners() {
        PortfolioData data = demoPortfolio();
        const csv::Table opportunities = table("salesforce_opportunities.csv");
        const csv::Table partners = table("salesforce_opportunity_partners.csv");
        QCOMPARE(detectPreset(Kind::Deals, opportunities.header), Preset::Salesforce);
        QCOMPARE(detectPreset(Kind::DealPartners, partners.header), Preset::Salesforce);
        const ImportPlan plan = salesforcePlan(data, opportunities, &partners);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(firstError(plan)));
        QCOMPARE(plan.linkedRows, 6);
        const auto changes = computeChanges(data, plan, false);
        QVERIFY(changes);
        QCOMPARE(changes->addedCount(), 5);
        const size_t before = data.deals.size();
        applyChanges(data, *changes);
        QCOMPARE(data.deals.size(), before + 5);
        QVERIFY(validate(data).isEmpty());

        const Deal &won = *dealWithCrmId(data, "0065g00000Opp0001");
        QCOMPARE(won.crm.source, CrmSource::Salesforce);
        QCOMPARE(won.name, QStringLiteral("Klinikum Nord tablet fleet"));
        QCOMPARE(won.amount, 125000.0);
        QCOMPARE(won.outcome, DealOutcome::Won);
        QCOMPARE(won.stage, QStringLiteral("Closed Won"));
        QCOMPARE(won.createdOn, QDate(2025, 1, 15));
        QCOMPARE(won.closedOn, QDate(2025, 3, 31));
        QCOMPARE(won.buyer.name, QStringLiteral("Klinikum Nord"));
        QCOMPARE(won.buyer.crmId, QStringLiteral("0015g00000Buy0001"));
        QCOMPARE(won.buyer.industry, QStringLiteral("Healthcare"));
        QCOMPARE(won.buyer.region, QStringLiteral("Germany"));
        QCOMPARE(won.buyer.employees, std::optional<int>(4200));
        // The primary partner (IsPrimary) sourced it: the lead source is "Partner Referral".
        QCOMPARE(won.partners.size(), size_t(2));
        QCOMPARE(won.partners[0].partnerId, partnerNamed(data, "Brightshelf Handelssysteme"));
        QCOMPARE(won.partners[0].role, Attribution::Sourced);
        QCOMPARE(won.partners[0].crmRole, QStringLiteral("Reseller"));
        QCOMPARE(won.partners[1].partnerId, partnerNamed(data, "Northgate Distribution"));
        QCOMPARE(won.partners[1].role, Attribution::Influenced);
        QCOMPARE(won.attributedShare(), 62500.0);

        const Deal &lost = *dealWithCrmId(data, "0065g00000Opp0002");
        QCOMPARE(lost.amount, 48500.5); // "$48,500.50"
        QCOMPARE(lost.outcome, DealOutcome::Lost);
        QCOMPARE(lost.partners.front().role, Attribution::Influenced); // lead source "Web"
        const Deal &open = *dealWithCrmId(data, "0065g00000Opp0003");
        QCOMPARE(open.outcome, DealOutcome::Open);
        QVERIFY(!open.closedOn.isValid()); // an open deal's close date is only expected
        QCOMPARE(open.partners.size(), size_t(2));
        QCOMPARE(dealWithCrmId(data, "0065g00000Opp0004")->amount, 210000.0);    // "EUR 210,000"
        QVERIFY(!dealWithCrmId(data, "0065g00000Opp0005")->partnerInfluenced()); // direct
    }

    void reimportingUpdatesInsteadOfDuplicating() {
        PortfolioData data = demoPortfolio();
        const csv::Table opportunities = table("salesforce_opportunities.csv");
        const csv::Table partners = table("salesforce_opportunity_partners.csv");
        applyChanges(data,
                     *computeChanges(data, salesforcePlan(data, opportunities, &partners), false));
        const PortfolioData once = data;

        // The same export again: every row names its deal by CRM id and changes nothing.
        const ImportPlan again = salesforcePlan(data, opportunities, &partners);
        QCOMPARE(again.duplicateCount(), 5);
        for (const PlannedRow &row : again.rows) {
            QCOMPARE(row.duplicate.by, Duplicate::By::CrmId);
            QCOMPARE(row.action, DuplicateAction::Update);
        }
        const auto same = computeChanges(data, again, false);
        QCOMPARE(same->addedCount(), 0);
        QCOMPARE(same->mergedCount(), 0);
        QCOMPARE(same->unchanged, 5);
        QVERIFY(same->isEmpty());
        applyChanges(data, *same);
        QVERIFY(data == once);

        // A later export: one deal closed, and the user had set the ICP of another by hand.
        for (Deal &d : data.deals)
            if (d.crm.id == QLatin1String("0065g00000Opp0001"))
                d.icpId = data.icps.front().id;
        QByteArray text =
            QByteArray(R"("Id","Name","StageName","Amount","CloseDate","IsClosed","IsWon"
"0065g00000Opp0003","Nordhafen depot rollout","Closed Won","95000","2025-10-02","true","true"
"0065g00000Opp0001","Klinikum Nord tablet fleet","Closed Won","125000.00","2025-03-31","true","true"
)");
        const csv::Table later = tableOf(text);
        const ImportPlan plan = salesforcePlan(data, later, nullptr);
        const auto changes = computeChanges(data, plan, false);
        QCOMPARE(changes->addedCount(), 0);
        QCOMPARE(changes->mergedCount(), 1);
        QCOMPARE(changes->unchanged, 1);
        applyChanges(data, *changes);
        const Deal &closed = *dealWithCrmId(data, "0065g00000Opp0003");
        QCOMPARE(closed.outcome, DealOutcome::Won);
        QCOMPARE(closed.amount, 95000.0);
        QCOMPARE(closed.closedOn, QDate(2025, 10, 2));
        QCOMPARE(closed.partners.size(), size_t(2)); // this export said nothing of partners
        QCOMPARE(closed.buyer.name, QStringLiteral("Nordhafen Logistik")); // kept
        QCOMPARE(dealWithCrmId(data, "0065g00000Opp0001")->icpId, data.icps.front().id);
    }

    void attributionRuleCanBeChanged() {
        const PortfolioData data = demoPortfolio();
        const csv::Table opportunities = table("salesforce_opportunities.csv");
        const csv::Table partners = table("salesforce_opportunity_partners.csv");
        AttributionRule rule;
        rule.fromLeadSource = false;
        ImportPlan plan = salesforcePlan(data, opportunities, &partners, rule);
        QCOMPARE(plan.rows[0].deal().partners[0].role, Attribution::Influenced);
        // A partner role that says "Reseller" counts as sourcing when the rule says so.
        rule.sourcedRoleWords = {QStringLiteral("reseller")};
        plan = salesforcePlan(data, opportunities, &partners, rule);
        QCOMPARE(plan.rows[0].deal().partners[0].role, Attribution::Sourced);
        QCOMPARE(plan.rows[0].deal().partners[1].role, Attribution::Influenced); // Distributor
    }

    void hubspotDealsFindPartnersAmongTheCompanies() {
        PortfolioData data = demoPortfolio();
        const csv::Table deals = table("hubspot_deals.csv");
        const Mapping mapping = buildMapping(Kind::Deals, Preset::Auto, deals.header);
        QCOMPARE(mapping.preset, Preset::HubSpot);
        const ImportPlan plan = buildPlan(deals, mapping, data);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(firstError(plan)));
        QCOMPARE(plan.dateOrder, DateOrder::MonthFirst); // 04/15/2025 decides
        QCOMPARE(plan.ambiguousDates, 0);
        const Deal &alpine = plan.rows[0].deal();
        QCOMPARE(alpine.crm.source, CrmSource::HubSpot);
        QCOMPARE(alpine.crm.id, QStringLiteral("24001"));
        QCOMPARE(alpine.amount, 12500.0); // "€12,500"
        QCOMPARE(alpine.createdOn, QDate(2025, 1, 20));
        QCOMPARE(alpine.closedOn, QDate(2025, 4, 15));
        QCOMPARE(alpine.outcome, DealOutcome::Won);
        // Brightshelf by its exact name (its CRM id is a Salesforce one); the other company is
        // the buyer. The "Partner role" column says Sourced.
        QCOMPARE(alpine.partners.size(), size_t(1));
        QCOMPARE(alpine.partners[0].partnerId, partnerNamed(data, "Brightshelf Handelssysteme"));
        QCOMPARE(alpine.partners[0].role, Attribution::Sourced);
        QCOMPARE(alpine.buyer.name, QStringLiteral("Alpine Hotels"));
        QCOMPARE(alpine.buyer.crmId, QStringLiteral("88001"));
        const Deal &cityline = plan.rows[1].deal();
        QCOMPARE(cityline.outcome, DealOutcome::Lost); // "closedlost"
        QCOMPARE(cityline.partners[0].partnerId, partnerNamed(data, "Northgate Distribution"));
        QCOMPARE(cityline.partners[0].role, Attribution::Influenced);
        const Deal &harbour = plan.rows[2].deal();
        QCOMPARE(harbour.outcome, DealOutcome::Open);
        QVERIFY(!harbour.partnerInfluenced());
        QCOMPARE(harbour.amount, 56000.0); // "$ 56,000"
    }

    void badDealsAreReportedByFileAndLine() {
        const PortfolioData data = demoPortfolio();
        const csv::Table bad = table("salesforce_opportunities_bad.csv");
        ImportPlan plan = salesforcePlan(data, bad, nullptr);
        QCOMPARE(plan.invalidCount(), 2);
        const std::vector<QString> found = errors(plan);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0], QStringLiteral("0:3: Amount \"abc\" is not a number."));
        QCOMPARE(found[1],
                 QStringLiteral("0:4: CreatedDate \"next tuesday\" is not a date (such as "
                                "2025-03-31)."));
        QVERIFY(!computeChanges(data, plan, false)); // all or nothing
        const auto skipped = computeChanges(data, plan, true);
        QCOMPARE(skipped->addedCount(), 1);
        QCOMPARE(skipped->skippedInvalid, 2);
    }

    void badOpportunityPartnersAreReported() {
        const PortfolioData data = demoPortfolio();
        const csv::Table opportunities = table("salesforce_opportunities.csv");
        const csv::Table partners = table("salesforce_opportunity_partners_bad.csv");
        const ImportPlan plan = salesforcePlan(data, opportunities, &partners);
        const std::vector<QString> found = errors(plan);
        QCOMPARE(found.size(), size_t(2));
        // The deal naming an unknown partner account is invalid, pointing at the other file...
        QCOMPARE(found[0], QStringLiteral("0:3: Partner account \"0015g0000NOSUCH1\" (line 4 of "
                                          "the opportunity partners) is not in the portfolio."));
        // ...and a row of that file naming an opportunity the deals file lacks is its own error.
        QCOMPARE(found[1], QStringLiteral(
                               "1:3: Opportunity \"0065g00000Opp9999\" is not in the deals file."));
        QCOMPARE(plan.invalidCount(), 2);
        QVERIFY(!computeChanges(data, plan, false));
        const auto skipped = computeChanges(data, plan, true);
        QCOMPARE(skipped->addedCount(), 4);
    }

    void salesforceTasksBecomeActivities() {
        PortfolioData data = demoPortfolio();
        const csv::Table tasks = table("salesforce_tasks.csv");
        const Mapping mapping = buildMapping(Kind::Activities, Preset::Auto, tasks.header);
        QCOMPARE(mapping.preset, Preset::Salesforce);
        const ImportPlan plan = buildPlan(tasks, mapping, data);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(firstError(plan)));
        const ActivityKind kinds[] = {ActivityKind::JointCall, ActivityKind::Training,
                                      ActivityKind::BusinessReview, ActivityKind::CoMarketing};
        for (size_t i = 0; i < 4; ++i)
            QCOMPARE(plan.rows[i].activity().kind, kinds[i]);
        QCOMPARE(plan.rows[0].activity().partnerId, partnerNamed(data, "Northgate Distribution"));
        QCOMPARE(plan.rows[0].activity().date, QDate(2025, 3, 5));
        QCOMPARE(plan.rows[0].activity().notes, QStringLiteral("Joint call with Klinikum Nord"));
        QCOMPARE(plan.rows[0].activity().crm.id, QStringLiteral("00T5g00000Tsk0001"));
        const size_t before = data.activities.size();
        applyChanges(data, *computeChanges(data, plan, false));
        QCOMPARE(data.activities.size(), before + 4);
        const auto again = computeChanges(data, buildPlan(tasks, mapping, data), false);
        QCOMPARE(again->unchanged, 4);
        QVERIFY(again->isEmpty());
    }

    void dayFirstDatesNeedTheOrder() {
        const PortfolioData data = demoPortfolio();
        const csv::Table rows = table("activities_day_first.csv");
        Mapping mapping = buildMapping(Kind::Activities, Preset::Auto, rows.header, rows.delimiter);
        bool ambiguous = false;
        QCOMPARE(detectDateOrder(rows, mapping, &ambiguous), DateOrder::Auto);
        QVERIFY(ambiguous);
        ImportPlan plan = buildPlan(rows, mapping, data);
        QCOMPARE(plan.ambiguousDates, 3);
        QCOMPARE(plan.rows[0].activity().date, QDate(2025, 3, 4)); // month first by default
        QCOMPARE(errors(plan).size(), size_t(1));
        QCOMPARE(errors(plan).front(),
                 QStringLiteral("0:4: Partner \"Nobody Such Partner\" is not in the portfolio."));
        mapping.dateOrder = DateOrder::DayFirst;
        plan = buildPlan(rows, mapping, data);
        QCOMPARE(plan.ambiguousDates, 0);
        QCOMPARE(plan.rows[0].activity().date, QDate(2025, 4, 3));
        QCOMPARE(plan.rows[1].activity().kind, ActivityKind::Training);
    }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ambiguous");
        const int autoOrder = int(DateOrder::Auto), dmy = int(DateOrder::DayFirst),
                  mdy = int(DateOrder::MonthFirst);
        QTest::newRow("ISO") << "2025-03-04" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("ISO with time")
            << "2025-03-04T10:00:00.000Z" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("HubSpot") << "2025-03-04 10:22" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("slashes, year first")
            << "2025/03/04" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("dots are day first") << "04.03.2025" << mdy << QDate(2025, 3, 4) << false;
        QTest::newRow("US") << "03/04/2025" << autoOrder << QDate(2025, 3, 4) << true;
        QTest::newRow("day first chosen") << "03/04/2025" << dmy << QDate(2025, 4, 3) << false;
        QTest::newRow("day above 12") << "15/03/2025" << autoOrder << QDate(2025, 3, 15) << false;
        QTest::newRow("same day and month")
            << "03/03/2025" << autoOrder << QDate(2025, 3, 3) << false;
        QTest::newRow("two-digit year") << "3/4/25" << autoOrder << QDate(2025, 3, 4) << true;
        QTest::newRow("US with time")
            << "04/15/2025 10:22 AM" << autoOrder << QDate(2025, 4, 15) << false;
        QTest::newRow("month name") << "4 Mar 2025" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("US month name") << "Mar 4, 2025" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("dashes with month")
            << "04-Mar-2025" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("compact") << "20250304" << autoOrder << QDate(2025, 3, 4) << false;
        QTest::newRow("no such day") << "2025-02-30" << autoOrder << QDate() << false;
        QTest::newRow("month 13 when month first") << "13/04/2025" << mdy << QDate() << false;
        QTest::newRow("words") << "next tuesday" << autoOrder << QDate() << false;
    }

    void dates() {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDate, date);
        QFETCH(bool, ambiguous);
        const DateValue value = parseDate(text, DateOrder(order));
        QCOMPARE(value.date, date);
        QCOMPARE(value.ambiguous, ambiguous);
    }

    void stages_data() {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("outcome");
        QTest::newRow("Salesforce won") << "Closed Won" << int(DealOutcome::Won);
        QTest::newRow("lower case") << "Closed won" << int(DealOutcome::Won);
        QTest::newRow("HubSpot won") << "closedwon" << int(DealOutcome::Won);
        QTest::newRow("HubSpot lost") << "closedlost" << int(DealOutcome::Lost);
        QTest::newRow("lost to competitor")
            << "Closed - Lost to competitor" << int(DealOutcome::Lost);
        QTest::newRow("open stage") << "Negotiation/Review" << int(DealOutcome::Open);
        QTest::newRow("word inside a word") << "Wonderland pitch" << int(DealOutcome::Open);
    }

    void stages() {
        QFETCH(QString, stage);
        QFETCH(int, outcome);
        QCOMPARE(builtInStage(stage), DealOutcome(outcome));
    }

    void theUsersStageAnswersWin() {
        const PortfolioData data = demoPortfolio();
        const csv::Table deals = tableOf("Deal,Stage,Partner\nKiosk pilot,Signed,Northgate "
                                         "Distribution\nDepot,Dropped,\n");
        Mapping mapping = buildMapping(Kind::Deals, Preset::Auto, deals.header);
        QCOMPARE(mapping.preset, Preset::Generic);
        mapping.stageValues.insert(typeValueKey(QStringLiteral("Signed")), DealOutcome::Won);
        mapping.stageValues.insert(typeValueKey(QStringLiteral("Dropped")), DealOutcome::Lost);
        const ImportPlan plan = buildPlan(deals, mapping, data);
        QCOMPARE(plan.rows[0].deal().outcome, DealOutcome::Won);
        QCOMPARE(plan.rows[0].deal().crm.source, CrmSource::None); // no id column
        QCOMPARE(plan.rows[1].deal().outcome, DealOutcome::Lost);
        QCOMPARE(plan.rows[0].deal().partners.front().partnerId,
                 partnerNamed(data, "Northgate Distribution"));
    }

    void unknownPartnerOfAGenericFile() {
        const PortfolioData data = demoPortfolio();
        const csv::Table deals =
            tableOf("Deal,Amount,Partner\nKiosk pilot,\"1,000\",Nobody Such Partner\n");
        const ImportPlan plan =
            buildPlan(deals, buildMapping(Kind::Deals, Preset::Auto, deals.header), data);
        QCOMPARE(errors(plan).front(),
                 QStringLiteral("0:2: Partner \"Nobody Such Partner\" is not in the portfolio."));
    }

    void partnersKeepTheirCrmIdAndUpdate() {
        PortfolioData data;
        const csv::Table accounts = table("salesforce_accounts.csv");
        const Mapping mapping = buildMapping(Kind::Partners, Preset::Auto, accounts.header);
        QVERIFY(mapping.crmIdColumn() >= 0);
        applyChanges(data, *computeChanges(data, buildPlan(accounts, mapping, data), false));
        QCOMPARE(data.partners.front().crm.source, CrmSource::Salesforce);
        QCOMPARE(data.partners.front().crm.id, QStringLiteral("0015g00000AbCdEAA1"));
        const PortfolioData once = data;
        // Again: the rows with CRM ids are unchanged; a row that repeated another's website in
        // the file is skipped as before.
        const ImportPlan again = buildPlan(accounts, mapping, data);
        const auto changes = computeChanges(data, again, false);
        QCOMPARE(changes->addedCount(), 0);
        QCOMPARE(changes->mergedCount(), 0);
        QVERIFY(changes->unchanged >= 5);
        applyChanges(data, *changes);
        QVERIFY(data == once);
        // The user edits a partner's notes and classifies it; the CRM later renames it: the
        // update takes the new name and keeps the user's model and notes.
        data.partners.front().notes = QStringLiteral("Our notes");
        QByteArray renamed = QByteArray(R"("Account ID","Account Name","Type"
"0015g00000AbCdEAA1","Brightline Resellers Group","Other"
)");
        const csv::Table later = tableOf(renamed);
        const auto update = computeChanges(
            data,
            buildPlan(later, buildMapping(Kind::Partners, Preset::Salesforce, later.header), data),
            false);
        QCOMPARE(update->mergedCount(), 1);
        applyChanges(data, *update);
        QCOMPARE(data.partners.front().name, QStringLiteral("Brightline Resellers Group"));
        QCOMPARE(data.partners.front().model, PartnerModel::Reseller);
        QCOMPARE(data.partners.front().notes, QStringLiteral("Our notes"));
    }

    void aPartnerTypedByHandGetsItsCrmId() {
        PortfolioData data;
        Partner typed;
        typed.id = 1;
        typed.name = QStringLiteral("Brightline Resellers");
        typed.website = QStringLiteral("brightline-resellers.example");
        data.partners.push_back(typed);
        const csv::Table accounts = table("salesforce_accounts.csv");
        const ImportPlan plan =
            buildPlan(accounts, buildMapping(Kind::Partners, Preset::Auto, accounts.header), data);
        QCOMPARE(plan.rows[0].duplicate.by, Duplicate::By::Domain);
        QCOMPARE(plan.rows[0].action, DuplicateAction::Merge);
        applyChanges(data, *computeChanges(data, plan, false));
        QCOMPARE(data.partners.front().name, QStringLiteral("Brightline Resellers")); // kept
        QCOMPARE(data.partners.front().crm.id, QStringLiteral("0015g00000AbCdEAA1"));
    }
};

QTEST_GUILESS_MAIN(TestDealImport)
#include "tst_dealimport.moc"
