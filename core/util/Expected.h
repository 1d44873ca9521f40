#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace LeadBridge {

/// A value or a user-facing error sentence. Returned by journal and repository
/// calls so callers can show what went wrong without parsing driver messages.
template<typename T>
class Expected
{
public:
    /// A successful result holding @p value.
    Expected(T value)
        : m_value(std::move(value))
    { }

    /// A failed result carrying a plain sentence for the user.
    static Expected failure(const QString &errorString)
    {
        Expected e;
        e.m_error = errorString;
        return e;
    }

    /// True when a value is present.
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    /// The user-facing sentence when !ok(); empty otherwise.
    QString errorString() const { return m_error; }

private:
    Expected() = default;

    std::optional<T> m_value;
    QString m_error;
};

/// Expected<void>: success or a user-facing error sentence.
template<>
class Expected<void>
{
public:
    /// A successful result.
    Expected() = default;

    /// A failed result carrying a plain sentence for the user.
    static Expected failure(const QString &errorString)
    {
        Expected e;
        e.m_failed = true;
        e.m_error = errorString;
        return e;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    QString errorString() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

/// Success or a user-facing error sentence.
using Status = Expected<void>;

} // namespace LeadBridge
