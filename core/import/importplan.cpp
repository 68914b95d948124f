// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping and validating the rows of a table, and finding duplicates.
#include "core/import/asciicache.h"
#include "core/import/importplan_p.h"
#include "core/import/parallel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <atomic>
#include <cmath>
#include <cstring>

namespace ps::import {
namespace {

using namespace detail;

/// An enumeration value by key or translated label, in any case.
template <typename E> std::optional<E> enumFromText(const QString &text) {
    const QString key = typeValueKey(text);
    for (E value : enumValues<E>())
        if (key == typeValueKey(toKey(value)) || key == typeValueKey(label(value)))
            return value;
    return std::nullopt;
}

template <typename E> QString keyList() {
    QStringList keys = enumKeys<E>();
    keys.removeAll(QString());
    return keys.join(QStringLiteral(", "));
}

/// Lookup of rows by normalized keys; the first row with a key wins. The file's rows keep
/// views of their keys (which the planner keeps), the portfolio's copies.
template <typename Key> struct KeyIndex {
    StringIndex<int, Key> byDomain;
    StringIndex<int, Key> byName;
};

void addFirst(StringIndex<int> &index, const QString &key, int value) {
    if (!key.isEmpty())
        index.insertFirst(key, value);
}

/// `key` -> `index` unless the key is empty or already there; one lookup, not two (this runs
/// for every row of a big file).
void addFirst(QHash<QString, int> &hash, const QString &key, int index) {
    if (key.isEmpty())
        return;
    const qsizetype before = hash.size();
    int &value = hash[key];
    if (hash.size() != before)
        value = index;
}

/// Builds one plan of partners, ICPs or links; one instance per buildPlan() call.
class Planner : public PlannerBase {
public:
    Planner(const csv::Table &table, const Mapping &mapping, const PortfolioData &data)
        : PlannerBase(table, mapping, data) {}

