#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

namespace LeadBridge::Sandbox {

/// The stored records of one Pipeliner entity, ordered by id. Ids are
/// time-ordered uuids, so id order is creation order and cursor paging in the
/// default order is a map look-up. Keeps a lower-cased email index so that
/// filter[email]=... answers without a scan.
class PipelinerTable
{
public:
    /// @p emailField names the field indexed by lower-cased value ("email1", "email"), or empty.
    explicit PipelinerTable(const QString &emailField = {});

    void clear();
    /// Inserts or replaces the record with the id in @p record["id"].
    void put(const QJsonObject &record);
    /// Removes a record for good (control API only); false if unknown.
    bool remove(const QString &id);
    /// The record or nullptr.
    const QJsonObject *find(const QString &id) const;
    const QMap<QString, QJsonObject> &records() const { return m_records; }
    /// Ids whose indexed email equals @p email ignoring case.
    QSet<QString> idsByEmail(const QString &email) const;
    QString emailField() const { return m_emailField; }
    /// Records not soft-deleted.
    qsizetype liveCount() const { return m_records.size() - m_deleted; }
    qsizetype size() const { return m_records.size(); }

private:
    void unindex(const QJsonObject &record);
    void index(const QJsonObject &record);

    QString m_emailField;
    QMap<QString, QJsonObject> m_records;
    QHash<QString, QSet<QString>> m_byEmail;
    qsizetype m_deleted = 0;
};

} // namespace LeadBridge::Sandbox
