// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importplan.h"

#include <QString>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

/// Pieces the import wizard's pages share.
namespace ps::importpage {

/// A read-only table with the given column headers.
QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers);
/// A read-only, selectable cell.
QTableWidgetItem *textItem(const QString &text);
/// One line of a cell: previews and examples must not grow rows with multi-line Descriptions.
QString oneLine(const QString &text);
/// "%n partners", "%n ICPs", "%n influence links".
QString kindLabel(import::Kind kind, int n);

} // namespace ps::importpage
