// SPDX-License-Identifier: MIT
#include "editconflict.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::EditConflict)
};

QSet<EditableField> allFields()
{
    const QList<EditableField> fields = editableFields();
    return {fields.cbegin(), fields.cend()};
}

} // namespace

Result<EditConflict> readEditConflict(StoryStore &store, const Story &mine)
{
    EditConflict conflict;
    conflict.mine = mine;
    auto theirs = store.loadStory(mine.id());
    if (theirs)
        conflict.theirs = *theirs;
    else if (theirs.errorKind() != ErrorKind::NotFound)
        return theirs.error();
    if (mine.version() > 0) {
        if (auto base = store.loadRevision(mine.id(), mine.version()))
            conflict.base = *base;
    }
    if (conflict.theirs)
        conflict.edits = compareEdits(conflict.base, mine, *conflict.theirs);
    return conflict;
}

Result<Story> saveResolution(StoryStore &store, const EditConflict &conflict,
                             const QSet<EditableField> &fromMine)
{
    if (!conflict.theirs) {
        // Deleted elsewhere: mine comes back as a story of its own.
        Story anew = conflict.mine;
        anew.setVersion(0);
        anew.setStatus(StoryStatus::Draft);
        RevisionStamp stamp;
        stamp.note = Text::tr("Saved again after it was deleted elsewhere while being edited");
        return store.saveStory(anew, stamp);
    }
    const Story &theirs = *conflict.theirs;
    const Story merged = mergeEdits(theirs, conflict.mine, fromMine);
    const bool keepsMine = droppedEdits(conflict.edits, conflict.mine, merged).isEmpty();
    std::optional<Story> saved;
    auto done = store.writeTransaction([&]() -> Result<void> {
        Story next = merged;
        if (!keepsMine) {
            RevisionStamp stamp;
            stamp.note =
                    Text::tr("Edits kept from an edit conflict with version %1; the next version "
                             "holds what was chosen")
                            .arg(theirs.version());
            auto mineSaved = store.saveStory(mergeEdits(theirs, conflict.mine, allFields()), stamp);
            if (!mineSaved)
                return mineSaved.error();
            next.setVersion(mineSaved->version());
        }
        RevisionStamp stamp;
        stamp.note = fromMine.isEmpty()
                ? Text::tr("Took version %1, saved elsewhere, in an edit conflict")
                          .arg(theirs.version())
                : Text::tr("Settled an edit conflict with version %1, saved elsewhere")
                          .arg(theirs.version());
        auto result = store.saveStory(next, stamp);
        if (!result)
            return result.error();
        saved = *result;
        return {};
    });
    if (!done)
        return done.error();
    return *saved;
}

} // namespace Copydesk
