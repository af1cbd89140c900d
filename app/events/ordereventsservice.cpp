#include "ordereventsservice.h"

#include "bulkorders_p.h"
#include "connectors/esputnikevents.h"
#include "events/outboxsender.h"
#include "net/apiclient.h"
#include "net/logging.h"
#include "session/esputniksettings.h"
#include "store/workspace.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cdp {

namespace {

constexpr int kEnqueueChunk = 1000;

// What the order state machine needs from a stored body.
OrderStateMachine::Event orderEvent(const OutboxEntry &entry)
{
    OrderStateMachine::Event event;
    event.entryId = entry.id;
    event.at = entry.createdAt;
    event.eventTypeKey = entry.eventTypeKey;
    event.confirmed = entry.state == OutboxState::Delivered;
    const QJsonArray params = QJsonDocument::fromJson(entry.body).object().value(u"params"_s).toArray();
    QHash<QString, QString> values;
    for (const QJsonValue &p : params) {
        const QJsonObject o = p.toObject();
        const QString name = o.value(u"name"_s).toString();
        if (!values.contains(name))
            values.insert(name, o.value(u"value"_s).toString());
    }
    event.statusParam = values.value(u"status"_s);
    bool complete = true;
    for (const QString &name : {u"externalOrderId"_s, u"externalCustomerId"_s, u"totalCost"_s, u"status"_s, u"date"_s}) {
        if (values.value(name).trimmed().isEmpty())
            complete = false;
    }
    event.hasCreateRequirements = complete && EventComposer::isDecimal(values.value(u"totalCost"_s).trimmed());
    return event;
}

bool countsInHistory(OutboxState state)
{
    return state != OutboxState::Discarded && state != OutboxState::Rejected;
}

} // namespace

QString bulkPhaseLabel(BulkProgress::Phase phase)
{
    switch (phase) {
    case BulkProgress::Phase::Idle: return OrderEventsService::tr("Idle");
    case BulkProgress::Phase::Reading: return OrderEventsService::tr("Reading the purchase file");
    case BulkProgress::Phase::Contacts: return OrderEventsService::tr("Uploading contacts");
    case BulkProgress::Phase::Enqueueing: return OrderEventsService::tr("Queueing events");
    case BulkProgress::Phase::Sending: return OrderEventsService::tr("Sending events");
    case BulkProgress::Phase::Paused: return OrderEventsService::tr("Paused");
    case BulkProgress::Phase::Finished: return OrderEventsService::tr("Finished");
    case BulkProgress::Phase::Cancelled: return OrderEventsService::tr("Cancelled");
    case BulkProgress::Phase::Failed: return OrderEventsService::tr("Failed");
    }
    return {};
}

struct OrderEventsService::Private
{
    Workspace &workspace;
    ApiClient &client;
    SecretStore &secrets;
    std::unique_ptr<OutboxStore> store;
    OutboxSender *sender = nullptr;
    EsputnikEvents *connector = nullptr;
    std::optional<ConnectionProfile> profile;
    QString problem;
    int recovered = 0;
    SenderSettings settings;
    QTimer countsTimer;
    OutboxCounts lastCounts;
    QString lastStatus;

    // Bulk run.
    BulkProgress bulk;
    bool bulkRunning = false;
    BulkOrdersOptions bulkOptions;   // of the current (or last) run
    bool bulkPaused = false;
    std::shared_ptr<std::atomic<bool>> bulkCancel;
    QList<EventDraft> bulkDrafts;
    QList<EsputnikContact> bulkContacts;
    qsizetype bulkNext = 0;          // next contact / draft to handle in the current phase
    QPointer<ApiReply> bulkReply;
    int bulkContactFailures = 0;
    QTimer bulkTimer;                // drives enqueue chunks, contact retries and progress polls

    Private(Workspace &w, ApiClient &c, SecretStore &s)
        : workspace(w)
        , client(c)
        , secrets(s)
    {
    }
};

