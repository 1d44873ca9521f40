#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace LeadBridge {

/// The built-in sandbox as the engine sees it: the four API emulators running in this
/// process for "Try the sandbox" (AccountService) and the demo flows (DemoFlows). The engine
/// owns this interface and never includes the emulators; the executables and the tests
/// register an implementation at start-up with setProvider() (InProcessSandbox in the
/// leadbridge_sandbox_wiring library, app/sandboxwiring/, wires the emulators in). A build
/// without a provider has no built-in sandbox: AccountService then answers with
/// unavailableSentence().
/// Only value types cross this interface; the emulators serve from their own thread.
class BuiltInSandbox
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::BuiltInSandbox)

public:
    /// Where one running emulator answers and how to sign in to it (a plain value).
    struct Endpoint
    {
        QString name; ///< "on24", "acton", "salesforce" or "pipeliner"
        QUrl baseUrl; ///< http://127.0.0.1:<port>
        /// The emulator's documented demo credentials (e.g. "username"/"password",
        /// "accessTokenKey"/"accessTokenSecret", "clientIds"), as strings.
        QVariantMap credentials;
    };

    /// What to start: all four emulators with the demo world of @p seed and @p size.
    struct Settings
    {
        quint32 seed = 2026;
        int size = 500;
        /// Where each emulator keeps its world (`<stateDir>/<emulator>.json`); empty = in
        /// memory only.
        QString stateDir;
    };

    using Provider = std::function<std::unique_ptr<BuiltInSandbox>()>;

    virtual ~BuiltInSandbox();

    /// Starts the four emulators with @p settings (stopping running ones first) and blocks
    /// until they listen. False with errorString() set when they could not start.
    virtual bool start(const Settings &settings) = 0;
    /// Stops the emulators.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// Why the last start() failed, as a sentence.
    virtual QString errorString() const = 0;
    /// The running emulators' endpoints, as they were when start() returned.
    virtual QList<Endpoint> endpoints() const = 0;
    /// Deletes the saved worlds in @p stateDir, so the next start() generates the demo world
    /// anew. False with a sentence in @p error when a file could not be removed.
    virtual bool resetState(const QString &stateDir, QString *error) = 0;
    /// The records emulator @p emulator keeps under @p collection, as its control API
    /// (`GET /_sandbox/records/<collection>`) answers them, read in-process; empty when the
    /// emulator does not run or has no such collection.
    virtual QJsonArray controlRecords(const QString &emulator, const QString &collection) = 0;
    /// The e-mail address of the demo world's first user (sales rep); empty when the sandbox
    /// does not run or its world has no users.
    virtual QString firstDemoUserEmail() = 0;

    /// Registers how the built-in sandbox is made (an empty function removes it). Called by
    /// the executables' mains and the test support before any AccountService exists.
    static void setProvider(Provider provider);
    /// Whether this process has a built-in sandbox.
    static bool isAvailable();
    /// A new built-in sandbox from the provider; null when none is registered.
    static std::unique_ptr<BuiltInSandbox> create();
    /// "This build of LeadBridge has no built-in sandbox. …": what a person asking for it reads.
    static QString unavailableSentence();
};

} // namespace LeadBridge
