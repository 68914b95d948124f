// SPDX-License-Identifier: GPL-3.0-or-later
// ps_savehammer PATH FIRST: saves two different portfolios to PATH alternately, starting with
// portfolio FIRST (0 or 1), until killed.
// tst_atomicsave kills it at random moments and checks that PATH is always a whole portfolio.
#include "core/storage/portfoliofile.h"
#include "helpers/sampleportfolios.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: ps_savehammer PATH FIRST\n";
        return 1;
    }
    const ps::PortfolioData portfolios[2] = {ps::test::hammerPortfolio(0),
                                             ps::test::hammerPortfolio(1)};
    QTextStream out(stdout);
    for (quint64 round = args[2].toUInt();; ++round) {
        QString message;
        if (!ps::PortfolioFile::save(portfolios[round % 2], args[1], &message)) {
            QTextStream(stderr) << message << '\n';
            return 2;
        }
        out << "saved " << round << Qt::endl; // tells the test a save completed
    }
}
