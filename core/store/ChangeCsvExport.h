#pragma once

#include "core/store/HistoryQuery.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace LeadBridge {

/// Writes the record changes of one run (as filtered on the page) to a CSV file
/// (RFC 4180, UTF-8) on a worker thread with its own read connection to the
/// journal, so a run with a million changes never freezes the window. The file
/// appears whole or not at all (QSaveFile). Cells a spreadsheet would run as formulas
/// (= + - @, tab, CR first) are written as text with a leading single quote.
class ChangeCsvExport : public QObject
{
    Q_OBJECT
public:
    explicit ChangeCsvExport(QObject *parent = nullptr);
    /// Waits for a running export to end.
    ~ChangeCsvExport() override;

    /// The header row: run,system,object,record_key,operation,field,old_value,new_value,reason.
    static QStringList header();
    /// Exports synchronously on the calling thread (used by the worker and the CLI).
    /// Returns the number of changes written or a sentence.
    static Expected<qint64> write(
        const QString &journalPath, const ChangeFilter &filter, const QString &filePath);

    /// Starts the export; finished() reports. Refused (false) while one runs.
    bool start(const QString &journalPath, const ChangeFilter &filter, const QString &filePath);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// @p ok with the number of changes written, or the sentence saying why not.
    void finished(bool ok, qint64 rows, const QString &filePath, const QString &message);

private:
    QThread *m_thread = nullptr;
};

} // namespace LeadBridge
