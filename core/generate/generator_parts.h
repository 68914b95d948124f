// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"
#include "core/generate/random.h"

#include <QStringList>

/// Internal to the generator: the steps of generatePortfolio() and their shared vocabulary.
namespace ps::generate {

/// Small fixed vocabularies; QStrings built once so generated rows share their storage.
struct Vocabulary {
    QStringList regions;
    QStringList industries;
    QStringList sizeBands;
    QStringList buyerRoles;
    QStringList owners;
    QStringList nextSteps;
    QStringList partnerNotes;
    QStringList namePrefixes;
    QStringList nameCores;
    QStringList exitClauses;

    static const Vocabulary &instance();
};

/// Picks between `min` and `max` distinct entries of `pool`.
QStringList pickSome(Random &rng, const QStringList &pool, int min, int max);

std::vector<Icp> generateIcps(Random &rng, int count);
std::vector<Partner> generatePartners(Random &rng, int count);
std::vector<InfluenceLink> generateLinks(Random &rng, const std::vector<Partner> &partners,
                                         const std::vector<Icp> &icps);
std::vector<OemDeal> generateOemDeals(Random &rng, const std::vector<Partner> &partners);
/// Two years of activity and deal log for the partners of `data` (generate/logs.h).
void generateLogs(PortfolioData &data, quint64 seed);

} // namespace ps::generate
