// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/ahp.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>

namespace ps::ahp {
namespace {

/// This file's translations, in the context lupdate files them under.
class AhpTr {
    Q_DECLARE_TR_FUNCTIONS(ps::Ahp)
};

/// How far a[i][j] * a[j][i] may stray from 1: judgments typed as rounded decimals (0.333 for
/// 1/3) must still count as reciprocal.
constexpr double ReciprocalTolerance = 1e-3;
constexpr double ConvergenceTolerance = 1e-12;
constexpr int MaxIterations = 1000;

/// Sum of the entries; the power iteration keeps the vector normalized to sum 1.
double sum(const std::vector<double> &v) {
    double total = 0.0;
    for (double x : v)
        total += x;
    return total;
}

std::vector<double> multiply(const Matrix &m, const std::vector<double> &v) {
    std::vector<double> out(v.size(), 0.0);
    for (size_t i = 0; i < m.size(); ++i)
        for (size_t j = 0; j < v.size(); ++j)
            out[i] += m[i][j] * v[j];
    return out;
}

} // namespace

double randomIndex(int n) {
    // Saaty, "The Analytic Hierarchy Process" (1980) and later tables, n = 1..15.
    static const double table[] = {0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                   1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    constexpr int size = int(sizeof(table) / sizeof(table[0]));
    if (n < 1)
        return 0.0;
    return table[std::min(n, size) - 1];
}

QString checkMatrix(const Matrix &m) {
    const size_t n = m.size();
    if (n == 0)
        return AhpTr::tr("The matrix is empty.");
    for (size_t i = 0; i < n; ++i)
        if (m[i].size() != n)
            return AhpTr::tr("The matrix is not square: row %1 has %n values, expected %2.",
                             nullptr, int(m[i].size()))
                .arg(i + 1)
                .arg(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j) {
            const double v = m[i][j];
            if (!std::isfinite(v))
                return AhpTr::tr("The value in row %1, column %2 is not a finite number.")
                    .arg(i + 1)
                    .arg(j + 1);
            if (v <= 0.0)
                return AhpTr::tr("The value in row %1, column %2 is %3; every judgment must be "
                                 "positive.")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(v);
        }
    for (size_t i = 0; i < n; ++i)
        if (std::abs(m[i][i] - 1.0) > ReciprocalTolerance)
            return AhpTr::tr("The diagonal value in row %1 is %2; it must be 1.")
                .arg(i + 1)
                .arg(m[i][i]);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j)
            if (std::abs(m[i][j] * m[j][i] - 1.0) > ReciprocalTolerance)
                return AhpTr::tr(
                           "The matrix is not reciprocal: row %1, column %2 is %3 but row %4, "
                           "column %5 is %6 instead of %7.")
                    .arg(i + 1)
                    .arg(j + 1)
                    .arg(m[i][j])
                    .arg(j + 1)
                    .arg(i + 1)
                    .arg(m[j][i])
                    .arg(1.0 / m[i][j], 0, 'g', 4);
    return QString();
}

std::optional<Result> compute(const Matrix &m, QString *error) {
    const QString problem = checkMatrix(m);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const size_t n = m.size();
    // A positive matrix has a simple dominant eigenvalue with a positive eigenvector (Perron),
    // so power iteration from the uniform vector converges to it.
    std::vector<double> w(n, 1.0 / double(n));
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        std::vector<double> next = multiply(m, w);
        const double total = sum(next);
        double change = 0.0;
        for (size_t i = 0; i < n; ++i) {
            next[i] /= total;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w = std::move(next);
        if (change < ConvergenceTolerance)
            break;
    }
    Result result;
    const std::vector<double> aw = multiply(m, w);
    double lambda = 0.0;
    for (size_t i = 0; i < n; ++i)
        lambda += aw[i] / w[i];
    result.lambdaMax = lambda / double(n);
    result.weights = std::move(w);
    if (n > 2) {
        result.ci = (result.lambdaMax - double(n)) / double(n - 1);
        result.cr = result.ci / randomIndex(int(n));
    } else if (n == 2) {
        // Any positive reciprocal 2 x 2 matrix is consistent: lambda max is exactly 2.
        result.ci = (result.lambdaMax - 2.0);
    }
    // Rounding can leave CI a hair below zero for a consistent matrix.
    if (std::abs(result.ci) < 1e-12)
        result.ci = 0.0;
    if (std::abs(result.cr) < 1e-12)
        result.cr = 0.0;
    result.consistent = result.cr <= 0.10;
    return result;
}

namespace {

/// Splits one CSV line at `separator`, honouring double quotes ("" inside quotes is a quote).
QStringList splitCells(const QString &line, QChar separator) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

/// A number ("3", "0.5", with a decimal comma when cells are separated by semicolons) or a
/// fraction of two such numbers ("1/3").
std::optional<double> parseJudgment(QString text, QChar separator) {
    if (separator == QLatin1Char(';'))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool ok = false;
    if (slash < 0) {
        const double value = text.toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    const double numerator = text.left(slash).trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double denominator = text.mid(slash + 1).trimmed().toDouble(&ok);
    if (!ok || denominator == 0.0 || !std::isfinite(numerator) || !std::isfinite(denominator))
        return std::nullopt;
    return numerator / denominator;
}

} // namespace

std::optional<PairwiseTable> parseCsv(const QByteArray &csv, const QString &fileName,
                                      QString *error) {
    const QString name = QLatin1Char('"') + QDir::toNativeSeparators(fileName) + QLatin1Char('"');
    auto fail = [&](int line, const QString &why) {
        if (error)
            *error = line > 0 ? AhpTr::tr("%1, line %2: %3").arg(name).arg(line).arg(why)
                              : AhpTr::tr("%1: %2").arg(name, why);
        return std::nullopt;
    };
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return fail(0, AhpTr::tr("the file is not UTF-8 text."));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);

