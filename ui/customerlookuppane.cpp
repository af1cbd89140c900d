#include "customerlookuppane.h"

#include "columnsmenu.h"
#include "icons.h"
#include "identifierfield.h"
#include "imagecache.h"
#include "productimagedelegate.h"
#include "purchasechartview.h"
#include "stateview.h"

#include "models/purchasesfilterproxy.h"
#include "models/purchasesmodel.h"
#include "models/purchasetable.h"
#include "models/purchasetotals.h"
#include "net/apiclient.h"
#include "session/consolesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cdp::ui {

namespace {
const QString kHeader = QStringLiteral("CustomerLookup/header");
const QString kSplitter = QStringLiteral("CustomerLookup/splitter");
const QString kChartPage = QStringLiteral("CustomerLookup/chartPage");
constexpr int kSummaryIntervalMs = 250;
// While "Load all" streams pages the chart follows at most this often (the totals line every
// kSummaryIntervalMs): redrawing the chart is the dearest part of a summary update.
constexpr int kChartIntervalMs = 1000;
constexpr int kMaxSampleButtons = 4;

// The identifier a demo customer is best looked up by: the kind its key names, else any.
QString sampleIdentifier(const DemoEndpoint::RcdpCustomer &customer)
{
    if (customer.key == QLatin1String("byMobile") && !customer.mobile.isEmpty())
        return customer.mobile;
    if (customer.key == QLatin1String("byCode") && !customer.customerCode.isEmpty())
        return customer.customerCode;
    if (customer.key == QLatin1String("byGcr") && !customer.gcrId.isEmpty())
        return customer.gcrId;
    for (const QString &id : {customer.email, customer.mobile, customer.customerCode, customer.gcrId}) {
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QString currencyName(const QString &currency)
{
    return currency.isEmpty() ? CustomerLookupPane::tr("no currency") : currency;
}

} // namespace

CustomerLookupPane::CustomerLookupPane(ConsoleSession *session, QWidget *parent)
    : Pane(parent)
    , m_session(session)
    , m_model(new PurchasesModel(this))
    , m_proxy(new PurchasesFilterProxy(this))
    , m_images(new ImageCache(session->apiClient().networkAccessManager(), this))
    , m_identifier(new IdentifierField(this))
    , m_lookupButton(new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Look Up"), this))
    , m_connectionNote(new QLabel(this))
    , m_states(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(kSummaryIntervalMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &CustomerLookupPane::updateSummary);

    auto *lookupLabel = new QLabel(tr("&Customer:"), this);
    lookupLabel->setBuddy(m_identifier->lineEdit());
    m_lookupButton->setAutoDefault(false);
    m_connectionNote->setObjectName(QStringLiteral("connectionNote"));
    m_connectionNote->setForegroundRole(QPalette::PlaceholderText);
    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(lookupLabel, 0, Qt::AlignTop | Qt::AlignLeft);
    lookupRow->addWidget(m_identifier, 3, Qt::AlignTop);
    lookupRow->addWidget(m_lookupButton, 0, Qt::AlignTop);
    lookupRow->addWidget(m_connectionNote, 0, Qt::AlignTop);
    lookupRow->addStretch(1);
    // The label and button line up with the line edit, not with the hint below it.
    lookupLabel->setMinimumHeight(m_identifier->lineEdit()->sizeHint().height());

    buildStates();
    m_content = buildContent();
    m_states->addWidget(m_emptyView);
    m_states->addWidget(m_loadingView);
    m_states->addWidget(m_errorView);
    m_states->addWidget(m_noPurchasesView);
    m_states->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(lookupRow);
    layout->addWidget(m_states, 1);

    connect(m_identifier, &IdentifierField::submitted, this, qOverload<const CustomerKey &>(&CustomerLookupPane::lookUp));
    connect(m_lookupButton, &QPushButton::clicked, this, [this] { lookUp(m_identifier->key()); });
    connect(m_model, &PurchasesModel::fetchMoreRequested, this, &CustomerLookupPane::onFetchMoreRequested);
    connect(m_model, &PurchasesModel::modelReset, this, [this] { m_allTotals.clear(); });
    connect(m_model, &PurchasesModel::progressChanged, this, [this](qint64 loaded, qint64 expected) {
        m_progress->setRange(0, int(qMax<qint64>(expected, 1)));
        m_progress->setValue(int(qMin(loaded, qMax<qint64>(expected, 1))));
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(loaded), QLocale().toString(expected)));
    });
    connect(m_images, &ImageCache::imageReady, this, [this] { m_table->viewport()->update(); });
    connect(session, &ConsoleSession::ready, this, &CustomerLookupPane::updateSamples);
    connect(session, &ConsoleSession::purchasesConnectionChanged, this, &CustomerLookupPane::updateConnectionNote);

    setState(State::Empty);
    updateSamples();
    updateConnectionNote();
}

CustomerLookupPane::~CustomerLookupPane()
{
    m_model->disconnect(this);
    if (m_reply && !m_reply->isFinished()) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        m_model->clear();   // a new ticket: the aborted call's answer is ignored
        reply->abort();
    }
}

