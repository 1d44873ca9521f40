#include "core/store/JournalSchema.h"

namespace LeadBridge {

namespace {

// Schema v1. Timestamps are ISO-8601 UTC text with milliseconds (sortable as
// text, readable in the sqlite3 shell). Settings and documents are JSON text.
// Secrets never appear in any column (DESIGN.md §4).
Migration version1()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("accounts, flows, field maps, schedules, runs, record changes, "
                                   "sync cursors, record links");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE accounts (
            id            INTEGER PRIMARY KEY,
            kind          TEXT NOT NULL CHECK (kind IN ('on24','acton','salesforce','pipeliner')),
            name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
            settings      TEXT NOT NULL DEFAULT '{}',
            status        TEXT NOT NULL DEFAULT 'unchecked'
                          CHECK (status IN ('unchecked','linked','needs_attention')),
            last_check_at TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            UNIQUE (kind, name)
        ))"),
        QStringLiteral(R"(CREATE TABLE flows (
            id                INTEGER PRIMARY KEY,
            kind              TEXT NOT NULL CHECK (kind IN
                              ('webinar_import','crm_contact_sync','list_sync','lead_handoff')),
            name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
            source_account_id INTEGER REFERENCES accounts(id) ON DELETE RESTRICT,
            target_account_id INTEGER REFERENCES accounts(id) ON DELETE RESTRICT,
            settings          TEXT NOT NULL DEFAULT '{}',
            enabled           INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
            needs_full_sync   INTEGER NOT NULL DEFAULT 1 CHECK (needs_full_sync IN (0,1)),
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX flows_source_account ON flows(source_account_id)"),
        QStringLiteral("CREATE INDEX flows_target_account ON flows(target_account_id)"),
        QStringLiteral(R"(CREATE TABLE field_maps (
            flow_id    INTEGER PRIMARY KEY REFERENCES flows(id) ON DELETE CASCADE,
            document   TEXT NOT NULL,
            version    INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE schedules (
            flow_id          INTEGER PRIMARY KEY REFERENCES flows(id) ON DELETE CASCADE,
            kind             TEXT NOT NULL CHECK (kind IN ('interval','daily')),
            interval_minutes INTEGER,
            daily_time       TEXT,
            next_run_at      TEXT,
            enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
            CHECK ((kind = 'interval' AND interval_minutes > 0)
                OR (kind = 'daily' AND daily_time IS NOT NULL))
        ))"),
        QStringLiteral("CREATE INDEX schedules_due ON schedules(next_run_at) WHERE enabled = 1"),
        QStringLiteral(R"(CREATE TABLE runs (
            id            INTEGER PRIMARY KEY,
            flow_id       INTEGER NOT NULL REFERENCES flows(id) ON DELETE CASCADE,
            trigger       TEXT NOT NULL CHECK (trigger IN ('manual','schedule','cli')),
            mode          TEXT NOT NULL CHECK (mode IN ('incremental','full','preview')),
            status        TEXT NOT NULL CHECK (status IN ('queued','running','succeeded',
                          'succeeded_with_errors','failed','cancelled')),
            started_at    TEXT,
            finished_at   TEXT,
            created       INTEGER NOT NULL DEFAULT 0,
            updated       INTEGER NOT NULL DEFAULT 0,
            deleted       INTEGER NOT NULL DEFAULT 0,
            skipped       INTEGER NOT NULL DEFAULT 0,
            conflicts     INTEGER NOT NULL DEFAULT 0,
            errors        INTEGER NOT NULL DEFAULT 0,
            calls_used    INTEGER NOT NULL DEFAULT 0,
            error_summary TEXT
        ))"),
        QStringLiteral("CREATE INDEX runs_flow_started ON runs(flow_id, started_at DESC)"),
        QStringLiteral("CREATE INDEX runs_status ON runs(status)"),
        QStringLiteral(R"(CREATE TABLE record_changes (
            id         INTEGER PRIMARY KEY,
            run_id     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            system     TEXT NOT NULL CHECK (system IN ('on24','acton','salesforce','pipeliner')),
            object     TEXT NOT NULL,
            record_key TEXT NOT NULL CHECK (length(record_key) > 0),
            operation  TEXT NOT NULL CHECK (operation IN
                       ('create','update','delete','skip','conflict','error')),
            field      TEXT,
            old_value  TEXT,
            new_value  TEXT,
            reason     TEXT
        ))"),
        QStringLiteral("CREATE INDEX record_changes_run ON record_changes(run_id, operation)"),
        QStringLiteral("CREATE INDEX record_changes_record ON record_changes(record_key)"),
        QStringLiteral(R"(CREATE TABLE sync_cursors (
            flow_id    INTEGER NOT NULL REFERENCES flows(id) ON DELETE CASCADE,
            system     TEXT NOT NULL,
            object     TEXT NOT NULL,
            cursor     TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (flow_id, system, object)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE record_links (
            id              INTEGER PRIMARY KEY,
            flow_id         INTEGER NOT NULL REFERENCES flows(id) ON DELETE CASCADE,
            email_key       TEXT NOT NULL,
            on24_id         TEXT,
            acton_id        TEXT,
            salesforce_id   TEXT,
            salesforce_type TEXT CHECK (salesforce_type IS NULL
                            OR salesforce_type IN ('lead','contact')),
            pipeliner_id    TEXT,
            snapshot        BLOB,
            updated_at      TEXT NOT NULL,
            UNIQUE (flow_id, email_key)
        ))"),
        QStringLiteral(
            "CREATE INDEX record_links_salesforce ON record_links(flow_id, salesforce_id) "
            "WHERE salesforce_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX record_links_pipeliner ON record_links(flow_id, pipeliner_id) "
                       "WHERE pipeliner_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX record_links_acton ON record_links(flow_id, acton_id) "
                       "WHERE acton_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX record_links_on24 ON record_links(flow_id, on24_id) "
                       "WHERE on24_id IS NOT NULL"),
    };
    return m;
}

