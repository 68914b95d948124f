// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/gapcandidates.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ps {
class Document;
class LazyRefresh;

/**
 * Focus on one ICP (seed 002: start with the ICP, then map the partners that influence that
 * buyer): its linked partners by strength and role, by name, and for a gap ICP the partners that
 * could close the gap (core/analytics/gapcandidates.h), best first with the reason, each with an
 * "Add link" button that adds (or strengthens) the influence link in one undo step. The ICP is
 * chosen in the panel's own combo box (keyboard) or from the map and the coverage table.
 */
class IcpFocusPanel : public QWidget {
    Q_OBJECT
public:
    enum class Theme { Default, Projector };
    enum PartnerColumn { PartnerName, PartnerRole, PartnerStrength, PartnerColumns };
    enum CandidateColumn {
        CandidateName,
        CandidateScore,
        CandidateReason,
        CandidateAction,
        CandidateColumns
    };

    explicit IcpFocusPanel(Document *document, QWidget *parent = nullptr);

    /// Focuses this ICP (0 = none).
    void setIcp(Id icpId);
    Id icp() const { return m_icpId; }
    /// Large type for the projector (18 pt), or the desktop's (at least 9 pt).
    void setTheme(Theme theme);

    QComboBox *icpCombo() const { return m_combo; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *partnersTable() const { return m_partners; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    const std::vector<GapCandidate> &candidates() const { return m_candidateList; }
    /// Adds the link of candidate `row` (one undo step); false when nothing happened.
    bool addCandidateLink(int row);
    /// Recomputes now (tests, and when the panel is shown).
    void refreshNow();

Q_SIGNALS:
    /// The user chose an ICP in the panel.
    void icpChosen(ps::Id icpId);

private:
    void rebuildCombo();
    void applyFonts();

    Document *m_document;
    Id m_icpId = 0;
    Theme m_theme = Theme::Default;
    std::vector<GapCandidate> m_candidateList;
    LazyRefresh *m_refresh;
    QComboBox *m_combo;
    QLabel *m_summary;
    QLabel *m_partnersTitle;
    QTableWidget *m_partners;
    QLabel *m_candidatesTitle;
    QTableWidget *m_candidates;
};

} // namespace ps
