// SPDX-License-Identifier: GPL-3.0-or-later
// Deals from a CRM export (and, for Salesforce, its OpportunityPartner export): the buyer, the
// stage and outcome, the partners on each deal with what each did, and re-imports by CRM id.
#include "core/import/importplan_p.h"
#include "core/import/parallel.h"

#include <QSet>

#include <algorithm>
#include <atomic>
#include <memory>

namespace ps::import::detail {
namespace {

using DF = DealField;
using PF = DealPartnerField;

/// A partner on a deal before the attribution rule decides its role.
struct Candidate {
    int partnerRow = -1;
    QString crmRole;
    bool primary = false;
};

/// One row of the opportunity-partner file.
struct LinkedRow {
    int line = 0;
    int partnerRow = -1; ///< -1: the partner account is not in the portfolio
    QString deal;        ///< the opportunity id
    QString partnerId;
    QString role;
    bool primary = false;
    int next = -1;    ///< the next row of the same opportunity
    bool bad = false; ///< the row is not read: `error` is the error of its line
    QString error;
    int errorColumn = -1; ///< the column the error names
};

bool containsAny(const QString &text, const QStringList &words) {
    for (const QString &word : words)
        if (!word.trimmed().isEmpty() && text.contains(word.trimmed(), Qt::CaseInsensitive))
            return true;
    return false;
}

/// A pure function of a cell's text, computed once per distinct text. The reader shares one
/// QString among the rows that repeat a value (a stage, a lead source, a role), so a text seen
/// lately is recognised by its data before any hashing; the slot holds a reference, so that
/// data cannot change or be reused meanwhile.
template <typename V> class TextMemo {
public:
    template <typename F> V operator()(const QString &text, F compute) {
        Slot &slot = m_recent[(quintptr(text.constData()) >> 4) % Recent];
        if (slot.used && slot.text.constData() == text.constData() &&
            slot.text.size() == text.size())
            return slot.value;
        auto it = m_known.constFind(text);
        if (it == m_known.constEnd())
            it = m_known.insert(text, compute(text));
        slot = {text, *it, true};
        return *it;
    }

private:
    static constexpr quintptr Recent = 16;
    struct Slot {
        QString text;
        V value{};
        bool used = false;
    };
    Slot m_recent[Recent];
    QHash<QString, V> m_known;
};

/// containsAny() once per distinct text: lead sources and CRM roles repeat a million times.
class WordMatch {
public:
    explicit WordMatch(const QStringList &words)
        : m_words(words) {}
    bool operator()(const QString &text) {
        if (text.isEmpty())
            return containsAny(text, m_words);
        return m_known(text, [this](const QString &t) { return containsAny(t, m_words); });
    }

private:
    QStringList m_words;
    TextMemo<bool> m_known;
};

/// What one thread of a plan remembers about texts that repeat: the outcome of each stage
/// and whether a lead source or role names a partner.
struct TextCaches {
    explicit TextCaches(const AttributionRule &rule)
        : leadSourced(rule.leadSourceWords)
        , roleSourced(rule.sourcedRoleWords) {}
    TextMemo<DealOutcome> stages;
    WordMatch leadSourced;
    WordMatch roleSourced;
};

class DealPlanner : public PlannerBase {
public:
    DealPlanner(const csv::Table &table, const Mapping &mapping, const PortfolioData &data,
                const LinkedFile &linked)
        : PlannerBase(table, mapping, data)
        , m_linked(linked)
        , m_partners(data.partners) {}

