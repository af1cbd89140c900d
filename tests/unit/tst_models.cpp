#include "connectors/userprofiles.h"
#include "models/profilefactsmodel.h"
#include "models/requestlogfilterproxy.h"
#include "models/requestlogmodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1675402200000;   // the seed's newest order

qint64 at(int seconds)
{
    return T0 + qint64(seconds) * 1000;
}

QString localText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// One event of every kind; three orders and a cart add whose amounts sort differently as text
// ("9.00" > "10.00") and as numbers.
UserProfile sampleProfile()
{
    const QByteArray json = QStringLiteral(R"({
      "userId": "userA", "mostRecentRRUserGuid": "guid-xyz", "timeOfFirstEvent": %1,
      "linkedIds": ["linked-1", {"userId": "linked-2"}],
      "orders": [
        {"timestamp": %2, "channel": "Desktop", "sessionId": "S-1", "orderId": "1003", "items": [
          {"itemId": "content__680", "sku": "sku2", "quantity": 2, "priceInCents": 35667},
          {"itemId": "content__122", "sku": "sku3", "quantity": 2, "priceInCents": 45667},
          {"itemId": "content__662", "sku": "sku1", "quantity": 2, "priceInCents": 25667}]},
        {"timestamp": %3, "channel": "offline", "orderId": "small", "items": [
          {"itemId": "cheap", "quantity": 1, "priceInCents": 900}]},
        {"timestamp": %4, "channel": "offline", "orderId": "ten", "items": [
          {"itemId": "tenner", "quantity": 1, "priceInCents": 1000}]}],
      "viewedItems": [{"timestamp": %5, "channel": "web", "sessionId": "S-2", "itemId": "content__680"},
                      {"timestamp": %6, "channel": "web", "sessionId": "S-2", "itemId": "content__999"}],
      "clickedItems": [{"timestamp": %7, "sessionId": "S-2", "itemId": "rec-1"}],
      "searchedTerms": [{"timestamp": %8, "channel": "app", "sessionId": "S-3", "searchTerm": "Red Shoes"}],
      "viewedCategories": [{"timestamp": %9, "categoryId": "cat-9"}],
      "viewedBrands": [{"timestamp": %10, "brand": "Acme"}],
      "addedToCartItems": [{"timestamp": %11, "channel": "web", "items": [
          {"itemId": "sku9-id", "sku": "sku9", "quantity": 1, "priceInCents": 100}]}],
      "referrerUrls": [{"timestamp": %12, "url": "https://search.example/?q=shoes"}],
      "verbNouns": [{"timestamp": %13, "verb": "like", "noun": "content__680"}],
      "userSegments": [{"timestamp": %14, "channel": "web", "sessionId": "S-4", "segments": ["vip", "eu"]}],
      "userAttributes": [{"timestamp": %15, "channel": "web", "values": {"size": ["M", "L"]}}],
      "countedEvents": [{"value": "login", "count": 3, "mostRecentTime": %16}],
      "batchAttributes": {"tier": "gold"}
    })")
                                .arg(at(-100))
                                .arg(at(0))
                                .arg(at(-50))
                                .arg(at(-80))
                                .arg(at(-10))
                                .arg(at(-60))
                                .arg(at(-20))
                                .arg(at(-30))
                                .arg(at(-40))
                                .arg(at(-55))
                                .arg(at(-65))
                                .arg(at(-70))
                                .arg(at(-75))
                                .arg(at(-85))
                                .arg(at(-90))
                                .arg(at(-5))
                                .toUtf8();
    ApiError error;
    UserProfile profile = UserProfiles::parse(QJsonDocument::fromJson(json).object(), &error);
    profile.fetchedAt = QDateTime::fromMSecsSinceEpoch(at(60), Qt::UTC);
    return profile;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values;
}

