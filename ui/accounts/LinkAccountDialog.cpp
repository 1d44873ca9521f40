#include "ui/accounts/LinkAccountDialog.h"

#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/ErrorBanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kCustom = QStringLiteral("custom");
const QString kProduction = QStringLiteral("https://login.salesforce.com");
const QString kSalesforceSandbox = QStringLiteral("https://test.salesforce.com");

QString text(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setObjectName(QStringLiteral("formHint"));
    return label;
}
} // namespace

LinkAccountDialog::LinkAccountDialog(AccountService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("linkAccountDialog"));
    setWindowTitle(tr("Link Account"));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const AccountKind kind :
        { AccountKind::On24, AccountKind::ActOn, AccountKind::Salesforce, AccountKind::Pipeliner })
        m_kind->addItem(AccountListModel::kindIcon(kind), AccountService::kindDisplayName(kind),
            static_cast<int>(kind));
    top->addRow(tr("&System:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("A name you will recognise, e.g. “Marketing ON24”"));
    top->addRow(tr("Account &name:"), m_name);
    layout->addLayout(top);

    m_forms = new QStackedWidget(this);
    m_forms->addWidget(buildOn24());
    m_forms->addWidget(buildActOn());
    m_forms->addWidget(buildSalesforce());
    m_forms->addWidget(buildPipeliner());
    layout->addWidget(m_forms);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("dialogBanner"));
    layout->addWidget(m_banner);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(
        tr("Check the entered details with %1 without saving them.").arg(tr("the system")));
    m_testButton->setAutoDefault(false);
    testRow->addWidget(m_testButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0); // busy indicator: the duration is unknown
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    testRow->addWidget(m_progress);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("testProgressLabel"));
    testRow->addWidget(m_progressLabel, 1);
    layout->addLayout(testRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("linkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkAccountDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &LinkAccountDialog::testConnection);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_forms->setCurrentIndex(index);
        m_banner->clear();
        m_progressLabel->clear();
        updateVisibility();
    });
    setTabOrder(m_kind, m_name);

    // One label column for the whole dialog, although it is made of several forms.
    QList<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                if (QWidget *label = item->widget()) {
                    labels.append(label);
                    widest = qMax(widest, label->sizeHint().width());
                }
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(widest);
    updateVisibility();
}

LinkAccountDialog::~LinkAccountDialog() = default;

QLineEdit *LinkAccountDialog::addLine(QFormLayout *form, const QString &objectName,
    const QString &label, bool secret, const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    return edit;
}

QWidget *LinkAccountDialog::buildOn24()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(hint(tr("In ON24, open Platform Tools → Integrations → API Tokens to create an "
                         "access token key and secret (your account needs the Connect product). "
                         "The client ID is the number in your ON24 account details."),
        page));
    m_on24ClientId = addLine(form, QStringLiteral("on24ClientId"), tr("&Client ID:"), false,
        tr("Numbers only, e.g. 41750"));
    m_on24TokenKey = addLine(form, QStringLiteral("on24TokenKey"), tr("Access token &key:"), true);
    m_on24TokenSecret
        = addLine(form, QStringLiteral("on24TokenSecret"), tr("Access token &secret:"), true);
    m_on24DataCentre = new QComboBox(page);
    m_on24DataCentre->setObjectName(QStringLiteral("on24DataCentre"));
    m_on24DataCentre->addItem(tr("North America (api.on24.com)"), QStringLiteral("na"));
    m_on24DataCentre->addItem(tr("Europe (api.eu.on24.com)"), QStringLiteral("eu"));
    m_on24DataCentre->addItem(tr("Custom address"), kCustom);
    form->addRow(tr("&Data centre:"), m_on24DataCentre);
    m_on24Url = addLine(form, QStringLiteral("on24Url"), tr("Address:"), false,
        QStringLiteral("https://api.on24.com"));
    connect(m_on24DataCentre, &QComboBox::currentIndexChanged, this,
        &LinkAccountDialog::updateVisibility);
    return page;
}

