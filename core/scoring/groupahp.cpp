// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/groupahp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ps::ahp {
namespace {

double entropy(const std::vector<double> &p) {
    double h = 0.0;
    for (double x : p)
        if (x > 0.0)
            h -= x * std::log(x);
    return h;
}

} // namespace

Matrix geometricMeanMatrix(const std::vector<Matrix> &matrices) {
    if (matrices.empty())
        return {};
    const size_t n = matrices.front().size();
    Matrix out(n, std::vector<double>(n, 0.0));
    for (const Matrix &m : matrices)
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                out[i][j] += std::log(m[i][j]);
    const double k = double(matrices.size());
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            out[i][j] = std::exp(out[i][j] / k);
    return out;
}

std::vector<double> geometricMeanPriorities(const std::vector<std::vector<double>> &priorities) {
    if (priorities.empty())
        return {};
    const size_t n = priorities.front().size();
    std::vector<double> out(n, 0.0);
    for (const std::vector<double> &w : priorities)
        for (size_t j = 0; j < n; ++j)
            out[j] += std::log(w[j]);
    double total = 0.0;
    for (double &x : out) {
        x = std::exp(x / double(priorities.size()));
        total += x;
    }
    for (double &x : out)
        x /= total;
    return out;
}

double consensus(const std::vector<std::vector<double>> &priorities, double scaleMax) {
    if (priorities.size() < 2 || priorities.front().size() < 2)
        return 1.0;
    const size_t n = priorities.front().size();
    const double k = double(priorities.size());
    double alpha = 0.0;
    std::vector<double> mean(n, 0.0);
    for (const std::vector<double> &w : priorities) {
        alpha += entropy(w);
        for (size_t j = 0; j < n; ++j)
            mean[j] += w[j] / k;
    }
    alpha /= k;
    const double beta = entropy(mean) - alpha;
    const double nn = double(n);
    const double top = scaleMax / (nn + scaleMax - 1.0);
    const double rest = 1.0 / (nn + scaleMax - 1.0);
    const double alphaMin = -top * std::log(top) - (nn - 1.0) * rest * std::log(rest);
    const double gammaMax = std::log(nn);
    const double inverseCorrection = std::exp(alphaMin - gammaMax);
    const double s = (std::exp(-beta) - inverseCorrection) / (1.0 - inverseCorrection);
    return std::clamp(s, 0.0, 1.0);
}

std::optional<GroupResult> aggregate(const std::vector<Matrix> &matrices, QString *error) {
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (matrices.empty())
        return fail(QCoreApplication::translate("ps::GroupAhp", "There are no judgments yet."));
    GroupResult group;
    std::vector<std::vector<double>> priorities;
    for (size_t k = 0; k < matrices.size(); ++k) {
        if (matrices[k].size() != matrices.front().size())
            return fail(
                QCoreApplication::translate(
                    "ps::GroupAhp", "Matrix %1 compares %2 criteria; the first compares %3.")
                    .arg(k + 1)
                    .arg(matrices[k].size())
                    .arg(matrices.front().size()));
        QString why;
        const std::optional<Result> result = compute(matrices[k], &why);
        if (!result)
            return fail(
                QCoreApplication::translate("ps::GroupAhp", "Matrix %1: %2").arg(k + 1).arg(why));
        priorities.push_back(result->weights);
        group.participants.push_back({*result, suggest(matrices[k])});
    }
    group.aijMatrix = geometricMeanMatrix(matrices);
    // The geometric mean of reciprocal matrices is reciprocal, so compute() accepts it.
    group.aij = *compute(group.aijMatrix);
    group.aipWeights = geometricMeanPriorities(priorities);
    group.consensus = consensus(priorities);
    return group;
}

} // namespace ps::ahp
