#include "csv/carmavalidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

namespace {

// A valid first line, so that problems on line 2 are not taken for a header row.
const QByteArray validLine = "C1;SKU-1;20.50;2021-03-04 10:11:12;2;41.00\n";

// "line:column:rule-id" for every problem, in order.
QStringList signatures(const CarmaValidationResult &result)
{
    QStringList list;
    for (const CarmaProblem &problem : result.problems)
        list.append(u"%1:%2:%3"_s.arg(problem.line).arg(problem.column).arg(ruleId(problem.rule)));
    return list;
}

CarmaValidationOptions withThreads(int threads)
{
    CarmaValidationOptions options;
    options.threads = threads;
    options.computeContentHash = false;
    return options;
}

// Deterministic rows, every 7th broken in one of several ways.
QByteArray generatedRows(int rows)
{
    QByteArray data;
    for (int row = 0; row < rows; ++row) {
        const QByteArray id = "C" + QByteArray::number(row);
        switch (row % 7 == 3 ? (row / 7) % 5 : -1) {
        case 0: data += id + ";S;1,50;2021-01-01 00:00:00;1;1.50\n"; break;
        case 1: data += id + ";S;1.50;2021-02-30 00:00:00;1;1.50\n"; break;
        case 2: data += id + ";S;1.50;2021-01-01 00:00:00;2;3.10\n"; break;
        case 3: data += id + ";S\n"; break;
        case 4: data += "\n"; break;
        default:
            data += id + ";SKU-" + QByteArray::number(row % 97) + ";" + QByteArray::number(row % 50) + ".25;2020-02-29 23:59:59;"
                    + QByteArray::number(row % 4) + ";" + QByteArray::number((row % 50) * (row % 4) + (row % 4) / 4) + "."
                    + QByteArray::number((25 * (row % 4)) % 100).rightJustified(2, '0') + ";SEK;x;y\n";
        }
    }
    return data;
}

} // namespace

class TestCarmaValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void problemDetails();
    void headerRowMessage();
    void crlfAccepted();
    void longLineIsBoundedAndLineNumbersStay_data();
    void longLineIsBoundedAndLineNumbersStay();
    void capKeepsCountsExact();
    void totalValueIsExact();
    void twoThreadsMatchOne_data();
    void twoThreadsMatchOne();
    void fileHashAndRejectedRows();
    void missingFileFails();
    void cancelled();
    void progressReachesTotal();
};

