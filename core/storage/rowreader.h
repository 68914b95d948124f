// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

#include <QStringList>

#include <memory>

struct sqlite3;

namespace ps {

class SqliteTableSource;
class TableSource;
namespace Tables {
struct Table;
}
class TableSource;

/// Reads the portfolio tables of an open, current-schema connection into PortfolioData,
/// checking every value on the way (types, enum keys, ranges, dates, references of the OEM
/// detail and scenario tables). Only our own columns are selected, so foreign columns, triggers and
/// views are never touched.
///
/// The rows come from a TableSource: an SQLite database, or a team portfolio on PostgreSQL read
/// with COPY (core/team), so both engines get the same typed reading and the same checks.
///
/// Built for speed on large files: one prepared statement per table, cells read directly,
/// hand-written date and list parsing, vectors reserved from a row count.
class RowReader {
public:
    /// Stops reading once `maxProblems` problems are found (1 for load, many for check).
    RowReader(sqlite3 *db, int maxProblems);
    /// Reads the tables `source` gives.
    RowReader(TableSource &source, int maxProblems);
    ~RowReader();

    /// Which tables read() reads. A large file is read in two halves on two connections at
    /// once (PortfolioFile::load); together they read what All reads.
    enum class Part {
        All,     ///< every table
        Model,   ///< all but History: the portfolio, ICPs, partners, links, deals, plans, ...
        History, ///< the activity log and the investment history
    };

    /// Fills `out` with the tables of `part`; false if a table could not be read or a value is
    /// invalid.
    bool read(PortfolioData &out, Part part = Part::All);

    /// Moves the tables of Part::History from `history` into `model`.
    static void merge(PortfolioData &model, PortfolioData &&history);

    /// True if a table lacks our columns (the file is not one of ours), rather than bad values.
    bool structural() const { return m_structural; }

    /// One phrase per problem, such as "table partners, row id 57, column rating_capability:
    /// 9 is outside 1-5", to be placed in a sentence naming the file.
    const QStringList &problems() const { return m_problems; }

    /// The SQLite error that stopped reading (such as SQLITE_CORRUPT), or 0.
    int sqliteError() const { return m_sqliteError; }

    /// How many problems there were, including any beyond maxProblems.
    int problemCount() const { return m_problemCount; }

private:
    friend class Cells;
    bool full() const { return m_problemCount >= m_maxProblems; }
    void addProblem(const QString &problem);
    bool readInfo(PortfolioInfo &info, Id &activeScenarioId);
    bool readIcps(std::vector<Icp> &icps);
    bool readPartners(std::vector<Partner> &partners);
    bool readLinks(std::vector<InfluenceLink> &links);
    bool readDeals(std::vector<OemDeal> &deals);
    bool readTiers(std::vector<OemDeal> &deals);
    bool readScoreboard(std::vector<OemDeal> &deals);
    bool readVolumes(std::vector<OemDeal> &deals);
    bool readActivities(std::vector<Activity> &activities);
    bool readSalesDeals(std::vector<Deal> &deals);
    bool readDealPartners(std::vector<Deal> &deals);
    bool readRejectedLinks(std::vector<LinkKey> &rejected);
    bool readScenarios(std::vector<Scenario> &scenarios);
    bool readScenarioWeights(std::vector<Scenario> &scenarios);
    bool readScenarioOverrides(std::vector<Scenario> &scenarios);
    bool readSegmentRules(std::vector<SegmentRule> &rules);
    bool readScenarioJudgments(std::vector<Scenario> &scenarios);
    bool readDecisionLog(std::vector<DecisionRecord> &log);
    bool readDecisionWeights(std::vector<DecisionRecord> &log);
    bool readDecisionCrs(std::vector<DecisionRecord> &log);
    bool readDecisionVotes(std::vector<DecisionRecord> &log);
    bool readInvestments(std::vector<InvestmentPeriod> &investments);
    bool readPlans(std::vector<ScenarioPlan> &plans, const std::vector<Scenario> &scenarios);
    bool readPlanPartners(std::vector<ScenarioPlan> &plans);
    bool readPlanGroups(std::vector<ScenarioPlan> &plans);
    /// Account mapping (accountrows.cpp).
    bool readAccountBook(accounts::AccountBook &book, const std::vector<Partner> &partners);
    template <typename Record, typename Read>
    bool readDetails(const Tables::Table &table, const char *tail, bool rowid, int parent,
                     std::vector<Record> &records, const QString &missing, Read read);
    qint64 rowCount(const char *table);
    void prepareFailed(const char *table);
    bool finished(int rc, const char *table);

    std::unique_ptr<SqliteTableSource> m_ownSource;
    TableSource &m_source;
    /// The file, for the account mapping tables, which only local files hold (nullptr when the
    /// rows come from a team portfolio).
    sqlite3 *m_db = nullptr;
    int m_maxProblems;
    int m_problemCount = 0;
    int m_sqliteError = 0;
    bool m_structural = false;
    QStringList m_problems;
};

} // namespace ps