    // Blank lines carry nothing; remember the 1-based number of each line that does.
    std::vector<int> numbers;
    QStringList rows;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty()) {
            rows << lines.at(i);
            numbers.push_back(int(i) + 1);
        }
    if (rows.isEmpty())
        return fail(0, AhpTr::tr("the file is empty; it needs a header row of criterion names."));

    const QChar separator =
        rows.first().contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = splitCells(rows.first(), separator);
    if (!header.first().isEmpty())
        return fail(numbers[0],
                    AhpTr::tr("the first cell of the header row must be empty, not \"%1\".")
                        .arg(header.first().left(40)));
    PairwiseTable table;
    for (qsizetype c = 1; c < header.size(); ++c) {
        if (header.at(c).isEmpty())
            return fail(numbers[0],
                        AhpTr::tr("column %1 of the header row has no name.").arg(c + 1));
        if (table.names.contains(header.at(c)))
            return fail(numbers[0],
                        AhpTr::tr("the criterion \"%1\" appears twice in the header row.")
                            .arg(header.at(c)));
        table.names << header.at(c);
    }
    const qsizetype n = table.names.size();
    if (n == 0)
        return fail(numbers[0], AhpTr::tr("the header row names no criteria."));

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const int line = numbers[size_t(r)];
        if (r > n)
            return fail(line,
                        AhpTr::tr("there are more rows than the %n criteria in the header row.",
                                  nullptr, int(n)));
        const QStringList cells = splitCells(rows.at(r), separator);
        const QString &expected = table.names.at(r - 1);
        if (cells.first() != expected)
            return fail(line,
                        AhpTr::tr("the row should be for \"%1\" (the header's order), not \"%2\".")
                            .arg(expected, cells.first().left(40)));
        if (cells.size() - 1 != n)
            return fail(line, AhpTr::tr("the row for \"%1\" has %n values; the header names %2 "
                                        "criteria.",
                                        nullptr, int(cells.size() - 1))
                                  .arg(expected)
                                  .arg(n));
        std::vector<double> values;
        values.reserve(size_t(n));
        for (qsizetype c = 1; c < cells.size(); ++c) {
            const std::optional<double> value = parseJudgment(cells.at(c), separator);
            if (!value)
                return fail(line,
                            AhpTr::tr("column %1 (\"%2\") holds \"%3\", which is not a number or "
                                      "a fraction like 1/3.")
                                .arg(c + 1)
                                .arg(table.names.at(c - 1), cells.at(c).left(40)));
            values.push_back(*value);
        }
        table.matrix.push_back(std::move(values));
    }
    if (table.matrix.size() < size_t(n))
        return fail(numbers.back(),
                    AhpTr::tr("the file ends here, but the row for \"%1\" is missing.")
                        .arg(table.names.at(qsizetype(table.matrix.size()))));
    return table;
}

} // namespace ps::ahp
