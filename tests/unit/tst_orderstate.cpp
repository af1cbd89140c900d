// The order lifecycle the console derives from the events it sent: statuses, allowed moves and the
// flags for illegal ones (data-driven), and histories built from event sequences.

#include "events/orderstate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cdp;


class TestOrderState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusKeys();
    void transitions_data();
    void transitions();
    void apply_data();
    void apply();
    void history_data();
    void history();
};

void TestOrderState::statusKeys()
{
    for (const OrderStatus s : {OrderStatus::Initialized, OrderStatus::InProgress, OrderStatus::Delivered,
                                OrderStatus::Cancelled, OrderStatus::AbandonedShoppingCart}) {
        QCOMPARE(orderStatusFromKey(orderStatusKey(s)), std::optional<OrderStatus>(s));
        QVERIFY(!orderStatusLabel(s).isEmpty());
    }
    QVERIFY(!orderStatusFromKey(u"delivered"_s));   // wire values are exact
    QVERIFY(!orderStatusFromKey(QString()));
}

void TestOrderState::transitions_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");

    using S = OrderStatus;
    const QList<S> all = {S::Initialized, S::InProgress, S::Delivered, S::Cancelled, S::AbandonedShoppingCart};
    // The full table: rows from, columns to.
    const QList<QList<bool>> table = {
        //            INIT   IN_PR  DELIV  CANC   ABAND
        /* INIT  */ {true,  true,  true,  true,  true},
        /* IN_PR */ {false, true,  true,  true,  false},
        /* DELIV */ {false, false, true,  false, false},
        /* CANC  */ {false, false, false, true,  false},
        /* ABAND */ {true,  true,  false, true,  true},
    };
    for (int f = 0; f < all.size(); ++f) {
        for (int t = 0; t < all.size(); ++t) {
            QTest::addRow("%s -> %s", qPrintable(orderStatusKey(all[f])), qPrintable(orderStatusKey(all[t])))
                << all[f] << all[t] << table[f][t];
        }
        QTest::addRow("none -> %s", qPrintable(orderStatusKey(all[f]))) << S::None << all[f] << true;
    }
}

void TestOrderState::transitions()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(OrderStateMachine::isAllowed(from, to), allowed);
    QCOMPARE(OrderStateMachine::whyNotAllowed(from, to).isEmpty(), allowed);
}

void TestOrderState::apply_data()
{
    QTest::addColumn<OrderStatus>("current");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("illegal");
    QTest::addColumn<bool>("ignored");

    using S = OrderStatus;
    QTest::newRow("create") << S::None << u"orderCreated"_s << u"INITIALIZED"_s << true << S::Initialized << false << false;
    QTest::newRow("create delivered") << S::None << u"orderCreated"_s << u"DELIVERED"_s << true << S::Delivered << false << false;
    QTest::newRow("create incomplete") << S::None << u"orderCreated"_s << u"INITIALIZED"_s << false << S::None << true << true;
    QTest::newRow("create bad status") << S::None << u"orderCreated"_s << u"NEW"_s << true << S::None << true << true;
    QTest::newRow("create again replaces") << S::InProgress << u"orderCreated"_s << u"INITIALIZED"_s << true << S::Initialized << true << false;
    QTest::newRow("update creates") << S::None << u"orderUpdated"_s << u"IN_PROGRESS"_s << true << S::InProgress << false << false;
    QTest::newRow("update of missing, incomplete") << S::None << u"orderUpdated"_s << u"IN_PROGRESS"_s << false << S::None << true << true;
    QTest::newRow("update forward") << S::Initialized << u"orderUpdated"_s << u"IN_PROGRESS"_s << false << S::InProgress << false << false;
    QTest::newRow("update backwards") << S::InProgress << u"orderUpdated"_s << u"INITIALIZED"_s << false << S::Initialized << true << false;
    QTest::newRow("update without status") << S::InProgress << u"orderUpdated"_s << QString() << false << S::InProgress << false << false;
    QTest::newRow("update bad status") << S::InProgress << u"orderUpdated"_s << u"nope"_s << false << S::InProgress << true << false;
    QTest::newRow("deliver") << S::InProgress << u"orderDelivered"_s << QString() << false << S::Delivered << false << false;
    QTest::newRow("deliver missing") << S::None << u"orderDelivered"_s << QString() << false << S::None << true << true;
    QTest::newRow("deliver cancelled") << S::Cancelled << u"orderDelivered"_s << QString() << false << S::Delivered << true << false;
    QTest::newRow("deliver abandoned") << S::AbandonedShoppingCart << u"orderDelivered"_s << QString() << false << S::Delivered << true << false;
    QTest::newRow("cancel") << S::Initialized << u"orderCancelled"_s << QString() << false << S::Cancelled << false << false;
    QTest::newRow("cancel delivered") << S::Delivered << u"orderCancelled"_s << QString() << false << S::Cancelled << true << false;
    QTest::newRow("cancel missing") << S::None << u"orderCancelled"_s << QString() << false << S::None << true << true;
    QTest::newRow("deliver twice") << S::Delivered << u"orderDelivered"_s << QString() << false << S::Delivered << false << false;
    QTest::newRow("behavioural event") << S::Initialized << u"pageViewed"_s << QString() << false << S::Initialized << false << false;
}