Migration version2()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("flow deletion that keeps history, flow attention state, "
                                   "schedule retries");
    m.statements = {
        // A deleted flow keeps its row (and so its runs and record changes) but no longer
        // holds its accounts: both ids are cleared when it is deleted.
        QStringLiteral("ALTER TABLE flows ADD COLUMN deleted_at TEXT"),
        // Why the flow needs attention (a plain sentence), e.g. after three failed scheduled
        // runs in a row; NULL when all is well.
        QStringLiteral("ALTER TABLE flows ADD COLUMN attention TEXT"),
        // Scheduled runs that failed in a row, and when the next retry is due.
        QStringLiteral(
            "ALTER TABLE schedules ADD COLUMN failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0)"),
        QStringLiteral("ALTER TABLE schedules ADD COLUMN retry_at TEXT"),
    };
    return m;
}

Migration version3()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("record changes of a run in the order recorded");
    m.statements = {
        // The History page lists a run's changes in the order they were recorded, a page at
        // a time: (run_id, id) answers "WHERE run_id = ? ORDER BY id LIMIT … OFFSET …" and
        // COUNT(*) for one run from the index alone, without sorting a million rows.
        QStringLiteral("CREATE INDEX record_changes_run_order ON record_changes(run_id, id)"),
    };
    return m;
}

Migration version4()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("a person's links and e-mail changes by address");
    m.statements = {
        // One person across flows (PersonTimeline): the links of an e-mail address in every
        // flow. The unique (flow_id, email_key) index needs the flow first.
        QStringLiteral("CREATE INDEX record_links_email ON record_links(email_key)"),
        // The updates that changed an e-mail address, by the new address, so a person found
        // under a new address leads to the changes recorded under the old one. Partial: only
        // updates to a value with an '@' are in it, a small part of all record changes.
        QStringLiteral("CREATE INDEX record_changes_email_moves ON record_changes"
                       "(lower(new_value)) WHERE operation = 'update' "
                       "AND instr(new_value, '@') > 0"),
    };
    return m;
}

Migration version5()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("runs that undo another run");
    m.statements = {
        // "Undo run…" records the undo as a run of its own; undo_of names the run it undid
        // (NULL for every other run), so History shows "Undo of run N".
        QStringLiteral("ALTER TABLE runs ADD COLUMN undo_of INTEGER REFERENCES runs(id)"),
    };
    return m;
}

Migration version6()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("conflicts held for review");
    m.statements = {
        // F2 fields changed on both sides under the rule "Hold for review": both values as
        // the admin sees them in the Conflicts view, the decision and the run that applied
        // it. Values are normalised text (FieldNormaliser), as the planner compares them.
        QStringLiteral(R"(CREATE TABLE conflicts (
            id             INTEGER PRIMARY KEY,
            flow_id        INTEGER NOT NULL REFERENCES flows(id) ON DELETE CASCADE,
            person_key     TEXT NOT NULL CHECK (length(person_key) > 0),
            crm_system     TEXT NOT NULL CHECK (crm_system IN ('salesforce','pipeliner')),
            crm_id         TEXT,
            crm_type       TEXT CHECK (crm_type IS NULL OR crm_type IN ('Lead','Contact')),
            acton_id       TEXT,
            field          TEXT NOT NULL CHECK (length(field) > 0),
            crm_value      TEXT NOT NULL,
            acton_value    TEXT NOT NULL,
            found_run_id   INTEGER REFERENCES runs(id) ON DELETE SET NULL,
            found_at       TEXT NOT NULL,
            status         TEXT NOT NULL DEFAULT 'open'
                           CHECK (status IN ('open','resolved','applied','superseded')),
            keep           TEXT CHECK (keep IS NULL OR keep IN ('crm','acton')),
            decided_at     TEXT,
            applied_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
            note           TEXT,
            CHECK (status = 'open' OR status = 'superseded' OR keep IS NOT NULL)
        ))"),
        // One unsettled (open or decided, not yet applied) row per person and field: the
        // same conflict found again updates its row.
        QStringLiteral("CREATE UNIQUE INDEX conflicts_unsettled ON conflicts"
                       "(flow_id, person_key, field) WHERE status IN ('open','resolved')"),
        QStringLiteral("CREATE INDEX conflicts_flow_status ON conflicts(flow_id, status)"),
    };
    return m;
}

Migration version7()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("runs that apply a preview, previews that read everything");
    m.statements = {
        // "Apply this plan" records the run that carried out a preview; applies_preview names
        // that preview (NULL for every other run), so History shows "Applies preview N" and a
        // preview is applied successfully at most once (an apply that failed or was cancelled
        // may be tried again).
        QStringLiteral("ALTER TABLE runs ADD COLUMN applies_preview INTEGER REFERENCES runs(id)"),
        QStringLiteral("CREATE INDEX runs_applies_preview ON runs(applies_preview) "
                       "WHERE applies_preview IS NOT NULL"),
        // A preview that read every record (1) or the changes since the cursors (0): the run
        // applying it reads the same way, so that it knows the same "before" values.
        QStringLiteral("ALTER TABLE runs ADD COLUMN read_all INTEGER NOT NULL DEFAULT 0"),
    };
    return m;
}

} // namespace

const QList<Migration> &JournalSchema::migrations()
{
    static const QList<Migration> all
        = { version1(), version2(), version3(), version4(), version5(),
            version6(), version7() };
    return all;
}

int JournalSchema::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace LeadBridge
