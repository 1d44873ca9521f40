#include "tests/support/TestEnv.h"

#include "core/util/AppPaths.h"

namespace LeadBridge::Test {

ScopedDataDir::ScopedDataDir()
{
    qputenv("LEADBRIDGE_DATA_DIR", m_dir.path().toLocal8Bit());
    AppPaths::setDataDirOverride(m_dir.path());
}

ScopedDataDir::~ScopedDataDir()
{
    AppPaths::setDataDirOverride(QString());
    qunsetenv("LEADBRIDGE_DATA_DIR");
}

QString ScopedDataDir::path() const
{
    return m_dir.path();
}

} // namespace LeadBridge::Test