void TestCarmaValidator::rules_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("newerLayout");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("invalidRows");

    const QStringList none;
    auto row = [](const char *name, const QByteArray &data, const QStringList &expected, qint64 invalid, bool newer = false) {
        QTest::newRow(name) << data << newer << expected << invalid;
    };

    // File level
    row("empty file", QByteArray(), {u"1:-1:empty-file"_s}, 0);
    row("valid 6 fields", validLine, none, 0);
    row("no final newline", "C1;S;1.00;2021-01-01 00:00:00;1;1.00", none, 0);
    row("byte order mark", "\xEF\xBB\xBF" + validLine, {u"1:-1:byte-order-mark"_s}, 1);
    row("empty line", validLine + "\n" + validLine, {u"2:-1:empty-line"_s}, 1);
    row("only a newline", "\n", {u"1:-1:empty-line"_s}, 1);

    // Header row
    row("header row", "Originalid;Sku/column1;itemPrice;Transaction Time;No of Items;Total price\n" + validLine,
        {u"1:-1:header-row"_s}, 1);
    row("header-like row on line 2 is a price error", validLine + "Originalid;Sku;itemPrice\n",
        {u"2:2:price-format"_s, u"2:3:recommended-missing"_s, u"2:4:recommended-missing"_s}, 1);

    // Field counts (positional: k fields are columns 0..k-1)
    row("one field", validLine + "C1\n", {u"2:-1:too-few-fields"_s}, 1);
    row("two fields", validLine + "C1;S\n", {u"2:-1:too-few-fields"_s}, 1);
    row("three fields", validLine + "C1;S;1.00\n",
        {u"2:3:recommended-missing"_s, u"2:4:recommended-missing"_s}, 0);
    row("four fields", validLine + "C1;S;1.00;2021-01-01 00:00:00\n", {u"2:4:recommended-missing"_s}, 0);
    row("31 fields", validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00" + QByteArray(25, ';') + "\n", none, 0);
    row("32 fields", validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00" + QByteArray(26, ';') + "\n",
        {u"2:-1:too-many-fields"_s}, 1);
    row("gap: empty Transaction Time", validLine + "C1;S;10.00;;2;20.00\n", {u"2:3:recommended-missing"_s}, 0);
    row("gap: empty custom columns", validLine + "C1;S;10.00;2021-01-01 00:00:00;2;20.00;;;x;;\n", none, 0);

    // Mandatory
    row("empty Originalid", validLine + ";S;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:0:mandatory-empty"_s}, 1);
    row("empty Sku", validLine + "C1;;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:1:mandatory-empty"_s}, 1);
    row("empty itemPrice", validLine + "C1;S;;2021-01-01 00:00:00;1\n", {u"2:2:mandatory-empty"_s}, 1);

    // itemPrice
    row("decimal comma", validLine + "C1;S;20,50\n",
        {u"2:2:price-format"_s, u"2:3:recommended-missing"_s, u"2:4:recommended-missing"_s}, 1);
    const QStringList badPrice{u"2:2:price-format"_s};
    const QByteArray tail = ";2021-01-01 00:00:00;1\n";
    row("thousands separator", validLine + "C1;S;1,234.50" + tail, badPrice, 1);
    row("thousands blank", validLine + "C1;S;1 234.50" + tail, badPrice, 1);
    row("exponent", validLine + "C1;S;1e3" + tail, badPrice, 1);
    row("NaN", validLine + "C1;S;NaN" + tail, badPrice, 1);
    row("inf", validLine + "C1;S;inf" + tail, badPrice, 1);
    row("plus sign", validLine + "C1;S;+5.00" + tail, badPrice, 1);
    row("leading point", validLine + "C1;S;.50" + tail, badPrice, 1);
    row("trailing point", validLine + "C1;S;5." + tail, badPrice, 1);
    row("leading blank", validLine + "C1;S; 5.00" + tail, badPrice, 1);
    row("currency sign", validLine + "C1;S;$5.00" + tail, badPrice, 1);
    row("integer price", validLine + "C1;S;5" + tail, none, 0);
    row("zero-padded price", validLine + "C1;S;000020.50" + tail, none, 0);
    row("negative price (refund)", validLine + "C1;S;-5.00;2021-01-01 00:00:00;2;-10.00\n", none, 0);
    row("19 digits", validLine + "C1;S;1234567890123456789" + tail, {u"2:2:number-out-of-range"_s}, 1);
    row("10 decimals", validLine + "C1;S;1.0000000001" + tail, {u"2:2:number-out-of-range"_s}, 1);

    // Transaction Time
    auto time = [](const char *value) -> QByteArray { return validLine + "C1;S;1.00;" + value + ";1;1.00\n"; };
    row("Feb 30", time("2021-02-30 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("Feb 29 in a common year", time("2021-02-29 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("Feb 29 in 2100", time("2100-02-29 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("Feb 29 in a leap year", time("2020-02-29 10:00:00"), none, 0);
    row("Feb 29 in 2000", time("2000-02-29 10:00:00"), none, 0);
    row("April 31", time("2021-04-31 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("month 13", time("2021-13-01 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("year 0000", time("0000-01-01 10:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("24:00:00", time("2021-02-03 24:00:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("minute 60", time("2021-02-03 10:60:00"), {u"2:3:datetime-invalid"_s}, 1);
    row("leap second", time("2016-12-31 23:59:60"), {u"2:3:datetime-invalid"_s}, 1);
    row("DST gap time is valid UTC", time("2021-03-28 02:30:00"), none, 0);
    row("T separator", time("2021-02-03T10:00:00"), {u"2:3:datetime-format"_s}, 1);
    row("no seconds", time("2021-02-03 10:00"), {u"2:3:datetime-format"_s}, 1);
    row("single-digit month", time("2021-2-03 10:00:00"), {u"2:3:datetime-format"_s}, 1);
    row("day-first", time("03/02/2021 10:00:00"), {u"2:3:datetime-format"_s}, 1);
    row("time zone suffix", time("2021-02-03 10:00:00Z"), {u"2:3:datetime-format"_s}, 1);
    row("date only", time("2021-02-03"), {u"2:3:datetime-format"_s}, 1);

    // No of Items
    auto items = [](const char *value, const char *total) -> QByteArray {
        return validLine + "C1;S;2.00;2021-01-01 00:00:00;" + value + ";" + total + "\n";
    };
    row("decimal quantity", items("1.5", "3.00"), {u"2:4:quantity-format"_s}, 1);
    row("negative quantity", items("-1", "-2.00"), {u"2:4:quantity-format"_s}, 1);
    row("quantity with blank", items("1 ", "2.00"), {u"2:4:quantity-format"_s}, 1);
    row("zero quantity", items("0", "0.00"), none, 0);
    row("19-digit quantity", items("1234567890123456789", "1.00"), {u"2:4:number-out-of-range"_s}, 1);
    row("empty quantity with total", items("", "2.00"),
        {u"2:4:recommended-missing"_s, u"2:5:total-unverifiable"_s}, 0);

    // Total price
    row("total mismatch", items("3", "6.01"), {u"2:5:total-mismatch"_s}, 1);
    row("total equal at another scale", items("3", "6"), none, 0);
    row("total exact where binary floating point is not", validLine + "C1;S;0.1;2021-01-01 00:00:00;3;0.3\n", none, 0);
    row("total decimal comma", items("3", "6,00"), {u"2:5:total-format"_s}, 1);
    row("total exponent", items("3", "6e0"), {u"2:5:total-format"_s}, 1);
    row("total empty", items("3", ""), none, 0);

    // Bytes
    row("invalid UTF-8", validLine + "C\xff" "1;S;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:0:invalid-utf8"_s}, 1);
    row("overlong UTF-8", validLine + "C1;S\xC0\xAF;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:1:invalid-utf8"_s}, 1);
    row("UTF-16 surrogate in UTF-8", validLine + "C1;S\xED\xA0\x80;1.00;2021-01-01 00:00:00;1;1.00\n",
        {u"2:1:invalid-utf8"_s}, 1);
    row("truncated UTF-8", validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00;Bj\xC3\n", {u"2:6:invalid-utf8"_s}, 1);
    row("valid UTF-8", validLine + "C1;Bj\xC3\xB6rn \xE2\x82\xAC;1.00;2021-01-01 00:00:00;1;1.00;\xF0\x9F\x98\x80\n", none, 0);
    row("NUL byte", validLine + QByteArray("C") + '\0' + "1;S;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:0:nul-byte"_s}, 1);
    row("bare CR inside a value", validLine + "C1;S\rX;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:1:bare-cr"_s}, 1);
    row("CR before a separator", validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00\r;x\n", {u"2:5:bare-cr"_s, u"2:5:total-format"_s}, 1);

    // Quotes and blanks (Carma has no quoting: a quote is data)
    row("quoted value", validLine + "\"C1\";S;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:0:quoted-value"_s}, 0);
    row("quote inside a value", validLine + "C1;S\"x;1.00;2021-01-01 00:00:00;1;1.00;a \"b\" c\n", none, 0);
    row("quoted price", validLine + "C1;S;\"1.00\";2021-01-01 00:00:00;1;1.00\n", {u"2:2:price-format"_s}, 1);
    row("surrounding blank", validLine + "C1 ;S;1.00;2021-01-01 00:00:00;1;1.00\n", {u"2:0:surrounding-space"_s}, 0);

    // Layouts
    const QByteArray currencyRow = validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00;sek;INV-1;shoes;Boot;Leather\n";
    row("newer layout: bad currency", currencyRow, {u"2:6:currency-code"_s}, 0, true);
    row("seed layout: column 6 is free text", currencyRow, none, 0, false);
    row("newer layout: good currency", validLine + "C1;S;1.00;2021-01-01 00:00:00;1;1.00;SEK\n", none, 0, true);
}

void TestCarmaValidator::rules()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, newerLayout);
    QFETCH(QStringList, expected);
    QFETCH(qint64, invalidRows);

    for (const int threads : {1, 2}) {
        CarmaValidationOptions options = withThreads(threads);
        options.layout = newerLayout ? CarmaLayout::Newer : CarmaLayout::Seed;
        const CarmaValidationResult result = CarmaValidator::validateData(data, options);
        QCOMPARE(result.outcome, CarmaValidationResult::Outcome::Completed);
        QCOMPARE(signatures(result), expected);
        QCOMPARE(result.invalidRows, invalidRows);
        QCOMPARE(result.validRows + result.invalidRows, result.lines);
        QCOMPARE(result.errorCount() + result.warningCount(), qint64(expected.size()));
    }
}

void TestCarmaValidator::problemDetails()
{
    const CarmaValidationResult result =
        CarmaValidator::validateData(QByteArray(validLine + "C1;S;20,50;2021-01-01 00:00:00;1;20.50\n"), withThreads(1));
    QCOMPARE(result.problems.size(), 1);
    const CarmaProblem &problem = result.problems.first();
    QCOMPARE(problem.line, 2);
    QCOMPARE(problem.column, 2);
    QCOMPARE(problem.field, u"itemPrice"_s);
    QCOMPARE(problem.rule, CarmaRule::PriceFormat);
    QCOMPARE(problem.severity, CarmaSeverity::Error);
    QCOMPARE(problem.value, u"20,50"_s);
    QVERIFY2(problem.message.contains(u"decimal comma"_s), qPrintable(problem.message));
    QCOMPARE(result.count(CarmaRule::PriceFormat), 1);
    QVERIFY(!result.isAcceptable());

    const CarmaValidationResult mismatch =
        CarmaValidator::validateData(QByteArray(validLine + "C1;S;10.00;2021-01-01 00:00:00;3;31.00\n"), withThreads(1));
    QCOMPARE(mismatch.problems.size(), 1);
    QCOMPARE(mismatch.problems.first().field, u"Total price"_s);
    QVERIFY2(mismatch.problems.first().message.contains(u"30.00"_s), qPrintable(mismatch.problems.first().message));

    const CarmaValidationResult longValue =
        CarmaValidator::validateData(QByteArray(validLine + "C1;S;" + QByteArray(500, '9') + "x\n"), withThreads(1));
    QVERIFY(!longValue.problems.isEmpty());
    QCOMPARE(longValue.problems.first().value.size(), 81); // 80 bytes and an ellipsis
}

void TestCarmaValidator::headerRowMessage()
{
    const CarmaValidationResult result =
        CarmaValidator::validateData("Originalid;Sku;itemPrice\nC1;S;1.00;2021-01-01 00:00:00;1\n", withThreads(1));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().rule, CarmaRule::HeaderRow);
    QVERIFY(result.problems.first().message.contains(u"header"_s));
    QVERIFY(result.problems.first().message.contains(u"itemPrice"_s));
    QCOMPARE(result.validRows, 1);
    QCOMPARE(result.invalidRows, 1);
}

void TestCarmaValidator::crlfAccepted()
{
    const QByteArray data = "C1;S;1.00;2021-01-01 00:00:00;1;1.00\r\nC2;S;2.00;2021-01-01 00:00:00;1;2.00\r\n";
    for (const int threads : {1, 2}) {
        const CarmaValidationResult result = CarmaValidator::validateData(data, withThreads(threads));
        QCOMPARE(signatures(result), QStringList());
        QCOMPARE(result.crlfLines, 2);
        QCOMPARE(result.validRows, 2);
        QCOMPARE(result.totalValue.toString(), u"3.00"_s);
    }
}

void TestCarmaValidator::longLineIsBoundedAndLineNumbersStay_data()
{
    QTest::addColumn<qsizetype>("lineBytes");
    QTest::addColumn<qsizetype>("blockBytes");
    QTest::addColumn<bool>("finalNewline");
    QTest::newRow("10 MB line, 4 MiB blocks") << qsizetype(10'000'000) << qsizetype(4 << 20) << true;
    QTest::newRow("10 MB line, 64 KiB blocks") << qsizetype(10'000'000) << qsizetype(64 << 10) << true;
    QTest::newRow("1 MiB + 1 line, last, no newline") << qsizetype((1 << 20) + 1) << qsizetype(64 << 10) << false;
}

void TestCarmaValidator::longLineIsBoundedAndLineNumbersStay()
{
    QFETCH(qsizetype, lineBytes);
    QFETCH(qsizetype, blockBytes);
    QFETCH(bool, finalNewline);

    QByteArray data = validLine + "C1;S;1.00;" + QByteArray(lineBytes - 10, 'x');
    if (finalNewline)
        data += "\n" + validLine + "C3;S;x\n";
    for (const int threads : {1, 2}) {
        CarmaValidationOptions options = withThreads(threads);
        options.blockBytes = blockBytes;
        const CarmaValidationResult result = CarmaValidator::validateData(data, options);
        QStringList expected{u"2:-1:line-too-long"_s};
        if (finalNewline)
            expected << u"4:2:price-format"_s << u"4:3:recommended-missing"_s << u"4:4:recommended-missing"_s;
        QCOMPARE(signatures(result), expected);
        QCOMPARE(result.problems.first().value.size(), 81);
        QCOMPARE(result.lines, finalNewline ? 4 : 2);
    }
}

void TestCarmaValidator::capKeepsCountsExact()
{
    QByteArray data = validLine;
    for (int row = 0; row < 1000; ++row)
        data += "C1;S;1,00;2021-01-01 00:00:00;1;1.00\n";
    for (const int threads : {1, 2}) {
        CarmaValidationOptions options = withThreads(threads);
        options.maxStoredProblems = 10;
        const CarmaValidationResult result = CarmaValidator::validateData(data, options);
        QCOMPARE(result.problems.size(), 10);
        QCOMPARE(result.problems.first().line, 2);
        QCOMPARE(result.problems.last().line, 11);
        QCOMPARE(result.count(CarmaRule::PriceFormat), 1000);
        QCOMPARE(result.invalidRows, 1000);
        QVERIFY(result.problemsTruncated());
    }
}

void TestCarmaValidator::totalValueIsExact()
{
    QByteArray data;
    for (int row = 0; row < 10; ++row)
        data += "C1;S;0.1;2021-01-01 00:00:00;1\n";       // price × items
    data += "C2;S;0.333;2021-01-01 00:00:00;3;0.999\n"; // total column
    data += "C3;S;7.5\n";                               // price alone
    data += "C4;S;1,5\n";                               // invalid: not counted
    const CarmaValidationResult result = CarmaValidator::validateData(data, withThreads(2));
    QCOMPARE(result.totalValue.toString(), u"9.499"_s);
    QCOMPARE(result.validRows, 12);
    QCOMPARE(result.invalidRows, 1);
}

void TestCarmaValidator::twoThreadsMatchOne_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<qsizetype>("blockBytes");
    QTest::newRow("2 threads, 4 MiB blocks") << 2 << qsizetype(4 << 20);
    QTest::newRow("2 threads, 4 KiB blocks") << 2 << qsizetype(4 << 10);
    QTest::newRow("3 threads, 1 KiB blocks") << 3 << qsizetype(1 << 10);
    QTest::newRow("8 threads, 4 KiB blocks") << 8 << qsizetype(4 << 10);
}

