#include "ordereventspane.h"

#include "bulksenddialog.h"
#include "columnsmenu.h"
#include "errorrowdelegate.h"
#include "eventcomposerdialog.h"
#include "icons.h"
#include "tableexport.h"

#include "events/ordereventsservice.h"
#include "models/displayformat.h"
#include "models/outboxfiltermodel.h"
#include "models/outboxmodel.h"
#include "session/consolesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {
const QString kHeader = QStringLiteral("OrderEvents/header");
const QString kSplitter = QStringLiteral("OrderEvents/splitter");
const QString kStateFilter = QStringLiteral("OrderEvents/stateFilter");

constexpr int kBigChange = 300;   // more changed/added entries than this: reload the table at once

QString statusBadge(OrderStatus status)
{
    QString colour;
    switch (status) {
    case OrderStatus::None: colour = QStringLiteral("#7a7a7a"); break;
    case OrderStatus::Initialized: colour = QStringLiteral("#2f5f96"); break;
    case OrderStatus::InProgress: colour = QStringLiteral("#b7791f"); break;
    case OrderStatus::Delivered: colour = QStringLiteral("#23784a"); break;
    case OrderStatus::Cancelled: colour = QStringLiteral("#a33a3a"); break;
    case OrderStatus::AbandonedShoppingCart: colour = QStringLiteral("#6b4f9e"); break;
    }
    const QString key = status == OrderStatus::None ? OrderEventsPane::tr("NO ORDER") : orderStatusKey(status);
    return QStringLiteral("<span style='background:%1; color:white; font-weight:bold;'>&nbsp;%2&nbsp;</span>")
        .arg(colour, key.toHtmlEscaped());
}

QString statusText(OrderStatus status)
{
    return status == OrderStatus::None ? QStringLiteral("—") : orderStatusKey(status);
}

} // namespace

