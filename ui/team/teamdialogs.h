// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/team/teamsync.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTableWidget;

namespace ps {

/// The team portfolio locations opened or published lately, newest first, in QSettings.
/// Locations never hold a password (TeamLocation refuses one).
class RecentLocations {
public:
    static QStringList list();
    static void add(const QString &location);
    static constexpr int MaxLocations = 10;
};

/// Asks for a postgresql:// location, offering the recent ones. For publishing, the name of the
/// new portfolio is part of the location.
class TeamLocationDialog : public QDialog {
    Q_OBJECT
public:
    explicit TeamLocationDialog(bool publish, QWidget *parent = nullptr);
    QString location() const;
    QComboBox *locationBox() const { return m_location; }

    void accept() override;

private:
    QComboBox *m_location;
    QLabel *m_error;
};

/**
 * My change and someone else's to the same fields of one record: a row per field with the
 * value both had before, mine and theirs, and a choice of mine or theirs per field (for a
 * deletion on one side: keep the record or not).
 */
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const TeamSync::Conflict &conflict, QWidget *parent = nullptr);
    /// Per field: true keeps mine (TeamSync::resolve).
    QList<bool> choices() const;
    QTableWidget *table() const { return m_table; }
    /// Chooses mine (true) or theirs for field `row`.
    void choose(int row, bool mine);

private:
    QTableWidget *m_table;
    QList<QButtonGroup *> m_groups;
};

/// The audit trail of one record, newest first: when, who, what, from what to what.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const QString &record, const QList<TeamSync::HistoryEntry> &entries,
                  QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ps