    ImportPlan run(const csv::Progress &progress) {
        indexPortfolio();
        readLinkedFile();
        m_partnersKnown = m_linked.table != nullptr;
        for (DF f : {DF::Partners, DF::PartnerIds, DF::Companies, DF::CompanyIds})
            m_partnersKnown = m_partnersKnown || m_mapping.columnOf(int(f)) >= 0;
        const qsizetype total = qsizetype(m_table.records.size());
        // Every row is mapped on its own (in parallel, in contiguous ranges); duplicates are
        // then found in file order, so the plan is the same on any number of cores.
        m_plan.rows.resize(size_t(total));
        const int parts = partsFor(total, 8192);
        std::vector<TextCaches> caches;
        caches.reserve(size_t(parts));
        for (int part = 0; part < parts; ++part)
            caches.emplace_back(m_mapping.attribution);
        std::vector<DuplicateKey> keys(static_cast<size_t>(total));
        std::atomic<bool> stop{false};
        runParts(parts, [&](int part) {
            const qsizetype begin = partBegin(total, parts, part);
            const qsizetype end = partBegin(total, parts, part + 1);
            for (qsizetype i = begin; i < end; ++i) {
                if ((i - begin) % ProgressEvery == 0) {
                    if (stop.load(std::memory_order_relaxed))
                        return;
                    // The calling thread reports for all: its share of the work times the parts.
                    if (part == 0 && progress &&
                        !progress(std::min<qint64>(qint64(i) * parts, total), total)) {
                        stop.store(true, std::memory_order_relaxed);
                        return;
                    }
                }
                const csv::Record &record = m_table.records[size_t(i)];
                PlannedRow &row = m_plan.rows[size_t(i)];
                row.line = record.line;
                checkExtraCells(record, row);
                mapDeal(record, row, caches[size_t(part)]);
                markValid(row);
                if (row.valid) { // the duplicate key, made here where it is parallel
                    DuplicateKey &key = keys[size_t(i)];
                    key.text = row.deal().crm.isSet() ? row.deal().crm.id : contentKey(row.deal());
                    key.hash = StringIndex<int>::hashOf(key.text);
                }
            }
        });
        if (stop.load()) {
            m_plan.cancelled = true;
            m_plan.rows.clear();
            return std::move(m_plan);
        }
        m_fileCrm.reserve(total);
        for (qsizetype i = 0; i < total; ++i) {
            if (i + 8 < total) // the table is bigger than any cache: ask for a slot ahead
                m_fileCrm.prefetch(keys[size_t(i) + 8].hash);
            PlannedRow &row = m_plan.rows[size_t(i)];
            countAmbiguous(row);
            if (row.valid)
                findDuplicate(row, int(i), keys[size_t(i)]);
        }
        if (m_linked.table)
            finishLinkedFile();
        if (progress)
            progress(total, total);
        return std::move(m_plan);
    }

private:
    void indexPortfolio() {
        // Record ids are keys within the file's CRM; a deal from another CRM cannot be the same
        // record, and one typed in Partnerscope is matched by its content.
        const CrmSource source = m_mapping.source();
        m_existingCrm.reserve(qsizetype(m_data.deals.size()));
        for (size_t i = 0; i < m_data.deals.size(); ++i) {
            const Deal &d = m_data.deals[i];
            if (d.crm.isSet()) {
                if (d.crm.source == source)
                    m_existingCrm.insertFirst(d.crm.id, int(i));
            } else {
                m_existingContent.insertFirst(contentKey(d), int(i));
            }
        }
        for (size_t i = 0; i < m_data.icps.size(); ++i)
            m_icpByName.insert(typeValueKey(m_data.icps[i].name), int(i));
    }

    static QString contentKey(const Deal &d) {
        return d.name.simplified().toCaseFolded() + QLatin1Char('\x1f') +
               d.createdOn.toString(Qt::ISODate);
    }

