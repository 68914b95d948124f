// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project builds with QT_NO_FOREACH, but two templates in qcustomplot.h (2.1) still use
// `foreach`. A range-for stand-in for the length of the include keeps both rules intact;
// every matrix file includes QCustomPlot through this header.
#ifndef foreach
#define foreach(declaration, container) for (declaration : container)
#define PS_QCP_DEFINED_FOREACH
#endif
#include <qcustomplot.h>
#ifdef PS_QCP_DEFINED_FOREACH
#undef foreach
#undef PS_QCP_DEFINED_FOREACH
#endif