OrderEventsService::OrderEventsService(Workspace &workspace, ApiClient &client, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(workspace, client, secrets))
{
    d->store = std::make_unique<OutboxStore>(workspace.database());
    QString error;
    d->recovered = std::max(0, d->store->recoverInterrupted(&error));
    if (!error.isEmpty())
        qCWarning(lcStore).noquote() << "outbox recovery failed:" << error;
    else if (d->recovered > 0)
        qCWarning(lcStore) << d->recovered << "event(s) were being sent when the console stopped; now Unconfirmed";
    d->problem = tr("No eSputnik connection: add one in Connections (eSputnik / Yespo) to send events.");

    d->sender = new OutboxSender(d->store.get(), this);
    connect(d->sender, &OutboxSender::entryChanged, this, [this](qint64 id) {
        emit entryChanged(id);
        if (const auto e = d->store->entry(id); e && !e->externalOrderId.isEmpty())
            emit orderChanged(e->externalOrderId);
        if (!d->countsTimer.isActive())
            d->countsTimer.start();
    });
    connect(d->sender, &OutboxSender::statusChanged, this, [this] {
        if (!d->countsTimer.isActive())
            d->countsTimer.start();
    });
    connect(d->sender, &OutboxSender::storeError, this, [this](const QString &message) {
        d->problem = tr("The outbox cannot be written (%1); sending stopped.").arg(message);
        emit connectionChanged();
    });
    d->countsTimer.setSingleShot(true);
    d->countsTimer.setInterval(150);
    connect(&d->countsTimer, &QTimer::timeout, this, [this] {
        const OutboxCounts c = d->store->counts();
        if (!(c == d->lastCounts)) {
            d->lastCounts = c;
            emit countsChanged(c);
        }
        const QString text = statusText();
        if (text != d->lastStatus) {
            d->lastStatus = text;
            emit statusTextChanged(text);
        }
    });
    d->lastCounts = d->store->counts();
    d->bulkTimer.setSingleShot(true);
}

OrderEventsService::~OrderEventsService()
{
    delete d->sender;   // before the store it records into
    d->sender = nullptr;
    if (d->bulkCancel)
        d->bulkCancel->store(true);
    if (d->bulkReply)
        d->bulkReply->abort();
}

// --- Connection --------------------------------------------------------------------------------

void OrderEventsService::setConnection(const ConnectionProfile &profile, const QString &apiKey)
{
    QString why;
    EsputnikSettings::isComplete(profile, &why);
    EsputnikEvents::Config config = EsputnikSettings::connectorConfig(profile);
    config.apiKey = apiKey;
    config.timeoutMs = d->settings.timeoutMs;
    if (!d->connector)
        d->connector = new EsputnikEvents(&d->client, config, this);
    else
        d->connector->setConfig(config);
    d->profile = profile;
    d->problem = why.isEmpty() ? d->connector->problem() : why;
    d->sender->setConnector(d->problem.isEmpty() ? d->connector : nullptr, profile.name);
    emit connectionChanged();
    d->countsTimer.start();
}

void OrderEventsService::clearConnection(const QString &problem)
{
    d->sender->setConnector(nullptr, QString());
    d->profile.reset();
    d->problem = problem.isEmpty() ? tr("No eSputnik connection: add one in Connections (eSputnik / Yespo) to send events.")
                                   : problem;
    emit connectionChanged();
    d->countsTimer.start();
}

std::optional<ConnectionProfile> OrderEventsService::connection() const
{
    return d->profile;
}

QString OrderEventsService::connectionName() const
{
    return d->profile ? d->profile->name : QString();
}

QString OrderEventsService::connectionProblem() const
{
    return d->problem;
}

EsputnikEvents *OrderEventsService::connector() const
{
    return d->profile ? d->connector : nullptr;
}

// --- Outbox ------------------------------------------------------------------------------------

qint64 OrderEventsService::enqueue(const EventDraft &draft, QList<EventProblem> *problems, QString *error)
{
    const QList<EventProblem> found = draft.validate();
    if (problems)
        *problems = found;
    if (EventDraft::hasErrors(found)) {
        if (error)
            *error = tr("The event has errors; fix them before sending.");
        return 0;
    }
    OutboxEntry entry;
    entry.connectionName = connectionName();
    entry.eventTypeKey = draft.eventTypeKey;
    entry.externalOrderId = draft.value(u"externalOrderId"_s).trimmed();
    entry.keyValue = draft.keyValue;
    entry.body = draft.toRequestBody();
    if (!d->store->enqueue(entry, error))
        return 0;
    emit entriesAdded({entry.id});
    if (!entry.externalOrderId.isEmpty())
        emit orderChanged(entry.externalOrderId);
    d->countsTimer.start();
    d->sender->wake();
    return entry.id;
}