OrderEventsPane::OrderEventsPane(ConsoleSession *session, QWidget *parent)
    : Pane(parent)
    , m_session(session)
    , m_service(session->orderEvents())
    , m_model(new OutboxModel(this))
    , m_proxy(new OutboxFilterModel(this))
    , m_newButton(new QPushButton(Icons::icon(QStringLiteral("add")), tr("&New Event…"), this))
    , m_bulkButton(new QPushButton(Icons::icon(QStringLiteral("bulk")), tr("&Bulk Send…"), this))
    , m_pauseButton(new QPushButton(Icons::icon(QStringLiteral("pause")), tr("&Pause Sending"), this))
    , m_retryButton(new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("&Retry"), this))
    , m_confirmButton(new QPushButton(Icons::icon(QStringLiteral("ok")), tr("Con&firm Delivered"), this))
    , m_discardButton(new QPushButton(Icons::icon(QStringLiteral("remove")), tr("&Discard…"), this))
    , m_statusLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_stateCombo(new QComboBox(this))
    , m_typeCombo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_newButton->setToolTip(tr("Compose an eSputnik event and queue it (Ctrl+N)"));
    m_bulkButton->setToolTip(tr("Send the orders of a purchase file as events"));
    m_pauseButton->setToolTip(tr("Stop starting new requests (those in flight finish); events keep queueing"));
    m_retryButton->setToolTip(tr("Queue the selected failed, rejected or unconfirmed events again"));
    m_confirmButton->setToolTip(tr("Mark the selected unconfirmed events as delivered after checking them in eSputnik"));
    m_discardButton->setToolTip(tr("Never send the selected events (asks first)"));
    for (QPushButton *button : {m_newButton, m_bulkButton, m_pauseButton, m_retryButton, m_confirmButton, m_discardButton})
        button->setAutoDefault(false);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_statusLabel->setObjectName(QStringLiteral("outboxStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_bulkButton);
    actions->addSpacing(12);
    actions->addWidget(m_pauseButton);
    actions->addSpacing(12);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_confirmButton);
    actions->addWidget(m_discardButton);
    actions->addSpacing(12);
    actions->addWidget(m_statusLabel, 1);

    m_filterEdit->setPlaceholderText(tr("Filter by order, contact, event, state, HTTP status, server text (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_stateCombo->addItem(tr("All states"), int(StateFilter::All));
    m_stateCombo->addItem(tr("Needs attention"), int(StateFilter::NeedsAttention));
    m_stateCombo->addItem(tr("Not sent yet"), int(StateFilter::Pending));
    m_stateCombo->addItem(outboxStateLabel(OutboxState::Delivered), int(StateFilter::Delivered));
    m_stateCombo->addItem(outboxStateLabel(OutboxState::Rejected), int(StateFilter::Rejected));
    m_stateCombo->addItem(outboxStateLabel(OutboxState::FailedWillRetry), int(StateFilter::Failed));
    m_stateCombo->addItem(outboxStateLabel(OutboxState::Unconfirmed), int(StateFilter::Unconfirmed));
    m_stateCombo->addItem(outboxStateLabel(OutboxState::Discarded), int(StateFilter::Discarded));
    m_stateCombo->setToolTip(tr("Show events in these states"));
    m_typeCombo->setToolTip(tr("Show events of this type"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateTypeCombo();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_stateCombo);
    filters->addWidget(m_typeCombo);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OutboxModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 22; };
    m_table->setColumnWidth(OutboxModel::Time, width(QStringLiteral("2026-11-23 23:59:59")));
    m_table->setColumnWidth(OutboxModel::Type, width(QStringLiteral("productViewedxx")));
    m_table->setColumnWidth(OutboxModel::Order, width(QStringLiteral("ORD-1001-00")));
    m_table->setColumnWidth(OutboxModel::Customer, width(QStringLiteral("example@email.co")));
    m_table->setColumnWidth(OutboxModel::State, width(QStringLiteral("Failed — will retry")));
    m_table->setColumnWidth(OutboxModel::Attempts, width(tr("Attempts")) - 12);
    m_table->setColumnWidth(OutboxModel::HttpStatus, width(QStringLiteral("HTTP")));
    installColumnsMenu(m_table);
    m_table->setItemDelegate(new ErrorRowDelegate(OutboxModel::IsErrorRole, m_table));
    m_table->setToolTip(tr("Double-click an event to open a copy of it in the composer"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyBodyAction = new QAction(Icons::icon(QStringLiteral("copy")), tr("Copy Request &Body"), m_table);
    auto *openCopyAction = new QAction(Icons::icon(QStringLiteral("add")), tr("&Open a Copy in the Composer"), m_table);
    m_table->addAction(copyBodyAction);
    m_table->addAction(openCopyAction);
    connect(copyBodyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (!current.isValid() || !m_service)
            return;
        if (const std::optional<OutboxEntry> entry = m_service->entry(current.data(OutboxModel::EntryIdRole).toLongLong())) {
            QApplication::clipboard()->setText(QString::fromUtf8(entry->body));
            emit statusMessage(tr("Copied the request body of event #%1.").arg(entry->id), 3000);
        }
    });
    connect(openCopyAction, &QAction::triggered, this, [this] { openCopy(m_table->selectionModel()->currentIndex()); });
    connect(m_table, &QTableView::doubleClicked, this, &OrderEventsPane::openCopy);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildOrderPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({900, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_countLabel);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &OrderEventsPane::flushChanged);
    m_ordersTimer.setSingleShot(true);
    m_ordersTimer.setInterval(800);
    connect(&m_ordersTimer, &QTimer::timeout, this, &OrderEventsPane::updateOrderList);

    connect(m_newButton, &QPushButton::clicked, this, [this] { newEvent(); });
    connect(m_bulkButton, &QPushButton::clicked, this, &OrderEventsPane::openBulkSend);
    connect(m_pauseButton, &QPushButton::clicked, this, &OrderEventsPane::togglePaused);
    connect(m_retryButton, &QPushButton::clicked, this, &OrderEventsPane::retrySelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &OrderEventsPane::confirmSelected);
    connect(m_discardButton, &QPushButton::clicked, this, &OrderEventsPane::discardSelected);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &OutboxFilterModel::setFilterText);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &OrderEventsPane::applyStateFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEventType(m_typeCombo->currentData().toString()); });
    connect(m_proxy, &OutboxFilterModel::filterChanged, this, &OrderEventsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OrderEventsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OrderEventsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrderEventsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OrderEventsPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderEventsPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderEventsPane::onCurrentRowChanged);

    if (m_service) {
        connect(m_service, &OrderEventsService::entriesAdded, this, &OrderEventsPane::onEntriesAdded);
        connect(m_service, &OrderEventsService::entryChanged, this, &OrderEventsPane::onEntryChanged);
        connect(m_service, &OrderEventsService::countsChanged, this, &OrderEventsPane::updateStatus);
        connect(m_service, &OrderEventsService::pausedChanged, this, &OrderEventsPane::updateStatus);
        connect(m_service, &OrderEventsService::statusTextChanged, this, &OrderEventsPane::updateStatus);
        connect(m_service, &OrderEventsService::connectionChanged, this, &OrderEventsPane::updateStatus);
        connect(m_service, &OrderEventsService::orderChanged, this, [this](const QString &orderId) {
            if (orderId == m_shownOrder)
                updateOrderPanel();
            m_ordersTimer.start();
        });
    }
    connect(session, &ConsoleSession::ready, this, &OrderEventsPane::refresh);

    refresh();
}

