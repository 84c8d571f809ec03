// SPDX-License-Identifier: MIT
#include "photocache.h"

#include "core/logging.h"
#include "store/storystore.h"
#include "story/photofile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

PhotoCache::PhotoCache(StoryStore *store)
    : m_store(store)
{
    m_images.setMaxCost(64 * 1024 * 1024);
    m_thumbnails.setMaxCost(200);
}

QImage PhotoCache::image(const QString &fileId, int maxWidth)
{
    const QString key = fileId + u'@' + QString::number(maxWidth);
    if (const QImage *cached = m_images.object(key))
        return *cached;
    if (m_missing.contains(fileId))
        return {};
    const auto bytes = m_store->photoFile(fileId);
    if (!bytes) {
        qCWarning(lcUi) << "Photo" << fileId << "cannot be read:" << bytes.errorMessage();
        m_missing.insert(fileId);
        return {};
    }
    // Upright, as on the published page, and decoded no larger than shown.
    auto decoded = decodePicture(*bytes, maxWidth);
    if (!decoded) {
        qCWarning(lcUi) << "Photo" << fileId << "cannot be shown:" << decoded.errorMessage();
        return {};
    }
    QImage image = *std::move(decoded);
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    m_images.insert(key, new QImage(image), int(image.sizeInBytes()));
    return image;
}

QPixmap PhotoCache::thumbnail(const QString &fileId, int size, qreal devicePixelRatio)
{
    const QString key = u"%1@%2@%3"_s.arg(fileId).arg(size).arg(devicePixelRatio);
    if (const QPixmap *cached = m_thumbnails.object(key))
        return *cached;
    const QImage full = image(fileId);
    if (full.isNull())
        return {};
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap thumbnail = QPixmap::fromImage(
            full.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    thumbnail.setDevicePixelRatio(devicePixelRatio);
    m_thumbnails.insert(key, new QPixmap(thumbnail));
    return thumbnail;
}

} // namespace Copydesk
