// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace ps {

/// View > Language: "As the system" and every shipped language, as radio items. Choosing one
/// saves the setting (ps::language) and says that it takes effect at the next start.
QMenu *createLanguageMenu(QWidget *parent);

} // namespace ps