void TestCarmaValidator::twoThreadsMatchOne()
{
    QFETCH(int, threads);
    QFETCH(qsizetype, blockBytes);
    const QByteArray data = generatedRows(20000);
    CarmaValidationOptions sequential = withThreads(1);
    sequential.blockBytes = blockBytes;
    CarmaValidationOptions parallel = withThreads(threads);
    parallel.blockBytes = blockBytes;
    const CarmaValidationResult one = CarmaValidator::validateData(data, sequential);
    const CarmaValidationResult many = CarmaValidator::validateData(data, parallel);

    QCOMPARE(one.lines, 20000);
    QVERIFY(one.invalidRows > 2000);
    QCOMPARE(many.lines, one.lines);
    QCOMPARE(many.validRows, one.validRows);
    QCOMPARE(many.invalidRows, one.invalidRows);
    QCOMPARE(many.ruleCounts, one.ruleCounts);
    QCOMPARE(many.totalValue.toString(), one.totalValue.toString());
    QCOMPARE(signatures(many), signatures(one));
    // Problems right at the middle of the data exist in both (the split point is there).
    const qint64 middle = one.lines / 2;
    bool nearMiddle = false;
    for (const CarmaProblem &problem : many.problems)
        nearMiddle = nearMiddle || (problem.line >= middle - 7 && problem.line <= middle + 7);
    QVERIFY(nearMiddle);
}

