// SPDX-License-Identifier: MIT
#include "publish/pushdestination.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PushDestination)
};

} // namespace

PushDestination::PushDestination(DestinationConfig config, Site site, QString secret,
                                 HttpOptions options)
    : RemoteDestination(std::move(config), std::move(site), std::move(secret), std::move(options))
{
}

QString PushDestination::displayName() const
{
    return named(Text::tr("the push endpoint %1").arg(m_config.target));
}

QByteArray PushDestination::signature(const QByteArray &body, const QString &secret)
{
    return "sha256=" +
            QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
                    .toHex();
}

QUrl PushDestination::assetUrl(const QString &path) const
{
    QUrl base = m_config.assetsUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(QFileInfo(path).fileName()));
}

Result<QString> PushDestination::sendTestRequest()
{
    if (auto usable = check(); !usable)
        return usable.error();
    // Nothing is posted: a test story would reach the partner's readers.
    // Any answer but a refusal or a failure shows the endpoint is there.
    DeliveryReport report;
    const auto answered = send({"HEAD", QUrl(m_config.target), {}, {}},
                               Text::tr("sending a test request"), report, {400, 405, 411, 415});
    if (!answered)
        return *report.error;
    return Text::tr("%1 answered (HTTP %2).").arg(displayName()).arg(answered->status);
}

DeliveryReport PushDestination::deliver(const std::function<Result<Edition>()> &makeEdition,
                                        PictureSource &pictures, const DeliveryProgress &progress)
{
    DeliveryReport report;
    const auto made = checkedEdition(makeEdition, report);
    if (!made)
        return report;
    const Edition &edition = *made;
    if (!edition.story) {
        return report; // only feeds changed: an endpoint takes stories, not feeds
    }
    const Story &story = *edition.story;
    const auto ninjs = std::find_if(
            edition.storyFiles.cbegin(), edition.storyFiles.cend(),
            [](const EditionFile &file) { return file.contentType.contains(u"json"_s); });
    if (ninjs == edition.storyFiles.cend()) {
        report.error = Error{ErrorKind::Permanent, Text::tr("The edition has no ninjs document.")};
        return report;
    }
    const bool sendPictures = m_config.assetsUrl.isValid() && !m_config.assetsUrl.isEmpty() &&
            story.status() != StoryStatus::Withdrawn;
    const int total = int(sendPictures ? edition.pictures.size() : 0) + 1;
    int done = 0;
    if (sendPictures) {
        for (const EditionPicture &picture : edition.pictures) {
            const QUrl url = assetUrl(picture.rendition.path);
            if (progress)
                progress(done, total, picture.rendition.path);
            const QString doing = Text::tr("checking for the picture %1").arg(picture.photoName);
            const auto there = send({"HEAD", url, {}, {}}, doing, report, {404});
            if (!there)
                return report;
            if (there->status == 404) {
                const auto bytes = pictures.bytes(picture);
                if (!bytes) {
                    report.error = bytes.error();
                    return report;
                }
                const QString sending = Text::tr("sending the picture %1").arg(picture.photoName);
                if (!send({"PUT",
                           url,
                           {{"Content-Type", picture.rendition.contentType.toUtf8()}},
                           *bytes},
                          sending, report))
                    return report;
                report.written.append(url.toString());
            } else {
                report.unchanged.append(url.toString());
            }
            ++done;
        }
    }
    if (progress)
        progress(done, total, ninjs->path);
    const QByteArray key =
            (story.id().toString(QUuid::WithoutBraces) + u':' + QString::number(story.version()))
                    .toUtf8();
    const QUrl endpoint(m_config.target);
    if (!send({"POST",
               endpoint,
               {{"Content-Type", "application/json"},
                {"Idempotency-Key", key},
                {"X-Copydesk-Signature", signature(ninjs->bytes, m_secret)}},
               ninjs->bytes},
              Text::tr("sending version %1 of “%2”").arg(story.version()).arg(story.headline()),
              report))
        return report;
    report.written.append(endpoint.toString());
    report.url = edition.url.toString();
    if (progress)
        progress(total, total, ninjs->path);
    return report;
}

} // namespace Copydesk
