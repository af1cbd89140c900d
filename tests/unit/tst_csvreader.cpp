#include "csv/csvreader.h"
#include "csv/textencoding.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

namespace {

QString olistPath(const char *name)
{
    return QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/"_s + QLatin1StringView(name);
}

struct ReadAll
{
    QList<QStringList> records;
    QList<qint64> startLines;
    CsvReadError error = CsvReadError::None;
    qint64 strayQuotes = 0;
};

ReadAll readAll(QByteArray data, const CsvDialect &dialect, qsizetype maxRecordBytes = 16 << 20)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    reader.setMaxRecordBytes(maxRecordBytes);
    ReadAll result;
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.startLines.append(reader.recordStartLine());
    }
    result.error = reader.error();
    result.strayQuotes = reader.strayQuotes();
    return result;
}

CsvDialect withDelimiter(char delimiter)
{
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    return dialect;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void lineNumbersCountQuotedLineBreaks();
    void unterminatedQuote();
    void recordTooLarge();
    void recordsAcrossBlockBoundaries();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void sniffHeader_data();
    void sniffHeader();
    void encodings_data();
    void encodings();
    void olistSniff_data();
    void olistSniff();
    void olistOrderItems();
    void olistTranslationBomCrlf();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<qint64>("strayQuotes");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << qint64(0);
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << qint64(0);
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << qint64(0);
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << qint64(0);
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{QString(), QString(), QString()}} << qint64(0);
    QTest::newRow("blank line") << QByteArray("a\n\nb\n") << QList<QStringList>{{u"a"_s}, {QString()}, {u"b"_s}} << qint64(0);
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{u"a,b"_s, u"c"_s}} << qint64(0);
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{{u"say \"hi\""_s, u"x"_s}} << qint64(0);
    QTest::newRow("line break in quotes") << QByteArray("\"l1\nl2\",x\r\n\"a\r\nb\",y\n")
                                          << QList<QStringList>{{u"l1\nl2"_s, u"x"_s}, {u"a\r\nb"_s, u"y"_s}} << qint64(0);
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << QList<QStringList>{{QString(), QString()}} << qint64(0);
    QTest::newRow("mixed quoting (Olist)") << QByteArray("\"00010242\",1,\"4244733e06\",e5f2d52b,2017-09-19 09:45:35,58.90\n")
                                           << QList<QStringList>{{u"00010242"_s, u"1"_s, u"4244733e06"_s, u"e5f2d52b"_s, u"2017-09-19 09:45:35"_s, u"58.90"_s}}
                                           << qint64(0);
    QTest::newRow("quote inside unquoted field") << QByteArray("5\" pipe,x\n") << QList<QStringList>{{u"5\" pipe"_s, u"x"_s}} << qint64(0);
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << QList<QStringList>{{u"ab"_s, u"c"_s}} << qint64(1);
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBFh1,h2\n") << QList<QStringList>{{u"h1"_s, u"h2"_s}} << qint64(0);
    QTest::newRow("UTF-8 text") << QByteArray("S\xC3\xA3o Paulo,\xE2\x82\xAC\n") << QList<QStringList>{{u"São Paulo"_s, u"€"_s}} << qint64(0);
    QTest::newRow("empty data") << QByteArray() << QList<QStringList>{} << qint64(0);
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, expected);
    QFETCH(qint64, strayQuotes);
    const ReadAll result = readAll(data, withDelimiter(','));
    QCOMPARE(result.error, CsvReadError::None);
    QCOMPARE(result.records, expected);
    QCOMPARE(result.strayQuotes, strayQuotes);
}

