// EventDraft: values, the exact request body and the raw-body reader.

#include "eventcomposer.h"
#include "eventjson_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

EventProblem problem(EventProblem::Severity severity, const QString &field, const QString &message)
{
    EventProblem p;
    p.severity = severity;
    p.field = field;
    p.message = message;
    return p;
}

bool hasRows(const QList<EventItem> &items)
{
    for (const EventItem &item : items) {
        if (!item.isEmpty())
            return true;
    }
    return false;
}

} // namespace

EventType EventDraft::type() const
{
    const EventTypeSpec *s = EventComposer::spec(eventTypeKey);
    return s ? s->type : EventType::Custom;
}

const EventTypeSpec *EventDraft::spec() const
{
    return EventComposer::spec(eventTypeKey);
}

QString EventDraft::value(const QString &name) const
{
    for (const EventParam &p : params) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

bool EventDraft::hasParam(const QString &name) const
{
    for (const EventParam &p : params) {
        if (p.name == name)
            return true;
    }
    return false;
}

void EventDraft::setValue(const QString &name, const QString &newValue)
{
    for (EventParam &p : params) {
        if (p.name == name) {
            p.value = newValue;
            return;
        }
    }
    params.append(EventParam{name, newValue});
}

void EventDraft::removeParam(const QString &name)
{
    params.removeIf([&name](const EventParam &p) { return p.name == name; });
}

bool EventDraft::hasErrors(const QList<EventProblem> &problems)
{
    for (const EventProblem &p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

// Which parameters the items table produces for this draft (name → value); empty when none.
static QList<EventParam> generatedParams(const EventDraft &draft)
{
    QList<EventParam> out;
    if (!hasRows(draft.items))
        return out;
    const EventType type = draft.type();
    const EventTypeSpec *spec = draft.spec();
    const bool orderEvent = spec && spec->isOrderEvent;
    if (type == EventType::CartUpdated) {
        const ProductsShape shape = draft.productsShape == ProductsShape::None ? ProductsShape::ArrayString : draft.productsShape;
        out.append(EventParam{u"products"_s, QString::fromUtf8(EventComposer::productsJson(draft.items, shape, type))});
        return out;
    }
    if (orderEvent || type == EventType::Custom) {
        if (draft.itemsAsItemsParam)
            out.append(EventParam{u"items"_s, QString::fromUtf8(EventComposer::itemsJson(draft.items, type))});
        if (draft.productsShape != ProductsShape::None)
            out.append(EventParam{u"products"_s,
                                  QString::fromUtf8(EventComposer::productsJson(draft.items, draft.productsShape, type))});
    }
    return out;
}

QList<EventParam> effectiveParams(const EventDraft &draft)
{
    QList<EventParam> generated = generatedParams(draft);
    QList<EventParam> out;
    for (const EventParam &p : draft.params) {
        bool replaced = false;
        for (qsizetype i = 0; i < generated.size(); ++i) {
            if (generated.at(i).name == p.name) {
                out.append(generated.takeAt(i));
                replaced = true;
                break;
            }
        }
        if (replaced || p.value.isEmpty())
            continue;
        out.append(p);
    }
    out.append(generated);
    return out;
}

QByteArray EventDraft::toRequestBody() const
{
    QJsonArray array;
    for (const EventParam &p : effectiveParams(*this))
        array.append(QJsonObject{{u"name"_s, p.name}, {u"value"_s, p.value}});
    // QJsonObject writes keys sorted: eventTypeKey, keyValue, params — the seed's order.
    const QJsonObject body{{u"eventTypeKey"_s, eventTypeKey}, {u"keyValue"_s, keyValue}, {u"params"_s, array}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

EventDraft EventDraft::forType(EventType type)
{
    EventDraft draft;
    const EventTypeSpec *spec = EventComposer::spec(type);
    if (!spec)
        return draft;
    draft.eventTypeKey = spec->key;
    for (const EventParamSpec &p : spec->params) {
        if (p.kind == EventParamKind::ItemsJson || p.kind == EventParamKind::ProductsJson)
            continue;
        draft.params.append(EventParam{p.name, QString()});
    }
    if (type == EventType::OrderCreated)
        draft.setValue(u"status"_s, u"INITIALIZED"_s);
    if (type == EventType::CartUpdated)
        draft.productsShape = ProductsShape::ArrayString;
    return draft;
}

std::optional<EventDraft> EventDraft::fromRequestBody(const QByteArray &body, QList<EventProblem> *problems)
{
    QList<EventProblem> found;
    auto fail = [&](const QString &field, const QString &message) -> std::optional<EventDraft> {
        found.append(problem(EventProblem::Severity::Error, field, message));
        if (problems)
            *problems = found;
        return std::nullopt;
    };
    const QString text = QString::fromUtf8(body);
    const QString jsonError = EventJson::jsonProblem(text, true, false);
    if (!jsonError.isEmpty())
        return fail(u"body"_s, tr("The request body is %1").arg(jsonError));
    const QJsonObject object = QJsonDocument::fromJson(body).object();

    EventDraft draft;
    const QJsonValue typeValue = object.value(u"eventTypeKey"_s);
    if (!typeValue.isString() || typeValue.toString().trimmed().isEmpty())
        return fail(u"eventTypeKey"_s, tr("The body has no eventTypeKey (a string such as \"orderCreated\")."));
    draft.eventTypeKey = typeValue.toString();
    const QJsonValue key = object.value(u"keyValue"_s);
    if (key.isString())
        draft.keyValue = key.toString();
    else if (key.isDouble())
        draft.keyValue = QString::number(key.toDouble(), 'g', QLocale::FloatingPointShortest);
    else if (!key.isUndefined() && !key.isNull())
        return fail(u"keyValue"_s, tr("keyValue must be a string."));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"eventTypeKey"_s && it.key() != u"keyValue"_s && it.key() != u"params"_s)
            found.append(problem(EventProblem::Severity::Warning, it.key(),
                                 tr("“%1” is not part of a v1/event body; it is left out.").arg(it.key())));
    }
    const QJsonValue paramsValue = object.value(u"params"_s);
    if (!paramsValue.isArray() && !paramsValue.isUndefined())
        return fail(u"params"_s, tr("params must be an array of {\"name\", \"value\"} objects."));
    const QJsonArray array = paramsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isObject())
            return fail(u"params"_s, tr("Parameter %1 is not an object {\"name\", \"value\"}.").arg(i + 1));
        const QJsonObject p = entry.toObject();
        if (!p.value(u"name"_s).isString() || p.value(u"name"_s).toString().isEmpty())
            return fail(u"params"_s, tr("Parameter %1 has no name.").arg(i + 1));
        const QString name = p.value(u"name"_s).toString();
        const QJsonValue v = p.value(u"value"_s);
        QString value;
        if (v.isString()) {
            value = v.toString();
        } else if (v.isDouble()) {
            value = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            found.append(problem(EventProblem::Severity::Warning, name,
                                 tr("The value is a JSON number; v1/event values are strings, so it will be sent as \"%1\".").arg(value)));
        } else if (v.isBool()) {
            value = v.toBool() ? u"true"_s : u"false"_s;
            found.append(problem(EventProblem::Severity::Warning, name,
                                 tr("The value is a JSON boolean; it will be sent as the string \"%1\".").arg(value)));
        } else if (v.isObject() || v.isArray()) {
            value = QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            found.append(problem(EventProblem::Severity::Warning, name,
                                 tr("The value is nested JSON (a v2/event style); v1/event needs it serialised into a string, as it will be sent.")));
        } else if (!v.isNull() && !v.isUndefined()) {
            return fail(name, tr("The value of parameter %1 cannot be read.").arg(i + 1));
        }
        draft.params.append(EventParam{name, value});
    }

    // Lift items/products into the items table when they are the known shapes.
    const EventType type = draft.type();
    const EventTypeSpec *spec = draft.spec();
    const bool orderEvent = spec && spec->isOrderEvent;
    if (orderEvent && draft.hasParam(u"items"_s)) {
        if (const auto rows = EventComposer::parseItemsJson(draft.value(u"items"_s)); rows && !rows->isEmpty()) {
            draft.items = *rows;
            draft.itemsAsItemsParam = true;
            // The slot keeps its place among the params; effectiveParams() fills it with the table's JSON.
            draft.setValue(u"items"_s, QString());
        }
    }
    if ((orderEvent || type == EventType::CartUpdated) && draft.hasParam(u"products"_s)) {
        ProductsShape shape = ProductsShape::None;
        const auto rows = EventComposer::parseProductsJson(draft.value(u"products"_s), &shape);
        if (rows && !rows->isEmpty()) {
            if (draft.items.isEmpty()) {
                draft.items = *rows;
                draft.itemsAsItemsParam = false;
                draft.productsShape = shape;
                draft.setValue(u"products"_s, QString());
            } else if (*rows == draft.items) {
                draft.productsShape = shape;
                draft.setValue(u"products"_s, QString());
            }
        }
    }
    if (!orderEvent)
        draft.itemsAsItemsParam = false;
    if (problems)
        *problems = found;
    return draft;
}

} // namespace cdp