    /// The opportunity-partner file: its rows, chained by opportunity id (one hash entry per
    /// opportunity, no list per opportunity: a million of them would be a million allocations).
    /// A row naming an opportunity the deals file does not have is an error of that file
    /// (finishLinkedFile(), once every deal has claimed its rows).
    void readLinkedFile() {
        if (!m_linked.table)
            return;
        const csv::Table &t = *m_linked.table;
        const Mapping &m = m_linked.mapping;
        m_plan.linkedRows = int(t.records.size());
        const int dealColumn = m.columnOf(int(PF::Deal));
        const int partnerColumn = m.columnOf(int(PF::Partner));
        const int roleColumn = m.columnOf(int(PF::Role));
        const int primaryColumn = m.columnOf(int(PF::IsPrimary));
        const auto cellOf = [](const csv::Record &r, int c) {
            return c >= 0 && c < r.fields.size() ? cellText(r.fields[c]) : QString();
        };
        // Each row is read on its own, in parallel (cells, flag, partner, the hash of its
        // opportunity id); then, in file order, errors are reported and rows chained.
        const qsizetype count = qsizetype(t.records.size());
        std::vector<LinkedRow> rows(static_cast<size_t>(count));
        std::vector<size_t> hashes(static_cast<size_t>(count));
        const CrmSource source = m.source();
        const int parts = partsFor(count, 16384);
        runParts(parts, [&](int part) {
            for (qsizetype i = partBegin(count, parts, part),
                           end = partBegin(count, parts, part + 1);
                 i < end; ++i) {
                const csv::Record &r = t.records[size_t(i)];
                LinkedRow &row = rows[size_t(i)];
                row.line = r.line;
                row.deal = cellOf(r, dealColumn);
                row.partnerId = cellOf(r, partnerColumn);
                row.role = cellOf(r, roleColumn);
                if (row.deal.isEmpty()) {
                    row.bad = true;
                    row.errorColumn = dealColumn;
                    row.error = ImportTr::tr("The opportunity id is missing.");
                    continue;
                }
                const QString primary = cellOf(r, primaryColumn);
                if (!primary.isEmpty()) {
                    const auto flag = parseFlag(primary);
                    if (!flag) {
                        row.bad = true;
                        row.errorColumn = primaryColumn;
                        row.error = ImportTr::tr("%1 \"%2\" is not true or false.")
                                        .arg(linkedColumnName(primaryColumn), primary);
                        continue;
                    }
                    row.primary = *flag;
                }
                // An unknown partner is an error of the deal it belongs to (it names the line
                // here), so --skip-invalid leaves out that deal rather than importing it
                // without a partner.
                row.partnerRow = m_partners.byCrmId(source, row.partnerId);
                hashes[size_t(i)] = decltype(m_headOf)::hashOf(row.deal);
            }
        });
        m_linkedRows.reserve(size_t(count));
        m_headOf.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            LinkedRow &row = rows[size_t(i)];
            if (row.bad) {
                linkedError(row.line, row.errorColumn, row.error);
                continue;
            }
            if (i + 8 < count)
                m_headOf.prefetch(hashes[size_t(i) + 8]);
            const int index = int(m_linkedRows.size());
            bool inserted = false;
            std::pair<int, int> &head =
                m_headOf.findOrInsert(row.deal, hashes[size_t(i)], {index, index}, &inserted);
            if (!inserted) {
                m_linkedRows[size_t(head.second)].next = index;
                head.second = index;
            }
            m_linkedRows.push_back(std::move(row));
        }
        m_claimed = std::make_unique<std::atomic<bool>[]>(m_linkedRows.size());
        for (size_t i = 0; i < m_linkedRows.size(); ++i)
            m_claimed[i].store(false, std::memory_order_relaxed);
    }

    void linkedError(int line, int column, const QString &message) {
        m_plan.linkedIssues.push_back({line, column, Severity::Error, message, 1});
        ++m_plan.linkedInvalid;
    }

    /// Rows of the opportunity-partner file that no deal of the file claimed.
    void finishLinkedFile() {
        std::vector<const LinkedRow *> orphans;
        for (size_t i = 0; i < m_linkedRows.size(); ++i)
            if (!m_claimed[i].load(std::memory_order_relaxed))
                orphans.push_back(&m_linkedRows[i]);
        const int dealColumn = m_linked.mapping.columnOf(int(PF::Deal));
        for (const LinkedRow *row : orphans)
            linkedError(
                row->line, dealColumn,
                ImportTr::tr("Opportunity \"%1\" is not in the deals file.").arg(row->deal));
        std::stable_sort(m_plan.linkedIssues.begin(), m_plan.linkedIssues.end(),
                         [](const Issue &a, const Issue &b) { return a.line < b.line; });
    }

