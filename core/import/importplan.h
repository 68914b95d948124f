// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/import/csvreader.h"
#include "core/import/importmapping.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

/// From a parsed table and a mapping to the changes an import makes: validation by line,
/// duplicate detection against the portfolio and within the file, and a pure apply step, so
/// the wizard can push one undo command and the command line can save atomically.
namespace ps::import {

/// A website reduced for duplicate matching: scheme, "www.", port, path, query and a trailing
/// dot removed, lowercase. "https://WWW.Example.com/about" -> "example.com". Empty when the
/// text holds no host.
QString normalizedDomain(const QString &website);

/// A name reduced for duplicate matching: case-folded, punctuation and spacing removed, and a
/// trailing legal form dropped (Inc, LLC, Ltd, GmbH, AG, SA, SAS, BV, KK, Pty...). Letters of
/// every script are kept, so "Acme, Inc." == "ACME" and "株式会社アクメ" keeps its characters.
QString normalizedName(const QString &name);

/// How bad a problem is: an Error makes the row invalid; a Warning only informs.
enum class Severity { Warning, Error };

/// One problem of one row (or of the file, when line is 0).
struct Issue {
    int line = 0;    ///< physical line where the record starts
    int column = -1; ///< column index, -1 for the row as a whole
    Severity severity = Severity::Error;
    QString message; ///< one sentence naming the column and value, without file and line
    int file = 0;    ///< 0: the file imported; 1: the second file of a deals import

    /// "IN.csv:17: message".
    QString describe(const QString &fileName) const;
};

/// What to do with a row that duplicates an existing partner (or ICP, or link) or an earlier row.
enum class DuplicateAction {
    Skip,  ///< the row is not imported (the default, and what the command line does)
    Merge, ///< fill the empty fields of the existing entity (or of the earlier row's entity)
    Add,   ///< import it anyway as a new entity
    /// the row's values replace the existing entity's (the default for the same CRM record,
    /// and for deals and activities): cells the row leaves empty, and fields the file does not
    /// have, keep their values
    Update,
};

/// Why a row counts as a duplicate.
struct Duplicate {
    enum class Of { None, Portfolio, EarlierRow };
    /// Pair: the same ICP and partner (links); CrmId: the same CRM record; Content: a deal of
    /// the same name and creation date, or an activity of the same partner, date and kind.
    enum class By { Domain, Name, Pair, CrmId, Content };
    Of of = Of::None;
    By by = By::Domain;
    int existingIndex = -1; ///< index into the portfolio's vector (Of::Portfolio)
    int earlierRow = -1;    ///< index into ImportPlan::rows (Of::EarlierRow)
    bool isDuplicate() const { return of != Of::None; }
};

/// One record of the file, mapped.
struct PlannedRow {
    int line = 0;      ///< physical line of the record
    bool valid = true; ///< no Error issue
    std::vector<Issue> issues;
    Duplicate duplicate;
    DuplicateAction action = DuplicateAction::Skip; ///< used when duplicate.isDuplicate()
    /// The entity the row describes, of the plan's Kind: the first non-const access makes it,
    /// a const access to another kind sees an empty entity. Ids are 0; a link's icpId and
    /// partnerId, a deal's partners and an activity's partner point at rows of the portfolio.
    /// (One entity per row, not one of each: a plan of a million rows stays small.)
    Partner &partner() { return entity<Partner>(); }
    const Partner &partner() const { return entity<Partner>(); }
    Icp &icp() { return entity<Icp>(); }
    const Icp &icp() const { return entity<Icp>(); }
    InfluenceLink &link() { return entity<InfluenceLink>(); }
    const InfluenceLink &link() const { return entity<InfluenceLink>(); }
    Deal &deal() { return entity<Deal>(); }
    const Deal &deal() const { return entity<Deal>(); }
    Activity &activity() { return entity<Activity>(); }
    const Activity &activity() const { return entity<Activity>(); }
    bool needsClassification = false; ///< a partner row whose model could not be determined
    /// Partners and ICPs: bit f is set when field f had a value in the row (what Update
    /// writes).
    quint64 setFields = 0;
    bool dateAmbiguous = false; ///< a date of the row could be read day or month first

private:
    template <typename T> T &entity() {
        if (!std::holds_alternative<T>(m_entity))
            m_entity.template emplace<T>();
        return std::get<T>(m_entity);
    }
    template <typename T> const T &entity() const {
        if (const T *value = std::get_if<T>(&m_entity))
            return *value;
        static const T empty;
        return empty;
    }

