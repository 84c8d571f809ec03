// SPDX-License-Identifier: MIT
// The library list's model: pages as the view scrolls, rows that move on a
// save, and a filter that lists what the library's own query lists.
#include "store/library.h"
#include "storylistmodel.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::StoryListQuery::Order)

class TestStoryListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoryStore> m_store;
    QList<Story> m_saved; ///< oldest save first

    static Story draft(const QString &headline)
    {
        Story story = Story::create();
        story.setHeadline(headline);
        return story;
    }

    /// Scrolls to the end: every page the model has left.
    static void fetchAll(StoryListModel &model)
    {
        for (int pages = 0; model.canFetchMore({}) && pages < 1000; ++pages)
            model.fetchMore({});
    }

    static QList<QUuid> ids(const StoryListModel &model)
    {
        QList<QUuid> listed;
        for (const StorySummary &summary : model.stories())
            listed.append(summary.id);
        return listed;
    }

    /// What the library itself lists in this order, all at once.
    QList<QUuid> libraryOrder(StoryListQuery::Order order, const QString &text = {})
    {
        StoryListQuery query;
        query.order = order;
        query.text = text;
        query.limit = 100'000;
        QList<QUuid> listed;
        const auto all = m_store->listStories(query);
        if (all) {
            for (const StorySummary &summary : *all)
                listed.append(summary.id);
        }
        return listed;
    }

    /// Saves a story again, as another desk would, bumping it to the newest save.
    bool resave(int index)
    {
        auto story = m_store->loadStory(m_saved.at(index).id());
        if (!story)
            return false;
        story->setBody(story->body() + u"More.\n"_s);
        const auto saved = m_store->saveStory(*story);
        if (!saved)
            return false;
        m_saved[index] = *saved;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s);
        auto opened = Library::open(m_path);
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        QList<Story> stories;
        // Three pages and a bit, with a few headlines a filter finds.
        for (int i = 0; i < 2 * StoryListModel::pageSize + StoryListModel::firstPageSize + 7; ++i)
            stories.append(draft(i % 50 == 0 ? u"Harbor report %1"_s.arg(i)
                                             : u"Council story %1"_s.arg(i)));
        const auto saved = m_store->saveStories(stories);
        QVERIFY2(saved, qPrintable(why(saved)));
        m_saved = *saved;
    }

    void cleanup()
    {
        m_store.reset();
        m_saved.clear();
    }

    void pagesAddUpToTheLibrary_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<StoryListQuery::Order>("libraryOrder");
        QTest::newRow("newest save") << int(StoryListModel::SavedColumn) << Qt::DescendingOrder
                                     << StoryListQuery::Order::NewestSave;
        QTest::newRow("oldest save") << int(StoryListModel::SavedColumn) << Qt::AscendingOrder
                                     << StoryListQuery::Order::OldestSave;
        QTest::newRow("headline") << int(StoryListModel::HeadlineColumn) << Qt::AscendingOrder
                                  << StoryListQuery::Order::Headline;
    }

    void pagesAddUpToTheLibrary()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(StoryListQuery::Order, libraryOrder);
        StoryListModel model;
        model.setStore(m_store.get());
        model.sort(column, order);
        QCOMPARE(model.rowCount(), StoryListModel::firstPageSize);
        fetchAll(model);
        QCOMPARE(ids(model), this->libraryOrder(libraryOrder));
    }

    void aViewAskingForMoreAsRowsArriveGetsEachPageOnce()
    {
        StoryListModel model;
        model.setStore(m_store.get());
        // As a view or a model tester may: ask for more while a page goes in.
        int asked = 0;
        const auto askAgain = [&model, &asked] {
            ++asked;
            if (model.canFetchMore({}))
                model.fetchMore({});
        };
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, askAgain);
        connect(&model, &QAbstractItemModel::rowsInserted, this, askAgain);
        fetchAll(model);
        QVERIFY(asked > 0);
        const QList<QUuid> listed = ids(model);
        QCOMPARE(QSet<QUuid>(listed.cbegin(), listed.cend()).size(), listed.size());
        QCOMPARE(listed, libraryOrder(StoryListQuery::Order::NewestSave));
    }

    void storiesSavedElsewhereWhileScrollingSkipNothing()
    {
        StoryListModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), StoryListModel::firstPageSize);
        // Stories not listed yet are saved by another desk: they move above
        // what is shown, and the next page must not skip the ones after.
        for (int index : {5, 6, 7, 8, 9})
            QVERIFY(resave(index));
        // And stories shown already are deleted there: what follows moves up.
        QList<QUuid> gone;
        for (int row = 10; row < 20; ++row) {
            gone.append(model.stories().at(row).id);
            QVERIFY(m_store->deleteStory(gone.constLast()));
        }
        fetchAll(model);
        QList<QUuid> listed = ids(model);
        QCOMPARE(QSet<QUuid>(listed.cbegin(), listed.cend()).size(), listed.size());
        for (const QUuid &id : std::as_const(gone))
            listed.removeOne(id);
        // All but the five that moved above the first page are there, in order.
        QList<QUuid> expected = libraryOrder(StoryListQuery::Order::NewestSave);
        expected.remove(0, 5);
        QCOMPARE(listed, expected);

        // The window hears of a save: the row heads the list, once.
        QVERIFY(resave(100));
        model.refreshStory(m_saved.at(100).id());
        QCOMPARE(model.stories().constFirst().id, m_saved.at(100).id());
        QCOMPARE(model.stories().constFirst().version, m_saved.at(100).version());
        QCOMPARE(model.rowCount(), listed.size() + gone.size());
    }

    void filterListsWhatTheLibraryLists()
    {
        StoryListModel model;
        model.setStore(m_store.get());
        model.setFilterText(u"harbor"_s);
        fetchAll(model);
        const QList<QUuid> harbor = libraryOrder(StoryListQuery::Order::NewestSave, u"harbor"_s);
        QVERIFY(harbor.size() > 2);
        QCOMPARE(ids(model), harbor);

        // A story that does not match is saved: the filtered list does not show it.
        QVERIFY(resave(1));
        model.refreshStory(m_saved.at(1).id());
        QCOMPARE(model.rowOf(m_saved.at(1).id()), -1);
        // One that now matches appears at the top, as the library lists it.
        auto renamed = m_store->loadStory(m_saved.at(2).id());
        QVERIFY(renamed);
        renamed->setHeadline(u"HARBOR closes early"_s);
        QVERIFY(m_store->saveStory(*renamed));
        model.refreshStory(renamed->id());
        QCOMPARE(model.stories().constFirst().id, renamed->id());
        // And letters the library compares exactly are not matched in the model alone.
        auto accented = m_store->loadStory(m_saved.at(3).id());
        QVERIFY(accented);
        accented->setHeadline(u"Überfahrt harbour"_s);
        QVERIFY(m_store->saveStory(*accented));
        model.setFilterText(u"über"_s);
        const QList<QUuid> byLibrary = libraryOrder(StoryListQuery::Order::NewestSave, u"über"_s);
        QCOMPARE(ids(model), byLibrary);
        model.refreshStory(accented->id());
        QCOMPARE(ids(model), byLibrary);
    }

    void deletedStoryLeavesTheList()
    {
        StoryListModel model;
        model.setStore(m_store.get());
        const QUuid first = model.stories().constFirst().id;
        QVERIFY(m_store->deleteStory(first));
        model.refreshStory(first);
        QCOMPARE(model.rowOf(first), -1);
        QCOMPARE(model.rowCount(), StoryListModel::firstPageSize - 1);
    }
};

QTEST_MAIN(TestStoryListModel)
#include "tst_storylistmodel.moc"
