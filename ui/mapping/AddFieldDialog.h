#pragma once

#include "core/mapping/FieldMapRow.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace LeadBridge {

/// Asks for the Act-On field to add to a map: a standard field not mapped yet (offered as
/// completions) or a new custom field with its name and data type.
class AddFieldDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p existingNames are the marketing fields already in the map (refused again).
    explicit AddFieldDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    /// The row to add (no CRM sources yet).
    FieldMapRow row() const;

private:
    void update();

    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadBridge
