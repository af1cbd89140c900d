#include "csv/carmaconversion.h"
#include "csv/carmavalidator.h"
#include "csv/csvrecordsplitter.h"
#include "csv/mappingsuggestion.h"
#include "csv/sourceanalysis.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

namespace {

QString olistItems()
{
    return QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/olist_order_items_dataset.csv"_s;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A Windows-1252 ERP export: semicolons, header, day-first dates, decimal comma, 1252 letters.
QByteArray erpExport()
{
    QByteArray data = "Kund;Artikel;Pris;Datum;Antal;Summa;Beskrivning\r\n"
                      "K1;A-1;1.234,50;13/01/2017 10:00;2;2.469,00;Tr\xF6ja \x80 10\r\n"
                      "K2; A-2 ;12,00;01/02/2017;1;12,00;\r\n"
                      "K3;A-3;5,50;02/03/2017 08:15:00;3;16,50;\"Halv; kvart\"\r\n"
                      "K4;A-4;abc;03/03/2017;1;;x\r\n"
                      "K5;A-5;7,25;30/02/2017;1;7,25;y\r\n"
                      "K6;A-6;1,00;04/03/2017;2;3,00;z\r\n";
    return data;
}

CsvDialect erpDialect()
{
    CsvDialect dialect;
    dialect.delimiter = ';';
    dialect.encoding = TextEncoding::Windows1252;
    dialect.hasHeader = true;
    return dialect;
}

ColumnMapping olistMapping()
{
    ColumnMapping mapping;
    mapping.mapColumn(CarmaSchema::OriginalIdColumn, 0, u"order_id"_s);
    mapping.mapColumn(CarmaSchema::SkuColumn, 2, u"product_id"_s);
    mapping.mapColumn(CarmaSchema::ItemPriceColumn, 5, u"price"_s);
    mapping.mapColumn(CarmaSchema::TransactionTimeColumn, 4, u"shipping_limit_date"_s);
    mapping.setSource(CarmaSchema::NoOfItemsColumn, FieldSource::CountOne);
    mapping.setSource(CarmaSchema::TotalPriceColumn, FieldSource::ComputedTotal);
    return mapping;
}

CsvDialect olistDialect()
{
    CsvDialect dialect;
    dialect.hasHeader = true;
    return dialect;
}

} // namespace

class TestCarmaWriter : public QObject
{
    Q_OBJECT

private slots:
    void splitterMatchesReader_data();
    void splitterMatchesReader();
    void splitterMatchesReaderOnOlist();
    void erpEndToEnd();
    void erpProblems_data();
    void erpProblems();
    void allOrNothing();
    void refusesOpenDecisions();
    void refusesIncompleteMapping();
    void olistEndToEnd();
    void newerLayoutWithOffsets();
    void cancel();
    void missingSource();
    void manyBatchesKeepSourceOrder();

private:
    QTemporaryDir m_dir;
};

void TestCarmaWriter::erpEndToEnd()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"erp.csv"_s);
    QVERIFY(writeFile(source, erpExport()));
    const SourceAnalysis analysis = analyzeSourceFile(source, erpDialect());
    ColumnMapping mapping = suggestMapping(analysis);
    QCOMPARE(mapping.field(3).dateOrder, DateOrder::DayFirst); // 13/01 decided it
    QCOMPARE(mapping.field(2).decimal, DecimalSeparator::Comma);
    QCOMPARE(mapping.field(5).source, FieldSource::Column); // "Summa"
    mapping.mapColumn(6, 6, u"Beskrivning"_s);

    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"erp.carma.txt"_s);
    options.rejectedRowsPath = m_dir.filePath(u"erp.rejected.csv"_s);
    const ConversionResult result = convertToCarma(source, erpDialect(), mapping, options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(result.rowsRead, 6);
    QCOMPARE(result.rowsWritten, 2);
    QCOMPARE(result.rowsRejected, 4);
    QCOMPARE(result.totalValue.toString(), u"2481.00"_s);
    QCOMPARE(result.outputPath, options.outputPath);
    // Trailing optional columns trimmed per row; UTF-8, LF, no header.
    const QByteArray expected = "K1;A-1;1234.50;2017-01-13 10:00:00;2;2469.00;Tr\xC3\xB6ja \xE2\x82\xAC 10\n"
                                "K2;A-2;12.00;2017-02-01 00:00:00;1;12.00\n";
    QCOMPARE(readFile(options.outputPath), expected);
    // The rejected rows keep the source dialect (Windows-1252, quoting) with the header.
    QCOMPARE(readFile(options.rejectedRowsPath),
             QByteArray("Kund;Artikel;Pris;Datum;Antal;Summa;Beskrivning\n"
                        "K3;A-3;5,50;02/03/2017 08:15:00;3;16,50;\"Halv; kvart\"\n"
                        "K4;A-4;abc;03/03/2017;1;;x\n"
                        "K5;A-5;7,25;30/02/2017;1;7,25;y\n"
                        "K6;A-6;1,00;04/03/2017;2;3,00;z\n"));

    // The validator accepts the writer's output without a single error, and agrees on the hash.
    CarmaValidationOptions validation;
    validation.threads = 1;
    const CarmaValidationResult check = CarmaValidator::validateFile(options.outputPath, validation);
    QCOMPARE(check.errorCount(), 0);
    QCOMPARE(check.validRows, 2);
    QCOMPARE(check.sha256, result.sha256);
    QCOMPARE(check.totalValue, result.totalValue);
}

