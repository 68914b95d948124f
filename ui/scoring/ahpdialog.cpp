// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/ahpdialog.h"
#include "ui/theme/themepalette.h"

#include "ui/document/document.h"
#include "ui/matrix/weightspanel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/undo/edits_scenario.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

/// Saaty's scale from "extremely more important" to "extremely less important".
const double kScale[] = {9,       8,       7,       6,       5,       4,       3,       2,      1,
                         1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8, 1.0 / 9};

QString scaleText(double v) {
    if (v >= 1.0)
        return QString::number(std::lround(v));
    return QStringLiteral("1/%1").arg(std::lround(1.0 / v));
}

/// The scale entry nearest to `ratio`, measured on a log scale (ratios are multiplicative).
int nearestScaleIndex(double ratio) {
    int best = 8;
    double bestDistance = 1e300;
    for (int i = 0; i < int(std::size(kScale)); ++i) {
        const double d = std::abs(std::log(kScale[i]) - std::log(ratio));
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace

AhpDialog::AhpDialog(Document *document, Id scenario, int profileIndex, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_scenario(scenario)
    , m_profile(profileIndex)
    , m_axis(new QComboBox(this))
    , m_grid(new QGridLayout)
    , m_lambda(new QLabel(this))
    , m_consistency(new QLabel(this)) {
    setWindowTitle(tr("Derive Weights from Pairwise Comparisons"));
    m_axis->addItem(label(Axis::Potential), int(Axis::Potential));
    m_axis->addItem(label(Axis::Readiness), int(Axis::Readiness));
    m_axis->setAccessibleName(tr("Axis"));

    auto *intro = new QLabel(
        tr("For each pair, choose how much more important the criterion on the left is than "
           "the one on top for <b>%1</b> partners: 1 equal, 3 moderately, 5 strongly, "
           "7 very strongly, 9 extremely; 1/3 means the one on top is moderately more "
           "important.")
            .arg(profileLabel(profileIndex).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_grid->addWidget(new QLabel(tr("Weight"), this), 0, Size + 1, Qt::AlignCenter);
    for (int i = 0; i < Size; ++i) {
        m_rowNames[size_t(i)] = new QLabel(this);
        m_columnNames[size_t(i)] = new QLabel(this);
        m_columnNames[size_t(i)]->setWordWrap(true);
        m_columnNames[size_t(i)]->setAlignment(Qt::AlignCenter);
        m_weights[size_t(i)] = new QLabel(this);
        m_weights[size_t(i)]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(m_columnNames[size_t(i)], 0, i + 1);
        m_grid->addWidget(m_rowNames[size_t(i)], i + 1, 0);
        m_grid->addWidget(m_weights[size_t(i)], i + 1, Size + 1);
        for (int j = 0; j < Size; ++j) {
            if (j > i) {
                auto *combo = new QComboBox(this);
                for (double v : kScale)
                    combo->addItem(scaleText(v), v);
                connect(combo, &QComboBox::currentIndexChanged, this, &AhpDialog::recompute);
                m_combos[size_t(i)][size_t(j)] = combo;
                m_grid->addWidget(combo, i + 1, j + 1);
            } else {
                auto *cell = new QLabel(QStringLiteral("1"), this);
                cell->setAlignment(Qt::AlignCenter);
                cell->setEnabled(j == i ? false : true);
                m_reciprocals[size_t(i)][size_t(j)] = cell;
                m_grid->addWidget(cell, i + 1, j + 1);
            }
        }
    }

    auto *results = new QFormLayout;
    results->addRow(tr("Lambda max:"), m_lambda);
    results->addRow(tr("Consistency:"), m_consistency);
    m_consistency->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply Weights"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AhpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AhpDialog::reject);

    auto *axisForm = new QFormLayout;
    axisForm->addRow(tr("&Axis:"), m_axis);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(axisForm);
    layout->addLayout(m_grid);
    layout->addLayout(results);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_axis, &QComboBox::currentIndexChanged, this, &AhpDialog::rebuildGrid);
    rebuildGrid();
}

Axis AhpDialog::axis() const {
    return Axis(m_axis->currentData().toInt());
}

void AhpDialog::setAxis(Axis axis) {
    m_axis->setCurrentIndex(m_axis->findData(int(axis)));
}

void AhpDialog::setJudgment(int row, int column, double value) {
    if (row >= column || row < 0 || column >= Size)
        return;
    m_combos[size_t(row)][size_t(column)]->setCurrentIndex(nearestScaleIndex(value));
}

double AhpDialog::judgment(int row, int column) const {
    if (row == column)
        return 1.0;
    if (row > column)
        return 1.0 / judgment(column, row);
    return m_combos[size_t(row)][size_t(column)]->currentData().toDouble();
}

void AhpDialog::rebuildGrid() {
    const auto &criteria = criteriaOf(axis());
    for (int i = 0; i < Size; ++i) {
        m_rowNames[size_t(i)]->setText(label(criteria[size_t(i)]));
        m_columnNames[size_t(i)]->setText(label(criteria[size_t(i)]));
    }
    loadFromProfile();
}

void AhpDialog::loadFromProfile() {
    // Start from the current weights, so that OK without changes keeps them roughly as they are.
    const Scenario *scenario = m_document->portfolio()->find<Scenario>(m_scenario);
    {
        const QScopedValueRollback<bool> guard(m_loading, true);
        const auto &criteria = criteriaOf(axis());
        for (int i = 0; i < Size; ++i)
            for (int j = i + 1; j < Size; ++j) {
                double ratio = 1.0;
                if (scenario) {
                    const WeightProfile &p = scenario->profiles[size_t(m_profile)];
                    const double a = p.weight(criteria[size_t(i)]);
                    const double b = p.weight(criteria[size_t(j)]);
                    if (a > 0.0 && b > 0.0)
                        ratio = a / b;
                    else if (a > 0.0)
                        ratio = 9.0;
                    else if (b > 0.0)
                        ratio = 1.0 / 9.0;
                }
                m_combos[size_t(i)][size_t(j)]->setCurrentIndex(nearestScaleIndex(ratio));
            }
    }
    recompute();
}

void AhpDialog::recompute() {
    if (m_loading)
        return;
    ahp::Matrix matrix(Size, std::vector<double>(Size, 1.0));
    for (int i = 0; i < Size; ++i)
        for (int j = 0; j < Size; ++j) {
            matrix[size_t(i)][size_t(j)] = judgment(i, j);
            if (i > j)
                m_reciprocals[size_t(i)][size_t(j)]->setText(
                    scaleText(matrix[size_t(i)][size_t(j)]));
        }
    QString error;
    m_result = ahp::compute(matrix, &error);
    QPalette palette = m_consistency->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_result) {
        for (QLabel *w : m_weights)
            w->clear();
        m_lambda->clear();
        m_consistency->setText(error);
        palette.setColor(QPalette::WindowText, theme::warningColor(this->palette()));
        m_consistency->setPalette(palette);
        return;
    }
    for (int i = 0; i < Size; ++i)
        m_weights[size_t(i)]->setText(
            tr("%1 %").arg(QLocale().toString(100.0 * m_result->weights[size_t(i)], 'f', 1)));
    m_lambda->setText(QLocale().toString(m_result->lambdaMax, 'f', 3));
    if (m_result->consistent) {
        m_consistency->setText(tr("CR %1: the judgments are consistent.")
                                   .arg(QLocale().toString(m_result->cr, 'f', 3)));
    } else {
        m_consistency->setText(
            tr("CR %1 is above 0.10: the judgments contradict each other. Revisit the pairs "
               "that disagree before applying.")
                .arg(QLocale().toString(m_result->cr, 'f', 3)));
        palette.setColor(QPalette::WindowText, theme::warningColor(this->palette()));
    }
    m_consistency->setPalette(palette);
}

bool AhpDialog::apply() {
    const Scenario *scenario = m_document->portfolio()->find<Scenario>(m_scenario);
    if (!scenario || !m_result)
        return false;
    Scenario after = *scenario;
    WeightProfile &profile = after.profiles[size_t(m_profile)];
    const auto &criteria = criteriaOf(axis());
    // Percent of the axis, the same unit as the default profiles and the sliders.
    for (int i = 0; i < Size; ++i)
        profile.setWeight(criteria[size_t(i)], 100.0 * m_result->weights[size_t(i)]);
    return edit::setScenario(*m_document, after, edit::ScenarioEdit::Weights, edit::Merge::Separate,
                             tr("Derive %1 weights of %2 from pairwise comparisons")
                                 .arg(label(axis()), profileLabel(m_profile)));
}

void AhpDialog::accept() {
    apply();
    QDialog::accept();
}

} // namespace ps
