// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace ps {

/// A horizontal bar as wide as a share of its widget (0-1), for weights and the consensus.
class ShareBar : public QWidget {
    Q_OBJECT
public:
    explicit ShareBar(QWidget *parent = nullptr);
    void setShare(double share);
    double share() const { return m_share; }
    QSize sizeHint() const override { return {160, 18}; }
    QSize minimumSizeHint() const override { return {80, 12}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_share = 0.0;
};

/**
 * The distribution of placement votes as a small bar chart: one bar per choice (invest,
 * develop, maintain, exit) with its label and count, drawn in the projector theme. Labels and
 * counts get the room they need; the bars take what is left.
 */
class VoteBars : public QWidget {
    Q_OBJECT
public:
    explicit VoteBars(QWidget *parent = nullptr);
    /// Votes per choice: invest, develop, maintain, exit.
    void setCounts(const std::array<int, 4> &counts);
    const std::array<int, 4> &counts() const { return m_counts; }
    /// The rectangle of one bar as last painted (for tests: a longer bar for more votes).
    QRect barRect(int choice) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int labelWidth() const;
    int rowHeight() const;

    std::array<int, 4> m_counts{};
};

/**
 * Placement votes on the spotlighted partner as the projector shows them: who is voted on, how
 * many have voted, and nothing more until the facilitator reveals the votes; then the bar chart.
 */
class PlacementVotesView : public QFrame {
    Q_OBJECT
public:
    explicit PlacementVotesView(QWidget *parent = nullptr);

    /// `partner` empty: nobody is spotlighted. `counts` are shown only when `revealed`.
    void setState(const QString &partner, int voted, int participants, bool revealed,
                  const std::array<int, 4> &counts);
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    VoteBars *bars() const { return m_bars; }
    QPushButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void revealRequested();

private:
    QLabel *m_title;
    QLabel *m_status;
    VoteBars *m_bars;
    QPushButton *m_reveal;
};

/**
 * Placement votes in one line, for the matrix step while voting is open: who is voted on and
 * how many have voted; after the reveal, each choice with a short bar and its count.
 */
class VoteStrip : public QWidget {
    Q_OBJECT
public:
    explicit VoteStrip(QWidget *parent = nullptr);
    /// As PlacementVotesView::setState().
    void setState(const QString &partner, int voted, int participants, bool revealed,
                  const std::array<int, 4> &counts);
    /// The text drawn before the bars.
    QString text() const { return m_text; }
    bool revealed() const { return m_revealed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_revealed = false;
    std::array<int, 4> m_counts{};
};

} // namespace ps
