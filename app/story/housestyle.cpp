// SPDX-License-Identifier: MIT
#include "housestyle.h"
#include "core/appfolders.h"

#include "core/logging.h"
#include "quotemarks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::HouseStyle)
};

struct FieldText
{
    FieldRef ref;
    QString text;
};

/// The texts a rule's field spec covers, in the order the editor shows them.
QList<FieldText> textsFor(const QString &spec, const Story &story)
{
    QList<FieldText> texts;
    const bool all = spec == u"*";
    if (all || spec == u"headline")
        texts.append({{FieldRef::Headline, -1}, story.headline()});
    if (all || spec == u"highlights") {
        const QStringList highlights = story.highlights();
        for (int i = 0; i < highlights.size(); ++i)
            texts.append({{FieldRef::Highlight, i}, highlights.at(i)});
    }
    if (all || spec == u"dateline")
        texts.append({{FieldRef::Dateline, -1}, story.dateline()});
    if (all || spec == u"byline")
        texts.append({{FieldRef::Byline, -1}, story.byline()});
    if (all || spec == u"body")
        texts.append({{FieldRef::Body, -1}, story.body()});
    const QList<Photo> photos = story.photos();
    for (int i = 0; i < photos.size(); ++i) {
        if (all || spec == u"photos.caption")
            texts.append({{FieldRef::Caption, i}, photos.at(i).caption});
        if (all || spec == u"photos.credit")
            texts.append({{FieldRef::Credit, i}, photos.at(i).credit});
        if (all || spec == u"photos.altText")
            texts.append({{FieldRef::AltText, i}, photos.at(i).altText});
    }
    return texts;
}

QString fieldName(const FieldRef &ref)
{
    switch (ref.field) {
    case FieldRef::Headline:
        return Text::tr("The headline");
    case FieldRef::Highlight:
        return Text::tr("Highlight %1").arg(ref.index + 1);
    case FieldRef::Highlights:
        return Text::tr("The highlights");
    case FieldRef::Dateline:
        return Text::tr("The dateline");
    case FieldRef::Byline:
        return Text::tr("The byline");
    case FieldRef::Body:
        return Text::tr("The body");
    case FieldRef::Caption:
        return Text::tr("The caption of photo %1").arg(ref.index + 1);
    case FieldRef::Credit:
        return Text::tr("The credit of photo %1").arg(ref.index + 1);
    case FieldRef::AltText:
        return Text::tr("The alt text of photo %1").arg(ref.index + 1);
    }
    return {};
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

/**
 * Where the quotes of a text do not pair up, or -1. News style lets a
 * quotation run over paragraphs: each opens with a quote mark and only the
 * last one closes, so an open quote is fine when the next paragraph opens.
 * Paragraphs are runs of non-blank lines; the text is walked once, without
 * copies, as bodies can be tens of megabytes.
 */
int unbalancedQuoteAt(QStringView text, const QuoteMarks &quotes)
{
    const qsizetype size = text.size();
    int curlyDepth = 0;
    int lastOpen = -1;
    int straight = 0;
    int lastStraight = -1;
    auto endParagraph = [&](qsizetype next) {
        const bool nextOpensQuote =
                next < size && (text.at(next) == quotes.open || text.at(next) == u'"');
        int at = -1;
        if (curlyDepth > 0 && !nextOpensQuote)
            at = lastOpen;
        else if (straight % 2 == 1 && !nextOpensQuote)
            at = lastStraight;
        curlyDepth = straight = 0;
        lastOpen = lastStraight = -1;
        return at;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            qsizetype j = i + 1;
            while (j < size && text.at(j) != u'\n' && text.at(j).isSpace())
                ++j;
            if (j < size && text.at(j) != u'\n')
                continue; // the paragraph goes on on the next line
            qsizetype next = j;
            while (next < size && text.at(next).isSpace())
                ++next;
            if (const int at = endParagraph(next); at >= 0)
                return at;
            i = next - 1;
        } else if (c == quotes.open) {
            ++curlyDepth;
            lastOpen = int(i);
        } else if (c == quotes.close) {
            if (curlyDepth == 0)
                return int(i);
            --curlyDepth;
        } else if (c == u'"') {
            ++straight;
            lastStraight = int(i);
        }
    }
    return endParagraph(size);
}

const QRegularExpression &trailingCredit()
{
    static const QRegularExpression re(uR"(\(([^()]{2,80})\)\s*$)"_s);
    return re;
}

