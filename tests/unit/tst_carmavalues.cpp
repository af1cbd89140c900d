#include "csv/carmarules.h"
#include "csv/carmaschema.h"
#include "csv/carmavalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

Q_DECLARE_METATYPE(cdp::csv::NumberStatus)
Q_DECLARE_METATYPE(cdp::csv::TimestampStatus)

class TestCarmaValues : public QObject
{
    Q_OBJECT

private slots:
    void decimal_data();
    void decimal();
    void quantity_data();
    void quantity();
    void timestamp_data();
    void timestamp();
    void amountText_data();
    void amountText();
    void multiplyOverflow();
    void schemaLayouts();
    void ruleIdsRoundTrip();
};

void TestCarmaValues::decimal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<NumberStatus>("status");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("20.50") << QByteArray("20.50") << NumberStatus::Ok << u"20.50"_s << QString();
    QTest::newRow("integer") << QByteArray("7") << NumberStatus::Ok << u"7.00"_s << QString();
    QTest::newRow("zero padded") << QByteArray("000000.00") << NumberStatus::Ok << u"0.00"_s << QString();
    QTest::newRow("negative") << QByteArray("-3.5") << NumberStatus::Ok << u"-3.50"_s << QString();
    QTest::newRow("nine decimals") << QByteArray("0.123456789") << NumberStatus::Ok << u"0.123456789"_s << QString();
    QTest::newRow("18 digits") << QByteArray("123456789.123456789") << NumberStatus::Ok << u"123456789.123456789"_s << QString();
    QTest::newRow("leading zeros do not count") << QByteArray("0000000000000000000001.5") << NumberStatus::Ok << u"1.50"_s << QString();
    QTest::newRow("decimal comma") << QByteArray("20,50") << NumberStatus::Malformed << QString() << u"decimal comma instead of point"_s;
    QTest::newRow("thousands") << QByteArray("1,234.50") << NumberStatus::Malformed << QString() << u"thousands separators are not allowed"_s;
    QTest::newRow("exponent") << QByteArray("2.5E3") << NumberStatus::Malformed << QString() << u"exponent notation is not allowed"_s;
    QTest::newRow("NaN") << QByteArray("NaN") << NumberStatus::Malformed << QString() << u"not a number"_s;
    QTest::newRow("plus") << QByteArray("+1") << NumberStatus::Malformed << QString() << u"a plus sign is not allowed"_s;
    QTest::newRow("blank") << QByteArray("1 000") << NumberStatus::Malformed << QString() << u"blanks or separators are not allowed"_s;
    QTest::newRow("empty") << QByteArray() << NumberStatus::Malformed << QString() << u"empty"_s;
    QTest::newRow("minus only") << QByteArray("-") << NumberStatus::Malformed << QString() << u"not a number"_s;
    QTest::newRow("two points") << QByteArray("1.2.3") << NumberStatus::Malformed << QString() << u"not a decimal number with a point"_s;
    QTest::newRow("19 digits") << QByteArray("1234567890123456789") << NumberStatus::OutOfRange << QString() << QString();
    QTest::newRow("10 decimals") << QByteArray("0.1234567890") << NumberStatus::OutOfRange << QString() << QString();
}

void TestCarmaValues::decimal()
{
    QFETCH(QByteArray, text);
    QFETCH(NumberStatus, status);
    QFETCH(QString, value);
    QFETCH(QString, explanation);
    CarmaAmount amount;
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    QCOMPARE(parseCarmaDecimal(view, amount), status);
    if (status == NumberStatus::Ok)
        QCOMPARE(amount.toString(), value);
    if (!explanation.isEmpty())
        QCOMPARE(explainDecimalProblem(view), explanation);
}

