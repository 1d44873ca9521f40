#include "Version.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// Runs the built `leadbridge` executable as a person would from a terminal.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionPrintsVersion();
    void helpListsOptions();
    void unknownPageFails();
    void screenshotsWritesEveryPage();
    void screenshotsIntoUnwritablePathFails();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QString m_exe;
    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    const QString binaryDir = qEnvironmentVariable("LEADBRIDGE_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "LEADBRIDGE_BINARY_DIR is not set (run through ctest)");
    m_exe = binaryDir + u"/app/leadbridge"_s;
    QVERIFY2(QFileInfo(m_exe).isExecutable(),
        qPrintable(u"%1 is missing: build the 'leadbridge' target first"_s.arg(m_exe)));
    QVERIFY(m_home.isValid());
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Keep the user's real settings and data out of reach.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.start(m_exe, arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void TestCommandLine::versionPrintsVersion()
{
    const Result result = run({ u"--version"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"LeadBridge " LEADBRIDGE_VERSION ""_s);
}

void TestCommandLine::helpListsOptions()
{
    const Result result = run({ u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    for (const QString &option :
        { u"--data-dir <dir>"_s, u"--screenshots <dir>"_s, u"--page <name>"_s, u"--version"_s })
        QVERIFY2(
            result.out.contains(option), qPrintable(option + u" missing in:\n"_s + result.out));
}

void TestCommandLine::unknownPageFails()
{
    QTemporaryDir data;
    const Result result = run({ u"--data-dir"_s, data.path(), u"--page"_s, u"dashboard"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"Unknown page \"dashboard\""_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"accounts, flows, history, conflicts, hot-prospects, settings, about"_s));
}

void TestCommandLine::screenshotsWritesEveryPage()
{
    QTemporaryDir data;
    QTemporaryDir shots;
    const QString dir = shots.filePath(u"nested/shots"_s); // created on demand
    const Result result = run({ u"--screenshots"_s, dir, u"--data-dir"_s, data.path() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList pages
        = { u"accounts"_s, u"flows"_s, u"history"_s, u"conflicts"_s, u"hot-prospects"_s,
              u"settings"_s, u"about"_s };
    QCOMPARE(lines.size(), pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        const QString file = QDir(dir).absoluteFilePath(u"main-%1.png"_s.arg(pages.at(i)));
        QCOMPARE(lines.at(i), QDir::toNativeSeparators(file));
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(1200, 760));
    }
    // Pages differ, so the screenshots must too.
    QVERIFY(QImage(QDir(dir).filePath(u"main-accounts.png"_s))
        != QImage(QDir(dir).filePath(u"main-about.png"_s)));
    // The tour never writes to the user's settings.
    QVERIFY(!QFileInfo::exists(m_home.filePath(u"config/leadbridge.invalid/LeadBridge.conf"_s)));
}

void TestCommandLine::screenshotsIntoUnwritablePathFails()
{
    QTemporaryDir data;
    QTemporaryDir base;
    QFile blocker(base.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder cannot be created below a regular file.
    const Result result
        = run({ u"--screenshots"_s, base.filePath(u"file/shots"_s), u"--data-dir"_s, data.path() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Could not create the folder"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