QWidget *LinkAccountDialog::buildActOn()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(hint(tr("Use the Act-On user LeadBridge should act as. The API client ID and "
                         "secret come from Act-On (request API credentials on "
                         "developer.act-on.com or from Act-On support)."),
        page));
    m_actonUsername = addLine(form, QStringLiteral("actonUsername"), tr("&User name:"), false,
        tr("The e-mail address you sign in with"));
    m_actonPassword = addLine(form, QStringLiteral("actonPassword"), tr("&Password:"), true);
    m_actonClientId = addLine(form, QStringLiteral("actonClientId"), tr("API &client ID:"), false);
    m_actonClientSecret
        = addLine(form, QStringLiteral("actonClientSecret"), tr("API client &secret:"), true);
    m_actonCustomUrl = new QCheckBox(tr("Use a different API address"), page);
    m_actonCustomUrl->setObjectName(QStringLiteral("actonCustomUrl"));
    form->addRow(QString(), m_actonCustomUrl);
    m_actonUrl = addLine(form, QStringLiteral("actonUrl"), tr("Address:"), false,
        QStringLiteral("https://api.actonsoftware.com"));
    connect(m_actonCustomUrl, &QCheckBox::toggled, this, &LinkAccountDialog::updateVisibility);
    return page;
}

QWidget *LinkAccountDialog::buildSalesforce()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(hint(tr("LeadBridge signs in through a Salesforce connected app. Its consumer "
                         "key is under Setup → App Manager → your app → View → Manage Consumer "
                         "Details."),
        page));

    auto *methods = new QWidget(page);
    auto *methodLayout = new QVBoxLayout(methods);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    m_sfOAuth = new QRadioButton(tr("In the &browser (recommended)"), methods);
    m_sfOAuth->setObjectName(QStringLiteral("sfMethodOAuth"));
    m_sfPassword
        = new QRadioButton(tr("With user name, password and security token (&legacy)"), methods);
    m_sfPassword->setObjectName(QStringLiteral("sfMethodPassword"));
    m_sfOAuth->setChecked(true);
    methodLayout->addWidget(m_sfOAuth);
    methodLayout->addWidget(m_sfPassword);
    auto *group = new QButtonGroup(page);
    group->addButton(m_sfOAuth);
    group->addButton(m_sfPassword);
    form->addRow(tr("Sign in:"), methods);

    m_sfLogin = new QComboBox(page);
    m_sfLogin->setObjectName(QStringLiteral("sfLoginUrl"));
    m_sfLogin->addItem(tr("Production (login.salesforce.com)"), kProduction);
    m_sfLogin->addItem(tr("Sandbox (test.salesforce.com)"), kSalesforceSandbox);
    m_sfLogin->addItem(tr("Custom domain (My Domain)"), kCustom);
    form->addRow(tr("Log in &to:"), m_sfLogin);
    m_sfCustomUrl = addLine(form, QStringLiteral("sfCustomUrl"), tr("Domain address:"), false,
        QStringLiteral("https://yourcompany.my.salesforce.com"));
    m_sfClientId
        = addLine(form, QStringLiteral("sfClientId"), tr("Consumer &key (client ID):"), false);

    // The browser sign-in: the optional consumer secret first (connected apps may insist on it
    // even with PKCE, and it goes with the sign-in), then the button.
    m_sfOAuthPage = new QWidget(page);
    auto *secretForm = new QFormLayout(m_sfOAuthPage);
    secretForm->setContentsMargins(0, 0, 0, 0);
    secretForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_sfOAuthSecret = addLine(secretForm, QStringLiteral("sfOAuthClientSecret"),
        tr("Consumer secret (o&ptional):"), true, tr("Only if the connected app requires it"));
    QLabel *secretHint = hint(
        tr("A connected app can have “Require Secret for Web Server Flow” (needed to finish the "
           "sign-in) and “Require Secret for Refresh Token Flow” (needed to stay signed in) "
           "turned on, under Setup → App Manager → your app → Edit → OAuth settings. If either "
           "is on, copy the consumer secret from Manage Consumer Details and enter it here "
           "before you sign in: LeadBridge sends it with the sign-in and every renewal, and "
           "keeps it in your system keychain. If both are off, leave it empty."),
        m_sfOAuthPage);
    secretHint->setObjectName(QStringLiteral("sfOAuthSecretHint"));
    secretForm->addRow(secretHint);
    auto *signInRow = new QWidget(m_sfOAuthPage);
    auto *oauthLayout = new QHBoxLayout(signInRow);
    oauthLayout->setContentsMargins(0, 0, 0, 0);
    m_sfSignIn = new QPushButton(tr("Sign in with &Salesforce…"), signInRow);
    m_sfSignIn->setObjectName(QStringLiteral("sfSignInButton"));
    m_sfSignIn->setAutoDefault(false);
    oauthLayout->addWidget(m_sfSignIn);
    m_sfSignInStatus = new QLabel(tr("Not signed in yet."), signInRow);
    m_sfSignInStatus->setObjectName(QStringLiteral("sfSignInStatus"));
    m_sfSignInStatus->setWordWrap(true);
    oauthLayout->addWidget(m_sfSignInStatus, 1);
    secretForm->addRow(QString(), signInRow);
    form->addRow(m_sfOAuthPage);

    m_sfPasswordPage = new QWidget(page);
    auto *passwordForm = new QFormLayout(m_sfPasswordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_sfUsername = addLine(passwordForm, QStringLiteral("sfUsername"), tr("&User name:"), false,
        tr("e.g. anna@acme.com"));
    m_sfUserPassword = addLine(passwordForm, QStringLiteral("sfPassword"), tr("&Password:"), true);
    m_sfSecurityToken = addLine(passwordForm, QStringLiteral("sfSecurityToken"),
        tr("Security &token:"), true, tr("From Settings → Reset My Security Token"));
    m_sfClientSecret
        = addLine(passwordForm, QStringLiteral("sfClientSecret"), tr("Consumer s&ecret:"), true);
    form->addRow(m_sfPasswordPage);

    connect(m_sfOAuth, &QRadioButton::toggled, this, &LinkAccountDialog::updateVisibility);
    connect(m_sfLogin, &QComboBox::currentIndexChanged, this, &LinkAccountDialog::updateVisibility);
    connect(m_sfSignIn, &QPushButton::clicked, this, &LinkAccountDialog::startSalesforceSignIn);
    return page;
}

