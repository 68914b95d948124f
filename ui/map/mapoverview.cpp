// SPDX-License-Identifier: GPL-3.0-or-later
// The influence map as a Sankey of ICP, partner model and partner, laid out for one picture
// size so that every name it draws is readable there.
#include "ui/map/mapoverview.h"

#include "core/analytics/coverage.h"
#include "core/analytics/maplayout.h"
#include "ui/theme/matrixpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace ps::map {
namespace {

class MapOverviewTr {
    Q_DECLARE_TR_FUNCTIONS(ps::MapOverview)
};

/// Models top to bottom in the order of the layered map's columns.
int orderOf(const std::optional<PartnerModel> &model) {
    return mapColumnOf(model);
}

int quadrantRank(const std::optional<Quadrant> &q) {
    if (!q)
        return 4;
    switch (*q) {
    case Quadrant::Invest:
        return 0;
    case Quadrant::Develop:
        return 1;
    case Quadrant::Maintain:
        return 2;
    case Quadrant::Deprioritize:
        return 3;
    }
    return 4;
}

struct Group {
    std::optional<PartnerModel> model;
    std::vector<const Partner *> members; ///< ranked
    int named = 0;
    bool closed = false; ///< a member did not fit: later ones are not named either
    /// One row per named partner; the last also says how many more the model has.
    int rows() const { return std::max(named, 1); }
    double top = 0.0, bottom = 0.0;
};

QFont withPixels(QFont font, double pixels) {
    font.setPixelSize(int(std::ceil(pixels)));
    return font;
}

/// `text` wrapped at spaces (and after the hyphens of a word too wide for a line) into lines of
/// at most `width`, at most `maxLines` of them; what does not fit is elided ("…").
QString wrapInto(const QFontMetricsF &metrics, const QString &text, double width, int maxLines) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // Pieces of text, each with whether a space goes before it on a line.
    std::vector<std::pair<QString, bool>> pieces;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) <= width || !word.contains(QLatin1Char('-'))) {
            pieces.emplace_back(word, true);
            continue;
        }
        bool first = true;
        for (const QString &part : word.split(QLatin1Char('-'))) {
            if (!pieces.empty() && !first)
                pieces.back().first += QLatin1Char('-');
            pieces.emplace_back(part, first);
            first = false;
        }
    }
    QStringList lines;
    QString line;
    size_t next = 0;
    for (; next < pieces.size(); ++next) {
        const auto &[piece, spaced] = pieces[next];
        const QString candidate =
            line.isEmpty() ? piece : line + (spaced ? QStringLiteral(" ") : QString()) + piece;
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines)
            break;
        lines << metrics.elidedText(line, Qt::ElideRight, width);
        line = piece;
    }
    for (; next < pieces.size(); ++next)
        line += (pieces[next].second ? QStringLiteral(" ") : QString()) + pieces[next].first;
    lines << metrics.elidedText(line, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

QPainterPath flowPath(const QPointF &from, const QPointF &to) {
    QPainterPath path(from);
    const double dx = (to.x() - from.x()) / 2.0;
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

} // namespace

double minimumLabelPixels(bool projector) {
    return projector ? 24.0 : 12.0;
}

MapOverview MapOverview::build(const PortfolioData &data, const QHash<Id, Quadrant> &quadrants,
                               const MapStyle &style, bool projector, const QSizeF &size) {
    MapOverview o;
    o.size = size;
    o.projector = projector;
    const double minPx = minimumLabelPixels(projector);
    const QFont partnerFont =
        withPixels(style.labelFont, std::max<double>(minPx, style.labelFont.pixelSize()));
    QFont modelFont = partnerFont;
    modelFont.setBold(true);
    QFont icpFont =
        withPixels(style.icpFont, std::max<double>(minPx + 2, style.icpFont.pixelSize()));
    icpFont.setBold(true);
    QFont moreFont = partnerFont;
    moreFont.setItalic(true);
    const QFontMetricsF pm(partnerFont), mm(modelFont), im(icpFont);
    const QColor muted = projector ? QColor(0x30, 0x30, 0x30) : QColor(0x55, 0x55, 0x55);
    const double margin = projector ? 24.0 : 14.0;
    const double rowH = std::ceil(pm.height() * 1.15);
    const double groupGap = std::ceil(rowH * 0.35);

    // The note at the bottom says what the widths mean and how many partners are named: on two
    // lines where one is too short (its longest form, every partner counted).
    const double width = size.width() - 2 * margin;
    const auto noteText = [&data](int named) {
        return MapOverviewTr::tr("Flow width: summed link strength. %1 of %2 partners named, "
                                 "strongest links first; zoom in to name them all.")
            .arg(named)
            .arg(data.partners.size());
    };
    // Two lines only where the ICPs keep room for their names (a small projector picture).
    const double twoLines = pm.lineSpacing() + pm.height();
    const double slotWithTwo = (size.height() - 2 * margin - twoLines - groupGap) /
                               double(std::max<size_t>(1, data.icps.size()));
    const bool oneLine = pm.horizontalAdvance(noteText(int(data.partners.size()))) <= width ||
                         slotWithTwo < 2.0 * im.height() + pm.height();
    const double noteH = oneLine ? pm.height() : twoLines;
    const double top = margin;
    const double bottom = size.height() - margin - noteH - groupGap;

    // Each partner's summed link strength and its links per ICP.
    QHash<Id, int> strength;
    for (const InfluenceLink &link : data.links)
        if (link.strength >= 1)
            strength[link.partnerId] += link.strength;
    std::vector<const Partner *> ranked;
    for (const Partner &p : data.partners)
        ranked.push_back(&p);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Partner *a, const Partner *b) {
        const int sa = strength.value(a->id), sb = strength.value(b->id);
        if (sa != sb)
            return sa > sb;
        const int qa = quadrantRank(
            quadrants.contains(a->id) ? std::optional(quadrants.value(a->id)) : std::nullopt);
        const int qb = quadrantRank(
            quadrants.contains(b->id) ? std::optional(quadrants.value(b->id)) : std::nullopt);
        if (qa != qb)
            return qa < qb;
        return a->name.localeAwareCompare(b->name) < 0;
    });
    std::map<int, Group> byOrder;
    for (const Partner *p : ranked) {
        Group &g = byOrder[orderOf(p->model)];
        g.model = p->model;
        g.members.push_back(p);
    }
    std::vector<Group> groups;
    for (auto &[order, g] : byOrder)
        groups.push_back(std::move(g));
    const int groupCount = int(groups.size());

    // Rows of the partner column: every model names its strongest partner if there is room,
    // then partners by rank while rows remain.
    const int rows =
        groupCount == 0 ? 0 : int(std::floor((bottom - top - (groupCount - 1) * groupGap) / rowH));
    auto usedRows = [&] {
        int used = 0;
        for (const Group &g : groups)
            used += g.rows();
        return used;
    };
    const bool partnerColumn = rows >= groupCount;
    if (partnerColumn) {
        for (Group &g : groups)
            g.named = 1;
        int used = usedRows();
        for (const Partner *p : ranked) {
            Group &g =
                groups[size_t(std::distance(byOrder.begin(), byOrder.find(orderOf(p->model))))];
            if (g.closed || std::find(g.members.begin(), g.members.begin() + g.named, p) !=
                                g.members.begin() + g.named)
                continue;
            if (used + 1 > rows) {
                g.closed = true;
                continue;
            }
            ++g.named;
            ++used;
        }
    }

    // Column widths from their texts, within shares of the width.
    auto modelText = [](const Group &g) {
        return g.model ? label(*g.model) : MapOverviewTr::tr("Needs classification");
    };
    double modelW = 0.0;
    for (const Group &g : groups)
        modelW = std::max(modelW, mm.horizontalAdvance(modelText(g)));
    const double bar = projector ? 14.0 : 10.0;
    modelW += bar + 10.0;
    const QFontMetricsF moreMetrics(moreFont);
    auto moreText = [](const Group &g) {
        return MapOverviewTr::tr("+ %n more", nullptr, int(g.members.size()) - g.named);
    };
    double partnerW = 0.0, moreW = 0.0;
    if (partnerColumn)
        for (const Group &g : groups) {
            for (int i = 0; i < g.named; ++i)
                partnerW = std::max(partnerW, pm.horizontalAdvance(g.members[size_t(i)]->name));
            if (g.named < int(g.members.size()))
                moreW =
                    std::max(moreW, moreMetrics.horizontalAdvance(moreText(g)) + pm.height() / 2);
        }
    partnerW += moreW;
    const double dot = rowH * 0.22;
    partnerW = partnerColumn ? partnerW + 2 * dot + 8.0 : 0.0;
    // Widths: every column its longest text if they fit; otherwise ICP names wrap (never below
    // their longest word), then model names and partner names are elided as little as needed.
    QSet<Id> gaps;
    for (const IcpCoverage &c : computeCoverage(data))
        if (c.gap)
            gaps.insert(c.icpId);
    // The lines an ICP's slot holds (a gap ICP's note takes one), and the narrowest width at
    // which each name wraps into them: a name is never cut.
    const double icpSlotH = data.icps.empty() ? 0.0 : (bottom - top) / double(data.icps.size());
    auto icpLines = [&](const Icp &icp) {
        return std::max(
            1, int((icpSlotH - (gaps.contains(icp.id) ? pm.height() : 0.0)) / im.height()));
    };
    auto wrapsInto = [&](const QString &name, double w, int lines) {
        const QRectF r =
            im.boundingRect(QRectF(0, 0, w, 10000.0), Qt::AlignRight | Qt::TextWordWrap, name);
        return r.width() <= w + 0.5 && int(std::round(r.height() / im.lineSpacing())) <= lines;
    };
    double icpW = 0.0, icpWord = 0.0, icpFit = 0.0;
    static const QRegularExpression breaks(QStringLiteral("[\\s-]+"));
    for (const Icp &icp : data.icps) {
        const double full = im.horizontalAdvance(icp.name);
        icpW = std::max(icpW, full);
        for (const QString &word : icp.name.split(breaks, Qt::SkipEmptyParts))
            icpWord = std::max(icpWord, im.horizontalAdvance(word + QLatin1Char('-')));
        double lo = 0.0, hi = full + 1.0;
        for (int step = 0; step < 12 && hi - lo > 1.0; ++step) {
            const double mid = (lo + hi) / 2.0;
            (wrapsInto(icp.name, mid, icpLines(icp)) ? hi : lo) = mid;
        }
        icpFit = std::max(icpFit, hi);
    }
    const double icpRadiusMax = projector ? 18.0 : 12.0;
    const double icpExtra = 2 * icpRadiusMax + 14.0;
    icpW += icpExtra;
    const double minGaps = partnerColumn ? (projector ? 170.0 : 110.0) : 60.0;
    auto excess = [&] { return icpW + modelW + partnerW + minGaps - width; };
    if (excess() > 0)
        icpW = std::max(icpW - excess(),
                        std::max({icpWord, icpFit, (icpW - icpExtra) * 0.4}) + icpExtra);
    if (excess() > 0)
        modelW = std::max(modelW - excess(), modelW * 0.5);
    if (excess() > 0)
        partnerW = std::max(0.0, partnerW - excess());
    const double spare = width - icpW - modelW - partnerW;
    // The fans to the partners need little room; the flows from the ICPs get the rest.
    const double gap1 =
        partnerColumn ? spare - std::min(spare * 0.4, projector ? 56.0 : 40.0) : spare;
    const double icpRight = margin + icpW;
    const double modelX = icpRight + gap1;
    const double partnerX = modelX + modelW + (spare - gap1);

    // The partner column and the model bars beside it, spread over the height.
    const int used = partnerColumn ? usedRows() : groupCount;
    const double step =
        partnerColumn
            ? rowH
            : std::floor((bottom - top - (groupCount - 1) * groupGap) / std::max(1, groupCount));
    double extraGap = groupCount > 1 ? (bottom - top - used * step) / (groupCount - 1) : 0.0;
    extraGap = std::min(std::max(extraGap, groupGap), 2.0 * rowH);
    const double textW = partnerW - 2 * dot - 8.0;
    double y = top;
    for (Group &g : groups) {
        const QColor colour = matrix::modelColour(matrix::colourIndex(g.model));
        const int k = partnerColumn ? g.rows() : 1;
        g.top = y;
        g.bottom = y + k * step;
        o.marks.push_back({OverviewText::Model,
                           QRectF(modelX, g.top + 2, bar, g.bottom - g.top - 4), colour, false});
        const double centre = (g.top + g.bottom) / 2.0;
        const double labelX = modelX + bar + 8.0;
        const double labelW = modelW - bar - 8.0;
        // A name too long for the column wraps into the lines its group has the height for;
        // what still does not fit is elided.
        const int modelLines =
            std::max(1, int((g.bottom - g.top - mm.height()) / mm.lineSpacing()) + 1);
        const QString modelName = wrapInto(mm, modelText(g), labelW, modelLines);
        const double modelH =
            mm.height() + double(modelName.count(QLatin1Char('\n'))) * mm.lineSpacing();
        o.texts.push_back({OverviewText::Model, modelName,
                           QRectF(labelX, centre - modelH / 2, labelW, modelH), modelFont,
                           style.foreground, 0, QString()});
        if (modelName.contains(QChar(0x2026)))
            o.texts.back().whole = modelText(g);
        if (partnerColumn) {
            const QPointF fan(modelX + modelW + 4.0, centre);
            const int rest = int(g.members.size()) - g.named;
            for (int i = 0; i < g.named; ++i) {
                const double rowY = g.top + i * rowH + rowH / 2.0;
                const Partner *p = g.members[size_t(i)];
                o.flows.push_back(
                    {flowPath(fan, QPointF(partnerX, rowY)), colour, projector ? 2.0 : 1.2});
                o.marks.push_back({OverviewText::Partner,
                                   QRectF(partnerX, rowY - dot, 2 * dot, 2 * dot), colour, false});
                const double tx = partnerX + 2 * dot + 8.0;
                const bool last = i == g.named - 1 && rest > 0;
                const double nameRoom = std::max(0.0, textW - (last ? moreW : 0.0));
                const QString name = pm.elidedText(p->name, Qt::ElideRight, nameRoom);
                const double nameW = std::min(nameRoom, pm.horizontalAdvance(name));
                o.texts.push_back({OverviewText::Partner, name,
                                   QRectF(tx, rowY - pm.height() / 2, nameW, pm.height()),
                                   partnerFont, style.foreground, p->id, QString()});
                if (name != p->name)
                    o.texts.back().whole = p->name;
                if (last) {
                    const QString more = moreText(g);
                    o.texts.push_back({OverviewText::More, more,
                                       QRectF(tx + nameW + pm.height() / 2, rowY - pm.height() / 2,
                                              moreMetrics.horizontalAdvance(more), pm.height()),
                                       moreFont, muted, 0, QString()});
                }
            }
            o.partnersNamed += g.named;
            o.partnersCounted += rest;
        } else {
            o.partnersCounted += int(g.members.size());
        }
        y = g.bottom + extraGap;
    }

    // ICPs, highest priority first, each in an equal slot; the name right-aligned before the
    // circle, wrapped when long, and a gap said in words below it.
    std::vector<const Icp *> icps;
    for (const Icp &icp : data.icps)
        icps.push_back(&icp);
    std::stable_sort(icps.begin(), icps.end(), [](const Icp *a, const Icp *b) {
        return a->priorityWeight > b->priorityWeight;
    });
    const double slot = icps.empty() ? 0.0 : (bottom - top) / double(icps.size());
    QHash<Id, QPointF> icpCentre;
    QHash<Id, double> icpSpan;
    for (size_t i = 0; i < icps.size(); ++i) {
        const Icp *icp = icps[i];
        const double r = std::min(icpRadiusMax, (projector ? 9.0 : 6.0) +
                                                    std::clamp(icp->priorityWeight, 0.0, 10.0));
        const QPointF c(icpRight - r - 2, top + slot * (double(i) + 0.5));
        icpCentre.insert(icp->id, c);
        icpSpan.insert(icp->id, std::max(2 * r, slot * 0.6));
        const bool gap = gaps.contains(icp->id);
        o.marks.push_back(
            {OverviewText::Icp, QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), style.icpFill, gap});
        const double icpTextW = icpW - 2 * r - 12.0;
        // The gap note under the name: on two lines where one is too narrow and the slot has
        // room for them beside the name's.
        const QString gapNote = MapOverviewTr::tr("gap: no strong partner");
        const QRectF gapWrapped = pm.boundingRect(QRectF(0, 0, icpTextW, 10000.0),
                                                  Qt::AlignRight | Qt::TextWordWrap, gapNote);
        const bool gapTwoLines = gap && pm.horizontalAdvance(gapNote) > icpTextW &&
                                 gapWrapped.width() <= icpTextW + 0.5 &&
                                 gapWrapped.height() <= 2 * pm.lineSpacing() + 0.5 &&
                                 slot >= gapWrapped.height() + im.height();
        const double gapH = !gap ? 0.0 : gapTwoLines ? gapWrapped.height() : pm.height();
        const int lines = std::max(1, int((slot - gapH) / im.height()));
        const QRectF wrapped = im.boundingRect(QRectF(0, 0, icpTextW, 10000.0),
                                               Qt::AlignRight | Qt::TextWordWrap, icp->name);
        const int needed = int(std::round(wrapped.height() / im.lineSpacing()));
        QString text = icp->name;
        double h = wrapped.height();
        if (needed > lines || wrapped.width() > icpTextW + 0.5) {
            text = im.elidedText(icp->name, Qt::ElideRight, icpTextW * lines * 0.95);
            h = std::min(wrapped.height(), lines * im.lineSpacing());
        }
        const double blockH = h + gapH;
        const QRectF rect(margin, c.y() - blockH / 2, icpTextW, h);
        o.texts.push_back(
            {OverviewText::Icp, text, rect, icpFont, style.foreground, icp->id, QString()});
        if (text != icp->name)
            o.texts.back().whole = icp->name;
        if (gap)
            o.texts.push_back(
                {OverviewText::Note,
                 gapTwoLines ? gapNote : pm.elidedText(gapNote, Qt::ElideRight, icpTextW),
                 QRectF(margin, rect.bottom(), icpTextW, gapH), partnerFont, style.gapColour, 0,
                 QString()});
    }

    // Flows from each ICP to each model, stacked at both ends as in a Sankey diagram.
    std::map<std::pair<size_t, size_t>, double> flow; // (icp slot, group) -> summed strength
    QHash<Id, size_t> groupOf;
    for (size_t g = 0; g < groups.size(); ++g)
        for (const Partner *p : groups[g].members)
            groupOf.insert(p->id, g);
    QHash<Id, size_t> icpSlot;
    for (size_t i = 0; i < icps.size(); ++i)
        icpSlot.insert(icps[i]->id, i);
    std::vector<double> outTotal(icps.size(), 0.0), inTotal(groups.size(), 0.0);
    for (const InfluenceLink &link : data.links) {
        if (link.strength < 1 || !icpSlot.contains(link.icpId) || !groupOf.contains(link.partnerId))
            continue;
        const size_t i = icpSlot.value(link.icpId), g = groupOf.value(link.partnerId);
        flow[{i, g}] += link.strength;
        outTotal[i] += link.strength;
        inTotal[g] += link.strength;
    }
    double scale = 1e9;
    for (size_t i = 0; i < icps.size(); ++i)
        if (outTotal[i] > 0)
            scale = std::min(scale, icpSpan.value(icps[i]->id) / outTotal[i]);
    for (size_t g = 0; g < groups.size(); ++g)
        if (inTotal[g] > 0)
            scale = std::min(scale, (groups[g].bottom - groups[g].top - 4) / inTotal[g]);
    std::vector<double> outUsed(icps.size(), 0.0), inUsed(groups.size(), 0.0);
    for (const auto &[key, w] : flow) {
        const auto [i, g] = key;
        const double thick = w * scale;
        const QPointF c = icpCentre.value(icps[i]->id);
        const double fromY = c.y() - outTotal[i] * scale / 2 + outUsed[i] + thick / 2;
        const double groupCentre = (groups[g].top + groups[g].bottom) / 2.0;
        const double toY = groupCentre - inTotal[g] * scale / 2 + inUsed[g] + thick / 2;
        outUsed[i] += thick;
        inUsed[g] += thick;
        QColor colour = matrix::modelColour(matrix::colourIndex(groups[g].model));
        colour.setAlpha(projector ? 150 : 120);
        o.flows.push_back({flowPath(QPointF(icpRight, fromY), QPointF(modelX, toY)), colour,
                           std::max(thick, 1.0)});
    }

    // Wrapped into its lines; a last line that is still too long is elided.
    QString note = noteText(o.partnersNamed);
    if (noteH > pm.height()) {
        const QRectF wrapped =
            pm.boundingRect(QRectF(0, 0, width, 10000.0), Qt::AlignLeft | Qt::TextWordWrap, note);
        if (wrapped.height() > noteH + 0.5)
            note = pm.elidedText(note, Qt::ElideRight, width * 1.9);
    } else {
        note = pm.elidedText(note, Qt::ElideRight, width);
    }
    o.texts.push_back({OverviewText::Note, note,
                       QRectF(margin, size.height() - margin - noteH, width, noteH), partnerFont,
                       muted, 0, QString()});
    return o;
}

