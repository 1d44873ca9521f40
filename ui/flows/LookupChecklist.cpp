#include "ui/flows/LookupChecklist.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace LeadBridge {

LookupChecklist::LookupChecklist(QWidget *parent)
    : LookupField(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("lookupFilter"));
    m_filter->setPlaceholderText(tr("Filter lists"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lookupList"));
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(150);
    m_list->setAccessibleName(tr("Act-On lists"));
    content()->addWidget(m_filter);
    content()->addWidget(m_list);
    setFocusProxy(m_filter);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_filter, &QLineEdit::textChanged, this, &LookupChecklist::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_populating)
            return;
        m_wanted = checkedIds();
        Q_EMIT changed();
    });
    setChoosingEnabled(false);
}

QStringList LookupChecklist::checkedIds() const
{
    QStringList out;
    QStringList listed;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *it = m_list->item(i);
        listed.append(it->data(Qt::UserRole).toString());
        if (it->checkState() == Qt::Checked)
            out.append(it->data(Qt::UserRole).toString());
    }
    // Stored choices not listed (the look-up failed or has not answered yet) stay chosen.
    if (state() != State::Loaded) {
        for (const QString &w : m_wanted) {
            if (!listed.contains(w) && !out.contains(w))
                out.append(w);
        }
    }
    return out;
}

void LookupChecklist::setChecked(const QStringList &idsOrNames)
{
    m_wanted = idsOrNames;
    populate(items());
}

bool LookupChecklist::setItemChecked(const QString &id, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *it = m_list->item(i);
        if (it->data(Qt::UserRole).toString() == id) {
            it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void LookupChecklist::populate(const QList<LookupItem> &list)
{
    m_populating = true;
    m_list->clear();
    QStringList wanted;
    for (const LookupItem &i : list) {
        auto *it = new QListWidgetItem(
            i.detail.isEmpty() ? i.name : QStringLiteral("%1 — %2").arg(i.name, i.detail), m_list);
        it->setData(Qt::UserRole, i.id);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        bool on = false;
        for (const QString &w : std::as_const(m_wanted)) {
            if (w == i.id || w.compare(i.name, Qt::CaseInsensitive) == 0)
                on = true;
        }
        it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (on)
            wanted.append(i.id);
    }
    if (!list.isEmpty())
        m_wanted = wanted + [&] {
            // names or ids that are not listed stay wanted (shown as missing by the form)
            QStringList missing;
            for (const QString &w : std::as_const(m_wanted)) {
                bool found = false;
                for (const LookupItem &i : list)
                    found |= w == i.id || w.compare(i.name, Qt::CaseInsensitive) == 0;
                if (!found)
                    missing.append(w);
            }
            return missing;
        }();
    applyFilter();
    m_populating = false;
    Q_EMIT changed();
}

void LookupChecklist::setChoosingEnabled(bool enabled)
{
    m_choosing = enabled;
    m_filter->setEnabled(enabled && m_allowed);
    m_list->setEnabled(enabled && m_allowed);
}

void LookupChecklist::setChoicesAllowed(bool allowed)
{
    m_allowed = allowed;
    setChoosingEnabled(m_choosing);
}

void LookupChecklist::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *it = m_list->item(i);
        it->setHidden(!text.isEmpty() && !it->text().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace LeadBridge