QWidget *LinkAccountDialog::buildPipeliner()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(hint(tr("In Pipeliner, open Administration → Unit, Users & Roles → "
                         "Applications, create an application and choose Show API Access: it "
                         "shows the space ID, the API token and the API secret."),
        page));
    m_plRegion = new QComboBox(page);
    m_plRegion->setObjectName(QStringLiteral("plRegion"));
    m_plRegion->addItem(tr("US East (us-east)"), QStringLiteral("us-east"));
    m_plRegion->addItem(tr("EU Central (eu-central)"), QStringLiteral("eu-central"));
    m_plRegion->addItem(tr("Canada Central (ca-central)"), QStringLiteral("ca-central"));
    m_plRegion->addItem(
        tr("Asia Pacific Southeast (ap-southeast)"), QStringLiteral("ap-southeast"));
    m_plRegion->addItem(tr("Custom address"), kCustom);
    form->addRow(tr("&Region:"), m_plRegion);
    m_plUrl = addLine(form, QStringLiteral("plUrl"), tr("Address:"), false,
        QStringLiteral("https://us-east.api.pipelinersales.com"));
    m_plSpaceId = addLine(form, QStringLiteral("plSpaceId"), tr("&Space ID:"), false);
    m_plApiToken = addLine(form, QStringLiteral("plApiToken"), tr("API &token:"), true);
    m_plApiSecret = addLine(form, QStringLiteral("plApiSecret"), tr("API s&ecret:"), true);
    connect(
        m_plRegion, &QComboBox::currentIndexChanged, this, &LinkAccountDialog::updateVisibility);
    return page;
}

