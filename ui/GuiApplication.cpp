#include "ui/GuiApplication.h"

#include "Version.h"
#include "core/util/AppPaths.h"
#include "core/util/LogFile.h"
#include "core/util/LogCategories.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace LeadBridge {

GuiApplication::GuiApplication(QObject *parent)
    : QObject(parent)
{ }

int GuiApplication::run(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral(LEADBRIDGE_NAME));
    QApplication::setDesktopFileName(QStringLiteral("io.leadbridge.LeadBridge"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        tr("Keep the journal and logs in <dir> instead of the default."), tr("dir"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        tr("Open on page <name>: %1.").arg(MainWindow::pageNames().join(QStringLiteral(", "))),
        tr("name"));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        tr("Save a screenshot of every page as PNG files in <dir>, then exit. Works without a "
           "display (QT_QPA_PLATFORM=offscreen) and does not touch your saved settings."),
        tr("dir"));
    parser.addOption(dataDirOption);
    parser.addOption(pageOption);
    parser.addOption(screenshotsOption);

    // Translators go in before the parser prints help and before any widget exists,
    // so that every tr() call already sees them.
    const bool screenshots = [&] {
        // Peek at the arguments without exiting; process() below reports errors.
        QCommandLineParser peek;
        peek.addOption(screenshotsOption);
        peek.addOption(dataDirOption);
        peek.addOption(pageOption);
        peek.addHelpOption();
        peek.addVersionOption();
        peek.parse(QApplication::arguments());
        return peek.isSet(screenshotsOption);
    }();

    // The screenshot tour must be reproducible: use a throw-away settings store
    // so neither the user's saved window nor their language override leaks in.
    QTemporaryDir screenshotSettings;
    if (screenshots) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }
    Translations::install(&app, Translations::uiLocale());

    parser.process(app);

    if (parser.isSet(dataDirOption))
        AppPaths::setDataDirOverride(parser.value(dataDirOption));
    LogFile::install(QStringLiteral("leadbridge"));

    const QString page = parser.value(pageOption);
    if (parser.isSet(pageOption) && !MainWindow::pageNames().contains(page)) {
        QTextStream(stderr) << tr("Unknown page \"%1\". Choose one of: %2.")
                                   .arg(page, MainWindow::pageNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/leadbridge.svg")));

    MainWindow window;
    if (!page.isEmpty())
        window.setCurrentPage(page);

    if (screenshots)
        return takeScreenshots(window, parser.value(screenshotsOption)) ? 0 : 1;

    window.show();
    qCInfo(lcUi) << "LeadBridge" << LEADBRIDGE_VERSION << "started; data in" << AppPaths::dataDir();
    return app.exec();
}

bool GuiApplication::takeScreenshots(MainWindow &window, const QString &dir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QDir().mkpath(dir)) {
        err << tr("Could not create the folder %1. Check that the path is writable.")
                   .arg(QDir::toNativeSeparators(dir))
            << Qt::endl;
        return false;
    }
    window.resize(1200, 760);
    window.show();
    for (const QString &name : MainWindow::pageNames()) {
        window.setCurrentPage(name);
        QCoreApplication::processEvents();
        const QString file = QDir(dir).absoluteFilePath(QStringLiteral("main-%1.png").arg(name));
        if (!window.grab().save(file, "PNG")) {
            err << tr("Could not write %1. Check that the folder is writable and the disk is not "
                      "full.")
                       .arg(QDir::toNativeSeparators(file))
                << Qt::endl;
            return false;
        }
        out << QDir::toNativeSeparators(file) << Qt::endl;
    }
    return true;
}

} // namespace LeadBridge
