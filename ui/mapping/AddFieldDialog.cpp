#include "ui/mapping/AddFieldDialog.h"

#include "core/mapping/MarketingFieldType.h"
#include "core/mapping/StandardFields.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadBridge {

AddFieldDialog::AddFieldDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addFieldDialog"));
    setWindowTitle(tr("Add Field"));
    for (const QString &name : existingNames)
        m_existing.append(name.trimmed().toCaseFolded());

    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Add an Act-On standard field that is not in the map yet, or name a "
                        "new custom field and choose its type."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fieldNameEdit"));
    m_name->setPlaceholderText(tr("For example “Webinar Count”"));
    QStringList standard;
    for (const MarketingField &field : StandardFields::catalogue()) {
        if (!m_existing.contains(field.nameKey()))
            standard.append(field.name);
    }
    auto *completer = new QCompleter(standard, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    form->addRow(tr("&Field name:"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fieldTypeCombo"));
    for (const MarketingFieldType type : MarketingFieldTypes::all())
        m_type->addItem(MarketingFieldTypes::displayName(type), QVariant::fromValue(type));
    m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(MarketingFieldType::Text)));
    form->addRow(tr("&Type:"), m_type);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("addFieldHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddFieldDialog::update);
    update();
    resize(440, sizeHint().height());
}

FieldMapRow AddFieldDialog::row() const
{
    const QString name = m_name->text().trimmed();
    if (const auto standard = StandardFields::byName(name))
        return FieldMapRow::make(*standard, {}, {});
    return FieldMapRow::make(
        MarketingField::custom(name, m_type->currentData().value<MarketingFieldType>()), {}, {});
}

void AddFieldDialog::update()
{
    const QString name = m_name->text().trimmed();
    const auto standard = StandardFields::byName(name);
    bool ok = !name.isEmpty();
    if (name.isEmpty()) {
        m_hint->setText(tr("Standard fields are offered as you type."));
    } else if (m_existing.contains(name.toCaseFolded())) {
        ok = false;
        m_hint->setText(tr("“%1” is already in the map.").arg(name));
    } else if (standard) {
        m_hint->setText(tr("“%1” is an Act-On standard field; its type is %2.")
                            .arg(standard->name, MarketingFieldTypes::displayName(standard->type)));
        m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(standard->type)));
    } else {
        m_hint->setText(tr("A custom Act-On field of the type chosen below."));
    }
    m_type->setEnabled(!standard);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace LeadBridge
