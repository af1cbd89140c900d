#include "screenshotrunner.h"

#include "connectionsdialog.h"
#include "customerlookuppane.h"
#include "eventcomposerdialog.h"
#include "imagecache.h"
#include "mainwindow.h"
#include "ordereventspane.h"
#include "timelinepane.h"

#include "events/ordereventsservice.h"
#include "session/consolesession.h"

#include "models/outboxfiltermodel.h"
#include "models/outboxmodel.h"

#include <QPainter>
#include <QPixmap>

namespace cdp::ui {

ScreenshotRunner::ScreenshotRunner(ConsoleSession *session, MainWindow *window, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_options(std::move(options))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        finish(2, tr("Gave up after %1 s: the lookup did not finish.").arg(m_options.timeoutMs / 1000));
    });
}

QStringList ScreenshotRunner::paneNames()
{
    return MainWindow::paneKeys() << QStringLiteral("connections");
}

void ScreenshotRunner::start()
{
    m_watchdog.start(m_options.timeoutMs);
    // Laid out and painted like a visible window, but never mapped on a screen.
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(1440, 900);
    m_window->show();
    connect(m_window->timelinePane(), &TimelinePane::lookupFinished, this, &ScreenshotRunner::onLookupFinished);
    connect(m_window->customerLookupPane(), &CustomerLookupPane::lookupFinished, this,
            &ScreenshotRunner::onCustomerLookupFinished);
    if (m_session->isReady())
        onReady();
    else
        connect(m_session, &ConsoleSession::ready, this, &ScreenshotRunner::onReady, Qt::SingleShotConnection);
}

void ScreenshotRunner::onReady()
{
    if (m_options.pane == QLatin1String("events") || !m_options.compose.isEmpty()) {
        startEvents();
        return;
    }
    if (m_options.pane == QLatin1String("customers")) {
        // The demo customer with a few hundred purchases in two currencies, found by e-mail.
        QString identifier = m_options.userId;
        if (identifier.isEmpty()) {
            const DemoEndpoint::RcdpCustomer few = m_session->demoEndpoint().rcdpCustomer(QStringLiteral("few"));
            for (const QString &id : {few.email, few.mobile, few.customerCode, few.gcrId}) {
                if (!id.isEmpty()) {
                    identifier = id;
                    break;
                }
            }
        }
        if (identifier.isEmpty()) {
            finish(1, tr("No customer to look up: pass --user IDENTIFIER."));
            return;
        }
        m_window->showPane(QStringLiteral("customers"));
        m_window->customerLookupPane()->lookUp(identifier);
        return;
    }
    QString user = m_options.userId;
    if (user.isEmpty())
        user = m_session->demoEndpoint().sampleUserIds.value(0);
    if (user.isEmpty()) {
        finish(1, tr("No user id to look up: pass --user ID."));
        return;
    }
    if (m_options.pane == QLatin1String("requests")) {
        // A request log worth looking at: the other sample users and one unknown id (a 404) first.
        const QStringList samples = m_session->demoEndpoint().sampleUserIds;
        for (const QString &sample : samples) {
            if (sample != user)
                m_queue.append(sample);
        }
        m_queue.append(QStringLiteral("unknown-shopper-0000"));
    }
    m_queue.append(user);
    m_window->lookUp(m_queue.takeFirst());
}

