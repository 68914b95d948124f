// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/languagemenu.h"

#include "ui/shell/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace ps {
namespace {

/// This file's translations, in the context lupdate files them under.
class LanguageMenuTr {
    Q_DECLARE_TR_FUNCTIONS(ps::LanguageMenu)
};

} // namespace

QMenu *createLanguageMenu(QWidget *parent) {
    auto *menu = new QMenu(LanguageMenuTr::tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = language::setting();
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), LanguageMenuTr::tr("As the System"));
    menu->addSeparator();
    for (const QString &code : language::available())
        add(code, language::nativeName(code));
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction *action) {
        const QString code = action->data().toString();
        if (code == language::setting())
            return;
        language::setSetting(code);
        const QString name = code.isEmpty() ? LanguageMenuTr::tr("the system's language")
                                            : language::nativeName(code);
        QMessageBox::information(
            parent, LanguageMenuTr::tr("Language"),
            LanguageMenuTr::tr("Partnerscope will use %1 the next time it starts.").arg(name));
    });
    return menu;
}

} // namespace ps