QList<qint64> OrderEventsService::enqueueMany(const QList<EventDraft> &drafts, const QString &batchId, QString *error)
{
    QList<OutboxEntry> entries;
    entries.reserve(drafts.size());
    for (const EventDraft &draft : drafts) {
        OutboxEntry entry;
        entry.connectionName = connectionName();
        entry.eventTypeKey = draft.eventTypeKey;
        entry.externalOrderId = draft.value(u"externalOrderId"_s).trimmed();
        entry.keyValue = draft.keyValue;
        entry.body = draft.toRequestBody();
        entry.batchId = batchId;
        entries.append(entry);
    }
    if (!d->store->enqueue(entries, error))
        return {};
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const OutboxEntry &e : std::as_const(entries))
        ids.append(e.id);
    emit entriesAdded(ids);
    d->countsTimer.start();
    d->sender->wake();
    return ids;
}

void OrderEventsService::pause()
{
    if (d->sender->isPaused())
        return;
    d->sender->pause();
    emit pausedChanged(true);
}

void OrderEventsService::resume()
{
    const bool wasPaused = d->sender->isPaused();
    d->sender->resume();
    if (wasPaused)
        emit pausedChanged(false);
}

bool OrderEventsService::isPaused() const
{
    return d->sender->isPaused();
}

bool OrderEventsService::isSending() const
{
    return d->sender->inFlight() > 0;
}

void OrderEventsService::entryActedOn(qint64 id)
{
    emit entryChanged(id);
    if (const auto e = d->store->entry(id); e && !e->externalOrderId.isEmpty())
        emit orderChanged(e->externalOrderId);
    d->countsTimer.start();
    d->sender->wake();
}

bool OrderEventsService::retry(qint64 id, QString *error)
{
    if (!d->store->retry(id, error))
        return false;
    entryActedOn(id);
    return true;
}

bool OrderEventsService::discard(qint64 id, QString *error)
{
    if (!d->store->discard(id, error))
        return false;
    entryActedOn(id);   // later events of the same order may be free now
    return true;
}

bool OrderEventsService::confirmDelivered(qint64 id, QString *error)
{
    if (!d->store->confirmDelivered(id, error))
        return false;
    entryActedOn(id);
    return true;
}

int OrderEventsService::retryAllFailed(QString *error)
{
    OutboxFilter filter;
    filter.states = {OutboxState::FailedWillRetry};
    filter.limit = 1000000;
    int n = 0;
    for (const OutboxEntry &e : d->store->entries(filter)) {
        if (retry(e.id, error))
            ++n;
    }
    return n;
}

std::optional<OutboxEntry> OrderEventsService::entry(qint64 id) const
{
    return d->store->entry(id);
}

QList<OutboxEntry> OrderEventsService::entries(const OutboxFilter &filter) const
{
    return d->store->entries(filter);
}

OutboxCounts OrderEventsService::counts() const
{
    return d->store->counts();
}

int OrderEventsService::recoveredUnconfirmed() const
{
    return d->recovered;
}

QString OrderEventsService::statusText() const
{
    const OutboxCounts c = d->store->counts();
    QString text;
    if (!d->problem.isEmpty())
        text = d->problem;
    else if (d->sender->isPaused())
        text = tr("Paused.");
    else if (!d->sender->holdReason().isEmpty())
        text = d->sender->holdReason();
    else if (d->sender->inFlight() > 0 || c.queued > 0)
        text = tr("Sending through “%1”.").arg(connectionName());
    else
        text = tr("Nothing to send.");
    QStringList parts;
    if (c.queued)
        parts.append(tr("%n queued", nullptr, int(c.queued)));
    if (c.sending)
        parts.append(tr("%n sending", nullptr, int(c.sending)));
    if (c.delivered)
        parts.append(tr("%n delivered", nullptr, int(c.delivered)));
    if (c.failed)
        parts.append(tr("%n failed (will retry)", nullptr, int(c.failed)));
    if (c.rejected)
        parts.append(tr("%n rejected", nullptr, int(c.rejected)));
    if (c.unconfirmed)
        parts.append(tr("%n unconfirmed — need a decision", nullptr, int(c.unconfirmed)));
    if (!parts.isEmpty())
        text += u' ' + parts.join(u", "_s) + u'.';
    return text;
}

OrderEventsService::SenderSettings OrderEventsService::senderSettings() const
{
    return d->settings;
}

