#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One step of the journal schema. Steps are applied in ascending version
/// order, each in its own transaction together with its schema_version row.
/// A shipped step is never edited: a change to the schema is a new step.
struct Migration
{
    /// Schema version the journal has after this step (1, 2, 3...).
    int version = 0;
    /// What the step does, for the log.
    QString description;
    /// SQL statements, executed in order.
    QStringList statements;
};

} // namespace LeadBridge
