#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes docs/images/architecture.svg: layers as bands, folders as labelled boxes.
# Run from the repository root: scripts/architecture_svg.py $(ls -d core/* ui/*)
# (only folders that exist are drawn).
import sys, html
W = 1000
bands = [
 ("app/", "partnerscope — executable", "#E8F1FA", "#0072B2", [
   ("main.cpp", "GUI entry"), ("cli*.cpp", "headless subcommands: score, ahp, metrics, royalty, import, impact, plan, overlap, report, render, check, vote-server, publish, copy")]),
 ("ui/", "partnerscope_ui — Qt Widgets, PrintSupport, Svg, QCustomPlot", "#FDF1E6", "#D55E00", [
   ("shell/", "start page, language, recent files"), ("mainwindow/", "window, menus, pages"),
   ("partners/", "table, detail, impact"), ("icps/", "ICP editor"), ("portfolio/", "portfolio fields"),
   ("editors/", "shared field editors"), ("map/", "influence map, heatmap"), ("matrix/", "matrix, sliders, AHP"),
   ("scoring/", "explanations"), ("segments/", "segments, clusters"), ("economics/", "OEM, royalty, metrics"),
   ("plan/", "budget plan page"), ("workshop/", "projector, voting"), ("import/", "import wizard"), ("accounts/", "account lists, overlap"),
   ("report/", "PDF, print preview"), ("team/", "team portfolio dialogs"), ("charts/", "QCustomPlot bridge"), ("theme/", "one palette")]),
 ("ui/", "partnerscope_edit — Qt Gui, no widgets", "#FFF8DC", "#B8860B", [
   ("document/", "Portfolio + QUndoStack + path; controllers"), ("undo/", "the ps::edit facade, commands"),
   ("models/", "item models; setData() calls the facade")]),
 ("core/", "partnerscope_core — Qt Core, SQLite, libxlsxwriter, GLPK, libpsl, libsodium" + (", libpq" if "core/team" in sys.argv[1:] else ""), "#EAF6EF", "#009E73", [
   ("domain/", "entities, fields, Portfolio"), ("storage/", "schema, tables.h, reader, writer"),
   ("scoring/", "criteria, AHP, group AHP"), ("analytics/", "coverage, layout, segments"),
   ("economics/", "royalty, metrics, impact"), ("import/", "CSV, CRM presets, plans"),
   ("accounts/", "account lists, overlap, PSI"), ("plan/", "budget allocation (GLPK)"),
   ("team/", "PostgreSQL, live edits"), ("report/", "content; CSV, HTML, XLSX"),
   ("demo/", "built-in demo"), ("generate/", "synthetic portfolios"),
   ("voting/", "own library: QtHttpServer, libqrencode")]),
]
present = set(sys.argv[1:])  # folders that exist, e.g. core/team
import textwrap
chiph = 62
y = 16; out = []
for bi, (top, title, fill, stroke, chips) in enumerate(bands):
    cols = 3 if len(chips) <= 3 else 6
    chipw = (W - 40 - (cols - 1) * 10) // cols
    chips = [c for c in chips if not present or (top + c[0]).rstrip('/') in present or top == 'app/']
    rows = (len(chips) + cols - 1) // cols
    h = 40 + rows * (chiph + 8) + 6
    out.append(f'<rect x="10" y="{y}" width="{W-20}" height="{h}" rx="8" fill="{fill}" stroke="{stroke}" stroke-width="2"/>')
    out.append(f'<text x="24" y="{y+26}" font-size="17" font-weight="bold" fill="#202020">{html.escape(top)}  <tspan font-weight="normal" font-size="15">{html.escape(title)}</tspan></text>')
    if top == 'app/':
        cw = [140, W - 40 - 150]
        x = 20
        for (name, desc), w in zip(chips, cw):
            out.append(f'<rect x="{x}" y="{y+38}" width="{w}" height="{chiph}" rx="5" fill="#ffffff" stroke="{stroke}"/>')
            out.append(f'<text x="{x+8}" y="{y+57}" font-size="14" font-weight="bold" fill="#202020">{html.escape(name)}</text>')
            out.append(f'<text x="{x+8}" y="{y+76}" font-size="11.5" fill="#303030">{html.escape(desc)}</text>')
            x += w + 10
    else:
        for i, (name, desc) in enumerate(chips):
            r, c = divmod(i, cols)
            x = 20 + c * (chipw + 10); cy = y + 38 + r * (chiph + 8)
            out.append(f'<rect x="{x}" y="{cy}" width="{chipw}" height="{chiph}" rx="5" fill="#ffffff" stroke="{stroke}"/>')
            out.append(f'<text x="{x+8}" y="{cy+19}" font-size="14" font-weight="bold" fill="#202020">{html.escape(name)}</text>')
            for li, line in enumerate(textwrap.wrap(desc, max(10, int((chipw - 14) / 6.6)))[:2]):
                out.append(f'<text x="{x+8}" y="{cy+36+li*15}" font-size="11.5" fill="#303030">{html.escape(line)}</text>')
    y += h
    if bi == len(bands) - 1:
        break
    out.append(f'<text x="{W//2}" y="{y+17}" font-size="13" text-anchor="middle" fill="#444">▼ links ▼</text>')
    y += 24
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{y+12}" viewBox="0 0 {W} {y+12}" font-family="DejaVu Sans, sans-serif">',
       '<title>Partnerscope: layers and folders. Each layer links only the layers below it.</title>',
       f'<rect width="{W}" height="{y+12}" fill="#ffffff"/>'] + out + ['</svg>']
open('docs/images/architecture.svg', 'w').write('\n'.join(svg) + '\n')
