// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/curvedialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

QDoubleSpinBox *amountBox(const QString &currency, QWidget *parent) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setSingleStep(10000);
    box->setSuffix(QLatin1Char(' ') + currency);
    return box;
}

QDoubleSpinBox *fractionBox(double min, double max, QWidget *parent) {
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    return box;
}

} // namespace

CurveDialog::CurveDialog(const QString &title, const CurveSetting &initial, bool isSet,
                         const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_a(amountBox(currency, this))
    , m_s(amountBox(currency, this))
    , m_baseline(amountBox(currency, this))
    , m_sdA(fractionBox(0, 5, this))
    , m_sdS(fractionBox(0, 5, this))
    , m_correlation(fractionBox(-1, 1, this))
    , m_preview(new QLabel(this)) {
    setWindowTitle(title);
    m_s->setMinimum(1);
    m_a->setValue(initial.a);
    m_s->setValue(std::max(1.0, initial.s));
    m_baseline->setValue(initial.baseline);
    m_sdA->setValue(initial.sdLogA);
    m_sdS->setValue(initial.sdLogS);
    m_correlation->setValue(initial.correlation);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ceiling (most extra revenue a year):"), m_a);
    form->addRow(tr("&Scale (spend for 63% of it):"), m_s);
    form->addRow(tr("&Baseline (revenue without spend):"), m_baseline);
    form->addRow(tr("Uncertainty of the ceiling (sd of ln a):"), m_sdA);
    form->addRow(tr("Uncertainty of the scale (sd of ln s):"), m_sdS);
    form->addRow(tr("Their co&rrelation:"), m_correlation);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *clear =
        buttons->addButton(tr("&Use the fitted curve"), QDialogButtonBox::ResetRole);
    clear->setEnabled(isSet);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_cleared = true;
        accept();
    });
    for (QDoubleSpinBox *box : {m_a, m_s, m_baseline})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CurveDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Expected revenue a year at a spend x: baseline + ceiling · (1 − e^(−x / scale))."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    updatePreview();
}

CurveSetting CurveDialog::curve() const {
    return {m_a->value(),   m_s->value(),   m_baseline->value(),
            m_sdA->value(), m_sdS->value(), m_correlation->value()};
}

void CurveDialog::updatePreview() {
    const CurveSetting c = curve();
    QStringList points;
    for (double share : {0.5, 1.0, 2.0}) {
        const double x = c.s * share;
        const double value = c.baseline + c.a * (1.0 - std::exp(-x / c.s));
        points << tr("%1 returns %2")
                      .arg(QLocale().toString(x, 'f', 0), QLocale().toString(value, 'f', 0));
    }
    m_preview->setText(tr("At a spend of %1.").arg(points.join(QLatin1String("; "))));
}

} // namespace ps
