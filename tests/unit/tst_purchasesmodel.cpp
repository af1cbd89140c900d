// The customer lookup's GUI-free core: productPurchased parsing (seed 000 shape and its tolerated
// variants), PurchasesModel paging, PurchasesFilterProxy filter/sort, PurchaseTotals.

#include "connectors/cdppurchases.h"
#include "models/purchasesfilterproxy.h"
#include "models/purchasesmodel.h"
#include "models/purchasetotals.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace cdp;
using namespace Qt::StringLiterals;

namespace {

// Seed 000's response body, verbatim.
const char kSeedResponse[] = R"({
"status": "OK",
"message": "",
"data": {
"customerId": 2056,
"totalCount": 2,
"currentPage": 1,
"pageSize": 20,
"totalPages": 1,
"dataList": [
{
"productKey": 1,
"productCode": "1000000873152",
"productName": "NF-PO06:NAVY:11-12 Y",
"productDescription": "NF-PO06:NAVY:11-12 Y",
"productImgUrl": " ",
"productQty": 1,
"orderValue": "$100.30",
"productValue": "$100.30",
"orderDate": ""
},
{
"productKey": 2,
"productCode": "4900016873417",
"productName": "71299:ORANGE:24",
"productDescription": "71299:ORANGE:24",
"productImgUrl": " ",
"productQty": 10,
"orderValue": "$1000.0",
"productValue": "$100.0",
"orderDate": " "
}
],
"data": null
}
})";

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document;
}

Money money(const char *text)
{
    const std::optional<Money> parsed = Money::parse(QString::fromUtf8(text));
    if (!parsed)
        qFatal("test amount does not parse: %s", text);
    return *parsed;
}

PurchaseLine line(qint64 key, const QString &code, const QString &name, qint64 qty, const char *unit,
                  const char *order, const QString &date, const QString &description = {})
{
    PurchaseLine l;
    l.productKey = key;
    l.productCode = code;
    l.productName = name;
    l.productDescription = description.isEmpty() ? name : description;
    l.quantity = qty;
    if (unit)
        l.unitValue = money(unit);
    if (order)
        l.orderValue = money(order);
    l.orderDateText = date;
    l.orderDate = PurchaseLine::parseOrderDate(date, &l.orderDateHasTime);
    return l;
}

// Five lines whose values sort differently as text ("9.00" > "100.30") and as numbers.
PurchasePage samplePage(std::optional<PurchaseCursor> next = std::nullopt)
{
    PurchasePage page;
    page.customerId = u"2103"_s;
    page.totalCount = 5;
    page.pageSize = 20;
    page.totalPages = 1;
    page.lines = {
        line(1, u"1000000873152"_s, u"NF-PO06:NAVY:11-12 Y"_s, 1, "$100.30", "$100.30", u"2024-05-03 10:15:00"_s),
        line(2, u"4900016873417"_s, u"71299:ORANGE:24"_s, 10, "$100.0", "$1000.0", u""_s),
        line(3, u"5012345100001"_s, u"HM-MG04:RED:ONE SIZE"_s, 1, "$9.00", "$9.00", u"2024-04-20 08:00:00"_s,
             u"Ceramic mug set, red"_s),
        line(4, u"5012345100002"_s, u"SP-YM60:GREY:ONE SIZE"_s, 2, "€ 24.99", "€49.98", u"2023-12-31 23:59:00"_s,
             u"Yoga mat, steel grey"_s),
        line(5, u"1000000873152"_s, u"NF-PO06:NAVY:11-12 Y"_s, 1, "$ 55.9", "$ 55.9", u"2024-05-03 10:15:00"_s),
    };
    page.nextCursor = std::move(next);
    return page;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data().toString());
    return out;
}

QList<qint64> keys(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(PurchasesModel::ProductKeyRole).toLongLong());
    return out;
}

} // namespace

class TestPurchasesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // parsing
    void seedResponse();
    void tolerantVariants();
    void failures_data();
    void failures();
    void paging_data();
    void paging();
    void orderDates_data();
    void orderDates();
    void requestBody();

    // model
    void displayAndRoles();
    void moneyIsExact();
    void fetchMoreSemantics();
    void failedPageKeepsRows();
    void staleTicketIgnored();

    // filter / sort layer
    void sortByValueUsesRawValues();
    void sortOtherColumns();
    void filterMatchesWords();
    void parallelFilterEqualsSequential();
    void largeSortMatchesReference_data();
    void largeSortMatchesReference();
    void testerAcrossAppendFilterSortClear();
    void sortedAppendMergesAndPersistentIndexesFollow();

    // totals
    void totalsPerCurrency();
    void totalsGrownPageByPageEqualTheWhole();
};

void TestPurchasesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPurchasesModel::seedResponse()
{
    ApiError error;
    const PurchasePage page = CdpPurchases::parsePage(json(kSeedResponse), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QCOMPARE(page.customerId, u"2056"_s);
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.pageSize, 20);
    QCOMPARE(page.totalPages, 1);
    QCOMPARE(page.lines.size(), 2);
    QVERIFY(!page.hasMore());
    QVERIFY(!page.shortPage);
    QCOMPARE(page.expectedLines, 2);
    QCOMPARE(page.malformedFields, 0);

    const PurchaseLine &first = page.lines.at(0);
    QCOMPARE(first.productKey, 1);
    QCOMPARE(first.productCode, u"1000000873152"_s);
    QCOMPARE(first.productName, u"NF-PO06:NAVY:11-12 Y"_s);
    QCOMPARE(first.productImgUrl, QString());   // " " is blank
    QCOMPARE(first.quantity, std::optional<qint64>(1));
    QCOMPARE(first.orderValue->minorUnits(), 10030);
    QCOMPARE(first.orderValue->decimals(), 2);
    QCOMPARE(first.orderValue->currency(), u"$"_s);
    QVERIFY(!first.orderDate.isValid());
    QCOMPARE(first.orderDateText, QString());

    const PurchaseLine &second = page.lines.at(1);
    QCOMPARE(second.quantity, std::optional<qint64>(10));
    QCOMPARE(second.orderValue->minorUnits(), 10000);   // "$1000.0": scale 1
    QCOMPARE(second.orderValue->decimals(), 1);
    QCOMPARE(Money::compareValue(*second.orderValue, Money(100000, 2)), 0);
    QCOMPARE(*second.unitValue, Money(1000, 1, u"$"_s));
    QVERIFY(!second.orderDate.isValid());
    QCOMPARE(second.currency(), u"$"_s);
}

