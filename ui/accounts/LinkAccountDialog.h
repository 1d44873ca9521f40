#pragma once

#include "core/engine/AccountService.h"
#include "core/engine/BrowserSignIn.h"
#include "core/model/Account.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QWidget;

namespace LeadBridge {

class ErrorBanner;

/// Links a new account or edits a linked one. Asks exactly for what each system
/// needs (ON24: client id, access token key + secret, data centre; Act-On: user
/// name, password, API client id + secret, optional base URL; Salesforce: browser
/// sign-in (optionally with the consumer secret, for connected apps that require it) or
/// legacy user name + password + security token + client id/secret, and the login address;
/// Pipeliner: region, space id, API token + secret). Secret fields never show what is typed. "Test
/// connection" runs on the engine thread with a busy indicator and shows the plain sentence inline.
class LinkAccountDialog : public QDialog
{
    Q_OBJECT
public:
    /// A dialog for linking a new account of a kind chosen at the top.
    explicit LinkAccountDialog(AccountService *service, QWidget *parent = nullptr);
    ~LinkAccountDialog() override;

    /// Chooses the kind of a new account.
    void setKind(AccountKind kind);
    AccountKind kind() const;
    /// Switches to editing @p account: fields filled from its settings, secret fields
    /// empty (typing replaces the saved secret), kind fixed.
    void editAccount(const Account &account);

    /// Non-secret settings as entered.
    QVariantMap settings() const;
    /// Secrets as entered (empty values are left out).
    CredentialBundle secrets() const;
    /// The account linked or saved by this dialog (0 until then).
    qint64 accountId() const { return m_accountId; }
    /// Whether a test or save is running.
    bool isBusy() const { return m_busy; }
    /// The browser sign-in of Salesforce accounts (created on first use); tests set its
    /// loopback port.
    BrowserSignIn *salesforceSignIn();

public Q_SLOTS:
    /// Tests the entered values without saving them.
    void testConnection();
    /// Saves (links or updates) and closes once saved; the page shows the test result.
    void accept() override;

private:
    QWidget *buildOn24();
    QWidget *buildActOn();
    QWidget *buildSalesforce();
    QWidget *buildPipeliner();
    QLineEdit *addLine(QFormLayout *form, const QString &objectName, const QString &label,
        bool secret, const QString &placeholder = {});
    void updateVisibility();
    void setBusy(bool busy, const QString &what = {});
    void startSalesforceSignIn();
    QUrl salesforceLoginUrl() const;

    AccountService *m_service;
    qint64 m_accountId = 0;
    qint64 m_editingId = 0;
    QVariantMap m_originalSettings;
    bool m_busy = false;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QStackedWidget *m_forms = nullptr;
    ErrorBanner *m_banner = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    // ON24
    QLineEdit *m_on24ClientId = nullptr;
    QLineEdit *m_on24TokenKey = nullptr;
    QLineEdit *m_on24TokenSecret = nullptr;
    QComboBox *m_on24DataCentre = nullptr;
    QLineEdit *m_on24Url = nullptr;
    // Act-On
    QLineEdit *m_actonUsername = nullptr;
    QLineEdit *m_actonPassword = nullptr;
    QLineEdit *m_actonClientId = nullptr;
    QLineEdit *m_actonClientSecret = nullptr;
    QCheckBox *m_actonCustomUrl = nullptr;
    QLineEdit *m_actonUrl = nullptr;
    // Salesforce
    QRadioButton *m_sfOAuth = nullptr;
    QRadioButton *m_sfPassword = nullptr;
    QComboBox *m_sfLogin = nullptr;
    QLineEdit *m_sfCustomUrl = nullptr;
    QLineEdit *m_sfClientId = nullptr;
    QWidget *m_sfOAuthPage = nullptr;
    QWidget *m_sfPasswordPage = nullptr;
    QPushButton *m_sfSignIn = nullptr;
    QLabel *m_sfSignInStatus = nullptr;
    QLineEdit *m_sfOAuthSecret = nullptr; ///< optional consumer secret for the browser sign-in
    QLineEdit *m_sfUsername = nullptr;
    QLineEdit *m_sfUserPassword = nullptr;
    QLineEdit *m_sfSecurityToken = nullptr;
    QLineEdit *m_sfClientSecret = nullptr;
    QPointer<BrowserSignIn> m_signIn;
    QByteArray m_sfRefreshToken; ///< from the browser sign-in; in memory until saved
    QString m_sfInstanceUrl;
    // Pipeliner
    QComboBox *m_plRegion = nullptr;
    QLineEdit *m_plUrl = nullptr;
    QLineEdit *m_plSpaceId = nullptr;
    QLineEdit *m_plApiToken = nullptr;
    QLineEdit *m_plApiSecret = nullptr;
};

} // namespace LeadBridge
