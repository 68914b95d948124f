// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowreader.h"

#include "scoring/profiles.h"
#include "storage/segmentrulejson.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <numeric>

namespace ps {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ps::PortfolioFile", text);
}

/// Text keys of enumeration E as UTF-8, so a cell can be matched without making a QString.
template <typename E> const std::vector<std::pair<QByteArray, E>> &keyTable() {
    static const std::vector<std::pair<QByteArray, E>> table = [] {
        std::vector<std::pair<QByteArray, E>> entries;
        for (E value : enumValues<E>())
            entries.emplace_back(toKey(value).toUtf8(), value);
        return entries;
    }();
    return table;
}

bool isDigits(const unsigned char *p, int count) {
    for (int i = 0; i < count; ++i)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

int number(const unsigned char *p, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

bool isBlank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Puts rows saved with `positions` back in their saved order. Files we write are already in
/// order (rows are inserted by position), so the sort only runs for files edited elsewhere.
template <typename T>
void restoreOrder(std::vector<T> &rows, const std::vector<qint64> &positions) {
    if (std::is_sorted(positions.begin(), positions.end()))
        return;
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return positions[a] < positions[b]; });
    std::vector<T> sorted;
    sorted.reserve(rows.size());
    for (size_t index : order)
        sorted.push_back(std::move(rows[index]));
    rows = std::move(sorted);
}

} // namespace

/// Typed, checked access to the cells of the current row of one statement.
class Cells {
public:
    Cells(RowReader &reader, const Statement &st, const char *table)
        : m_reader(reader)
        , m_st(st.handle())
        , m_table(table) {}

    /// Starts a row: its id (column 0) names the row in messages.
    qint64 beginRow() {
        m_id = sqlite3_column_int64(m_st, 0);
        return m_id;
    }

    QString text(int c) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, c));
        return p ? utf8(c, p, sqlite3_column_bytes(m_st, c)) : QString();
    }

    /// Text the file holds as UTF-8. Bytes that are not (another encoding, a blob) would become
    /// replacement characters and be saved that way, so they are a problem, not silently fixed.
    /// The exact check only runs when the conversion produced a replacement character.
    QString utf8(int c, const char *p, int size) {
        QString text = QString::fromUtf8(p, size);
        if (text.contains(QChar::ReplacementCharacter) &&
            text.toUtf8() != QByteArray::fromRawData(p, size))
            bad(c, tr("the text is not valid UTF-8"));
        return text;
    }

    /// Items separated by ';' (or ',', which an item never contains), trimmed, empties dropped.
    QStringList list(int c) {
        const unsigned char *p = sqlite3_column_text(m_st, c);
        const int size = sqlite3_column_bytes(m_st, c);
        QStringList items;
        if (!p || size == 0)
            return items;
        int start = 0;
        for (int i = 0; i <= size; ++i) {
            if (i < size && p[i] != ';' && p[i] != ',')
                continue;
            int begin = start, end = i;
            while (begin < end && isBlank(p[begin]))
                ++begin;
            while (end > begin && isBlank(p[end - 1]))
                --end;
            if (end > begin)
                items << utf8(c, reinterpret_cast<const char *>(p + begin), end - begin);
            start = i + 1;
        }
        return items;
    }

    double real(int c) {
        const int type = sqlite3_column_type(m_st, c);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? tr("a value is required") : tr("a number was expected"));
            return 0.0;
        }
        const double value = sqlite3_column_double(m_st, c);
        if (!std::isfinite(value))
            bad(c, tr("the number is not finite"));
        return value;
    }

    int integer(int c, int min = INT_MIN, int max = INT_MAX) {
        const int type = sqlite3_column_type(m_st, c);
        if (type != SQLITE_INTEGER) {
            bad(c, type == SQLITE_NULL ? tr("a value is required")
                                       : tr("a whole number was expected"));
            return 0;
        }
        const qint64 value = sqlite3_column_int64(m_st, c);
        if (value < min || value > max) {
            bad(c, tr("%1 is outside %2 to %3").arg(value).arg(min).arg(max));
            return 0;
        }
        return int(value);
    }

    std::optional<double> optionalReal(int c) {
        if (sqlite3_column_type(m_st, c) == SQLITE_NULL)
            return std::nullopt;
        return real(c);
    }

    std::optional<int> optionalInteger(int c, int min = INT_MIN, int max = INT_MAX) {
        if (sqlite3_column_type(m_st, c) == SQLITE_NULL)
            return std::nullopt;
        return integer(c, min, max);
    }

    bool boolean(int c) { return integer(c, 0, 1) != 0; }

    /// A reference to another row's id; NULL reads as 0 ("none").
    Id reference(int c) {
        const int type = sqlite3_column_type(m_st, c);
        if (type == SQLITE_NULL)
            return 0;
        if (type != SQLITE_INTEGER)
            bad(c, tr("a row id was expected"));
        return sqlite3_column_int64(m_st, c);
    }

    /// A key of E; NULL reads as `none` when the enumeration has such a value.
    template <typename E> E key(int c, std::optional<E> none = std::nullopt) {
        if (auto value = lookup<E>(c, none.has_value()))
            return *value;
        if (none && sqlite3_column_type(m_st, c) == SQLITE_NULL)
            return *none;
        return none.value_or(enumValues<E>().front());
    }

    /// A key of E where NULL or the empty string mean "not set" (partner model).
    template <typename E> std::optional<E> optionalKey(int c) {
        if (sqlite3_column_type(m_st, c) == SQLITE_NULL || sqlite3_column_bytes(m_st, c) == 0)
            return std::nullopt;
        return lookup<E>(c, false);
    }

    /// An ISO YYYY-MM-DD date; NULL or empty reads as no date.
    QDate date(int c) {
        const unsigned char *p = sqlite3_column_text(m_st, c);
        const int size = sqlite3_column_bytes(m_st, c);
        if (!p || size == 0)
            return {};
        if (size == 10 && isDigits(p, 4) && p[4] == '-' && isDigits(p + 5, 2) && p[7] == '-' &&
            isDigits(p + 8, 2)) {
            const QDate date(number(p, 4), number(p + 5, 2), number(p + 8, 2));
            if (date.isValid())
                return date;
        }
        bad(c, tr("\"%1\" is not a date in YYYY-MM-DD form").arg(text(c).left(40)));
        return {};
    }

    void bad(int c, const QString &reason) {
        m_reader.addProblem(tr("table %1, row id %2, column %3: %4")
                                .arg(QLatin1String(m_table))
                                .arg(m_id)
                                .arg(QString::fromUtf8(sqlite3_column_name(m_st, c)), reason));
    }