void TestCarmaValues::quantity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<NumberStatus>("status");
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << QByteArray("0") << NumberStatus::Ok << qint64(0);
    QTest::newRow("12") << QByteArray("12") << NumberStatus::Ok << qint64(12);
    QTest::newRow("leading zero") << QByteArray("007") << NumberStatus::Ok << qint64(7);
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << NumberStatus::Ok << qint64(999999999999999999);
    QTest::newRow("19 digits") << QByteArray("1000000000000000000") << NumberStatus::OutOfRange << qint64(0);
    QTest::newRow("decimal") << QByteArray("1.5") << NumberStatus::Malformed << qint64(0);
    QTest::newRow("whole decimal") << QByteArray("2.0") << NumberStatus::Malformed << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << NumberStatus::Malformed << qint64(0);
    QTest::newRow("empty") << QByteArray() << NumberStatus::Malformed << qint64(0);
}

void TestCarmaValues::quantity()
{
    QFETCH(QByteArray, text);
    QFETCH(NumberStatus, status);
    QFETCH(qint64, value);
    std::int64_t parsed = 0;
    QCOMPARE(parseCarmaQuantity(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), parsed), status);
    if (status == NumberStatus::Ok)
        QCOMPARE(qint64(parsed), value);
}

void TestCarmaValues::timestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TimestampStatus>("status");
    QTest::newRow("ordinary") << QByteArray("2021-03-04 10:11:12") << TimestampStatus::Ok;
    QTest::newRow("first second") << QByteArray("0001-01-01 00:00:00") << TimestampStatus::Ok;
    QTest::newRow("last second") << QByteArray("9999-12-31 23:59:59") << TimestampStatus::Ok;
    QTest::newRow("leap day 2024") << QByteArray("2024-02-29 12:00:00") << TimestampStatus::Ok;
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29 12:00:00") << TimestampStatus::Ok;
    QTest::newRow("Stockholm DST gap") << QByteArray("2021-03-28 02:30:00") << TimestampStatus::Ok;
    QTest::newRow("leap day 1900") << QByteArray("1900-02-29 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("Feb 30") << QByteArray("2024-02-30 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("June 31") << QByteArray("2024-06-31 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("day 0") << QByteArray("2024-06-00 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("month 0") << QByteArray("2024-00-10 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("year 0") << QByteArray("0000-06-10 12:00:00") << TimestampStatus::Invalid;
    QTest::newRow("24:00:00") << QByteArray("2024-06-10 24:00:00") << TimestampStatus::Invalid;
    QTest::newRow("second 60") << QByteArray("2024-06-10 23:59:60") << TimestampStatus::Invalid;
    QTest::newRow("T") << QByteArray("2024-06-10T12:00:00") << TimestampStatus::Malformed;
    QTest::newRow("slashes") << QByteArray("2024/06/10 12:00:00") << TimestampStatus::Malformed;
    QTest::newRow("letters") << QByteArray("2024-0a-10 12:00:00") << TimestampStatus::Malformed;
    QTest::newRow("milliseconds") << QByteArray("2024-06-10 12:00:00.000") << TimestampStatus::Malformed;
    QTest::newRow("short") << QByteArray("2024-06-10 12:00:0") << TimestampStatus::Malformed;
    QTest::newRow("empty") << QByteArray() << TimestampStatus::Malformed;
}

void TestCarmaValues::timestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(TimestampStatus, status);
    QCOMPARE(checkCarmaTimestamp(std::string_view(text.constData(), static_cast<std::size_t>(text.size()))), status);
}

void TestCarmaValues::amountText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two decimals") << QByteArray("1.5") << 2 << u"1.50"_s;
    QTest::newRow("no decimals") << QByteArray("1.5") << 0 << u"1.5"_s;
    QTest::newRow("whole, no decimals") << QByteArray("12") << 0 << u"12"_s;
    QTest::newRow("small negative") << QByteArray("-0.000000001") << 2 << u"-0.000000001"_s;
    QTest::newRow("zero") << QByteArray("0") << 2 << u"0.00"_s;
}

void TestCarmaValues::amountText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    CarmaAmount amount;
    QCOMPARE(parseCarmaDecimal(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), amount),
             NumberStatus::Ok);
    QCOMPARE(amount.toString(minDecimals), expected);
}

