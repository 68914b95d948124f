// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfoliodata.h"

namespace ps {

/// The built-in demo portfolio: "Lumora Systems", a fictional vendor of device-management and
/// edge software for rugged tablets, POS terminals and clinical devices, selling through a
/// layered channel (distributors, resellers, VARs), hardware OEMs, ISVs, integrators and
/// service partners.
///
/// The data is written as tables in code and is the same on every call and every machine, so
/// the GUI's demo, the `demo` command, screenshots and tests all see one portfolio. It passes
/// ps::validate(). Partner names, notes and ICP texts are document content, not interface
/// text, and are therefore not translated: a saved demo file must not depend on the locale.
PortfolioData demoPortfolio();

} // namespace ps