private:
    template <typename E> std::optional<E> lookup(int c, bool nullAllowed) {
        const int type = sqlite3_column_type(m_st, c);
        if (type == SQLITE_NULL) {
            if (!nullAllowed)
                bad(c, tr("a value is required"));
            return std::nullopt;
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, c));
        const int size = sqlite3_column_bytes(m_st, c);
        for (const auto &[keyText, value] : keyTable<E>())
            if (keyText.size() == size && std::memcmp(keyText.constData(), p, size_t(size)) == 0)
                return value;
        bad(c, tr("\"%1\" is not a known key").arg(text(c).left(40)));
        return std::nullopt;
    }

    RowReader &m_reader;
    sqlite3_stmt *m_st;
    const char *m_table;
    qint64 m_id = 0;
};

RowReader::RowReader(sqlite3 *db, int maxProblems)
    : m_db(db)
    , m_maxProblems(std::max(1, maxProblems)) {}

void RowReader::addProblem(const QString &problem) {
    if (m_problemCount++ < m_maxProblems)
        m_problems << problem;
}

void RowReader::prepareFailed(const char *table) {
    m_structural = true;
    addProblem(tr("table %1 lacks the expected columns: %2")
                   .arg(QLatin1String(table), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

bool RowReader::finished(int rc, const char *table) {
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    m_sqliteError = rc;
    addProblem(tr("table %1 could not be read (%2)")
                   .arg(QLatin1String(table), QString::fromUtf8(sqlite3_errstr(rc))));
    return false;
}

qint64 RowReader::rowCount(const char *table) {
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    Statement st(m_db, sql.constData());
    return st.isValid() && st.step() == SQLITE_ROW ? sqlite3_column_int64(st.handle(), 0) : 0;
}

bool RowReader::read(PortfolioData &out) {
    out = PortfolioData();
    return readInfo(out.info) && readIcps(out.icps) && readPartners(out.partners) &&
           readLinks(out.links) && readDeals(out.oemDeals) &&
           readScenarios(out.scenarios, out.activeScenarioId) &&
           readSegmentRules(out.segmentRules) && readActivities(out.activities) &&
           readSalesDeals(out.deals) && m_problemCount == 0;
}

bool RowReader::readInfo(PortfolioInfo &info) {
    Statement st(m_db, "SELECT id, name, organization, currency, fiscal_year, notes "
                       "FROM portfolio ORDER BY id");
    if (!st.isValid()) {
        prepareFailed("portfolio");
        return false;
    }
    Cells cells(*this, st, "portfolio");
    int rows = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        cells.beginRow();
        if (++rows > 1) {
            cells.bad(0, tr("the table holds more than one row"));
            break;
        }
        info.name = cells.text(1);
        info.organization = cells.text(2);
        info.currency = cells.text(3);
        info.fiscalYear = cells.optionalInteger(4, 0, 9999).value_or(0);
        info.notes = cells.text(5);
    }
    return finished(rc, "portfolio");
}

bool RowReader::readIcps(std::vector<Icp> &icps) {
    Statement st(m_db,
                 "SELECT id, position, name, description, industries, size_band, regions, "
                 "buyer_roles, priority_weight, target_accounts, average_deal_size FROM icps");
    if (!st.isValid()) {
        prepareFailed("icps");
        return false;
    }
    const qint64 count = rowCount("icps");
    icps.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "icps");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Icp &icp = icps.emplace_back();
        icp.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        icp.name = cells.text(2);
        icp.description = cells.text(3);
        icp.industries = cells.list(4);
        icp.sizeBand = cells.text(5);
        icp.regions = cells.list(6);
        icp.buyerRoles = cells.list(7);
        icp.priorityWeight = cells.real(8);
        icp.targetAccounts = cells.integer(9);
        icp.averageDealSize = cells.real(10);
    }
    restoreOrder(icps, positions);
    return finished(rc, "icps");
}