    std::variant<std::monostate, Partner, Icp, InfluenceLink, Deal, Activity> m_entity;
};

/// The plan of an import: every row mapped and checked, nothing changed yet.
struct ImportPlan {
    Kind kind = Kind::Partners;
    std::vector<PlannedRow> rows;
    /// Model/Type values with no known meaning, in first-seen order, as written in the file.
    QStringList unknownTypeValues;
    /// Activity kinds with no known meaning, in first-seen order.
    QStringList unknownActivityKinds;
    bool cancelled = false; ///< progress returned false; the plan is incomplete
    DateOrder dateOrder = DateOrder::MonthFirst; ///< how ambiguous dates were read
    /// Rows with a date that could be read either way, when the order was not chosen.
    int ambiguousDates = 0;
    /// The second file of a deals import (opportunity partners): its rows, and its issues
    /// (file 1) that are not already an issue of a deal row.
    int linkedRows = 0;
    std::vector<Issue> linkedIssues;
    int linkedInvalid = 0; ///< rows of the second file with an error of their own

    /// Invalid rows of the file, plus invalid rows of the second file.
    int invalidCount() const;
    int duplicateCount() const;
    /// Every issue of every row, in line order.
    std::vector<Issue> issues() const;
};

/// The second file of a deals import: Salesforce's OpportunityPartner export, mapped with
/// Kind::DealPartners.
struct LinkedFile {
    const csv::Table *table = nullptr;
    Mapping mapping;
};

/// Maps and validates every record of `table` and finds duplicates against `data` and earlier
/// rows (by normalized website domain, then normalized name; ICPs by name; links by the ICP and
/// partner pair). Errors: a row without a name (ICP or partner name for links), a value that is
/// not a number, a rating outside 1-5, a date that is not ISO, a link naming an ICP or partner
/// that does not exist. Warnings: an unknown Model value (the partner needs classification),
/// extra cells beyond the header. Progress counts records.
///
/// Deals and activities (docs/import.md): a partner is found by CRM record id, then website
/// domain, then name; a deal or activity naming a partner that is not in the portfolio, or
/// with an amount or date that cannot be read, is an error of its line. A row with the CRM id
/// of a record of the portfolio updates it (DuplicateAction::Update); so does a deal of the same
/// name and creation date, or an activity of the same partner, date and kind. For deals,
/// `partners` is the opportunity-partner file (may be empty): a row naming an opportunity the
/// deals file does not have is an error of that file's line.
ImportPlan buildPlan(const csv::Table &table, const Mapping &mapping, const PortfolioData &data,
                     const csv::Progress &progress = {}, const LinkedFile &partners = {});

/// What the date columns of `table` under `mapping` say about the day/month order: DayFirst
/// when a first number is above 12, MonthFirst when a second one is, Auto when nothing
/// decides. `ambiguous` tells whether any date could be read either way.
DateOrder detectDateOrder(const csv::Table &table, const Mapping &mapping,
                          bool *ambiguous = nullptr);

/// Re-applies `plan`'s duplicate actions for one DuplicateAction for every duplicate (the
/// command line's "skip", or a wizard's "merge all").
void setAllDuplicateActions(ImportPlan &plan, DuplicateAction action);

/// What an import changes: new rows to append and existing rows to replace. New entities have
/// id 0; the caller gives them ids (Portfolio::newId, or applyChanges()).
struct ImportChanges {
    std::vector<Partner> addedPartners;
    std::vector<Icp> addedIcps;
    std::vector<InfluenceLink> addedLinks;
    std::vector<Deal> addedDeals;
    std::vector<Activity> addedActivities;
    /// Full new values of existing rows (same id) that the import changes: merged or updated.
    std::vector<Partner> mergedPartners;
    std::vector<Icp> mergedIcps;
    std::vector<InfluenceLink> mergedLinks;
    std::vector<Deal> mergedDeals;
    std::vector<Activity> mergedActivities;
    int skippedDuplicates = 0;
    int skippedInvalid = 0;
    int needsClassification = 0; ///< added partners without a model
    /// Rows that name an existing record (merge or update) without changing it: a re-import of
    /// the same export is all unchanged.
    int unchanged = 0;

    /// New records.
    int addedCount() const;
    /// Existing records the import changes.
    int mergedCount() const;
    bool isEmpty() const { return addedCount() == 0 && mergedCount() == 0; }
};

/// The changes `plan` makes to `data`, as a pure function. Returns nullopt when the plan has
/// invalid rows and `skipInvalid` is false (all or nothing), or when it was cancelled. Rows that
/// merge into an earlier row of the file fill that row's new entity.
std::optional<ImportChanges> computeChanges(const PortfolioData &data, const ImportPlan &plan,
                                            bool skipInvalid);

/// Applies `changes` to `data`: merged rows replaced by id, new rows appended with fresh ids
/// (one above the largest in use). For the command line and tests; the GUI uses undo commands.
void applyChanges(PortfolioData &data, const ImportChanges &changes);

} // namespace ps::import