void TestOrderState::apply()
{
    QFETCH(OrderStatus, current);
    QFETCH(QString, event);
    QFETCH(QString, status);
    QFETCH(bool, complete);
    QFETCH(OrderStatus, to);
    QFETCH(bool, illegal);
    QFETCH(bool, ignored);
    const OrderStep step = OrderStateMachine::apply(current, event, status, complete);
    QCOMPARE(step.from, current);
    QCOMPARE(step.to, to);
    QCOMPARE(step.illegal, illegal);
    QCOMPARE(step.ignoredByServer, ignored);
    QCOMPARE(step.problem.isEmpty(), !illegal);
}

void TestOrderState::history_data()
{
    QTest::addColumn<QStringList>("events");     // "type:status:complete:confirmed"
    QTest::addColumn<OrderStatus>("current");
    QTest::addColumn<OrderStatus>("projected");
    QTest::addColumn<int>("illegal");

    using S = OrderStatus;
    QTest::newRow("happy path") << QStringList{u"orderCreated:INITIALIZED:1:1"_s, u"orderUpdated:IN_PROGRESS:0:1"_s,
                                               u"orderDelivered::0:1"_s}
                                << S::Delivered << S::Delivered << 0;
    QTest::newRow("pending delivery") << QStringList{u"orderCreated:INITIALIZED:1:1"_s, u"orderDelivered::0:0"_s}
                                      << S::Initialized << S::Delivered << 0;
    QTest::newRow("cancel after delivery") << QStringList{u"orderCreated:DELIVERED:1:1"_s, u"orderCancelled::0:1"_s}
                                           << S::Cancelled << S::Cancelled << 1;
    QTest::newRow("delivered before created") << QStringList{u"orderDelivered::0:1"_s, u"orderCreated:INITIALIZED:1:1"_s}
                                              << S::Initialized << S::Initialized << 1;
    QTest::newRow("nothing confirmed") << QStringList{u"orderCreated:INITIALIZED:1:0"_s} << S::None << S::Initialized << 0;
}

void TestOrderState::history()
{
    QFETCH(QStringList, events);
    QFETCH(OrderStatus, current);
    QFETCH(OrderStatus, projected);
    QFETCH(int, illegal);
    QList<OrderStateMachine::Event> list;
    qint64 id = 0;
    for (const QString &e : std::as_const(events)) {
        const QStringList parts = e.split(u':');
        OrderStateMachine::Event event;
        event.entryId = ++id;
        event.eventTypeKey = parts.at(0);
        event.statusParam = parts.at(1);
        event.hasCreateRequirements = parts.at(2) == u"1"_s;
        event.confirmed = parts.at(3) == u"1"_s;
        list.append(event);
    }
    const OrderHistory h = OrderStateMachine::build(u"42"_s, list);
    QCOMPARE(h.externalOrderId, u"42"_s);
    QCOMPARE(h.steps.size(), events.size());
    QCOMPARE(h.current, current);
    QCOMPARE(h.projected, projected);
    QCOMPARE(h.illegalCount(), illegal);
    QCOMPARE(h.hasIllegal(), illegal > 0);
    QCOMPARE(h.steps.constLast().entryId, id);
}

QTEST_GUILESS_MAIN(TestOrderState)
#include "tst_orderstate.moc"
