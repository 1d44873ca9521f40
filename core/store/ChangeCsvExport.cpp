#include "core/store/ChangeCsvExport.h"

#include "core/store/Journal.h"
#include "core/util/CsvWriter.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace LeadBridge {

ChangeCsvExport::ChangeCsvExport(QObject *parent)
    : QObject(parent)
{ }

ChangeCsvExport::~ChangeCsvExport()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QStringList ChangeCsvExport::header()
{
    return { QStringLiteral("run"), QStringLiteral("system"), QStringLiteral("object"),
        QStringLiteral("record_key"), QStringLiteral("operation"), QStringLiteral("field"),
        QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("reason") };
}

Expected<qint64> ChangeCsvExport::write(
    const QString &journalPath, const ChangeFilter &filter, const QString &filePath)
{
    static QAtomicInteger<int> counter;
    Journal journal;
    const Status opened = journal.open(
        journalPath, QStringLiteral("leadbridge-export-%1").arg(counter.fetchAndAddRelaxed(1)));
    if (!opened)
        return Expected<qint64>::failure(opened.errorString());

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Expected<qint64>::failure(
            tr("LeadBridge could not write “%1”: %2. Choose another folder or file name.")
                .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    file.write(CsvWriter::record(header()));
    QByteArray buffer;
    const QString run = QString::number(filter.runId);
    // Every cell but the run number is text from the systems or the user: a cell that a
    // spreadsheet would run as a formula is written as text (CsvWriter).
    const QList<CsvWriter::Column> columns { CsvWriter::Column::Number };
    HistoryQuery query(journal);
    const auto rows = query.forEachChange(filter, [&](const RecordChange &c) {
        buffer += CsvWriter::record(
            { run, c.system, c.object, c.recordKey, RecordChange::operationToString(c.operation),
                c.field, c.oldValue, c.newValue, c.reason },
            columns);
        if (buffer.size() > 1 << 20) {
            file.write(buffer);
            buffer.clear();
        }
        return true;
    });
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    file.write(buffer);
    if (!file.commit())
        return Expected<qint64>::failure(
            tr("LeadBridge could not write “%1”: %2. Check the free space and try again.")
                .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    return rows;
}

bool ChangeCsvExport::start(
    const QString &journalPath, const ChangeFilter &filter, const QString &filePath)
{
    if (m_thread)
        return false;
    QPointer<ChangeCsvExport> self(this);
    m_thread = QThread::create([self, journalPath, filter, filePath] {
        const auto result = write(journalPath, filter, filePath);
        const bool ok = result.ok();
        const qint64 rows = ok ? result.value() : 0;
        const QString message = ok ? QString() : result.errorString();
        // The thread is waited for in the destructor, so self outlives this call.
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, rows, filePath, message] {
                if (!self)
                    return;
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
                Q_EMIT self->finished(ok, rows, filePath, message);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace LeadBridge