void TestPurchasesModel::tolerantVariants()
{
    const QByteArray body = R"({"status":"OK","message":"","data":{
        "customerId":"C-77","totalCount":"3","currentPage":"1","pageSize":"3","totalPages":"1",
        "dataList":[
          {"productKey":"7","productCode":4900016873417,"productName":" Sneaker ","productQty":"3",
           "orderValue":"$ 55.9","productValue":"$18.6333","orderDate":"2024-05-01T10:15:00Z",
           "productImgUrl":"http://img.example/x.png "},
          {"productCode":"X","productQty":"two","orderValue":"lots","orderDate":"yesterday"},
          {"productCode":"Y","orderValue":null,"productValue":"","orderDate":"03/04/2024"}],
        "data":null}})";
    ApiError error;
    const PurchasePage page = CdpPurchases::parsePage(json(body), &error);
    QVERIFY(!error.isError());
    QCOMPARE(page.customerId, u"C-77"_s);
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.lines.size(), 3);

    const PurchaseLine &a = page.lines.at(0);
    QCOMPARE(a.productKey, 7);
    QCOMPARE(a.productCode, u"4900016873417"_s);
    QCOMPARE(a.productName, u"Sneaker"_s);
    QCOMPARE(a.quantity, std::optional<qint64>(3));
    QCOMPARE(*a.orderValue, Money(559, 1, u"$"_s));
    QCOMPARE(a.unitValue->minorUnits(), 186333);
    QCOMPARE(a.unitValue->decimals(), 4);
    QCOMPARE(a.orderDate, QDateTime(QDate(2024, 5, 1), QTime(10, 15), Qt::UTC));
    QVERIFY(a.orderDateHasTime);
    QCOMPARE(a.productImgUrl, u"http://img.example/x.png"_s);

    const PurchaseLine &b = page.lines.at(1);
    QCOMPARE(b.productKey, -1);
    QVERIFY(!b.quantity);
    QVERIFY(!b.orderValue);
    QVERIFY(!b.orderDate.isValid());
    QCOMPARE(b.orderDateText, u"yesterday"_s);

    const PurchaseLine &c = page.lines.at(2);
    QVERIFY(!c.orderValue);
    QVERIFY(!c.unitValue);
    QCOMPARE(c.orderDate.date(), QDate(2024, 3, 4));   // month first when ambiguous
    QVERIFY(!c.orderDateHasTime);

    QCOMPARE(page.malformedFields, 3);   // "two", "lots", "yesterday"
    QCOMPARE(page.warnings.size(), 3);
    QVERIFY(page.warnings.join(u'\n').contains(u"lots"_s));

    // A bare data object (no wrapper) is read as well.
    const PurchasePage bare = CdpPurchases::parsePage(
            json(R"({"customerId":1,"totalCount":1,"dataList":[{"productKey":1,"orderValue":"$1.00"}]})"), &error);
    QVERIFY(!error.isError());
    QCOMPARE(bare.lines.size(), 1);
}

void TestPurchasesModel::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown customer (sandbox answer)")
            << QByteArray(R"({"status":"FAILURE","message":"No customer matches the given identifiers","data":null})")
            << int(ApiError::Kind::NotFound) << u"No customer"_s;
    QTest::newRow("other failure keeps the message")
            << QByteArray(R"({"status":"ERROR","message":"Tenant suspended","data":null})")
            << int(ApiError::Kind::BadResponse) << u"Tenant suspended"_s;
    QTest::newRow("data missing") << QByteArray(R"({"status":"OK","message":""})") << int(ApiError::Kind::BadResponse)
                                  << u"data"_s;
    QTest::newRow("data null") << QByteArray(R"({"status":"OK","message":"","data":null})")
                               << int(ApiError::Kind::BadResponse) << u"data"_s;
    QTest::newRow("dataList missing with purchases")
            << QByteArray(R"({"status":"OK","data":{"customerId":1,"totalCount":5}})")
            << int(ApiError::Kind::BadResponse) << u"dataList"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << int(ApiError::Kind::BadResponse) << u"array"_s;
}

void TestPurchasesModel::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    ApiError error;
    const PurchasePage page = CdpPurchases::parsePage(json(body), &error);
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(messagePart) || error.detail.contains(messagePart),
             qPrintable(error.toDisplayString()));
    QVERIFY(page.lines.isEmpty());
}

