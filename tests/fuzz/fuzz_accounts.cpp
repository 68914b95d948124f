// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: reading an account list (presets, header matching, status rules, cell checks,
// numbers, duplicates, domain keys and name keys) and matching it against itself.
//
// Properties beyond "no crash, no sanitizer finding":
// - all or nothing: a list, or at least one error, never both;
// - an accepted list has one account per record, each with a name or a website, keys equal to
//   what the key functions give, and no control or text-direction characters;
// - matched against itself, every account with a key matches.
#include "fuzzcheck.h"

#include "core/accounts/accountimport.h"
#include "core/accounts/companyname.h"
#include "core/accounts/domainkey.h"
#include "core/accounts/overlap.h"
#include "core/import/csvreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace ps;
using namespace ps::accounts;

namespace {

bool hostile(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x202A && c.unicode() <= 0x202E))
            return true;
    return false;
}

void importAndMatch(const csv::Table &table, AccountPreset preset) {
    const AccountMapping mapping = buildAccountMapping(preset, table.header, table.delimiter);
    PS_FUZZ_CHECK(int(mapping.columns.size()) == table.columnCount(),
                  "the mapping does not cover every column");
    AccountImportOptions options;
    options.threads = 1;
    const AccountImportResult result =
        parseAccounts(table, mapping, QStringLiteral("fuzz.csv"), options);
    PS_FUZZ_CHECK(result.ok() != !result.errors.empty(), "a list and errors, or neither");
    for (const AccountIssue &issue : result.errors)
        PS_FUZZ_CHECK(!issue.message.isEmpty(), "an error without a sentence");
    if (!result.ok())
        return;
    const AccountList &list = *result.list;
    PS_FUZZ_CHECK(list.accounts.size() == table.records.size(), "a record without an account");
    qint64 keyed = 0;
    for (const Account &a : list.accounts) {
        PS_FUZZ_CHECK(!a.name.isEmpty() || !a.website.isEmpty(), "an account with no name or site");
        PS_FUZZ_CHECK(a.domainKey == registrableDomain(a.website), "a domain key out of date");
        PS_FUZZ_CHECK(a.nameKey == normalizedCompanyName(a.name), "a name key out of date");
        PS_FUZZ_CHECK(!hostile(a.name) && !hostile(a.website) && !hostile(a.crmId),
                      "a hostile cell was accepted");
        keyed += (!a.domainKey.isEmpty() || !a.nameKey.isEmpty()) ? 1 : 0;
    }
    OverlapOptions overlapOptions;
    overlapOptions.threads = 1;
    const OverlapResult self = computeOverlap(list, list, overlapOptions);
    PS_FUZZ_CHECK(self.overlapTotal == keyed, "an account does not match itself");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    csv::ReadOptions options;
    options.limits.maxFieldChars = 4096;
    options.limits.maxColumns = 64;
    options.limits.maxRows = 500;
    const csv::ReadResult result = csv::read(bytes, options);
    if (!result.ok())
        return 0;
    const AccountPreset presets[] = {AccountPreset::Auto, AccountPreset::Salesforce,
                                     AccountPreset::HubSpot, AccountPreset::Generic};
#ifdef PS_LIBFUZZER
    importAndMatch(*result.table, presets[size % 4]);
#else
    for (const AccountPreset preset : presets)
        importAndMatch(*result.table, preset);
#endif
    return 0;
}