void TestCarmaWriter::erpProblems_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("sourceLine");
    QTest::addColumn<QString>("sourceColumn");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");

    QTest::newRow("semicolon") << 0 << qint64(4) << u"Beskrivning"_s << u"Column2"_s << u"forbidden-character"_s << u"Halv; kvart"_s;
    QTest::newRow("price") << 1 << qint64(5) << u"Pris"_s << u"itemPrice"_s << u"number-format"_s << u"abc"_s;
    QTest::newRow("30 February") << 2 << qint64(6) << u"Datum"_s << u"Transaction Time"_s << u"date-invalid"_s << u"30/02/2017"_s;
    QTest::newRow("total") << 3 << qint64(7) << u"Summa"_s << u"Total price"_s << u"total-mismatch"_s << u"3.00"_s;
}

void TestCarmaWriter::erpProblems()
{
    QFETCH(int, index);
    QFETCH(qint64, sourceLine);
    QFETCH(QString, sourceColumn);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"erp-problems.csv"_s);
    QVERIFY(writeFile(source, erpExport()));
    ColumnMapping mapping = suggestMapping(analyzeSourceFile(source, erpDialect()));
    mapping.mapColumn(6, 6, u"Beskrivning"_s);
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"erp-problems.carma.txt"_s);
    const ConversionResult result = convertToCarma(source, erpDialect(), mapping, options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(result.problems.size(), 4);
    const ConversionProblem &problem = result.problems.at(index);
    QCOMPARE(problem.sourceLine, sourceLine);
    QCOMPARE(problem.sourceColumn, sourceColumn);
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.rule, rule);
    QCOMPARE(problem.value, value);
    QCOMPARE(problem.severity, CarmaSeverity::Error);
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(result.ruleCounts.value(rule), 1);
}