void LinkAccountDialog::updateVisibility()
{
    const auto showRow = [](QWidget *field, bool visible) {
        if (auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout()))
            form->setRowVisible(field, visible);
        else
            field->setVisible(visible);
    };
    showRow(m_on24Url, m_on24DataCentre->currentData().toString() == kCustom);
    showRow(m_actonUrl, m_actonCustomUrl->isChecked());
    showRow(m_plUrl, m_plRegion->currentData().toString() == kCustom);
    showRow(m_sfCustomUrl, m_sfLogin->currentData().toString() == kCustom);
    const bool oauth = m_sfOAuth->isChecked();
    showRow(m_sfOAuthPage, oauth);
    showRow(m_sfPasswordPage, !oauth);
    m_testButton->setToolTip(tr("Check the entered details with %1 without saving them.")
                                 .arg(AccountService::kindDisplayName(kind())));
    adjustSize();
}

void LinkAccountDialog::setKind(AccountKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

AccountKind LinkAccountDialog::kind() const
{
    return static_cast<AccountKind>(m_kind->currentData().toInt());
}

void LinkAccountDialog::editAccount(const Account &account)
{
    m_editingId = account.id;
    m_originalSettings = account.settings;
    setKind(account.kind);
    m_kind->setEnabled(false);
    m_name->setText(account.name);
    setWindowTitle(tr("Edit %1").arg(account.name));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    const QVariantMap &s = account.settings;
    const auto value
        = [&](const char *key) { return s.value(QString::fromLatin1(key)).toString(); };
    const QString saved = tr("Saved in the keychain — type to replace");
    switch (account.kind) {
    case AccountKind::On24:
        m_on24ClientId->setText(value("clientId"));
        selectData(m_on24DataCentre,
            value("dataCentre").isEmpty() ? QStringLiteral("na") : value("dataCentre"));
        m_on24Url->setText(value("baseUrl"));
        for (QLineEdit *e : { m_on24TokenKey, m_on24TokenSecret })
            e->setPlaceholderText(saved);
        break;
    case AccountKind::ActOn:
        m_actonUsername->setText(value("username"));
        m_actonClientId->setText(value("clientId"));
        m_actonCustomUrl->setChecked(!value("baseUrl").isEmpty());
        m_actonUrl->setText(value("baseUrl"));
        for (QLineEdit *e : { m_actonPassword, m_actonClientSecret })
            e->setPlaceholderText(saved);
        break;
    case AccountKind::Salesforce: {
        const bool oauth = value("authMethod") == QLatin1String("oauth");
        (oauth ? m_sfOAuth : m_sfPassword)->setChecked(true);
        const QString login = value("loginUrl");
        if (login == kProduction || login == kSalesforceSandbox)
            selectData(m_sfLogin, login);
        else {
            selectData(m_sfLogin, kCustom);
            m_sfCustomUrl->setText(login);
        }
        m_sfClientId->setText(value("clientId"));
        m_sfUsername->setText(value("username"));
        m_sfInstanceUrl = value("instanceUrl");
        if (oauth)
            m_sfSignInStatus->setText(tr("Signed in earlier. Sign in again only to switch users."));
        for (QLineEdit *e : { m_sfUserPassword, m_sfSecurityToken, m_sfClientSecret })
            e->setPlaceholderText(saved);
        if (oauth)
            m_sfOAuthSecret->setPlaceholderText(
                tr("Saved in the keychain if you entered one — type to replace"));
        break;
    }
    case AccountKind::Pipeliner:
        if (!value("baseUrl").isEmpty()) {
            selectData(m_plRegion, kCustom);
            m_plUrl->setText(value("baseUrl"));
        } else {
            selectData(m_plRegion, value("region"));
        }
        m_plSpaceId->setText(value("spaceId"));
        for (QLineEdit *e : { m_plApiToken, m_plApiSecret })
            e->setPlaceholderText(saved);
        break;
    }
    updateVisibility();
}

QVariantMap LinkAccountDialog::settings() const
{
    QVariantMap s = m_originalSettings;
    const auto put = [&s](const QString &key, const QString &value) {
        if (value.isEmpty())
            s.remove(key);
        else
            s.insert(key, value);
    };
    switch (kind()) {
    case AccountKind::On24: {
        const QString dc = m_on24DataCentre->currentData().toString();
        put(QStringLiteral("clientId"), text(m_on24ClientId));
        put(QStringLiteral("dataCentre"), dc);
        put(QStringLiteral("baseUrl"), dc == kCustom ? text(m_on24Url) : QString());
        break;
    }
    case AccountKind::ActOn:
        put(QStringLiteral("username"), text(m_actonUsername));
        put(QStringLiteral("clientId"), text(m_actonClientId));
        put(QStringLiteral("baseUrl"),
            m_actonCustomUrl->isChecked() ? text(m_actonUrl) : QString());
        break;
    case AccountKind::Salesforce: {
        const bool oauth = m_sfOAuth->isChecked();
        put(QStringLiteral("authMethod"),
            oauth ? QStringLiteral("oauth") : QStringLiteral("password"));
        put(QStringLiteral("loginUrl"), salesforceLoginUrl().toString());
        put(QStringLiteral("clientId"), text(m_sfClientId));
        put(QStringLiteral("username"), oauth ? QString() : text(m_sfUsername));
        put(QStringLiteral("instanceUrl"), oauth ? m_sfInstanceUrl : QString());
        break;
    }
    case AccountKind::Pipeliner: {
        const QString region = m_plRegion->currentData().toString();
        put(QStringLiteral("region"), region == kCustom ? QString() : region);
        put(QStringLiteral("baseUrl"), region == kCustom ? text(m_plUrl) : QString());
        put(QStringLiteral("spaceId"), text(m_plSpaceId));
        break;
    }
    }
    return s;
}

CredentialBundle LinkAccountDialog::secrets() const
{
    CredentialBundle bundle;
    // Secrets are taken exactly as typed (no trimming: a space may be part of a password).
    const auto put = [&bundle](const char *name, const QLineEdit *edit) {
        if (!edit->text().isEmpty())
            bundle.secrets.insert(QString::fromLatin1(name), edit->text().toUtf8());
    };
    switch (kind()) {
    case AccountKind::On24:
        put("tokenKey", m_on24TokenKey);
        put("tokenSecret", m_on24TokenSecret);
        break;
    case AccountKind::ActOn:
        put("password", m_actonPassword);
        put("clientSecret", m_actonClientSecret);
        break;
    case AccountKind::Salesforce:
        if (m_sfOAuth->isChecked()) {
            if (!m_sfRefreshToken.isEmpty())
                bundle.secrets.insert(QStringLiteral("refreshToken"), m_sfRefreshToken);
            put("clientSecret", m_sfOAuthSecret);
        } else {
            put("password", m_sfUserPassword);
            put("securityToken", m_sfSecurityToken);
            put("clientSecret", m_sfClientSecret);
        }
        break;
    case AccountKind::Pipeliner:
        put("apiToken", m_plApiToken);
        put("apiSecret", m_plApiSecret);
        break;
    }
    return bundle;
}

QUrl LinkAccountDialog::salesforceLoginUrl() const
{
    const QString choice = m_sfLogin->currentData().toString();
    return QUrl(choice == kCustom ? text(m_sfCustomUrl) : choice);
}

void LinkAccountDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setText(busy ? what : QString());
    m_testButton->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_forms->setEnabled(!busy);
    m_name->setEnabled(!busy);
}