void TestPurchasesModel::paging_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<int>("nextPage");
    QTest::addColumn<bool>("nextHasLastKey");
    QTest::addColumn<bool>("shortPage");

    const QByteArray rows3 = R"([{"productKey":1},{"productKey":2},{"productKey":3}])";
    QTest::newRow("lastKey from the answer")
            << (R"({"status":"OK","data":{"totalCount":10,"currentPage":1,"pageSize":3,"totalPages":4,"dataList":)"
                + rows3 + R"(,"lastKey":{"HK_CUSTOMER_CODE":"1_1092","RK_DATE_KEY":8}}})")
            << true << 2 << true << false;
    QTest::newRow("explicit null lastKey ends")
            << (R"({"status":"OK","data":{"totalCount":3,"currentPage":1,"pageSize":3,"totalPages":1,"dataList":)"
                + rows3 + R"(,"lastKey":null}})")
            << false << 0 << false << false;
    QTest::newRow("no lastKey: page + 1 while pages remain")
            << (R"({"status":"OK","data":{"totalCount":10,"currentPage":2,"pageSize":3,"totalPages":4,"dataList":)"
                + rows3 + R"(}})")
            << true << 3 << false << false;
    QTest::newRow("no lastKey, last page")
            << QByteArray(R"({"status":"OK","data":{"totalCount":10,"currentPage":4,"pageSize":3,"totalPages":4,"dataList":[{"productKey":10}]}})")
            << false << 0 << false << false;
    QTest::newRow("shorter than promised")
            << (R"({"status":"OK","data":{"totalCount":10,"currentPage":1,"pageSize":5,"totalPages":2,"dataList":)"
                + rows3 + R"(}})")
            << true << 2 << false << true;
    QTest::newRow("last page shorter than the rest promised")
            << QByteArray(R"({"status":"OK","data":{"totalCount":10,"currentPage":3,"pageSize":4,"totalPages":3,"dataList":[{"productKey":9}]}})")
            << false << 0 << false << true;
    QTest::newRow("empty page ends paging")
            << QByteArray(R"({"status":"OK","data":{"totalCount":10,"currentPage":2,"pageSize":5,"totalPages":2,"dataList":[]}})")
            << false << 0 << false << true;
    QTest::newRow("customer without purchases")
            << QByteArray(R"({"status":"OK","data":{"customerId":2101,"totalCount":0,"currentPage":1,"pageSize":20,"totalPages":0,"dataList":[],"lastKey":null}})")
            << false << 0 << false << false;
}

void TestPurchasesModel::paging()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, hasNext);
    QFETCH(int, nextPage);
    QFETCH(bool, nextHasLastKey);
    QFETCH(bool, shortPage);
    ApiError error;
    const PurchasePage page = CdpPurchases::parsePage(json(body), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QCOMPARE(page.hasMore(), hasNext);
    QCOMPARE(page.shortPage, shortPage);
    if (hasNext) {
        QCOMPARE(page.nextCursor->page, nextPage);
        QCOMPARE(!page.nextCursor->lastKey.isEmpty(), nextHasLastKey);
        if (nextHasLastKey)
            QCOMPARE(page.nextCursor->lastKey.value(u"RK_DATE_KEY"_s).toInt(), 8);
    }
}

void TestPurchasesModel::orderDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("hasTime");

    const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("empty") << QString() << QDateTime() << false;
    QTest::newRow("blank") << u" "_s << QDateTime() << false;
    QTest::newRow("sandbox format") << u"2024-05-03 10:15:00"_s << utc(2024, 5, 3, 10, 15) << true;
    QTest::newRow("date only") << u"2024-05-03"_s << utc(2024, 5, 3) << false;
    QTest::newRow("ISO T, fraction, Z") << u"2024-05-03T10:15:30.25Z"_s << utc(2024, 5, 3, 10, 15, 30, 250) << true;
    QTest::newRow("ISO with +02:00 offset") << u"2024-05-03T10:15:00+02:00"_s << utc(2024, 5, 3, 8, 15) << true;
    QTest::newRow("offset -0530") << u"2024-05-03 10:15-0530"_s << utc(2024, 5, 3, 15, 45) << true;
    QTest::newRow("HH:mm only") << u"2024-05-03 7:05"_s << utc(2024, 5, 3, 7, 5) << true;
    QTest::newRow("slashes ymd") << u"2024/05/03"_s << utc(2024, 5, 3) << false;
    QTest::newRow("compact") << u"20240503"_s << utc(2024, 5, 3) << false;
    QTest::newRow("dotted dmy with time") << u"03.05.2024 10:15"_s << utc(2024, 5, 3, 10, 15) << true;
    QTest::newRow("slashed, day first when > 12") << u"25/12/2023"_s << utc(2023, 12, 25) << false;
    QTest::newRow("slashed, month first") << u"12/25/2023"_s << utc(2023, 12, 25) << false;
    QTest::newRow("epoch seconds") << u"1714731300"_s << utc(2024, 5, 3, 10, 15) << true;
    QTest::newRow("epoch ms") << u"1714731300000"_s << utc(2024, 5, 3, 10, 15) << true;
    QTest::newRow("DST gap time stays valid") << u"2024-03-31 02:30:00"_s << utc(2024, 3, 31, 2, 30) << true;
    QTest::newRow("Feb 29 leap") << u"2024-02-29"_s << utc(2024, 2, 29) << false;
    QTest::newRow("Feb 29 non-leap") << u"2023-02-29"_s << QDateTime() << false;
    QTest::newRow("month 13") << u"2024-13-01"_s << QDateTime() << false;
    QTest::newRow("hour 25") << u"2024-05-03 25:00"_s << QDateTime() << false;
    QTest::newRow("trailing junk") << u"2024-05-03 10:15 tomorrow"_s << QDateTime() << false;
    QTest::newRow("words") << u"yesterday"_s << QDateTime() << false;
}

void TestPurchasesModel::orderDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(bool, hasTime);
    bool parsedTime = false;
    const QDateTime parsed = PurchaseLine::parseOrderDate(text, &parsedTime);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsedTime, hasTime);
    }
}