bool RowReader::readPartners(std::vector<Partner> &partners) {
    Statement st(
        m_db, "SELECT id, position, name, website, model, status, tier, regions, industries, "
              "upstream_id, rating_market_reach, rating_strategic_fit, rating_capability, "
              "rating_commitment, rating_cost_to_serve, certifications, sourced_revenue, "
              "influenced_revenue, pipeline, deals_won, deals_lost, investment_mdf, "
              "investment_enablement, investment_incentives, investment_tech_support, "
              "enrolled_on, first_commercial_on, notes, decision, decision_owner, next_step, "
              "jcm_pricing_agreed, jcm_support, jcm_customer_success, jcm_renewal FROM partners");
    if (!st.isValid()) {
        prepareFailed("partners");
        return false;
    }
    const qint64 count = rowCount("partners");
    partners.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "partners");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Partner &p = partners.emplace_back();
        p.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        p.name = cells.text(2);
        p.website = cells.text(3);
        p.model = cells.optionalKey<PartnerModel>(4);
        p.status = cells.key<PartnerStatus>(5);
        p.tier = cells.key<PartnerTier>(6, PartnerTier::None);
        p.regions = cells.list(7);
        p.industries = cells.list(8);
        p.upstreamId = cells.reference(9);
        auto &r = p.ratings;
        r.marketReach = cells.optionalInteger(10, 1, 5);
        r.strategicFit = cells.optionalInteger(11, 1, 5);
        r.capability = cells.optionalInteger(12, 1, 5);
        r.commitment = cells.optionalInteger(13, 1, 5);
        r.costToServe = cells.optionalInteger(14, 1, 5);
        p.certifications = cells.integer(15);
        auto &e = p.economics;
        e.sourcedRevenue = cells.real(16);
        e.influencedRevenue = cells.real(17);
        e.pipeline = cells.real(18);
        e.dealsWon = cells.integer(19);
        e.dealsLost = cells.integer(20);
        e.investment.mdf = cells.real(21);
        e.investment.enablement = cells.real(22);
        e.investment.incentives = cells.real(23);
        e.investment.technicalSupport = cells.real(24);
        p.enrolledOn = cells.date(25);
        p.firstCommercialOn = cells.date(26);
        p.notes = cells.text(27);
        p.decision = cells.key<Decision>(28, Decision::None);
        p.decisionOwner = cells.text(29);
        p.nextStep = cells.text(30);
        auto &jcm = p.commercialModel;
        jcm.pricingAgreed = cells.boolean(31);
        jcm.support = cells.key<Owner>(32, Owner::Undefined);
        jcm.customerSuccess = cells.key<Owner>(33, Owner::Undefined);
        jcm.renewal = cells.key<Owner>(34, Owner::Undefined);
    }
    restoreOrder(partners, positions);
    return finished(rc, "partners");
}

