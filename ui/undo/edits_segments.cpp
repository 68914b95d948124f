// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for saved segment rules: one command swaps the whole vector.
#include "ui/undo/edits_segments.h"

#include "ui/undo/edithelpers.h"

#include <algorithm>

namespace ps {
namespace undo {

/// Swaps the saved segment rules; rules are few and small, so keeping both vectors is cheap
/// and undo cannot drift from what was there.
class SetSegmentRules : public QUndoCommand {
public:
    SetSegmentRules(Portfolio *portfolio, std::vector<SegmentRule> before,
                    std::vector<SegmentRule> after, const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override { m_portfolio->setSegmentRules(m_after); }
    void undo() override { m_portfolio->setSegmentRules(m_before); }

private:
    Portfolio *m_portfolio;
    std::vector<SegmentRule> m_before;
    std::vector<SegmentRule> m_after;
};

} // namespace undo

namespace edit {
using namespace detail;

namespace {

Id freshRuleId(const std::vector<SegmentRule> &rules) {
    Id highest = 0;
    for (const SegmentRule &r : rules)
        highest = std::max(highest, r.id);
    return highest + 1;
}

auto findRule(std::vector<SegmentRule> &rules, Id id) {
    return std::find_if(rules.begin(), rules.end(),
                        [id](const SegmentRule &r) { return r.id == id; });
}

} // namespace

bool setSegmentRules(Document &doc, const std::vector<SegmentRule> &rules, const QString &text) {
    Portfolio &portfolio = *doc.portfolio();
    if (portfolio.segmentRules() == rules)
        return false;
    doc.undoStack()->push(
        new undo::SetSegmentRules(&portfolio, portfolio.segmentRules(), rules, text));
    return true;
}

Id addSegmentRule(Document &doc, SegmentRule rule) {
    // A rule without conditions would match every partner; the editor asks for at least one.
    if (rule.conditions.empty())
        return 0;
    std::vector<SegmentRule> rules = doc.portfolio()->segmentRules();
    rule.name = rule.name.trimmed();
    if (rule.name.isEmpty())
        rule.name = EditTr::tr("New segment");
    if (rule.id <= 0 || findRule(rules, rule.id) != rules.end())
        rule.id = freshRuleId(rules);
    const Id id = rule.id;
    const QString text = EditTr::tr("Add segment %1").arg(rule.name);
    rules.push_back(std::move(rule));
    return setSegmentRules(doc, rules, text) ? id : 0;
}

bool setSegmentRule(Document &doc, const SegmentRule &rule) {
    std::vector<SegmentRule> rules = doc.portfolio()->segmentRules();
    const auto it = findRule(rules, rule.id);
    if (it == rules.end() || rule.conditions.empty())
        return false;
    SegmentRule after = rule;
    after.name = after.name.trimmed();
    if (after.name.isEmpty())
        after.name = it->name;
    const QString text = EditTr::tr("Change segment %1").arg(it->name);
    *it = std::move(after);
    return setSegmentRules(doc, rules, text);
}

bool removeSegmentRule(Document &doc, Id rule) {
    std::vector<SegmentRule> rules = doc.portfolio()->segmentRules();
    const auto it = findRule(rules, rule);
    if (it == rules.end())
        return false;
    const QString text = EditTr::tr("Delete segment %1").arg(it->name);
    rules.erase(it);
    return setSegmentRules(doc, rules, text);
}

} // namespace edit
} // namespace ps