QString CustomerLookupPane::paneKey() const { return QStringLiteral("customers"); }
QString CustomerLookupPane::title() const { return tr("Customer Lookup"); }
QIcon CustomerLookupPane::icon() const { return Icons::icon(QStringLiteral("customers")); }

void CustomerLookupPane::buildStates()
{
    m_emptyView = new StateView(this);
    m_emptyView->setIcon(Icons::icon(QStringLiteral("customers")), 96);
    m_emptyView->setTitle(tr("Type an e-mail, mobile number, gcrId or customer code"));
    m_emptyView->setMessage(tr("The kind of identifier is guessed as you type and can be changed next to the field. "
                               "The customer's purchases load page by page as you scroll; the chart shows "
                               "their spend per month and their top products."));
    for (int i = 0; i < kMaxSampleButtons; ++i) {
        QPushButton *button = m_emptyView->addButton(QString());
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, button] {
            m_identifier->setText(button->property("identifier").toString());
            lookUp(m_identifier->key());
        });
        m_sampleButtons.append(button);
    }

    m_loadingView = new StateView(this);
    m_loadingView->setBusy(true);
    QPushButton *cancel = m_loadingView->addButton(tr("Cancel"), Icons::icon(QStringLiteral("cancel")));
    connect(cancel, &QPushButton::clicked, this, &CustomerLookupPane::cancelLoading);

    m_errorView = new StateView(this);
    m_errorView->setIcon(Icons::icon(QStringLiteral("error")), 56);
    m_retryButton = m_errorView->addButton(tr("&Retry"), Icons::icon(QStringLiteral("refresh")));
    m_connectionsButton = m_errorView->addButton(tr("Connections…"), Icons::icon(QStringLiteral("connections")));
    connect(m_retryButton, &QPushButton::clicked, this, &CustomerLookupPane::retry);
    connect(m_connectionsButton, &QPushButton::clicked, this, &CustomerLookupPane::connectionsRequested);

    m_noPurchasesView = new StateView(this);
    m_noPurchasesView->setIcon(Icons::icon(QStringLiteral("empty-lookup")), 72);
}

