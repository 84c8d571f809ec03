// SPDX-License-Identifier: MIT
#include "story/storydiff.h"

#include <QCoreApplication>

#include <dtl/dtl.hpp>

#include <vector>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::StoryDiff)
};

/// Above this many differing words, dtl is told to be quick rather than minimal.
constexpr std::size_t quickDiffAbove = 20'000;

enum class CharClass { Word, Space, Other };

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'’' || c == u'-')
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

/// Words, runs of blanks, and every other character on its own.
std::vector<QString> tokens(const QString &text)
{
    std::vector<QString> list;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass kind = classOf(text.at(start));
        qsizetype end = start + 1;
        if (kind != CharClass::Other) {
            while (end < text.size() && classOf(text.at(end)) == kind)
                ++end;
        } else if (text.at(start).isHighSurrogate() && end < text.size()) {
            ++end; // a character outside the BMP stays whole
        }
        list.push_back(text.sliced(start, end - start));
        start = end;
    }
    return list;
}

void append(QList<TextChange> &changes, TextChange::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!changes.isEmpty() && changes.last().kind == kind)
        changes.last().text += text;
    else
        changes.append(TextChange{kind, text});
}

QString timeText(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return {};
    return at.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + zone.abbreviation(at);
}

QString notesText(const QList<UpdateNote> &notes, const QTimeZone &zone)
{
    QStringList lines;
    for (const UpdateNote &note : notes) {
        lines.append(u"%1 %2: %3"_s.arg(timeText(note.at, zone),
                                        note.kind == UpdateKind::Correction ? Text::tr("Correction")
                                                                            : Text::tr("Update"),
                                        note.text));
    }
    return lines.join(u'\n');
}

} // namespace

QList<TextChange> diffWords(const QString &before, const QString &after)
{
    QList<TextChange> changes;
    if (before == after) {
        append(changes, TextChange::Kind::Same, before);
        return changes;
    }
    std::vector<QString> a = tokens(before);
    std::vector<QString> b = tokens(after);

    // What both share at the ends is not handed to the diff: an edit in a
    // long body then costs what the edit costs, not what the body does.
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    QString head;
    for (std::size_t i = 0; i < prefix; ++i)
        head += a[i];
    QString tail;
    for (std::size_t i = a.size() - suffix; i < a.size(); ++i)
        tail += a[i];
    append(changes, TextChange::Kind::Same, head);

    const std::vector<QString> middleA(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
    const std::vector<QString> middleB(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));
    // Deletions before insertions in a changed run, as readers of a diff expect.
    dtl::Diff<QString, std::vector<QString>> diff(middleA, middleB, true);
    if (middleA.size() + middleB.size() > quickDiffAbove) {
        diff.onHuge();
        diff.onUnserious();
    }
    diff.compose();
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            append(changes, TextChange::Kind::Same, token);
            break;
        case dtl::SES_DELETE:
            append(changes, TextChange::Kind::Deleted, token);
            break;
        case dtl::SES_ADD:
            append(changes, TextChange::Kind::Inserted, token);
            break;
        default:
            break;
        }
    }
    append(changes, TextChange::Kind::Same, tail);
    return changes;
}

QList<FieldDiff> diffStories(const Story &before, const Story &after, const QTimeZone &zone)
{
    QList<FieldDiff> fields;
    const auto add = [&fields](const QString &key, const QString &label, const QString &a,
                               const QString &b) {
        fields.append(FieldDiff{key, label, a, b, diffWords(a, b)});
    };
    add(u"headline"_s, Text::tr("Headline"), before.headline(), after.headline());
    add(u"slug"_s, Text::tr("Slug"), before.effectiveSlug(), after.effectiveSlug());
    add(u"highlights"_s, Text::tr("Highlights"), before.highlights().join(u'\n'),
        after.highlights().join(u'\n'));
    add(u"dateline"_s, Text::tr("Dateline"), before.dateline(), after.dateline());
    add(u"language"_s, Text::tr("Language"), before.language(), after.language());
    add(u"byline"_s, Text::tr("Byline"), before.byline(), after.byline());
    add(u"section"_s, Text::tr("Section"), before.section(), after.section());
    add(u"tags"_s, Text::tr("Tags"), before.tags().join(u", "_s), after.tags().join(u", "_s));
    add(u"subjects"_s, Text::tr("Subjects"), before.subjects().join(u", "_s),
        after.subjects().join(u", "_s));
    add(u"body"_s, Text::tr("Body"), before.body(), after.body());

    const QList<Photo> a = before.photos();
    const QList<Photo> b = after.photos();
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const Photo left = i < a.size() ? a.at(i) : Photo();
        const Photo right = i < b.size() ? b.at(i) : Photo();
        const QString key = u"photos[%1]"_s.arg(i);
        const QString name = Text::tr("Photo %1").arg(i + 1);
        add(key + u".caption"_s, Text::tr("%1 caption").arg(name), left.caption, right.caption);
        add(key + u".credit"_s, Text::tr("%1 credit").arg(name), left.credit, right.credit);
        add(key + u".altText"_s, Text::tr("%1 alt text").arg(name), left.altText, right.altText);
        add(key + u".picture"_s, Text::tr("%1 picture").arg(name),
            left.fileName.isEmpty() ? left.fileId : left.fileName,
            right.fileName.isEmpty() ? right.fileId : right.fileName);
    }

    add(u"status"_s, Text::tr("Status"), statusDisplayName(before.status()),
        statusDisplayName(after.status()));
    add(u"scheduledFor"_s, Text::tr("Scheduled for"), timeText(before.scheduledFor(), zone),
        timeText(after.scheduledFor(), zone));
    add(u"embargoUntil"_s, Text::tr("Embargo until"), timeText(before.embargoUntil(), zone),
        timeText(after.embargoUntil(), zone));
    add(u"updated"_s, Text::tr("Updated"), timeText(before.updatedAt(), zone),
        timeText(after.updatedAt(), zone));
    add(u"updateNotes"_s, Text::tr("Updates and corrections"),
        notesText(before.updateNotes(), zone), notesText(after.updateNotes(), zone));
    add(u"withdrawalReason"_s, Text::tr("Withdrawal reason"), before.withdrawalReason(),
        after.withdrawalReason());
    return fields;
}

QString diffAsText(const QList<FieldDiff> &fields)
{
    QString text;
    for (const FieldDiff &field : fields) {
        if (!field.changed())
            continue;
        text += u"── "_s + field.label + u'\n';
        for (const TextChange &change : field.changes) {
            switch (change.kind) {
            case TextChange::Kind::Same:
                text += change.text;
                break;
            case TextChange::Kind::Deleted:
                text += u"[-"_s + change.text + u"-]"_s;
                break;
            case TextChange::Kind::Inserted:
                text += u"{+"_s + change.text + u"+}"_s;
                break;
            }
        }
        if (!text.endsWith(u'\n'))
            text += u'\n';
    }
    return text;
}

} // namespace Copydesk
