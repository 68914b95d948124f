// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/tables.h"

#include <iterator>

namespace ps::Tables {

#define PS_COLUMN_SPEC(id, name, type, constraint) {name, Type::type, constraint},
#define PS_DEFINE_TABLE(ns, sqlName, LIST, tableConstraints)                                       \
    namespace ns {                                                                                 \
    namespace {                                                                                    \
    const Column columns[] = {LIST(PS_COLUMN_SPEC)};                                               \
    static_assert(std::size(columns) == size_t(Count), "one enumerator per column");               \
    }                                                                                              \
    const Table &table() {                                                                         \
        static const Table t{sqlName, columns, int(Count), tableConstraints};                      \
        return t;                                                                                  \
    }                                                                                              \
    }

PS_DEFINE_TABLE(Meta, "meta", PS_TABLE_META, "")
PS_DEFINE_TABLE(Portfolio, "portfolio", PS_TABLE_PORTFOLIO, "")
PS_DEFINE_TABLE(Icps, "icps", PS_TABLE_ICPS, "")
PS_DEFINE_TABLE(Partners, "partners", PS_TABLE_PARTNERS, "")
PS_DEFINE_TABLE(InfluenceLinks, "influence_links", PS_TABLE_INFLUENCE_LINKS, "")
PS_DEFINE_TABLE(OemDeals, "oem_deals", PS_TABLE_OEM_DEALS, "")
PS_DEFINE_TABLE(OemRoyaltyTiers, "oem_royalty_tiers", PS_TABLE_OEM_ROYALTY_TIERS,
                "PRIMARY KEY (deal_id, position)")
PS_DEFINE_TABLE(OemScoreboard, "oem_scoreboard", PS_TABLE_OEM_SCOREBOARD,
                "PRIMARY KEY (deal_id, position)")
PS_DEFINE_TABLE(Scenarios, "scenarios", PS_TABLE_SCENARIOS, "")
PS_DEFINE_TABLE(ScenarioWeights, "scenario_weights", PS_TABLE_SCENARIO_WEIGHTS,
                "PRIMARY KEY (scenario_id, model, criterion)")
PS_DEFINE_TABLE(ScenarioOverrides, "scenario_overrides", PS_TABLE_SCENARIO_OVERRIDES,
                "PRIMARY KEY (scenario_id, position)")
PS_DEFINE_TABLE(SegmentRules, "segment_rules", PS_TABLE_SEGMENT_RULES, "")
PS_DEFINE_TABLE(OemVolumes, "oem_volumes", PS_TABLE_OEM_VOLUMES, "PRIMARY KEY (deal_id, year)")
PS_DEFINE_TABLE(Activities, "activities", PS_TABLE_ACTIVITIES, "")
PS_DEFINE_TABLE(Deals, "deals", PS_TABLE_DEALS, "")
PS_DEFINE_TABLE(ScenarioJudgments, "scenario_judgments", PS_TABLE_SCENARIO_JUDGMENTS,
                "PRIMARY KEY (scenario_id, model, criterion_a, criterion_b)")
PS_DEFINE_TABLE(DecisionLog, "decision_log", PS_TABLE_DECISION_LOG, "")
PS_DEFINE_TABLE(DecisionWeights, "decision_weights", PS_TABLE_DECISION_WEIGHTS,
                "PRIMARY KEY (record_id, criterion)")
PS_DEFINE_TABLE(DecisionCrs, "decision_crs", PS_TABLE_DECISION_CRS,
                "PRIMARY KEY (record_id, position)")
PS_DEFINE_TABLE(DecisionVotes, "decision_votes", PS_TABLE_DECISION_VOTES,
                "PRIMARY KEY (record_id, position)")
PS_DEFINE_TABLE(DealPartners, "deal_partners", PS_TABLE_DEAL_PARTNERS,
                "PRIMARY KEY (deal_id, position)")
PS_DEFINE_TABLE(RejectedLinks, "rejected_link_suggestions", PS_TABLE_REJECTED_LINKS,
                "PRIMARY KEY (icp_id, partner_id)")
PS_DEFINE_TABLE(Investments, "investments", PS_TABLE_INVESTMENTS, "")
PS_DEFINE_TABLE(Plans, "plans", PS_TABLE_PLANS, "")
PS_DEFINE_TABLE(PlanPartners, "plan_partners", PS_TABLE_PLAN_PARTNERS,
                "PRIMARY KEY (plan_id, partner_id)")
PS_DEFINE_TABLE(PlanGroups, "plan_groups", PS_TABLE_PLAN_GROUPS, "PRIMARY KEY (plan_id, position)")
PS_DEFINE_TABLE(AccountLists, "account_lists", PS_TABLE_ACCOUNT_LISTS, "")
PS_DEFINE_TABLE(Accounts, "accounts", PS_TABLE_ACCOUNTS, "PRIMARY KEY (list_id, position)")
PS_DEFINE_TABLE(PsiSessions, "psi_sessions", PS_TABLE_PSI_SESSIONS, "")
PS_DEFINE_TABLE(PsiAnsweredOffers, "psi_answered_offers", PS_TABLE_PSI_ANSWERED_OFFERS, "")

#undef PS_DEFINE_TABLE
#undef PS_COLUMN_SPEC

const Table *const *all(int *count) {
    static const Table *const tables[] = {&Meta::table(),
                                          &Portfolio::table(),
                                          &Icps::table(),
                                          &Partners::table(),
                                          &InfluenceLinks::table(),
                                          &OemDeals::table(),
                                          &OemRoyaltyTiers::table(),
                                          &OemScoreboard::table(),
                                          &Scenarios::table(),
                                          &ScenarioWeights::table(),
                                          &ScenarioOverrides::table(),
                                          &SegmentRules::table(),
                                          &OemVolumes::table(),
                                          &Activities::table(),
                                          &Deals::table(),
                                          &ScenarioJudgments::table(),
                                          &DecisionLog::table(),
                                          &DecisionWeights::table(),
                                          &DecisionCrs::table(),
                                          &DecisionVotes::table(),
                                          &DealPartners::table(),
                                          &RejectedLinks::table(),
                                          &Investments::table(),
                                          &Plans::table(),
                                          &PlanPartners::table(),
                                          &PlanGroups::table(),
                                          &AccountLists::table(),
                                          &Accounts::table(),
                                          &PsiSessions::table(),
                                          &PsiAnsweredOffers::table()};
    *count = int(std::size(tables));
    return tables;
}

QByteArray selectSql(const Table &table, const char *tail, bool rowid) {
    QByteArray sql("SELECT ");
    for (int c = 0; c < table.count; ++c) {
        if (c > 0)
            sql += ", ";
        sql += table.columns[c].name;
    }
    if (rowid)
        sql += ", rowid";
    sql += " FROM ";
    sql += table.name;
    if (tail && *tail) {
        sql += ' ';
        sql += tail;
    }
    return sql;
}

QByteArray insertSql(const Table &table) {
    QByteArray names;
    QByteArray values;
    for (int c = 0; c < table.count; ++c) {
        if (c > 0) {
            names += ", ";
            values += ", ";
        }
        names += table.columns[c].name;
        values += '?' + QByteArray::number(c + 1);
    }
    return "INSERT INTO " + QByteArray(table.name) + " (" + names + ") VALUES (" + values + ')';
}

namespace {
const char *sqlType(Type type) {
    switch (type) {
    case Type::Id:
    case Type::Int:
    case Type::Bool:
    case Type::Version:
        return "INTEGER";
    case Type::Real:
        return "REAL";
    case Type::Text:
    case Type::Date:
    case Type::Key:
    case Type::List:
    case Type::Json:
        break;
    }
    return "TEXT";
}
} // namespace

QByteArray createSql(const Table &table) {
    QByteArray sql = "CREATE TABLE " + QByteArray(table.name) + " (";
    for (int c = 0; c < table.count; ++c) {
        const Column &column = table.columns[c];
        if (c > 0)
            sql += ", ";
        sql += column.name;
        sql += ' ';
        sql += sqlType(column.type);
        if (*column.constraint) {
            sql += ' ';
            sql += column.constraint;
        }
    }
    if (table.constraints && *table.constraints) {
        sql += ", ";
        sql += table.constraints;
    }
    return sql + ')';
}

} // namespace ps::Tables