void MapOverview::paint(QPainter *painter, const MapStyle &style) const {
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), size), style.background);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    for (const OverviewFlow &f : flows) {
        QPen pen(f.colour, f.width);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawPath(f.path);
    }
    for (const OverviewMark &m : marks) {
        switch (m.kind) {
        case OverviewText::Icp:
            painter->setPen(QPen(style.foreground, style.outlineWidth * 1.5));
            painter->setBrush(m.colour);
            painter->drawEllipse(m.rect);
            if (m.gap) {
                painter->setPen(QPen(style.gapColour, 2.0 * style.outlineWidth, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(m.rect.adjusted(-4, -4, 4, 4));
            }
            break;
        case OverviewText::Model:
            painter->setPen(Qt::NoPen);
            painter->setBrush(m.colour);
            painter->drawRect(m.rect);
            break;
        default:
            painter->setPen(QPen(m.colour.darker(170), style.outlineWidth));
            painter->setBrush(m.colour);
            painter->drawEllipse(m.rect);
            break;
        }
    }
    for (const OverviewText &t : texts) {
        painter->setFont(t.font);
        painter->setPen(t.colour);
        // Names of ICPs and the notes were laid out wrapped (model names hold their line
        // breaks); the rest is one line each, never wrapped by the painter.
        int flags = Qt::AlignLeft | Qt::AlignVCenter;
        if (t.kind == OverviewText::Icp)
            flags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
        else if (t.kind == OverviewText::Note && t.colour == style.gapColour)
            flags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;
        else if (t.kind == OverviewText::Note)
            flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
        painter->drawText(t.rect, flags, t.text);
    }
    painter->restore();
}

} // namespace ps::map
