#pragma once

#include "core/sandbox/acton/ActOnEmulator.h"

namespace LeadBridge::Sandbox {

/// The Act-On emulator's single-record API (/api/1/list/{listid}/record[/{recordid}]):
/// upsert, insert, bulk delete, get, update and delete of list records.
class ActOnRecordsApi
{
public:
    explicit ActOnRecordsApi(ActOnEmulator &emulator)
        : m_emu(emulator)
    { }

    /// Maps a heading-keyed JSON object to columns; sets @p error on an unknown heading.
    bool mapRecordBody(
        const ActOnList &target, const QJsonObject &body, QList<QPair<int, QByteArray>> *out) const;
    /// The record body every write call reads alike: a JSON object keyed by column heading,
    /// mapped onto @p target's columns; the vendor's error answer when it is not.
    std::optional<SandboxResponse> readRecordBody(const SandboxRequest &r, const ActOnList &target,
        QList<QPair<int, QByteArray>> *values) const;
    QJsonArray recordArray(const ActOnList &target, const ActOnRecord &record) const;
    SandboxResponse handleUpsert(const SandboxRequest &r);
    SandboxResponse handleInsert(const SandboxRequest &r);
    SandboxResponse handleBulkDelete(const SandboxRequest &r);
    SandboxResponse handleGetRecord(const SandboxRequest &r);
    SandboxResponse handleUpdateRecord(const SandboxRequest &r);
    SandboxResponse handleDeleteRecord(const SandboxRequest &r);

private:
    ActOnEmulator &m_emu;
};

} // namespace LeadBridge::Sandbox
