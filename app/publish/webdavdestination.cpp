// SPDX-License-Identifier: MIT
#include "publish/webdavdestination.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WebDavDestination)
};

} // namespace

WebDavDestination::WebDavDestination(DestinationConfig config, Site site, QString password,
                                     HttpOptions options)
    : RemoteDestination(std::move(config), std::move(site), std::move(password), std::move(options))
{
}

QString WebDavDestination::displayName() const
{
    return named(Text::tr("the web server %1").arg(m_config.target));
}

QUrl WebDavDestination::fileUrl(const QString &path) const
{
    QUrl base(m_config.target);
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(path));
}

bool WebDavDestination::makeCollections(const QString &path, DeliveryReport &report)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString collection;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        collection += parts.at(i) + u'/';
        if (m_collections.contains(collection))
            continue;
        // 405 (or 409 on some servers): it is there already.
        if (!send({"MKCOL", fileUrl(collection), {}, {}},
                  Text::tr("making the folder %1").arg(collection), report, {405, 409}))
            return false;
        m_collections.insert(collection);
    }
    return true;
}

bool WebDavDestination::put(const QString &path, const QByteArray &bytes,
                            const QString &contentType, DeliveryReport &report)
{
    // Folders first, once each: servers differ in how they refuse a PUT
    // into a missing one (RFC 4918 says 409; nginx answers 500).
    if (!makeCollections(path, report))
        return false;
    const HttpRequest request{
            "PUT", fileUrl(path), {{"Content-Type", contentType.toUtf8()}}, bytes};
    const QString doing = Text::tr("uploading %1").arg(path);
    // 409: a folder went missing since it was made.
    const auto response = send(request, doing, report, {409});
    if (!response)
        return false;
    if (response->status == 409) {
        m_collections.clear();
        if (!makeCollections(path, report) || !send(request, doing, report))
            return false;
    }
    report.written.append(path);
    return true;
}

Result<QString> WebDavDestination::sendTestRequest()
{
    if (auto usable = check(); !usable)
        return usable.error();
    DeliveryReport report;
    const QString path = u".copydesk-test.txt"_s;
    const auto fail = [&report]() -> Result<QString> { return *report.error; };
    if (!send({"PUT", fileUrl(path), {{"Content-Type", "text/plain"}}, "Copydesk test request\n"},
              Text::tr("uploading a test file"), report))
        return fail();
    if (!send({"DELETE", fileUrl(path), {}, {}}, Text::tr("removing the test file"), report, {404}))
        return fail();
    return Text::tr("%1 took a test file and removed it again.").arg(displayName());
}

DeliveryReport WebDavDestination::deliver(const std::function<Result<Edition>()> &makeEdition,
                                          PictureSource &pictures, const DeliveryProgress &progress)
{
    DeliveryReport report;
    const auto made = checkedEdition(makeEdition, report);
    if (!made)
        return report;
    const Edition &edition = *made;
    report.url = edition.url.toString();
    const int total = int(edition.pictures.size() + edition.storyFiles.size() +
                          edition.pointers.size() + edition.retired.size() + edition.feeds.size());
    int done = 0;
    const auto step = [&](const QString &what) {
        if (progress)
            progress(done, total, what);
        ++done;
    };

    for (const EditionPicture &picture : edition.pictures) {
        step(picture.rendition.path);
        const auto there =
                send({"HEAD", fileUrl(picture.rendition.path), {}, {}},
                     Text::tr("checking for %1").arg(picture.rendition.path), report, {404});
        if (!there)
            return report;
        if (there->status != 404) {
            report.unchanged.append(picture.rendition.path);
            continue;
        }
        const auto bytes = pictures.bytes(picture);
        if (!bytes) {
            report.error = bytes.error();
            return report;
        }
        if (!put(picture.rendition.path, *bytes, picture.rendition.contentType, report))
            return report;
    }
    for (const QList<EditionFile> *files : {&edition.storyFiles, &edition.pointers}) {
        for (const EditionFile &file : *files) {
            step(file.path);
            if (!put(file.path, file.bytes, file.contentType, report))
                return report;
        }
    }
    for (const QString &path : edition.retired) {
        step(path);
        // 404: gone already.
        if (!send({"DELETE", fileUrl(path), {}, {}}, Text::tr("removing %1").arg(path), report,
                  {404}))
            return report;
        report.removed.append(path);
    }
    for (const EditionFile &file : edition.feeds) {
        step(file.path);
        if (!put(file.path, file.bytes, file.contentType, report))
            return report;
    }
    if (progress)
        progress(total, total, QString());
    return report;
}

} // namespace Copydesk