RequestLogEntry logEntry(int n, int status, qint64 durationMs, const QString &outcome)
{
    RequestLogEntry entry;
    entry.id = n;
    entry.time = QDateTime::fromMSecsSinceEpoch(at(n), Qt::UTC);
    entry.connection = n % 2 ? u"Sandbox"_s : u"Production"_s;
    entry.method = n % 3 ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    entry.url = u"https://h.example/rruserprofile/api/v1/REDACTED/user%1"_s.arg(n);
    entry.httpStatus = status;
    entry.durationMs = durationMs;
    entry.attempt = 1 + n % 2;
    entry.outcome = outcome;
    entry.message = outcome == u"ok"_s ? QString() : u"failed number %1"_s.arg(n);
    return entry;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timelineDisplay();
    void timelineRolesAndHeaders();
    void timelineResetCycle();
    void timelineProxySortsOnRawValues();
    void timelineProxyFiltersByKind();
    void timelineProxyFiltersByText_data();
    void timelineProxyFiltersByText();
    void factsTree();
    void factsResetCycle();
    void requestLogAppendAndCap();
    void requestLogProxy();

private:
    UserProfile m_profile;
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_profile = sampleProfile();
    QCOMPARE(m_profile.userId, u"userA"_s);
    QCOMPARE(m_profile.events.size(), 14);
}

void TestModels::timelineDisplay()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(m_profile);
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));

    // Row 0 is the newest event: the seed's order 1003.
    const auto cell = [&](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
    QCOMPARE(cell(0, TimelineModel::Time).toString(), localText(T0));
    QCOMPARE(cell(0, TimelineModel::Kind).toString(), ProfileEvent::kindDisplayName(ProfileEvent::Kind::Order));
    QCOMPARE(cell(0, TimelineModel::Subject).toString(), u"1003"_s);
    QCOMPARE(cell(0, TimelineModel::Details).toString(), u"3 items: sku2 ×2, sku3 ×2, sku1 ×2"_s);
    QCOMPARE(cell(0, TimelineModel::Amount).toString(), u"2,140.02"_s);
    QCOMPARE(cell(0, TimelineModel::Channel).toString(), u"Desktop"_s);
    QCOMPARE(cell(0, TimelineModel::Session).toString(), u"S-1"_s);

    // The tooltip lists every item with unit price and line total.
    const QString tip = cell(0, TimelineModel::Details, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"sku2 · content__680 ×2 × 356.67 = 713.34"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"content__122"_s));
    QVERIFY(tip.contains(u"content__662"_s));
    QVERIFY(tip.contains(u"2,140.02"_s));

    // Rows without items show no amount; the summary names a single item in the singular.
    const int viewRow = 1;
    QCOMPARE(model.eventAt(viewRow).kind, ProfileEvent::Kind::ItemView);
    QCOMPARE(cell(viewRow, TimelineModel::Amount).toString(), QString());
    QCOMPARE(cell(viewRow, TimelineModel::Details).toString(), QString());
    QVERIFY(!cell(viewRow, TimelineModel::Amount, TimelineModel::SortRole).isValid());
    bool foundSmall = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.eventAt(row).subject == u"small"_s) {
            foundSmall = true;
            QCOMPARE(cell(row, TimelineModel::Details).toString(), u"1 item: cheap ×1"_s);
            QCOMPARE(cell(row, TimelineModel::Amount).toString(), u"9.00"_s);
        }
    }
    QVERIFY(foundSmall);

    // Long item lists are cut in the cell, complete in the tooltip.
    ProfileEvent many;
    many.kind = ProfileEvent::Kind::CartAdd;
    for (int i = 1; i <= 5; ++i)
        many.items.append({u"id%1"_s.arg(i), QString(), i, 100, true});
    QCOMPARE(TimelineModel::itemsSummary(many), u"5 items: id1 ×1, id2 ×2, id3 ×3, …"_s);
    QCOMPARE(TimelineModel::itemsDetail(many).count(u'\n'), 5);
}

