#include "core/engine/LookupService.h"

#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorFactory.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/EngineWorker.h"
#include "core/secrets/CredentialStore.h"
#include "core/util/LogCategories.h"

#include <QCollator>

#include <algorithm>
#include <memory>

namespace LeadBridge {

namespace {

QString text(const QVariantMap &fields, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0) {
                const QString v = it.value().toString().trimmed();
                if (!v.isEmpty())
                    return v;
            }
        }
    }
    return {};
}

void sortByName(QList<LookupItem> &items)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(
        items.begin(), items.end(), [&collator](const LookupItem &a, const LookupItem &b) {
            return collator.compare(a.name, b.name) < 0;
        });
}

/// Reads every page of @p request into items made by @p make.
void fetchAll(Connector *connector, const FetchRequest &request,
    std::function<LookupItem(const ConnectorRecord &)> make,
    std::function<void(const QList<LookupItem> &, const ApiError &)> done)
{
    auto items = std::make_shared<QList<LookupItem>>();
    connector->fetch(
        request,
        [items, make](const FetchPage &page) {
            for (const ConnectorRecord &r : page.records) {
                if (r.deleted)
                    continue;
                LookupItem item = make(r);
                if (!item.id.isEmpty())
                    items->append(item);
            }
        },
        [items, done](const ApiError &error) {
            if (error.isError()) {
                done({}, error);
                return;
            }
            sortByName(*items);
            done(*items, ApiError());
        });
}

ApiError unsupported(const QString &what)
{
    return ApiError(ApiError::Kind::Validation,
        LookupService::tr("This kind of account cannot list %1.").arg(what),
        QStringLiteral("look-up not supported: %1").arg(what));
}

} // namespace

LookupService::LookupService(CredentialStore *store, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    qRegisterMetaType<LeadBridge::LookupItem>();
    qRegisterMetaType<QList<LeadBridge::LookupItem>>();
}

LookupService::~LookupService() = default;

QString LookupService::subject(LookupKind kind, AccountKind account)
{
    switch (kind) {
    case LookupKind::ActOnLists:
        return tr("the Act-On lists");
    case LookupKind::ActOnScoreSheets:
        return tr("the Act-On score sheets");
    case LookupKind::SalesforceReports:
        return tr("the Salesforce reports");
    case LookupKind::SalesforceCampaigns:
        return tr("the Salesforce campaigns");
    case LookupKind::CrmUsers:
        return account == AccountKind::Pipeliner ? tr("the Pipeliner users")
                                                 : tr("the Salesforce users");
    }
    return {};
}

QString LookupService::failureSentence(LookupKind kind, AccountKind account, const QString &reason)
{
    QString why = reason.trimmed();
    if (!why.isEmpty() && !why.endsWith(u'.') && !why.endsWith(u'!') && !why.endsWith(u'?'))
        why += u'.';
    return tr("LeadBridge could not load %1: %2 Check the account on the Accounts page, then "
              "click Retry.")
        .arg(subject(kind, account), why);
}

quint64 LookupService::lookup(const Account &account, LookupKind kind)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, true);
    if (!m_store || !m_engine) {
        // Answer from the event loop, as a real look-up would.
        QMetaObject::invokeMethod(
            this,
            [this, id, kind, account] {
                deliver(id, {},
                    failureSentence(
                        kind, account.kind, tr("the keychain or the engine is not available")),
                    QStringLiteral("no credential store or engine host"));
            },
            Qt::QueuedConnection);
        return id;
    }
    if (AccountService::secretNames(account.kind).isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, id, account, kind] { secretsRead(id, account, kind, {}, {}, {}); },
            Qt::QueuedConnection);
        return id;
    }
    QPointer<LookupService> self(this);
    AccountService::readAccountSecrets(*m_store, account,
        [self, id, account, kind](
            const CredentialBundle &bundle, const QString &error, const QString &detail) {
            if (self)
                self->secretsRead(id, account, kind, bundle, error, detail);
        });
    return id;
}

void LookupService::cancel(quint64 requestId)
{
    m_pending.remove(requestId);
}

void LookupService::secretsRead(quint64 requestId, const Account &account, LookupKind kind,
    const CredentialBundle &bundle, const QString &error, const QString &detail)
{
    if (!m_pending.contains(requestId))
        return;
    if (!error.isEmpty()) {
        deliver(requestId, {}, failureSentence(kind, account.kind, error), detail);
        return;
    }
    if (!m_engine) {
        deliver(requestId, {},
            failureSentence(kind, account.kind, tr("the engine is not available")), {});
        return;
    }
    ConnectorConfig config;
    config.account = account;
    config.credentials = bundle;
    EngineHost *host = m_engine;
    QPointer<LookupService> self(this);
    const AccountKind accountKind = account.kind;
    // On the engine thread: a connector of the worker's own network access manager, one
    // look-up, then the values go back to this thread through the host (which outlives the
    // worker). Only values cross.
    m_engine->post([host, self, config, kind, requestId, accountKind](EngineWorker &worker) {
        Connector *connector
            = ConnectorFactory::create(config, worker.networkAccessManager(), &worker);
        worker.watchSecrets(connector); // rotated tokens go to the keychain
        const auto answer = [host, self, requestId, kind, accountKind](
                                const QList<LookupItem> &items, const ApiError &apiError) {
            if (apiError.kind() == ApiError::Kind::Cancelled)
                return;
            const QString sentence = apiError.isError()
                ? failureSentence(kind, accountKind, apiError.userMessage())
                : QString();
            const QString technical = apiError.isError() ? apiError.toLogString() : QString();
            QMetaObject::invokeMethod(
                host,
                [self, requestId, items, sentence, technical] {
                    if (self)
                        self->deliver(requestId, items, sentence, technical);
                },
                Qt::QueuedConnection);
        };
        if (!connector) {
            answer({}, unsupported(subject(kind, accountKind)));
            return;
        }
        QPointer<Connector> guard(connector);
        run(connector, kind, [answer, guard](const QList<LookupItem> &items, const ApiError &e) {
            answer(items, e);
            if (guard)
                guard->deleteLater();
        });
    });
}

