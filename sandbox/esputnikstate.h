#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cdp::sandbox {

struct EsputnikContact
{
    qint64 id = 0;
    QString email;          // compared case-insensitively
    QString phone;          // compared exactly (case-sensitively)
    QString contactKey;     // externalCustomerId / ContactKey, compared exactly
    QString pushToken;      // compared exactly
    QString firstName;
};

struct EsputnikParam
{
    QString name;
    QString value;
};

// One event as received by v1/event; every accepted request is kept (no de-duplication upstream).
struct EsputnikEvent
{
    qint64 seq = 0;
    qint64 receivedMs = 0;
    QString eventTypeKey;
    QString keyValue;
    QList<EsputnikParam> params;
    std::optional<qint64> contactId;
    bool saved = false;
    QString reason;         // why it was ignored, or what it did to an order
};

struct EsputnikStatusChange
{
    QString status;
    QString source;         // "orderCreated" … or "v1/orders"
    qint64 seq = 0;         // event sequence number, 0 for v1/orders
    qint64 atMs = 0;
};

struct EsputnikOrder
{
    QString externalOrderId;
    QString externalCustomerId;
    QString totalCost;
    QString status;
    QString date;
    QString currency;
    QString items;
    std::optional<qint64> contactId;
    QList<EsputnikStatusChange> history;
};

// The eSputnik account of the sandbox (seed 003 + VENDOR_NOTES), in memory: contacts, orders and
// every event received. Rules:
//  - identifier parameters: ContactId, Contact_id, Email, EmailAddress, UserEmail, ContactEmail,
//    Phone, SMS, PhoneNumber, PushToken, ContactKey, Contact_key, names matched case-insensitively;
//    values exactly except e-mail (case-insensitive); the first parameter (in body order) that
//    names a known contact wins; keyValue is tried last, against e-mail, phone, contact key, token.
//  - orderCreated needs externalOrderId, externalCustomerId, totalCost, status, date (exact names)
//    and a known status; otherwise the event is ignored (kept, saved=false, with the reason).
class EsputnikState
{
public:
    static const QStringList &identifierNames();
    static const QStringList &orderStatuses();
    static const QStringList &orderRequiredParams();          // for events
    static const QStringList &bulkOrderRequiredFields();      // v1/orders (adds currency)

    EsputnikState();                                          // with the demo contacts

    std::optional<qint64> resolve(const QList<EsputnikParam> &params, const QString &keyValue) const;
    // Applies and records an event; returns the stored event.
    const EsputnikEvent &receive(const QString &eventTypeKey, const QString &keyValue, QList<EsputnikParam> params,
                                 qint64 nowMs);
    // v1/contacts: dedupe on e-mail, then phone, then contact key; returns ids.
    qint64 upsertContact(const EsputnikContact &contact);
    // v1/orders: one validated order (creates or replaces it).
    void upsertOrder(EsputnikOrder order, qint64 nowMs);
    std::optional<qint64> contactFor(const QString &email, const QString &phone, const QString &contactKey) const;

    // eventsOnly: leave out contacts and orders (cheap to poll while thousands are stored).
    QJsonObject toJson(qint64 sinceSeq, bool eventsOnly = false) const;
    static QJsonArray demoContactsJson();

private:
    QString applyOrderEvent(EsputnikEvent &event);
    EsputnikOrder *order(const QString &externalOrderId);

    std::vector<EsputnikContact> m_contacts;
    std::vector<EsputnikOrder> m_orders;
    std::vector<EsputnikEvent> m_events;
    qint64 m_nextContactId = 100001;
};

} // namespace cdp::sandbox
