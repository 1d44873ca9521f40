#include "core/engine/RunLauncher.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/FlowSettingsCheck.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/util/LogCategories.h"

#include <memory>

namespace LeadBridge {

RunLauncher::RunLauncher(
    Journal &journal, CredentialStore *store, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(store)
    , m_engine(engine)
{
    if (engine)
        connect(engine, &EngineHost::forecastReady, this, &RunLauncher::onForecastReady);
}

void RunLauncher::launch(RunRequest request)
{
    const qint64 flowId = request.flowId;
    m_launching.insert(flowId);
    QPointer<RunLauncher> self(this);
    const auto failed = [self, flowId](const QString &sentence) {
        if (!self)
            return;
        self->m_launching.remove(flowId);
        Q_EMIT self->launchFailed(flowId, sentence);
    };
    withCredentials(std::move(request), failed, [self, flowId](const RunRequest &ready) {
        if (!self)
            return;
        self->m_launching.remove(flowId);
        if (!self->m_engine) {
            Q_EMIT self->launchFailed(flowId, tr("The sync engine is not running."));
            return;
        }
        qCInfo(lcEngine) << "launching run of flow" << flowId << "trigger"
                         << RunSummary::triggerToString(ready.trigger)
                         << (ready.preview ? "preview" : "") << (ready.full ? "full" : "");
        self->m_engine->requestRun(ready);
        Q_EMIT self->launched(flowId);
    });
}

quint64 RunLauncher::forecast(RunRequest request)
{
    const quint64 id = m_nextForecastId++;
    QPointer<RunLauncher> self(this);
    const auto failed = [self, id](const QString &sentence) {
        if (self)
            Q_EMIT self->forecastFailed(id, sentence);
    };
    withCredentials(std::move(request), failed, [self, id](const RunRequest &ready) {
        if (!self)
            return;
        if (!self->m_engine) {
            Q_EMIT self->forecastFailed(id, tr("The sync engine is not running."));
            return;
        }
        const quint64 engineId = self->m_engine->forecast(ready);
        self->m_forecasts.insert(engineId, id);
    });
    return id;
}

void RunLauncher::onForecastReady(quint64 engineId, const CallForecast &forecast)
{
    const auto it = m_forecasts.find(engineId);
    if (it == m_forecasts.end())
        return;
    const quint64 id = it.value();
    m_forecasts.erase(it);
    if (!forecast.ok())
        Q_EMIT forecastFailed(id, forecast.error);
    else
        Q_EMIT forecastReady(id, forecast);
}

void RunLauncher::withCredentials(RunRequest request, std::function<void(const QString &)> failed,
    std::function<void(const RunRequest &)> then)
{
    const qint64 flowId = request.flowId;
    FlowRepository flows(m_journal);
    const auto flow = flows.get(flowId);
    if (!flow) {
        failed(flow.errorString());
        return;
    }
    AccountRepository accountRepo(m_journal);
    QList<Account> accounts;
    for (qint64 id : { flow->sourceAccountId, flow->targetAccountId }) {
        if (id <= 0)
            continue;
        const auto account = accountRepo.get(id);
        if (!account) {
            failed(tr("An account of the flow “%1” no longer exists. Link it again on the "
                      "Accounts page and check the flow's settings.")
                       .arg(flow->name));
            return;
        }
        accounts.append(account.value());
    }
    // The pre-flight: the same checks the flow editor shows while editing, so a scheduled or
    // command-line run of a flow whose settings cannot work ends with the sentence that says
    // what to fix, before any keychain or network work.
    if (const QString problem = FlowSettingsCheck::problem(flow.value(), accounts);
        !problem.isEmpty()) {
        failed(tr("“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.")
                   .arg(flow->name, problem));
        return;
    }

    struct State
    {
        RunRequest request;
        int remaining = 0;
        QString error;
    };
    auto state = std::make_shared<State>();
    state->request = std::move(request);
    for (const Account &a : accounts)
        state->remaining += int(AccountService::secretNames(a.kind).size());

    QPointer<RunLauncher> self(this);
    const auto finish = [self, state, failed, then] {
        if (!self)
            return;
        if (!state->error.isEmpty())
            return failed(state->error);
        then(state->request);
    };
    if (state->remaining == 0 || !m_store) {
        finish();
        return;
    }
    for (const Account &a : accounts) {
        for (const QString &name : AccountService::secretNames(a.kind)) {
            const qint64 accountId = a.id;
            const QString accountName = a.name;
            m_store->read(AccountService::keychainId(a), name,
                [state, finish, accountId, accountName, name](const CredentialResult &result) {
                    if (result.ok)
                        state->request.credentials[accountId].secrets.insert(name, result.value);
                    else if (result.error != CredentialResult::ErrorKind::NotFound
                        && state->error.isEmpty())
                        state->error = tr("LeadBridge could not read the secrets of “%1” "
                                          "from the system keychain: %2")
                                           .arg(accountName, result.userMessage);
                    if (--state->remaining == 0)
                        finish();
                });
        }
    }
}

} // namespace LeadBridge
