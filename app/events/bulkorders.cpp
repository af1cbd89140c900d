#include "bulkorders_p.h"

#include "eventjson_p.h"

#include "csv/carmaconversion.h"
#include "csv/carmaschema.h"
#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/mappingprofile.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace cdp::BulkOrders {

namespace {

constexpr int kMaxProblems = 100;

struct Group
{
    QString orderId;
    QString originalId;
    QString currency;
    QDateTime earliest;
    QList<EventItem> items;
    EventJson::Decimal total;
    bool totalKnown = true;
};

void note(BulkProgress &progress, const QString &text)
{
    if (progress.problems.size() < kMaxProblems)
        progress.problems.append(text);
}

QDateTime parseCarmaTime(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString identifierParamFor(const QString &originalId, const QString &choice)
{
    if (!choice.isEmpty() && choice != u"auto"_s)
        return choice;
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9]{7,15}$"_s);
    if (email.match(originalId).hasMatch())
        return u"email"_s;
    if (phone.match(originalId).hasMatch())
        return u"phone"_s;
    return u"contactKey"_s;
}

EsputnikContact contactFor(const QString &originalId, const QString &param)
{
    EsputnikContact contact;
    contact.externalCustomerId = originalId;
    if (EventComposer::isEmailIdentifierName(param))
        contact.email = originalId;
    else if (param.compare(u"phone"_s, Qt::CaseInsensitive) == 0 || param.compare(u"sms"_s, Qt::CaseInsensitive) == 0
             || param.compare(u"phoneNumber"_s, Qt::CaseInsensitive) == 0)
        contact.phone = originalId;
    else
        contact.contactKey = originalId;
    return contact;
}

ReadResult readCarmaFile(const QString &path, const BulkOrdersOptions &options, const std::atomic<bool> *cancel)
{
    ReadResult result;
    BulkProgress &progress = result.progress;
    progress.phase = BulkProgress::Phase::Reading;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = OrderEventsService::tr("Cannot read the purchase file “%1”: %2").arg(path, file.errorString());
        return result;
    }
    const bool newer = options.carmaLayout == int(csv::CarmaLayout::Newer);
    const QTimeZone zone = options.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(options.timeZone.toUtf8());
    if (!zone.isValid()) {
        result.error = OrderEventsService::tr("Unknown time zone “%1”; use an IANA name such as Europe/Stockholm.").arg(options.timeZone);
        return result;
    }
    const EventType type = EventComposer::spec(options.eventTypeKey) ? EventComposer::spec(options.eventTypeKey)->type
                                                                    : EventType::Custom;

