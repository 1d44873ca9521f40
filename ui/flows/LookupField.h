#pragma once

#include "core/engine/LookupTypes.h"
#include "core/model/Account.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace LeadBridge {

class LookupService;

/// Base of the flow editor's live pickers: asks LookupService for the choices of one
/// account, shows "Loading…" meanwhile and, when the look-up fails, the sentence that says
/// why with a Retry button. Subclasses show the choices (LookupCombo, LookupChecklist).
class LookupField : public QWidget
{
    Q_OBJECT
public:
    /// Where the field is: no account to ask yet, asking, choices on show, or failed.
    enum class State { NoAccount, Loading, Loaded, Failed };

    explicit LookupField(QWidget *parent = nullptr);
    ~LookupField() override;

    /// The service that runs the look-ups (not owned; may be null: then nothing loads).
    void setService(LookupService *service);
    /// Lists @p kind from @p account (id 0 = no account yet); loads again only when the
    /// account or kind changed, or @p force.
    void setSource(const Account &account, LookupKind kind, bool force = false);
    /// Asks again (the Retry button).
    void retry();

    State state() const { return m_state; }
    /// The status line on show ("Loading…", the failure sentence, "12 lists"), or empty.
    QString statusText() const;
    /// The choices of the last successful look-up.
    const QList<LookupItem> &items() const { return m_items; }
    /// The Retry button (shown after a failure).
    QPushButton *retryButton() const { return m_retry; }
    /// The item with id @p id, or nullptr.
    const LookupItem *item(const QString &id) const;

Q_SIGNALS:
    /// The chosen value changed.
    void changed();
    /// A look-up ended (@p ok false: statusText() says why).
    void loaded(bool ok);

protected:
    /// Shows @p items (the previous choice is kept where it still exists).
    virtual void populate(const QList<LookupItem> &items) = 0;
    /// Enables or disables the choosing widgets while loading or without an account.
    virtual void setChoosingEnabled(bool enabled) = 0;
    /// "No account" sentence and the count phrase for the loaded state.
    virtual QString countText(int count) const;
    /// Where subclasses put their widgets (above the status line).
    QVBoxLayout *content() const { return m_content; }
    /// The account and kind asked.
    const Account &account() const { return m_account; }
    LookupKind kind() const { return m_kind; }

private:
    void onFinished(quint64 requestId, const QList<LookupItem> &items, const QString &error,
        const QString &detail);
    void setState(State state, const QString &text);

    QPointer<LookupService> m_service;
    Account m_account;
    LookupKind m_kind = LookupKind::ActOnLists;
    bool m_hasSource = false;
    quint64 m_request = 0;
    State m_state = State::NoAccount;
    QList<LookupItem> m_items;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace LeadBridge
