// SPDX-License-Identifier: GPL-3.0-or-later
// PortfolioFile::save: a complete new database beside the target, synced, renamed over it.
#include "storage/portfoliofile.h"

#include "storage/schema.h"
#include "storage/segmentrulejson.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ps::PortfolioFile {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ps::PortfolioFile", text);
}

QString joinList(const QStringList &items) {
    return items.join(QStringLiteral("; "));
}

void bindDate(Statement &st, int index, const QDate &date) {
    if (date.isValid())
        st.bindText(index, date.toString(Qt::ISODate));
    else
        st.bindNull(index);
}

void bindOptional(Statement &st, int index, const std::optional<int> &value) {
    if (value)
        st.bindInt(index, *value);
    else
        st.bindNull(index);
}

/// Binds the key of an enumeration whose first value means "none" as NULL for that value.
template <typename E> void bindKeyOrNull(Statement &st, int index, E value) {
    st.bindTextOrNull(index, toKey(value));
}

/// Which program wrote the file, for people inspecting it; loading never depends on it.
bool writeMeta(sqlite3 *db) {
    Statement st(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('written_by', ?1)");
    if (!st.isValid())
        return false;
    st.bindText(1, QStringLiteral("Partnerscope " PARTNERSCOPE_VERSION));
    return st.execute();
}

bool writeInfo(sqlite3 *db, const PortfolioInfo &info) {
    Statement st(db, "UPDATE portfolio SET name = ?1, organization = ?2, currency = ?3, "
                     "fiscal_year = ?4, notes = ?5 WHERE id = 1");
    if (!st.isValid())
        return false;
    st.bindText(1, info.name);
    st.bindText(2, info.organization);
    st.bindText(3, info.currency);
    if (info.fiscalYear != 0)
        st.bindInt(4, info.fiscalYear);
    else
        st.bindNull(4);
    st.bindText(5, info.notes);
    return st.execute();
}

bool writeIcps(sqlite3 *db, const std::vector<Icp> &icps) {
    Statement st(db, "INSERT INTO icps (id, position, name, description, industries, size_band, "
                     "regions, buyer_roles, priority_weight, target_accounts, average_deal_size) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const Icp &icp : icps) {
        st.bindInt(1, icp.id);
        st.bindInt(2, position++);
        st.bindText(3, icp.name);
        st.bindText(4, icp.description);
        st.bindText(5, joinList(icp.industries));
        st.bindText(6, icp.sizeBand);
        st.bindText(7, joinList(icp.regions));
        st.bindText(8, joinList(icp.buyerRoles));
        st.bindDouble(9, icp.priorityWeight);
        st.bindInt(10, icp.targetAccounts);
        st.bindDouble(11, icp.averageDealSize);
        if (!st.execute())
            return false;
    }
    return true;
}

bool writePartners(sqlite3 *db, const std::vector<Partner> &partners) {
    Statement st(db, "INSERT INTO partners (id, position, name, website, model, status, tier, "
                     "regions, industries, upstream_id, rating_market_reach, rating_strategic_fit, "
                     "rating_capability, rating_commitment, rating_cost_to_serve, certifications, "
                     "sourced_revenue, influenced_revenue, pipeline, deals_won, deals_lost, "
                     "investment_mdf, investment_enablement, investment_incentives, "
                     "investment_tech_support, enrolled_on, first_commercial_on, notes, decision, "
                     "decision_owner, next_step, jcm_pricing_agreed, jcm_support, "
                     "jcm_customer_success, jcm_renewal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                     "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
                     "?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const Partner &p : partners) {
        const auto &r = p.ratings;
        const auto &e = p.economics;
        const auto &jcm = p.commercialModel;
        st.bindInt(1, p.id);
        st.bindInt(2, position++);
        st.bindText(3, p.name);
        st.bindText(4, p.website);
        if (p.model)
            st.bindText(5, toKey(*p.model));
        else
            st.bindNull(5);
        st.bindText(6, toKey(p.status));
        bindKeyOrNull(st, 7, p.tier);
        st.bindText(8, joinList(p.regions));
        st.bindText(9, joinList(p.industries));
        if (p.upstreamId != 0)
            st.bindInt(10, p.upstreamId);
        else
            st.bindNull(10);
        bindOptional(st, 11, r.marketReach);
        bindOptional(st, 12, r.strategicFit);
        bindOptional(st, 13, r.capability);
        bindOptional(st, 14, r.commitment);
        bindOptional(st, 15, r.costToServe);
        st.bindInt(16, p.certifications);
        st.bindDouble(17, e.sourcedRevenue);
        st.bindDouble(18, e.influencedRevenue);
        st.bindDouble(19, e.pipeline);
        st.bindInt(20, e.dealsWon);
        st.bindInt(21, e.dealsLost);
        st.bindDouble(22, e.investment.mdf);
        st.bindDouble(23, e.investment.enablement);
        st.bindDouble(24, e.investment.incentives);
        st.bindDouble(25, e.investment.technicalSupport);
        bindDate(st, 26, p.enrolledOn);
        bindDate(st, 27, p.firstCommercialOn);
        st.bindText(28, p.notes);
        bindKeyOrNull(st, 29, p.decision);
        st.bindText(30, p.decisionOwner);
        st.bindText(31, p.nextStep);
        st.bindInt(32, jcm.pricingAgreed ? 1 : 0);
        bindKeyOrNull(st, 33, jcm.support);
        bindKeyOrNull(st, 34, jcm.customerSuccess);
        bindKeyOrNull(st, 35, jcm.renewal);
        if (!st.execute())
            return false;
    }
    return true;
}

bool writeLinks(sqlite3 *db, const std::vector<InfluenceLink> &links) {
    Statement st(db, "INSERT INTO influence_links (id, position, icp_id, partner_id, strength, "
                     "role, overlapping_accounts, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const InfluenceLink &l : links) {
        st.bindInt(1, l.id);
        st.bindInt(2, position++);
        st.bindInt(3, l.icpId);
        st.bindInt(4, l.partnerId);
        st.bindInt(5, l.strength);
        st.bindText(6, toKey(l.role));
        bindOptional(st, 7, l.overlappingAccounts);
        st.bindText(8, l.notes);
        if (!st.execute())
            return false;
    }
    return true;
}

bool writeVolumes(const OemDeal &d, Statement &volumes) {
    int year = 1;
    for (double units : d.volumes) {
        volumes.bindInt(1, d.id);
        volumes.bindInt(2, year++);
        volumes.bindDouble(3, units);
        if (!volumes.execute())
            return false;
    }
    return true;
}

bool writeDealDetails(const OemDeal &d, Statement &tiers, Statement &scores) {
    qint64 position = 0;
    for (const RoyaltyTier &t : d.tiers) {
        tiers.bindInt(1, d.id);
        tiers.bindInt(2, position++);
        tiers.bindInt(3, t.fromUnits);
        tiers.bindDouble(4, t.perUnit);
        if (!tiers.execute())
            return false;
    }
    position = 0;
    for (const ScoreboardEntry &s : d.scoreboard) {
        scores.bindInt(1, d.id);
        scores.bindInt(2, position++);
        bindDate(scores, 3, s.period);
        scores.bindInt(4, s.integrationsValidated);
        scores.bindInt(5, s.devicesValidated);
        scores.bindInt(6, s.coMarketingActivities);
        scores.bindInt(7, s.devicesInField);
        scores.bindInt(8, s.devicesPreloaded);
        if (!scores.execute())
            return false;
    }
    return true;
}

bool writeDeals(sqlite3 *db, const std::vector<OemDeal> &deals) {
    Statement st(db,
                 "INSERT INTO oem_deals (id, position, partner_id, name, structure, "
                 "needs_offer_faster, technical_lead, reaches_new_segment, defendable_margin, "
                 "per_unit_royalty, annual_escalator_pct, minimum_annual, setup_fee, "
                 "exit_clause, exclusive, notes, tier_mode, cost_per_unit, min_margin_per_unit, "
                 "brand_owner, roadmap_aligned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                 "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
    Statement volumes(db, "INSERT INTO oem_volumes (deal_id, year, units) VALUES (?1, ?2, ?3)");
    Statement tiers(db, "INSERT INTO oem_royalty_tiers (deal_id, position, from_units, per_unit) "
                        "VALUES (?1, ?2, ?3, ?4)");
    Statement scores(db, "INSERT INTO oem_scoreboard (deal_id, position, period, "
                         "integrations_validated, devices_validated, co_marketing_activities, "
                         "devices_in_field, devices_preloaded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                         "?7, ?8)");
    if (!st.isValid() || !tiers.isValid() || !scores.isValid() || !volumes.isValid())
        return false;
    qint64 position = 0;
    for (const OemDeal &d : deals) {
        st.bindInt(1, d.id);
        st.bindInt(2, position++);
        st.bindInt(3, d.partnerId);
        st.bindText(4, d.name);
        st.bindText(5, toKey(d.structure));
        st.bindInt(6, d.needsOfferFaster ? 1 : 0);
        st.bindInt(7, d.technicalLead ? 1 : 0);
        st.bindInt(8, d.reachesNewSegment ? 1 : 0);
        st.bindInt(9, d.defendableMargin ? 1 : 0);
        st.bindDouble(10, d.perUnitRoyalty);
        st.bindDouble(11, d.annualEscalatorPct);
        st.bindDouble(12, d.minimumAnnual);
        st.bindDouble(13, d.setupFee);
        st.bindText(14, d.exitClause);
        st.bindInt(15, d.exclusive ? 1 : 0);
        st.bindText(16, d.notes);
        st.bindText(17, toKey(d.tierMode));
        st.bindDouble(18, d.costPerUnit);
        if (d.minMarginPerUnit)
            st.bindDouble(19, *d.minMarginPerUnit);
        else
            st.bindNull(19);
        bindKeyOrNull(st, 20, d.brandOwner);
        st.bindInt(21, d.roadmapAligned ? 1 : 0);
        if (!st.execute() || !writeDealDetails(d, tiers, scores) || !writeVolumes(d, volumes))
            return false;
    }
    return true;
}

bool writeActivities(sqlite3 *db, const std::vector<Activity> &activities) {
    Statement st(db, "INSERT INTO activities (id, position, partner_id, date, kind, notes) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const Activity &a : activities) {
        st.bindInt(1, a.id);
        st.bindInt(2, position++);
        st.bindInt(3, a.partnerId);
        bindDate(st, 4, a.date);
        st.bindText(5, toKey(a.kind));
        st.bindText(6, a.notes);
        if (!st.execute())
            return false;
    }
    return true;
}

bool writeSalesDeals(sqlite3 *db, const std::vector<Deal> &deals) {
    Statement st(db, "INSERT INTO deals (id, position, name, partner_id, icp_id, amount, outcome, "
                     "created_on, closed_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const Deal &d : deals) {
        st.bindInt(1, d.id);
        st.bindInt(2, position++);
        st.bindText(3, d.name);
        if (d.partnerId != 0)
            st.bindInt(4, d.partnerId);
        else
            st.bindNull(4);
        if (d.icpId != 0)
            st.bindInt(5, d.icpId);
        else
            st.bindNull(5);
        st.bindDouble(6, d.amount);
        st.bindText(7, toKey(d.outcome));
        bindDate(st, 8, d.createdOn);
        bindDate(st, 9, d.closedOn);
        if (!st.execute())
            return false;
    }
    return true;
}

/// The profile a weight row belongs to: a partner model key, or '' for the neutral profile.
QString profileKey(size_t index) {
    const auto &models = enumValues<PartnerModel>();
    for (PartnerModel model : models)
        if (size_t(profileIndex(model)) == index)
            return toKey(model);
    return QString();
}

bool writeScenarios(sqlite3 *db, const std::vector<Scenario> &scenarios, Id activeId) {
    Statement st(db, "INSERT INTO scenarios (id, position, name, potential_threshold, "
                     "readiness_threshold) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement weights(db, "INSERT INTO scenario_weights (scenario_id, model, criterion, weight) "
                          "VALUES (?1, ?2, ?3, ?4)");
    Statement overrides(db, "INSERT INTO scenario_overrides (scenario_id, position, partner_id, "
                            "quadrant, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement active(db, "UPDATE portfolio SET active_scenario_id = ?1 WHERE id = 1");
    if (!st.isValid() || !weights.isValid() || !overrides.isValid() || !active.isValid())
        return false;
    // Keys as text once, not once per scenario.
    QStringList profileKeys;
    for (size_t p = 0; p < size_t(ProfileCount); ++p)
        profileKeys << profileKey(p);
    QStringList criterionKeys;
    for (Criterion c : enumValues<Criterion>())
        criterionKeys << toKey(c);
    qint64 position = 0;
    for (const Scenario &s : scenarios) {
        st.bindInt(1, s.id);
        st.bindInt(2, position++);
        st.bindText(3, s.name);
        st.bindDouble(4, s.potentialThreshold);
        st.bindDouble(5, s.readinessThreshold);
        if (!st.execute())
            return false;
        for (size_t p = 0; p < s.profiles.size(); ++p)
            for (Criterion c : enumValues<Criterion>()) {
                weights.bindInt(1, s.id);
                weights.bindText(2, profileKeys.at(qsizetype(p)));
                weights.bindText(3, criterionKeys.at(qsizetype(c)));
                weights.bindDouble(4, s.profiles[p].weight(c));
                if (!weights.execute())
                    return false;
            }
        qint64 overridePosition = 0;
        for (const QuadrantOverride &o : s.overrides) {
            overrides.bindInt(1, s.id);
            overrides.bindInt(2, overridePosition++);
            overrides.bindInt(3, o.partnerId);
            overrides.bindText(4, toKey(o.quadrant));
            overrides.bindText(5, o.note);
            if (!overrides.execute())
                return false;
        }
    }
    if (activeId != 0)
        active.bindInt(1, activeId);
    else
        active.bindNull(1);
    return active.execute();
}

bool writeSegmentRules(sqlite3 *db, const std::vector<SegmentRule> &rules) {
    Statement st(db, "INSERT INTO segment_rules (id, position, name, conditions) "
                     "VALUES (?1, ?2, ?3, ?4)");
    if (!st.isValid())
        return false;
    qint64 position = 0;
    for (const SegmentRule &rule : rules) {
        st.bindInt(1, rule.id);
        st.bindInt(2, position++);
        st.bindText(3, rule.name);
        st.bindText(4, QString::fromUtf8(SegmentRuleJson::write(rule.conditions)));
        if (!st.execute())
            return false;
    }
    return true;
}

bool isDiskFull(int sqliteCode, int systemErrno) {
    return (sqliteCode & 0xff) == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EFBIG ||
           systemErrno == EDQUOT;
}

bool fillDatabase(SqliteDb &db, const PortfolioData &data, QString *error);

/// Builds the whole database in the (empty) file at `tempPath`.
bool writeDatabase(const PortfolioData &data, const QString &tempPath, QString *error) {
    SqliteDb db;
    if (db.open(tempPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX) !=
        SQLITE_OK) {
        *error = db.errorMessage();
        return false;
    }
    // The limit opening applies: a value beyond it fails the save instead of writing a file
    // that would not open again.
    sqlite3_limit(db.handle(), SQLITE_LIMIT_LENGTH, MaxValueBytes);
    if (fillDatabase(db, data, error))
        return true;
    const int code = db.errorCode();
    // A short write is SQLITE_FULL for ENOSPC but a plain I/O error for EFBIG or EDQUOT; the
    // file's own last errno tells them apart from a failing disk.
    int lastErrno = 0;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_LAST_ERRNO, &lastErrno);
    if (isDiskFull(code, lastErrno))
        *error = tr("the disk is full (%1)").arg(db.errorMessage());
    else if ((code & 0xff) == SQLITE_TOOBIG || lastBindError() == SQLITE_TOOBIG)
        *error = tr("a name, note or other text is longer than the %1 MB a row may hold")
                     .arg(MaxValueBytes >> 20);
    return false;
}

bool fillDatabase(SqliteDb &db, const PortfolioData &data, QString *error) {
    // No journal and no syncing inside SQLite: the file is private until the rename, and it is
    // fsync'ed as a whole before that, so a crash can only leave a stray temporary file.
    if (!db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                 "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -32768;",
                 error) ||
        !Schema::migrate(db.handle(), 0, error))
        return false;
    // Foreign keys are checked once, after all rows are in: checking them row by row triples the
    // time of a large save, and a partner may name an upstream partner saved after it.
    const bool written =
        db.exec("BEGIN", error) && writeMeta(db.handle()) && writeInfo(db.handle(), data.info) &&
        writeIcps(db.handle(), data.icps) && writePartners(db.handle(), data.partners) &&
        writeLinks(db.handle(), data.links) && writeDeals(db.handle(), data.oemDeals) &&
        writeScenarios(db.handle(), data.scenarios, data.activeScenarioId) &&
        writeSegmentRules(db.handle(), data.segmentRules) &&
        writeActivities(db.handle(), data.activities) && writeSalesDeals(db.handle(), data.deals);
    if (!written) {
        if ((db.errorCode() & 0xff) == SQLITE_CONSTRAINT)
            *error = tr("two rows share an id (%1)").arg(db.errorMessage());
        else if (error->isEmpty())
            *error = db.errorMessage();
        return false;
    }
    if (db.queryInt("SELECT count(*) FROM pragma_foreign_key_check", -1) != 0) {
        *error = tr("a link, deal, override or upstream partner refers to a row that does not "
                    "exist");
        return false;
    }
    if (!db.exec("COMMIT", error))
        return false;
    if (db.close() != SQLITE_OK) {
        *error = tr("the database could not be closed");
        return false;
    }
    return true;
}

bool syncPath(const QString &path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

QString quoted(const QString &path) {
    return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
}

/// Where to write: through a symbolic link to the file it points at, so the link survives.
QString resolveTarget(const QString &path) {
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.symLinkTarget();
        if (!target.isEmpty())
            return target;
    }
    return info.absoluteFilePath();
}

} // namespace

