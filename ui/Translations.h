#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace LeadBridge {

/// Chooses and installs the user-interface language: Qt's own strings
/// (qtbase_*.qm) and LeadBridge's (:/i18n/leadbridge_*.qm).
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::Translations)
public:
    /// One language a user can pick in Settings.
    struct Language
    {
        QString code; ///< empty for "follow the system", otherwise e.g. "en", "de"
        QString label; ///< shown in the language chooser
    };

    /// QSettings key holding the language override ("" = system).
    static QString settingsKey();
    /// The languages offered in Settings, "System default" first.
    static QList<Language> availableLanguages();
    /// The stored override: "" (follow the system), "en" or "de".
    static QString storedLanguage();
    /// Stores the override; it takes effect the next time the app starts.
    static void setStoredLanguage(const QString &code);
    /// The locale the UI uses: the stored override, else QLocale::system().
    static QLocale uiLocale();
    /// Loads and installs the Qt and LeadBridge translators for @p locale,
    /// owned by @p app. Returns true if LeadBridge's own catalogue was found.
    static bool install(QCoreApplication *app, const QLocale &locale);
    /// Makes sure the compiled-in icons and translations are registered.
    static void initResources();
};

} // namespace LeadBridge