    ImportPlan run(const csv::Progress &progress) {
        indexPortfolio();
        const qsizetype total = qsizetype(m_table.records.size());
        const bool partners = m_mapping.kind == Kind::Partners;
        if (partners) {
            m_file.byDomain.reserve(total);
            m_file.byName.reserve(total);
            m_keys.resize(size_t(total));
        }
        if (m_mapping.crmIdColumn() >= 0)
            m_fileCrm.reserve(total);
        // Every row is mapped on its own (in parallel, in contiguous ranges); duplicates and
        // unknown types are then taken in file order, so the plan is the same on any number of
        // cores.
        m_plan.rows.resize(size_t(total));
        const int parts = partsFor(total, 4096);
        std::vector<PartState> states(static_cast<size_t>(parts));
        std::atomic<bool> stop{false};
        runParts(parts, [&](int part) {
            const qsizetype begin = partBegin(total, parts, part);
            const qsizetype end = partBegin(total, parts, part + 1);
            PartState &state = states[size_t(part)];
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
                PlannedRow &row = m_plan.rows[size_t(i)];
                mapRow(m_table.records[size_t(i)], row, state);
                markValid(row);
                if (partners && row.valid) {
                    // The keys of duplicate matching and their hashes, made here where it is
                    // parallel.
                    RowKeys &keys = m_keys[size_t(i)];
                    keys.domain = normalizedDomain(row.partner().website);
                    keys.name = normalizedName(row.partner().name);
                    keys.domainHash = StringIndex<int>::hashOf(keys.domain);
                    keys.nameHash = StringIndex<int>::hashOf(keys.name);
                    keys.crmHash = StringIndex<int>::hashOf(row.partner().crm.id);
                }
            }
        });
        if (stop.load()) {
            m_plan.cancelled = true;
            m_plan.rows.clear();
            return std::move(m_plan);
        }
        for (const PartState &state : states)
            for (const QString &text : state.unknownTypes) {
                const QString key = typeValueKey(text);
                if (!m_unknownTypes.contains(key)) {
                    m_unknownTypes.insert(key);
                    m_plan.unknownTypeValues << text;
                }
            }
        for (qsizetype i = 0; i < total; ++i) {
            PlannedRow &row = m_plan.rows[size_t(i)];
            if (partners && i + 8 < total) {
                // The tables' slots for a later row, asked for ahead: most lookups miss the
                // processor's caches.
                const RowKeys &ahead = m_keys[size_t(i) + 8];
                m_fileCrm.prefetch(ahead.crmHash);
                m_file.byDomain.prefetch(ahead.domainHash);
                m_file.byName.prefetch(ahead.nameHash);
            }
            countAmbiguous(row);
            if (row.valid)
                findDuplicate(row, int(i));
        }
        if (partners) {
            // The duplicate keys (two strings a row) are freed on every core; the file's
            // tables only viewed them.
            m_file = {};
            m_fileCrm = {};
            runParts(parts, [&](int part) {
                const qsizetype end = partBegin(total, parts, part + 1);
                for (qsizetype i = partBegin(total, parts, part); i < end; ++i)
                    m_keys[size_t(i)] = {};
            });
        }
        if (progress)
            progress(total, total);
        return std::move(m_plan);
    }

private:
    void indexPortfolio() {
        switch (m_mapping.kind) {
        case Kind::Partners:
        case Kind::Links:
            for (size_t i = 0; i < m_data.partners.size(); ++i) {
                addFirst(m_existing.byDomain, normalizedDomain(m_data.partners[i].website), int(i));
                addFirst(m_existing.byName, normalizedName(m_data.partners[i].name), int(i));
                addCrm(m_data.partners[i].crm, int(i));
            }
            break;
        case Kind::Icps:
            for (size_t i = 0; i < m_data.icps.size(); ++i)
                addCrm(m_data.icps[i].crm, int(i));
            break;
        case Kind::Deals:
        case Kind::DealPartners:
        case Kind::Activities:
            break;
        }
        for (size_t i = 0; i < m_data.icps.size(); ++i)
            addFirst(m_icpByName, typeValueKey(m_data.icps[i].name), int(i));
        if (m_mapping.kind == Kind::Links)
            for (size_t i = 0; i < m_data.links.size(); ++i)
                addFirst(m_linkByPair, pairKey(m_data.links[i]), int(i));
    }

    /// Record ids are keys within one CRM: only entities from the file's CRM can be the same
    /// record as a row.
    void addCrm(const CrmRef &crm, int index) {
        if (crm.isSet() && crm.source == m_mapping.source())
            addFirst(m_existingCrm, crm.id, index);
    }

    static QString pairKey(const InfluenceLink &l) {
        return QStringLiteral("%1/%2").arg(l.icpId).arg(l.partnerId);
    }

    /// What a Type text of plain ASCII means, and the warning of an unknown one.
    struct AsciiType {
        std::optional<TypeValue> value;
        QString text;
        int column = -1; ///< the column `warning` names
        QString warning;
    };

    /// What one thread of the plan keeps: the meaning of each Type text, and the unknown ones
    /// in the order its rows had them.
    struct PartState {
        QHash<QString, std::optional<TypeValue>> types; ///< by the text as written
        /// The same for plain ASCII cells, by their bytes.
        AsciiCache<AsciiType> asciiTypes;
        /// The items of plain ASCII Regions and Industries cells, by their bytes: a partner
        /// shares the list with every other one of the same cell.
        AsciiCache<QStringList> asciiLists;
        QStringList unknownTypes;
    };

    /// Maps one record; touches nothing but `row` and `state` (rows are mapped in parallel).
    void mapRow(const csv::Record &record, PlannedRow &row, PartState &state) const {
        row.line = record.line;
        checkExtraCells(record, row);
        switch (m_mapping.kind) {
        case Kind::Partners:
            mapPartner(record, row, state);
            break;
        case Kind::Icps:
            mapIcp(record, row);
            break;
        case Kind::Links:
            mapLink(record, row);
            break;
        case Kind::Deals:
        case Kind::DealPartners:
        case Kind::Activities:
            break;
        }
    }