    QString linkedColumnName(int column) const {
        const csv::Table &t = *m_linked.table;
        return column >= 0 && column < t.columnCount() ? t.header[column].trimmed()
                                                       : ImportTr::tr("Column %1").arg(column + 1);
    }

    static void addCandidate(std::vector<Candidate> &candidates, int partnerRow,
                             const QString &role, bool primary) {
        for (Candidate &c : candidates)
            if (c.partnerRow == partnerRow) {
                c.primary = c.primary || primary;
                if (c.crmRole.isEmpty())
                    c.crmRole = role;
                return;
            }
        candidates.push_back({partnerRow, role, primary});
    }

    /// Maps one record; touches nothing but `row` and `caches` (rows are mapped in parallel).
    void mapDeal(const csv::Record &record, PlannedRow &row, TextCaches &caches) const {
        Deal &d = row.deal();
        std::optional<bool> isWon, isClosed;
        bool haveStage = false;
        QDate closeDate;
        QString roleText, companies, companyIds;
        std::vector<Candidate> candidates;
        for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
            const ColumnTarget &target = m_mapping.columns[size_t(c)];
            if (target.type == ColumnTarget::Type::Ignore ||
                target.type == ColumnTarget::Type::Note)
                continue;
            const QString text = cell(record, c);
            if (text.isEmpty())
                continue;
            if (target.type == ColumnTarget::Type::CrmId) {
                d.crm = {m_mapping.source(), text};
                continue;
            }
            row.setFields |= quint64(1) << target.field;
            switch (DF(target.field)) {
            case DF::Name:
                d.name = text;
                break;
            case DF::Amount:
                amount(row, c, text);
                break;
            case DF::Stage:
                d.stage = text;
                haveStage = true;
                break;
            case DF::IsWon:
            case DF::IsClosed: {
                const auto flag = parseFlag(text);
                if (!flag)
                    error(row, c,
                          ImportTr::tr("%1 \"%2\" is not true or false.").arg(columnName(c), text));
                (DF(target.field) == DF::IsWon ? isWon : isClosed) = flag;
                break;
            }
            case DF::CreatedOn:
                d.createdOn = date(row, c, text);
                break;
            case DF::ClosedOn:
                closeDate = date(row, c, text);
                break;
            case DF::LeadSource:
                d.leadSource = text;
                break;
            case DF::Account:
                d.buyer.name = text;
                break;
            case DF::AccountId:
                d.buyer.crmId = text;
                break;
            case DF::Partners:
                for (const QString &name : splitItems(text, false)) {
                    const int partner = m_partners.byText(name);
                    if (partner < 0)
                        error(row, c,
                              ImportTr::tr("Partner \"%1\" is not in the portfolio.").arg(name));
                    else
                        addCandidate(candidates, partner, {}, candidates.empty());
                }
                break;
            case DF::PartnerIds:
                for (const QString &id : splitItems(text, true)) {
                    const int partner = m_partners.byCrmId(m_mapping.source(), id);
                    if (partner < 0)
                        error(row, c,
                              ImportTr::tr("No partner in the portfolio has the CRM id \"%1\".")
                                  .arg(id));
                    else
                        addCandidate(candidates, partner, {}, candidates.empty());
                }
                break;
            case DF::Companies:
                companies = text;
                break;
            case DF::CompanyIds:
                companyIds = text;
                break;
            case DF::PartnerRole:
                roleText = text;
                break;
            case DF::Industry:
                d.buyer.industry = text;
                break;
            case DF::Region:
                d.buyer.region = text;
                break;
            case DF::Employees: {
                const Number n = parseNumber(text, m_mapping.decimalSeparator);
                if (n.state != Number::State::Valid || n.value < 0 || n.value > 1e9)
                    error(row, c,
                          ImportTr::tr("%1 \"%2\" is not a number of employees.")
                              .arg(columnName(c), text));
                else
                    d.buyer.employees = int(n.value);
                break;
            }
            case DF::Icp: {
                const int icp = m_icpByName.value(typeValueKey(text), -1);
                if (icp < 0)
                    error(row, c, ImportTr::tr("ICP \"%1\" is not in the portfolio.").arg(text));
                else
                    d.icpId = m_data.icps[size_t(icp)].id;
                break;
            }
            case DF::Count_:
                break;
            }
        }
        if (!companies.isEmpty() || !companyIds.isEmpty())
            associatedCompanies(d, candidates, companies, companyIds);
        linkedPartners(row, candidates);
        // What an update may replace: the partners whenever the import says who was on the deal
        // (a partner column, or the opportunity-partner file), even when that is nobody.
        if (m_partnersKnown)
            row.setFields |= quint64(1) << int(DF::Partners);
        // The outcome: IsWon and IsClosed when the file has them (Salesforce derives them from
        // the stage), else the stage.
        const DealOutcome byStage = haveStage ? stageOutcome(caches, d.stage) : DealOutcome::Open;
        if (isWon.value_or(false))
            d.outcome = DealOutcome::Won;
        else if (isClosed)
            d.outcome = !*isClosed                              ? DealOutcome::Open
                        : isWon || byStage == DealOutcome::Open ? DealOutcome::Lost
                                                                : byStage;
        else if (isWon) // not won, closed or not as the stage says
            d.outcome = byStage == DealOutcome::Won ? DealOutcome::Lost : byStage;
        else
            d.outcome = byStage;
        // An open deal's close date is the expected one: not a close.
        if (d.outcome != DealOutcome::Open)
            d.closedOn = closeDate;
        if (d.outcome != DealOutcome::Open && !closeDate.isValid())
            warning(row, m_mapping.columnOf(int(DF::ClosedOn)),
                    ImportTr::tr("The deal is closed but has no close date."));
        if (d.closedOn.isValid() && d.createdOn.isValid() && d.closedOn < d.createdOn)
            warning(row, m_mapping.columnOf(int(DF::ClosedOn)),
                    ImportTr::tr("The deal closes before it was created."));
        if (d.name.isEmpty())
            error(row, m_mapping.columnOf(int(DF::Name)),
                  ImportTr::tr("The deal name is missing."));
        attribute(d, candidates, roleText, caches);
    }

