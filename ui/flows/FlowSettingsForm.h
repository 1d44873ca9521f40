#pragma once

#include "core/mapping/FieldMap.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

namespace LeadBridge {

class Journal;
class LookupService;

/// The settings part of the flow editor for one kind of flow: the widgets for every
/// Flow::settings key that kind's runner reads, with the seeds' defaults. The editor asks
/// for settings() while the person edits and checks them with FlowSettingsCheck.
class FlowSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit FlowSettingsForm(QWidget *parent = nullptr);

    /// The kind of flow this form edits.
    virtual FlowKind kind() const = 0;
    /// Gives the form the journal (field maps, schedules) and the look-up service.
    void setServices(Journal *journal, LookupService *lookups);
    /// The flow's current accounts changed (or were first chosen): look-ups ask them.
    virtual void setAccounts(const Account &source, const Account &target) = 0;
    /// Shows @p flow's settings; a new flow (id 0) shows the defaults.
    virtual void load(const Flow &flow) = 0;
    /// @p base with this form's keys written over it (other keys are kept).
    virtual QVariantMap settings(const QVariantMap &base) const = 0;
    /// Problems only the form knows (a choice that is no longer listed...), as sentences.
    virtual QStringList formProblems() const { return {}; }
    /// Stores what is not a flow setting (field map policy, schedule time) once the flow is
    /// saved as @p flow; @p created is true for a new flow.
    virtual Status saveExtras(const Flow &flow, bool created);

Q_SIGNALS:
    /// Something the person can see changed (re-validate).
    void changed();
    /// The person asked for the mapping editor (forms of kinds with a field map).
    void editMappingRequested();

protected:
    Journal *journal() const { return m_journal; }
    /// The stored field map of flow @p flowId, or (none stored, or a new flow) the
    /// pre-mapped default map for @p crm.
    FieldMap storedOrDefaultMap(qint64 flowId, CrmKind crm) const;
    /// Whether a field map is stored for @p flowId.
    bool hasStoredMap(qint64 flowId) const;
    /// Saves @p map for @p flowId (a save that adds fields marks the flow for a full sync).
    Status saveMap(qint64 flowId, const FieldMap &map) const;
    LookupService *lookups() const;

private:
    Journal *m_journal = nullptr;
    QPointer<LookupService> m_lookups;
};

} // namespace LeadBridge