    /// The record id column: the CRM the mapping's preset names, the id as written.
    CrmRef crmOf(const csv::Record &record) const {
        const int column = m_mapping.crmIdColumn();
        const QString id = cell(record, column);
        if (id.isEmpty())
            return {};
        return {m_mapping.source(), id};
    }

    // --- partners ---

    /// A piece of a partner's notes: text, or ASCII bytes of the file (no string made).
    struct NotePiece {
        int column = -1; ///< the note column whose "label: value" line it is; -1: a Notes cell
        QString text;
        QLatin1StringView ascii;
        qsizetype size() const { return ascii.data() ? ascii.size() : text.size(); }
    };

    void mapPartner(const csv::Record &record, PlannedRow &row, PartState &state) const {
        Partner &p = row.partner();
        // The Notes cells, then the note columns' "label: value" lines, joined once at the end.
        QVarLengthArray<NotePiece, 8> pieces;
        bool noteLines = false;
        const csv::Fields &fields = record.fields;
        for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
            const ColumnTarget &target = m_mapping.columns[size_t(c)];
            if (target.type == ColumnTarget::Type::Ignore || fields.isEmptyAt(c))
                continue;
            // Most cells are plain ASCII: they are read on the bytes of the file, and only
            // the ones a partner keeps become strings.
            const QLatin1StringView ascii = plainAsciiCell(fields, c);
            if (target.type == ColumnTarget::Type::Note) {
                if (ascii.data() &&
                    (!target.numeric || isSimpleNumber(ascii, m_mapping.decimalSeparator))) {
                    pieces.append({c, {}, ascii});
                    noteLines = true;
                    continue;
                }
                const QString text = ascii.data() ? QString(ascii) : cellText(fields.at(c));
                if (text.isEmpty())
                    continue;
                if (target.numeric &&
                    parseNumber(text, m_mapping.decimalSeparator).state != Number::State::Valid) {
                    notANumber(row, c, text);
                } else {
                    pieces.append({c, text, {}});
                    noteLines = true;
                }
                continue;
            }
            if (target.type != ColumnTarget::Type::Field)
                continue;
            const auto field = PartnerField(target.field);
            if (field == PartnerField::Model && ascii.data()) {
                row.setFields |= quint64(1) << target.field;
                applyType(row, c, ascii, state);
                continue;
            }
            if ((field == PartnerField::Regions || field == PartnerField::Industries) &&
                ascii.data()) {
                row.setFields |= quint64(1) << target.field;
                applyList(field == PartnerField::Regions ? p.regions : p.industries, ascii, state);
                continue;
            }
            if (field == PartnerField::Notes && ascii.data()) {
                row.setFields |= quint64(1) << target.field;
                pieces.append({-1, {}, ascii});
                continue;
            }
            const QString text = ascii.data() ? QString(ascii) : cellText(fields.at(c));
            if (text.isEmpty())
                continue;
            row.setFields |= quint64(1) << target.field;
            if (field == PartnerField::Notes)
                pieces.append({-1, text, {}});
            else if (field == PartnerField::Model)
                applyType(row, c, text, state);
            else
                applyPartnerField(row, c, field, text);
        }
        p.notes = joinNotes(pieces);
        if (noteLines)
            row.setFields |= quint64(1) << int(PartnerField::Notes);
        p.crm = crmOf(record);
        if (p.name.isEmpty())
            error(row, m_mapping.columnOf(int(PartnerField::Name)),
                  ImportTr::tr("The name is missing."));
        row.needsClassification = !p.model.has_value();
    }

