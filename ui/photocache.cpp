// SPDX-License-Identifier: MIT
#include "photocache.h"

#include "core/logging.h"
#include "store/storystore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

PhotoCache::PhotoCache(StoryStore *store) : m_store(store)
{
    m_images.setMaxCost(64 * 1024 * 1024);
}

QImage PhotoCache::image(const QString &fileId, int maxWidth)
{
    const QString key = fileId + u'@' + QString::number(maxWidth);
    if (const QImage *cached = m_images.object(key))
        return *cached;
    const auto bytes = m_store->photoFile(fileId);
    if (!bytes) {
        qCWarning(lcUi) << "Photo" << fileId << "cannot be read:" << bytes.errorMessage();
        return {};
    }
    QImage image = QImage::fromData(*bytes);
    if (image.isNull())
        return {};
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    m_images.insert(key, new QImage(image), int(image.sizeInBytes()));
    return image;
}

QPixmap PhotoCache::thumbnail(const QString &fileId, int size)
{
    const QImage full = image(fileId);
    if (full.isNull())
        return {};
    return QPixmap::fromImage(
            full.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace Copydesk