void TestModels::timelineRolesAndHeaders()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(m_profile);

    const QModelIndex first = model.index(0, TimelineModel::Time);
    QCOMPARE(first.data(TimelineModel::SortRole).toLongLong(), T0);
    QCOMPARE(model.index(0, TimelineModel::Amount).data(TimelineModel::SortRole).toLongLong(),
             qint64(2 * 35667 + 2 * 45667 + 2 * 25667));
    QCOMPARE(model.index(0, TimelineModel::Kind).data(TimelineModel::SortRole).toInt(), int(ProfileEvent::Kind::Order));
    QCOMPARE(first.data(TimelineModel::KindRole).toInt(), int(ProfileEvent::Kind::Order));
    const ProfileEvent event = first.data(TimelineModel::EventRole).value<ProfileEvent>();
    QCOMPARE(event.subject, u"1003"_s);
    QCOMPARE(event.items.size(), 3);
    QCOMPARE(&model.eventAt(0), &model.events().at(0));
    QVERIFY(first.data(TimelineModel::SearchTextRole).toString().contains(u"sku3"_s));
    QCOMPARE(model.index(0, TimelineModel::Amount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Time"_s, u"Kind"_s, u"Subject"_s, u"Details"_s, u"Amount"_s, u"Channel"_s,
                                   u"Session"_s}));
    QVERIFY(model.roleNames().contains(TimelineModel::SortRole));
    QVERIFY(!model.index(0, 0, first).isValid());   // a flat table
    QCOMPARE(model.rowCount(first), 0);
}

void TestModels::timelineResetCycle()
{
    TimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    proxy.sort(TimelineModel::Time, Qt::AscendingOrder);
    model.setProfile(m_profile);
    QCOMPARE(proxy.rowCount(), 14);
    QCOMPARE(proxy.index(0, TimelineModel::Time).data(TimelineModel::SortRole).toLongLong(), at(-90));
    proxy.setKindEnabled(ProfileEvent::Kind::Order, false);
    proxy.setFilterText(u"web"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.setProfile(m_profile);
    QVERIFY(proxy.rowCount() > 0);
    proxy.setFilterText(QString());
    proxy.enableAllKinds();
    QCOMPARE(proxy.rowCount(), 14);
    model.setEvents({});
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(resets.count(), 4);
}

void TestModels::timelineProxySortsOnRawValues()
{
    TimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(m_profile);

    // Time, ascending and descending, on epoch milliseconds.
    proxy.sort(TimelineModel::Time, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, TimelineModel::Time).data(TimelineModel::SortRole).toLongLong()
                <= proxy.index(row, TimelineModel::Time).data(TimelineModel::SortRole).toLongLong());
    }
    proxy.sort(TimelineModel::Time, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TimelineModel::Subject).data().toString(), u"1003"_s);

    // Amount on cents: "9.00" sorts below "10.00", rows without amount stay last in both orders.
    proxy.sort(TimelineModel::Amount, Qt::DescendingOrder);
    QCOMPARE(column(proxy, TimelineModel::Amount).mid(0, 5),
             (QStringList{u"2,140.02"_s, u"10.00"_s, u"9.00"_s, u"1.00"_s, QString()}));
    proxy.sort(TimelineModel::Amount, Qt::AscendingOrder);
    QCOMPARE(column(proxy, TimelineModel::Amount).mid(0, 5),
             (QStringList{u"1.00"_s, u"9.00"_s, u"10.00"_s, u"2,140.02"_s, QString()}));
    QCOMPARE(column(proxy, TimelineModel::Amount).last(), QString());

    // Kind on the enum value.
    proxy.sort(TimelineModel::Kind, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(TimelineModel::KindRole).toInt(), int(ProfileEvent::Kind::Order));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(TimelineModel::KindRole).toInt(),
             int(ProfileEvent::Kind::Attributes));
}

void TestModels::timelineProxyFiltersByKind()
{
    TimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&proxy, &TimelineFilterProxy::filterChanged);
    model.setProfile(m_profile);

    proxy.setEnabledKinds({ProfileEvent::Kind::Order});
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.enabledKinds(), QList<ProfileEvent::Kind>{ProfileEvent::Kind::Order});
    proxy.setKindEnabled(ProfileEvent::Kind::ItemView, true);
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(proxy.isKindEnabled(ProfileEvent::Kind::ItemView));
    QVERIFY(!proxy.isKindEnabled(ProfileEvent::Kind::Click));
    proxy.setKindEnabled(ProfileEvent::Kind::ItemView, true);   // no change, no signal
    proxy.setEnabledKinds({});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.enableAllKinds();
    QCOMPARE(proxy.rowCount(), 14);
    proxy.setKindEnabled(ProfileEvent::Kind::Segments, false);
    proxy.setKindEnabled(ProfileEvent::Kind::Attributes, false);
    QCOMPARE(proxy.rowCount(), 12);
    QCOMPARE(changed.count(), 6);
}

