#pragma once

// Order lifecycle as the console sees it from the events it sent (seed 003 + VENDOR_NOTES):
// statuses INITIALIZED, IN_PROGRESS, DELIVERED, CANCELLED, ABANDONED_SHOPPING_CART, and which
// transitions make sense. eSputnik itself refuses no transition; the console flags the illegal
// ones so the operator sees them (history keeps every step).
//
// Rules (OrderStateMachine::apply):
//  - orderCreated on no order: creates it with its `status` param (missing required params:
//    eSputnik ignores the event → step flagged, status unchanged).
//  - orderCreated on an existing order: eSputnik replaces the order → flagged ("use orderUpdated").
//  - orderUpdated: on no order creates it (orderCreated requirements); else moves to its `status`
//    (or keeps the status when the param is absent).
//  - orderDelivered → DELIVERED; on no order eSputnik ignores it → flagged, status unchanged.
//  - orderCancelled → CANCELLED; on no order → flagged (nothing to cancel), status unchanged.
//  - Allowed moves: INITIALIZED → any other; IN_PROGRESS → DELIVERED, CANCELLED;
//    ABANDONED_SHOPPING_CART → INITIALIZED, IN_PROGRESS, CANCELLED; a status to itself (an update
//    of other fields) is fine. DELIVERED and CANCELLED are final: any move out is flagged, as are
//    IN_PROGRESS → INITIALIZED/ABANDONED_SHOPPING_CART and ABANDONED_SHOPPING_CART → DELIVERED.
//  - A flagged step still applies what eSputnik would do (the illegal move happens there too),
//    except the "ignored" cases above.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cdp {

enum class OrderStatus {
    None,                  // no such order (yet)
    Initialized,
    InProgress,
    Delivered,
    Cancelled,
    AbandonedShoppingCart,
};

QString orderStatusKey(OrderStatus status);                       // "INITIALIZED" …; "" for None
std::optional<OrderStatus> orderStatusFromKey(const QString &key); // exact upper-case wire value
QString orderStatusLabel(OrderStatus status);                     // translated: "Initialized" …, "—" for None

// One event applied to an order.
struct OrderStep
{
    qint64 entryId = 0;        // outbox entry (0 when not from the outbox)
    QDateTime at;              // when it was queued/sent (UTC)
    QString eventTypeKey;
    OrderStatus from = OrderStatus::None;
    OrderStatus to = OrderStatus::None;   // == from when the step changes nothing / is ignored
    bool illegal = false;
    bool ignoredByServer = false;         // eSputnik drops such an event (e.g. orderDelivered on no order)
    QString problem;                      // translated, why it is flagged (empty when legal)
    bool confirmed = true;                // the event is known to have reached eSputnik (Delivered)
};

struct OrderHistory
{
    QString externalOrderId;
    OrderStatus current = OrderStatus::None;   // after the confirmed steps: what eSputnik holds
    OrderStatus projected = OrderStatus::None; // after every step, including those not yet delivered
    QList<OrderStep> steps;                    // oldest first (confirmed and pending interleaved)
    bool hasIllegal() const;
    int illegalCount() const;
};

class OrderStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(cdp::OrderStateMachine)

public:
    // Whether a move between two statuses is allowed (None → anything is allowed).
    static bool isAllowed(OrderStatus from, OrderStatus to);
    static QString whyNotAllowed(OrderStatus from, OrderStatus to);   // translated; empty when allowed

    // Applies one event. `statusParam` is the event's `status` value (may be empty);
    // `hasCreateRequirements`: externalOrderId, externalCustomerId, totalCost, status, date present.
    static OrderStep apply(OrderStatus current, const QString &eventTypeKey, const QString &statusParam,
                           bool hasCreateRequirements);

    struct Event
    {
        qint64 entryId = 0;
        QDateTime at;
        QString eventTypeKey;
        QString statusParam;
        bool hasCreateRequirements = false;
        bool confirmed = true;     // Delivered; false for queued/sending/failed/unconfirmed ones
    };
    // The history of one order from its events, oldest first. Flags are computed along the
    // projected path (every event in order); `current` follows the confirmed events only.
    static OrderHistory build(const QString &externalOrderId, const QList<Event> &events);
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::OrderStatus)