void OrderEventsService::setSenderSettings(const SenderSettings &settings)
{
    d->settings = settings;
    OutboxSender::Settings s;
    s.maxInFlight = settings.maxInFlight;
    s.backoffBaseMs = settings.backoffBaseMs;
    s.backoffCapMs = settings.backoffCapMs;
    s.maxAutomaticAttempts = settings.maxAutomaticAttempts;
    d->sender->setSettings(s);
    if (d->connector && d->profile) {
        EsputnikEvents::Config config = d->connector->config();
        config.timeoutMs = settings.timeoutMs;
        d->connector->setConfig(config);
    }
}

// --- Orders ------------------------------------------------------------------------------------

QList<OrderSummary> OrderEventsService::orders() const
{
    OutboxFilter filter;
    filter.limit = 10000000;
    const QList<OutboxEntry> all = d->store->entries(filter);   // newest first
    QHash<QString, QList<OrderStateMachine::Event>> events;
    QHash<QString, OrderSummary> summaries;
    QStringList order;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const OutboxEntry &e = *it;
        if (e.externalOrderId.isEmpty())
            continue;
        auto found = summaries.find(e.externalOrderId);
        if (found == summaries.end()) {
            OrderSummary s;
            s.externalOrderId = e.externalOrderId;
            found = summaries.insert(e.externalOrderId, s);
            order.append(e.externalOrderId);
        }
        if (e.state == OutboxState::Discarded)
            continue;
        ++found->events;
        if (!isFinalOutboxState(e.state))
            ++found->pending;
        if (!found->lastEventAt.isValid() || e.createdAt > found->lastEventAt)
            found->lastEventAt = e.createdAt;
        if (countsInHistory(e.state))
            events[e.externalOrderId].append(orderEvent(e));
    }
    QList<OrderSummary> out;
    out.reserve(order.size());
    for (const QString &id : std::as_const(order)) {
        OrderSummary s = summaries.value(id);
        const OrderHistory h = OrderStateMachine::build(id, events.value(id));
        s.current = h.current;
        s.projected = h.projected;
        s.illegal = h.illegalCount();
        out.append(s);
    }
    return out;
}

OrderHistory OrderEventsService::orderHistory(const QString &externalOrderId) const
{
    QList<OrderStateMachine::Event> events;
    for (const OutboxEntry &e : d->store->entriesForOrder(externalOrderId)) {
        if (countsInHistory(e.state))
            events.append(orderEvent(e));
    }
    return OrderStateMachine::build(externalOrderId, events);
}

// --- Bulk --------------------------------------------------------------------------------------

QList<EventDraft> OrderEventsService::buildOrderDrafts(const BulkOrdersOptions &options, BulkProgress *progress,
                                                       QString *error)
{
    BulkOrders::ReadResult result = BulkOrders::read(options, nullptr);
    if (progress)
        *progress = result.progress;
    if (error)
        *error = result.error;
    return result.drafts;
}

bool OrderEventsService::isBulkRunning() const
{
    return d->bulkRunning;
}

BulkOrdersOptions OrderEventsService::bulkOptions() const
{
    return d->bulkOptions;
}

bool OrderEventsService::isBulkPaused() const
{
    return d->bulkRunning && d->bulkPaused;
}

BulkProgress OrderEventsService::bulkProgress() const
{
    return d->bulk;
}

