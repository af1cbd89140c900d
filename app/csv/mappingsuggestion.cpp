#include "csv/mappingsuggestion.h"

#include "csv/sourceanalysis.h"

#include <QList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

struct Synonyms
{
    int column;
    bool newerOnly;
    QList<QString> exact;     // score 3
    QList<QString> standIns;  // score 2
};

const QList<Synonyms> &synonymTable()
{
    static const QList<Synonyms> table{
        {0, false, {u"originalid"_s, u"customerid"_s, u"customer"_s, u"contact"_s, u"contactid"_s, u"email"_s,
                    u"mail"_s, u"emailaddress"_s, u"customeruniqueid"_s, u"clientid"_s, u"cliente"_s, u"idcliente"_s,
                    u"kund"_s, u"kundid"_s, u"kundnummer"_s, u"klient"_s, u"klientid"_s, u"idklienta"_s},
         {u"orderid"_s, u"ordernumber"_s}},
        {1, false, {u"sku"_s, u"productid"_s, u"product"_s, u"item"_s, u"itemid"_s, u"article"_s, u"artikel"_s,
                    u"artikelnummer"_s, u"produkt"_s, u"produktid"_s, u"produto"_s, u"idproduto"_s, u"towar"_s,
                    u"idtowaru"_s, u"ean"_s},
         {}},
        {2, false, {u"price"_s, u"unitprice"_s, u"itemprice"_s, u"preco"_s, u"precounitario"_s, u"valorunitario"_s,
                    u"pris"_s, u"styckpris"_s, u"apris"_s, u"cena"_s, u"cenajednostkowa"_s},
         {}},
        {3, false, {u"date"_s, u"time"_s, u"datetime"_s, u"timestamp"_s, u"purchasedate"_s, u"orderdate"_s,
                    u"transactiontime"_s, u"transactiondate"_s, u"shippinglimitdate"_s, u"data"_s, u"datacompra"_s,
                    u"datum"_s, u"kopdatum"_s, u"orderdatum"_s, u"datazakupu"_s},
         {}},
        {4, false, {u"qty"_s, u"quantity"_s, u"noofitems"_s, u"items"_s, u"count"_s, u"antal"_s, u"quantidade"_s,
                    u"qtd"_s, u"ilosc"_s, u"liczba"_s, u"sztuk"_s},
         {}},
        {5, false, {u"total"_s, u"amount"_s, u"totalprice"_s, u"sum"_s, u"summa"_s, u"belopp"_s, u"valortotal"_s,
                    u"kwota"_s, u"suma"_s, u"razem"_s},
         {}},
        {6, true, {u"currency"_s, u"valuta"_s, u"moeda"_s, u"waluta"_s}, {}},
        {7, true, {u"invoice"_s, u"invoiceid"_s, u"invoicenumber"_s, u"orderid"_s, u"faktura"_s,
                   u"fakturanummer"_s, u"fatura"_s, u"numerofatura"_s},
         {}},
        {8, true, {u"category"_s, u"productcategory"_s, u"productcategoryname"_s, u"kategori"_s, u"categoria"_s,
                   u"kategoria"_s},
         {}},
        {9, true, {u"name"_s, u"itemname"_s, u"productname"_s, u"namn"_s, u"produktnamn"_s, u"nome"_s,
                   u"nomeproduto"_s, u"nazwa"_s, u"nazwaproduktu"_s},
         {}},
        {10, true, {u"description"_s, u"itemdescription"_s, u"productdescription"_s, u"beskrivning"_s,
                    u"descricao"_s, u"opis"_s},
         {}},
    };
    return table;
}

int synonymScore(const QString &name, const Synonyms &entry)
{
    int score = 0;
    for (const QString &synonym : entry.exact) {
        if (name == synonym)
            return 3;
        if (synonym.size() >= 4 && name.contains(synonym))
            score = 1;
    }
    for (const QString &synonym : entry.standIns) {
        if (name == synonym)
            score = 2;
    }
    return score;
}

struct Candidate
{
    int score;
    int sourceColumn;
    int carmaColumn;
};

} // namespace

QString foldHeaderName(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'ł' || c == u'Ł')
            folded.append(u'l');
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

int suggestCarmaColumn(const QString &header, CarmaLayout layout, int *score)
{
    const QString name = foldHeaderName(header);
    int bestColumn = -1;
    int bestScore = 0;
    if (!name.isEmpty()) {
        for (const Synonyms &entry : synonymTable()) {
            if (entry.newerOnly && layout != CarmaLayout::Newer)
                continue;
            const int entryScore = synonymScore(name, entry);
            if (entryScore > bestScore) {
                bestScore = entryScore;
                bestColumn = entry.column;
            }
        }
    }
    if (score != nullptr)
        *score = bestScore;
    return bestColumn;
}

ColumnMapping suggestMapping(const SourceAnalysis &analysis, CarmaLayout layout)
{
    ColumnMapping mapping(layout);
    QList<Candidate> candidates;
    for (int source = 0; source < analysis.columns.size(); ++source) {
        const QString &header = analysis.columns.at(source).header;
        if (header.isEmpty())
            continue;
        const QString name = foldHeaderName(header);
        // Every Carma column the header fits, with its score.
        for (const Synonyms &entry : synonymTable()) {
            if (entry.newerOnly && layout != CarmaLayout::Newer)
                continue;
            const int entryScore = synonymScore(name, entry);
            if (entryScore > 0)
                candidates.append(Candidate{entryScore, source, entry.column});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QList<bool> sourceUsed(analysis.columns.size(), false);
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (sourceUsed[candidate.sourceColumn]
            || mapping.field(candidate.carmaColumn).source != FieldSource::Empty)
            continue;
        sourceUsed[candidate.sourceColumn] = true;
        mapping.mapColumn(candidate.carmaColumn, candidate.sourceColumn, analysis.columns.at(candidate.sourceColumn).header);
    }
    // Sample-based guesses for what the headers did not give.
    for (int source = 0; source < analysis.columns.size(); ++source) {
        if (sourceUsed[source])
            continue;
        const SourceColumnStats &stats = analysis.columns.at(source);
        if (mapping.field(CarmaSchema::TransactionTimeColumn).source == FieldSource::Empty && stats.dates.looksLikeDates()) {
            mapping.mapColumn(CarmaSchema::TransactionTimeColumn, source, stats.header);
            sourceUsed[source] = true;
        } else if (mapping.field(CarmaSchema::ItemPriceColumn).source == FieldSource::Empty
                   && stats.decimals.looksLikeNumbers() && stats.decimals.fractional() > 0) {
            mapping.mapColumn(CarmaSchema::ItemPriceColumn, source, stats.header);
            sourceUsed[source] = true;
        }
    }
    if (mapping.field(CarmaSchema::NoOfItemsColumn).source == FieldSource::Empty)
        mapping.setSource(CarmaSchema::NoOfItemsColumn, FieldSource::CountOne);
    if (mapping.field(CarmaSchema::TotalPriceColumn).source == FieldSource::Empty
        && mapping.field(CarmaSchema::ItemPriceColumn).source != FieldSource::Empty)
        mapping.setSource(CarmaSchema::TotalPriceColumn, FieldSource::ComputedTotal);
    mapping.applyAnalysis(analysis);
    return mapping;
}

} // namespace cdp::csv
