// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accounttext.h"
#include "core/accounts/psi.h"
#include "core/accounts/psifile.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <limits>
#include <optional>
#include <vector>

namespace ps::accounts {

/// The protocol's access to a session's secret scalar (internal to core/accounts).
struct PsiSessionAccess {
    static unsigned char *secret(PsiSession &session) { return session.m_secret.data(); }
    static const unsigned char *secret(const PsiSession &session) {
        return session.m_secret.data();
    }
};

/// Helpers shared by the protocol's steps (internal to core/accounts).
namespace psi_detail {

using Kind = PsiFileInfo::Kind;

/// Points per parallel chunk: about 10 ms of work on one core, so cancelling is quick.
constexpr qint64 Chunk = 64;

inline bool fail(QString *error, const QString &sentence) {
    if (error)
        *error = sentence;
    return false;
}

/// Sets *error and returns an empty optional of any type: `return refused(error, "...");`.
inline std::nullopt_t refused(QString *error, const QString &sentence) {
    fail(error, sentence);
    return std::nullopt;
}

inline QString inFile(const QString &fileName, const QString &sentence) {
    //: %1 file name, %2 the problem
    return PsiText::tr("%1: %2").arg(fileName, sentence);
}

/// The first index a worker found bad, shared between threads.
class FirstBad {
public:
    void report(qint64 index) {
        qint64 current = m_index.load();
        while (index < current && !m_index.compare_exchange_weak(current, index)) {
        }
    }
    bool any() const { return m_index.load() != NoIndex; }
    qint64 index() const { return m_index.load(); }

private:
    static constexpr qint64 NoIndex = std::numeric_limits<qint64>::max();
    std::atomic<qint64> m_index{NoIndex};
};

/// "The file holds an entry that is not a valid ristretto255 point (list 2, entry 17)...".
inline QString badPointSentence(const psifile::Exchange &ex, qint64 pointIndex) {
    int list = 0;
    while (list + 1 < int(ex.lists.size()) && pointIndex >= ex.lists[size_t(list)].count) {
        pointIndex -= ex.lists[size_t(list)].count;
        ++list;
    }
    return PsiText::tr("The file holds an entry that is not a valid ristretto255 point (list %1, "
                       "entry %2): it was damaged or forged.")
        .arg(list + 1)
        .arg(pointIndex + 1);
}

inline const unsigned char *pointAt(const QByteArray &file, qint64 offset) {
    return reinterpret_cast<const unsigned char *>(file.constData()) + offset;
}

/// The sender's own lists of a file (an answer's re-blinded lists left out).
inline std::vector<PsiList> ownLists(const psifile::Exchange &ex) {
    std::vector<PsiList> lists;
    for (const psifile::ListHeader &list : ex.lists)
        if (list.role == psifile::Role::Own)
            lists.push_back({list.mask, list.count});
    return lists;
}

} // namespace psi_detail
} // namespace ps::accounts