void TestCsvReader::lineNumbersCountQuotedLineBreaks()
{
    const ReadAll result = readAll("a,b\n\"x\ny\nz\",1\nlast,2\n", withDelimiter(','));
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.startLines, (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::unterminatedQuote()
{
    QByteArray data("a,b\n\"open,1\n2,3\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, withDelimiter(','));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(!reader.readRecord(fields));
    QCOMPARE(reader.error(), CsvReadError::UnterminatedQuote);
    QVERIFY(reader.errorString().contains(u"line 2"_s));
}

void TestCsvReader::recordTooLarge()
{
    const ReadAll result = readAll("a,b\n\"" + QByteArray(5000, 'x') + "\n", withDelimiter(','), 1000);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.error, CsvReadError::RecordTooLarge);
}

void TestCsvReader::recordsAcrossBlockBoundaries()
{
    QByteArray data;
    QList<QStringList> expected;
    for (int row = 0; row < 70000; ++row) {
        const QByteArray quoted = "v" + QByteArray::number(row) + ";\"q\"\r\nx";
        data += QByteArray::number(row) + ";\"" + QByteArray(quoted).replace("\"", "\"\"") + "\";plain " + QByteArray::number(row) + "\r\n";
        expected.append({QString::number(row), QString::fromLatin1(quoted), u"plain "_s + QString::number(row)});
    }
    QVERIFY(data.size() > 2 * 1024 * 1024);
    const ReadAll result = readAll(data, withDelimiter(';'));
    QCOMPARE(result.error, CsvReadError::None);
    QCOMPARE(result.records.size(), expected.size());
    QCOMPARE(result.records, expected);
    QCOMPARE(result.startLines.last(), 2 * 69999 + 1);
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("id,name,price\n1,a,2.50\n2,b,3.50\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("id;name;price\n1;a;2,50\n2;b;3,50\n3;c;1,00\n") << ';';
    QTest::newRow("tab") << QByteArray("id\tname\tprice\n1\ta, b\t2.50\n2\tb\t3.50\n") << '\t';
    QTest::newRow("pipe") << QByteArray("id|name|price\n1|a|2.50\n2|b|3.50\n") << '|';
    QTest::newRow("quoted commas in semicolon file") << QByteArray("a;b\n\"x,y,z\";1\n\"p,q\";2\n") << ';';
    QTest::newRow("Carma file") << QByteArray("C1;SKU;20.50;2021-01-01 00:00:00;2;41.00\nC2;SKU;1.00;2021-01-01 00:00:00;1;1.00\n") << ';';
    QTest::newRow("cut last line") << QByteArray("a,b,c\n1,2,3\n4,5") << ',';
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(sniffCsvDialect(sample).delimiter, delimiter);
}

void TestCsvReader::sniffHeader_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("header");
    QTest::newRow("names over numbers") << QByteArray("order,price\nA1,2.50\nA2,3.00\n") << true;
    QTest::newRow("data only") << QByteArray("A1,2.50\nA2,3.00\n") << false;
    QTest::newRow("Carma file") << QByteArray("C1;SKU;20.50;2021-01-01 00:00:00\nC2;SKU;1.00;2021-01-01 00:00:00\n") << false;
    QTest::newRow("all text with titles") << QByteArray("product_category_name,product_category_name_english\nbeleza_saude,health_beauty\n") << true;
    QTest::newRow("all text without titles") << QByteArray("alpha,beta\ngamma,delta\n") << false;
    QTest::newRow("empty title") << QByteArray("id,,price\n1,x,2\n") << false;
}

void TestCsvReader::sniffHeader()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, header);
    QCOMPARE(sniffCsvDialect(sample).hasHeader, header);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << QByteArray("plain") << TextEncoding::Utf8 << false << u"plain"_s;
    QTest::newRow("UTF-8") << QByteArray("Caf\xC3\xA9") << TextEncoding::Utf8 << false << u"Café"_s;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFx") << TextEncoding::Utf8 << true << u"x"_s; // QString::fromUtf8 drops a leading BOM
    QTest::newRow("UTF-8 cut at the end") << QByteArray("Caf\xC3") << TextEncoding::Utf8 << false << u"Caf\uFFFD"_s;
    QTest::newRow("Windows-1252") << QByteArray("Caf\xE9 \x80 \x93x\x94") << TextEncoding::Windows1252 << false << u"Café € “x”"_s;
    QTest::newRow("ISO-8859-1") << QByteArray("Caf\xE9 S\xE3o") << TextEncoding::Latin1 << false << u"Café São"_s;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, text);
    const EncodingGuess guess = detectEncoding(bytes);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.byteOrderMark, bom);
    QCOMPARE(decodeText(bytes, guess.encoding), text);
}

void TestCsvReader::olistSniff_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("bom");
    for (const char *name : {"olist_order_items_dataset.csv", "olist_customers_dataset.csv", "olist_order_payments_dataset.csv",
                             "olist_products_dataset.csv", "olist_sellers_dataset.csv"})
        QTest::newRow(name) << olistPath(name) << false;
    QTest::newRow("product_category_name_translation.csv") << olistPath("product_category_name_translation.csv") << true;
}

void TestCsvReader::olistSniff()
{
    QFETCH(QString, path);
    QFETCH(bool, bom);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const CsvDialect dialect = sniffCsvDialect(&file);
    QCOMPARE(file.pos(), 0);
    QCOMPARE(dialect.delimiter, ',');
    QCOMPARE(dialect.encoding, TextEncoding::Utf8);
    QCOMPARE(dialect.byteOrderMark, bom);
    QVERIFY(dialect.hasHeader);
}

void TestCsvReader::olistOrderItems()
{
    QFile file(olistPath("olist_order_items_dataset.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, sniffCsvDialect(&file));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{u"order_id"_s, u"order_item_id"_s, u"product_id"_s, u"seller_id"_s,
                                  u"shipping_limit_date"_s, u"price"_s, u"freight_value"_s}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{u"00010242fe8c5a6d1ba2dd792cb16214"_s, u"1"_s, u"4244733e06e7ecb4970a6e2683c13e61"_s,
                                  u"48436dade18ac8b2bce089ec2a041202"_s, u"2017-09-19 09:45:35"_s, u"58.90"_s, u"13.29"_s}));
    qint64 records = 2;
    while (reader.readRecord(fields)) {
        ++records;
        QCOMPARE(fields.size(), 7);
    }
    QCOMPARE(reader.error(), CsvReadError::None);
    QCOMPARE(records, 112650 + 1);
    QCOMPARE(reader.bytesConsumed(), file.size());
}

void TestCsvReader::olistTranslationBomCrlf()
{
    QFile file(olistPath("product_category_name_translation.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, sniffCsvDialect(&file));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{u"product_category_name"_s, u"product_category_name_english"_s}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList{u"beleza_saude"_s, u"health_beauty"_s}));
    qint64 records = 2;
    QStringList last;
    while (reader.readRecord(fields)) {
        ++records;
        QCOMPARE(fields.size(), 2);
        QVERIFY(!fields.join(QString()).contains(u'\r'));
        last = fields;
    }
    QCOMPARE(reader.error(), CsvReadError::None);
    QCOMPARE(records, 71 + 1);
    QVERIFY(!last.isEmpty());
    QVERIFY(!last.last().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
