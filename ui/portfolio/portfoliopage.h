// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace ps {
class Document;
class FieldForm;

/// The "Portfolio" page: the portfolio's own fields and a few counts at a glance.
class PortfolioPage : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioPage(Document *document, QWidget *parent = nullptr);

private:
    void refresh();
    void updateCounts();

    Document *m_document;
    FieldForm *m_form;
    QLabel *m_counts;
};

} // namespace ps
