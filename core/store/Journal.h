#pragma once

#include "core/store/Migration.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace LeadBridge {

/// The journal: LeadBridge's SQLite database (accounts, flows, run history...).
///
/// Each Journal owns one named Qt SQL connection. Qt SQL connections belong to
/// the thread that opened them, so every thread (GUI reader, engine writer)
/// opens its own Journal on the same file; WAL lets readers run while a writer
/// commits. Opening applies pending migrations; a journal written by a newer
/// LeadBridge, or a file that is not a journal, is refused and left untouched.
/// The journal and its WAL files are readable by their owner only (0600), and a
/// folder the journal creates is private (0700).
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::Journal)

public:
    /// Why open() failed.
    enum class Error {
        None,
        CannotOpen, ///< folder or file not accessible, or connection name in use
        NotAJournal, ///< not an SQLite file, damaged, or another program's database
        NewerSchema, ///< written by a newer LeadBridge; never modified
        MigrationFailed, ///< an upgrade step failed and was rolled back
        ReadOnly, ///< a journal exists but its file or folder may not be written
    };

    Journal();
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// Opens (creating and upgrading as needed) the journal at @p path
    /// (AppPaths::journalPath() when empty) on the Qt SQL connection
    /// @p connectionName (a unique name is made when empty).
    Status open(const QString &path = QString(), const QString &connectionName = QString());
    /// As open(), with an explicit migration list (tests of the upgrade path).
    Status open(
        const QString &path, const QString &connectionName, const QList<Migration> &migrations);
    /// Closes and removes the connection. Safe to call when not open.
    void close();

    bool isOpen() const;
    /// Why the last open() failed.
    Error error() const { return m_error; }
    /// The user sentence for the last failure (empty when none).
    QString errorString() const { return m_errorString; }

    /// Schema version of the open journal.
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema version this build understands.
    static int latestSchemaVersion();
    /// True when a journal exists at @p path (AppPaths::journalPath() when empty) with an
    /// older schema than this build's, so that open() would upgrade it. Reads the file
    /// read-only and changes nothing; false for a missing, foreign or newer file.
    static bool needsUpgrade(const QString &path = QString());

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    /// The connection; only usable from the thread that called open().
    QSqlDatabase database() const;

    /// Reads a PRAGMA value (e.g. "journal_mode", "foreign_keys") as text.
    QString pragma(const QString &name) const;

private:
    Status fail(Error error, const QString &sentence);
    Status probeExisting(const QString &connectionName, int latestKnown);
    Status configureConnection();
    Status migrate(const QList<Migration> &migrations);
    void makePrivate(bool folderCreated) const;
    static int readVersion(const QSqlDatabase &db, bool *ok, bool *foreign);
    static int readVersionReadOnly(
        const QString &path, const QString &probeName, bool *ok, bool *foreign);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace LeadBridge
