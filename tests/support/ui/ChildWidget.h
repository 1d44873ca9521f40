#pragma once

#include <QString>
#include <QWidget>

namespace LeadBridge::Test {

/// The child widget of type T named @p name under @p parent; null, with a warning that names
/// it, when there is none (so that a failing check says which widget was missing).
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

} // namespace LeadBridge::Test
