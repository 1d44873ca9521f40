#pragma once

#include <QString>

namespace LeadBridge {

/// Makes remote or user text safe to print on a terminal: C0 controls (but for the line
/// breaks a caller allows), DEL, C1 controls (U+0080–U+009F, which some terminals take as
/// ESC sequences), ESC and the Unicode bidirectional and line/paragraph separator controls
/// (which reorder or split what a person reads) become visible escapes such as \x1b, \n,
/// \u009b or \u202e. Everything else, including non-Latin scripts, emoji and combining
/// marks, passes unchanged, so names read as they were typed.
class TerminalText
{
public:
    enum class Lines {
        Escape, ///< line breaks become \n and \r too (names, values, table cells)
        Keep ///< LF stays a line break (multi-line sentences such as error messages)
    };

    /// @p text with every control escaped; see the class description.
    static QString safe(const QString &text, Lines lines = Lines::Escape);
    /// Whether @p c would be escaped (LF counts as a control here).
    static bool isControl(char32_t c);
};

} // namespace LeadBridge
