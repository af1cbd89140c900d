#include "csv/columnmapping.h"
#include "csv/mappingprofile.h"
#include "csv/mappingsuggestion.h"
#include "csv/sourceanalysis.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp::csv;

Q_DECLARE_METATYPE(cdp::csv::CarmaLayout)
Q_DECLARE_METATYPE(cdp::csv::DecimalSeparator)
Q_DECLARE_METATYPE(cdp::csv::DateOrder)

namespace {

SourceAnalysis analyse(QByteArray data, char delimiter = ',', bool header = true)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    dialect.hasHeader = header;
    return analyzeSource(&buffer, dialect);
}

QString olistPath(const char *name)
{
    return QStringLiteral(CDP_SHARED_DATA_DIR) + u"/olist/"_s + QLatin1StringView(name);
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void headerSuggestion_data();
    void headerSuggestion();
    void olistOrderItemsSuggestion();
    void headerlessSampleGuess();
    void decimalDetection_data();
    void decimalDetection();
    void dateOrderDecision();
    void issues();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void profileStore();
    void profileStoreErrors_data();
    void profileStoreErrors();
};

void TestColumnMapping::headerSuggestion_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<CarmaLayout>("layout");
    QTest::addColumn<int>("column");

    const auto S = CarmaLayout::Seed;
    const auto N = CarmaLayout::Newer;
    QTest::newRow("customer_id") << u"customer_id"_s << S << 0;
    QTest::newRow("Contact") << u"Contact"_s << S << 0;
    QTest::newRow("OriginalId") << u"OriginalId"_s << S << 0;
    QTest::newRow("E-mail") << u"E-mail"_s << S << 0;
    QTest::newRow("order_id stand-in") << u"order_id"_s << S << 0;
    QTest::newRow("order_id newer is invoice") << u"order_id"_s << N << 7;
    QTest::newRow("SKU") << u"SKU"_s << S << 1;
    QTest::newRow("product_id") << u"product_id"_s << S << 1;
    QTest::newRow("Item") << u"Item"_s << S << 1;
    QTest::newRow("unit price") << u"Unit Price"_s << S << 2;
    QTest::newRow("preço") << u"Preço"_s << S << 2;
    QTest::newRow("PREÇO UNITÁRIO") << u"PREÇO UNITÁRIO"_s << S << 2;
    QTest::newRow("purchase_date") << u"purchase_date"_s << S << 3;
    QTest::newRow("shipping_limit_date") << u"shipping_limit_date"_s << S << 3;
    QTest::newRow("Köpdatum") << u"Köpdatum"_s << S << 3;
    QTest::newRow("qty") << u"Qty"_s << S << 4;
    QTest::newRow("Antal") << u"Antal"_s << S << 4;
    QTest::newRow("Ilość") << u"Ilość"_s << S << 4;
    QTest::newRow("Total") << u"Total"_s << S << 5;
    QTest::newRow("amount") << u"amount"_s << S << 5;
    QTest::newRow("currency newer") << u"Currency"_s << N << 6;
    QTest::newRow("currency seed") << u"Currency"_s << S << -1;
    QTest::newRow("invoice") << u"Invoice"_s << N << 7;
    QTest::newRow("category") << u"Category"_s << N << 8;
    QTest::newRow("name") << u"Name"_s << N << 9;
    QTest::newRow("description") << u"Description"_s << N << 10;
    QTest::newRow("nothing") << u"seller_id"_s << S << -1;
}

void TestColumnMapping::headerSuggestion()
{
    QFETCH(QString, header);
    QFETCH(CarmaLayout, layout);
    QFETCH(int, column);
    QCOMPARE(suggestCarmaColumn(header, layout), column);
}

