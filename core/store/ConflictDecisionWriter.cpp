#include "core/store/ConflictDecisionWriter.h"

#include "core/store/ConflictRepository.h"
#include "core/store/Journal.h"

#include <QAtomicInteger>
#include <QPointer>
#include <QThread>

namespace LeadBridge {

ConflictDecisionWriter::ConflictDecisionWriter(QObject *parent)
    : QObject(parent)
{ }

ConflictDecisionWriter::~ConflictDecisionWriter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ConflictDecisionWriter::start(
    const QString &journalPath, const QList<qint64> &ids, ConflictRecord::Keep keep)
{
    if (m_thread)
        return false;
    static QAtomicInteger<int> counter;
    const QString connection
        = QStringLiteral("leadbridge-conflicts-%1").arg(counter.fetchAndAddRelaxed(1));
    QPointer<ConflictDecisionWriter> self(this);
    m_thread = QThread::create([self, journalPath, connection, ids, keep] {
        Journal journal;
        QString message;
        const Status opened = journal.open(journalPath, connection);
        if (!opened) {
            message = opened.errorString();
        } else if (const Status decided = ConflictRepository(journal).decide(ids, keep);
                   !decided) {
            message = decided.errorString();
        }
        journal.close();
        // The thread is waited for in the destructor, so self outlives this call.
        QMetaObject::invokeMethod(
            self.data(),
            [self, message] {
                if (!self || !self->m_thread)
                    return;
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
                Q_EMIT self->finished(message.isEmpty(), message);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace LeadBridge
