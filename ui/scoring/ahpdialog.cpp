// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/ahpdialog.h"
#include "ui/theme/themepalette.h"

#include "core/scoring/groupdisagreement.h"
#include "ui/document/document.h"
#include "ui/matrix/weightspanel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/undo/edits_scenario.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

/// Saaty's scale from "extremely more important" to "extremely less important".
const double kScale[] = {9,       8,       7,       6,       5,       4,       3,       2,      1,
                         1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8, 1.0 / 9};

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

/// Lines of text the advice may take; their room is kept whether advice is shown or not.
constexpr int AdviceLines = 5;

QString cr(double value) {
    return QLocale().toString(value, 'f', 3);
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
    , m_consistency(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_useSuggestion(new QPushButton(tr("&Use the Proposed Value"), this))
    , m_source(new QLabel(this))
    , m_criteria(computeCriteria(document->portfolio()->data())) {
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
                    combo->addItem(ahp::saatyText(v), v);
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
    // The room for three lines of the ratio's sentence and for the advice is kept at all times,
    // so rows never move under the mouse when the judgments turn inconsistent.
    m_consistency->setMinimumHeight(3 * m_consistency->fontMetrics().lineSpacing());
    m_consistency->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_advice->setMinimumHeight(AdviceLines * m_advice->fontMetrics().lineSpacing());
    m_advice->setAccessibleName(tr("Judgment to revisit"));
    QSizePolicy keep = m_useSuggestion->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_useSuggestion->setSizePolicy(keep);
    connect(m_useSuggestion, &QPushButton::clicked, this, &AhpDialog::useSuggestion);
    m_source->setWordWrap(true);
    m_source->setMinimumHeight(2 * m_source->fontMetrics().lineSpacing());
    m_source->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply Weights"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AhpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AhpDialog::reject);

    auto *axisForm = new QFormLayout;
    axisForm->addRow(tr("&Axis:"), m_axis);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(axisForm);
    layout->addWidget(m_source);
    layout->addLayout(m_grid);
    layout->addLayout(results);
    layout->addWidget(m_advice);
    layout->addWidget(m_useSuggestion, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wide enough that the advice wraps into the lines reserved for it.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

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

ahp::Matrix AhpDialog::currentMatrix() const {
    ahp::Matrix matrix(Size, std::vector<double>(Size, 1.0));
    for (int i = 0; i < Size; ++i)
        for (int j = 0; j < Size; ++j)
            matrix[size_t(i)][size_t(j)] = judgment(i, j);
    return matrix;
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
    const Scenario *scenario = m_document->portfolio()->find<Scenario>(m_scenario);
    const auto &criteria = criteriaOf(axis());
    const AxisJudgments *stored = scenario ? scenario->judgmentsFor(m_profile, axis()) : nullptr;
    {
        const QScopedValueRollback<bool> guard(m_loading, true);
        for (int i = 0; i < Size; ++i)
            for (int j = i + 1; j < Size; ++j) {
                double ratio = 1.0;
                if (stored) {
                    ratio = stored->value(i, j);
                } else if (scenario) {
                    // No judgments kept yet: start from the current weights, so that OK without
                    // changes keeps them roughly as they are.
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
    if (!stored) {
        // One sentence per axis: German capitalises the noun a lower-cased label would break.
        m_source->setText(axis() == Axis::Potential
                              ? tr("No judgments were applied to this scenario's potential "
                                   "weights yet: these are estimated from the current weights.")
                              : tr("No judgments were applied to this scenario's readiness "
                                   "weights yet: these are estimated from the current weights."));
    } else {
        // Weights changed with the sliders since: the judgments no longer produce them.
        const std::optional<ahp::Result> r = ahp::compute(currentMatrix());
        const WeightProfile &p = scenario->profiles[size_t(m_profile)];
        double sum = 0.0;
        for (Criterion c : criteria)
            sum += p.weight(c);
        bool same = r.has_value() && sum > 0.0;
        for (int i = 0; same && i < Size; ++i)
            same = std::abs(p.weight(criteria[size_t(i)]) / sum - r->weights[size_t(i)]) < 1e-3;
        m_source->setText(same ? tr("The judgments last applied to this scenario.")
                               : tr("The judgments last applied to this scenario. The weights "
                                    "were changed since; applying sets them from these "
                                    "judgments again."));
    }
    recompute();
}

void AhpDialog::recompute() {
    if (m_loading)
        return;
    const ahp::Matrix matrix = currentMatrix();
    for (int i = 0; i < Size; ++i)
        for (int j = 0; j < i; ++j)
            m_reciprocals[size_t(i)][size_t(j)]->setText(
                ahp::saatyText(matrix[size_t(i)][size_t(j)]));
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
        updateAdvice(matrix);
        return;
    }
    for (int i = 0; i < Size; ++i)
        m_weights[size_t(i)]->setText(
            tr("%1 %").arg(QLocale().toString(100.0 * m_result->weights[size_t(i)], 'f', 1)));
    m_lambda->setText(QLocale().toString(m_result->lambdaMax, 'f', 3));
    // The random index table is named, so the ratio can be checked by hand.
    const QString index = tr("CR = CI / RI, with RI = %1 for %2 criteria from Saaty's random "
                             "index table (Saaty 1980).")
                              .arg(QLocale().toString(ahp::randomIndex(Size), 'f', 2))
                              .arg(Size);
    if (m_result->consistent) {
        m_consistency->setText(
            tr("CR %1: the judgments are consistent. %2").arg(cr(m_result->cr), index));
    } else {
        m_consistency->setText(tr("CR %1 is above 0.10: the judgments contradict each other. %2")
                                   .arg(cr(m_result->cr), index));
        palette.setColor(QPalette::WindowText, theme::warningColor(this->palette()));
    }
    m_consistency->setPalette(palette);
    updateAdvice(matrix);
}

int AhpDialog::quadrantChanges(const std::vector<double> &before,
                               const std::vector<double> &after) const {
    const Scenario *scenario = m_document->portfolio()->find<Scenario>(m_scenario);
    if (!scenario)
        return 0;
    Scenario a = *scenario;
    Scenario b = *scenario;
    applyAxisWeights(a, axis(), before, m_profile);
    applyAxisWeights(b, axis(), after, m_profile);
    int moved = 0;
    for (const ScenarioMove &move : compareScenarios(m_criteria, a, b))
        moved += move.changedQuadrant();
    return moved;
}

void AhpDialog::updateAdvice(const ahp::Matrix &matrix) {
    m_suggestion.reset();
    m_quadrantChanges = 0;
    if (m_result && !m_result->consistent)
        m_suggestion = ahp::suggest(matrix);
    m_useSuggestion->setVisible(m_suggestion.has_value());
    if (!m_suggestion) {
        m_advice->clear();
        return;
    }
    const ahp::Suggestion &s = *m_suggestion;
    const std::optional<ahp::Result> after =
        ahp::compute(ahp::withJudgment(matrix, s.row, s.column, s.proposed));
    if (after)
        m_quadrantChanges = quadrantChanges(m_result->weights, after->weights);
    const auto &criteria = criteriaOf(axis());
    const QString row = label(criteria[size_t(s.row)]).toHtmlEscaped();
    const QString column = label(criteria[size_t(s.column)]).toHtmlEscaped();
    m_advice->setText(
        tr("<b>Revisit %1 against %2</b>: judged %3, but the other judgments imply about %4. "
           "Proposed: <b>%4</b>. With it the CR would be %5, and %6 compared with the current "
           "judgments.")
            .arg(row, column, ahp::saatyText(s.current), ahp::saatyText(s.proposed), cr(s.crAfter),
                 tr("%n partner(s) would change quadrant", nullptr, m_quadrantChanges)));
}

bool AhpDialog::useSuggestion() {
    if (!m_suggestion)
        return false;
    const ahp::Suggestion s = *m_suggestion;
    setJudgment(s.row, s.column, s.proposed);
    return true;
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
    // The judgments go with the weights, so that the dialog reopens with them.
    AxisJudgments judgments;
    judgments.profile = m_profile;
    judgments.axis = axis();
    for (int i = 0; i < Size; ++i)
        for (int j = i + 1; j < Size; ++j)
            judgments.upper[size_t(AxisJudgments::pairIndex(i, j))] = judgment(i, j);
    after.setJudgments(judgments);
    return edit::setScenario(*m_document, after, edit::ScenarioEdit::Weights, edit::Merge::Separate,
                             tr("Derive %1 weights of %2 from pairwise comparisons")
                                 .arg(label(axis()), profileLabel(m_profile)));
}

bool AhpDialog::confirmInconsistent() {
    if (!m_result || m_result->consistent)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Apply Inconsistent Weights?"),
                    tr("The consistency ratio is %1, above 0.10: the judgments contradict each "
                       "other, so the weights may not say what you mean.")
                        .arg(cr(m_result->cr)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmInconsistent"));
    if (m_suggestion)
        box.setInformativeText(
            tr("Revisiting one judgment would bring it to %1.").arg(cr(m_suggestion->crAfter)));
    QPushButton *apply = box.addButton(tr("Apply Anyway"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == apply;
}

void AhpDialog::accept() {
    if (!confirmInconsistent())
        return;
    apply();
    QDialog::accept();
}

} // namespace ps