void TestPurchasesModel::requestBody()
{
    QCOMPARE(CdpPurchases::requestBody(PurchaseCursor{}, 0), QByteArray());
    QCOMPARE(CdpPurchases::requestBody(PurchaseCursor{}, 50), QByteArray(R"({"pageSize":50})"));
    const QJsonObject lastKey{{u"HK_CUSTOMER_CODE"_s, u"1_1092"_s}, {u"RK_DATE_KEY"_s, 5}};
    const QJsonObject body = QJsonDocument::fromJson(CdpPurchases::requestBody(PurchaseCursor{lastKey, 2}, 100)).object();
    QCOMPARE(body.value(u"lastKey"_s).toObject(), lastKey);
    QCOMPARE(body.value(u"page"_s).toInt(), 2);
    QCOMPARE(body.value(u"pageSize"_s).toInt(), 100);
    const QJsonObject pageOnly = QJsonDocument::fromJson(CdpPurchases::requestBody(PurchaseCursor{{}, 3}, 0)).object();
    QCOMPARE(pageOnly, (QJsonObject{{u"page"_s, 3}}));
    QCOMPARE(CdpPurchases::productPurchasedUrl(QUrl(u"https://api-dev.algonomy.com/rcdpapi/"_s)),
             QUrl(u"https://api-dev.algonomy.com/rcdpapi/api/v1/profile/b2b/productPurchased"_s));
}

void TestPurchasesModel::displayAndRoles()
{
    PurchasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 ticket = model.startLookup();
    QVERIFY(model.appendPage(samplePage(), ticket));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(PurchasesModel::ColumnCount));

    const auto cell = [&](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
    QCOMPARE(cell(0, PurchasesModel::Date).toString(), u"2024-05-03 10:15:00"_s);
    QCOMPARE(cell(1, PurchasesModel::Date).toString(), QString());
    QCOMPARE(cell(0, PurchasesModel::ProductCode).toString(), u"1000000873152"_s);
    QCOMPARE(cell(0, PurchasesModel::ProductName).toString(), u"NF-PO06:NAVY:11-12 Y"_s);
    QCOMPARE(cell(2, PurchasesModel::Description).toString(), u"Ceramic mug set, red"_s);
    QCOMPARE(cell(1, PurchasesModel::Qty).toString(), u"10"_s);
    QCOMPARE(cell(1, PurchasesModel::UnitValue).toString(), u"100.00"_s);
    QCOMPARE(cell(1, PurchasesModel::OrderValue).toString(), u"1,000.00"_s);
    QCOMPARE(cell(3, PurchasesModel::Currency).toString(), u"€"_s);
    QCOMPARE(cell(0, PurchasesModel::ImageUrl).toString(), QString());

    QCOMPARE(cell(0, PurchasesModel::Date, PurchasesModel::SortRole).toLongLong(),
             QDateTime(QDate(2024, 5, 3), QTime(10, 15), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(!cell(1, PurchasesModel::Date, PurchasesModel::SortRole).isValid());
    QCOMPARE(cell(1, PurchasesModel::OrderValue, PurchasesModel::SortRole).toLongLong(), 100000);
    QCOMPARE(cell(1, PurchasesModel::Qty, PurchasesModel::SortRole).toLongLong(), 10);
    QCOMPARE(cell(3, 0, PurchasesModel::ProductKeyRole).toLongLong(), 4);
    QCOMPARE(cell(1, PurchasesModel::OrderValue, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    const PurchaseLine back = cell(2, 0, PurchasesModel::LineRole).value<PurchaseLine>();
    QCOMPARE(back.productCode, u"5012345100001"_s);
    QCOMPARE(*back.orderValue, Money(900, 2, u"$"_s));
    QCOMPARE(back.orderDate, QDateTime(QDate(2024, 4, 20), QTime(8, 0), Qt::UTC));

    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Date"_s, u"Product code"_s, u"Product"_s, u"Description"_s, u"Qty"_s,
                                   u"Unit value"_s, u"Order value"_s, u"Currency"_s, u"Image"_s}));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
    // Products are stored once: lines 1 and 5 share theirs.
    QCOMPARE(model.table().productCount(), 4);
}

void TestPurchasesModel::moneyIsExact()
{
    PurchasesModel model;
    model.startLookup();
    PurchasePage page;
    page.totalCount = 3;
    // 0.1 + 0.2 style amounts and a 4-decimal unit price: binary floating point would drift.
    page.lines = {line(1, u"A"_s, u"a"_s, 3, "$0.1", "$0.3", u""_s),
                  line(2, u"B"_s, u"b"_s, 1, "$0.2", "$0.2", u""_s),
                  line(3, u"C"_s, u"c"_s, 3, "$18.6333", "$55.8999", u""_s)};
    QVERIFY(model.appendPage(page));
    QCOMPARE(model.table().maxScale(), 4);
    QCOMPARE(model.index(0, PurchasesModel::OrderValue).data(PurchasesModel::MoneyRole).value<Money>(),
             Money(30, 2, u"$"_s));
    QCOMPARE(model.index(2, PurchasesModel::UnitValue).data().toString(), u"18.6333"_s);
    QCOMPARE(model.index(0, PurchasesModel::OrderValue).data(PurchasesModel::SortRole).toLongLong(), 3000);   // scale 4
    QCOMPARE(model.index(2, PurchasesModel::OrderValue).data(PurchasesModel::SortRole).toLongLong(), 558999);

    const PurchaseTotals totals = PurchaseTotals::compute(model.table());
    QCOMPARE(totals.currencies.size(), 1);
    QCOMPARE(totals.currencies.at(0).orderValue.toDecimalString(), u"56.3999"_s);
    QCOMPARE(totals.currencies.at(0).orderValue, Money(563999, 4, u"$"_s));
}

void TestPurchasesModel::fetchMoreSemantics()
{
    PurchasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requests(&model, &PurchasesModel::fetchMoreRequested);
    QSignalSpy loading(&model, &PurchasesModel::loadingChanged);

    QVERIFY(!model.canFetchMore(QModelIndex()));   // no lookup yet
    model.fetchMore(QModelIndex());
    QCOMPARE(requests.size(), 0);

    const quint64 ticket = model.startLookup();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).value<PurchaseCursor>(), PurchaseCursor{});
    QCOMPARE(requests.at(0).at(1).toULongLong(), ticket);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex()));   // loading
    model.fetchMore(QModelIndex());
    QCOMPARE(requests.size(), 1);                 // no second request while loading

    const PurchaseCursor next{QJsonObject{{u"HK_CUSTOMER_CODE"_s, u"1_2103"_s}, {u"RK_DATE_KEY"_s, 300}}, 2};
    QVERIFY(model.appendPage(samplePage(next), ticket));
    QVERIFY(!model.isLoading());
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));   // only the root pages
    model.fetchMore(model.index(0, 0));
    QCOMPARE(requests.size(), 1);

    model.fetchMore(QModelIndex());
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).at(0).value<PurchaseCursor>(), next);
    QVERIFY(!model.canFetchMore(QModelIndex()));

    QVERIFY(model.appendPage(samplePage(), ticket));   // the last page: no next cursor
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.pagesLoaded(), 2);
    QCOMPARE(model.customerId(), u"2103"_s);
    QVERIFY(loading.size() >= 4);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(!model.appendPage(samplePage()));   // no lookup running
}