void TestCarmaValues::multiplyOverflow()
{
    CarmaAmount price;
    QCOMPARE(parseCarmaDecimal("999999999999999999", price), NumberStatus::Ok);
    CarmaAmount product;
    QVERIFY(!multiplyAmount(price, 999999999999999999, product));
    QVERIFY(multiplyAmount(price, 3, product));
    QCOMPARE(product.toString(), u"2999999999999999997.00"_s);
    CarmaAmount tenth;
    QCOMPARE(parseCarmaDecimal("0.1", tenth), NumberStatus::Ok);
    CarmaAmount expected;
    QCOMPARE(parseCarmaDecimal("0.3", expected), NumberStatus::Ok);
    QVERIFY(multiplyAmount(tenth, 3, product));
    QCOMPARE(product, expected);
}

void TestCarmaValues::schemaLayouts()
{
    const CarmaSchema seed = CarmaSchema::seedLayout();
    QCOMPARE(seed.columns().size(), CarmaSchema::ColumnCount);
    QCOMPARE(seed.fieldName(0), u"Originalid"_s);
    QCOMPARE(seed.fieldName(1), u"Sku/column1"_s);
    QCOMPARE(seed.fieldName(2), u"itemPrice"_s);
    QCOMPARE(seed.fieldName(3), u"Transaction Time"_s);
    QCOMPARE(seed.fieldName(4), u"No of Items"_s);
    QCOMPARE(seed.fieldName(5), u"Total price"_s);
    QCOMPARE(seed.fieldName(6), u"Column2"_s);
    QCOMPARE(seed.fieldName(30), u"Column26"_s);
    QCOMPARE(seed.fieldName(31), QString());
    QCOMPARE(seed.fieldName(-1), QString());
    for (int index = 0; index < CarmaSchema::ColumnCount; ++index) {
        QCOMPARE(seed.column(index).index, index);
        const CarmaRequirement expected = index < 3   ? CarmaRequirement::Mandatory
                                          : index < 5 ? CarmaRequirement::Recommended
                                                      : CarmaRequirement::Optional;
        QCOMPARE(seed.column(index).requirement, expected);
    }
    QCOMPARE(seed.column(6).kind, CarmaValueKind::Text);

    const CarmaSchema newer = CarmaSchema::newerLayout();
    QCOMPARE(newer.layout(), CarmaLayout::Newer);
    QCOMPARE(newer.columns().size(), CarmaSchema::ColumnCount);
    const QStringList named{u"Currency"_s, u"Invoice Id"_s, u"category"_s, u"Item Name"_s, u"Item Description"_s};
    for (int index = 0; index < named.size(); ++index)
        QCOMPARE(newer.fieldName(6 + index), named.at(index));
    QCOMPARE(newer.column(6).kind, CarmaValueKind::Currency);
    QCOMPARE(newer.fieldName(11), u"Column7"_s);
    QCOMPARE(newer.fieldName(2), u"itemPrice"_s);

    QCOMPARE(CarmaSchema::layoutFromId(CarmaSchema::layoutId(CarmaLayout::Newer)), CarmaLayout::Newer);
    QCOMPARE(CarmaSchema::layoutFromId(u"seed"), CarmaLayout::Seed);
    QVERIFY(!CarmaSchema::layoutFromId(u"other").has_value());
}

void TestCarmaValues::ruleIdsRoundTrip()
{
    QSet<QString> ids;
    for (int index = 0; index < CarmaRuleCount; ++index) {
        const auto rule = static_cast<CarmaRule>(index);
        const QString id = ruleId(rule);
        QVERIFY(!id.isEmpty());
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        QCOMPARE(ruleFromId(id), rule);
        QVERIFY(!ruleDescription(rule).isEmpty());
    }
    QCOMPARE(ruleSeverity(CarmaRule::TotalMismatch), CarmaSeverity::Error);
    QCOMPARE(ruleSeverity(CarmaRule::RecommendedMissing), CarmaSeverity::Warning);
    QVERIFY(!ruleFromId(u"no-such-rule").has_value());
}

QTEST_GUILESS_MAIN(TestCarmaValues)
#include "tst_carmavalues.moc"