bool OrderEventsService::startBulk(const BulkOrdersOptions &options, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (d->bulkRunning)
        return fail(tr("A bulk run is already in progress."));
    if (options.purchaseFile.isEmpty())
        return fail(tr("Choose a purchase file."));
    if (!EventComposer::spec(options.eventTypeKey) || !EventComposer::spec(options.eventTypeKey)->isOrderEvent)
        return fail(tr("“%1” is not an order event type.").arg(options.eventTypeKey));
    d->bulkOptions = options;
    if (options.uploadContacts && !canSend())
        return fail(connectionProblem());

    d->bulk = BulkProgress();
    d->bulk.batchId = u"bulk-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(100000));
    d->bulk.phase = BulkProgress::Phase::Reading;
    d->bulk.message = tr("Reading %1 …").arg(options.purchaseFile);
    d->bulkRunning = true;
    d->bulkPaused = false;
    d->bulkCancel = std::make_shared<std::atomic<bool>>(false);
    d->bulkDrafts.clear();
    d->bulkContacts.clear();
    d->bulkNext = 0;
    d->bulkContactFailures = 0;
    emit bulkProgressChanged(d->bulk);

    auto cancel = d->bulkCancel;
    auto *watcher = new QFutureWatcher<BulkOrders::ReadResult>(this);
    connect(watcher, &QFutureWatcher<BulkOrders::ReadResult>::finished, this, [this, watcher, options] {
        watcher->deleteLater();
        BulkOrders::ReadResult result = watcher->result();
        if (!d->bulkRunning)
            return;
        const QString batch = d->bulk.batchId;
        d->bulk.rowsRead = result.progress.rowsRead;
        d->bulk.rowsSkipped = result.progress.rowsSkipped;
        d->bulk.orders = result.progress.orders;
        d->bulk.contacts = result.progress.contacts;
        d->bulk.problems = result.progress.problems;
        if (d->bulkCancel->load()) {
            finishBulk(BulkProgress::Phase::Cancelled, tr("Cancelled while reading; nothing was sent."));
            return;
        }
        if (!result.error.isEmpty()) {
            finishBulk(BulkProgress::Phase::Failed, result.error);
            return;
        }
        d->bulkDrafts = std::move(result.drafts);
        d->bulkContacts = options.uploadContacts ? std::move(result.contacts) : QList<EsputnikContact>();
        d->bulkNext = 0;
        if (!d->bulkContacts.isEmpty()) {
            d->bulk.phase = BulkProgress::Phase::Contacts;
            d->bulk.message = tr("Uploading %n contact(s) first (v1/contacts) …", nullptr, int(d->bulkContacts.size()));
            emit bulkProgressChanged(d->bulk);
            bulkStep();
        } else {
            d->bulk.phase = BulkProgress::Phase::Enqueueing;
            emit bulkProgressChanged(d->bulk);
            bulkStep();
        }
    });
    watcher->setFuture(QtConcurrent::run([options, cancel] { return BulkOrders::read(options, cancel.get()); }));
    return true;
}

void OrderEventsService::pauseBulk()
{
    if (!d->bulkRunning || d->bulkPaused)
        return;
    d->bulkPaused = true;
    pause();
    d->bulk.message = tr("Paused (%1).").arg(bulkPhaseLabel(d->bulk.phase));
    emit bulkProgressChanged(d->bulk);
}

void OrderEventsService::resumeBulk()
{
    if (!d->bulkRunning || !d->bulkPaused)
        return;
    d->bulkPaused = false;
    resume();
    emit bulkProgressChanged(d->bulk);
    bulkStep();
}

void OrderEventsService::cancelBulk()
{
    if (!d->bulkRunning)
        return;
    d->bulkCancel->store(true);
    if (d->bulkReply)
        d->bulkReply->abort();
    if (d->bulk.phase == BulkProgress::Phase::Reading)
        return;   // the watcher finishes the run
    QString error;
    const int discarded = d->store->discardQueued(d->bulk.batchId, &error);
    if (d->bulkPaused) {
        d->bulkPaused = false;
        resume();
    }
    finishBulk(BulkProgress::Phase::Cancelled,
               discarded >= 0 ? tr("Cancelled: %n event(s) not yet sent were discarded.", nullptr, discarded)
                              : tr("Cancelled, but discarding the queued events failed: %1").arg(error));
}

void OrderEventsService::finishBulk(BulkProgress::Phase phase, const QString &message)
{
    d->bulkTimer.stop();
    disconnect(&d->bulkTimer, nullptr, this, nullptr);
    d->bulk.phase = phase;
    d->bulk.message = message;
    if (!d->bulk.batchId.isEmpty())
        d->bulk.outbox = d->store->counts(d->bulk.batchId);
    d->bulkRunning = false;
    d->bulkDrafts.clear();
    d->bulkContacts.clear();
    d->countsTimer.start();
    emit bulkProgressChanged(d->bulk);
    emit bulkFinished(d->bulk);
}

void OrderEventsService::scheduleBulkStep(int delayMs)
{
    disconnect(&d->bulkTimer, nullptr, this, nullptr);
    connect(&d->bulkTimer, &QTimer::timeout, this, &OrderEventsService::bulkStep);
    d->bulkTimer.start(delayMs);
}

