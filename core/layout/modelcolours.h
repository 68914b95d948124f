// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <array>
#include <optional>

/// The colours of partner models, the same in every picture: the Matrix page, the map, the
/// workshop, the PDF report (through ui/theme/matrixpalette) and the HTML report's SVG.
namespace ps::matrix {

/// Number of colours: one per partner model, the last for partners without a model.
constexpr int ColourCount = 11;

/// 0xRRGGBB by colour index: Okabe & Ito (2008), "Color Universal Design"; then Tol's wine and
/// olive; then grey for partners that need classification.
constexpr std::array<unsigned, ColourCount> ModelRgb = {
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x009E73, // bluish green
    0xF0E442, // yellow
    0x0072B2, // blue
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
    0x000000, // black
    0x882255, // wine
    0x999933, // olive
    0xBBBBBB, // grey: needs classification
};

/// The colour index of a partner's model; the last (grey) without one.
inline int colourIndex(const std::optional<PartnerModel> &model) {
    return model && int(*model) >= 0 && int(*model) < ColourCount - 1 ? int(*model)
                                                                      : ColourCount - 1;
}

} // namespace ps::matrix
