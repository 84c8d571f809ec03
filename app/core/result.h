// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Copydesk {

/**
 * What sort of failure an Error is, so that callers decide by it (retry,
 * reload, ask the user to change something) and never by the wording.
 */
enum class ErrorKind {
    /// Someone else changed the thing first (a stale version, a slug taken meanwhile).
    Conflict,
    /// What was asked is wrong or not allowed now: change the request, not the retry count.
    InvalidInput,
    /// The story, version, file or destination asked for is not there.
    NotFound,
    /// A file, folder or the library's storage failed: permissions, a full disk.
    Io,
    /// Likely to work when tried again unchanged: a busy library, a timeout, a server's 5xx.
    Transient,
    /// Will fail the same way again: damaged data, a refusal that retrying cannot change.
    Permanent,
};

/// A stable key for logs and the library ("conflict", "invalid-input" …).
QString errorKindKey(ErrorKind kind);
std::optional<ErrorKind> errorKindFromKey(const QString &key);

/// What went wrong: a kind for the program, a message worded for the person who has to act.
struct Error
{
    ErrorKind kind = ErrorKind::Permanent;
    QString message;

    /// The same kind with new words, for a layer that says more about where it happened.
    Error reworded(QString text) const { return Error{kind, std::move(text)}; }
    /// True when trying again later, unchanged, may succeed.
    bool isRetryable() const { return kind == ErrorKind::Transient; }
};

/**
 * A value or an Error, for I/O, SQL and parsing that can fail. A small
 * stand-in for std::expected, which C++20 does not have.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_state(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// Empty for a result that holds a value, so it is safe in messages.
    QString errorMessage() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    Error error() const { return ok() ? Error{} : std::get<Error>(m_state); }
    /// The error's kind; only meaningful when !ok().
    ErrorKind errorKind() const { return error().kind; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }
    Error error() const { return m_error.value_or(Error{}); }
    ErrorKind errorKind() const { return error().kind; }

private:
    std::optional<Error> m_error;
};

} // namespace Copydesk
