#include "Version.h"
#include "core/engine/SyncPlanner.h"
#include "tests/support/TestEnv.h"
#include "ui/BasePage.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void englishBuildShowsEnglish();
    void germanTranslatorShowsGerman();
    void germanCatalogueIsComplete();
    void plannerReasonsAreGerman();
    void installPicksStoredLanguage();
    void settingsPageStoresLanguageOverride();
    void unknownStoredLanguageFallsBackToSystem();

private:
    static QStringList navigationTexts(const MainWindow &window);
    QTemporaryDir m_settingsDir;
    Test::ScopedDataDir m_dataDir;
    QList<QTranslator *> m_installed;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    Translations::initResources();
}

void TestTranslations::init()
{
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    // Remove every translator a test installed so the next test starts in English.
    const QList<QTranslator *> owned = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : owned + m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

QStringList TestTranslations::navigationTexts(const MainWindow &window)
{
    QStringList texts;
    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    for (int i = 0; nav && i < nav->count(); ++i)
        texts << nav->item(i)->text();
    return texts;
}

void TestTranslations::englishBuildShowsEnglish()
{
    MainWindow window;
    QCOMPARE(navigationTexts(window),
        QStringList({ u"Accounts"_s, u"Flows"_s, u"History"_s, u"Conflicts"_s, u"Hot Prospects"_s,
            u"Settings"_s, u"About"_s }));
    QCOMPARE(window.findChild<QAction *>(u"syncNowAction"_s)->text(), u"&Sync Now"_s);
}

void TestTranslations::germanTranslatorShowsGerman()
{
    auto *translator = new QTranslator;
    m_installed << translator;
    QVERIFY(QFile::exists(u":/i18n/leadbridge_de.qm"_s));
    QVERIFY(translator->load(u":/i18n/leadbridge_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(translator));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // "Hot Prospects" (index 4) gets its German name when the catalogue is next updated;
    // the other entries must be German already.
    QStringList texts = navigationTexts(window);
    QCOMPARE(texts.size(), 7);
    QVERIFY(!texts.takeAt(4).isEmpty());
    QCOMPARE(texts,
        QStringList({ u"Konten"_s, u"Abläufe"_s, u"Verlauf"_s, u"Konflikte"_s, u"Einstellungen"_s,
            u"Über"_s }));
    QCOMPARE(window.findChild<QAction *>(u"syncNowAction"_s)->text(), u"&Jetzt synchronisieren"_s);
    QCOMPARE(window.findChild<QLabel *>(u"engineStateLabel"_s)->text(), u"Leerlauf"_s);
    auto *heading = window.page(u"accounts"_s)->findChild<QLabel *>(u"pageHeading"_s);
    QCOMPARE(heading->text(), u"Konten"_s);
    auto *emptyTitle = window.page(u"accounts"_s)->findChild<QLabel *>(u"emptyStateTitle"_s);
    QCOMPARE(emptyTitle->text(), u"Noch keine Konten verknüpft"_s);
}

void TestTranslations::plannerReasonsAreGerman()
{
    // The engine's skip reasons reach History in the user's language too.
    auto *translator = new QTranslator;
    m_installed << translator;
    QVERIFY(translator->load(u":/i18n/leadbridge_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(translator));

    PlanInput input;
    input.map = FieldMap(CrmKind::Salesforce);
    SideRecord nobody;
    nobody.side = SyncSide::Crm;
    nobody.system = u"salesforce"_s;
    nobody.object = u"Contact"_s;
    nobody.id = u"003Z"_s;
    input.crmRecords << nobody;
    const Plan plan = SyncPlanner::plan(input);
    QCOMPARE(plan.skips.size(), 1);
    QCOMPARE(plan.skips.constFirst().reason,
        u"Dieser Salesforce-Datensatz hat keine E-Mail-Adresse und kann daher keinem "
        "Act-On-Kontakt zugeordnet werden. Ergänzen Sie in Salesforce eine E-Mail-Adresse."_s);
}

void TestTranslations::germanCatalogueIsComplete()
{
    // Every message in the German .ts is translated and marked finished.
    const QString tsPath
        = qEnvironmentVariable("LEADBRIDGE_TEST_SOURCE_DIR") + u"/translations/leadbridge_de.ts"_s;
    QFile ts(tsPath);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(tsPath));
    const QString text = QString::fromUtf8(ts.readAll());
    const qsizetype messages = text.count(u"<message>"_s) + text.count(u"<message numerus"_s);
    QVERIFY2(messages > 50, qPrintable(QString::number(messages)));
    QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
    QCOMPARE(text.count(u"<translation></translation>"_s), 0);
}

void TestTranslations::installPicksStoredLanguage()
{
    Translations::setStoredLanguage(u"de"_s);
    QCOMPARE(Translations::storedLanguage(), u"de"_s);
    QCOMPARE(Translations::uiLocale().language(), QLocale::German);
    QVERIFY(Translations::install(QCoreApplication::instance(), Translations::uiLocale()));
    MainWindow window;
    QCOMPARE(navigationTexts(window).constFirst(), u"Konten"_s);
}

void TestTranslations::settingsPageStoresLanguageOverride()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(u"settings"_s);
    auto *combo = window.page(u"settings"_s)->findChild<QComboBox *>(u"languageCombo"_s);
    auto *note = window.page(u"settings"_s)->findChild<QLabel *>(u"languageNote"_s);
    QVERIFY(combo && note);
    QCOMPARE(combo->currentData().toString(), QString());
    QVERIFY(!note->isVisible());

    combo->setFocus();
    combo->setCurrentIndex(combo->findText(u"Deutsch"_s));
    QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), u"de"_s);
    QVERIFY(note->isVisible()); // tells the person it applies on restart

    combo->setCurrentIndex(0); // back to "System default"
    QVERIFY(!QSettings().contains(Translations::settingsKey()));
    QVERIFY(!note->isVisible());
}

void TestTranslations::unknownStoredLanguageFallsBackToSystem()
{
    QSettings().setValue(Translations::settingsKey(), u"xx-klingon"_s);
    QCOMPARE(Translations::storedLanguage(), QString());
    QCOMPARE(Translations::uiLocale(), QLocale::system());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
