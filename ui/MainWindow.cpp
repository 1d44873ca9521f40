#include "ui/MainWindow.h"

#include "ui/AboutPage.h"
#include "ui/AccountsPage.h"
#include "ui/ConflictsPage.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HotProspectsPage.h"
#include "ui/NavigationDelegate.h"
#include "ui/SettingsPage.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QToolBar>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");

// Navigation icons are drawn in the accent colour; the selected row uses a copy
// recoloured to the highlighted-text colour so it stays readable on the highlight.
QIcon recolouredIcon(const QString &path, const QColor &colour)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QByteArray svg = file.readAll();
    svg.replace("#1f6feb", colour.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (const int size : { 24, 48, 72 }) { // 1x to 3x scaling
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    Translations::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LeadBridge"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/leadbridge.svg")));
    setMinimumSize(800, 520);
    resize(1200, 760);

    createNavigation();
    createActions();
    createStatusBar();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames()
{
    return { QStringLiteral("accounts"), QStringLiteral("flows"), QStringLiteral("history"),
        QStringLiteral("conflicts"), QStringLiteral("hot-prospects"), QStringLiteral("settings"),
        QStringLiteral("about") };
}

void MainWindow::createNavigation()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(8, 12, 8, 8);
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The navigation sits on the window colour, like a sidebar, not on the white of a list.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *conflicts = new ConflictsPage(m_pages);
    m_pageWidgets = { new AccountsPage(m_pages), new FlowsPage(m_pages), new HistoryPage(m_pages),
        conflicts, new HotProspectsPage(m_pages), new SettingsPage(m_pages),
        new AboutPage(m_pages) };
    const QStringList icons = { QStringLiteral(":/icons/accounts.svg"),
        QStringLiteral(":/icons/flows.svg"), QStringLiteral(":/icons/history.svg"),
        QStringLiteral(":/icons/conflicts.svg"), QStringLiteral(":/icons/hotprospects.svg"),
        QStringLiteral(":/icons/settings.svg"), QStringLiteral(":/icons/about.svg") };
    const QStringList labels = { tr("Accounts"), tr("Flows"), tr("History"), tr("Conflicts"),
        tr("Hot Prospects"), tr("Settings"), tr("About") };
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    int widest = 0;
    for (int i = 0; i < m_pageWidgets.size(); ++i) {
        m_pages->addWidget(m_pageWidgets.at(i));
        auto *item = new QListWidgetItem(QIcon(icons.at(i)), labels.at(i), m_navigation);
        item->setData(NavigationDelegate::SelectedIconRole,
            recolouredIcon(icons.at(i), palette().color(QPalette::HighlightedText)));
        item->setData(Qt::UserRole, pageNames().at(i));
        item->setSizeHint(QSize(0, 40));
        item->setFont(navFont);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(labels.at(i), QString::number(i + 1)));
        widest = qMax(widest, QFontMetrics(navFont).horizontalAdvance(labels.at(i)));
    }
    // The Conflicts label carries the number of conflicts waiting for a decision.
    QListWidgetItem *conflictsItem = m_navigation->item(int(m_pageWidgets.indexOf(conflicts)));
    connect(conflicts, &ConflictsPage::openCountChanged, this, [this, conflictsItem](int open) {
        conflictsItem->setText(open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    });
    widest = qMax(widest, QFontMetrics(navFont).horizontalAdvance(tr("Conflicts (%1)").arg(999)));
    m_navigation->setFixedWidth(qMax(168, widest + 24 + 48));
    sidebarLayout->addWidget(m_navigation);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    layout->addWidget(sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createActions()
{
    m_syncNow = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNowRequested);

    m_preview = new QAction(QIcon(QStringLiteral(":/icons/preview.svg")), tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("previewAction"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_preview, &QAction::triggered, this, &MainWindow::previewRequested);

    m_cancel = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setIconText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelRequested);

    auto *toolBar = addToolBar(tr("Sync"));
    toolBar->setObjectName(QStringLiteral("syncToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_syncNow);
    toolBar->addAction(m_preview);
    toolBar->addAction(m_cancel);

    // Menus give every action a mnemonic; the page shortcuts live in "Go".
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(m_syncNow);
    syncMenu->addAction(m_preview);
    syncMenu->addAction(m_cancel);

    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    const QStringList labels = { tr("&Accounts"), tr("&Flows"), tr("&History"), tr("&Conflicts"),
        tr("Hot &Prospects"), tr("S&ettings"), tr("A&bout") };
    for (int i = 0; i < labels.size(); ++i) {
        auto *action = goMenu->addAction(labels.at(i));
        action->setObjectName(QStringLiteral("goTo_") + pageNames().at(i));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(
            action, &QAction::triggered, this, [this, i] { setCurrentPage(pageNames().at(i)); });
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = helpMenu->addAction(
        tr("&About LeadBridge"), this, [this] { setCurrentPage(QStringLiteral("about")); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    updateRunActions();
}

void MainWindow::createStatusBar()
{
    auto *engineCaption = new QLabel(tr("Sync engine:"), this);
    m_engineState = new QLabel(tr("Idle"), this);
    m_engineState->setObjectName(QStringLiteral("engineStateLabel"));
    m_engineState->setToolTip(tr("What the sync engine is doing"));
    m_nextRun = new QLabel(tr("No scheduled runs"), this);
    m_nextRun->setObjectName(QStringLiteral("nextRunLabel"));
    m_nextRun->setToolTip(tr("When the next scheduled sync starts"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(engineCaption);
    statusBar()->addWidget(m_engineState);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(360);
    m_progress->setMaximumHeight(18);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->hide();
    statusBar()->addWidget(m_progress, 1);
    statusBar()->addPermanentWidget(m_nextRun);
}

bool MainWindow::setCurrentPage(const QString &name)
{
    const int index = pageNames().indexOf(name);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageName() const
{
    return pageNames().value(m_pages->currentIndex());
}

BasePage *MainWindow::page(const QString &name) const
{
    return m_pageWidgets.value(pageNames().indexOf(name));
}

void MainWindow::setFlowAvailable(bool available)
{
    m_flowAvailable = available;
    updateRunActions();
}

void MainWindow::setRunActive(bool active)
{
    m_runActive = active;
    updateRunActions();
}

void MainWindow::setEngineState(const QString &state)
{
    m_engineState->setText(state);
}

void MainWindow::setNextRunText(const QString &text)
{
    m_nextRun->setText(text);
}

void MainWindow::setRunProgress(const QString &text, qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int; scale large runs to per-mille.
        const bool scale = total > 1000000;
        m_progress->setRange(0, scale ? 1000 : int(total));
        m_progress->setValue(
            scale ? int(qMin(done, total) * 1000 / total) : int(qMin(done, total)));
    } else {
        m_progress->setRange(0, 0); // busy
    }
    m_progress->setFormat(text);
    m_progress->setToolTip(text);
    m_progress->show();
}

void MainWindow::clearRunProgress()
{
    m_progress->hide();
    m_progress->reset();
}

QString MainWindow::engineStateText() const
{
    return m_engineState->text();
}

QString MainWindow::nextRunText() const
{
    return m_nextRun->text();
}

void MainWindow::updateRunActions()
{
    const QString noFlow = tr("Set up a flow on the Flows page first.");
    m_syncNow->setEnabled(m_flowAvailable && !m_runActive);
    m_preview->setEnabled(m_flowAvailable && !m_runActive);
    m_cancel->setEnabled(m_runActive);

    if (!m_flowAvailable) {
        m_syncNow->setToolTip(tr("Sync the selected flow now. %1").arg(noFlow));
        m_preview->setToolTip(tr("Show every change the selected flow would make, without writing "
                                 "anything. %1")
                                  .arg(noFlow));
    } else if (m_runActive) {
        m_syncNow->setToolTip(tr("Available when the current run has finished."));
        m_preview->setToolTip(tr("Available when the current run has finished."));
    } else {
        m_syncNow->setToolTip(tr("Sync the selected flow now (%1)")
                                  .arg(m_syncNow->shortcut().toString(QKeySequence::NativeText)));
        m_preview->setToolTip(tr("Show every change the selected flow would make, without writing "
                                 "anything (%1)")
                                  .arg(m_preview->shortcut().toString(QKeySequence::NativeText)));
    }
    m_cancel->setToolTip(m_runActive
            ? tr("Stop the current run; what has been written so far is kept "
                 "in the history (%1)")
                  .arg(m_cancel->shortcut().toString(QKeySequence::NativeText))
            : tr("Cancel stops a running sync. No sync is running."));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPageName());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString page = settings.value(kPageKey).toString();
    if (!setCurrentPage(page))
        setCurrentPage(pageNames().constFirst());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace LeadBridge