    /// The Notes cells, one per line, then a line "label: value" per note column's cell: sized
    /// once, written once.
    QString joinNotes(const QVarLengthArray<NotePiece, 8> &pieces) const {
        if (pieces.isEmpty())
            return {};
        if (pieces.size() == 1 && pieces.front().column < 0 && !pieces.front().ascii.data())
            return pieces.front().text; // a Notes cell alone: shared, not copied
        qsizetype size = -1;
        for (const NotePiece &piece : pieces) {
            size += 1 + piece.size();
            if (piece.column >= 0)
                size += m_mapping.columns[size_t(piece.column)].label.size() + 2;
        }
        // Written through a pointer into a string of the exact size: no growth checks.
        QString all(size, Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(all.data());
        const char16_t *const begin = out;
        const auto put = [&out](const QString &text) {
            std::memcpy(out, text.constData(), size_t(text.size()) * sizeof(char16_t));
            out += text.size();
        };
        for (const bool lines : {false, true}) { // the Notes cells first, whatever their column
            for (const NotePiece &piece : pieces) {
                if ((piece.column >= 0) != lines)
                    continue;
                if (out != begin)
                    *out++ = u'\n';
                if (lines) {
                    put(m_mapping.columns[size_t(piece.column)].label);
                    *out++ = u':';
                    *out++ = u' ';
                }
                if (piece.ascii.data()) {
                    for (const char c : piece.ascii)
                        *out++ = char16_t(static_cast<unsigned char>(c));
                } else {
                    put(piece.text);
                }
            }
        }
        Q_ASSERT(out - begin == size);
        return all;
    }

    /// The Type/Model column; false when the value is unknown (the partner gets no model).
    bool applyType(PlannedRow &row, int column, const QString &text, PartState &state) const {
        auto cached = state.types.constFind(text);
        const bool first = cached == state.types.constEnd();
        if (first)
            cached = state.types.insert(text, resolveTypeValue(m_mapping, text));
        return applyTypeValue(row, column, *cached, text, state, first);
    }

    /// applyType() for a plain ASCII cell: the few values of a file are looked up on its bytes.
    bool applyType(PlannedRow &row, int column, QLatin1StringView ascii, PartState &state) const {
        AsciiType *cached = state.asciiTypes.find(ascii);
        AsciiType local;
        const bool first = !cached;
        if (first) {
            const QString text(ascii);
            local = {resolveTypeValue(m_mapping, text), text, -1, {}};
            cached = state.asciiTypes.put(ascii, local);
            if (!cached)
                cached = &local;
        }
        AsciiType &type = *cached;
        if (!type.value && type.column != column) { // the warning, made once per column
            type.column = column;
            type.warning = unknownTypeWarning(column, type.text);
        }
        return applyTypeValue(row, column, type.value, type.text, state, first, &type.warning);
    }

    QString unknownTypeWarning(int column, const QString &text) const {
        return ImportTr::tr("%1 \"%2\" is not a known partner model; the partner needs "
                            "classification.")
            .arg(columnName(column), text);
    }

    bool applyTypeValue(PlannedRow &row, int column, const std::optional<TypeValue> &value,
                        const QString &text, PartState &state, bool first,
                        const QString *message = nullptr) const {
        if (!value) {
            // The plan lists them after the rows are mapped, in the order they first appear:
            // a text this thread saw before is not listed again.
            if (first)
                state.unknownTypes << text;
            warning(row, column, message ? *message : unknownTypeWarning(column, text));
            return false;
        }
        if (value->model)
            row.partner().model = value->model;
        if (value->status)
            row.partner().status = *value->status;
        return true;
    }

    template <typename E>
    void applyEnum(PlannedRow &row, int column, const QString &text, E &out) const {
        if (const auto value = enumFromText<E>(text))
            out = *value;
        else
            error(row, column,
                  ImportTr::tr("%1 \"%2\" is not one of: %3.")
                      .arg(columnName(column), text, keyList<E>()));
    }

    /// Items separated by ';', ',' or line breaks, as ps::splitList() reads them, without a
    /// regular expression (this runs for every row of a big file).
    static void applyList(QStringList &list, const QString &text) {
        if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char(',')) &&
            !text.contains(QLatin1Char('\n')) && !text.front().isSpace() &&
            !text.back().isSpace()) {
            if (!list.contains(text)) // one item, the common case: the text itself
                list << text;
            return;
        }
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size()) {
                const char16_t c = text.at(i).unicode();
                if (c != ';' && c != ',' && c != '\n')
                    continue;
            }
            const QString item = text.mid(start, i - start).trimmed();
            if (!item.isEmpty() && !list.contains(item))
                list << item;
            start = i + 1;
        }
    }

    /// applyList() for a plain ASCII cell: the items of a cell seen before are shared.
    static void applyList(QStringList &list, QLatin1StringView ascii, PartState &state) {
        const QStringList *items = state.asciiLists.find(ascii);
        QStringList local;
        if (!items) {
            applyList(local, QString(ascii));
            items = state.asciiLists.put(ascii, local);
            if (!items)
                items = &local;
        }
        if (list.isEmpty()) {
            list = *items;
            return;
        }
        for (const QString &item : *items)
            if (!list.contains(item))
                list << item;
    }

    /// A numeric field through setFieldValue, with the error a user can act on.
    template <typename T, typename F>
    void applyNumber(PlannedRow &row, int column, T &entity, F field, const QString &text,
                     const QString &rangeError) const {
        const Number n = parseNumber(text, m_mapping.decimalSeparator);
        if (n.state == Number::State::Invalid)
            notANumber(row, column, text);
        else if (n.state == Number::State::Valid && !setFieldValue(entity, field, n.value))
            error(row, column, rangeError.arg(columnName(column), text));
    }

    void applyPartnerField(PlannedRow &row, int c, PartnerField field, const QString &text) const {
        Partner &p = row.partner();
        switch (field) {
        case PartnerField::Name:
            p.name = text;
            return;
        case PartnerField::Website:
            p.website = text;
            return;
        case PartnerField::Status:
            return applyEnum(row, c, text, p.status);
        case PartnerField::Tier:
            return applyEnum(row, c, text, p.tier);
        case PartnerField::Decision:
            return applyEnum(row, c, text, p.decision);
        case PartnerField::SupportOwner:
            return applyEnum(row, c, text, p.commercialModel.support);
        case PartnerField::SuccessOwner:
            return applyEnum(row, c, text, p.commercialModel.customerSuccess);
        case PartnerField::RenewalOwner:
            return applyEnum(row, c, text, p.commercialModel.renewal);
        case PartnerField::Regions:
            return applyList(p.regions, text);
        case PartnerField::Industries:
            return applyList(p.industries, text);
        case PartnerField::MarketReach:
        case PartnerField::StrategicFit:
        case PartnerField::Capability:
        case PartnerField::Commitment:
        case PartnerField::CostToServe:
            return applyNumber(row, c, p, field, text,
                               ImportTr::tr("%1 \"%2\" is not a rating from 1 to 5."));
        case PartnerField::Certifications:
        case PartnerField::DealsWon:
        case PartnerField::DealsLost:
            return applyNumber(row, c, p, field, text,
                               ImportTr::tr("%1 \"%2\" is not a whole number of 0 or more."));
        case PartnerField::SourcedRevenue:
        case PartnerField::InfluencedRevenue:
        case PartnerField::Pipeline:
        case PartnerField::InvestMdf:
        case PartnerField::InvestEnablement:
        case PartnerField::InvestIncentives:
        case PartnerField::InvestTechnical:
        case PartnerField::ContractMinimum:
            return applyNumber(row, c, p, field, text,
                               ImportTr::tr("%1 \"%2\" must not be negative."));
        case PartnerField::EnrolledOn:
        case PartnerField::FirstCommercialOn: {
            const QDate d = date(row, c, text);
            if (d.isValid())
                setFieldValue(p, field, d);
            return;
        }
        case PartnerField::PricingAgreed: {
            const auto flag = parseFlag(text);
            if (flag)
                p.commercialModel.pricingAgreed = *flag;
            else
                error(row, c, ImportTr::tr("%1 \"%2\" is not yes or no.").arg(columnName(c), text));
            return;
        }
        case PartnerField::DecisionOwner:
        case PartnerField::NextStep:
            setFieldValue(p, field, text);
            return;
        case PartnerField::Model:
        case PartnerField::Notes:
        case PartnerField::Upstream:
        case PartnerField::Count_:
            return;
        }
    }

    // --- ICPs ---

    void mapIcp(const csv::Record &record, PlannedRow &row) const {
        Icp &icp = row.icp();
        for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
            const ColumnTarget &target = m_mapping.columns[size_t(c)];
            if (target.type != ColumnTarget::Type::Field)
                continue;
            const QString text = c < record.fields.size() ? cellText(record.fields[c]) : QString();
            if (text.isEmpty())
                continue;
            const auto field = IcpField(target.field);
            row.setFields |= quint64(1) << target.field;
            switch (field) {
            case IcpField::PriorityWeight:
                applyNumber(row, c, icp, field, text,
                            ImportTr::tr("%1 \"%2\" is not a weight from 0 to 10."));
                break;
            case IcpField::TargetAccounts:
                applyNumber(row, c, icp, field, text,
                            ImportTr::tr("%1 \"%2\" is not a whole number of 0 or more."));
                break;
            case IcpField::AverageDealSize:
                applyNumber(row, c, icp, field, text,
                            ImportTr::tr("%1 \"%2\" must not be negative."));
                break;
            case IcpField::Industries:
                applyList(icp.industries, text);
                break;
            case IcpField::Regions:
                applyList(icp.regions, text);
                break;
            case IcpField::BuyerRoles:
                applyList(icp.buyerRoles, text);
                break;
            default:
                setFieldValue(icp, field, text);
                break;
            }
        }
        if (icp.name.isEmpty())
            error(row, m_mapping.columnOf(int(IcpField::Name)),
                  ImportTr::tr("The name is missing."));
        icp.crm = crmOf(record);
    }

    // --- links ---

    /// A partner of the portfolio by website domain or by name; -1 when none.
    int findPartner(const QString &text) const {
        const QString domain = normalizedDomain(text);
        if (!domain.isEmpty() && !text.contains(QLatin1Char(' '))) {
            if (const int *it = m_existing.byDomain.find(domain))
                return *it;
        }
        return m_existing.byName.value(normalizedName(text), -1);
    }

    void mapLink(const csv::Record &record, PlannedRow &row) const {
        InfluenceLink &link = row.link();
        bool haveIcp = false, havePartner = false;
        for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
            const ColumnTarget &target = m_mapping.columns[size_t(c)];
            if (target.type != ColumnTarget::Type::Field)
                continue;
            const QString text = c < record.fields.size() ? cellText(record.fields[c]) : QString();
            if (text.isEmpty())
                continue;
            const auto field = LinkField(target.field);
            switch (field) {
            case LinkField::Icp: {
                haveIcp = true;
                const int index = m_icpByName.value(typeValueKey(text), -1);
                if (index < 0)
                    error(row, c, ImportTr::tr("ICP \"%1\" is not in the portfolio.").arg(text));
                else
                    link.icpId = m_data.icps[size_t(index)].id;
                break;
            }
            case LinkField::Partner: {
                havePartner = true;
                const int index = findPartner(text);
                if (index < 0)
                    error(row, c,
                          ImportTr::tr("Partner \"%1\" is not in the portfolio.").arg(text));
                else
                    link.partnerId = m_data.partners[size_t(index)].id;
                break;
            }
            case LinkField::Strength:
                applyNumber(row, c, link, field, text,
                            ImportTr::tr("%1 \"%2\" is not a strength from 0 to 5."));
                break;
            case LinkField::OverlappingAccounts:
                applyNumber(row, c, link, field, text,
                            ImportTr::tr("%1 \"%2\" is not a whole number of 0 or more."));
                break;
            case LinkField::Role:
                applyEnum(row, c, text, link.role);
                break;
            case LinkField::Notes:
                link.notes = text;
                break;
            case LinkField::Count_:
                break;
            }
        }
        if (!haveIcp)
            error(row, m_mapping.columnOf(int(LinkField::Icp)),
                  ImportTr::tr("The ICP is missing."));
        if (!havePartner)
            error(row, m_mapping.columnOf(int(LinkField::Partner)),
                  ImportTr::tr("The partner is missing."));
    }

    // --- duplicates ---

    void findDuplicate(PlannedRow &row, int rowIndex) {
        switch (m_mapping.kind) {
        case Kind::Partners:
            if (findCrmDuplicate(row, rowIndex, row.partner().crm.id,
                                 m_keys[size_t(rowIndex)].crmHash))
                return;
            findPartnerDuplicate(row, rowIndex);
            linkToCrm(row, row.partner().crm,
                      row.duplicate.of == Duplicate::Of::Portfolio
                          ? m_data.partners[size_t(row.duplicate.existingIndex)].crm
                          : CrmRef{});
            return;
        case Kind::Icps:
            if (findCrmDuplicate(row, rowIndex, row.icp().crm.id,
                                 StringIndex<int>::hashOf(row.icp().crm.id)))
                return;
            findByKey(row, rowIndex, typeValueKey(row.icp().name), m_icpByName, m_fileIcps,
                      Duplicate::By::Name);
            linkToCrm(row, row.icp().crm,
                      row.duplicate.of == Duplicate::Of::Portfolio
                          ? m_data.icps[size_t(row.duplicate.existingIndex)].crm
                          : CrmRef{});
            return;
        case Kind::Links:
            return findByKey(row, rowIndex, pairKey(row.link()), m_linkByPair, m_fileLinks,
                             Duplicate::By::Pair);
        case Kind::Deals:
        case Kind::DealPartners:
        case Kind::Activities:
            return;
        }
    }

    /// The same CRM record as an entity of the portfolio or an earlier row: an update.
    bool findCrmDuplicate(PlannedRow &row, int rowIndex, const QString &key, size_t hash) {
        if (key.isEmpty())
            return false;
        if (const int *it = m_existingCrm.find(key, hash))
            row.duplicate = {Duplicate::Of::Portfolio, Duplicate::By::CrmId, *it, -1};
        else if (const int earlier = firstRowOf(m_fileCrm, key, hash, rowIndex);
                 earlier != rowIndex)
            row.duplicate = {Duplicate::Of::EarlierRow, Duplicate::By::CrmId, -1, earlier};
        else
            return false;
        row.action = DuplicateAction::Update;
        return true;
    }

    /// A row with a CRM id that matches, by website or name, an entry typed without one:
    /// merging (the default then) fills its empty fields and gives it the CRM id, so the next
    /// import of the export finds it by id.
    static void linkToCrm(PlannedRow &row, const CrmRef &incoming, const CrmRef &existing) {
        if (row.duplicate.of == Duplicate::Of::Portfolio && incoming.isSet() && !existing.isSet())
            row.action = DuplicateAction::Merge;
    }

    void findByKey(PlannedRow &row, int rowIndex, const QString &key,
                   const QHash<QString, int> &existing, QHash<QString, int> &file,
                   Duplicate::By by) {
        if (const auto it = existing.constFind(key); it != existing.constEnd())
            row.duplicate = {Duplicate::Of::Portfolio, by, *it, -1};
        else if (const auto f = file.constFind(key); f != file.constEnd())
            row.duplicate = {Duplicate::Of::EarlierRow, by, -1, *f};
        else
            file.insert(key, rowIndex);
    }

    /// Website domain first; then the name, unless both sides have different domains (two
    /// companies of one name, such as subsidiaries in two countries, stay apart).
    void findPartnerDuplicate(PlannedRow &row, int rowIndex) {
        const RowKeys &keys = m_keys[size_t(rowIndex)];
        const QString &domain = keys.domain;
        const QString &name = keys.name;
        Duplicate &d = row.duplicate;
        if (!domain.isEmpty()) {
            if (const int *it = m_existing.byDomain.find(domain, keys.domainHash))
                d = {Duplicate::Of::Portfolio, Duplicate::By::Domain, *it, -1};
            else if (const int *f = m_file.byDomain.find(domain, keys.domainHash))
                d = {Duplicate::Of::EarlierRow, Duplicate::By::Domain, -1, *f};
        }
        if (!d.isDuplicate() && !name.isEmpty()) {
            const int *existing = m_existing.byName.find(name, keys.nameHash);
            const int *earlier = m_file.byName.find(name, keys.nameHash);
            if (existing &&
                compatible(domain, normalizedDomain(m_data.partners[size_t(*existing)].website)))
                d = {Duplicate::Of::Portfolio, Duplicate::By::Name, *existing, -1};
            else if (earlier && compatible(domain, m_keys[size_t(*earlier)].domain))
                d = {Duplicate::Of::EarlierRow, Duplicate::By::Name, -1, *earlier};
        }
        if (!d.isDuplicate()) {
            bool inserted = false;
            if (!domain.isEmpty())
                m_file.byDomain.findOrInsert(domain, keys.domainHash, rowIndex, &inserted);
            if (!name.isEmpty())
                m_file.byName.findOrInsert(name, keys.nameHash, rowIndex, &inserted);
        }
    }

    /// The row of the file that first had `key`; `rowIndex`, now recorded, when none did.
    static int firstRowOf(StringIndex<int, QStringView> &file, const QString &key, size_t hash,
                          int rowIndex) {
        bool inserted = false;
        return file.findOrInsert(key, hash, rowIndex, &inserted);
    }

    static bool compatible(const QString &a, const QString &b) {
        return a.isEmpty() || b.isEmpty() || a == b;
    }

    KeyIndex<QString> m_existing; ///< portfolio partners
    KeyIndex<QStringView> m_file; ///< earlier rows of the file (views of m_keys)
    QHash<QString, int> m_icpByName, m_fileIcps, m_linkByPair, m_fileLinks;
    StringIndex<int> m_existingCrm; ///< portfolio rows of the plan's kind by record id
    /// earlier rows of the file by record id (views of the ids of the plan's rows)
    StringIndex<int, QStringView> m_fileCrm;
    QSet<QString> m_unknownTypes;
    /// Per row of a partner import: its website domain and name as duplicates are matched,
    /// and the hashes of those and of its CRM record id.
    struct RowKeys {
        QString domain, name;
        size_t domainHash = 0, nameHash = 0, crmHash = 0;
    };
    std::vector<RowKeys> m_keys;
};

} // namespace

