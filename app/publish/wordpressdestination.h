// SPDX-License-Identifier: MIT
#pragma once

#include "publish/remotedestination.h"
#include "publish/wordpressclient.h"

#include <QHash>

namespace Copydesk {

/**
 * A WordPress site taking each story as a post through its REST API, as
 * the user the application password belongs to. The first delivery
 * creates the post (headline as title, highlights as excerpt, the
 * article as content, the section as its category and the tags as tags,
 * made when missing, the lead photo uploaded as the featured image with
 * its caption and alt text, other photos uploaded and placed in the
 * content); later ones update that post, found again by the record the
 * deliveries keep (the post's and the pictures' ids), or, after a crash
 * between WordPress's answer and that record, by the story's mark in the
 * content, so a story never becomes two posts. A scheduled story goes as
 * "future" at its time; a withdrawn one (or one taken back to the drafts)
 * turns the post back to a draft, which is never deleted.
 */
class WordPressDestination final : public RemoteDestination
{
public:
    WordPressDestination(DestinationConfig config, Site site, QString secret,
                         HttpOptions options = {});

    QString displayName() const override;
    bool takesPosts() const override { return true; }
    DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                           PictureSource &pictures, const DeliveryProgress &progress) override;
    Result<QString> sendTestRequest() override;

    /// The site's REST API, for imports.
    WordPressClient &client() { return m_wordpress; }

    /// How the deliveries record keeps a post: its short address, "<site>/?p=12".
    static QString postRecord(const QUrl &site, qint64 id);
    /// The post id a delivery's record holds; 0: none.
    static qint64 postIn(const QStringList &written);
    /// The mark in a post's content that names the story it carries.
    static QString storyMark(const QUuid &id);
    /**
     * How the deliveries record keeps a picture sent as media: its address
     * ("<site>/?attachment_id=34") with the photo's file and what its
     * details were when sent (fingerprint()).
     */
    static QString mediaRecord(const QUrl &site, qint64 id, const QString &fileId,
                               const QString &fingerprint);
    /// What a photo's details are: when they change, they are sent again.
    static QString fingerprint(const Photo &photo);

private:
    struct Media
    {
        qint64 id = 0;
        QString fingerprint; ///< of the caption, credit, alt text and name it was sent with
    };

    static QHash<QString, Media> mediaIn(const QStringList &written);

    WordPressClient m_wordpress;
};

} // namespace Copydesk
