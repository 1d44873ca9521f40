#include "ui/mapping/FieldPickerDelegate.h"

#include "core/mapping/MarketingFieldType.h"
#include "ui/mapping/FieldMapTableModel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace LeadBridge {

namespace {
/// The CRM field's label, for matching a label typed in full (Qt::UserRole has the API name).
constexpr int kLabelRole = Qt::UserRole + 2;
} // namespace

FieldPickerDelegate::FieldPickerDelegate(FieldMapTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QModelIndex FieldPickerDelegate::sourceIndex(const QModelIndex &index) const
{
    QModelIndex current = index;
    while (current.isValid() && current.model() != m_model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(current.model());
        if (!proxy)
            return {};
        current = proxy->mapToSource(current);
    }
    return current;
}

QWidget *FieldPickerDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QModelIndex source = sourceIndex(index);
    const int column = source.column();
    if (column == FieldMapTableModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("typePicker"));
        combo->setAccessibleName(tr("Data type"));
        for (const MarketingFieldType type : MarketingFieldTypes::all())
            combo->addItem(MarketingFieldTypes::displayName(type), QVariant::fromValue(type));
        return combo;
    }
    if (column == FieldMapTableModel::ScoreSheetColumn) {
        // The Act-On account's score sheets (looked up live); the default sheet first.
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("scoreSheetPicker"));
        combo->setAccessibleName(tr("Score sheet"));
        combo->addItem(FieldMapTableModel::scoreSheetText(QString()), QString());
        const QString current = m_model->data(source, Qt::EditRole).toString();
        QStringList sheets = m_model->scoreSheets();
        if (!sheets.isEmpty())
            sheets.removeFirst(); // the look-up lists the default sheet first: item 0 here
        if (!current.isEmpty() && !sheets.contains(current))
            sheets.append(current); // a sheet no longer reported stays choosable
        for (const QString &sheet : std::as_const(sheets))
            combo->addItem(sheet, sheet);
        return combo;
    }
    if (column != FieldMapTableModel::LeadColumn && column != FieldMapTableModel::ContactColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);

    const CrmObjectType object = FieldMapTableModel::objectOf(column);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldPicker"));
    combo->setAccessibleName(tr("%1 field").arg(CrmKinds::objectDisplayName(object)));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(14);
    combo->lineEdit()->setPlaceholderText(tr("Type to search, or leave empty for none"));
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->addItem(QString()); // no field
    combo->setItemData(
        0, tr("No %1 field").arg(CrmKinds::objectDisplayName(object)), Qt::ToolTipRole);

    QStringList known;
    if (const auto &schema = m_model->schema(object)) {
        QList<CrmFieldDescriptor> fields = schema->fields;
        std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) {
            return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
        });
        for (const CrmFieldDescriptor &field : std::as_const(fields)) {
            combo->addItem(FieldMapTableModel::choiceText(field), field.apiName);
            combo->setItemData(combo->count() - 1, field.label, kLabelRole);
            if (!field.updateable)
                combo->setItemData(combo->count() - 1,
                    tr("Read-only in the CRM: values are read, never pushed."), Qt::ToolTipRole);
            known.append(field.apiName.toCaseFolded());
        }
    }
    // A relationship path ("Account.Name") or a field the CRM no longer reports stays
    // choosable, so opening the picker never loses what is mapped.
    const QString current = m_model->data(source, Qt::EditRole).toString();
    if (!current.isEmpty() && !known.contains(current.toCaseFolded())) {
        combo->addItem(current, current);
        combo->setItemData(combo->count() - 1, current, kLabelRole);
    }

    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    combo->setCompleter(completer);
    return combo;
}

void FieldPickerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    const QModelIndex source = sourceIndex(index);
    if (!combo || !source.isValid()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (source.column() == FieldMapTableModel::TypeColumn) {
        const QVariant type = m_model->data(source, Qt::EditRole);
        combo->setCurrentIndex(qMax(0, combo->findData(type)));
        return;
    }
    if (source.column() == FieldMapTableModel::ScoreSheetColumn) {
        const QString sheet = m_model->data(source, Qt::EditRole).toString();
        combo->setCurrentIndex(qMax(0, combo->findData(sheet)));
        return;
    }
    // Editing started by typing: the view sends the key to the editor after this, so the
    // text starts empty and the typed letters begin the search.
    const QString api = m_model->data(source, Qt::EditRole).toString();
    const int at = api.isEmpty() ? 0 : combo->findData(api, Qt::UserRole, Qt::MatchFixedString);
    combo->setCurrentIndex(qMax(0, at));
    combo->lineEdit()->selectAll();
}

QString FieldPickerDelegate::resolveChoice(const QComboBox *picker)
{
    const QString text = picker->currentText().trimmed();
    if (text.isEmpty())
        return {};
    int contains = -1;
    int containsCount = 0;
    for (int i = 1; i < picker->count(); ++i) {
        const QString api = picker->itemData(i, Qt::UserRole).toString();
        if (picker->itemText(i) == text || api.compare(text, Qt::CaseInsensitive) == 0
            || picker->itemData(i, kLabelRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return api;
        if (picker->itemText(i).contains(text, Qt::CaseInsensitive)) {
            contains = i;
            ++containsCount;
        }
    }
    if (containsCount == 1)
        return picker->itemData(contains, Qt::UserRole).toString();
    return text;
}

void FieldPickerDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    const QModelIndex source = sourceIndex(index);
    if (!combo || !source.isValid()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (source.column() == FieldMapTableModel::TypeColumn
        || source.column() == FieldMapTableModel::ScoreSheetColumn) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    model->setData(index, resolveChoice(combo), Qt::EditRole);
}

void FieldPickerDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

} // namespace LeadBridge