OrderEventsPane::~OrderEventsPane() = default;

EventComposerDialog *OrderEventsPane::composer() const { return m_composer; }
BulkSendDialog *OrderEventsPane::bulkSendDialog() const { return m_bulk; }

QString OrderEventsPane::paneKey() const { return QStringLiteral("events"); }
QString OrderEventsPane::title() const { return tr("Order Events"); }
QIcon OrderEventsPane::icon() const { return Icons::icon(QStringLiteral("events")); }

QWidget *OrderEventsPane::buildOrderPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("orderPanel"));
    m_orderCombo = new QComboBox(panel);
    m_orderCombo->setEditable(true);
    m_orderCombo->setInsertPolicy(QComboBox::NoInsert);
    m_orderCombo->lineEdit()->setPlaceholderText(tr("externalOrderId"));
    m_orderCombo->setToolTip(tr("Pick or type an order id to see its history"));
    m_orderTitle = new QLabel(panel);
    QFont titleFont = m_orderTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_orderTitle->setFont(titleFont);
    m_orderTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_orderStatus = new QLabel(panel);
    m_orderStatus->setObjectName(QStringLiteral("orderStatus"));
    m_orderStatus->setTextFormat(Qt::RichText);
    m_orderStatus->setWordWrap(true);
    m_orderNote = new QLabel(panel);
    m_orderNote->setWordWrap(true);
    m_history = new QTreeWidget(panel);
    m_history->setObjectName(QStringLiteral("orderHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("Time"), tr("Event"), tr("Status")});
    m_history->setIndentation(0);
    m_history->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_history->fontMetrics();
    m_history->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("23:59:59")) + 10);
    m_history->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("orderCancelled")) + 30);
    m_history->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("CANCELLED → IN_PROGRESS")) + 8);

    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Order:"), panel);
    pickLabel->setBuddy(m_orderCombo);
    pick->addWidget(pickLabel);
    pick->addWidget(m_orderCombo, 1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(m_orderTitle);
    layout->addWidget(m_orderStatus);
    layout->addWidget(m_orderNote);
    layout->addWidget(m_history, 1);

    connect(m_orderCombo, &QComboBox::textActivated, this, &OrderEventsPane::showOrder);
    updateOrderPanel();
    return panel;
}

void OrderEventsPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void OrderEventsPane::refresh()
{
    reloadKeepingSelection();
    updateOrderList();
    updateOrderPanel();
    updateStatus();
}

