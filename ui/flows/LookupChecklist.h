#pragma once

#include "ui/flows/LookupField.h"

#include <QStringList>

class QLineEdit;
class QListWidget;

namespace LeadBridge {

/// A searchable checklist of look-up choices (the Act-On lists of a lead handoff): a filter
/// line over a list of check boxes, with "Loading…", the failure sentence and Retry under it.
class LookupChecklist : public LookupField
{
    Q_OBJECT
public:
    explicit LookupChecklist(QWidget *parent = nullptr);

    /// The filter line and the list (tests).
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

    /// Ids of the checked items (stored ids not listed yet included).
    QStringList checkedIds() const;
    /// Checks the items whose id or name is in @p idsOrNames (kept until they are listed).
    void setChecked(const QStringList &idsOrNames);
    /// Checks or clears the item with @p id; false when it is not listed.
    bool setItemChecked(const QString &id, bool checked);
    /// Whether the list may be used at all (e.g. off while "All lists" is chosen); the
    /// status line and Retry stay usable either way.
    void setChoicesAllowed(bool allowed);

protected:
    void populate(const QList<LookupItem> &items) override;
    void setChoosingEnabled(bool enabled) override;

private:
    void applyFilter();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QStringList m_wanted;
    bool m_populating = false;
    bool m_allowed = true;
    bool m_choosing = false;
};

} // namespace LeadBridge