    QList<Group> groups;
    QHash<QString, qsizetype> index;
    qint64 line = 0;
    // One buffer for every line: QIODevice::readLine(maxSize) would allocate maxSize bytes per line.
    QByteArray buffer(1024 * 1024 + 3, Qt::Uninitialized);
    while (!file.atEnd()) {
        if (cancel && cancel->load())
            break;
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        if (length < 0)
            break;
        QByteArray raw(buffer.constData(), qsizetype(length));
        ++line;
        if (raw.endsWith('\n'))
            raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty())
            continue;
        ++progress.rowsRead;
        const QStringList f = QString::fromUtf8(raw).split(u';');
        auto field = [&f](int i) { return i < f.size() ? f.at(i).trimmed() : QString(); };
        const QString originalId = field(csv::CarmaSchema::OriginalIdColumn);
        const QString sku = field(csv::CarmaSchema::SkuColumn);
        const QString price = field(csv::CarmaSchema::ItemPriceColumn);
        const QString timeText = field(csv::CarmaSchema::TransactionTimeColumn);
        QString quantity = field(csv::CarmaSchema::NoOfItemsColumn);
        const QString totalText = field(csv::CarmaSchema::TotalPriceColumn);
        QString why;
        if (originalId.isEmpty() || sku.isEmpty() || price.isEmpty())
            why = OrderEventsService::tr("Originalid, Sku and itemPrice are mandatory");
        else if (!EventComposer::isDecimal(price))
            why = OrderEventsService::tr("itemPrice “%1” is not a number").arg(price);
        else if (!quantity.isEmpty() && !EventComposer::isDecimal(quantity))
            why = OrderEventsService::tr("No of Items “%1” is not a number").arg(quantity);
        else if (!totalText.isEmpty() && !EventComposer::isDecimal(totalText))
            why = OrderEventsService::tr("Total price “%1” is not a number").arg(totalText);
        const QDateTime when = parseCarmaTime(timeText);
        if (why.isEmpty() && !when.isValid())
            why = OrderEventsService::tr("Transaction Time “%1” is not yyyy-MM-dd HH:mm:ss (an order event needs its date)").arg(timeText);
        if (!why.isEmpty()) {
            ++progress.rowsSkipped;
            note(progress, OrderEventsService::tr("%1, line %2: %3; the row is skipped.").arg(path).arg(line).arg(why));
            continue;
        }
        if (quantity.isEmpty())
            quantity = u"1"_s;
        const QString invoice = newer ? field(7) : QString();
        const QString key = invoice.isEmpty() ? originalId + u'@' + when.toString(u"yyyyMMdd'T'HHmmss"_s) : invoice;
        qsizetype at = index.value(key, -1);
        if (at < 0) {
            if (options.maxOrders > 0 && groups.size() >= options.maxOrders)
                continue;
            Group g;
            g.orderId = key;
            g.originalId = originalId;
            g.earliest = when;
            g.currency = options.currency.isEmpty() && newer ? field(6) : options.currency;
            at = groups.size();
            index.insert(key, at);
            groups.append(g);
        }
        Group &g = groups[at];
        if (when < g.earliest)
            g.earliest = when;
        EventItem item;
        item.id = sku;
        item.price = price;
        item.quantity = quantity;
        if (newer) {
            item.category = field(8);
            item.name = field(9);
            item.description = field(10);
        }
        g.items.append(item);
        std::optional<EventJson::Decimal> lineTotal = EventJson::parseDecimal(totalText);
        if (!lineTotal) {
            const auto p = EventJson::parseDecimal(price);
            const auto q = EventJson::parseDecimal(quantity);
            if (p && q)
                lineTotal = EventJson::multiply(*p, *q);
        }
        if (lineTotal)
            g.total.units += lineTotal->units;
        else
            g.totalKnown = false;
    }
    if (cancel && cancel->load()) {
        progress.phase = BulkProgress::Phase::Cancelled;
        return result;
    }

    QSet<QString> seenContacts;
    result.drafts.reserve(groups.size());
    for (const Group &g : std::as_const(groups)) {
        EventDraft draft;
        draft.eventTypeKey = options.eventTypeKey;
        draft.keyValue = g.originalId;
        const QString param = identifierParamFor(g.originalId, options.identifierParam);
        draft.params.append(EventParam{param, g.originalId});
        draft.params.append(EventParam{u"externalOrderId"_s, g.orderId});
        draft.params.append(EventParam{u"externalCustomerId"_s, g.originalId});
        if (g.totalKnown)
            draft.params.append(EventParam{u"totalCost"_s, EventJson::formatDecimal(g.total)});
        draft.params.append(EventParam{u"status"_s, options.status});
        draft.params.append(EventParam{u"date"_s, EventComposer::formatDate(g.earliest.toTimeZone(zone))});
        if (!g.currency.isEmpty())
            draft.params.append(EventParam{u"currency"_s, g.currency});
        draft.params.append(EventParam{u"items"_s, QString()});
        draft.items = g.items;
        draft.itemsAsItemsParam = type != EventType::CartUpdated;
        result.drafts.append(draft);
        if (!seenContacts.contains(g.originalId)) {
            seenContacts.insert(g.originalId);
            result.contacts.append(contactFor(g.originalId, param));
        }
    }
    progress.orders = result.drafts.size();
    progress.contacts = result.contacts.size();
    if (result.drafts.isEmpty() && result.error.isEmpty())
        result.error = progress.rowsRead == 0
            ? OrderEventsService::tr("The purchase file “%1” has no rows.").arg(path)
            : OrderEventsService::tr("No usable rows in “%1” (%2 skipped); see the problems listed.").arg(path).arg(progress.rowsSkipped);
    return result;
}