void TestPurchasesModel::failedPageKeepsRows()
{
    PurchasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requests(&model, &PurchasesModel::fetchMoreRequested);
    QSignalSpy failures(&model, &PurchasesModel::pageFailed);
    const quint64 ticket = model.startLookup();
    QVERIFY(model.appendPage(samplePage(PurchaseCursor{{}, 2}), ticket));
    model.fetchMore(QModelIndex());
    QCOMPARE(requests.size(), 2);

    const ApiError error = ApiError::make(ApiError::Kind::Http, u"HTTP 503"_s, {}, 503);
    QVERIFY(model.failPage(error, ticket));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(model.rowCount(), 5);                 // earlier rows stay
    QCOMPARE(model.lastError().httpStatus, 503);
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasMore());
    QVERIFY(!model.canFetchMore(QModelIndex()));   // no automatic retry from the view
    model.retry();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).at(0).value<PurchaseCursor>().page, 2);
    QVERIFY(!model.lastError().isError());
    QVERIFY(model.appendPage(samplePage(), ticket));
    QCOMPARE(model.rowCount(), 10);

    // cancelLoading: the owner aborted; the cursor stays usable.
    model.startLookup();
    QVERIFY(model.isLoading());
    model.cancelLoading();
    QVERIFY(model.canFetchMore(QModelIndex()));
}

void TestPurchasesModel::staleTicketIgnored()
{
    PurchasesModel model;
    const quint64 first = model.startLookup();
    const quint64 second = model.startLookup();
    QVERIFY(first != second);
    QVERIFY(!model.appendPage(samplePage(), first));
    QVERIFY(!model.failPage(ApiError::make(ApiError::Kind::Timeout, u"late"_s), first));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(model.appendPage(samplePage(), second));
    QCOMPARE(model.rowCount(), 5);
}

void TestPurchasesModel::sortByValueUsesRawValues()
{
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.startLookup();
    model.appendPage(samplePage());

    proxy.sort(PurchasesModel::OrderValue, Qt::AscendingOrder);
    QCOMPARE(column(proxy, PurchasesModel::OrderValue),
             (QStringList{u"9.00"_s, u"49.98"_s, u"55.90"_s, u"100.30"_s, u"1,000.00"_s}));
    proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
    QCOMPARE(column(proxy, PurchasesModel::OrderValue),
             (QStringList{u"1,000.00"_s, u"100.30"_s, u"55.90"_s, u"49.98"_s, u"9.00"_s}));
    proxy.sort(PurchasesModel::UnitValue, Qt::AscendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{3, 4, 5, 2, 1}));   // 9.00, 24.99, 55.9, 100.0, 100.30
    proxy.sort(-1);
    QCOMPARE(keys(proxy), (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestPurchasesModel::sortOtherColumns()
{
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.startLookup();
    model.appendPage(samplePage());

    // Dates: rows without a date stay last in both directions; equal dates keep row order.
    proxy.sort(PurchasesModel::Date, Qt::AscendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{4, 3, 1, 5, 2}));
    proxy.sort(PurchasesModel::Date, Qt::DescendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{1, 5, 3, 4, 2}));
    // Names, case-insensitive; equal names keep row order.
    proxy.sort(PurchasesModel::ProductName, Qt::AscendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{2, 3, 1, 5, 4}));
    proxy.sort(PurchasesModel::Qty, Qt::DescendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{2, 4, 1, 3, 5}));
    proxy.sort(PurchasesModel::Currency, Qt::AscendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{1, 2, 3, 5, 4}));
    QCOMPARE(proxy.sortColumn(), int(PurchasesModel::Currency));
}

void TestPurchasesModel::filterMatchesWords()
{
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&proxy, &PurchasesFilterProxy::filterChanged);
    model.startLookup();
    model.appendPage(samplePage());

    const auto filtered = [&](const QString &text) {
        proxy.setFilterText(text);
        return keys(proxy);
    };
    QCOMPARE(filtered(u"navy"_s), (QList<qint64>{1, 5}));
    QCOMPARE(filtered(u"STEEL"_s), (QList<qint64>{4}));               // description
    QCOMPARE(filtered(u"4900016"_s), (QList<qint64>{2}));             // code
    QCOMPARE(filtered(u"2024-05"_s), (QList<qint64>{1, 5}));          // date text
    QCOMPARE(filtered(u"navy 2024-05-03"_s), (QList<qint64>{1, 5}));  // words in different fields
    QCOMPARE(filtered(u"€"_s), (QList<qint64>{4}));                   // currency
    QCOMPARE(filtered(u"mug 2023"_s), (QList<qint64>{}));             // every word must match
    QCOMPARE(filtered(u"  "_s), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(changed.size(), 8);

    // Filter and sort combine; appended rows are filtered too.
    proxy.setFilterText(u"one size"_s);
    proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{4, 3}));
    PurchasePage more;
    more.lines = {line(6, u"Z"_s, u"XX:ONE SIZE"_s, 1, "$20.00", "$20.00", u"2024-01-01"_s),
                  line(7, u"Z2"_s, u"other"_s, 1, "$30.00", "$30.00", u"2024-01-01"_s)};
    model.appendPage(more);
    QCOMPARE(keys(proxy), (QList<qint64>{4, 6, 3}));
    QCOMPARE(proxy.visibleSourceRows(), (std::vector<int>{3, 5, 2}));
    QCOMPARE(proxy.mapFromSource(model.index(6, 0)), QModelIndex());   // "other" is filtered out
    QCOMPARE(proxy.mapFromSource(model.index(5, 2)), proxy.index(1, 2));
    QCOMPARE(proxy.headerData(PurchasesModel::Qty, Qt::Horizontal).toString(), u"Qty"_s);
    proxy.setFilterText(u"nothing matches this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!proxy.hasChildren());
    QCOMPARE(proxy.headerData(PurchasesModel::Qty, Qt::Horizontal).toString(), u"Qty"_s);
}

