#pragma once

#include "ui/flows/LookupField.h"

class QComboBox;

namespace LeadBridge {

/// A searchable picker of one look-up choice: an editable combo box whose completer matches
/// any part of the names, with "Loading…", the failure sentence and Retry under it. With
/// free text allowed (the Act-On list of a list sync) a name not in the list is kept as typed.
class LookupCombo : public LookupField
{
    Q_OBJECT
public:
    explicit LookupCombo(QWidget *parent = nullptr);

    /// Accept names that are not in the look-up (default false).
    void setAllowFreeText(bool allow) { m_freeText = allow; }
    /// The combo box (tests, labels' buddies).
    QComboBox *combo() const { return m_combo; }

    /// The id of the chosen item; empty when the text names no listed item (for a stored
    /// choice not listed yet, the stored id).
    QString currentId() const;
    /// The name of the chosen item, or the text as typed.
    QString currentName() const;
    /// Chooses the item with @p id (or, when @p id is empty, the one named @p name); kept
    /// until the look-up lists it. When it is never listed @p name (or @p id) stays on show.
    void setCurrent(const QString &id, const QString &name = QString());

protected:
    void populate(const QList<LookupItem> &items) override;
    void setChoosingEnabled(bool enabled) override;

private:
    static QString label(const LookupItem &item);
    int matchingIndex() const;

    QComboBox *m_combo = nullptr;
    bool m_freeText = false;
    QString m_wantedId;
    QString m_wantedName;
    bool m_populating = false;
};

} // namespace LeadBridge
