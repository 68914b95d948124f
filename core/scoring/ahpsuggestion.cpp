// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/ahpsuggestion.h"

#include <cmath>

namespace ps::ahp {

const std::array<double, 17> &saatyScale() {
    static const std::array<double, 17> scale = {
        1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 1.0,
        2.0,     3.0,     4.0,     5.0,     6.0,     7.0,     8.0,     9.0};
    return scale;
}

double nearestSaaty(double ratio) {
    if (!(ratio > 0.0) || !std::isfinite(ratio))
        return 1.0;
    double best = 1.0;
    double bestDistance = 1e300;
    for (double v : saatyScale()) {
        const double d = std::abs(std::log(v) - std::log(ratio));
        if (d < bestDistance) {
            bestDistance = d;
            best = v;
        }
    }
    return best;
}

bool isSaatyValue(double value) {
    if (!(value > 0.0) || !std::isfinite(value))
        return false;
    for (double v : saatyScale())
        if (std::abs(value - v) <= 1e-6 * v)
            return true;
    return false;
}

QString saatyText(double value) {
    if (value >= 1.0)
        return QString::number(std::lround(value));
    return QStringLiteral("1/%1").arg(std::lround(1.0 / value));
}

Matrix withJudgment(Matrix m, int row, int column, double value) {
    m[size_t(row)][size_t(column)] = value;
    m[size_t(column)][size_t(row)] = 1.0 / value;
    return m;
}

std::optional<Suggestion> suggest(const Matrix &m) {
    if (m.size() < 3)
        return std::nullopt;
    const std::optional<Result> result = compute(m);
    if (!result)
        return std::nullopt;
    const std::vector<double> &w = result->weights;
    std::optional<Suggestion> best;
    double bestMagnitude = -1.0;
    const int n = int(m.size());
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double a = m[size_t(i)][size_t(j)];
            const double error = a * w[size_t(j)] / w[size_t(i)];
            const double magnitude = std::abs(std::log(error));
            const double proposed = nearestSaaty(w[size_t(i)] / w[size_t(j)]);
            if (std::abs(proposed - a) <= 1e-6 * proposed || magnitude <= bestMagnitude)
                continue;
            bestMagnitude = magnitude;
            best = Suggestion{i, j, a, proposed, error, 0.0};
        }
    if (best) {
        const std::optional<Result> after =
            compute(withJudgment(m, best->row, best->column, best->proposed));
        best->crAfter = after ? after->cr : 0.0;
    }
    return best;
}

} // namespace ps::ahp