void TestPurchasesModel::parallelFilterEqualsSequential()
{
    PurchasesModel model;
    model.startLookup();
    PurchasePage page;
    const QStringList colours{u"NAVY"_s, u"RED"_s, u"STEEL GREY"_s, u"OLIVE"_s};
    for (int i = 0; i < 20000; ++i) {
        const QString name = u"P%1:%2"_s.arg(i % 97).arg(colours.at(i % 4));
        const QString date = i % 7 == 0 ? QString() : u"20%1-0%2-1%3 10:00:00"_s.arg(10 + i % 15).arg(1 + i % 9).arg(i % 10);
        page.lines.append(line(i, u"C%1"_s.arg(i % 97), name, 1 + i % 5, "$1.00", "$1.00", date));
    }
    model.appendPage(page);

    for (const QString &text : {u"navy"_s, u"grey 2015"_s, u"p1 -01-1"_s, u"zzz"_s, u"0"_s}) {
        PurchasesFilterProxy sequential;
        sequential.setParallelThreshold(1 << 30);
        sequential.setSourceModel(&model);
        sequential.setFilterText(text);
        PurchasesFilterProxy parallel;
        parallel.setParallelThreshold(1);
        parallel.setSourceModel(&model);
        parallel.setFilterText(text);
        QCOMPARE(parallel.visibleSourceRows(), sequential.visibleSourceRows());
        // Cross-check with a plain per-row check of the display texts.
        int expected = 0;
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString haystack = model.displayText(r, PurchasesModel::ProductCode) + u'\n'
                                     + model.displayText(r, PurchasesModel::ProductName) + u'\n'
                                     + model.displayText(r, PurchasesModel::Description) + u'\n'
                                     + model.displayText(r, PurchasesModel::Currency) + u'\n'
                                     + model.displayText(r, PurchasesModel::Date);
            bool all = true;
            for (const QString &w : words)
                all = all && haystack.contains(w, Qt::CaseInsensitive);
            expected += all ? 1 : 0;
        }
        QCOMPARE(int(parallel.visibleSourceRows().size()), expected);
    }
}

void TestPurchasesModel::largeSortMatchesReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (const int column : {int(PurchasesModel::OrderValue), int(PurchasesModel::UnitValue), int(PurchasesModel::Date),
                             int(PurchasesModel::Qty), int(PurchasesModel::ProductName)}) {
        QTest::addRow("column %d ascending", column) << column << false;
        QTest::addRow("column %d descending", column) << column << true;
    }
}

// 30 000 rows take the radix-sort path: the order must equal a plain stable sort on SortRole,
// with negative amounts, mixed scales, many ties and rows without a value (last in both orders).
void TestPurchasesModel::largeSortMatchesReference()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    PurchasesModel model;
    model.startLookup();
    PurchasePage page;
    QRandomGenerator random(7);
    for (int i = 0; i < 30000; ++i) {
        PurchaseLine l;
        l.productKey = i;
        l.productCode = u"C%1"_s.arg(random.bounded(300));
        l.productName = (i % 2 ? u"name "_s : u"Name "_s) + QString::number(random.bounded(200));
        l.productDescription = l.productName;
        if (i % 17 != 0)
            l.quantity = random.bounded(-3, 50);
        const int decimals = 1 + random.bounded(3);
        if (i % 13 != 0) {
            const qint64 minor = qint64(random.bounded(-5000, 2000000));
            l.unitValue = Money(minor / 7, decimals, u"$"_s);
            l.orderValue = Money(minor, decimals, u"$"_s);
        }
        if (i % 11 != 0)
            l.orderDate = QDateTime(QDate(1969 + random.bounded(60), 1 + random.bounded(12), 1 + random.bounded(28)),
                                    QTime(random.bounded(24), 0), Qt::UTC);
        page.lines.append(l);
    }
    model.appendPage(page);
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    proxy.sort(column, order);

    std::vector<int> expected(size_t(model.rowCount()));
    std::iota(expected.begin(), expected.end(), 0);
    const bool text = column == PurchasesModel::ProductName;
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
        const QVariant va = model.index(a, column).data(PurchasesModel::SortRole);
        const QVariant vb = model.index(b, column).data(PurchasesModel::SortRole);
        if (va.isValid() != vb.isValid())
            return va.isValid();
        if (!va.isValid())
            return false;
        if (text) {
            int c = QString::compare(va.toString(), vb.toString(), Qt::CaseInsensitive);
            if (c == 0)
                c = QString::compare(va.toString(), vb.toString());
            return descending ? c > 0 : c < 0;
        }
        return descending ? va.toLongLong() > vb.toLongLong() : va.toLongLong() < vb.toLongLong();
    });
    QCOMPARE(proxy.visibleSourceRows(), expected);
}