void TestColumnMapping::olistOrderItemsSuggestion()
{
    QFile file(olistPath("olist_order_items_dataset.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvDialect dialect = sniffCsvDialect(&file);
    QVERIFY(dialect.hasHeader);
    const SourceAnalysis analysis = analyzeSource(&file, dialect, 2000);
    QVERIFY(analysis.errorString.isEmpty());
    QCOMPARE(analysis.columns.size(), 7);
    const ColumnMapping mapping = suggestMapping(analysis);
    const FieldMapping &id = mapping.field(0);
    QCOMPARE(id.source, FieldSource::Column);
    QCOMPARE(id.sourceHeader, u"order_id"_s);
    QCOMPARE(mapping.field(1).sourceHeader, u"product_id"_s);
    QCOMPARE(mapping.field(1).sourceColumn, 2);
    QCOMPARE(mapping.field(2).sourceHeader, u"price"_s);
    QVERIFY(mapping.field(2).parseNumber);
    QCOMPARE(mapping.field(2).decimal, DecimalSeparator::Point);
    QCOMPARE(mapping.field(3).sourceHeader, u"shipping_limit_date"_s);
    QVERIFY(mapping.field(3).parseDate);
    QCOMPARE(mapping.field(4).source, FieldSource::CountOne);
    QCOMPARE(mapping.field(5).source, FieldSource::ComputedTotal);
    QCOMPARE(mapping.lastMappedColumn(), 5);
    QVERIFY(mapping.issues(7).isEmpty());
    QVERIFY(!mapping.needsDecision());
}

void TestColumnMapping::headerlessSampleGuess()
{
    const SourceAnalysis analysis = analyse("C1;A-1;19.09.2017;12,50\nC2;B-2;20.09.2017;3,00\n", ';', false);
    const ColumnMapping mapping = suggestMapping(analysis);
    QCOMPARE(mapping.field(3).sourceColumn, 2);
    QCOMPARE(mapping.field(2).sourceColumn, 3);
    QCOMPARE(mapping.field(2).decimal, DecimalSeparator::Comma);
    QCOMPARE(mapping.field(0).source, FieldSource::Empty);
    QCOMPARE(mapping.issues().size(), 2); // Originalid and Sku need the operator
}

void TestColumnMapping::decimalDetection_data()
{
    QTest::addColumn<QByteArray>("prices");
    QTest::addColumn<DecimalSeparator>("separator");
    QTest::addColumn<bool>("decision");

    QTest::newRow("decimal comma") << QByteArray("\"1.234,50\"\n\"12,00\"\n") << DecimalSeparator::Comma << false;
    QTest::newRow("decimal point") << QByteArray("1234.50\n\"1,234.50\"\n") << DecimalSeparator::Point << false;
    QTest::newRow("only ambiguous") << QByteArray("\"1,234\"\n\"2,500\"\n") << DecimalSeparator::Undecided << true;
    QTest::newRow("conflicting") << QByteArray("\"1,50\"\n2.50\n") << DecimalSeparator::Undecided << true;
    QTest::newRow("integers") << QByteArray("12\n13\n") << DecimalSeparator::Point << false;
}

void TestColumnMapping::decimalDetection()
{
    QFETCH(QByteArray, prices);
    QFETCH(DecimalSeparator, separator);
    QFETCH(bool, decision);
    const SourceAnalysis analysis = analyse("price\n" + prices);
    ColumnMapping mapping;
    mapping.mapColumn(2, 0, u"price"_s);
    mapping.applyAnalysis(analysis);
    QCOMPARE(mapping.field(2).decimal, separator);
    const QList<MappingDecision> decisions = mapping.pendingDecisions(&analysis);
    QCOMPARE(decisions.size(), decision ? 1 : 0);
    if (decision) {
        QCOMPARE(decisions.first().kind, MappingDecision::Kind::DecimalSeparator);
        QCOMPARE(decisions.first().field, u"itemPrice"_s);
    }
}

void TestColumnMapping::dateOrderDecision()
{
    const SourceAnalysis ambiguous = analyse("date\n01/02/2017\n03/04/2017\n");
    ColumnMapping mapping;
    mapping.mapColumn(3, 0, u"date"_s);
    mapping.applyAnalysis(ambiguous);
    const QList<MappingDecision> decisions = mapping.pendingDecisions(&ambiguous);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().kind, MappingDecision::Kind::DateOrder);
    QCOMPARE(decisions.first().example, u"01/02/2017"_s);
    QVERIFY(mapping.needsDecision());
    // The operator picks: the question is answered.
    FieldMapping field = mapping.field(3);
    field.dateOrder = DateOrder::MonthFirst;
    mapping.setField(3, field);
    QVERIFY(!mapping.needsDecision());

    const SourceAnalysis decided = analyse("date\n01/02/2017\n13/04/2017\n");
    ColumnMapping other;
    other.mapColumn(3, 0, u"date"_s);
    other.applyAnalysis(decided);
    QCOMPARE(other.field(3).dateOrder, DateOrder::DayFirst);
    QVERIFY(!other.needsDecision());
}

void TestColumnMapping::issues()
{
    ColumnMapping mapping;
    QCOMPARE(mapping.issues().size(), 3);
    mapping.mapColumn(0, 0);
    mapping.mapColumn(1, 1);
    mapping.setConstant(2, u"9.90"_s);
    QVERIFY(mapping.issues().isEmpty());
    mapping.setSource(5, FieldSource::ComputedTotal);
    QCOMPARE(mapping.issues().size(), 1); // no No of Items
    mapping.setSource(4, FieldSource::CountOne);
    QVERIFY(mapping.issues().isEmpty());
    mapping.setConstant(6, u"a;b"_s);
    mapping.setSource(7, FieldSource::CountOne);
    QCOMPARE(mapping.issues().size(), 2);
    QCOMPARE(mapping.issues(1).size(), 3); // column 2 beyond a one-column source
}

void TestColumnMapping::jsonRoundTrip_data()
{
    QTest::addColumn<CarmaLayout>("layout");
    QTest::newRow("seed") << CarmaLayout::Seed;
    QTest::newRow("newer") << CarmaLayout::Newer;
}

void TestColumnMapping::jsonRoundTrip()
{
    QFETCH(CarmaLayout, layout);
    ColumnMapping mapping(layout);
    mapping.mapColumn(0, 3, u"Kund"_s);
    mapping.mapColumn(1, 0, u"Artikel"_s);
    mapping.mapColumn(2, 1, u"Pris"_s);
    FieldMapping price = mapping.field(2);
    price.decimal = DecimalSeparator::Comma;
    mapping.setField(2, price);
    mapping.mapColumn(3, 2, u"Datum"_s);
    FieldMapping date = mapping.field(3);
    date.dateOrder = DateOrder::DayFirst;
    date.zone = ZonePolicy::KeepLocalClock;
    date.trim = false;
    mapping.setField(3, date);
    mapping.setSource(4, FieldSource::CountOne);
    mapping.setSource(5, FieldSource::ComputedTotal);
    mapping.setConstant(6, u"SEK åäö"_s);
    const QByteArray text = QJsonDocument(mapping.toJson()).toJson();
    ColumnMapping loaded;
    QString error;
    QVERIFY2(ColumnMapping::fromJson(QJsonDocument::fromJson(text).object(), loaded, &error), qPrintable(error));
    QCOMPARE(loaded.layout(), layout);
    QVERIFY(loaded == mapping);
    QCOMPARE(loaded.field(3).zone, ZonePolicy::KeepLocalClock);
    QCOMPARE(loaded.field(6).constant, u"SEK åäö"_s);
}

void TestColumnMapping::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");

    const QByteArray head = R"({"format":"cdp-carma-mapping","version":1,"layout":"seed","fields":)";
    QTest::newRow("format") << QByteArray(R"({"format":"x","version":1})") << u"format:"_s;
    QTest::newRow("version") << QByteArray(R"({"format":"cdp-carma-mapping","version":9})") << u"version:"_s;
    QTest::newRow("layout") << QByteArray(R"({"format":"cdp-carma-mapping","version":1,"layout":"old"})") << u"layout:"_s;
    QTest::newRow("fields") << head + "{}}" << u"fields:"_s;
    QTest::newRow("column range") << head + R"([{"column":31,"source":"empty"}]})" << u"fields[0].column:"_s;
    QTest::newRow("column twice") << head + R"([{"column":1,"source":"count-one"},{"column":1,"source":"empty"}]})" << u"fields[1].column:"_s;
    QTest::newRow("source") << head + R"([{"column":0,"source":"cell"}]})" << u"fields[0].source:"_s;
    QTest::newRow("sourceColumn") << head + R"([{"column":0,"source":"column"}]})" << u"fields[0].sourceColumn:"_s;
    QTest::newRow("decimal") << head + R"([{"column":2,"source":"column","sourceColumn":1,"decimal":"dot"}]})" << u"fields[0].decimal:"_s;
    QTest::newRow("dateOrder") << head + R"([{"column":3,"source":"column","sourceColumn":1,"dateOrder":"ymd"}]})" << u"fields[0].dateOrder:"_s;
    QTest::newRow("zone") << head + R"([{"column":3,"source":"column","sourceColumn":1,"dateOrder":"day-first","zone":"cet"}]})" << u"fields[0].zone:"_s;
    QTest::newRow("constant") << head + R"([{"column":6,"source":"constant","constant":"a;b"}]})" << u"fields[0].constant:"_s;
}

