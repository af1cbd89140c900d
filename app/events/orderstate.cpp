#include "orderstate.h"

using namespace Qt::StringLiterals;

namespace cdp {

QString orderStatusKey(OrderStatus status)
{
    switch (status) {
    case OrderStatus::None: return {};
    case OrderStatus::Initialized: return u"INITIALIZED"_s;
    case OrderStatus::InProgress: return u"IN_PROGRESS"_s;
    case OrderStatus::Delivered: return u"DELIVERED"_s;
    case OrderStatus::Cancelled: return u"CANCELLED"_s;
    case OrderStatus::AbandonedShoppingCart: return u"ABANDONED_SHOPPING_CART"_s;
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromKey(const QString &key)
{
    for (const OrderStatus s : {OrderStatus::Initialized, OrderStatus::InProgress, OrderStatus::Delivered,
                                OrderStatus::Cancelled, OrderStatus::AbandonedShoppingCart}) {
        if (orderStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString orderStatusLabel(OrderStatus status)
{
    switch (status) {
    case OrderStatus::None: return u"—"_s;
    case OrderStatus::Initialized: return OrderStateMachine::tr("Initialized");
    case OrderStatus::InProgress: return OrderStateMachine::tr("In progress");
    case OrderStatus::Delivered: return OrderStateMachine::tr("Delivered");
    case OrderStatus::Cancelled: return OrderStateMachine::tr("Cancelled");
    case OrderStatus::AbandonedShoppingCart: return OrderStateMachine::tr("Abandoned cart");
    }
    return {};
}

bool OrderHistory::hasIllegal() const
{
    return illegalCount() > 0;
}

int OrderHistory::illegalCount() const
{
    int n = 0;
    for (const OrderStep &step : steps)
        n += step.illegal ? 1 : 0;
    return n;
}

bool OrderStateMachine::isAllowed(OrderStatus from, OrderStatus to)
{
    if (from == OrderStatus::None || from == to)
        return true;
    switch (from) {
    case OrderStatus::None:
        return true;
    case OrderStatus::Initialized:
        return to != OrderStatus::None;
    case OrderStatus::InProgress:
        return to == OrderStatus::Delivered || to == OrderStatus::Cancelled;
    case OrderStatus::AbandonedShoppingCart:
        return to == OrderStatus::Initialized || to == OrderStatus::InProgress || to == OrderStatus::Cancelled;
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        return false;
    }
    return false;
}

QString OrderStateMachine::whyNotAllowed(OrderStatus from, OrderStatus to)
{
    if (isAllowed(from, to))
        return {};
    if (from == OrderStatus::Delivered || from == OrderStatus::Cancelled)
        return tr("The order is already %1 (final); moving it to %2 rewrites its history.")
            .arg(orderStatusKey(from), orderStatusKey(to));
    if (from == OrderStatus::AbandonedShoppingCart && to == OrderStatus::Delivered)
        return tr("An abandoned cart cannot be delivered without being ordered first (INITIALIZED or IN_PROGRESS).");
    return tr("%1 → %2 goes backwards in the order's lifecycle.").arg(orderStatusKey(from), orderStatusKey(to));
}

OrderStep OrderStateMachine::apply(OrderStatus current, const QString &eventTypeKey, const QString &statusParam,
                                   bool hasCreateRequirements)
{
    OrderStep step;
    step.eventTypeKey = eventTypeKey;
    step.from = current;
    step.to = current;
    const std::optional<OrderStatus> status = orderStatusFromKey(statusParam);
    const bool exists = current != OrderStatus::None;

    auto moveTo = [&](OrderStatus target) {
        step.to = target;
        if (!isAllowed(current, target)) {
            step.illegal = true;
            step.problem = whyNotAllowed(current, target);
        }
    };

    if (eventTypeKey == u"orderCreated"_s) {
        if (!hasCreateRequirements || !status) {
            step.illegal = true;
            step.ignoredByServer = true;
            step.problem = tr("orderCreated lacks a required parameter or a valid status; eSputnik ignores it.");
            return step;
        }
        if (exists) {
            step.to = *status;
            step.illegal = true;
            step.problem = tr("The order already exists; orderCreated replaces it in eSputnik. Use orderUpdated to change an order.");
            return step;
        }
        step.to = *status;
        return step;
    }
    if (eventTypeKey == u"orderUpdated"_s) {
        if (!exists) {
            if (!hasCreateRequirements || !status) {
                step.illegal = true;
                step.ignoredByServer = true;
                step.problem = tr("The order does not exist and the update lacks the orderCreated parameters; eSputnik ignores it.");
                return step;
            }
            step.to = *status;
            return step;
        }
        if (!statusParam.isEmpty() && !status) {
            step.illegal = true;
            step.problem = tr("“%1” is not an order status.").arg(statusParam);
            return step;
        }
        if (status)
            moveTo(*status);
        return step;
    }
    if (eventTypeKey == u"orderDelivered"_s || eventTypeKey == u"orderCancelled"_s) {
        const OrderStatus target = eventTypeKey == u"orderDelivered"_s ? OrderStatus::Delivered : OrderStatus::Cancelled;
        if (!exists) {
            step.illegal = true;
            step.ignoredByServer = true;
            step.problem = tr("There is no such order (no orderCreated before it); eSputnik ignores %1.").arg(eventTypeKey);
            return step;
        }
        moveTo(target);
        return step;
    }
    return step;   // not an order event: no change
}

OrderHistory OrderStateMachine::build(const QString &externalOrderId, const QList<Event> &events)
{
    OrderHistory history;
    history.externalOrderId = externalOrderId;
    OrderStatus projected = OrderStatus::None;
    OrderStatus confirmed = OrderStatus::None;
    for (const Event &event : events) {
        OrderStep step = apply(projected, event.eventTypeKey, event.statusParam, event.hasCreateRequirements);
        step.entryId = event.entryId;
        step.at = event.at;
        step.confirmed = event.confirmed;
        projected = step.to;
        if (event.confirmed)
            confirmed = apply(confirmed, event.eventTypeKey, event.statusParam, event.hasCreateRequirements).to;
        history.steps.append(step);
    }
    history.current = confirmed;
    history.projected = projected;
    return history;
}

} // namespace cdp