void TestPurchasesModel::testerAcrossAppendFilterSortClear()
{
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The testers call fetchMore themselves: answer every request with a page.
    int served = 0;
    connect(&model, &PurchasesModel::fetchMoreRequested, this, [&](const PurchaseCursor &cursor, quint64 ticket) {
        ++served;
        QMetaObject::invokeMethod(
                &model,
                [&model, cursor, ticket] {
                    model.appendPage(samplePage(cursor.page < 3 ? std::optional<PurchaseCursor>(PurchaseCursor{{}, cursor.page + 1})
                                                                : std::nullopt),
                                     ticket);
                },
                Qt::QueuedConnection);
    });

    const quint64 ticket = model.startLookup();
    QTRY_COMPARE(model.rowCount(), 5);
    proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
    proxy.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), 10);
    proxy.setFilterText(u"navy"_s);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), 15);
    QVERIFY(!proxy.canFetchMore(QModelIndex()));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.sort(PurchasesModel::Date, Qt::AscendingOrder);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 15);
    QVERIFY(model.failPage(ApiError::make(ApiError::Kind::Timeout, u"t"_s), ticket));
    QCOMPARE(proxy.rowCount(), 15);
    QVERIFY(!proxy.canFetchMore(QModelIndex()));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    model.startLookup();
    QTRY_COMPARE(proxy.rowCount(), 5);
    proxy.setSourceModel(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), 0);
    QCOMPARE(served, 4);
}

void TestPurchasesModel::sortedAppendMergesAndPersistentIndexesFollow()
{
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 ticket = model.startLookup();
    model.appendPage(samplePage(PurchaseCursor{{}, 2}), ticket);
    proxy.sort(PurchasesModel::OrderValue, Qt::AscendingOrder);

    // Follow the 55.90 row (productKey 5) through a re-sort and an append.
    const QPersistentModelIndex tracked = proxy.index(2, PurchasesModel::ProductName);
    QCOMPARE(tracked.data(PurchasesModel::ProductKeyRole).toLongLong(), 5);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(&proxy, &QAbstractItemModel::rowsInserted);

    PurchasePage more;
    more.lines = {line(6, u"Z"_s, u"z"_s, 1, "$1.00", "$1.00", u""_s),
                  line(7, u"Y"_s, u"y"_s, 1, "$5000.00", "$5000.00", u""_s),
                  line(8, u"X"_s, u"x"_s, 1, nullptr, nullptr, u""_s),
                  line(9, u"W"_s, u"w"_s, 1, "$55.90", "$55.90", u""_s)};
    model.fetchMore(QModelIndex());
    QVERIFY(model.appendPage(more, ticket));
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(keys(proxy), (QList<qint64>{6, 3, 4, 5, 9, 1, 2, 7, 8}));   // no value last; ties in row order
    QCOMPARE(tracked.row(), 3);
    QCOMPARE(tracked.data(PurchasesModel::ProductKeyRole).toLongLong(), 5);

    proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
    QCOMPARE(keys(proxy), (QList<qint64>{7, 2, 1, 5, 9, 4, 3, 6, 8}));
    QCOMPARE(tracked.row(), 3);
    proxy.sort(-1);   // arrival order
    QCOMPARE(tracked.row(), 4);
    QCOMPARE(tracked.data(PurchasesModel::ProductKeyRole).toLongLong(), 5);
}

void TestPurchasesModel::totalsPerCurrency()
{
    PurchasesModel model;
    model.startLookup();
    model.appendPage(samplePage());
    PurchasePage more;
    more.lines = {line(6, u"5012345100002"_s, u"SP-YM60:GREY:ONE SIZE"_s, 1, "€24.99", "€24.99", u"2024-02-10 09:00:00"_s,
                       u"Yoga mat, steel grey"_s),
                  line(7, u"N"_s, u"no value"_s, 1, nullptr, nullptr, u"2024-02-11"_s)};
    model.appendPage(more);

    const PurchaseTotals totals = PurchaseTotals::compute(model.table());
    QCOMPARE(totals.lines, 7);
    QCOMPARE(totals.undatedLines, 1);
    QCOMPARE(totals.linesWithoutValue, 1);
    QVERIFY(!totals.overflow);
    QCOMPARE(totals.currencies.size(), 3);   // $, €, and the line without any currency
    QCOMPARE(totals.mainCurrency(), u"$"_s);
    const PurchaseTotals::CurrencyTotal &dollars = totals.currencies.at(0);
    QCOMPARE(dollars.lines, 4);
    QCOMPARE(dollars.quantity, 13);
    QCOMPARE(dollars.orderValue, Money(116520, 2, u"$"_s));   // 100.30 + 1000.0 + 9.00 + 55.9
    const PurchaseTotals::CurrencyTotal &euros = totals.currencies.at(1);
    QCOMPARE(euros.currency, u"€"_s);
    QCOMPARE(euros.orderValue, Money(7497, 2, u"€"_s));

    // Spend per month per currency; the undated $1000 line is not in any month.
    const QList<PurchaseTotals::MonthSpend> dollarMonths = totals.monthSeries(u"$"_s);
    QCOMPARE(dollarMonths.size(), 2);
    QCOMPARE(dollarMonths.at(0).month, QDate(2024, 4, 1));
    QCOMPARE(dollarMonths.at(0).orderValue, Money(900, 2, u"$"_s));
    QCOMPARE(dollarMonths.at(1).month, QDate(2024, 5, 1));
    QCOMPARE(dollarMonths.at(1).orderValue, Money(15620, 2, u"$"_s));
    const QList<PurchaseTotals::MonthSpend> euroMonths = totals.monthSeries(u"€"_s);
    QCOMPARE(euroMonths.size(), 3);                       // December and February, January as zero
    QCOMPARE(euroMonths.at(0).month, QDate(2023, 12, 1));
    QCOMPARE(euroMonths.at(1).month, QDate(2024, 1, 1));
    QCOMPARE(euroMonths.at(1).orderValue, Money(0, 2, u"€"_s));
    QCOMPARE(euroMonths.at(1).lines, 0);
    QCOMPARE(euroMonths.at(2).month, QDate(2024, 2, 1));
    QCOMPARE(euroMonths.at(2).orderValue, Money(2499, 2, u"€"_s));
    QCOMPARE(totals.monthSeries(u"kr"_s).size(), 0);

    // Top products by value, per currency; the two NAVY lines add up.
    QCOMPARE(totals.topProducts.at(0).productCode, u"4900016873417"_s);
    QCOMPARE(totals.topProducts.at(1).productCode, u"1000000873152"_s);
    QCOMPARE(totals.topProducts.at(1).orderValue, Money(15620, 2, u"$"_s));
    QCOMPARE(totals.topProducts.at(1).lines, 2);
    const auto euroTop = std::find_if(totals.topProducts.cbegin(), totals.topProducts.cend(),
                                      [](const PurchaseTotals::ProductSpend &p) { return p.currency == u"€"_s; });
    QVERIFY(euroTop != totals.topProducts.cend());
    QCOMPARE(euroTop->orderValue, Money(7497, 2, u"€"_s));
    QCOMPARE(euroTop->quantity, 3);

    // Over the filter's visible rows only.
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"navy"_s);
    const PurchaseTotals navy = PurchaseTotals::compute(model.table(), &proxy.visibleSourceRows(), 1);
    QCOMPARE(navy.lines, 2);
    QCOMPARE(navy.currencies.at(0).orderValue, Money(15620, 2, u"$"_s));
    QCOMPARE(navy.topProducts.size(), 1);
}