QWidget *CustomerLookupPane::buildContent()
{
    auto *content = new QWidget(this);

    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter purchases (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(240);
    m_filterEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_loadAllButton = new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("Load &All"), content);
    m_loadAllButton->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAllButton->setAutoDefault(false);
    m_loadAllButton->setToolTip(tr("Fetch every remaining page of this customer's purchases"));
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(260);
    m_cancelButton = new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("Cancel"), content);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadingButton"));
    m_cancelButton->setAutoDefault(false);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_filterEdit);
    topRow->addWidget(m_countLabel);
    topRow->addStretch(1);
    topRow->addWidget(m_progress);
    topRow->addWidget(m_cancelButton);
    topRow->addWidget(m_loadAllButton);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_bannerIcon = new QLabel(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerRetry = new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("Retry"), m_banner);
    m_bannerRetry->setAutoDefault(false);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerRetry);
    m_banner->hide();

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("purchasesTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);   // as served: newest first
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setIconSize(m_images->thumbnailSize());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(qMax(m_table->fontMetrics().height() + 8,
                                                          m_images->thumbnailSize().height() + 4));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PurchasesModel::ProductName, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample, int padding = 24) { return metrics.horizontalAdvance(sample) + padding; };
    m_table->setColumnWidth(PurchasesModel::Date, width(QStringLiteral("2026-11-23 23:59:59")));
    m_table->setColumnWidth(PurchasesModel::ProductCode, width(QStringLiteral("SKU-000000-XX")));
    m_table->setColumnWidth(PurchasesModel::Description, width(QStringLiteral("A description of the product")));
    m_table->setColumnWidth(PurchasesModel::Qty, width(QStringLiteral("9999")));
    m_table->setColumnWidth(PurchasesModel::UnitValue, width(QStringLiteral("$12,345.67")));
    m_table->setColumnWidth(PurchasesModel::OrderValue, width(QStringLiteral("$123,456.78")));
    m_table->setColumnWidth(PurchasesModel::Currency, width(QStringLiteral("Currency")));
    // Shown on demand (right-click the header): the description and the raw image URL. The currency
    // stays visible: one customer may pay in several.
    m_table->setColumnHidden(PurchasesModel::Description, true);
    m_table->setColumnHidden(PurchasesModel::ImageUrl, true);
    m_table->setItemDelegateForColumn(PurchasesModel::ProductName, new ProductImageDelegate(m_images, m_table));
    installColumnsMenu(m_table);

    m_chart = new PurchaseChartView(content);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({880, 400});

    m_totals = new QLabel(content);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(topRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_totals);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
        scheduleSummary();
    });
    connect(m_loadAllButton, &QPushButton::clicked, this, &CustomerLookupPane::loadAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &CustomerLookupPane::cancelLoading);
    connect(m_bannerRetry, &QPushButton::clicked, this, &CustomerLookupPane::retry);
    return content;
}

void CustomerLookupPane::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Empty: m_states->setCurrentWidget(m_emptyView); break;
    case State::Loading: m_states->setCurrentWidget(m_loadingView); break;
    case State::Error: m_states->setCurrentWidget(m_errorView); break;
    case State::NoPurchases: m_states->setCurrentWidget(m_noPurchasesView); break;
    case State::Loaded: m_states->setCurrentWidget(m_content); break;
    }
    m_lookupButton->setEnabled(state != State::Loading);
}

void CustomerLookupPane::updateSamples()
{
    QList<DemoEndpoint::RcdpCustomer> samples;
    if (m_session->isDemo()) {
        for (const QString &key : {QStringLiteral("few"), QStringLiteral("byEmail"), QStringLiteral("byMobile"),
                                   QStringLiteral("byCode")}) {
            const DemoEndpoint::RcdpCustomer customer = m_session->demoEndpoint().rcdpCustomer(key);
            if (!customer.key.isEmpty() && !sampleIdentifier(customer).isEmpty())
                samples.append(customer);
        }
    }
    for (int i = 0; i < m_sampleButtons.size(); ++i) {
        QPushButton *button = m_sampleButtons.at(i);
        const bool shown = i < samples.size();
        button->setVisible(shown);
        if (!shown)
            continue;
        const DemoEndpoint::RcdpCustomer &customer = samples.at(i);
        const QString identifier = sampleIdentifier(customer);
        const CustomerKey key = CustomerKey::detect(identifier);
        button->setText(tr("Try %1").arg(CustomerKey::kindDisplayName(key.kind()).toLower()));
        button->setToolTip(tr("%1: %2 (%n purchase(s))", nullptr, customer.purchases).arg(customer.label, identifier));
        button->setProperty("identifier", identifier);
    }
}