void OrderEventsPane::reloadKeepingSelection()
{
    const QList<qint64> selected = selectedIds();
    m_changed.clear();
    m_model->setEntries(m_service ? m_service->entries() : QList<OutboxEntry>{});
    updateTypeCombo();
    if (!selected.isEmpty()) {
        QItemSelection selection;
        for (qint64 id : selected) {
            const int row = m_model->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                selection.select(index, index);
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateCount();
    updateActions();
}

void OrderEventsPane::onEntriesAdded(const QList<qint64> &ids)
{
    if (ids.size() > kBigChange || m_changed.size() > kBigChange) {
        reloadKeepingSelection();
        m_ordersTimer.start();
        return;
    }
    for (qint64 id : ids)
        m_changed.insert(id);
    flushChanged();   // new events show at once (the composer selects them)
    m_ordersTimer.start();
}

void OrderEventsPane::onEntryChanged(qint64 id)
{
    m_changed.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void OrderEventsPane::flushChanged()
{
    m_flushTimer.stop();
    if (m_changed.isEmpty() || !m_service)
        return;
    if (m_changed.size() > kBigChange) {
        reloadKeepingSelection();
        return;
    }
    const QSet<qint64> changed = std::exchange(m_changed, {});
    bool newType = false;
    for (qint64 id : changed) {
        if (const std::optional<OutboxEntry> entry = m_service->entry(id)) {
            newType = newType || m_typeCombo->findData(entry->eventTypeKey) < 0;
            m_model->upsert(*entry);
        }
    }
    if (newType)
        updateTypeCombo();
    updateActions();
}

void OrderEventsPane::copySelection()
{
    const int rows = TableExport::copySelectedRows(m_table);
    emit statusMessage(rows > 0 ? tr("Copied %n row(s).", nullptr, rows) : tr("Select rows to copy first."), 3000);
}

void OrderEventsPane::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Order Events"), QStringLiteral("order-events.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (TableExport::writeCsv(m_table, path, &error))
            emit statusMessage(tr("Exported %n row(s) to %1.", nullptr, m_proxy->rowCount()).arg(path), 5000);
        else
            emit statusMessage(tr("Export failed: %1").arg(error), 8000);
    });
    dialog->open();
}

EventComposerDialog *OrderEventsPane::newEvent(EventType type)
{
    if (!m_composer) {
        m_composer = new EventComposerDialog(m_service, this);
        m_composer->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_composer, &EventComposerDialog::queued, this, [this](qint64 id) {
            flushChanged();
            selectEntry(id);
            emit statusMessage(tr("Event #%1 queued.").arg(id), 4000);
        });
    }
    if (type != m_composer->eventType())
        m_composer->setEventType(type);
    m_composer->show();
    m_composer->raise();
    m_composer->activateWindow();
    return m_composer;
}

EventComposerDialog *OrderEventsPane::openCopy(const QModelIndex &index)
{
    if (!index.isValid() || !m_service)
        return nullptr;
    const std::optional<OutboxEntry> entry = m_service->entry(index.data(OutboxModel::EntryIdRole).toLongLong());
    if (!entry)
        return nullptr;
    EventComposerDialog *composer = newEvent();
    // The stored body, byte for byte, in the raw tab: a copy to change and send as a new event.
    composer->setRawMode(true);
    composer->setRawText(QString::fromUtf8(entry->body));
    if (EventComposer::spec(entry->eventTypeKey))
        composer->loadRawIntoForm();
    composer->markAsCopyOf(entry->id);
    return composer;
}

BulkSendDialog *OrderEventsPane::openBulkSend()
{
    if (!m_service)
        return nullptr;
    if (!m_bulk) {
        m_bulk = new BulkSendDialog(m_service, this);
        m_bulk->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_bulk->show();
    m_bulk->raise();
    m_bulk->activateWindow();
    return m_bulk;
}

void OrderEventsPane::setStateFilter(StateFilter filter)
{
    m_stateCombo->setCurrentIndex(qMax(0, m_stateCombo->findData(int(filter))));
}

void OrderEventsPane::setTypeFilter(const QString &eventTypeKey)
{
    int index = m_typeCombo->findData(eventTypeKey);
    if (index < 0 && !eventTypeKey.isEmpty()) {
        m_typeCombo->addItem(eventTypeKey, eventTypeKey);
        index = m_typeCombo->count() - 1;
    }
    m_typeCombo->setCurrentIndex(qMax(0, index));
}

void OrderEventsPane::applyStateFilter()
{
    QList<OutboxState> states;
    switch (StateFilter(m_stateCombo->currentData().toInt())) {
    case StateFilter::All: break;
    case StateFilter::NeedsAttention:
        states = {OutboxState::Rejected, OutboxState::FailedWillRetry, OutboxState::Unconfirmed};
        break;
    case StateFilter::Pending:
        states = {OutboxState::Queued, OutboxState::Sending, OutboxState::FailedWillRetry, OutboxState::Unconfirmed};
        break;
    case StateFilter::Delivered: states = {OutboxState::Delivered}; break;
    case StateFilter::Rejected: states = {OutboxState::Rejected}; break;
    case StateFilter::Failed: states = {OutboxState::FailedWillRetry}; break;
    case StateFilter::Unconfirmed: states = {OutboxState::Unconfirmed}; break;
    case StateFilter::Discarded: states = {OutboxState::Discarded}; break;
    }
    m_proxy->setStates(states);
}

void OrderEventsPane::updateTypeCombo()
{
    const QString current = m_typeCombo->currentData().toString();
    QStringList keys;
    for (const EventTypeSpec &spec : EventComposer::catalogue())
        keys.append(spec.key);
    for (const QString &key : m_model->eventTypeKeys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    const QSignalBlocker blocker(m_typeCombo);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All event types"), QString());
    for (const QString &key : std::as_const(keys))
        m_typeCombo->addItem(key, key);
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(current)));
}

