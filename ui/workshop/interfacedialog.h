// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QList>
#include <QString>

class QListWidget;

namespace ps {

/// One IPv4 address the voting server can listen on.
struct NetworkChoice {
    QString interfaceName; ///< as the system names it: lo, wlp2s0, eth0
    QString humanName;     ///< the system's readable name when it has one
    QHostAddress address;
    bool loopback = false;
};

/// Every IPv4 address of every interface that is up, loopback first: never a wildcard address,
/// so the server can only listen where the facilitator chose.
QList<NetworkChoice> ipv4Choices();

/**
 * Asks on which network the voting server listens. Lists the machine's IPv4 addresses with their
 * interface names; this computer only (loopback) is preselected, so a room network is always a
 * deliberate choice.
 */
class InterfaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit InterfaceDialog(const QList<NetworkChoice> &choices, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// The address chosen (the selected row).
    QHostAddress address() const;

    /// Shows the dialog; the chosen address, or a null address when cancelled.
    static QHostAddress ask(QWidget *parent);

private:
    QList<NetworkChoice> m_choices;
    QListWidget *m_list;
};

} // namespace ps