    /// resolveStage() once per distinct stage text: exports repeat a dozen stages a million times.
    DealOutcome stageOutcome(TextCaches &caches, const QString &stage) const {
        return caches.stages(stage,
                             [this](const QString &s) { return resolveStage(m_mapping, s); });
    }

    void amount(PlannedRow &row, int c, const QString &text) const {
        const Number n = parseNumber(text, m_mapping.decimalSeparator);
        if (n.state == Number::State::Invalid)
            notANumber(row, c, text);
        else if (n.value < 0)
            error(row, c, ImportTr::tr("%1 \"%2\" must not be negative.").arg(columnName(c), text));
        else
            row.deal().amount = n.value;
    }

    /// HubSpot's associated companies: those that are partners of the portfolio (by CRM id,
    /// else website, else exact name) are on the deal; the first other one is the buyer.
    void associatedCompanies(Deal &d, std::vector<Candidate> &candidates, const QString &names,
                             const QString &ids) const {
        const QStringList nameList = splitItems(names, false);
        const QStringList idList = splitItems(ids, true);
        const qsizetype count = std::max(nameList.size(), idList.size());
        for (qsizetype i = 0; i < count; ++i) {
            const QString id = idList.value(i);
            const QString name = nameList.value(i);
            int partner = id.isEmpty() ? -1 : m_partners.byCrmId(m_mapping.source(), id);
            if (partner < 0 && !name.isEmpty())
                partner = m_partners.byDomainOrExactName(name);
            if (partner >= 0) {
                addCandidate(candidates, partner, {}, candidates.empty());
            } else if (d.buyer.name.isEmpty() && d.buyer.crmId.isEmpty()) {
                d.buyer.name = name;
                d.buyer.crmId = id;
            }
        }
    }

