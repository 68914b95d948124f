// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

namespace ps::report {

class PageFlow;

/// The report's sections in order; each starts where the previous one left the flow.
void coverPage(PageFlow &flow, const ReportContent &content);
void summarySection(PageFlow &flow, const ReportContent &content);
void coverageSection(PageFlow &flow, const ReportContent &content);
void matrixSection(PageFlow &flow, const ReportContent &content);
void segmentSections(PageFlow &flow, const ReportContent &content);
/// Program metrics, ROI by model, the OEM assessment and each deal's royalty per year.
void economicsSection(PageFlow &flow, const ReportContent &content);
/// Partner impact: the program with and without partners, by model, the partners with the most
/// deals.
void impactSection(PageFlow &flow, const ReportContent &content);
void appendixSection(PageFlow &flow, const ReportContent &content);
/// The investment plan: summary, today against the plan by model, kinds, partners
/// (reportplanpage.cpp).
void planSection(PageFlow &flow, const ReportContent &content);

/// The name of a segmentation, for headings ("Partner model", "Region"...).
QString segmentByTitle(SegmentBy by);

} // namespace ps::report