void TestCarmaValidator::fileHashAndRejectedRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray data = generatedRows(5000);
    const QString path = dir.filePath(u"carma.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    QByteArray expectedRejects;
    const QList<QByteArray> lines = data.split('\n');
    const CarmaValidationResult reference = CarmaValidator::validateData(data, withThreads(1));
    QSet<qint64> errorLines;
    for (const CarmaProblem &problem : reference.problems) {
        if (problem.severity == CarmaSeverity::Error)
            errorLines.insert(problem.line);
    }
    for (qsizetype index = 0; index < lines.size() - 1; ++index) {
        if (errorLines.contains(index + 1))
            expectedRejects += lines.at(index) + '\n';
    }

    for (const int threads : {1, 2}) {
        CarmaValidationOptions options = withThreads(threads);
        options.computeContentHash = true;
        options.blockBytes = 4096;
        options.rejectedRowsPath = dir.filePath(u"rejected-%1.txt"_s.arg(threads));
        const CarmaValidationResult result = CarmaValidator::validateFile(path, options);
        QCOMPARE(result.outcome, CarmaValidationResult::Outcome::Completed);
        QCOMPARE(result.sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QCOMPARE(result.bytes, data.size());
        QCOMPARE(signatures(result), signatures(reference));
        QFile rejected(options.rejectedRowsPath);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        QCOMPARE(rejected.readAll(), expectedRejects);
        QVERIFY(!QFile::exists(options.rejectedRowsPath + u".part1"_s));
    }
}

void TestCarmaValidator::missingFileFails()
{
    const CarmaValidationResult result = CarmaValidator::validateFile(u"/nonexistent/carma.txt"_s);
    QCOMPARE(result.outcome, CarmaValidationResult::Outcome::Failed);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!result.isAcceptable());
}

void TestCarmaValidator::cancelled()
{
    const std::atomic<bool> cancel{true};
    CarmaValidationOptions options;
    options.cancel = &cancel;
    const CarmaValidationResult result = CarmaValidator::validateData(generatedRows(1000), options);
    QCOMPARE(result.outcome, CarmaValidationResult::Outcome::Cancelled);
    QVERIFY(result.sha256.isEmpty());
    QVERIFY(!result.isAcceptable());
}

void TestCarmaValidator::progressReachesTotal()
{
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    CarmaValidationOptions options;
    options.blockBytes = 4096;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    const QByteArray data = generatedRows(3000);
    const CarmaValidationResult result = CarmaValidator::validateData(data, options);
    QCOMPARE(result.outcome, CarmaValidationResult::Outcome::Completed);
    QVERIFY(calls >= 1);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, 2 * data.size()); // validation and hashing each read the data once
}

QTEST_GUILESS_MAIN(TestCarmaValidator)
#include "tst_carmavalidator.moc"