void TestCarmaWriter::allOrNothing()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"erp-strict.csv"_s);
    QVERIFY(writeFile(source, erpExport()));
    ColumnMapping mapping = suggestMapping(analyzeSourceFile(source, erpDialect()));
    mapping.mapColumn(6, 6, u"Beskrivning"_s);
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"erp-strict.carma.txt"_s);
    options.validRowsOnly = false;
    const ConversionResult result = convertToCarma(source, erpDialect(), mapping, options);
    QCOMPARE(result.outcome, ConversionResult::Outcome::Failed);
    QCOMPARE(result.rowsRejected, 4);
    QVERIFY(result.outputPath.isEmpty());
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestCarmaWriter::refusesOpenDecisions()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"ambiguous.csv"_s);
    QVERIFY(writeFile(source, "customer;sku;price;date\nC1;S1;1.50;01/02/2017\nC2;S2;2.50;03/04/2017\n"));
    CsvDialect dialect;
    dialect.delimiter = ';';
    dialect.hasHeader = true;
    ColumnMapping mapping = suggestMapping(analyzeSourceFile(source, dialect));
    QVERIFY(mapping.needsDecision());
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"ambiguous.carma.txt"_s);
    ConversionResult result = convertToCarma(source, dialect, mapping, options);
    QCOMPARE(result.outcome, ConversionResult::Outcome::Failed);
    QCOMPARE(result.pendingDecisions.size(), 1);
    QCOMPARE(result.pendingDecisions.first().field, u"Transaction Time"_s);
    QVERIFY(!QFile::exists(options.outputPath));

    FieldMapping date = mapping.field(3);
    date.dateOrder = DateOrder::MonthFirst;
    mapping.setField(3, date);
    result = convertToCarma(source, dialect, mapping, options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(readFile(options.outputPath),
             QByteArray("C1;S1;1.50;2017-01-02 00:00:00;1;1.50\nC2;S2;2.50;2017-03-04 00:00:00;1;2.50\n"));
}

void TestCarmaWriter::refusesIncompleteMapping()
{
    QVERIFY(m_dir.isValid());
    ColumnMapping mapping = olistMapping();
    mapping.setConstant(6, u"a;b"_s);
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"never.carma.txt"_s);
    const ConversionResult result = convertToCarma(olistItems(), olistDialect(), mapping, options);
    QCOMPARE(result.outcome, ConversionResult::Outcome::Failed);
    QVERIFY(result.errorString.contains(u"';'"_s));
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestCarmaWriter::olistEndToEnd()
{
    QVERIFY(m_dir.isValid());
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"olist.carma.txt"_s);
    qint64 lastDone = -1;
    qint64 total = 0;
    options.progress = [&](qint64 done, qint64 all) {
        lastDone = done;
        total = all;
    };
    const ConversionResult result = convertToCarma(olistItems(), olistDialect(), olistMapping(), options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(result.rowsRead, 112650);
    QCOMPARE(result.rowsWritten, 112650);
    QCOMPARE(result.rowsRejected, 0);
    QCOMPARE(result.problems.size(), 0);
    QCOMPARE(lastDone, total);
    QCOMPARE(result.sha256.size(), 32);

    const QByteArray output = readFile(options.outputPath);
    QVERIFY(output.startsWith("00010242fe8c5a6d1ba2dd792cb16214;4244733e06e7ecb4970a6e2683c13e61;58.90;2017-09-19 09:45:35;1;58.90\n"));
    QCOMPARE(output.count('\n'), 112650);

    CarmaValidationOptions validation;
    const CarmaValidationResult check = CarmaValidator::validateFile(options.outputPath, validation);
    QCOMPARE(check.outcome, CarmaValidationResult::Outcome::Completed);
    QCOMPARE(check.errorCount(), 0);
    QCOMPARE(check.warningCount(), 0);
    QCOMPARE(check.validRows, 112650);
    QCOMPARE(check.totalValue, result.totalValue);
    QCOMPARE(check.sha256, result.sha256);
}