void LookupService::deliver(
    quint64 requestId, const QList<LookupItem> &items, const QString &error, const QString &detail)
{
    if (!m_pending.remove(requestId))
        return;
    if (!error.isEmpty())
        qCInfo(lcEngine).noquote() << "Look-up" << requestId << "failed:" << detail;
    // Always from the event loop: a caller that has just asked holds the request id by then,
    // even when the keychain answered at once.
    QMetaObject::invokeMethod(
        this,
        [this, requestId, items, error, detail] {
            Q_EMIT finished(requestId, items, error, detail);
        },
        Qt::QueuedConnection);
}

void LookupService::run(Connector *connector, LookupKind kind,
    std::function<void(const QList<LookupItem> &, const ApiError &)> done)
{
    const AccountKind account = connector->kind();
    switch (kind) {
    case LookupKind::ActOnLists: {
        auto *acton = qobject_cast<ActOnConnector *>(connector);
        if (!acton)
            return done({}, unsupported(subject(kind, account)));
        acton->listLists([done](const QList<ActOnListInfo> &lists, const ApiError &error) {
            if (error.isError())
                return done({}, error);
            QList<LookupItem> items;
            for (const ActOnListInfo &l : lists)
                items.append({ l.id, l.name, l.folderName });
            sortByName(items);
            done(items, ApiError());
        });
        return;
    }
    case LookupKind::ActOnScoreSheets: {
        auto *acton = qobject_cast<ActOnConnector *>(connector);
        if (!acton)
            return done({}, unsupported(subject(kind, account)));
        acton->listScoreSheets([done](const QStringList &sheets, const ApiError &error) {
            if (error.isError())
                return done({}, error);
            QList<LookupItem> items;
            for (const QString &sheet : sheets)
                items.append({ sheet, sheet, QString() });
            done(items, ApiError()); // the default sheet first, then by name
        });
        return;
    }
    case LookupKind::SalesforceReports: {
        auto *sf = qobject_cast<SalesforceConnector *>(connector);
        if (!sf)
            return done({}, unsupported(subject(kind, account)));
        sf->listReports([done](const QList<ConnectorRecord> &reports, const ApiError &error) {
            if (error.isError())
                return done({}, error);
            QList<LookupItem> items;
            for (const ConnectorRecord &r : reports)
                items.append(
                    { r.id, text(r.fields, { "name" }), text(r.fields, { "folderName" }) });
            sortByName(items);
            done(items, ApiError());
        });
        return;
    }
    case LookupKind::SalesforceCampaigns: {
        if (account != AccountKind::Salesforce)
            return done({}, unsupported(subject(kind, account)));
        FetchRequest request;
        request.object = QStringLiteral("Campaign");
        request.fields = { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Type"),
            QStringLiteral("Status") };
        request.options.insert(QStringLiteral("bulk"), false);
        fetchAll(
            connector, request,
            [](const ConnectorRecord &r) {
                QStringList detail;
                for (const char *key : { "Type", "Status" }) {
                    const QString v = text(r.fields, { key });
                    if (!v.isEmpty())
                        detail.append(v);
                }
                return LookupItem { r.id, text(r.fields, { "Name" }),
                    detail.join(QStringLiteral(", ")) };
            },
            done);
        return;
    }
    case LookupKind::CrmUsers: {
        FetchRequest request;
        if (account == AccountKind::Salesforce) {
            request.object = QStringLiteral("User");
            request.fields
                = { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Email") };
            request.options.insert(QStringLiteral("soqlWhere"), QStringLiteral("IsActive = true"));
            request.options.insert(QStringLiteral("bulk"), false);
        } else if (account == AccountKind::Pipeliner) {
            request.object = QStringLiteral("Clients");
        } else {
            return done({}, unsupported(subject(kind, account)));
        }
        fetchAll(
            connector, request,
            [](const ConnectorRecord &r) {
                QString name = text(r.fields, { "Name", "formatted_name" });
                if (name.isEmpty())
                    name = QStringLiteral("%1 %2")
                               .arg(text(r.fields, { "first_name" }),
                                   text(r.fields, { "last_name" }))
                               .trimmed();
                const QString email = text(r.fields, { "Email" });
                if (name.isEmpty())
                    name = email;
                const QString id = r.id.isEmpty() ? text(r.fields, { "Id" }) : r.id;
                return LookupItem { id, name, email };
            },
            done);
        return;
    }
    }
    done({}, unsupported(subject(kind, account)));
}

} // namespace LeadBridge
