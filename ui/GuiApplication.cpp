#include "ui/GuiApplication.h"

#include "Version.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/Scheduler.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/LogCategories.h"
#include "core/util/LogFile.h"
#include "ui/AccountsPage.h"
#include "ui/AppSession.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HotProspectsPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/Translations.h"
#include "ui/TrayIcon.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/flows/FlowEditorDialog.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/LookupField.h"
#include "ui/flows/ScheduleDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

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
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Start with the built-in sandbox: link four demo accounts (as “Try the sandbox” "
           "does). With --screenshots, the tour then shows them."));
    parser.addOption(dataDirOption);
    parser.addOption(pageOption);
    parser.addOption(screenshotsOption);
    parser.addOption(demoOption);

    // Translators go in before the parser prints help and before any widget exists,
    // so that every tr() call already sees them.
    const bool screenshots = [&] {
        // Peek at the arguments without exiting; process() below reports errors.
        QCommandLineParser peek;
        peek.addOption(screenshotsOption);
        peek.addOption(dataDirOption);
        peek.addOption(pageOption);
        peek.addOption(demoOption);
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

    // The GUI thread's own journal connection, the keychain and the engine thread
    // outlive the window that shows them (AppSession tears down in reverse order).
    AppSession session;
    AppSession::Options sessionOptions;
    sessionOptions.page = page;
    sessionOptions.scheduler = !screenshots;
    sessionOptions.tray = !screenshots;
    session.start(sessionOptions);
    MainWindow &window = session.window();
    CredentialStore &credentials = session.credentials();
    AccountService *accounts = session.accounts();
    const bool demo = parser.isSet(demoOption);

    if (screenshots && demo && accounts) {
        const QString dir = parser.value(screenshotsOption);
        accounts->trySandbox([&](const AccountOperationResult &result) {
            if (!result.ok)
                QTextStream(stderr) << result.message << Qt::endl;
            const bool ok = takeScreenshots(window, dir)
                && takeAccountScreenshots(window, accounts, dir);
            if (!ok || !result.ok) {
                QCoreApplication::exit(1);
                return;
            }
            takeFlowScreenshots(window, dir, [&window, dir](bool flowsOk) {
                takeHotProspectsScreenshot(window, dir, [flowsOk](bool hotOk) {
                    QCoreApplication::exit(flowsOk && hotOk ? 0 : 1);
                });
            });
        });
        return app.exec();
    }
    if (screenshots)
        return takeScreenshots(window, parser.value(screenshotsOption)) ? 0 : 1;

    window.show();
    qCInfo(lcUi) << "LeadBridge" << LEADBRIDGE_VERSION << "started; data in" << AppPaths::dataDir();
    if (accounts) {
        QTimer::singleShot(0, accounts, [accounts, demo] {
            // Sandbox accounts need the sandbox: it gets new ports on every start.
            if (demo)
                accounts->trySandbox();
            else
                accounts->resumeSandbox();
        });
    }
    const int code = app.exec();
    // Renewed sign-in tokens still on their way to the keychain are written before the
    // process ends (bounded), so the next start does not sign in with the password again.
    constexpr int kKeychainWaitSeconds = 10;
    if (!credentials.waitForPending(kKeychainWaitSeconds * 1000)) {
        const QString sentence = CredentialStore::unfinishedWritesMessage(kKeychainWaitSeconds);
        qCWarning(lcUi).noquote() << sentence;
        QTextStream(stderr) << sentence << Qt::endl;
    }
    return code;
}

bool GuiApplication::takeAccountScreenshots(
    MainWindow &window, AccountService *accounts, const QString &dir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto save = [&](QWidget &widget, const QString &name) {
        const QString file = QDir(dir).absoluteFilePath(name);
        if (!widget.grab().save(file, "PNG")) {
            err << tr("Could not write %1. Check that the folder is writable and the disk is not "
                      "full.")
                       .arg(QDir::toNativeSeparators(file))
                << Qt::endl;
            return false;
        }
        out << QDir::toNativeSeparators(file) << Qt::endl;
        return true;
    };
    window.setCurrentPage(QStringLiteral("accounts"));
    QCoreApplication::processEvents();

    // The link dialog as a person fills it in for a production Salesforce org.
    LinkAccountDialog dialog(accounts, &window);
    dialog.setKind(AccountKind::Salesforce);
    if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
        name->setText(tr("Sales CRM"));
    if (auto *clientId = dialog.findChild<QLineEdit *>(QStringLiteral("sfClientId")))
        clientId->setText(QStringLiteral("3MVG9fe4g9fhX0E5fZJcXh0bR3oA"));
    dialog.show();
    QCoreApplication::processEvents();
    dialog.adjustSize();
    QCoreApplication::processEvents();
    const bool ok = save(dialog, QStringLiteral("accounts-link-salesforce.png"));
    dialog.close();
    return ok;
}

