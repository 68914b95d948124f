// SPDX-License-Identifier: GPL-3.0-or-later
// Matching what OCR read against the names a render drew (the legibility tests).
#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace ps::test {

/// Lower-case letters and digits only, accents dropped: OCR's spaces and punctuation vary.
inline QString ocrNormalized(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    return out;
}

/// Similarity 0-1 from the edit distance (1 = equal).
inline double ocrSimilarity(const QString &a, const QString &b) {
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min(
                {up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(row.back()) / double(longest);
}

} // namespace ps::test
