#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace LeadBridge {

/// Returns @p d as a 64-bit integer when it is a finite whole number that fits; otherwise
/// nothing. Casting a double outside the qint64 range is undefined behaviour, so every
/// number read from JSON goes through here before it becomes an integer.
inline std::optional<qint64> wholeNumber(double d)
{
    // 2^63 is exact as a double; the range is [-2^63, 2^63).
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(d) || d < -kLimit || d >= kLimit || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

} // namespace LeadBridge