void checkRule(const HouseStyle::Rule &rule, const Story &story, QList<Finding> &out)
{
    auto add = [&](Severity severity, const FieldRef &ref, const QString &message,
                   int position = -1, int length = 0) {
        out.append(Finding{rule.id, severity, ref, message, position, length});
    };

    if (rule.kind == u"count") {
        const int count = int(story.highlights().size());
        if (rule.exactly >= 0 && count != rule.exactly) {
            add(rule.severity, {FieldRef::Highlights, -1},
                Text::tr("The story has %n highlight(s); house style wants %1.", nullptr, count)
                        .arg(rule.exactly));
        }
        return;
    }

    if (rule.kind == u"credit") {
        const QList<Photo> photos = story.photos();
        for (int i = 0; i < photos.size(); ++i) {
            const Photo &photo = photos.at(i);
            if (!isBlank(photo.credit)) {
                if (photo.credit.trimmed().startsWith(u'('))
                    add(Severity::Warning, {FieldRef::Credit, i},
                        Text::tr("Write the credit of photo %1 without parentheses; the page "
                                 "adds them.")
                                .arg(i + 1));
                continue;
            }
            const auto match = trailingCredit().match(photo.caption);
            if (match.hasMatch()) {
                add(rule.severity, {FieldRef::Caption, i},
                    Text::tr(
                            "The caption of photo %1 ends with the credit “(%2)”: move it into the "
                            "credit field.")
                            .arg(i + 1)
                            .arg(match.captured(1)),
                    int(match.capturedStart()), int(match.capturedLength()));
            } else {
                add(rule.severity, {FieldRef::Credit, i},
                    Text::tr("Photo %1 has no credit: add who took or supplied it, for example "
                             "Reuters.")
                            .arg(i + 1));
            }
        }
        return;
    }

    for (const FieldText &item : textsFor(rule.field, story)) {
        const QString &text = item.text;
        if (rule.kind == u"required") {
            if (isBlank(text)) {
                const QString message = item.ref.field == FieldRef::AltText
                        ? Text::tr("Photo %1 has no alt text: describe the picture for readers who "
                                   "cannot see it.")
                                  .arg(item.ref.index + 1)
                        : Text::tr("%1 is empty.").arg(fieldName(item.ref));
                add(rule.severity, item.ref, message);
            }
        } else if (rule.kind == u"length") {
            const int length = int(QStringView(text).trimmed().size());
            if (rule.errorAbove > 0 && length > rule.errorAbove) {
                add(Severity::Error, item.ref,
                    Text::tr("%1 is %2 characters; the limit is %3. Cut %4.")
                            .arg(fieldName(item.ref))
                            .arg(length)
                            .arg(rule.errorAbove)
                            .arg(length - rule.errorAbove));
            } else if (rule.warnAbove > 0 && length > rule.warnAbove) {
                add(Severity::Warning, item.ref,
                    Text::tr("%1 is %2 characters; aim for %3 or fewer.")
                            .arg(fieldName(item.ref))
                            .arg(length)
                            .arg(rule.warnAbove));
            }
        } else if (rule.kind == u"pattern") {
            if (!isBlank(text) && !rule.pattern.match(text.trimmed()).hasMatch()) {
                add(rule.severity, item.ref,
                    rule.advice.isEmpty() ? Text::tr("%1 does not follow the house pattern.")
                                                    .arg(fieldName(item.ref))
                                          : rule.advice);
            }
        } else if (rule.kind == u"forbidden") {
            const auto match = rule.pattern.match(text);
            if (match.hasMatch()) {
                const QString what = Text::tr("%1 still holds “%2”.")
                                             .arg(fieldName(item.ref), match.captured(0));
                add(rule.severity, item.ref,
                    rule.advice.isEmpty() ? what : what + u' ' + rule.advice,
                    int(match.capturedStart()), int(match.capturedLength()));
            }
        } else if (rule.kind == u"quotes") {
            const int at = unbalancedQuoteAt(text, quoteMarksFor(story.language()));
            if (at >= 0) {
                add(rule.severity, item.ref,
                    Text::tr("%1 has a quotation mark without its partner: check the quote that "
                             "starts or ends here.")
                            .arg(fieldName(item.ref)),
                    at);
            }
        }
    }
}

int fieldOrder(const FieldRef &ref)
{
    return int(ref.field) * 1000 + std::max(ref.index, 0);
}

} // namespace

QString FieldRef::key() const
{
    switch (field) {
    case Headline:
        return u"headline"_s;
    case Highlight:
        return u"highlights[%1]"_s.arg(index);
    case Highlights:
        return u"highlights"_s;
    case Dateline:
        return u"dateline"_s;
    case Byline:
        return u"byline"_s;
    case Body:
        return u"body"_s;
    case Caption:
        return u"photos[%1].caption"_s.arg(index);
    case Credit:
        return u"photos[%1].credit"_s.arg(index);
    case AltText:
        return u"photos[%1].altText"_s.arg(index);
    }
    return {};
}

HouseStyle HouseStyle::defaultStyle()
{
    static const HouseStyle style = [] {
        auto loaded = fromFile(u":/copydesk/housestyle/default.json"_s);
        if (!loaded) {
            qCCritical(lcStory) << "The bundled house style does not load:"
                                << loaded.errorMessage();
            return HouseStyle();
        }
        return *loaded;
    }();
    return style;
}

QString HouseStyle::userFilePath()
{
    return configFolder() + u"/housestyle.json"_s;
}

Result<HouseStyle> HouseStyle::deskStyle(const QString &path)
{
    if (!path.isEmpty())
        return fromFile(path);
    if (QFileInfo::exists(userFilePath()))
        return fromFile(userFilePath());
    return defaultStyle();
}