void TestCarmaWriter::newerLayoutWithOffsets()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"shop.csv"_s);
    QVERIFY(writeFile(source, "email,sku,unit_price,purchase_date,quantity,invoice,name\n"
                              "a@example.com,S1,\"1,299.00\",2021-03-28T02:30:00+01:00,2,INV-1,Mug\n"
                              "b@example.com,S2,5.5,2021-03-28 02:30,1,INV-2,\n"));
    CsvDialect dialect;
    dialect.hasHeader = true;
    ColumnMapping mapping = suggestMapping(analyzeSourceFile(source, dialect), CarmaLayout::Newer);
    QCOMPARE(mapping.field(7).sourceHeader, u"invoice"_s);
    QCOMPARE(mapping.field(9).sourceHeader, u"name"_s);
    mapping.setConstant(6, u"SEK"_s);
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"shop.carma.txt"_s);
    const ConversionResult result = convertToCarma(source, dialect, mapping, options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(readFile(options.outputPath),
             QByteArray("a@example.com;S1;1299.00;2021-03-28 01:30:00;2;2598.00;SEK;INV-1;;Mug\n"
                        "b@example.com;S2;5.5;2021-03-28 02:30:00;1;5.50;SEK;INV-2\n"));
    CarmaValidationOptions validation;
    validation.layout = CarmaLayout::Newer;
    const CarmaValidationResult check = CarmaValidator::validateFile(options.outputPath, validation);
    QCOMPARE(check.errorCount(), 0);
    QCOMPARE(check.warningCount(), 0);
}

void TestCarmaWriter::cancel()
{
    QVERIFY(m_dir.isValid());
    std::atomic<bool> cancelled{false};
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"cancelled.carma.txt"_s);
    options.cancel = &cancelled;
    int calls = 0;
    options.progress = [&](qint64, qint64) {
        ++calls;
        cancelled = true;
    };
    const ConversionResult result = convertToCarma(olistItems(), olistDialect(), olistMapping(), options);
    QCOMPARE(result.outcome, ConversionResult::Outcome::Cancelled);
    QVERIFY(calls >= 1);
    QVERIFY(result.rowsRead < 112650);
    QVERIFY(result.outputPath.isEmpty());
    QVERIFY(!QFile::exists(options.outputPath));
}

// The conversion splits on one thread and converts batches of a few thousand records on several;
// 60 000 rows with a bad row every 997 lines must still come out exactly in source order: the
// Carma lines, the rejected rows, the problem list and the counts.
void TestCarmaWriter::manyBatchesKeepSourceOrder()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(u"many.csv"_s);
    QByteArray data = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n";
    QByteArray expected;
    QByteArray expectedRejected = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n";
    QList<qint64> badLines;
    constexpr int Rows = 60000;
    for (int i = 0; i < Rows; ++i) {
        const qint64 line = i + 2;
        const bool bad = line % 997 == 0;
        const QByteArray id = "o" + QByteArray::number(i);
        const QByteArray price = bad ? QByteArray("x1") : QByteArray::number(i % 500) + ".25";
        const QByteArray record = id + ",1,p" + QByteArray::number(i % 77) + ",s,2017-09-19 09:45:35," + price + ",1.00\n";
        data += record;
        if (bad) {
            badLines.append(line);
            expectedRejected += record;
        } else {
            expected += id + ";p" + QByteArray::number(i % 77) + ";" + QByteArray::number(i % 500)
                + ".25;2017-09-19 09:45:35;1;" + QByteArray::number(i % 500) + ".25\n";
        }
    }
    QVERIFY(writeFile(source, data));
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"many.carma.txt"_s);
    options.rejectedRowsPath = m_dir.filePath(u"many.rejected.csv"_s);
    const ConversionResult result = convertToCarma(source, olistDialect(), olistMapping(), options);
    QVERIFY2(result.isSuccess(), qPrintable(result.errorString));
    QCOMPARE(result.rowsRead, Rows);
    QCOMPARE(result.rowsRejected, badLines.size());
    QCOMPARE(result.rowsWritten, Rows - badLines.size());
    QCOMPARE(readFile(options.outputPath), expected);
    QCOMPARE(readFile(options.rejectedRowsPath), expectedRejected);
    QList<qint64> problemLines;
    for (const ConversionProblem &problem : result.problems)
        problemLines.append(problem.sourceLine);
    QCOMPARE(problemLines, badLines);
}

void TestCarmaWriter::missingSource()
{
    QVERIFY(m_dir.isValid());
    ConversionOptions options;
    options.outputPath = m_dir.filePath(u"none.carma.txt"_s);
    const ConversionResult result = convertToCarma(m_dir.filePath(u"does-not-exist.csv"_s), olistDialect(),
                                                   olistMapping(), options);
    QCOMPARE(result.outcome, ConversionResult::Outcome::Failed);
    QVERIFY(result.errorString.contains(u"does-not-exist.csv"_s));
}