void CustomerLookupPane::updateConnectionNote()
{
    const QString problem = m_session->purchasesProblem();
    const QString name = m_session->purchasesConnectionName();
    if (!problem.isEmpty() && m_session->isReady()) {
        m_connectionNote->setText(name.isEmpty() ? tr("No RCDP connection") : tr("via %1 (not ready)").arg(name));
        m_connectionNote->setToolTip(problem);
    } else {
        m_connectionNote->setText(name.isEmpty() ? QString() : tr("via %1").arg(name));
        m_connectionNote->setToolTip(tr("Customer Lookup asks this Algonomy Real-time CDP connection"));
    }
}

void CustomerLookupPane::lookUp(const QString &typed)
{
    m_identifier->setText(typed);
    lookUp(m_identifier->key());
}

void CustomerLookupPane::lookUp(const CustomerKey &key)
{
    if (!key.isValid()) {
        m_identifier->lineEdit()->setFocus();
        emit statusMessage(key.input().trimmed().isEmpty() ? tr("Type an identifier first.")
                                                           : key.problem(), 5000);
        return;
    }
    ApiReply *previous = m_reply;
    m_reply = nullptr;
    m_key = key;
    m_error = ApiError();
    m_loadingAll = false;
    m_resumeLoadAll = false;
    m_summaryTimer.stop();
    hideBanner();
    m_images->clearQueue();
    {
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->clear();
        m_proxy->setFilterText(QString());
    }
    if (m_identifier->key() != key)
        m_identifier->setText(key.input().isEmpty() ? key.value() : key.input());
    m_loadingView->setTitle(tr("Looking up %1 %2…").arg(CustomerKey::kindDisplayName(key.kind()).toLower(), key.value()));
    m_loadingView->setMessage(m_session->purchasesConnectionName().isEmpty()
                                  ? QString()
                                  : tr("Asking %1").arg(m_session->purchasesConnectionName()));
    setState(State::Loading);
    emit lookupStarted(key.masked());
    m_model->startLookup();   // a new ticket, then asks for the first page (onFetchMoreRequested)
    if (previous && !previous->isFinished())
        previous->abort();    // its answer carries the old ticket and is ignored
    updateCount();
    updateLoadControls();
}

void CustomerLookupPane::onFetchMoreRequested(const PurchaseCursor &cursor, quint64 ticket)
{
    // Keyset cursors (lastKey) allow any page size; page numbers need the lookup's size throughout.
    const int pageSize = m_loadingAll && !cursor.lastKey.isEmpty() ? kLoadAllPageSize : kPageSize;
    m_reply = m_session->fetchPurchases(m_key, cursor, pageSize, this,
                                        [this, ticket](const PurchasePage &page, const ApiError &error) {
        onPage(ticket, page, error);
    });
    if (m_reply) {
        connect(m_reply, &ApiReply::waiting, this, [this](const QString &reason, qint64) {
            if (m_state == State::Loading)
                m_loadingView->setMessage(reason);
            if (!reason.isEmpty())
                emit statusMessage(reason, 3000);
        });
    }
    updateLoadControls();
}

