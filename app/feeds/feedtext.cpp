// SPDX-License-Identifier: MIT
#include "feeds/feedtext.h"

#include "render/htmlentities.h"
#include "story/mediatopics.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Copydesk::FeedText {

QString rfc3339(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    const int year = utc.date().year();
    if (year < 0 || year > 9999)
        return {};
    // Whole seconds: the store keeps whole seconds, and consumers that
    // compare our dates should not trip over a fraction nobody shows.
    return utc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

bool isRfc3339(QStringView text)
{
    static const QRegularExpression pattern(
            u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
            "([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return false;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    // RFC 3339 allows a leap second (60); QTime does not, so it is checked apart.
    const int hour = match.capturedView(4).toInt();
    const int minute = match.capturedView(5).toInt();
    const int second = match.capturedView(6).toInt();
    return date.isValid() && hour < 24 && minute < 60 && second <= 60;
}

QDateTime entryUpdated(const Story &story)
{
    for (const QDateTime &at : {story.updatedAt(), story.firstPublishedAt(), story.createdAt()}) {
        if (!rfc3339(at).isEmpty())
            return at;
    }
    return {};
}

QString headline(const Story &story)
{
    return story.headline().trimmed();
}

QString section(const Story &story)
{
    return story.status() == StoryStatus::Withdrawn ? QString() : story.section().trimmed();
}

QStringList tags(const Story &story)
{
    return story.status() == StoryStatus::Withdrawn ? QStringList() : story.tags();
}

QStringList subjects(const Story &story)
{
    QStringList known;
    if (story.status() == StoryStatus::Withdrawn)
        return known;
    // Only codes of the bundled list go out: each needs its name and URI.
    for (const QString &code : story.subjects()) {
        if (const auto topic = MediaTopics::find(code))
            known.append(topic->code);
    }
    return known;
}

QStringList highlights(const Story &story)
{
    QStringList list;
    if (story.status() == StoryStatus::Withdrawn)
        return list;
    for (const QString &highlight : story.highlights()) {
        const QString text = highlight.trimmed();
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

QList<Photo> photos(const Story &story)
{
    return story.status() == StoryStatus::Withdrawn ? QList<Photo>() : story.picturedPhotos();
}

std::optional<Photo> leadPhoto(const Story &story)
{
    return story.status() == StoryStatus::Withdrawn ? std::nullopt : story.leadPhoto();
}

QString summary(const Story &story)
{
    return highlights(story).join(u'\n');
}

QString located(const Story &story)
{
    QString dateline = story.dateline().trimmed();
    if (dateline.endsWith(u':'))
        dateline.chop(1);
    return dateline.trimmed();
}

QString authorName(const Story &story)
{
    QString name = story.byline().trimmed();
    static const QRegularExpression by(u"^by\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    name.remove(by);
    return name;
}

QString credit(const Photo &photo)
{
    QString text = photo.credit.trimmed();
    if (text.size() >= 2 && text.startsWith(u'(') && text.endsWith(u')'))
        text = text.sliced(1, text.size() - 2).trimmed();
    return text;
}

QString copyrightHolder(const Photo &photo)
{
    const QString text = credit(photo);
    const qsizetype slash = text.indexOf(u'/');
    return slash < 0 ? text : text.first(slash).trimmed();
}

std::optional<Rendition> largestRendition(const Site &site, const Photo &photo)
{
    const QList<Rendition> renditions = site.renditions(photo);
    if (renditions.isEmpty())
        return std::nullopt;
    const Rendition *largest = &renditions.first();
    for (const Rendition &rendition : renditions) {
        if (rendition.width > largest->width)
            largest = &rendition;
    }
    return *largest;
}

QString plainText(QStringView html)
{
    QString text;
    text.reserve(html.size());
    bool pendingSpace = false;
    const auto append = [&text, &pendingSpace](QStringView part) {
        for (const QChar c : part) {
            if (c.isSpace()) {
                pendingSpace = !text.isEmpty();
                continue;
            }
            if (pendingSpace)
                text += u' ';
            pendingSpace = false;
            text += c;
        }
    };
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            // The renderer ends every block with a line break, so dropping a
            // tag never glues two words together.
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break;
            i = close + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 40) {
                const QByteArray decoded =
                        decodeCharacterReference(html.sliced(i, semicolon - i + 1).toUtf8());
                if (!decoded.isEmpty()) {
                    append(QString::fromUtf8(decoded));
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        append(html.sliced(i, 1));
        ++i;
    }
    return text;
}

int characterCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString xmlSafe(const QString &text)
{
    const auto allowed = [](char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    };
    bool clean = true;
    for (qsizetype i = 0; i < text.size() && clean; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            clean = allowed(c.unicode());
    }
    if (clean)
        return text;

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (allowed(c.unicode())) {
            out += c;
        }
    }
    return out;
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Copydesk::FeedText
