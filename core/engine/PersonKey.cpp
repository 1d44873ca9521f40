#include "core/engine/PersonKey.h"

#include <QList>

namespace LeadBridge {

QString PersonKey::normaliseEmail(QStringView email)
{
    // Addresses are compared whole: Act-On and both CRMs treat the local part as
    // case-insensitive in practice, and two rows differing only by case are one person.
    return email.trimmed().toString().toLower();
}

bool PersonKey::isValidEmail(QStringView email)
{
    const QStringView e = email.trimmed();
    if (e.isEmpty() || e.size() > 254)
        return false;
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at > 64 || e.indexOf(u'@', at + 1) >= 0)
        return false;
    for (QChar c : e) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || (u >= 0x7f && u < 0xa0) || c.isSpace() || u == 0xfeff || u == u','
            || u == u';' || u == u'<' || u == u'>' || u == u'"' || u == u'(' || u == u')'
            || u == u'[' || u == u']' || u == u'\\' || u == u':')
            return false;
    }
    const QStringView local = e.left(at);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    const QStringView domain = e.mid(at + 1);
    if (!domain.contains(u'.'))
        return false;
    for (QStringView label : domain.split(u'.')) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
    }
    return true;
}

} // namespace LeadBridge
