// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Copydesk {

/// What went wrong, worded for the person who has to act on it.
struct Error
{
    QString message;
};

/**
 * A value or an Error, for I/O, SQL and parsing that can fail. A small
 * stand-in for std::expected, which C++20 does not have.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// Empty for a result that holds a value, so it is safe in messages.
    QString errorMessage() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    Error error() const { return ok() ? Error{} : std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }
    Error error() const { return m_error.value_or(Error{}); }

private:
    std::optional<Error> m_error;
};

} // namespace Copydesk