void ScreenshotRunner::onLookupFinished(bool ok, const QString &message)
{
    if (!m_queue.isEmpty()) {
        m_window->lookUp(m_queue.takeFirst());
        return;
    }
    if (!ok)
        m_lookupNote = tr("Note: the lookup failed (%1); the screenshot shows the error state.").arg(message);
    const QString pane = m_options.pane.isEmpty() ? QStringLiteral("timeline") : m_options.pane;
    if (pane == QLatin1String("connections")) {
        ConnectionsDialog *dialog = m_window->openConnectionsDialog();
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->show();
    } else {
        m_window->showPane(pane);
    }
    // An order shows the most: its items with unit prices and line totals.
    m_window->timelinePane()->selectFirstOfKind(ProfileEvent::Kind::Order);
    // Let queued layout and paint requests run before grabbing.
    QTimer::singleShot(0, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::onCustomerLookupFinished(bool ok, const QString &message)
{
    if (m_options.pane != QLatin1String("customers"))
        return;
    if (!ok)
        m_lookupNote = tr("Note: the lookup failed (%1); the screenshot shows the error state.").arg(message);
    // A first render asks for the visible rows' product images; wait (briefly) for them.
    m_window->grab();
    QTimer::singleShot(0, this, &ScreenshotRunner::captureWhenImagesLoaded);
}

void ScreenshotRunner::captureWhenImagesLoaded()
{
    constexpr int kStepMs = 50;
    constexpr int kMaxWaits = 60;   // 3 s: a slow image never holds the screenshot up for long
    if (m_window->customerLookupPane()->imageCache()->pendingCount() > 0 && ++m_imageWaits < kMaxWaits) {
        QTimer::singleShot(kStepMs, this, &ScreenshotRunner::captureWhenImagesLoaded);
        return;
    }
    capture();
}

// Order Events: queue the sample events of every type for the demo contacts, wait until the
// sender has delivered them (or given up), then show the pane (and the composer when asked).
void ScreenshotRunner::startEvents()
{
    OrderEventsService *events = m_session->orderEvents();
    if (!events) {
        finish(1, tr("The outbox is not available."));
        return;
    }
    const QList<EventDraft> drafts = OrderEventsPane::sampleDrafts(m_session->demoEndpoint());
    QString error;
    if (events->enqueueMany(drafts, QString(), &error).isEmpty()) {
        finish(1, tr("The sample events could not be queued: %1").arg(error));
        return;
    }
    m_window->showPane(QStringLiteral("events"));
    captureEventsWhenSent();
}

void ScreenshotRunner::captureEventsWhenSent()
{
    constexpr int kStepMs = 50;
    constexpr int kMaxWaits = 400;   // 20 s
    OrderEventsService *events = m_session->orderEvents();
    const OutboxCounts counts = events->counts();
    if ((counts.queued > 0 || counts.sending > 0) && ++m_eventWaits < kMaxWaits) {
        QTimer::singleShot(kStepMs, this, &ScreenshotRunner::captureEventsWhenSent);
        return;
    }
    if (counts.queued > 0 || counts.sending > 0)
        m_lookupNote = tr("Note: %n event(s) were still being sent.", nullptr, int(counts.queued + counts.sending));
    OrderEventsPane *pane = m_window->orderEventsPane();
    pane->refresh();
    // The order with a flagged transition shows the most in the side panel.
    for (int row = 0; row < pane->proxy()->rowCount(); ++row) {
        const QModelIndex index = pane->proxy()->index(row, 0);
        if (index.data(OutboxModel::OrderIdRole).toString() == QLatin1String("ORD-1002")) {
            pane->selectEntry(index.data(OutboxModel::EntryIdRole).toLongLong());
            break;
        }
    }
    if (!m_options.compose.isEmpty()) {
        EventComposerDialog *composer = pane->newEvent();
        composer->setAttribute(Qt::WA_DontShowOnScreen);
        if (m_options.compose == QLatin1String("raw")) {
            composer->setRawMode(true);
            composer->setRawText(QStringLiteral(
                "{\n\"eventTypeKey\": \"productViewed\",\n\"keyValue\": \"example@email.com\",\n\"params\": [\n"
                "{\n\"name\": \"phone\",\n\"value\": \"411786452\"\n},\n"
                "{\n\"name\": \"email\",\n\"value\": \"example@email.com\"\n},\n"
                "{\n\"name\": \"product\",\n\"value\": \"{\\\"productId\\\":\\\"WS01-L-Green\\\",\\\"price\\\":45.5,"
                "\\\"isInStock\\\":1,\\\"someProductProperty\\\":[\\\"green\\\"]}]}\"\n},\n"
                "{\n\"name\": \"currencyCode\",\n\"value\": \"USD\"\n}\n]\n}"));
        } else {
            const EventTypeSpec *spec = EventComposer::spec(m_options.compose);
            const EventType type = spec ? spec->type : EventType::Custom;
            if (!spec) {
                finish(1, tr("Unknown event type \"%1\" for --compose.").arg(m_options.compose));
                return;
            }
            const QList<EventDraft> samples = OrderEventsPane::sampleDrafts(m_session->demoEndpoint());
            const auto sample = std::find_if(samples.cbegin(), samples.cend(),
                                             [type](const EventDraft &d) { return d.type() == type; });
            EventDraft draft = sample != samples.cend() ? *sample : EventDraft::forType(type);
            if (type == EventType::OrderCreated)
                draft.setValue(QStringLiteral("externalOrderId"), QStringLiteral("ORD-2001"));
            composer->setDraft(draft);
        }
        composer->show();
        m_overlay = composer;
    }
    QTimer::singleShot(0, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    QPixmap shot = m_window->grab();
    if (m_overlay && m_overlay->isVisible()) {
        const QPixmap dialogShot = m_overlay->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPoint topLeft((shot.width() - dialogShot.width()) / 2, (shot.height() - dialogShot.height()) / 2);
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawRect(QRect(topLeft - QPoint(1, 1), dialogShot.size() + QSize(1, 1)));
        painter.drawPixmap(topLeft, dialogShot);
    }
    if (ConnectionsDialog *dialog = m_window->connectionsDialog(); dialog && dialog->isVisible()) {
        // Composite the dialog over the window, centred, the way a window manager would show it.
        const QPixmap dialogShot = dialog->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPoint topLeft((shot.width() - dialogShot.width()) / 2, (shot.height() - dialogShot.height()) / 2);
        painter.setPen(QColor(0, 0, 0, 120));
        painter.drawRect(QRect(topLeft - QPoint(1, 1), dialogShot.size() + QSize(1, 1)));
        painter.drawPixmap(topLeft, dialogShot);
    }
    if (shot.isNull()) {
        finish(1, tr("The window could not be rendered."));
        return;
    }
    if (!shot.save(m_options.path, "PNG")) {
        finish(1, tr("Could not write %1.").arg(m_options.path));
        return;
    }
    finish(0, m_lookupNote.isEmpty() ? tr("Wrote %1.").arg(m_options.path)
                                     : tr("Wrote %1. %2").arg(m_options.path, m_lookupNote));
}

void ScreenshotRunner::finish(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    emit finished(exitCode, message);
}

} // namespace cdp::ui