void LinkAccountDialog::testConnection()
{
    if (m_busy)
        return;
    m_banner->clear();
    setBusy(true, tr("Testing the connection…"));
    const QString name
        = text(m_name).isEmpty() ? AccountService::kindDisplayName(kind()) : text(m_name);
    QPointer<LinkAccountDialog> self(this);
    m_service->testUnsaved(
        kind(), name, settings(), secrets(),
        [self, name](const AccountOperationResult &result) {
            if (!self)
                return;
            self->setBusy(false);
            if (result.ok) {
                const QString who
                    = result.info.displayName.isEmpty() ? name : result.info.displayName;
                self->m_banner->showMessage(tr("Connected to %1. Choose %2 to keep it.")
                                                .arg(who,
                                                    self->m_buttons->button(QDialogButtonBox::Ok)
                                                        ->text()
                                                        .remove(QLatin1Char('&'))),
                    {}, ErrorBanner::Tone::Success);
            } else {
                self->m_banner->showMessage(result.message, result.technicalDetail);
            }
        },
        m_editingId);
}

void LinkAccountDialog::accept()
{
    if (m_busy)
        return;
    m_banner->clear();
    setBusy(true, tr("Saving and testing…"));
    QPointer<LinkAccountDialog> self(this);
    auto done = [self](const AccountOperationResult &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (result.saved) {
            self->m_accountId = result.accountId;
            self->QDialog::accept();
            return;
        }
        self->m_banner->showMessage(result.message, result.technicalDetail);
    };
    if (m_editingId != 0)
        m_service->update(m_editingId, text(m_name), settings(), secrets(), done);
    else
        m_service->link(kind(), text(m_name), settings(), secrets(), done);
}