void CustomerLookupPane::onPage(quint64 ticket, const PurchasePage &page, const ApiError &error)
{
    if (ticket != m_model->ticket())
        return;   // an earlier lookup's answer
    m_reply = nullptr;
    const bool firstPage = m_model->pagesLoaded() == 0;

    if (error.kind == ApiError::Kind::Cancelled) {
        m_model->cancelLoading();
        if (firstPage) {
            m_model->clear();
            setState(State::Empty);
            emit statusMessage(tr("Lookup cancelled."), 4000);
            emit lookupFinished(false, tr("Cancelled"));
        } else {
            emit statusMessage(tr("Loading cancelled; %Ln purchase(s) kept.", nullptr, m_model->rowCount()), 4000);
            finishLoadAll(false);
        }
        updateCount();
        updateLoadControls();
        return;
    }

    if (error.isError()) {
        m_error = error;
        m_model->failPage(error, ticket);
        if (firstPage) {
            showFirstPageError(error);
            emit lookupFinished(false, error.toDisplayString());
        } else {
            showBanner(tr("Loading more purchases failed: %1 The %Ln purchase(s) loaded so far are kept; "
                          "Retry continues where loading stopped.", nullptr,
                          m_model->rowCount()).arg(error.toDisplayString()),
                       true, true);
            m_resumeLoadAll = m_loadingAll;
            finishLoadAll(false);
            emit statusMessage(error.toDisplayString(), 6000);
        }
        updateCount();
        updateLoadControls();
        return;
    }

    m_error = ApiError();
    // A short page is judged against the rows loaded so far: a page fetched by lastKey may start
    // anywhere (e.g. 500 rows after a first page of 100), so the parser's guess from currentPage
    // alone (offset = (currentPage - 1) × pageSize) holds only for page-number paging.
    PurchasePage checked = page;
    if (checked.pageSize > 0) {
        const qint64 remaining = std::max<qint64>(0, checked.totalCount - m_model->rowCount());
        checked.expectedLines = int(std::min<qint64>(checked.pageSize, remaining));
        checked.shortPage = checked.lines.size() < checked.expectedLines;
    }
    m_model->appendPage(checked, ticket);
    if (checked.shortPage) {
        showBanner(tr("Page %1 held %2 of the %3 purchases it promised; the answer may be incomplete. "
                      "What arrived is kept.").arg(page.currentPage).arg(page.lines.size()).arg(checked.expectedLines),
                   false, false);
    } else if (page.malformedFields > 0) {
        showBanner(tr("%n field(s) could not be read and are shown empty: %1", nullptr, page.malformedFields)
                       .arg(page.warnings.join(QStringLiteral("; "))),
                   false, false);
    }

    if (firstPage) {
        m_identifier->remember(m_key);
        if (m_model->rowCount() == 0 && !m_model->hasMore()) {
            m_noPurchasesView->setTitle(tr("No purchases"));
            m_noPurchasesView->setMessage(
                tr("Customer %1 exists, but has no purchases recorded.").arg(m_model->customerId()));
            setState(State::NoPurchases);
        } else {
            setState(State::Loaded);
            m_table->scrollToTop();
        }
        updateSummary();
        emit statusMessage(tr("Customer %1: %Ln purchase(s).", nullptr, int(m_model->expectedTotal()))
                               .arg(m_model->customerId()), 5000);
        emit lookupFinished(true, QString());
    } else {
        scheduleSummary();
    }
    emit pageLoaded(m_model->rowCount());

    if (m_loadingAll) {
        if (m_model->canFetchMore(QModelIndex()))
            m_model->fetchMore(QModelIndex());
        else if (!m_model->hasMore())
            finishLoadAll(true);
    }
    updateCount();
    updateLoadControls();
}

void CustomerLookupPane::showFirstPageError(const ApiError &error)
{
    const QString who = m_key.value();
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        m_errorView->setTitle(tr("No customer matches %1").arg(who));
        break;
    case ApiError::Kind::Config:
        m_errorView->setTitle(tr("The connection is not ready"));
        break;
    case ApiError::Kind::Unauthorized:
        m_errorView->setTitle(tr("Sign-in refused"));
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        m_errorView->setTitle(tr("The service cannot be reached"));
        break;
    case ApiError::Kind::RateLimited:
        m_errorView->setTitle(tr("Too many requests"));
        break;
    default:
        m_errorView->setTitle(tr("The lookup of %1 failed").arg(who));
        break;
    }
    m_errorView->setMessage(error.toDisplayString());
    const bool connectionProblem = error.kind == ApiError::Kind::Config || error.kind == ApiError::Kind::Unauthorized;
    m_connectionsButton->setVisible(connectionProblem);
    m_retryButton->setVisible(error.kind != ApiError::Kind::Config);
    setState(State::Error);
}

