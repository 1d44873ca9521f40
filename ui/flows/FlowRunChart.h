#pragma once

#include "core/model/RunSummary.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace LeadBridge {

class Journal;

/// The recent runs of one flow as a chart under the Flows table: records moved (created,
/// updated, deleted) and errors per run as bars, the duration as a line on its own axis.
/// Previews are left out (they move nothing). Reads the GUI thread's journal connection.
/// Drawn with QPainter: Qt Charts needs Qt OpenGL's development files, which the build
/// machines do not all have.
class FlowRunChart : public QWidget
{
    Q_OBJECT
public:
    /// Runs shown at most.
    static constexpr int kRuns = 20;

    explicit FlowRunChart(QWidget *parent = nullptr);

    /// The journal to read runs from (not owned; null shows nothing).
    void setJournal(Journal *journal);
    /// Shows the recent runs of flow @p flowId (0 = none selected).
    void showFlow(qint64 flowId);
    /// Reads the runs of the flow on show again.
    void refresh();

    /// The runs on show, oldest first.
    const QList<RunSummary> &runs() const { return m_runs; }
    /// The caption above the chart ("Last 12 runs of “Flow”", "“Flow” has not run yet").
    QString captionText() const;
    /// The plot area (a child widget that paints the bars and the line).
    QWidget *plot() const { return m_plot; }

private:
    friend class FlowRunPlot;
    void rebuild();

    Journal *m_journal = nullptr;
    qint64 m_flowId = 0;
    QList<RunSummary> m_runs;
    QLabel *m_caption = nullptr;
    QWidget *m_plot = nullptr;
};

} // namespace LeadBridge