void LinkAccountDialog::startSalesforceSignIn()
{
    if (m_signIn && m_signIn->isRunning()) {
        m_signIn->cancel();
        return;
    }
    if (text(m_sfClientId).isEmpty()) {
        m_banner->showMessage(tr("Enter the consumer key (client ID) of your Salesforce connected "
                                 "app first."));
        return;
    }
    const QUrl login = salesforceLoginUrl();
    if (!login.isValid() || login.host().isEmpty()) {
        m_banner->showMessage(tr("Enter your Salesforce domain address, e.g. "
                                 "https://yourcompany.my.salesforce.com."));
        return;
    }
    // The same rule as saving (AccountService): no user name or password in the address.
    if (const QString problem = AccountService::urlUserInfoProblem(AccountKind::Salesforce,
            { { QStringLiteral("loginUrl"), text(m_sfCustomUrl) } });
        m_sfLogin->currentData().toString() == kCustom && !problem.isEmpty()) {
        m_banner->showMessage(problem);
        return;
    }
    m_banner->clear();
    salesforceSignIn()->setAccountLabel(
        text(m_name).isEmpty() ? QStringLiteral("Salesforce") : text(m_name));
    // Sent with the code exchange only when entered (connected apps that require it).
    m_signIn->setClientSecret(m_sfOAuthSecret->text());
    m_sfSignIn->setText(tr("Cancel Sign-in"));
    m_sfSignInStatus->setText(tr("Waiting for you to approve in the browser…"));
    m_progress->setVisible(true);
    m_signIn->start(login, text(m_sfClientId));
}

BrowserSignIn *LinkAccountDialog::salesforceSignIn()
{
    if (!m_signIn) {
        m_signIn = new BrowserSignIn(this);
        connect(m_signIn, &BrowserSignIn::authorizeUrl, this, [this](const QUrl &url) {
            if (!QDesktopServices::openUrl(url))
                m_banner->showMessage(tr("LeadBridge could not open your web browser. Open this "
                                         "address yourself to sign in:"),
                    url.toString(), ErrorBanner::Tone::Info);
        });
        connect(m_signIn, &BrowserSignIn::finished, this,
            [this](const BrowserSignIn::Result &result, const ApiError &error) {
                m_sfSignIn->setText(tr("Sign in with &Salesforce…"));
                m_progress->setVisible(false);
                m_progressLabel->clear();
                if (error.isError()) {
                    m_sfSignInStatus->setText(tr("Not signed in."));
                    m_banner->showMessage(error.userMessage(), error.technicalDetail());
                    return;
                }
                m_sfRefreshToken = result.refreshToken.toUtf8();
                m_sfInstanceUrl = result.instanceUrl.toString();
                m_sfSignInStatus->setText(tr("Signed in to %1.").arg(result.instanceUrl.host()));
            });
    }
    return m_signIn;
}

} // namespace LeadBridge
