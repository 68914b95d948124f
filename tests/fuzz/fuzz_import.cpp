// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: mapping an exported table onto a portfolio (presets, header matching, value,
// number and date parsing, validation, duplicate detection, computing and applying the changes)
// as partners, ICPs, links, deals (with the same table as its opportunity-partner file too) and
// activities.
//
// Properties beyond "no crash, no sanitizer finding":
// - one planned row per record;
// - all or nothing: changes exist without --skip-invalid only when no row is invalid;
// - whatever the file holds, the imported portfolio passes ps::validate().
#include "fuzzcheck.h"

#include "core/demo/demoportfolio.h"
#include "core/domain/portfoliodata.h"
#include "core/import/csvreader.h"
#include "core/import/importmapping.h"
#include "core/import/importplan.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace ps;

namespace {

void planAndApply(const PortfolioData &demo, const csv::Table &table, import::Kind kind,
                  import::Preset preset) {
    const import::Mapping mapping =
        import::buildMapping(kind, preset, table.header, table.delimiter);
    PS_FUZZ_CHECK(int(mapping.columns.size()) == table.columnCount(),
                  "the mapping does not cover every column");
    // Deals read the same table as their opportunity-partner file as well: every opportunity
    // id and partner account id in it is then checked against the other side.
    import::LinkedFile linked;
    if (kind == import::Kind::Deals && table.columnCount() % 2 == 0) {
        linked.table = &table;
        linked.mapping =
            import::buildMapping(import::Kind::DealPartners, preset, table.header, table.delimiter);
    }
    import::ImportPlan plan = import::buildPlan(table, mapping, demo, {}, linked);
    PS_FUZZ_CHECK(plan.rows.size() == table.records.size(), "a record without a planned row");
    const auto strict = import::computeChanges(demo, plan, false);
    PS_FUZZ_CHECK(strict.has_value() == (plan.invalidCount() == 0),
                  "an import with invalid rows went ahead (or a clean one did not)");
    for (const import::DuplicateAction action :
         {import::DuplicateAction::Skip, import::DuplicateAction::Merge,
          import::DuplicateAction::Add, import::DuplicateAction::Update}) {
        import::setAllDuplicateActions(plan, action);
        const auto changes = import::computeChanges(demo, plan, true);
        PS_FUZZ_CHECK(changes.has_value(), "skipping invalid rows still refused the import");
        PortfolioData imported = demo;
        import::applyChanges(imported, *changes);
        // Finding of this fuzzer (docs/robustness.md): "add anyway" on a link that repeated an
        // ICP and partner pair appended a second link for the pair; it now merges.
        const QStringList problems = validate(imported);
        if (!problems.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(problems.join(QLatin1Char('\n'))));
        PS_FUZZ_CHECK(problems.isEmpty(), "an import made the portfolio invalid");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const PortfolioData demo = demoPortfolio();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    csv::ReadOptions options;
    options.limits.maxFieldChars = 4096;
    options.limits.maxColumns = 64;
    options.limits.maxRows = 500;
    const csv::ReadResult result = csv::read(bytes, options);
    if (!result.ok())
        return 0;
    const csv::Table &table = *result.table;
    // The replay runs every kind under every preset. A fuzzing run would do 25 plans per input
    // and get about one input a second, so there the input's length picks one combination.
    const import::Kind kinds[] = {import::Kind::Partners, import::Kind::Icps, import::Kind::Links,
                                  import::Kind::Deals, import::Kind::Activities};
    const import::Preset presets[] = {import::Preset::Auto, import::Preset::Salesforce,
                                      import::Preset::HubSpot, import::Preset::Partnerscope,
                                      import::Preset::Generic};
#ifdef PS_LIBFUZZER
    planAndApply(demo, table, kinds[size % 5], presets[(size / 5) % 5]);
#else
    for (const import::Kind kind : kinds)
        for (const import::Preset preset : presets)
            planAndApply(demo, table, kind, preset);
#endif
    return 0;
}
