#include "screenshotrunner.h"

#include "connectionsdialog.h"
#include "customerlookuppane.h"
#include "imagecache.h"
#include "mainwindow.h"
#include "timelinepane.h"

#include "session/consolesession.h"

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

void ScreenshotRunner::capture()
{
    QPixmap shot = m_window->grab();
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
