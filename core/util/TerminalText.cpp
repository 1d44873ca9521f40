#include "core/util/TerminalText.h"

#include <algorithm>

namespace LeadBridge {

bool TerminalText::isControl(char32_t c)
{
    if (c < 0x20 || c == 0x7f) // C0 (ESC, BEL, BS, CR, LF, TAB …) and DEL
        return true;
    if (c >= 0x80 && c <= 0x9f) // C1: CSI (U+009B), OSC (U+009D) …
        return true;
    switch (c) {
    case 0x061c: // ARABIC LETTER MARK
    case 0x200e: // LEFT-TO-RIGHT MARK
    case 0x200f: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        break;
    }
    if (c >= 0x202a && c <= 0x202e) // LRE, RLE, PDF, LRO, RLO
        return true;
    if (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        return true;
    return false;
}

QString TerminalText::safe(const QString &text, Lines lines)
{
    // Every control is in the BMP, so UTF-16 units will do: surrogates pass untouched.
    const auto escaped = [lines](char32_t c) {
        return isControl(c) && !(lines == Lines::Keep && c == U'\n');
    };
    // Fast path: most text holds nothing to escape.
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar ch) { return escaped(ch.unicode()); }))
        return text;

    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        if (!escaped(c)) {
            out += ch;
            continue;
        }
        switch (c) {
        case U'\n': out += QStringLiteral("\\n"); break;
        case U'\r': out += QStringLiteral("\\r"); break;
        case U'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c < 0x80)
                out += QStringLiteral("\\x") + QString::number(uint(c), 16).rightJustified(2, u'0');
            else
                out += QStringLiteral("\\u") + QString::number(uint(c), 16).rightJustified(4, u'0');
            break;
        }
    }
    return out;
}

} // namespace LeadBridge
