// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

namespace ps {
class Document;
class RoyaltyPanel;

/**
 * The royalty simulator of seed 000: two term sheets side by side, each with its editor, chart,
 * year table and "breaks at scale" banner. Both start from the selected OEM deal's terms, so
 * the right one can be edited into an alternative and compared with the deal as it stands; or
 * either can show another deal's terms.
 */
class RoyaltySimulator : public QWidget {
    Q_OBJECT
public:
    explicit RoyaltySimulator(Document *document, QWidget *parent = nullptr);

    /// Loads the deal's terms into both sheets.
    void setDeal(Id deal);
    RoyaltyPanel *current() const { return m_current; }
    RoyaltyPanel *alternative() const { return m_alternative; }

private:
    RoyaltyPanel *m_current;
    RoyaltyPanel *m_alternative;
};

} // namespace ps