bool RowReader::readLinks(std::vector<InfluenceLink> &links) {
    Statement st(m_db, "SELECT id, position, icp_id, partner_id, strength, role, "
                       "overlapping_accounts, notes FROM influence_links");
    if (!st.isValid()) {
        prepareFailed("influence_links");
        return false;
    }
    const qint64 count = rowCount("influence_links");
    links.reserve(size_t(count));
    std::vector<qint64> positions;
    positions.reserve(size_t(count));
    Cells cells(*this, st, "influence_links");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        InfluenceLink &l = links.emplace_back();
        l.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        l.icpId = cells.reference(2);
        l.partnerId = cells.reference(3);
        l.strength = cells.integer(4, 0, 5);
        l.role = cells.key<LinkRole>(5);
        l.overlappingAccounts = cells.optionalInteger(6);
        l.notes = cells.text(7);
    }
    restoreOrder(links, positions);
    return finished(rc, "influence_links");
}

bool RowReader::readDeals(std::vector<OemDeal> &deals) {
    Statement st(m_db, "SELECT id, position, partner_id, name, structure, needs_offer_faster, "
                       "technical_lead, reaches_new_segment, defendable_margin, per_unit_royalty, "
                       "annual_escalator_pct, minimum_annual, setup_fee, exit_clause, exclusive, "
                       "notes, tier_mode, cost_per_unit, min_margin_per_unit, brand_owner, "
                       "roadmap_aligned FROM oem_deals");
    if (!st.isValid()) {
        prepareFailed("oem_deals");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "oem_deals");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        OemDeal &d = deals.emplace_back();
        d.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        d.partnerId = cells.reference(2);
        d.name = cells.text(3);
        d.structure = cells.key<OemStructure>(4);
        d.needsOfferFaster = cells.boolean(5);
        d.technicalLead = cells.boolean(6);
        d.reachesNewSegment = cells.boolean(7);
        d.defendableMargin = cells.boolean(8);
        d.perUnitRoyalty = cells.real(9);
        d.annualEscalatorPct = cells.real(10);
        d.minimumAnnual = cells.real(11);
        d.setupFee = cells.real(12);
        d.exitClause = cells.text(13);
        d.exclusive = cells.boolean(14);
        d.notes = cells.text(15);
        d.tierMode = cells.key<RoyaltyTierMode>(16);
        d.costPerUnit = cells.real(17);
        d.minMarginPerUnit = cells.optionalReal(18);
        d.brandOwner = cells.key<Owner>(19, Owner::Undefined);
        d.roadmapAligned = cells.boolean(20);
        if (d.perUnitRoyalty < 0 || d.costPerUnit < 0 || d.minimumAnnual < 0 || d.setupFee < 0)
            cells.bad(9, tr("royalty amounts must not be negative"));
    }
    restoreOrder(deals, positions);
    return finished(rc, "oem_deals") && readTiers(deals) && readScoreboard(deals) &&
           readVolumes(deals);
}

namespace {
/// Rows by id, for child tables (tiers, scoreboard, weights, overrides) that name their parent.
template <typename T> QHash<Id, T *> rowsById(std::vector<T> &rows) {
    QHash<Id, T *> byId;
    byId.reserve(qsizetype(rows.size()));
    for (T &row : rows)
        byId.insert(row.id, &row);
    return byId;
}
} // namespace

bool RowReader::readTiers(std::vector<OemDeal> &deals) {
    Statement st(m_db, "SELECT deal_id, from_units, per_unit FROM oem_royalty_tiers "
                       "ORDER BY deal_id, position");
    if (!st.isValid()) {
        prepareFailed("oem_royalty_tiers");
        return false;
    }
    const QHash<Id, OemDeal *> byId = rowsById(deals);
    Cells cells(*this, st, "oem_royalty_tiers");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        OemDeal *deal = byId.value(cells.beginRow());
        if (!deal) {
            cells.bad(0, tr("no OEM deal has this id"));
            continue;
        }
        deal->tiers.push_back({cells.integer(1), cells.real(2)});
    }
    return finished(rc, "oem_royalty_tiers");
}

