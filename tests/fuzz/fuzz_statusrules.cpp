// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the status rules a portfolio file remembers with each account list
// (account_lists.status_rules, core/accounts/statusrulestext.h). A portfolio may come from
// another company, so the stored text is hostile input.
//
// Properties beyond "no crash, no sanitizer finding":
// - a refused text says why, in one sentence;
// - accepted rules keep the documented bounds (rules, characters per text);
// - accepted rules written back for their layout read back as the same rules;
// - the rules compile against a header and decide a row's status without reading past it.
#include "fuzzcheck.h"

#include "core/accounts/statusrulestext.h"
#include "core/import/csvreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace ps::accounts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<StoredStatusRules> stored = statusRulesFromText(text, &error);
    if (!stored) {
        PS_FUZZ_CHECK(!error.isEmpty(), "a refused text says why");
        return 0;
    }
    PS_FUZZ_CHECK(stored->rules.rules.size() <= size_t(MaxStoredStatusRules),
                  "no more rules than the bound");
    QStringList header;
    for (const StatusRule &rule : stored->rules.rules) {
        PS_FUZZ_CHECK(rule.column.size() <= MaxStoredStatusRuleText &&
                          rule.pattern.size() <= MaxStoredStatusRuleText,
                      "no text longer than the bound");
        if (!rule.column.trimmed().isEmpty() && !header.contains(rule.column))
            header << rule.column;
    }

    // Written back for its layout, the same rules read back.
    AccountMapping mapping;
    mapping.preset = stored->layout;
    mapping.statusRules = stored->rules;
    QString again;
    const std::optional<StoredStatusRules> reread =
        statusRulesFromText(statusRulesToText(mapping, header), &again);
    PS_FUZZ_CHECK(reread.has_value(), "rules written back read back");
    PS_FUZZ_CHECK(reread->layout == stored->layout && reread->rules == stored->rules,
                  "rules written back read back the same");

    // The rules decide a row: a header of their columns and one short row (every rule past
    // the row's end reads an empty cell).
    header << QStringLiteral("Status");
    const CompiledStatusRules compiled(stored->rules, header, int(header.size() - 1));
    const ps::csv::ReadResult file = ps::csv::read("Type,Status\nCustomer - Direct,lead\n");
    PS_FUZZ_CHECK(file.ok() && !file.table->records.empty(), "the fixed row reads");
    const AccountStatus status = compiled.statusOf(file.table->records.front().fields);
    PS_FUZZ_CHECK(status == stored->rules.fallback ||
                      std::any_of(stored->rules.rules.begin(), stored->rules.rules.end(),
                                  [status](const StatusRule &r) { return r.status == status; }),
                  "the status is a rule's or the fallback");
    return 0;
}
