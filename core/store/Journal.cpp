#include "core/store/Journal.h"

#include "core/store/JournalSchema.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"
#include "core/util/AppPaths.h"
#include "core/util/LogCategories.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace LeadBridge {

namespace {
constexpr int kBusyTimeoutMs = 5000;
/// Page cache of a connection, KiB (SQLite's default is 2,000).
constexpr int kCacheKiB = 65536;
/// What the write-ahead log is cut back to once a checkpoint has emptied it.
constexpr qint64 kWalLimitBytes = 64LL * 1024 * 1024;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadbridge-journal-%1").arg(++counter);
}

void dropConnection(const QString &name)
{
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}
} // namespace

Journal::Journal() = default;

Journal::~Journal()
{
    close();
}

int Journal::latestSchemaVersion()
{
    return JournalSchema::latestVersion();
}

Status Journal::open(const QString &path, const QString &connectionName)
{
    return open(path, connectionName, JournalSchema::migrations());
}

Status Journal::open(
    const QString &path, const QString &connectionName, const QList<Migration> &migrations)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = QFileInfo(path.isEmpty() ? AppPaths::journalPath() : path).absoluteFilePath();
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    const int latestKnown = migrations.isEmpty() ? 0 : migrations.constLast().version;

    if (QSqlDatabase::contains(name)) {
        qCWarning(lcStore) << "Connection name already in use:" << name;
        return fail(Error::CannotOpen,
            tr("LeadBridge could not open the journal because it is already open on this "
               "connection (%1). Close it first.")
                .arg(name));
    }
    const QFileInfo info(m_path);
    const bool folderCreated = !QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        qCWarning(lcStore) << "Cannot create folder" << info.absolutePath();
        return fail(Error::CannotOpen,
            tr("LeadBridge could not create the folder %1. Check that you may write "
               "there, or choose another data folder.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    // A journal we may read but not write cannot record runs; opening it would fail
    // later with a confusing "damaged" (SQLite cannot create its -shm file), so say so.
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        qCWarning(lcStore) << "Journal is read-only:" << m_path;
        return fail(Error::ReadOnly,
            tr("The journal %1 is read-only: LeadBridge may not write to the file or to its "
               "folder, so it cannot record runs there. Give your user write permission on "
               "the folder and the file, or choose another data folder.")
                .arg(QDir::toNativeSeparators(m_path)));
    }

    // Look at an existing file read-only first: a newer or foreign file must
    // be refused before anything (even switching it to WAL) writes to it.
    if (info.exists() && info.size() > 0) {
        const Status probed = probeExisting(name + QStringLiteral("-probe"), latestKnown);
        if (!probed)
            return probed;
    }
    makePrivate(folderCreated);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            qCWarning(lcStore) << "Cannot open" << m_path << db.lastError().text();
            dropConnection(name);
            return fail(Error::CannotOpen,
                tr("LeadBridge could not open the journal %1. Check that the file and "
                   "its folder may be written, or choose another data folder.")
                    .arg(QDir::toNativeSeparators(m_path)));
        }
    }
    m_connectionName = name;

    if (const Status configured = configureConnection(); !configured) {
        close();
        return configured;
    }
    if (const Status migrated = migrate(migrations); !migrated) {
        close();
        return migrated;
    }
    qCDebug(lcStore) << "Journal open:" << m_path << "schema" << m_schemaVersion << "connection"
                     << m_connectionName;
    return Status();
}

void Journal::close()
{
    if (m_connectionName.isEmpty())
        return;
    dropConnection(m_connectionName);
    m_connectionName.clear();
}

bool Journal::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Journal::pragma(const QString &name) const
{
    QSqlQuery query(database());
    if (!SqlSupport::exec(query, QStringLiteral("PRAGMA ") + name, "read pragma") || !query.next())
        return QString();
    return query.value(0).toString();
}

void Journal::makePrivate(bool folderCreated) const
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (folderCreated) {
        QFile::setPermissions(QFileInfo(m_path).absolutePath(),
            ownerOnly | QFileDevice::ExeOwner);
    }
    // SQLite gives the -wal and -shm files the permissions of the database file, so a
    // journal created private stays private. Create it ourselves to choose them.
    if (!QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.close();
    }
    // Journals written by older versions were 0644; tighten them and their WAL files.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && QFile::permissions(file) != ownerOnly
            && !QFile::setPermissions(file, ownerOnly)) {
            qCWarning(lcStore) << "Could not make" << file << "private";
        }
    }
}

Status Journal::fail(Error error, const QString &sentence)
{
    m_error = error;
    m_errorString = sentence;
    return Status::failure(sentence);
}

int Journal::readVersion(const QSqlDatabase &db, bool *ok, bool *foreign)
{
    // Reading sqlite_master is the first real read: it fails on a file that
    // is not an SQLite database or whose header is damaged.
    QSqlQuery query(db);
    if (!SqlSupport::exec(query,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                           "name NOT LIKE 'sqlite_%'"),
            "list tables")) {
        *ok = false;
        return 0;
    }
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (query.next()) {
        if (query.value(0).toString() == QStringLiteral("schema_version"))
            hasVersionTable = true;
        else
            hasOtherTables = true;
    }
    *ok = true;
    // Tables but no schema_version table: another program's database, not ours to change.
    *foreign = hasOtherTables && !hasVersionTable;
    if (!hasVersionTable)
        return 0;
    QSqlQuery version(db);
    if (!SqlSupport::exec(version,
            QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"),
            "read schema version")
        || !version.next()) {
        *ok = false;
        return 0;
    }
    return version.value(0).toInt();
}

