// SPDX-License-Identifier: GPL-3.0-or-later
// The ps::edit facade for the evidence of the deal log: accepting and rejecting the influence
// links it suggests.
#include "core/economics/linksuggestions.h"
#include "ui/undo/edithelpers.h"

#include <algorithm>

namespace ps::edit {
using namespace detail;

namespace {

/// Replaces the rejected suggestions; undo puts the previous list back.
class SetRejectedLinks : public QUndoCommand {
public:
    SetRejectedLinks(Portfolio *portfolio, std::vector<LinkKey> before, std::vector<LinkKey> after,
                     const QString &text)
        : QUndoCommand(text)
        , m_portfolio(portfolio)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override { m_portfolio->setRejectedLinks(m_after); }
    void undo() override { m_portfolio->setRejectedLinks(m_before); }

private:
    Portfolio *m_portfolio;
    std::vector<LinkKey> m_before;
    std::vector<LinkKey> m_after;
};

QString pairName(const Portfolio &portfolio, Id icpId, Id partnerId) {
    InfluenceLink link;
    link.icpId = icpId;
    link.partnerId = partnerId;
    return nameOf(portfolio, link);
}

} // namespace

Id acceptLinkSuggestion(Document &doc, const LinkSuggestion &suggestion) {
    return addLink(doc, suggestedLink(suggestion));
}

bool rejectLinkSuggestion(Document &doc, Id icpId, Id partnerId) {
    Portfolio &portfolio = *doc.portfolio();
    const LinkKey key{icpId, partnerId};
    std::vector<LinkKey> after = portfolio.rejectedLinks();
    if (std::find(after.begin(), after.end(), key) != after.end() || !portfolio.find<Icp>(icpId) ||
        !portfolio.find<Partner>(partnerId))
        return false;
    after.push_back(key);
    std::sort(after.begin(), after.end());
    doc.undoStack()->push(new SetRejectedLinks(
        &portfolio, portfolio.rejectedLinks(), std::move(after),
        EditTr::tr("Reject the suggested %1").arg(pairName(portfolio, icpId, partnerId))));
    return true;
}

bool unrejectLinkSuggestion(Document &doc, Id icpId, Id partnerId) {
    Portfolio &portfolio = *doc.portfolio();
    std::vector<LinkKey> after = portfolio.rejectedLinks();
    const auto it = std::find(after.begin(), after.end(), LinkKey{icpId, partnerId});
    if (it == after.end())
        return false;
    after.erase(it);
    doc.undoStack()->push(new SetRejectedLinks(
        &portfolio, portfolio.rejectedLinks(), std::move(after),
        EditTr::tr("Suggest %1 again").arg(pairName(portfolio, icpId, partnerId))));
    return true;
}

} // namespace ps::edit
