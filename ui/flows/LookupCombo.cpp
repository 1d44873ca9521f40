#include "ui/flows/LookupCombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QVBoxLayout>

namespace LeadBridge {

LookupCombo::LookupCombo(QWidget *parent)
    : LookupField(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("lookupCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QCompleter *completer = m_combo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search"));
    content()->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentTextChanged, this, [this] {
        if (m_populating)
            return;
        // The person chose: a stored choice no longer needs restoring.
        if (m_combo->currentText() != (m_wantedName.isEmpty() ? m_wantedId : m_wantedName)) {
            m_wantedId.clear();
            m_wantedName.clear();
        }
        Q_EMIT changed();
    });
    setChoosingEnabled(false);
}

QString LookupCombo::label(const LookupItem &item)
{
    return item.detail.isEmpty() ? item.name
                                 : QStringLiteral("%1 — %2").arg(item.name, item.detail);
}

int LookupCombo::matchingIndex() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return -1;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemText(i).compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < m_combo->count(); ++i) {
        const LookupItem *it = item(m_combo->itemData(i).toString());
        if (it && it->name.compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString LookupCombo::currentId() const
{
    const int i = matchingIndex();
    if (i >= 0)
        return m_combo->itemData(i).toString();
    // A stored choice the look-up has not listed (yet): keep it while its text is on show.
    if (!m_wantedId.isEmpty() && state() != State::Loaded
        && m_combo->currentText() == (m_wantedName.isEmpty() ? m_wantedId : m_wantedName))
        return m_wantedId;
    return {};
}

QString LookupCombo::currentName() const
{
    const int i = matchingIndex();
    if (i >= 0) {
        if (const LookupItem *it = item(m_combo->itemData(i).toString()))
            return it->name;
    }
    return m_combo->currentText().trimmed();
}

void LookupCombo::setCurrent(const QString &id, const QString &name)
{
    m_wantedId = id;
    m_wantedName = name;
    populate(items());
}

void LookupCombo::populate(const QList<LookupItem> &list)
{
    m_populating = true;
    const QString typed = m_combo->currentText();
    const QString previousId = currentId();
    m_combo->clear();
    for (const LookupItem &i : list)
        m_combo->addItem(label(i), i.id);
    int wanted = -1;
    for (int i = 0; i < list.size(); ++i) {
        const LookupItem &it = list.at(i);
        if ((!m_wantedId.isEmpty() && it.id == m_wantedId)
            || (m_wantedId.isEmpty() && !m_wantedName.isEmpty()
                && it.name.compare(m_wantedName, Qt::CaseInsensitive) == 0)
            || (m_wantedId.isEmpty() && m_wantedName.isEmpty() && !previousId.isEmpty()
                && it.id == previousId)) {
            wanted = i;
            break;
        }
    }
    if (wanted >= 0) {
        m_combo->setCurrentIndex(wanted);
    } else if (!m_wantedId.isEmpty() || !m_wantedName.isEmpty()) {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(m_wantedName.isEmpty() ? m_wantedId : m_wantedName);
    } else {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(m_freeText ? typed : QString());
    }
    m_populating = false;
    Q_EMIT changed();
}

void LookupCombo::setChoosingEnabled(bool enabled)
{
    m_combo->setEnabled(enabled || m_freeText);
}

} // namespace LeadBridge
