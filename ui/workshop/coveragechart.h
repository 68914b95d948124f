// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/coverage.h"

#include <QStringList>
#include <QWidget>

#include <vector>

namespace ps {
class Document;

/**
 * The workshop's first step, seed 002's "start with your ideal customer profile": one row per
 * ICP with its influence from the portfolio (0-100, ps::computeCoverage) as a thick bar, the
 * number of strong partners, and gaps marked in words as well as colour, in the projector theme.
 */
class CoverageChart : public QWidget {
    Q_OBJECT
public:
    explicit CoverageChart(Document *document, QWidget *parent = nullptr);

    /// Recomputes from the portfolio now (edits otherwise refresh it on the next pass).
    void refresh();
    const std::vector<IcpCoverage> &coverage() const { return m_coverage; }
    /// ICP names in coverage() order.
    const QStringList &names() const { return m_names; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void scheduleRefresh();

    Document *m_document;
    std::vector<IcpCoverage> m_coverage;
    QStringList m_names;
    bool m_pending = false;
};

} // namespace ps