void CustomerLookupPane::showBanner(const QString &text, bool error, bool retry)
{
    m_bannerIcon->setPixmap(Icons::icon(error ? QStringLiteral("error") : QStringLiteral("warning")).pixmap(20, 20));
    m_bannerText->setText(text);
    m_bannerRetry->setVisible(retry);
    m_banner->setStyleSheet(error ? QStringLiteral("QFrame#banner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }")
                                  : QStringLiteral("QFrame#banner { background: #fff8e1; border: 1px solid #f3d98b; border-radius: 4px; }"));
    m_banner->show();
}

void CustomerLookupPane::hideBanner()
{
    if (m_banner)
        m_banner->hide();
}

void CustomerLookupPane::loadAll()
{
    if (m_state != State::Loaded || !m_model->hasMore() || m_loadingAll)
        return;
    m_loadingAll = true;
    m_resumeLoadAll = false;
    if (m_model->lastError().isError()) {
        hideBanner();
        m_model->retry();
    } else if (m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
    }
    // else: a page is in flight; onPage() continues from there.
    updateLoadControls();
}

void CustomerLookupPane::finishLoadAll(bool complete)
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    updateSummary();   // the chart, throttled while loading, catches up
    if (complete)
        emit statusMessage(tr("All %Ln purchase(s) loaded.", nullptr, m_model->rowCount()), 5000);
    updateLoadControls();
    emit loadAllFinished(complete);
}

void CustomerLookupPane::cancelLoading()
{
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort();   // onPage() gets Cancelled
        return;
    }
    finishLoadAll(false);
}

void CustomerLookupPane::retry()
{
    if (m_state == State::Error || m_model->pagesLoaded() == 0) {
        if (m_key.isValid())
            lookUp(m_key);
        return;
    }
    if (m_model->lastError().isError()) {
        if (m_resumeLoadAll) {
            loadAll();   // the failed page first, then the rest
            return;
        }
        hideBanner();
        m_model->retry();
        updateLoadControls();
    }
}

void CustomerLookupPane::scheduleSummary()
{
    if (!m_summaryTimer.isActive())
        m_summaryTimer.start();
}

void CustomerLookupPane::updateSummary()
{
    m_summaryTimer.stop();
    const PurchaseTable &table = m_model->table();
    const bool filtered = !m_proxy->filterText().isEmpty();
    // Unfiltered: only the rows appended since the last update are added (O(page), not O(rows)).
    if (m_allTotals.rowCount() > table.size())
        m_allTotals.clear();
    m_allTotals.addRows(table, int(m_allTotals.rowCount()), table.size());
    const PurchaseTotals totals = filtered ? PurchaseTotals::compute(table, &m_proxy->visibleSourceRows(), 10)
                                           : m_allTotals.totals(table, 10);
    if (!m_loadingAll || !m_chartClock.isValid() || m_chartClock.elapsed() >= kChartIntervalMs) {
        m_chart->setTotals(totals);
        m_chartClock.start();
    }

    QStringList parts;
    for (const PurchaseTotals::CurrencyTotal &currency : totals.currencies) {
        parts << tr("%1 (%n line(s))", nullptr, int(currency.lines))
                     .arg(currency.currency.isEmpty() ? currency.orderValue.toString()
                                                      : currency.orderValue.toCurrencyString());
        if (currency.currency.isEmpty())
            parts.last() += QLatin1Char(' ') + currencyName(currency.currency);
    }
    QString text;
    if (totals.lines == 0)
        text = filtered ? tr("No purchase matches the filter.") : QString();
    else if (filtered)
        text = tr("Totals of the %Ln shown purchase(s): %1", nullptr, int(totals.lines)).arg(parts.join(QStringLiteral("  ·  ")));
    else if (m_model->hasMore())
        text = tr("Totals of the %Ln purchase(s) loaded so far: %1", nullptr, int(totals.lines)).arg(parts.join(QStringLiteral("  ·  ")));
    else
        text = tr("Totals of all %Ln purchase(s): %1", nullptr, int(totals.lines)).arg(parts.join(QStringLiteral("  ·  ")));
    if (totals.overflow)
        text += QLatin1Char(' ') + tr("(a sum exceeded the largest representable amount and is capped)");
    m_totals->setText(text);
    emit summaryUpdated();
}

