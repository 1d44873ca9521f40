#pragma once

#include <QString>
#include <QTemporaryDir>

namespace LeadBridge::Test {

/// A private, throw-away data directory for one test: sets LEADBRIDGE_DATA_DIR
/// and the AppPaths override so nothing touches the user's real journal.
class ScopedDataDir
{
public:
    ScopedDataDir();
    ~ScopedDataDir();
    ScopedDataDir(const ScopedDataDir &) = delete;
    ScopedDataDir &operator=(const ScopedDataDir &) = delete;

    /// Absolute path of the directory.
    QString path() const;

private:
    QTemporaryDir m_dir;
};

} // namespace LeadBridge::Test