void TestModels::timelineProxyFiltersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("subjects");   // in source (newest-first) order

    QTest::newRow("empty shows all") << QString() << QStringList();
    QTest::newRow("sku inside an order") << u"sku3"_s << QStringList{u"1003"_s};
    QTest::newRow("item id in orders, views and verb") << u"CONTENT__680"_s
                                                       << QStringList{u"1003"_s, u"content__680"_s, u"like content__680"_s};
    QTest::newRow("channel, any case") << u"OFFLINE"_s << QStringList{u"small"_s, u"ten"_s};
    QTest::newRow("session") << u"s-3"_s << QStringList{u"Red Shoes"_s};
    QTest::newRow("subject word") << u"shoes"_s << QStringList{u"Red Shoes"_s, u"https://search.example/?q=shoes"_s};
    QTest::newRow("all words must match") << u"shoes  app"_s << QStringList{u"Red Shoes"_s};
    QTest::newRow("segments") << u"vip"_s << QStringList{u"vip, eu"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{u"<none>"_s};
}

void TestModels::timelineProxyFiltersByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, subjects);
    TimelineModel model;
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(m_profile);

    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text);
    const QStringList shown = column(proxy, TimelineModel::Subject);
    if (subjects.isEmpty())
        QCOMPARE(shown.size(), 14);
    else if (subjects == QStringList{u"<none>"_s})
        QCOMPARE(shown, QStringList());
    else
        QCOMPARE(shown, subjects);

    // Text and kind filters combine.
    proxy.setEnabledKinds({ProfileEvent::Kind::Order});
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(TimelineModel::KindRole).toInt(), int(ProfileEvent::Kind::Order));
}

void TestModels::factsTree()
{
    ProfileFactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(m_profile);

    QCOMPARE(model.columnCount(), int(ProfileFactsModel::ColumnCount));
    QStringList sections = column(model, ProfileFactsModel::Name);
    QCOMPARE(sections, (QStringList{u"Summary"_s, u"Events per kind"_s, u"Segments"_s, u"Attributes"_s,
                                    u"Linked ids"_s, u"Counted events"_s, u"Batch attributes"_s}));

    const QModelIndex summary = model.sectionIndex(ProfileFactsModel::Summary);
    QVERIFY(summary.isValid());
    QCOMPARE(summary.data(ProfileFactsModel::SectionRole).toInt(), int(ProfileFactsModel::Summary));
    QHash<QString, QModelIndex> facts;
    for (int row = 0; row < model.rowCount(summary); ++row)
        facts.insert(model.index(row, ProfileFactsModel::Name, summary).data().toString(),
                     model.index(row, ProfileFactsModel::Value, summary));
    QCOMPARE(facts.value(u"User id"_s).data().toString(), u"userA"_s);
    QCOMPARE(facts.value(u"Most recent RR user GUID"_s).data().toString(), u"guid-xyz"_s);
    QCOMPARE(facts.value(u"First event"_s).data().toString(), localText(at(-100)));
    QCOMPARE(facts.value(u"First event"_s).data(ProfileFactsModel::SortRole).toLongLong(), at(-100));
    QCOMPARE(facts.value(u"Fetched at"_s).data().toString(), localText(at(60)));
    QCOMPARE(facts.value(u"Events"_s).data().toString(), u"14"_s);
    QCOMPARE(facts.value(u"Order value"_s).data().toString(), u"2,159.02"_s);
    QCOMPARE(facts.value(u"User id"_s).parent(), summary);

    const QModelIndex counts = model.sectionIndex(ProfileFactsModel::EventCounts);
    QCOMPARE(model.rowCount(counts), ProfileEvent::KindCount);
    QCOMPARE(model.index(0, ProfileFactsModel::Value, counts).data().toString(), u"3"_s);   // orders
    QCOMPARE(model.index(0, ProfileFactsModel::Name, counts).data(ProfileFactsModel::KindRole).toInt(),
             int(ProfileEvent::Kind::Order));
    QCOMPARE(model.index(1, ProfileFactsModel::Value, counts).data(ProfileFactsModel::SortRole).toLongLong(), qint64(2));

    const QModelIndex segments = model.sectionIndex(ProfileFactsModel::Segments);
    QCOMPARE(segments.siblingAtColumn(ProfileFactsModel::Value).data().toString(), u"1"_s);
    QCOMPARE(model.index(0, ProfileFactsModel::Name, segments).data().toString(), u"vip, eu"_s);
    QCOMPARE(model.index(0, ProfileFactsModel::Value, segments).data().toString(), localText(at(-85)));
    QCOMPARE(model.index(0, ProfileFactsModel::Detail, segments).data().toString(), u"web"_s);

    const QModelIndex attributes = model.sectionIndex(ProfileFactsModel::Attributes);
    QCOMPARE(model.index(0, ProfileFactsModel::Name, attributes).data().toString(), u"size"_s);
    QCOMPARE(model.index(0, ProfileFactsModel::Value, attributes).data().toString(), u"M, L"_s);

    const QModelIndex linked = model.sectionIndex(ProfileFactsModel::LinkedIds);
    QCOMPARE(model.rowCount(linked), 2);
    QCOMPARE(model.index(0, ProfileFactsModel::Name, linked).data(ProfileFactsModel::LinkedIdRole).toString(),
             u"linked-1"_s);
    QCOMPARE(model.index(1, ProfileFactsModel::Value, linked).data(ProfileFactsModel::LinkedIdRole).toString(),
             u"linked-2"_s);
    QVERIFY(!linked.data(ProfileFactsModel::LinkedIdRole).isValid());
    QVERIFY(!facts.value(u"User id"_s).data(ProfileFactsModel::LinkedIdRole).isValid());

    const QModelIndex counted = model.sectionIndex(ProfileFactsModel::CountedEvents);
    QCOMPARE(model.index(0, ProfileFactsModel::Name, counted).data().toString(), u"login"_s);
    QCOMPARE(model.index(0, ProfileFactsModel::Value, counted).data().toString(), u"3"_s);
    const QModelIndex batch = model.sectionIndex(ProfileFactsModel::BatchAttributes);
    QCOMPARE(model.index(0, ProfileFactsModel::Value, batch).data().toString(), u"gold"_s);

    QCOMPARE(model.headerData(ProfileFactsModel::Name, Qt::Horizontal).toString(), u"Fact"_s);
}