Result<HouseStyle> HouseStyle::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot read the house style %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The house style %1 is not valid JSON: %2")
                             .arg(path, parseError.errorString())};
    return fromJson(document.object());
}

Result<HouseStyle> HouseStyle::fromJson(const QJsonObject &object)
{
    static const QStringList kinds = {u"required"_s,  u"length"_s, u"count"_s, u"pattern"_s,
                                      u"forbidden"_s, u"credit"_s, u"quotes"_s};
    static const QStringList fields = {
            u"*"_s,    u"headline"_s, u"highlights"_s,     u"dateline"_s,      u"byline"_s,
            u"body"_s, u"photos"_s,   u"photos.caption"_s, u"photos.credit"_s, u"photos.altText"_s};
    HouseStyle style;
    style.m_name = object.value(u"name"_s).toString();
    for (const QJsonValue &value : object.value(u"rules"_s).toArray()) {
        const QJsonObject json = value.toObject();
        Rule rule;
        rule.id = json.value(u"id"_s).toString();
        rule.kind = json.value(u"kind"_s).toString();
        rule.field = json.value(u"field"_s).toString();
        if (!kinds.contains(rule.kind))
            return Error{ErrorKind::InvalidInput,
                         Text::tr("House style rule “%1” has an unknown kind “%2”.")
                                 .arg(rule.id, rule.kind)};
        if (!fields.contains(rule.field))
            return Error{ErrorKind::InvalidInput,
                         Text::tr("House style rule “%1” names an unknown field “%2”.")
                                 .arg(rule.id, rule.field)};
        if ((rule.field == u"photos") != (rule.kind == u"credit"))
            return Error{ErrorKind::InvalidInput,
                         Text::tr("House style rule “%1”: the field “photos” goes with the kind "
                                  "“credit” and only with it.")
                                 .arg(rule.id)};
        rule.severity = json.value(u"severity"_s).toString() == u"error" ? Severity::Error
                                                                         : Severity::Warning;
        rule.warnAbove = json.value(u"warnAbove"_s).toInt();
        rule.errorAbove = json.value(u"errorAbove"_s).toInt();
        rule.exactly = json.value(u"exactly"_s).toInt(-1);
        rule.advice = json.value(u"advice"_s).toString();
        if (json.contains(u"pattern"_s)) {
            QRegularExpression::PatternOptions options =
                    QRegularExpression::UseUnicodePropertiesOption;
            if (!json.value(u"caseSensitive"_s).toBool(true))
                options |= QRegularExpression::CaseInsensitiveOption;
            rule.pattern = QRegularExpression(json.value(u"pattern"_s).toString(), options);
            if (!rule.pattern.isValid())
                return Error{ErrorKind::InvalidInput,
                             Text::tr("House style rule “%1” has a broken pattern: %2")
                                     .arg(rule.id, rule.pattern.errorString())};
        } else if (rule.kind == u"pattern" || rule.kind == u"forbidden") {
            return Error{ErrorKind::InvalidInput,
                         Text::tr("House style rule “%1” needs a pattern.").arg(rule.id)};
        }
        style.m_rules.append(rule);
    }
    return style;
}

namespace {
QString lengthSpec(FieldRef::Field field)
{
    switch (field) {
    case FieldRef::Headline:
        return u"headline"_s;
    case FieldRef::Highlight:
    case FieldRef::Highlights:
        return u"highlights"_s;
    default:
        return {};
    }
}
} // namespace

int HouseStyle::warnLength(FieldRef::Field field) const
{
    const QString spec = lengthSpec(field);
    for (const Rule &rule : m_rules) {
        if (rule.kind == u"length" && rule.field == spec)
            return rule.warnAbove;
    }
    return 0;
}

int HouseStyle::maxLength(FieldRef::Field field) const
{
    const QString spec = lengthSpec(field);
    for (const Rule &rule : m_rules) {
        if (rule.kind == u"length" && rule.field == spec)
            return rule.errorAbove;
    }
    return 0;
}

QList<Finding> HouseStyle::check(const Story &story) const
{
    QList<Finding> findings;
    for (const Rule &rule : m_rules)
        checkRule(rule, story, findings);
    // Not a rule a desk turns off: a caption without its picture would
    // read as a stray line under the headline, so it never goes out.
    const QList<Photo> photos = story.photos();
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Photo &photo = photos.at(i);
        if (photo.fileId.isEmpty() &&
            !(photo.caption.trimmed().isEmpty() && photo.credit.trimmed().isEmpty()))
            findings.append(
                    {u"photo-without-picture"_s, Severity::Warning,
                     FieldRef{FieldRef::Caption, int(i)},
                     Text::tr("Photo %1 has a caption but no picture yet: it is left out of "
                              "the page and the outputs until a picture is added.")
                             .arg(i + 1),
                     -1});
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        return fieldOrder(a.field) < fieldOrder(b.field);
    });
    return findings;
}

} // namespace Copydesk