bool OrderEventsPane::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QList<qint64> OrderEventsPane::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(OutboxModel::EntryIdRole).toLongLong());
    return ids;
}

void OrderEventsPane::updateActions()
{
    int retryable = 0;
    int unconfirmed = 0;
    int discardable = 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const auto state = OutboxState(index.data(OutboxModel::StateRole).toInt());
        if (state == OutboxState::FailedWillRetry || state == OutboxState::Rejected || state == OutboxState::Unconfirmed)
            ++retryable;
        if (state == OutboxState::Unconfirmed)
            ++unconfirmed;
        if (state != OutboxState::Delivered && state != OutboxState::Sending && state != OutboxState::Discarded)
            ++discardable;
    }
    m_retryButton->setEnabled(m_service && retryable > 0);
    m_confirmButton->setEnabled(m_service && unconfirmed > 0);
    m_discardButton->setEnabled(m_service && discardable > 0);
}

void OrderEventsPane::retrySelected()
{
    if (!m_service)
        return;
    QList<qint64> ids;
    bool unconfirmed = false;
    bool rejected = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto state = OutboxState(index.data(OutboxModel::StateRole).toInt());
        if (state == OutboxState::FailedWillRetry || state == OutboxState::Rejected || state == OutboxState::Unconfirmed) {
            ids.append(index.data(OutboxModel::EntryIdRole).toLongLong());
            unconfirmed = unconfirmed || state == OutboxState::Unconfirmed;
            rejected = rejected || state == OutboxState::Rejected;
        }
    }
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select failed, rejected or unconfirmed events to retry."), 4000);
        return;
    }
    auto perform = [this, ids] {
        int done = 0;
        QString lastError;
        for (qint64 id : ids) {
            QString error;
            if (m_service->retry(id, &error))
                ++done;
            else
                lastError = error;
        }
        flushChanged();
        emit statusMessage(lastError.isEmpty() ? tr("Queued %n event(s) again.", nullptr, done)
                                               : tr("Queued %n event(s) again; others could not be: %1", nullptr, done)
                                                     .arg(lastError),
                           5000);
    };
    if (!unconfirmed && !rejected) {
        perform();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send Again?"),
                                unconfirmed ? tr("Some of these events may already have reached eSputnik: the console "
                                                 "stopped while they were being sent. Sending them again can deliver "
                                                 "them twice. Check in eSputnik first if you can.")
                                            : tr("eSputnik rejected some of these events. Unless the cause is fixed on "
                                                 "the server's side they will be rejected again."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("retryConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *sendButton = box->addButton(tr("Send %n Again", nullptr, int(ids.size())), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, sendButton, perform](int) {
        if (box->clickedButton() == sendButton)
            perform();
    });
    box->open();
}

void OrderEventsPane::discardSelected()
{
    if (!m_service)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto state = OutboxState(index.data(OutboxModel::StateRole).toInt());
        if (state != OutboxState::Delivered && state != OutboxState::Sending && state != OutboxState::Discarded)
            ids.append(index.data(OutboxModel::EntryIdRole).toLongLong());
    }
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select events that are not delivered or being sent to discard them."), 4000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard Events?"),
                                tr("Discard %n event(s)? They stay in the list as discarded and are never sent.",
                                   nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discardButton = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, discardButton, ids](int) {
        if (box->clickedButton() != discardButton)
            return;
        int done = 0;
        QString lastError;
        for (qint64 id : ids) {
            QString error;
            if (m_service->discard(id, &error))
                ++done;
            else
                lastError = error;
        }
        flushChanged();
        emit statusMessage(lastError.isEmpty() ? tr("Discarded %n event(s).", nullptr, done)
                                               : tr("Discarded %n event(s); others could not be: %1", nullptr, done)
                                                     .arg(lastError),
                           5000);
    });
    box->open();
}