namespace {

struct Split
{
    QList<QList<QByteArray>> records;
    QList<qint64> lines;
    CsvReadError error = CsvReadError::None;
};

Split withReader(QByteArray data, char delimiter)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    CsvReader reader(&buffer, dialect);
    reader.setMaxRecordBytes(1000);
    Split split;
    QList<QByteArray> fields;
    while (reader.readRawRecord(fields)) {
        split.records.append(fields);
        split.lines.append(reader.recordStartLine());
    }
    split.error = reader.error();
    return split;
}

Split withSplitter(QByteArray data, char delimiter, qsizetype blockBytes)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordSplitter splitter(&buffer, delimiter, blockBytes);
    splitter.setMaxRecordBytes(1000);
    Split split;
    CsvFieldViews fields;
    while (splitter.next(fields)) {
        QList<QByteArray> record;
        for (QByteArrayView field : fields)
            record.append(field.toByteArray());
        split.records.append(record);
        split.lines.append(splitter.recordStartLine());
    }
    split.error = splitter.error();
    return split;
}

} // namespace

void TestCarmaWriter::splitterMatchesReader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ',';
    QTest::newRow("trailing delimiter") << QByteArray("a,\n,\n,") << ',';
    QTest::newRow("crlf and cr") << QByteArray("a;b\r\nc;d\re;f\r\n") << ';';
    QTest::newRow("quoted") << QByteArray("\"a,b\",\"c\"\"d\",\"\"\n\"x\ny\",z\n") << ',';
    QTest::newRow("quote in unquoted") << QByteArray("ab\"c,d\n") << ',';
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,\"e\" f\n") << ',';
    QTest::newRow("empty lines") << QByteArray("a\n\n\nb\n") << ',';
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n") << ',';
    QTest::newRow("unterminated") << QByteArray("a,\"bc\nd\n") << ',';
    QTest::newRow("record too large") << QByteArray("a,b\n") + QByteArray(1500, 'x') + QByteArray("\nc\n") << ',';
    QTest::newRow("tab") << QByteArray("a\tb\n\"c\td\"\te\n") << '\t';
    QByteArray long_;
    for (int i = 0; i < 200; ++i)
        long_ += "\"" + QByteArray::number(i) + "\"\"q\",plain " + QByteArray::number(i) + ",\"multi\nline\"\r\n";
    QTest::newRow("many across blocks") << long_ << ',';
}

void TestCarmaWriter::splitterMatchesReader()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    const Split expected = withReader(data, delimiter);
    for (qsizetype block : {qsizetype(16), qsizetype(17), qsizetype(64), qsizetype(4 << 20)}) {
        const Split actual = withSplitter(data, delimiter, block);
        QCOMPARE(actual.records, expected.records);
        QCOMPARE(actual.lines, expected.lines);
        QCOMPARE(actual.error, expected.error);
    }
}

void TestCarmaWriter::splitterMatchesReaderOnOlist()
{
    QFile file(olistItems());
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, olistDialect());
    QFile second(olistItems());
    QVERIFY(second.open(QIODevice::ReadOnly));
    CsvRecordSplitter splitter(&second, ',', 65536);
    QList<QByteArray> expected;
    CsvFieldViews actual;
    qint64 records = 0;
    while (reader.readRawRecord(expected)) {
        QVERIFY(splitter.next(actual));
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), QByteArrayView(expected.at(i)));
        QCOMPARE(splitter.recordStartLine(), reader.recordStartLine());
        ++records;
    }
    QVERIFY(!splitter.next(actual));
    QCOMPARE(records, 112651);
    QCOMPARE(splitter.bytesConsumed(), reader.bytesConsumed());
}

QTEST_GUILESS_MAIN(TestCarmaWriter)
#include "tst_carmawriter.moc"
