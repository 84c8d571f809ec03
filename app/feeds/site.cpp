// SPDX-License-Identifier: MIT
#include "feeds/site.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString Site::shortUrlPrefix() const
{
    if (!shortUrlBase.trimmed().isEmpty())
        return shortUrlBase.trimmed();
    const QString scheme = baseUrl.scheme();
    if ((scheme == u"http" || scheme == u"https") && !baseUrl.host().isEmpty())
        return url(u"s/"_s).toString();
    return {};
}

QString Site::shortUrl(const Story &story) const
{
    return Copydesk::shortUrl(shortUrlPrefix(), story.id());
}

QString Site::shortUrlFile(const Story &story) const
{
    const QString link = shortUrl(story);
    const QString base = baseUrl.toString();
    if (link.isEmpty() || !link.startsWith(base))
        return {};
    return link.mid(base.size()) + u"/index.html"_s;
}

Site Site::withBaseUrl(const QUrl &url) const
{
    Site copy = *this;
    copy.baseUrl = url;
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path += u'/';
        copy.baseUrl.setPath(path);
    }
    return copy;
}

QString Site::storyPagePath(const Story &story)
{
    return storyPagePath(story.effectiveSlug());
}

QString Site::ninjsPath(const Story &story)
{
    return ninjsPath(story.effectiveSlug());
}

QString Site::storyPagePath(const QString &slug)
{
    return slug + u".html"_s;
}

QString Site::ninjsPath(const QString &slug)
{
    return slug + u".json"_s;
}

QList<Rendition> Site::renditions(const Photo &photo) const
{
    QList<Rendition> list;
    if (photo.fileId.isEmpty())
        return list;
    const QString extension = photo.mimeType == u"image/png"_s ? u"png"_s
            : photo.mimeType == u"image/webp"_s                ? u"webp"_s
            : photo.mimeType == u"image/gif"_s                 ? u"gif"_s
                                                               : u"jpg"_s;
    list.append({u"original"_s, u"photos/%1.%2"_s.arg(photo.fileId, extension),
                 photo.mimeType.isEmpty() ? u"image/jpeg"_s : photo.mimeType, photo.width,
                 photo.height});
    for (const int width : renditionWidths) {
        if (width <= 0 || photo.width <= width || photo.height <= 0)
            continue;
        const int height = qMax(1, qRound(double(photo.height) * width / photo.width));
        list.append({u"w%1"_s.arg(width), u"photos/%1-w%2.jpg"_s.arg(photo.fileId).arg(width),
                     u"image/jpeg"_s, width, height});
    }
    return list;
}

QUrl Site::url(const QString &relativePath) const
{
    return baseUrl.resolved(QUrl(relativePath));
}

QString Site::sectionPath(const QString &section)
{
    // A name of punctuation alone has no slug; its folder still needs one.
    QString slug = slugify(section);
    if (slug.isEmpty())
        slug = u"section"_s;
    return u"section/"_s + slug + u'/';
}

QString Site::sectionFeedPath(const QString &section)
{
    return sectionPath(section) + QLatin1StringView(atomFeedPath);
}

QString Site::sectionPagePath(const QString &section)
{
    return sectionPath(section) + QLatin1StringView(frontPagePath);
}

QString Site::sectionScheme() const
{
    return url(u"section/"_s).toString(QUrl::FullyEncoded);
}

QString Site::tagScheme() const
{
    return url(u"tag/"_s).toString(QUrl::FullyEncoded);
}

QString storyUrn(const Story &story)
{
    return u"urn:copydesk:story:"_s + story.id().toString(QUuid::WithoutBraces);
}

} // namespace Copydesk
