#pragma once

#include "core/store/ConflictRecord.h"

#include <QObject>
#include <QString>

class QThread;

namespace LeadBridge {

/// Stores decisions made in the Conflicts view (ConflictRepository::decide()) on a worker
/// thread with its own connection to the journal, so a decision never waits on the GUI
/// thread while a run commits. One decision at a time.
class ConflictDecisionWriter : public QObject
{
    Q_OBJECT
public:
    explicit ConflictDecisionWriter(QObject *parent = nullptr);
    /// Waits for a decision being written.
    ~ConflictDecisionWriter() override;

    /// Keeps @p keep for conflicts @p ids in the journal at @p journalPath; finished()
    /// reports. False (nothing started) while another decision is being written.
    bool start(const QString &journalPath, const QList<qint64> &ids, ConflictRecord::Keep keep);
    /// Whether a decision is being written.
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// The decision is stored (@p ok), or @p message says why not.
    void finished(bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
};

} // namespace LeadBridge
