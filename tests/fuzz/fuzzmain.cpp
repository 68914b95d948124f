// SPDX-License-Identifier: GPL-3.0-or-later
// The replay driver of every fuzz target when it is not built with libFuzzer: runs each file of
// the directories (or files) given on the command line through LLVMFuzzerTestOneInput, so the
// seed corpus and every crash the fuzzers ever found are replayed by ctest with any compiler.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path), qint64(bytes.size()));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
        return 1;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isFile()) {
            replayed += runFile(arg) ? 1 : 0;
            continue;
        }
        if (!QFileInfo(arg).isDir()) {
            // regressions/<target>/ exists only once a fuzzer has found something there.
            std::fprintf(stderr, "%s: nothing to replay\n", argv[i]);
            continue;
        }
        QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            replayed += runFile(it.next()) ? 1 : 0;
    }
    std::fprintf(stderr, "%d inputs replayed without a finding\n", replayed);
    // An empty corpus would make this test pass without testing anything.
    return replayed > 0 ? 0 : 1;
}
