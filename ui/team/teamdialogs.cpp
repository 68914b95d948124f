// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/teamdialogs.h"

#include "core/team/teamlocation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ps {
namespace {

const char kRecentKey[] = "team/recentLocations";

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

QStringList RecentLocations::list() {
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void RecentLocations::add(const QString &location) {
    // Only what parses is kept, and a parsed location has no password in it.
    const std::optional<TeamLocation> parsed = TeamLocation::parse(location);
    if (!parsed)
        return;
    QStringList recent = list();
    const QString text = parsed->toString();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > MaxLocations)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

TeamLocationDialog::TeamLocationDialog(bool publish, QWidget *parent)
    : QDialog(parent)
    , m_location(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(publish ? tr("Publish to Server") : tr("Open Team Portfolio"));
    auto *intro = new QLabel(
        publish ? tr("Put this portfolio on a PostgreSQL server, where your team opens and edits "
                     "it together. Give the server and a new portfolio name:")
                : tr("Open a portfolio your team keeps on a PostgreSQL server:"),
        this);
    intro->setWordWrap(true);
    m_location->setEditable(true);
    m_location->addItems(RecentLocations::list());
    m_location->lineEdit()->setPlaceholderText(
        QStringLiteral("postgresql://user@host/database?portfolio=name"));
    m_location->setMinimumWidth(460);
    m_location->setAccessibleName(tr("Location"));
    auto *hint = new QLabel(tr("The password comes from ~/.pgpass or is asked for; it is never "
                               "stored. Connections are encrypted (TLS) unless the location says "
                               "sslmode=disable."),
                            this);
    hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(publish ? tr("&Publish") : tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_location);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString TeamLocationDialog::location() const {
    return m_location->currentText().trimmed();
}

void TeamLocationDialog::accept() {
    QString error;
    if (!TeamLocation::parse(location(), &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

ConflictDialog::ConflictDialog(const TeamSync::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Resolve Conflict"));
    const QString who = conflict.author.isEmpty() ? tr("someone else") : conflict.author;
    QString intro;
    if (conflict.deletedByThem)
        intro = tr("%1 deleted %2 while you changed it.").arg(who, conflict.record);
    else if (conflict.deletedByMe)
        intro = tr("You deleted %1 while %2 changed it.").arg(conflict.record, who);
    else
        intro = tr("You and %1 both changed %2. Choose, field by field, which value to keep.")
                    .arg(who, conflict.record);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);

    const bool deletion = conflict.deletedByThem || conflict.deletedByMe;
    m_table->setColumnCount(deletion ? 3 : 6);
    m_table->setHorizontalHeaderLabels(
        deletion ? QStringList{tr("Record"), tr("Keep it"), tr("Deleted")}
                 : QStringList{tr("Field"), tr("Before"), tr("Mine"), tr("Theirs"), tr("Keep mine"),
                               tr("Take theirs")});
    const int rows = deletion ? 1 : int(conflict.fields.size());
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        auto *group = new QButtonGroup(this);
        auto *mine = new QRadioButton(m_table);
        auto *theirs = new QRadioButton(m_table);
        if (deletion) {
            m_table->setItem(row, 0, cell(conflict.record));
            mine->setAccessibleName(tr("Keep %1").arg(conflict.record));
            theirs->setAccessibleName(tr("Delete %1").arg(conflict.record));
            // Keeping the record is mine when they deleted it, theirs when I did.
            m_table->setCellWidget(row, conflict.deletedByThem ? 1 : 2, mine);
            m_table->setCellWidget(row, conflict.deletedByThem ? 2 : 1, theirs);
        } else {
            const TeamSync::FieldConflict &field = conflict.fields.at(row);
            m_table->setItem(row, 0, cell(field.field));
            m_table->setItem(row, 1, cell(field.base));
            m_table->setItem(row, 2, cell(field.mine));
            m_table->setItem(row, 3, cell(field.theirs));
            mine->setAccessibleName(tr("Keep my %1").arg(field.field));
            theirs->setAccessibleName(tr("Take their %1").arg(field.field));
            m_table->setCellWidget(row, 4, mine);
            m_table->setCellWidget(row, 5, theirs);
        }
        group->addButton(mine, 1);
        group->addButton(theirs, 0);
        theirs->setChecked(true); // nothing of theirs is dropped without a click
        m_groups << group;
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Choice"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Decide &Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 320);
}

QList<bool> ConflictDialog::choices() const {
    QList<bool> out;
    for (const QButtonGroup *group : m_groups)
        out << (group->checkedId() == 1);
    return out;
}

void ConflictDialog::choose(int row, bool mine) {
    if (row >= 0 && row < m_groups.size())
        m_groups.at(row)->button(mine ? 1 : 0)->setChecked(true);
}

HistoryDialog::HistoryDialog(const QString &record, const QList<TeamSync::HistoryEntry> &entries,
                             QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(entries.size()), 4, this)) {
    setWindowTitle(tr("History of %1").arg(record));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const TeamSync::HistoryEntry &entry = entries.at(row);
        QString what;
        switch (entry.op.unicode()) {
        case 'I':
            what = tr("added");
            break;
        case 'D':
            what = tr("deleted");
            break;
        default:
            what = tr("changed");
            break;
        }
        m_table->setItem(row, 0,
                         cell(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, cell(entry.who));
        m_table->setItem(row, 2, cell(QStringLiteral("%1 (%2)").arg(what, entry.table)));
        m_table->setItem(row, 3, cell(entry.changes.join(QStringLiteral("; "))));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    auto *empty = new QLabel(tr("No changes recorded on the server yet."), this);
    empty->setVisible(entries.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace ps