QString Issue::describe(const QString &fileName) const {
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(fileName, message);
}

int ImportPlan::invalidCount() const {
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const PlannedRow &r) { return !r.valid; })) +
           linkedInvalid;
}

int ImportPlan::duplicateCount() const {
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const PlannedRow &r) { return r.duplicate.isDuplicate(); }));
}

std::vector<Issue> ImportPlan::issues() const {
    std::vector<Issue> all;
    for (const PlannedRow &row : rows)
        all.insert(all.end(), row.issues.begin(), row.issues.end());
    all.insert(all.end(), linkedIssues.begin(), linkedIssues.end());
    return all;
}

ImportPlan buildPlan(const csv::Table &table, const Mapping &mapping, const PortfolioData &data,
                     const csv::Progress &progress, const LinkedFile &partners) {
    switch (mapping.kind) {
    case Kind::Deals:
        return planDeals(table, mapping, data, progress, partners);
    case Kind::Activities:
        return planActivities(table, mapping, data, progress);
    case Kind::Partners:
    case Kind::Icps:
    case Kind::Links:
    case Kind::DealPartners:
        break;
    }
    return Planner(table, mapping, data).run(progress);
}

void setAllDuplicateActions(ImportPlan &plan, DuplicateAction action) {
    for (PlannedRow &row : plan.rows)
        if (row.duplicate.isDuplicate())
            row.action = action;
}

} // namespace ps::import