bool RowReader::readScoreboard(std::vector<OemDeal> &deals) {
    Statement st(m_db, "SELECT deal_id, period, integrations_validated, devices_validated, "
                       "co_marketing_activities, devices_in_field, devices_preloaded "
                       "FROM oem_scoreboard ORDER BY deal_id, position");
    if (!st.isValid()) {
        prepareFailed("oem_scoreboard");
        return false;
    }
    const QHash<Id, OemDeal *> byId = rowsById(deals);
    Cells cells(*this, st, "oem_scoreboard");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        OemDeal *deal = byId.value(cells.beginRow());
        if (!deal) {
            cells.bad(0, tr("no OEM deal has this id"));
            continue;
        }
        ScoreboardEntry &s = deal->scoreboard.emplace_back();
        s.period = cells.date(1);
        s.integrationsValidated = cells.integer(2);
        s.devicesValidated = cells.integer(3);
        s.coMarketingActivities = cells.integer(4);
        s.devicesInField = cells.integer(5);
        s.devicesPreloaded = cells.integer(6);
    }
    return finished(rc, "oem_scoreboard");
}

bool RowReader::readScenarios(std::vector<Scenario> &scenarios, Id &activeId) {
    {
        Statement st(m_db, "SELECT id, active_scenario_id FROM portfolio ORDER BY id");
        if (!st.isValid()) {
            prepareFailed("portfolio");
            return false;
        }
        Cells cells(*this, st, "portfolio");
        const int rc = st.step();
        if (rc == SQLITE_ROW) {
            cells.beginRow();
            activeId = cells.reference(1);
        }
        if (!finished(rc, "portfolio"))
            return false;
    }
    Statement st(m_db, "SELECT id, position, name, potential_threshold, readiness_threshold "
                       "FROM scenarios");
    if (!st.isValid()) {
        prepareFailed("scenarios");
        return false;
    }
    // A weight row missing from a file edited elsewhere keeps its model's default weight.
    std::array<WeightProfile, ProfileCount> defaults;
    defaults[size_t(profileIndex(std::nullopt))] = defaultProfile(std::nullopt);
    for (PartnerModel model : enumValues<PartnerModel>())
        defaults[size_t(profileIndex(model))] = defaultProfile(model);
    std::vector<qint64> positions;
    Cells cells(*this, st, "scenarios");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Scenario &s = scenarios.emplace_back();
        s.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        s.name = cells.text(2);
        s.potentialThreshold = cells.real(3);
        s.readinessThreshold = cells.real(4);
        s.profiles = defaults;
    }
    restoreOrder(scenarios, positions);
    return finished(rc, "scenarios") && readScenarioWeights(scenarios) &&
           readScenarioOverrides(scenarios);
}

bool RowReader::readScenarioWeights(std::vector<Scenario> &scenarios) {
    // rowid names the row in messages: the table's key has three columns.
    Statement st(m_db, "SELECT rowid, scenario_id, model, criterion, weight FROM "
                       "scenario_weights");
    if (!st.isValid()) {
        prepareFailed("scenario_weights");
        return false;
    }
    const QHash<Id, Scenario *> byId = rowsById(scenarios);
    Cells cells(*this, st, "scenario_weights");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        cells.beginRow();
        Scenario *scenario = byId.value(sqlite3_column_int64(st.handle(), 1));
        if (!scenario) {
            cells.bad(1, tr("no scenario has this id"));
            continue;
        }
        const int problemsBefore = m_problemCount;
        const std::optional<PartnerModel> model = cells.optionalKey<PartnerModel>(2);
        const Criterion criterion = cells.key<Criterion>(3);
        const double weight = cells.real(4);
        if (m_problemCount == problemsBefore)
            scenario->profiles[size_t(profileIndex(model))].setWeight(criterion, weight);
    }
    return finished(rc, "scenario_weights");
}