void OrderEventsService::bulkStep()
{
    if (!d->bulkRunning || d->bulkPaused || d->bulkCancel->load() || d->bulkReply)
        return;
    switch (d->bulk.phase) {
    case BulkProgress::Phase::Contacts: {
        if (d->bulkNext >= d->bulkContacts.size()) {
            d->bulk.phase = BulkProgress::Phase::Enqueueing;
            d->bulkNext = 0;
            emit bulkProgressChanged(d->bulk);
            scheduleBulkStep(0);
            return;
        }
        if (!connector() || !canSend()) {
            finishBulk(BulkProgress::Phase::Failed, connectionProblem());
            return;
        }
        const QList<EsputnikContact> chunk = d->bulkContacts.mid(d->bulkNext, EsputnikEvents::MaxContactsPerRequest);
        d->bulkReply = d->connector->uploadContacts(chunk, this, [this, size = chunk.size()](const EsputnikEvents::Result &r) {
            d->bulkReply = nullptr;
            if (!d->bulkRunning)
                return;
            switch (r.outcome) {
            case EsputnikEvents::Outcome::Delivered:
                d->bulkNext += size;
                d->bulk.contactsUploaded += size;
                d->bulkContactFailures = 0;
                d->bulk.message = tr("Uploaded %1 of %2 contacts.").arg(d->bulk.contactsUploaded).arg(d->bulkContacts.size());
                emit bulkProgressChanged(d->bulk);
                scheduleBulkStep(0);
                return;
            case EsputnikEvents::Outcome::Rejected:
                finishBulk(BulkProgress::Phase::Failed,
                           tr("eSputnik refused the contacts upload (HTTP %1): %2. No events were queued.")
                               .arg(r.httpStatus)
                               .arg(r.serverText));
                return;
            case EsputnikEvents::Outcome::Cancelled:
                return;   // cancelBulk() ends the run
            case EsputnikEvents::Outcome::FailedInTransit:
            case EsputnikEvents::Outcome::MayHaveArrived: {
                // v1/contacts is an upsert (add or update): repeating a chunk cannot duplicate contacts.
                ++d->bulkContactFailures;
                const int delay = std::min(d->settings.backoffCapMs, d->settings.backoffBaseMs << std::min(d->bulkContactFailures - 1, 16));
                d->bulk.message = tr("The contacts upload failed (%1); trying again in %2 s.")
                                      .arg(r.serverText)
                                      .arg((delay + 999) / 1000);
                emit bulkProgressChanged(d->bulk);
                scheduleBulkStep(delay);
                return;
            }
            }
        });
        return;
    }
    case BulkProgress::Phase::Enqueueing: {
        if (d->bulkNext >= d->bulkDrafts.size()) {
            d->bulk.phase = BulkProgress::Phase::Sending;
            d->bulkDrafts.clear();
            d->bulk.message = tr("All %n order event(s) are in the outbox; sending …", nullptr, int(d->bulk.enqueued));
            emit bulkProgressChanged(d->bulk);
            scheduleBulkStep(0);
            return;
        }
        const QList<EventDraft> chunk = d->bulkDrafts.mid(d->bulkNext, kEnqueueChunk);
        QString error;
        const QList<qint64> ids = enqueueMany(chunk, d->bulk.batchId, &error);
        if (ids.isEmpty() && !chunk.isEmpty()) {
            finishBulk(BulkProgress::Phase::Failed, tr("Storing events in the outbox failed: %1").arg(error));
            return;
        }
        d->bulkNext += chunk.size();
        d->bulk.enqueued += ids.size();
        d->bulk.message = tr("Queued %1 of %2 order events.").arg(d->bulk.enqueued).arg(d->bulk.orders);
        emit bulkProgressChanged(d->bulk);
        scheduleBulkStep(0);
        return;
    }
    case BulkProgress::Phase::Sending: {
        d->bulk.outbox = d->store->counts(d->bulk.batchId);
        const OutboxCounts &c = d->bulk.outbox;
        if (c.queued + c.sending + c.failed == 0) {
            QString message = tr("Done: %1 delivered, %2 rejected.").arg(c.delivered).arg(c.rejected);
            if (c.unconfirmed)
                message += u' ' + tr("%n unconfirmed (need a decision).", nullptr, int(c.unconfirmed));
            finishBulk(BulkProgress::Phase::Finished, message);
            return;
        }
        d->bulk.message = tr("%1 of %2 delivered; %3 waiting, %4 failed (will retry), %5 rejected.")
                              .arg(c.delivered)
                              .arg(d->bulk.enqueued)
                              .arg(c.queued + c.sending)
                              .arg(c.failed)
                              .arg(c.rejected);
        emit bulkProgressChanged(d->bulk);
        scheduleBulkStep(500);
        return;
    }
    default:
        return;
    }
}

} // namespace cdp
