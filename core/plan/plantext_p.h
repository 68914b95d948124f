// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ps::plan {

/// The translation context of the plan's sentences (lupdate reads PlanText::tr calls).
class PlanText {
    Q_DECLARE_TR_FUNCTIONS(ps::plan::PlanText)
};

/// An amount of money as a sentence shows it: grouped digits, no decimals (the plan's figures
/// are estimates; cents would be false precision).
inline QString money(double amount) {
    return QLocale().toString(amount, 'f', 0);
}

/// A share (0-1) as a percentage with up to one decimal, as the language writes it ("12.5%",
/// "12,5 %").
inline QString percent(double share) {
    //: a percentage; %1 the number
    return PlanText::tr("%1%").arg(QLocale().toString(share * 100.0, 'g', 3));
}

} // namespace ps::plan