QString CustomerLookupPane::totalsText() const
{
    return m_totals->text();
}

void CustomerLookupPane::updateCount()
{
    const int loaded = m_model->rowCount();
    const qint64 expected = m_model->expectedTotal();
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_model->customerId().isEmpty())
        text = tr("Customer %1 · ").arg(m_model->customerId());
    if (m_model->hasMore() || expected > loaded)
        text += tr("%1 of %Ln purchase(s) loaded", nullptr, int(expected)).arg(QLocale().toString(loaded));
    else
        text += tr("%Ln purchase(s)", nullptr, loaded);
    if (shown != loaded)
        text += tr(" · %Ln shown", nullptr, shown);
    m_countLabel->setText(text);
}

void CustomerLookupPane::updateLoadControls()
{
    const bool more = m_model->hasMore();
    const qint64 remaining = qMax<qint64>(0, m_model->expectedTotal() - m_model->rowCount());
    m_loadAllButton->setEnabled(more && !m_loadingAll);
    m_loadAllButton->setText(more && remaining > 0 ? tr("Load &All (%1 more)").arg(QLocale().toString(remaining))
                                                   : tr("Load &All"));
    m_loadAllButton->setVisible(more || m_loadingAll);
    m_progress->setVisible(m_loadingAll);
    m_cancelButton->setVisible(m_loadingAll || (m_model->isLoading() && m_state == State::Loaded));
}

void CustomerLookupPane::focusLookup()
{
    m_identifier->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_identifier->lineEdit()->selectAll();
}

void CustomerLookupPane::focusFilter()
{
    if (m_state != State::Loaded) {
        focusLookup();
        return;
    }
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void CustomerLookupPane::refresh()
{
    if (m_key.isValid())
        lookUp(m_key);
}

void CustomerLookupPane::copySelection()
{
    if (m_state == State::Loaded)
        copyTableSelection(m_table);
}

void CustomerLookupPane::exportCsv()
{
    if (m_state != State::Loaded) {
        emit statusMessage(tr("Look a customer up first; then the purchases can be exported."), 4000);
        return;
    }
    exportTableCsv(m_table, tr("Export Purchases"),
                   m_model->customerId().isEmpty() ? QStringLiteral("purchases.csv")
                                                   : QStringLiteral("purchases-%1.csv").arg(m_model->customerId()));
}

void CustomerLookupPane::saveState(QSettings &settings) const
{
    saveViewState(settings, kHeader, m_table->horizontalHeader());
    saveViewState(settings, kSplitter, m_splitter);
    settings.setValue(kChartPage, int(m_chart->page()));
}

void CustomerLookupPane::restoreState(QSettings &settings)
{
    restoreViewState(settings, kHeader, m_table->horizontalHeader());
    restoreViewState(settings, kSplitter, m_splitter);
    m_chart->setPage(settings.value(kChartPage).toInt() == int(PurchaseChartView::TopProducts)
                         ? PurchaseChartView::TopProducts : PurchaseChartView::SpendOverTime);
}

} // namespace cdp::ui