bool save(const PortfolioData &data, const QString &path, QString *message) {
    auto fail = [&](const QString &reason) {
        if (message)
            *message = tr("Could not save %1: %2.").arg(quoted(path), reason);
        return false;
    };
    const QString target = resolveTarget(path);
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return fail(tr("a folder of that name exists"));
    // Someone marked the file read-only (or it is not ours to replace): saving over it would
    // work for root and defeat the point, so it is refused for everyone.
    if (targetInfo.exists() && !readOnlyReason(target).isEmpty())
        return fail(tr("it is read-only; save it under another name"));

    QTemporaryFile temp(targetInfo.absolutePath() + QLatin1String("/.") + targetInfo.fileName() +
                        QLatin1String(".XXXXXX.tmp"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return fail(tr("cannot create a file in its folder (%1)").arg(temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    // Keep the permissions of the file we replace; a new file gets the usual rw-r--r--.
    temp.setPermissions(targetInfo.exists() ? targetInfo.permissions()
                                            : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther);

    QString error;
    if (!writeDatabase(data, tempPath, &error))
        return fail(error.isEmpty() ? tr("the database could not be written") : error);
    if (!syncPath(tempPath, O_RDWR))
        return fail((isDiskFull(0, errno) ? tr("the disk is full (%1)")
                                          : tr("the new file could not be flushed to disk (%1)"))
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) !=
        0)
        return fail(tr("the new file could not replace the old one (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    temp.setAutoRemove(false);
    // The rename is only durable once the directory entry is on disk. If this sync fails the
    // file is complete either way, so saving still succeeded.
    syncPath(targetInfo.absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace ps::PortfolioFile