void OrderEventsPane::confirmSelected()
{
    if (!m_service)
        return;
    int done = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (OutboxState(index.data(OutboxModel::StateRole).toInt()) == OutboxState::Unconfirmed
            && m_service->confirmDelivered(index.data(OutboxModel::EntryIdRole).toLongLong()))
            ++done;
    }
    flushChanged();
    emit statusMessage(tr("Marked %n event(s) as delivered.", nullptr, done), 4000);
}

void OrderEventsPane::togglePaused()
{
    if (!m_service)
        return;
    if (m_service->isPaused())
        m_service->resume();
    else
        m_service->pause();
    updateStatus();
}

void OrderEventsPane::updateStatus()
{
    if (!m_service) {
        m_statusLabel->setText(tr("No workspace: the outbox is not available."));
        for (QPushButton *button : {m_newButton, m_bulkButton, m_pauseButton})
            button->setEnabled(false);
        return;
    }
    const bool paused = m_service->isPaused();
    m_pauseButton->setText(paused ? tr("Res&ume Sending") : tr("&Pause Sending"));
    m_pauseButton->setIcon(Icons::icon(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    m_statusLabel->setText(m_service->statusText());
    m_statusLabel->setToolTip(m_service->connectionName().isEmpty()
                                  ? QString()
                                  : tr("eSputnik connection: %1").arg(m_service->connectionName()));
    m_statusLabel->setStyleSheet(m_service->canSend() && !paused ? QString()
                                                                  : QStringLiteral("color: #9a6400;"));
}

void OrderEventsPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n event(s)", nullptr, total)
                                         : tr("%1 of %n event(s) shown", nullptr, total).arg(shown));
}

void OrderEventsPane::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString orderId = current.isValid() ? current.data(OutboxModel::OrderIdRole).toString() : QString();
    if (!orderId.isEmpty() && orderId != m_shownOrder)
        showOrder(orderId);
}

void OrderEventsPane::showOrder(const QString &externalOrderId)
{
    m_shownOrder = externalOrderId.trimmed();
    if (m_orderCombo->currentText() != m_shownOrder)
        m_orderCombo->setEditText(m_shownOrder);
    updateOrderPanel();
}

void OrderEventsPane::updateOrderList()
{
    if (!m_service)
        return;
    const QString text = m_orderCombo->currentText();
    const QList<OrderSummary> orders = m_service->orders();
    const QSignalBlocker blocker(m_orderCombo);
    m_orderCombo->clear();
    for (const OrderSummary &order : orders) {
        m_orderCombo->addItem(order.illegal > 0 ? Icons::icon(QStringLiteral("warning")) : QIcon(),
                              order.externalOrderId);
        m_orderCombo->setItemData(m_orderCombo->count() - 1,
                                  tr("%1 — %n event(s)", nullptr, order.events).arg(statusText(order.current)),
                                  Qt::ToolTipRole);
    }
    m_orderCombo->setEditText(text);
}