void TestModels::factsResetCycle()
{
    ProfileFactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProfile(m_profile);
    QCOMPARE(model.rowCount(), 7);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.sectionIndex(ProfileFactsModel::Summary).isValid());

    // A bare profile shows only its summary; empty sections are left out.
    UserProfile bare;
    bare.userId = u"nobody"_s;
    model.setProfile(bare);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.sectionIndex(ProfileFactsModel::LinkedIds).isValid());
    const QModelIndex summary = model.sectionIndex(ProfileFactsModel::Summary);
    QCOMPARE(model.rowCount(summary), 2);   // user id and event count
    model.setProfile(m_profile);
    QCOMPARE(model.rowCount(), 7);
}

void TestModels::requestLogAppendAndCap()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.cap(), RequestLogModel::DefaultCap);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    for (int n = 1; n <= 4; ++n)
        model.append(logEntry(n, 200, 10 * n, u"ok"_s));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(inserted.last().at(1).toInt(), 0);   // always at the top
    QCOMPARE(model.entryAt(0).id, qint64(4));     // newest first
    QCOMPARE(model.entryAt(3).id, qint64(1));

    const auto cell = [&](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
    QCOMPARE(cell(0, RequestLogModel::Time).toString(),
             QDateTime::fromMSecsSinceEpoch(at(4), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    QCOMPARE(cell(0, RequestLogModel::Time, RequestLogModel::SortRole).toLongLong(), at(4));
    QCOMPARE(cell(0, RequestLogModel::Connection).toString(), u"Production"_s);
    QCOMPARE(cell(0, RequestLogModel::Method).toString(), u"GET"_s);
    QCOMPARE(cell(0, RequestLogModel::Url).toString(), u"https://h.example/rruserprofile/api/v1/REDACTED/user4"_s);
    QCOMPARE(cell(0, RequestLogModel::Status).toString(), u"200"_s);
    QCOMPARE(cell(0, RequestLogModel::Duration).toString(), u"40 ms"_s);
    QCOMPARE(cell(0, RequestLogModel::Duration, RequestLogModel::SortRole).toLongLong(), qint64(40));
    QCOMPARE(cell(0, RequestLogModel::Attempt).toString(), u"1"_s);
    QCOMPARE(cell(0, RequestLogModel::Outcome).toString(), u"ok"_s);
    QCOMPARE(cell(0, RequestLogModel::Message).toString(), QString());
    QCOMPARE(cell(0, 0, RequestLogModel::IsErrorRole).toBool(), false);
    QCOMPARE(cell(0, 0, RequestLogModel::EntryRole).value<RequestLogEntry>().id, qint64(4));
    QCOMPARE(model.headerData(RequestLogModel::Url, Qt::Horizontal).toString(), u"URL"_s);

    // The cap drops the oldest rows.
    model.append(logEntry(9, 200, 12345, u"ok"_s));
    QCOMPARE(cell(0, RequestLogModel::Duration).toString(), u"12,345 ms"_s);   // grouped like the locale
    model.setEntries({logEntry(4, 200, 40, u"ok"_s), logEntry(3, 200, 30, u"ok"_s), logEntry(2, 200, 20, u"ok"_s),
                      logEntry(1, 200, 10, u"ok"_s)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).id, qint64(4));
    model.setCap(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(2).id, qint64(2));
    model.append(logEntry(5, 0, 30000, u"timeout"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(0).id, qint64(5));
    QCOMPARE(model.entryAt(2).id, qint64(3));
    QCOMPARE(cell(0, RequestLogModel::Status).toString(), QString());   // no status arrived
    QCOMPARE(cell(0, 0, RequestLogModel::IsErrorRole).toBool(), true);

    QList<RequestLogEntry> list;
    for (int n = 20; n > 10; --n)
        list.append(logEntry(n, 200, n, u"ok"_s));
    model.setEntries(list);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entryAt(0).id, qint64(20));
    model.setCap(100);
    model.setEntries(list);
    QCOMPARE(model.rowCount(), 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(RequestLogModel::isError(logEntry(1, 404, 1, u"not-found"_s)));
    QVERIFY(RequestLogModel::isError(logEntry(1, 500, 1, QString())));
    QVERIFY(!RequestLogModel::isError(logEntry(1, 204, 1, u"ok"_s)));
}

void TestModels::requestLogProxy()
{
    RequestLogModel model;
    RequestLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&proxy, &RequestLogFilterProxy::filterChanged);

    model.append(logEntry(1, 200, 900, u"ok"_s));
    model.append(logEntry(2, 503, 15, u"http"_s));
    model.append(logEntry(3, 200, 1000, u"ok"_s));
    model.append(logEntry(4, 429, 5, u"rate-limited"_s));
    model.append(logEntry(5, 0, 30000, u"timeout"_s));
    QCOMPARE(proxy.rowCount(), 5);

    proxy.setErrorsOnly(true);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(proxy.errorsOnly());
    model.append(logEntry(6, 200, 1, u"ok"_s));   // filtered out while it arrives
    QCOMPARE(proxy.rowCount(), 3);
    model.append(logEntry(7, 401, 1, u"unauthorized"_s));
    QCOMPARE(proxy.rowCount(), 4);

    proxy.setFilterText(u"SANDBOX"_s);   // odd n are "Sandbox"
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setErrorsOnly(false);
    proxy.setFilterText(u"user3"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(u"429"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(u"post sandbox"_s);   // method and connection words together
    QCOMPARE(column(proxy, RequestLogModel::Url), QStringList{u"https://h.example/rruserprofile/api/v1/REDACTED/user3"_s});
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 7);
    QCOMPARE(changed.count(), 7);

    // Duration sorts as a number: 900 < 1000 < 30000 although "900" > "30000" as text.
    proxy.sort(RequestLogModel::Duration, Qt::AscendingOrder);
    QCOMPARE(column(proxy, RequestLogModel::Duration, RequestLogModel::SortRole),
             (QStringList{u"1"_s, u"1"_s, u"5"_s, u"15"_s, u"900"_s, u"1000"_s, u"30000"_s}));
    proxy.sort(RequestLogModel::Time, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RequestLogModel::EntryRole).value<RequestLogEntry>().id, qint64(1));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
