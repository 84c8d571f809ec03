// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Copydesk {

enum class Severity { Warning, Error };

/**
 * Names one field of a story, down to a highlight or a photo's caption,
 * so that a finding can be shown next to the widget that edits it.
 */
struct FieldRef
{
    enum Field {
        Headline,
        Highlight,
        Highlights,
        Dateline,
        Byline,
        Body,
        Caption,
        Credit,
        AltText
    };
    Field field = Headline;
    int index = -1; ///< which highlight or photo; -1 for the field as a whole

    QString key() const; ///< "headline", "highlights[1]", "photos[0].caption" …
    bool operator==(const FieldRef &) const = default;
};

/// One thing the house style says about a story, worded as what to change.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Warning;
    FieldRef field;
    QString message;
    int position = -1; ///< character offset in the field's text, where it helps
    int length = 0;    ///< how much of the text from position is at fault (0: a place only)

    bool operator==(const Finding &) const = default;
};

/**
 * A house style: limits and patterns kept as data (a JSON rule list, the
 * default bundled at :/copydesk/housestyle/default.json). Each rule has an
 * id, a kind the checker knows (required, length, count, pattern,
 * forbidden, credit, quotes), the field it looks at and its parameters.
 */
class HouseStyle
{
public:
    /// The bundled default rules.
    static HouseStyle defaultStyle();
    static Result<HouseStyle> fromJson(const QJsonObject &object);
    static Result<HouseStyle> fromFile(const QString &path);
    /// Where a desk keeps its own rules: housestyle.json in the app's config folder.
    static QString userFilePath();
    /**
     * The rules the desk works by: those in path when one is given, else
     * the desk's own file when there is one, else the bundled rules.
     */
    static Result<HouseStyle> deskStyle(const QString &path = QString());

    QString name() const { return m_name; }
    /// The limit a length rule sets for a field, for live counters; 0 if none.
    int warnLength(FieldRef::Field field) const;
    int maxLength(FieldRef::Field field) const;

    /// Every finding for the story, errors first, in field order.
    QList<Finding> check(const Story &story) const;

    struct Rule
    {
        QString id;
        QString kind;
        QString field;
        Severity severity = Severity::Warning;
        int warnAbove = 0;
        int errorAbove = 0;
        int exactly = -1;
        QRegularExpression pattern;
        QString advice;
    };
    QList<Rule> rules() const { return m_rules; }

private:
    QString m_name;
    QList<Rule> m_rules;
};

} // namespace Copydesk