// The pane keeps PurchaseTotals::Accumulator across pages while "Load all" runs: adding each page's
// rows must give exactly what compute() gives over the whole table, also when a later page brings
// an amount with more decimals (the sums so far are rescaled) or a new currency.
void TestPurchasesModel::totalsGrownPageByPageEqualTheWhole()
{
    PurchasesModel model;
    model.startLookup();
    PurchaseTotals::Accumulator grown;
    auto addPage = [&](const PurchasePage &page) {
        QVERIFY(model.appendPage(page));
        grown.addRows(model.table(), int(grown.rowCount()), model.table().size());
        QCOMPARE(grown.rowCount(), qint64(model.rowCount()));
    };
    addPage(samplePage());
    QCOMPARE(model.table().maxScale(), 2);
    PurchasePage finer;   // 4 decimals and a third currency arrive on the second page
    finer.lines = {line(6, u"C"_s, u"c"_s, 3, "$18.6333", "$55.8999", u"2024-05-20 10:00:00"_s),
                   line(7, u"K"_s, u"krona"_s, 2, "kr 10.5", "kr 21.0", u"2024-06-01 09:00:00"_s),
                   line(8, u"N"_s, u"no value"_s, 1, nullptr, nullptr, u""_s)};
    addPage(finer);
    QCOMPARE(model.table().maxScale(), 4);
    PurchasePage last;
    last.lines = {line(9, u"1000000873152"_s, u"NF-PO06:NAVY:11-12 Y"_s, 1, "$0.01", "$0.01", u"2024-05-03 10:15:00"_s)};
    addPage(last);

    const PurchaseTotals whole = PurchaseTotals::compute(model.table(), nullptr, 3);
    const PurchaseTotals parts = grown.totals(model.table(), 3);
    QCOMPARE(parts.lines, whole.lines);
    QCOMPARE(parts.lines, 9);
    QCOMPARE(parts.undatedLines, whole.undatedLines);
    QCOMPARE(parts.linesWithoutValue, whole.linesWithoutValue);
    QCOMPARE(parts.overflow, whole.overflow);
    QCOMPARE(parts.currencies.size(), whole.currencies.size());
    for (qsizetype i = 0; i < whole.currencies.size(); ++i) {
        QCOMPARE(parts.currencies.at(i).currency, whole.currencies.at(i).currency);
        QCOMPARE(parts.currencies.at(i).orderValue, whole.currencies.at(i).orderValue);
        QCOMPARE(parts.currencies.at(i).lines, whole.currencies.at(i).lines);
        QCOMPARE(parts.currencies.at(i).quantity, whole.currencies.at(i).quantity);
    }
    // 100.30 + 1000.0 + 9.00 + 55.9 + 55.8999 + 0.01, exactly, at 4 decimals.
    QCOMPARE(parts.currencies.at(0).orderValue, Money(12211099, 4, u"$"_s));
    QCOMPARE(parts.months.size(), whole.months.size());
    for (qsizetype i = 0; i < whole.months.size(); ++i) {
        QCOMPARE(parts.months.at(i).month, whole.months.at(i).month);
        QCOMPARE(parts.months.at(i).currency, whole.months.at(i).currency);
        QCOMPARE(parts.months.at(i).orderValue, whole.months.at(i).orderValue);
    }
    QCOMPARE(parts.topProducts.size(), whole.topProducts.size());
    for (qsizetype i = 0; i < whole.topProducts.size(); ++i) {
        QCOMPARE(parts.topProducts.at(i).productCode, whole.topProducts.at(i).productCode);
        QCOMPARE(parts.topProducts.at(i).orderValue, whole.topProducts.at(i).orderValue);
        QCOMPARE(parts.topProducts.at(i).lines, whole.topProducts.at(i).lines);
    }

    // Cleared, it starts over.
    grown.clear();
    QCOMPARE(grown.rowCount(), 0);
    QCOMPARE(grown.totals(model.table()).lines, 0);
    QVERIFY(grown.totals(model.table()).currencies.isEmpty());
}

QTEST_GUILESS_MAIN(TestPurchasesModel)
#include "tst_purchasesmodel.moc"