void OrderEventsPane::updateOrderPanel()
{
    m_history->clear();
    if (m_shownOrder.isEmpty() || !m_service) {
        m_orderTitle->setText(tr("No order selected"));
        m_orderStatus->setText(tr("Select an order event in the table, or pick an order above, to see its history "
                                  "and status."));
        m_orderNote->clear();
        m_orderNote->hide();
        return;
    }
    const OrderHistory history = m_service->orderHistory(m_shownOrder);
    m_orderTitle->setText(tr("Order %1").arg(m_shownOrder));
    QString status = tr("Status in eSputnik: %1").arg(statusBadge(history.current));
    if (history.projected != history.current)
        status += tr("<br>Once the pending events are delivered: %1").arg(statusBadge(history.projected));
    m_orderStatus->setText(status);
    const int illegal = history.illegalCount();
    if (history.steps.isEmpty()) {
        m_orderNote->setText(tr("No events of this order are in the outbox."));
        m_orderNote->setStyleSheet(QString());
    } else if (illegal > 0) {
        QStringList lines{tr("⚠ %n step(s) of this order are not valid order transitions; eSputnik does not refuse "
                             "them, so check the order there.", nullptr, illegal)};
        for (const OrderStep &step : history.steps) {
            if ((step.illegal || step.ignoredByServer) && lines.size() <= 3)
                lines.append(tr("• %1: %2").arg(step.eventTypeKey, step.problem));
        }
        m_orderNote->setText(lines.join(QLatin1Char('\n')));
        m_orderNote->setStyleSheet(QStringLiteral("color: palette(text); background: #fde7e9; border: 1px solid "
                                                  "#e0a0a6; border-radius: 3px; padding: 4px 6px;"));
    } else {
        m_orderNote->setText(tr("%n event(s), every transition valid.", nullptr, int(history.steps.size())));
        m_orderNote->setStyleSheet(QString());
    }
    const bool pending = std::any_of(history.steps.cbegin(), history.steps.cend(),
                                     [](const OrderStep &step) { return !step.confirmed; });
    if (pending)
        m_orderNote->setText(m_orderNote->text() + QLatin1Char('\n') + tr("Grey steps are not delivered yet."));
    m_orderNote->show();

    const QColor illegalBackground(0xfd, 0xe7, 0xe9);
    for (const OrderStep &step : history.steps) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, step.at.isValid() ? step.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString());
        item->setToolTip(0, step.at.isValid() ? DisplayFormat::localTime(step.at.toMSecsSinceEpoch()) : QString());
        item->setText(1, step.eventTypeKey);
        item->setText(2, step.from == step.to ? statusText(step.to)
                                              : tr("%1 → %2").arg(statusText(step.from), statusText(step.to)));
        QStringList notes;
        if (!step.problem.isEmpty())
            notes.append(step.problem);
        if (step.ignoredByServer)
            notes.append(tr("eSputnik ignores this event."));
        item->setData(0, Qt::UserRole, step.entryId);
        if (step.illegal || step.ignoredByServer) {
            item->setIcon(1, Icons::icon(QStringLiteral("warning")));
            for (int column = 0; column < 3; ++column)
                item->setBackground(column, illegalBackground);
            // The reason on its own line under the step, across the columns.
            auto *note = new QTreeWidgetItem(item);
            note->setText(0, QStringLiteral("⚠ ") + notes.join(QLatin1Char(' ')));
            note->setToolTip(0, notes.join(QLatin1Char('\n')));
            note->setFirstColumnSpanned(true);
            note->setForeground(0, QColor(0xa3, 0x3a, 0x3a));
            note->setBackground(0, illegalBackground);
            item->setExpanded(true);
        }
        if (!step.confirmed) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            for (int column = 0; column < 3; ++column) {
                item->setForeground(column, QColor(0x80, 0x80, 0x80));
                item->setFont(column, italic);
                item->setToolTip(column, tr("Not delivered yet"));
            }
        }
    }
}

void OrderEventsPane::saveState(QSettings &settings) const
{
    settings.setValue(kHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kStateFilter, m_stateCombo->currentData().toInt());
}