ReadResult read(const BulkOrdersOptions &options, const std::atomic<bool> *cancel)
{
    if (options.format == BulkOrdersOptions::Format::Carma)
        return readCarmaFile(options.purchaseFile, options, cancel);

    ReadResult result;
    csv::ColumnMapping mapping;
    QString error;
    if (!options.mappingJson.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(options.mappingJson.toUtf8(), &parseError);
        if (!doc.isObject()) {
            result.error = OrderEventsService::tr("The column mapping is not a JSON object: %1").arg(parseError.errorString());
            return result;
        }
        QJsonObject object = doc.object();
        if (object.contains(u"mapping"_s) && object.value(u"mapping"_s).isObject())
            object = object.value(u"mapping"_s).toObject();
        if (!csv::ColumnMapping::fromJson(object, mapping, &error)) {
            result.error = OrderEventsService::tr("The column mapping cannot be used: %1").arg(error);
            return result;
        }
    } else if (!options.mappingProfile.isEmpty()) {
        if (!csv::MappingProfileStore().load(options.mappingProfile, mapping, &error)) {
            result.error = OrderEventsService::tr("The mapping profile “%1” cannot be loaded: %2").arg(options.mappingProfile, error);
            return result;
        }
    } else {
        result.error = OrderEventsService::tr("Choose a column mapping profile for the CSV file.");
        return result;
    }
    QFile source(options.purchaseFile);
    if (!source.open(QIODevice::ReadOnly)) {
        result.error = OrderEventsService::tr("Cannot read the purchase file “%1”: %2").arg(options.purchaseFile, source.errorString());
        return result;
    }
    const csv::CsvDialect dialect = csv::sniffCsvDialect(&source);
    source.close();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = OrderEventsService::tr("No temporary folder for the conversion: %1").arg(dir.errorString());
        return result;
    }
    csv::ConversionOptions conversion;
    conversion.outputPath = dir.filePath(u"purchases.carma.txt"_s);
    conversion.validRowsOnly = true;
    conversion.computeContentHash = false;
    conversion.cancel = cancel;
    const csv::ConversionResult converted = csv::convertToCarma(options.purchaseFile, dialect, mapping, conversion);
    if (!converted.isSuccess()) {
        QString why = converted.errorString;
        for (const csv::MappingDecision &decision : converted.pendingDecisions)
            why += u' ' + decision.message;
        result.error = converted.outcome == csv::ConversionResult::Outcome::Cancelled
            ? QString()
            : OrderEventsService::tr("Converting “%1” with the mapping failed: %2").arg(options.purchaseFile, why);
        result.progress.phase = converted.outcome == csv::ConversionResult::Outcome::Cancelled ? BulkProgress::Phase::Cancelled
                                                                                                : BulkProgress::Phase::Failed;
        return result;
    }
    BulkOrdersOptions carma = options;
    carma.carmaLayout = int(mapping.layout());
    result = readCarmaFile(converted.outputPath, carma, cancel);
    result.progress.rowsSkipped += converted.rowsRejected;
    for (const csv::ConversionProblem &p : converted.problems) {
        if (p.severity != csv::CarmaSeverity::Error)
            continue;
        note(result.progress, OrderEventsService::tr("%1, line %2 (%3): %4; the row is skipped.")
                                  .arg(options.purchaseFile)
                                  .arg(p.sourceLine)
                                  .arg(p.field, p.message));
    }
    return result;
}

} // namespace cdp::BulkOrders
