// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/interfacedialog.h"

#include "ui/theme/projectortheme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {

QList<NetworkChoice> ipv4Choices() {
    QList<NetworkChoice> choices;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isNull() ||
                ip == QHostAddress(QHostAddress::AnyIPv4))
                continue;
            NetworkChoice choice;
            choice.interfaceName = iface.name();
            choice.humanName = iface.humanReadableName();
            choice.address = ip;
            choice.loopback = ip.isLoopback();
            choices.append(choice);
        }
    }
    if (std::none_of(choices.begin(), choices.end(),
                     [](const NetworkChoice &c) { return c.loopback; }))
        choices.prepend(
            {QStringLiteral("lo"), QString(), QHostAddress(QHostAddress::LocalHost), true});
    std::stable_partition(choices.begin(), choices.end(),
                          [](const NetworkChoice &c) { return c.loopback; });
    return choices;
}

InterfaceDialog::InterfaceDialog(const QList<NetworkChoice> &choices, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Open Voting"));
    // It opens over the projector: the room reads along, in the workshop's type.
    setStyleSheet(QStringLiteral("QLabel, QListWidget, QPushButton { font-size: %1px; }"
                                 "QListWidget::item { padding: 6px; }")
                      .arg(theme::ProjectorTheme::instance().hintFont.pixelSize()));
    auto *intro = new QLabel(
        tr("Participants join from their phones or laptops on the network you choose. The "
           "voting page is served only there, and only while voting is open. Choose the "
           "network the room is on; \"this computer only\" is for trying it out."),
        this);
    intro->setWordWrap(true);
    for (const NetworkChoice &c : m_choices) {
        const QString name = c.humanName.isEmpty() || c.humanName == c.interfaceName
                                 ? c.interfaceName
                                 : tr("%1 (%2)").arg(c.humanName, c.interfaceName);
        const QString text = c.loopback
                                 ? tr("This computer only: %1, %2").arg(c.address.toString(), name)
                                 : tr("%1 on %2").arg(c.address.toString(), name);
        m_list->addItem(text);
    }
    m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("Network to serve the voting page on"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Voting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setFocus();
}

QHostAddress InterfaceDialog::address() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_choices.size() ? m_choices.at(row).address : QHostAddress();
}

QHostAddress InterfaceDialog::ask(QWidget *parent) {
    InterfaceDialog dialog(ipv4Choices(), parent);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(900, 420)));
    return dialog.exec() == QDialog::Accepted ? dialog.address() : QHostAddress();
}

} // namespace ps