void OrderEventsPane::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(kHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(kSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    setStateFilter(StateFilter(settings.value(kStateFilter, int(StateFilter::All)).toInt()));
}

QList<EventDraft> OrderEventsPane::sampleDrafts(const DemoEndpoint &endpoint)
{
    struct Contact
    {
        QString email;
        QString phone;
    };
    QList<Contact> contacts;
    for (const DemoEndpoint::EsputnikContact &c : endpoint.esputnikContacts)
        contacts.append(Contact{c.email, c.phone});
    if (contacts.isEmpty())
        contacts.append(Contact{QStringLiteral("example@email.com"), QStringLiteral("380501234567")});
    auto contact = [&contacts](int i) { return contacts.at(i % contacts.size()); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto withContact = [&](EventDraft draft, int who, bool byEmail) {
        const Contact c = contact(who);
        if (!c.phone.isEmpty())
            draft.setValue(QStringLiteral("phone"), c.phone);
        if (!c.email.isEmpty())
            draft.setValue(QStringLiteral("email"), c.email);
        draft.keyValue = byEmail && !c.email.isEmpty() ? c.email : (!c.phone.isEmpty() ? c.phone : c.email);
        return draft;
    };
    auto order = [&](EventType type, const QString &id, int who, const QString &status, int minutesAgo) {
        EventDraft draft = withContact(EventDraft::forType(type), who, false);
        draft.setValue(QStringLiteral("externalOrderId"), id);
        if (!status.isEmpty()) {
            draft.setValue(QStringLiteral("externalCustomerId"), QStringLiteral("AV%1").arg(13760 + who));
            draft.setValue(QStringLiteral("status"), status);
            draft.setValue(QStringLiteral("date"), EventComposer::formatDate(now.addSecs(-60 * minutesAgo)));
            draft.setValue(QStringLiteral("currency"), QStringLiteral("USD"));
        }
        return draft;
    };

    QList<EventDraft> drafts;
    EventDraft created = order(EventType::OrderCreated, QStringLiteral("ORD-1001"), 0, QStringLiteral("INITIALIZED"), 90);
    created.items = {EventItem{QStringLiteral("200600"), QStringLiteral("Super Device"), QStringLiteral("devices"),
                               QStringLiteral("1"), QStringLiteral("199.00"), {}, QStringLiteral("http://example.com/item/200600"),
                               {}, QStringLiteral("High quality")},
                     EventItem{QStringLiteral("200611"), QStringLiteral("Device case"), QStringLiteral("accessories"),
                               QStringLiteral("2"), QStringLiteral("29.50"), {}, {}, {}, {}}};
    created.setValue(QStringLiteral("totalCost"), QStringLiteral("258.00"));
    created.productsShape = ProductsShape::ArrayObject;
    drafts.append(created);
    drafts.append(order(EventType::OrderUpdated, QStringLiteral("ORD-1001"), 0, QStringLiteral("IN_PROGRESS"), 60));
    drafts.last().setValue(QStringLiteral("totalCost"), QStringLiteral("258.00"));
    drafts.append(order(EventType::OrderDelivered, QStringLiteral("ORD-1001"), 0, {}, 0));

    EventDraft second = order(EventType::OrderCreated, QStringLiteral("ORD-1002"), 1, QStringLiteral("INITIALIZED"), 45);
    second.setValue(QStringLiteral("totalCost"), QStringLiteral("45.50"));
    second.items = {EventItem{QStringLiteral("WS01-L-Green"), QStringLiteral("Mug"), QStringLiteral("Mugs"),
                              QStringLiteral("1"), QStringLiteral("45.50"), {}, {}, {}, {}}};
    drafts.append(second);
    drafts.append(order(EventType::OrderCancelled, QStringLiteral("ORD-1002"), 1, {}, 0));
    // A move out of CANCELLED: eSputnik accepts it, the console flags it.
    drafts.append(order(EventType::OrderUpdated, QStringLiteral("ORD-1002"), 1, QStringLiteral("IN_PROGRESS"), 20));
    drafts.last().setValue(QStringLiteral("totalCost"), QStringLiteral("45.50"));

    EventDraft third = order(EventType::OrderCreated, QStringLiteral("ORD-1003"), 2, QStringLiteral("IN_PROGRESS"), 10);
    third.setValue(QStringLiteral("totalCost"), QStringLiteral("12.00"));
    drafts.append(third);

    EventDraft page = withContact(EventDraft::forType(EventType::PageViewed), 0, true);
    page.setValue(QStringLiteral("page"), QStringLiteral("{\"location\":\"https://example.com\"}"));
    drafts.append(page);
    EventDraft product = withContact(EventDraft::forType(EventType::ProductViewed), 1, true);
    product.setValue(QStringLiteral("product"),
                     QStringLiteral("{\"productId\":\"WS01-L-Green\",\"price\":45.5,\"isInStock\":1}"));
    product.setValue(QStringLiteral("currencyCode"), QStringLiteral("USD"));
    drafts.append(product);
    EventDraft category = withContact(EventDraft::forType(EventType::ProductCategoryViewed), 2, true);
    category.setValue(QStringLiteral("category"), QStringLiteral("{\"productCategoryId\":\"Mugs\"}"));
    drafts.append(category);
    EventDraft cart = withContact(EventDraft::forType(EventType::CartUpdated), 0, true);
    cart.items = {EventItem{QStringLiteral("WS01-L-Green"), {}, {}, QStringLiteral("1"), QStringLiteral("45.5"), {}, {}, {}, {}}};
    cart.productsShape = ProductsShape::ArrayString;
    cart.setValue(QStringLiteral("currencyCode"), QStringLiteral("USD"));
    cart.setValue(QStringLiteral("recycleStateId"), QStringLiteral("d59c6e6d-4123-4b0e-8c32-15f0656a8c60"));
    drafts.append(cart);
    return drafts;
}

} // namespace cdp::ui
