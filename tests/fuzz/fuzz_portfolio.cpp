// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: opening a portfolio file. The input bytes become a file on disk, which
// PortfolioFile::load and ::check open as a user's double click would.
//
// Properties beyond "no crash, no sanitizer finding":
// - opening never writes: the file's bytes are the same afterwards;
// - a refusal is one sentence naming the file;
// - a file check() finds nothing wrong with also loads;
// - a file that loads is valid, saves, and loads back equal.
#include "fuzzcheck.h"

#include "core/domain/portfoliodata.h"
#include "core/storage/portfoliofile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace ps;

namespace {

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static QTemporaryDir dir;
    PS_FUZZ_CHECK(dir.isValid(), "no temporary folder");
    const QString path = dir.filePath(QStringLiteral("input.partnerscope"));
    const QString copy = dir.filePath(QStringLiteral("saved.partnerscope"));
    QFile::remove(path);
    QFile::remove(copy);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        PS_FUZZ_CHECK(file.open(QIODevice::WriteOnly), "cannot write the input file");
        PS_FUZZ_CHECK(file.write(bytes) == bytes.size(), "cannot write the input file");
    }

    const PortfolioFile::LoadResult result = PortfolioFile::load(path);
    PS_FUZZ_CHECK(readFile(path) == bytes, "opening changed the file");
    const QStringList problems = PortfolioFile::check(path);
    PS_FUZZ_CHECK(readFile(path) == bytes, "checking changed the file");
    const QString quotedName = QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
    for (const QString &problem : problems)
        PS_FUZZ_CHECK(problem.contains(quotedName), "a problem does not name the file");

    if (!result.ok()) {
        PS_FUZZ_CHECK(result.error != PortfolioFile::ErrorKind::None, "refused without a reason");
        PS_FUZZ_CHECK(result.message.contains(quotedName), "the refusal does not name the file");
        PS_FUZZ_CHECK(result.message.endsWith(QLatin1Char('.')), "the refusal is not a sentence");
        PS_FUZZ_CHECK(!problems.isEmpty(), "check() passes a file that load() refuses");
        return 0;
    }
    PS_FUZZ_CHECK(validate(*result.data).isEmpty(), "a loaded portfolio breaks the rules");
    QString message;
    PS_FUZZ_CHECK(PortfolioFile::save(*result.data, copy, &message),
                  "a loaded portfolio does not save");
    const PortfolioFile::LoadResult again = PortfolioFile::load(copy);
    PS_FUZZ_CHECK(again.ok(), "a saved portfolio does not load");
    PS_FUZZ_CHECK(*again.data == *result.data, "a portfolio changed in a save and load");
    return 0;
}