int Journal::readVersionReadOnly(
    const QString &path, const QString &probeName, bool *ok, bool *foreign)
{
    int version = 0;
    *ok = false;
    *foreign = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (db.open())
            version = readVersion(db, ok, foreign);
        else
            qCWarning(lcStore) << "Cannot open" << path << "read-only:" << db.lastError().text();
    }
    dropConnection(probeName);
    return version;
}

bool Journal::needsUpgrade(const QString &path)
{
    const QString file
        = QFileInfo(path.isEmpty() ? AppPaths::journalPath() : path).absoluteFilePath();
    if (!QFileInfo(file).isFile())
        return false;
    bool ok = false;
    bool foreign = false;
    const int version = readVersionReadOnly(file, uniqueConnectionName(), &ok, &foreign);
    return ok && !foreign && version > 0 && version < latestSchemaVersion();
}

Status Journal::probeExisting(const QString &probeName, int latestKnown)
{
    bool ok = false;
    bool foreign = false;
    const int version = readVersionReadOnly(m_path, probeName, &ok, &foreign);

    if (!ok || foreign) {
        qCWarning(lcStore) << "Refusing" << m_path
                           << (foreign ? "(SQLite database without schema_version)"
                                       : "(not an SQLite database or damaged)");
        return fail(Error::NotAJournal,
            tr("The file %1 is not a LeadBridge journal or is damaged, so LeadBridge left "
               "it untouched. Move it aside or choose another data folder.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    if (version > latestKnown) {
        qCWarning(lcStore) << "Refusing" << m_path << "schema" << version << "> known"
                           << latestKnown;
        m_schemaVersion = version;
        return fail(Error::NewerSchema,
            tr("This journal was written by a newer LeadBridge (schema %1; this version "
               "understands up to %2). Install the newer version or choose another data "
               "folder.")
                .arg(version)
                .arg(latestKnown));
    }
    return Status();
}

Status Journal::configureConnection()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const bool pragmasOk
        = SqlSupport::exec(query, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
              "set busy_timeout")
        && SqlSupport::exec(
            query, QStringLiteral("PRAGMA foreign_keys = ON"), "enable foreign keys")
        && SqlSupport::exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), "enable WAL")
        && query.next() && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0
        && SqlSupport::exec(
            query, QStringLiteral("PRAGMA synchronous = NORMAL"), "set synchronous")
        // A run of a million people inserts into indexes keyed by address, in no order: with
        // SQLite's default 2 MB page cache every insert read its index pages from disk again.
        // The cache is a ceiling, filled only by the pages a connection uses.
        && SqlSupport::exec(query, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB),
            "set cache size")
        // Each applied group of a large run commits tens of megabytes at once; without a
        // limit the -wal file keeps the size of the largest commit for as long as the journal
        // stays open (hundreds of megabytes after a first sync of a million people).
        && SqlSupport::exec(query,
            QStringLiteral("PRAGMA journal_size_limit = %1").arg(kWalLimitBytes),
            "set journal size limit");
    if (!pragmasOk) {
        return fail(Error::CannotOpen,
            tr("LeadBridge could not prepare the journal %1 for use. Check that the "
               "folder may be written and is on a local disk, or choose another data "
               "folder.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    return Status();
}

Status Journal::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = database();
    bool ok = false;
    bool foreign = false;
    m_schemaVersion = readVersion(db, &ok, &foreign);
    const int latestKnown = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (!ok || foreign) {
        return fail(Error::NotAJournal,
            tr("The file %1 is not a LeadBridge journal or is damaged, so LeadBridge left "
               "it untouched. Move it aside or choose another data folder.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_schemaVersion > latestKnown) {
        return fail(Error::NewerSchema,
            tr("This journal was written by a newer LeadBridge (schema %1; this version "
               "understands up to %2). Install the newer version or choose another data "
               "folder.")
                .arg(m_schemaVersion)
                .arg(latestKnown));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        Transaction transaction(db);
        QSqlQuery query(db);
        bool stepOk = transaction.isActive()
            && SqlSupport::exec(query,
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, "
                               "applied_at TEXT NOT NULL)"),
                "create schema_version");
        // Another process may have applied this step while we waited for the lock.
        int current = 0;
        if (stepOk) {
            stepOk = SqlSupport::exec(query,
                         QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"),
                         "re-read schema version")
                && query.next();
            current = query.value(0).toInt();
        }
        if (stepOk && current >= migration.version) {
            transaction.rollback();
            m_schemaVersion = current;
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!stepOk)
                break;
            stepOk = SqlSupport::exec(query, statement, "migration statement");
        }
        if (stepOk) {
            query.prepare(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(migration.version);
            query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
            stepOk = SqlSupport::exec(query, "record schema version") && transaction.commit();
        }
        if (!stepOk) {
            transaction.rollback();
            qCWarning(lcStore) << "Migration to schema" << migration.version << "("
                               << migration.description << ") failed; rolled back";
            return fail(Error::MigrationFailed,
                tr("LeadBridge could not upgrade the journal %1 to schema %2, so it "
                   "left the journal as it was (schema %3). Details are in the log.")
                    .arg(QDir::toNativeSeparators(m_path), QString::number(migration.version),
                        QString::number(m_schemaVersion)));
        }
        // Creating a new journal is routine; upgrading an existing one is worth a log line.
        if (m_schemaVersion > 0)
            qCInfo(lcStore) << "Journal upgraded from schema" << m_schemaVersion << "to"
                            << migration.version << "-" << migration.description;
        else
            qCDebug(lcStore) << "Journal schema" << migration.version << "applied -"
                             << migration.description;
        m_schemaVersion = migration.version;
    }
    return Status();
}

} // namespace LeadBridge