    /// The opportunity-partner rows of this deal; an unknown partner makes the deal invalid.
    void linkedPartners(PlannedRow &row, std::vector<Candidate> &candidates) const {
        if (!m_linked.table || row.deal().crm.id.isEmpty())
            return;
        const std::pair<int, int> *it = m_headOf.find(row.deal().crm.id);
        if (!it)
            return;
        for (int i = it->first; i >= 0; i = m_linkedRows[size_t(i)].next) {
            const LinkedRow &linked = m_linkedRows[size_t(i)];
            m_claimed[size_t(i)].store(true, std::memory_order_relaxed);
            if (linked.partnerRow < 0) {
                error(row, m_mapping.crmIdColumn(),
                      ImportTr::tr("Partner account \"%1\" (line %2 of the opportunity partners) "
                                   "is not in the portfolio.")
                          .arg(linked.partnerId)
                          .arg(linked.line));
                continue;
            }
            addCandidate(candidates, linked.partnerRow, linked.role, linked.primary);
        }
    }

    /// The attribution rule: the primary partner (flagged, else the first) sourced the deal
    /// when its lead source names a partner or a role says "sourced"; the others influenced it.
    void attribute(Deal &d, const std::vector<Candidate> &candidates, const QString &roleText,
                   TextCaches &caches) const {
        if (candidates.empty())
            return;
        size_t primary = 0;
        for (size_t i = 0; i < candidates.size(); ++i)
            if (candidates[i].primary) {
                primary = i;
                break;
            }
        const AttributionRule &rule = m_mapping.attribution;
        const bool leadSourced = rule.fromLeadSource && caches.leadSourced(d.leadSource);
        const bool roleSourced = caches.roleSourced(roleText);
        d.partners.reserve(candidates.size());
        for (size_t i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates[i];
            const bool sourced =
                (i == primary && (leadSourced || roleSourced)) || caches.roleSourced(c.crmRole);
            d.partners.push_back({m_data.partners[size_t(c.partnerRow)].id,
                                  sourced ? Attribution::Sourced : Attribution::Influenced,
                                  c.crmRole});
        }
    }

    /// The key a deal is matched by, and its hash: its CRM id, else its name and creation date.
    struct DuplicateKey {
        QString text;
        size_t hash = 0;
    };

    void findDuplicate(PlannedRow &row, int rowIndex, const DuplicateKey &k) {
        const bool byId = row.deal().crm.isSet();
        const StringIndex<int> &existing = byId ? m_existingCrm : m_existingContent;
        StringIndex<int> &file = byId ? m_fileCrm : m_fileContent;
        const Duplicate::By by = byId ? Duplicate::By::CrmId : Duplicate::By::Content;
        if (const int *it = existing.find(k.text, k.hash)) {
            row.duplicate = {Duplicate::Of::Portfolio, by, *it, -1};
        } else {
            // One lookup for find-or-insert: a million deals, a million lookups saved.
            bool inserted = false;
            const int earlier = file.findOrInsert(k.text, k.hash, rowIndex, &inserted);
            if (inserted)
                return;
            row.duplicate = {Duplicate::Of::EarlierRow, by, -1, earlier};
        }
        row.action = DuplicateAction::Update;
    }

    const LinkedFile &m_linked;
    PartnerLookup m_partners;
    std::vector<LinkedRow> m_linkedRows; ///< the opportunity-partner file, in order
    /// Per row of m_linkedRows: a deal of the deals file has its opportunity id (set by the
    /// threads mapping deals; two deals of one id may set it at once).
    std::unique_ptr<std::atomic<bool>[]> m_claimed;
    StringIndex<std::pair<int, int>> m_headOf; ///< opportunity id -> first and last row
    StringIndex<int> m_existingCrm, m_existingContent, m_fileCrm, m_fileContent;
    QHash<QString, int> m_icpByName;
    bool m_partnersKnown = false;
};

} // namespace

ImportPlan planDeals(const csv::Table &table, const Mapping &mapping, const PortfolioData &data,
                     const csv::Progress &progress, const LinkedFile &partners) {
    return DealPlanner(table, mapping, data, partners).run(progress);
}

} // namespace ps::import::detail