void GuiApplication::takeFlowScreenshots(
    MainWindow &window, const QString &dir, std::function<void(bool)> done)
{
    auto *flows = qobject_cast<FlowsPage *>(window.page(QStringLiteral("flows")));
    if (!flows || flows->model()->rowCount() == 0) {
        done(true);
        return;
    }
    window.setCurrentPage(QStringLiteral("flows"));
    struct Tour
    {
        QList<QPair<qint64, QString>> shots; ///< flow id, file name
        int next = 0;
        int waited = 0;
        QPointer<QDialog> dialog;
        bool ok = true;
    };
    auto tour = std::make_shared<Tour>();
    const auto fileName = [](FlowKind kind) {
        return QStringLiteral("flow-editor-%1.png")
            .arg(Flow::kindToString(kind).replace(u'_', u'-'));
    };
    qint64 scheduleFlow = 0;
    for (const FlowKind kind : { FlowKind::WebinarImport, FlowKind::CrmContactSync,
             FlowKind::ListSync, FlowKind::LeadHandoff }) {
        for (int row = 0; row < flows->model()->rowCount(); ++row) {
            const Flow &f = flows->model()->flow(row);
            if (f.kind == kind) {
                tour->shots.append({ f.id, fileName(kind) });
                if (kind == FlowKind::ListSync)
                    scheduleFlow = f.id;
                break;
            }
        }
    }
    if (scheduleFlow)
        tour->shots.append({ scheduleFlow, QStringLiteral("schedule-dialog.png") });
    tour->shots.append({ 0, QStringLiteral("flows-page.png") });

    auto step = std::make_shared<std::function<void()>>();
    *step = [tour, step, flows, &window, dir, done]() mutable {
        const auto save = [&](QWidget &widget, const QString &name) {
            const QString file = QDir(dir).absoluteFilePath(name);
            if (!widget.grab().save(file, "PNG")) {
                QTextStream(stderr) << tr("Could not write %1. Check that the folder is writable "
                                          "and the disk is not full.")
                                           .arg(QDir::toNativeSeparators(file))
                                    << Qt::endl;
                tour->ok = false;
                return;
            }
            QTextStream(stdout) << QDir::toNativeSeparators(file) << Qt::endl;
        };
        if (tour->dialog) {
            // Wait (up to 20 s) until every live look-up in the dialog has answered.
            bool loading = false;
            for (LookupField *f : tour->dialog->findChildren<LookupField *>())
                loading
                    |= f->isVisibleTo(tour->dialog) && f->state() == LookupField::State::Loading;
            if (loading && tour->waited++ < 200) {
                QTimer::singleShot(100, flows, *step);
                return;
            }
            save(*tour->dialog, tour->shots.at(tour->next).second);
            tour->dialog->reject();
            tour->dialog = nullptr;
            ++tour->next;
        }
        if (tour->next >= tour->shots.size()) {
            // The tour ends here and the app exits; the step keeps itself alive until then.
            done(tour->ok);
            return;
        }
        const auto &[flowId, name] = tour->shots.at(tour->next);
        tour->waited = 0;
        if (flowId == 0) {
            // The Flows page with the list sync selected.
            if (!tour->shots.isEmpty())
                flows->selectFlow(tour->shots.constFirst().first);
            QCoreApplication::processEvents();
            save(window, name);
            ++tour->next;
            QTimer::singleShot(0, flows, *step);
            return;
        }
        flows->selectFlow(flowId);
        if (name == QLatin1String("schedule-dialog.png"))
            tour->dialog = flows->editSchedule();
        else
            tour->dialog = flows->editFlow();
        if (!tour->dialog) {
            ++tour->next;
            QTimer::singleShot(0, flows, *step);
            return;
        }
        if (qobject_cast<ScheduleDialog *>(tour->dialog))
            tour->dialog->resize(480, tour->dialog->sizeHint().height());
        QTimer::singleShot(300, flows, *step);
    };
    QTimer::singleShot(0, flows, *step);
}

void GuiApplication::takeHotProspectsScreenshot(
    MainWindow &window, const QString &dir, std::function<void(bool)> done)
{
    auto *hot = qobject_cast<HotProspectsPage *>(window.page(QStringLiteral("hot-prospects")));
    if (!hot) {
        done(true);
        return;
    }
    window.setCurrentPage(QStringLiteral("hot-prospects"));
    // The sandbox's Salesforce account: its flows' lists exist only after their first run,
    // so the tour reads every list.
    for (int i = 0; i < hot->crmCombo()->count(); ++i) {
        if (hot->crmCombo()->itemText(i).contains(QLatin1String("Salesforce")))
            hot->crmCombo()->setCurrentIndex(i);
    }
    hot->setAllLists(true);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(hot, &HotProspectsPage::refreshFinished, hot,
        [&window, hot, dir, done, connection] {
            QObject::disconnect(*connection);
            QCoreApplication::processEvents();
            const QString file = QDir(dir).absoluteFilePath(QStringLiteral("hot-prospects.png"));
            const bool ok = window.grab().save(file, "PNG");
            if (ok)
                QTextStream(stdout) << QDir::toNativeSeparators(file) << Qt::endl;
            else
                QTextStream(stderr) << tr("Could not write %1. Check that the folder is writable "
                                          "and the disk is not full.")
                                           .arg(QDir::toNativeSeparators(file))
                                    << Qt::endl;
            if (!hot->errorText().isEmpty())
                QTextStream(stderr) << hot->errorText() << Qt::endl;
            done(ok && hot->errorText().isEmpty());
        });
    if (!hot->refresh()) {
        QObject::disconnect(*connection);
        done(false);
    }
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
