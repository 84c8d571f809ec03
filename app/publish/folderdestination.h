// SPDX-License-Identifier: MIT
#pragma once

#include "publish/destination.h"

class QLockFile;

namespace Copydesk {

/**
 * The embedded default destination: a folder a web server serves (Site
 * describes its layout and address). Every file is written beside its place
 * and renamed over the old one, so a reader sees the old file or the new
 * one, never half of one; a file whose bytes would not change is not
 * touched at all, so
 * delivering an unchanged story again changes nothing on disk. Deliveries
 * from any process to the same folder take turns, through a lock file in
 * the folder's hidden .copydesk-partial corner.
 */
class FolderDestination final : public Destination
{
public:
    /// name: what the desk calls it ("website"); empty for the publishing settings' folder.
    FolderDestination(QString folder, Site site, QString name = {});

    QString key() const override;
    QString displayName() const override;
    const Site &site() const override { return m_site; }
    Result<void> check() override;
    DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                           PictureSource &pictures, const DeliveryProgress &progress) override;
    Result<QString> sendTestRequest() override;
    Result<std::unique_ptr<DestinationHold>> hold() override;

    QString folder() const { return m_folder; }
    /// The key a folder destination has: "folder:" and the folder's absolute, clean path.
    static QString keyFor(const QString &folder);

private:
    class FolderHold;
    /// Takes the folder's lock; nullptr while this object holds it already.
    Result<std::unique_ptr<QLockFile>> lock();

    QString m_folder;
    Site m_site;
    QString m_name;
    bool m_held = false;
};

} // namespace Copydesk
