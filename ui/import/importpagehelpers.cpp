// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importpagehelpers.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace ps::importpage {

using import::Kind;

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers) {
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *textItem(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString oneLine(const QString &text) {
    QString s = text;
    s.replace(QLatin1String("\r\n"), QLatin1String(" "));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

QString kindLabel(Kind kind, int n) {
    switch (kind) {
    case Kind::Partners:
        return QApplication::translate("ps::ImportWizard", "%n partners", nullptr, n);
    case Kind::Icps:
        return QApplication::translate("ps::ImportWizard", "%n ICPs", nullptr, n);
    case Kind::Links:
        return QApplication::translate("ps::ImportWizard", "%n influence links", nullptr, n);
    case Kind::Deals:
        return QApplication::translate("ps::ImportWizard", "%n deals", nullptr, n);
    case Kind::Activities:
        return QApplication::translate("ps::ImportWizard", "%n activities", nullptr, n);
    case Kind::DealPartners:
        break;
    }
    return {};
}

} // namespace ps::importpage