bool RowReader::readScenarioOverrides(std::vector<Scenario> &scenarios) {
    Statement st(m_db, "SELECT rowid, scenario_id, partner_id, quadrant, note "
                       "FROM scenario_overrides ORDER BY scenario_id, position");
    if (!st.isValid()) {
        prepareFailed("scenario_overrides");
        return false;
    }
    const QHash<Id, Scenario *> byId = rowsById(scenarios);
    Cells cells(*this, st, "scenario_overrides");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        cells.beginRow();
        Scenario *scenario = byId.value(sqlite3_column_int64(st.handle(), 1));
        if (!scenario) {
            cells.bad(1, tr("no scenario has this id"));
            continue;
        }
        QuadrantOverride &o = scenario->overrides.emplace_back();
        o.partnerId = cells.reference(2);
        o.quadrant = cells.key<Quadrant>(3);
        o.note = cells.text(4);
    }
    return finished(rc, "scenario_overrides");
}

bool RowReader::readSegmentRules(std::vector<SegmentRule> &rules) {
    Statement st(m_db, "SELECT id, position, name, conditions FROM segment_rules");
    if (!st.isValid()) {
        prepareFailed("segment_rules");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "segment_rules");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        SegmentRule &rule = rules.emplace_back();
        rule.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        rule.name = cells.text(2);
        const auto *json = static_cast<const char *>(sqlite3_column_blob(st.handle(), 3));
        QString error;
        const auto conditions = SegmentRuleJson::read(
            QByteArray(json ? json : "", sqlite3_column_bytes(st.handle(), 3)), &error);
        if (!conditions) {
            cells.bad(3, error);
            continue;
        }
        // An ICP id of a deleted ICP is kept: it matches nobody, and refusing the file over it
        // would lock the user out of a portfolio the application itself saved.
        rule.conditions = *conditions;
    }
    restoreOrder(rules, positions);
    return finished(rc, "segment_rules");
}

bool RowReader::readVolumes(std::vector<OemDeal> &deals) {
    Statement st(m_db, "SELECT deal_id, year, units FROM oem_volumes ORDER BY deal_id, year");
    if (!st.isValid()) {
        prepareFailed("oem_volumes");
        return false;
    }
    const QHash<Id, OemDeal *> byId = rowsById(deals);
    Cells cells(*this, st, "oem_volumes");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        OemDeal *deal = byId.value(cells.beginRow());
        if (!deal) {
            cells.bad(0, tr("no OEM deal has this id"));
            continue;
        }
        // Years are 1, 2, 3... without gaps: the volume curve is a list.
        const int year = cells.integer(1, 1, 1000);
        const double units = cells.real(2);
        if (year != int(deal->volumes.size()) + 1) {
            cells.bad(1, tr("year %1 does not follow year %2").arg(year).arg(deal->volumes.size()));
            continue;
        }
        if (units < 0)
            cells.bad(2, tr("the number of units is negative"));
        deal->volumes.push_back(units);
    }
    return finished(rc, "oem_volumes");
}

bool RowReader::readActivities(std::vector<Activity> &activities) {
    activities.reserve(size_t(qMax<qint64>(0, rowCount("activities"))));
    Statement st(m_db, "SELECT id, position, partner_id, date, kind, notes FROM activities");
    if (!st.isValid()) {
        prepareFailed("activities");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "activities");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Activity &a = activities.emplace_back();
        a.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        a.partnerId = cells.reference(2);
        a.date = cells.date(3);
        if (!a.date.isValid())
            cells.bad(3, tr("a date is required"));
        a.kind = cells.key<ActivityKind>(4);
        a.notes = cells.text(5);
    }
    restoreOrder(activities, positions);
    return finished(rc, "activities");
}

bool RowReader::readSalesDeals(std::vector<Deal> &deals) {
    deals.reserve(size_t(qMax<qint64>(0, rowCount("deals"))));
    Statement st(m_db, "SELECT id, position, name, partner_id, icp_id, amount, outcome, "
                       "created_on, closed_on FROM deals");
    if (!st.isValid()) {
        prepareFailed("deals");
        return false;
    }
    std::vector<qint64> positions;
    Cells cells(*this, st, "deals");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW && !full()) {
        Deal &d = deals.emplace_back();
        d.id = cells.beginRow();
        positions.push_back(sqlite3_column_int64(st.handle(), 1));
        d.name = cells.text(2);
        d.partnerId = cells.reference(3);
        d.icpId = cells.reference(4);
        d.amount = cells.real(5);
        if (d.amount < 0)
            cells.bad(5, tr("the amount is negative"));
        d.outcome = cells.key<DealOutcome>(6);
        d.createdOn = cells.date(7);
        d.closedOn = cells.date(8);
    }
    restoreOrder(deals, positions);
    return finished(rc, "deals");
}

} // namespace ps
