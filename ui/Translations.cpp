#include "ui/Translations.h"

#include "core/util/LogCategories.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside any namespace. The .qrc lives in a static
// library, so without this call the linker may drop the icons.
static void initLeadBridgeResources()
{
    Q_INIT_RESOURCE(leadbridge);
}

namespace LeadBridge {

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QList<Translations::Language> Translations::availableLanguages()
{
    // Language names are shown in their own language so a person can always find theirs.
    return {
        { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
    };
}

QString Translations::storedLanguage()
{
    const QString code = QSettings().value(settingsKey()).toString();
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return code;
    }
    return QString();
}

void Translations::setStoredLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QLocale Translations::uiLocale()
{
    const QString code = storedLanguage();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Translations::install(QCoreApplication *app, const QLocale &locale)
{
    initResources();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(
            locale, QStringLiteral("leadbridge"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(appTranslator);
        qCDebug(lcUi) << "UI language" << appTranslator->language();
        return true;
    }
    delete appTranslator;
    qCDebug(lcUi) << "No LeadBridge translation for" << locale.uiLanguages() << "- using English";
    return false;
}

void Translations::initResources()
{
    static const bool done = [] {
        initLeadBridgeResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace LeadBridge
