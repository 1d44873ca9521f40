#pragma once

#include <QStyledItemDelegate>

class QComboBox;

namespace LeadBridge {

class FieldMapTableModel;

/// Editors of the mapping table: for the Lead and Contact columns a searchable picker
/// listing the discovered CRM fields as "Label (ApiName) — type" (type any part of the
/// label or API name to narrow the list), for the type column a drop-down of the Act-On
/// data types, for a custom field's name a line edit.
class FieldPickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// @p model is the source model behind the (possibly filtered) view.
    explicit FieldPickerDelegate(FieldMapTableModel *model, QObject *parent = nullptr);

    /// The API name a picker's text stands for: an exact entry, an API name or label
    /// typed in full, or the only entry containing the text. Empty text clears the
    /// column; text matching nothing is kept as typed (it is then flagged as missing).
    static QString resolveChoice(const QComboBox *picker);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    QModelIndex sourceIndex(const QModelIndex &index) const;

    FieldMapTableModel *m_model;
};

} // namespace LeadBridge
