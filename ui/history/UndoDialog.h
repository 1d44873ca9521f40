#pragma once

#include "core/engine/SyncTypes.h"
#include "core/model/RecordChange.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace LeadBridge {

class EngineHost;
class Journal;
class RunLauncher;

/// "Undo run…" of the History page (docs/undo.md). Opening it runs the undo of a run as a
/// preview on the engine thread (RunLauncher → EngineHost, as Preview does; nothing is
/// written, the preview is recorded in History) and shows its plan: what will be restored,
/// deleted, and left alone and why, with counts. "Apply undo" then runs the undo for real as
/// a new run ("Undo of run N" in History). Progress and Cancel work as for other runs.
class UndoDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Planning, Planned, Applying, Applied, Failed };

    /// The undo of run @p runId of flow @p flowId; reads the plan through @p journal (the GUI
    /// thread's connection). Nothing is owned.
    UndoDialog(Journal *journal, RunLauncher *launcher, EngineHost *engine, qint64 flowId,
        qint64 runId, QWidget *parent = nullptr);

    /// Starts the preview (called once, after the dialog is set up).
    void start();

    Stage stage() const { return m_stage; }
    /// The undo preview's run (0 before it is recorded), and the applied undo's run.
    qint64 previewRunId() const { return m_previewRun; }
    qint64 appliedRunId() const { return m_appliedRun; }
    /// The plan shown (the preview's history rows), or what the applied undo did.
    QList<RecordChange> shownChanges() const { return m_shown; }
    /// The line with the counts above the table.
    QString summaryText() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// The preview (or the applied undo) ended; @p outcome as the engine reported it.
    void previewFinished(const LeadBridge::RunOutcome &outcome);
    void applyFinished(const LeadBridge::RunOutcome &outcome);

private:
    void apply();
    void onCancel();
    void launch(bool preview);
    void onFinished(const RunOutcome &outcome);
    void onProgress(const RunProgress &progress);
    void onLaunchFailed(qint64 flowId, const QString &sentence);
    void showChanges(qint64 runId, bool planned);
    void setStage(Stage stage);

    Journal *m_journal = nullptr;
    QPointer<RunLauncher> m_launcher;
    QPointer<EngineHost> m_engine;
    qint64 m_flowId = 0;
    qint64 m_runId = 0;
    qint64 m_previewRun = 0;
    qint64 m_appliedRun = 0;
    Stage m_stage = Stage::Planning;
    QList<RecordChange> m_shown;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace LeadBridge
