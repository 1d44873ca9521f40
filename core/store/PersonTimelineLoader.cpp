#include "core/store/PersonTimelineLoader.h"

#include "core/store/Journal.h"
#include "core/store/PersonTimeline.h"

#include <QAtomicInteger>
#include <QPointer>
#include <QThread>

namespace LeadBridge {

PersonTimelineLoader::PersonTimelineLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PersonHistory>();
}

PersonTimelineLoader::~PersonTimelineLoader()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

quint64 PersonTimelineLoader::start(const QString &journalPath, const QString &email, int limit)
{
    static QAtomicInteger<int> counter;
    const quint64 search = ++m_latest;
    const QString connection
        = QStringLiteral("leadbridge-person-%1").arg(counter.fetchAndAddRelaxed(1));
    QPointer<PersonTimelineLoader> self(this);
    QThread *thread = QThread::create([self, journalPath, connection, email, limit, search] {
        Journal journal;
        PersonHistory history;
        QString message;
        const Status opened = journal.open(journalPath, connection);
        if (!opened) {
            message = opened.errorString();
        } else {
            const auto found = PersonTimeline(journal).find(email, limit);
            if (found)
                history = found.value();
            else
                message = found.errorString();
        }
        journal.close();
        // The threads are waited for in the destructor, so self outlives this call.
        QMetaObject::invokeMethod(
            self.data(),
            [self, search, history, message] {
                if (!self)
                    return;
                for (qsizetype i = 0; i < self->m_threads.size(); ++i) {
                    QThread *t = self->m_threads.at(i);
                    if (t->isFinished() || t->property("search").toULongLong() == search) {
                        t->wait();
                        delete t;
                        self->m_threads.removeAt(i--);
                    }
                }
                if (search == self->m_latest)
                    Q_EMIT self->finished(search, message.isEmpty(), history, message);
            },
            Qt::QueuedConnection);
    });
    thread->setProperty("search", search);
    m_threads.append(thread);
    thread->start();
    return search;
}

} // namespace LeadBridge