void TestColumnMapping::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    ColumnMapping mapping;
    QString error;
    QVERIFY(!ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), mapping, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
}

void TestColumnMapping::profileStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MappingProfileStore store(dir.path() + u"/mappings"_s);
    QVERIFY(store.names().isEmpty());
    ColumnMapping olist;
    olist.mapColumn(0, 0, u"order_id"_s);
    olist.mapColumn(1, 2, u"product_id"_s);
    olist.mapColumn(2, 5, u"price"_s);
    QString error;
    QVERIFY2(store.save(u"Olist items"_s, olist, &error), qPrintable(error));
    QVERIFY2(store.save(u"erp-1252"_s, ColumnMapping(CarmaLayout::Newer), &error), qPrintable(error));
    QCOMPARE(store.names(), (QStringList{u"Olist items"_s, u"erp-1252"_s}));
    ColumnMapping loaded;
    QVERIFY2(store.load(u"Olist items"_s, loaded, &error), qPrintable(error));
    QVERIFY(loaded == olist);
    QVERIFY(store.remove(u"erp-1252"_s, &error));
    QCOMPARE(store.names(), QStringList{u"Olist items"_s});
    QVERIFY(!store.remove(u"erp-1252"_s, &error));
    QVERIFY(error.contains(u"erp-1252.json"_s));
    QVERIFY(MappingProfileStore().directory().endsWith(u"/mappings"_s));
}

void TestColumnMapping::profileStoreErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not json") << QByteArray("{oops") << u"broken.json: not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"broken.json: expected a JSON object"_s;
    QTest::newRow("no mapping") << QByteArray(R"({"name":"broken"})") << u"broken.json: mapping:"_s;
    QTest::newRow("bad field") << QByteArray(R"({"name":"broken","mapping":{"format":"cdp-carma-mapping","version":1,"layout":"seed","fields":[{"column":2,"source":"column","sourceColumn":-4}]}})")
                               << u"broken.json: mapping.fields[0].sourceColumn:"_s;
}

void TestColumnMapping::profileStoreErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MappingProfileStore store(dir.path());
    QFile file(store.filePath(u"broken"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ColumnMapping mapping;
    QString error;
    QVERIFY(!store.load(u"broken"_s, mapping, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!store.save(u"../escape"_s, mapping, &error));
    QVERIFY(!store.load(u"missing"_s, mapping, &error));
    QVERIFY(error.contains(u"missing.json"_s));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
