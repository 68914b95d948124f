// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportcontent.h"

#include <QDialog>

class QComboBox;

namespace ps {

/// File > Export Report...: the format, how to segment and which scenario; the file name is
/// asked for afterwards (exportReport).
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Pdf, Xlsx, Csv, Html };

    ExportReportDialog(const PortfolioData &data, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    ReportOptions options() const;
    void setSegmentBy(SegmentBy by);

    static QString suffix(Format format); ///< "pdf", "xlsx", "csv", "html"
    static QString filter(Format format); ///< for the file dialog

    /// Builds the report and writes it to `path`. With more than ProgressThreshold partners a
    /// progress dialog follows the PDF pages and can cancel. False with the error sentence in
    /// *error (cancel included).
    static bool write(const PortfolioData &data, const ReportOptions &options, Format format,
                      const QString &path, QWidget *parent, QString *error);
    static constexpr int ProgressThreshold = 200;

private:
    QComboBox *m_format;
    QComboBox *m_segmentBy;
    QComboBox *m_scenario;
};

/// The whole File > Export Report... flow: the dialog, a file dialog, the export, a message box
/// on failure. Returns the written path, or an empty string.
QString exportReport(const PortfolioData &data, const QString &documentPath, QWidget *parent);

/// File > Print Preview...: the report in a QPrintPreviewDialog with the active scenario.
void previewReport(const PortfolioData &data, QWidget *parent);

} // namespace ps
