// The history filter builder: HistoryQuery::likePattern turns what a person types in the
// search box into a LIKE … ESCAPE '\' pattern. Checked in SQLite itself: the pattern finds
// any text that holds the search (trimmed), and % _ \ in it match only themselves.
#include "core/store/HistoryQuery.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cstdint>

using namespace LeadBridge;

namespace {
QSqlDatabase &database()
{
    static int argc = 1;
    static char name[] = "fuzz_history_search";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app
        = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        d.open();
        return d;
    }();
    return db;
}

bool matches(const QString &text, const QString &pattern)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ? LIKE ? ESCAPE '\\'"));
    q.addBindValue(text);
    q.addBindValue(pattern);
    LEADBRIDGE_FUZZ_CHECK(q.exec() && q.next(), "SQLite takes every pattern");
    return q.value(0).toInt() == 1;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString search = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (search.contains(QChar(0)))
        return 0; // text from a search box holds no NUL
    LEADBRIDGE_FUZZ_CHECK(database().isOpen(), "in-memory SQLite opens");
    const QString pattern = HistoryQuery::likePattern(search);
    const QString needle = search.trimmed();
    LEADBRIDGE_FUZZ_CHECK(matches(u"before " + needle + u" after", pattern), "finds itself");
    // A wildcard in the search matches itself only: replace each by a letter, then the
    // pattern must not match (unless the search had no wildcard at all).
    QString changed = needle;
    bool hadWildcard = false;
    for (QChar &c : changed) {
        if (c == u'%' || c == u'_') {
            c = u'\x01';
            hadWildcard = true;
        }
    }
    if (hadWildcard)
        LEADBRIDGE_FUZZ_CHECK(!matches(changed, pattern), "wildcards are escaped");
    return 0;
}
