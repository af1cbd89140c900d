#include "timelinepane.h"

#include "columnsmenu.h"
#include "eventdetailsview.h"
#include "icons.h"
#include "kindfilterbar.h"
#include "profilefactspanel.h"
#include "stateview.h"

#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "session/consolesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {
const QString kHeader = QStringLiteral("Timeline/header");
const QString kMainSplitter = QStringLiteral("Timeline/mainSplitter");
const QString kTableSplitter = QStringLiteral("Timeline/tableSplitter");
constexpr int MaxSampleButtons = 3;
} // namespace

TimelinePane::TimelinePane(ConsoleSession *session, QWidget *parent)
    : Pane(parent)
    , m_session(session)
    , m_model(new TimelineModel(this))
    , m_proxy(new TimelineFilterProxy(this))
    , m_lookupEdit(new QLineEdit(this))
    , m_lookupButton(new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Look Up"), this))
    , m_states(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);

    auto *lookupLabel = new QLabel(tr("&User id:"), this);
    lookupLabel->setBuddy(m_lookupEdit);
    m_lookupEdit->setPlaceholderText(tr("Type a user id and press Enter (Ctrl+L)"));
    m_lookupEdit->setClearButtonEnabled(true);
    m_lookupEdit->setMinimumWidth(320);
    m_lookupEdit->setObjectName(QStringLiteral("lookupEdit"));
    m_lookupButton->setAutoDefault(false);
    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookupEdit, 1);
    lookupRow->addWidget(m_lookupButton);
    lookupRow->addStretch(1);

    buildEmptyState();
    buildLoadingState();
    buildErrorState();
    m_content = buildContent();
    m_states->addWidget(m_emptyView);
    m_states->addWidget(m_loadingView);
    m_states->addWidget(m_errorView);
    m_states->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(lookupRow);
    layout->addWidget(m_states, 1);

    connect(m_lookupEdit, &QLineEdit::returnPressed, this, [this] { lookUp(m_lookupEdit->text()); });
    connect(m_lookupButton, &QPushButton::clicked, this, [this] { lookUp(m_lookupEdit->text()); });
    connect(session, &ConsoleSession::ready, this, &TimelinePane::updateSampleUsers);

    setState(State::Empty);
    updateSampleUsers();
}

TimelinePane::~TimelinePane()
{
    ++m_generation;   // a callback still in flight must not touch a half-destroyed pane
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
}

QString TimelinePane::paneKey() const { return QStringLiteral("timeline"); }
QString TimelinePane::title() const { return tr("Profile Timeline"); }
QIcon TimelinePane::icon() const { return Icons::icon(QStringLiteral("timeline")); }

void TimelinePane::buildEmptyState()
{
    m_emptyView = new StateView(this);
    m_emptyView->setIcon(Icons::icon(QStringLiteral("empty-lookup")), 96);
    m_emptyView->setTitle(tr("Type a user id and press Enter"));
    m_emptyView->setMessage(tr("The timeline shows the customer's orders, item views, clicks, searches, category "
                               "and brand views and cart adds, newest first, with their segments, attributes "
                               "and linked ids at the side."));
    for (int i = 0; i < MaxSampleButtons; ++i) {
        QPushButton *button = m_emptyView->addButton(QString());
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, button] { lookUp(button->property("userId").toString()); });
        m_sampleButtons.append(button);
    }
}

void TimelinePane::buildLoadingState()
{
    m_loadingView = new StateView(this);
    m_loadingView->setBusy(true);
    m_cancelButton = m_loadingView->addButton(tr("Cancel"), Icons::icon(QStringLiteral("cancel")));
    connect(m_cancelButton, &QPushButton::clicked, this, &TimelinePane::cancelLookup);
}

void TimelinePane::buildErrorState()
{
    m_errorView = new StateView(this);
    m_errorView->setIcon(Icons::icon(QStringLiteral("error")), 56);
    m_retryButton = m_errorView->addButton(tr("&Retry"), Icons::icon(QStringLiteral("refresh")));
    m_connectionsButton = m_errorView->addButton(tr("Connections…"), Icons::icon(QStringLiteral("connections")));
    connect(m_retryButton, &QPushButton::clicked, this, [this] { lookUp(m_requestedUser); });
    connect(m_connectionsButton, &QPushButton::clicked, this, &TimelinePane::connectionsRequested);
}

QWidget *TimelinePane::buildContent()
{
    auto *content = new QWidget(this);

    m_kinds = new KindFilterBar(content);
    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setPlaceholderText(tr("Filter events (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kinds, 1);
    filterRow->addWidget(m_filterEdit, 0, Qt::AlignTop);

    m_table = new QTableView(content);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimelineModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample, int padding = 24) { return metrics.horizontalAdvance(sample) + padding; };
    m_table->setColumnWidth(TimelineModel::Time, width(QStringLiteral("2026-11-23 23:59:59")));
    m_table->setColumnWidth(TimelineModel::Kind, width(ProfileEvent::kindDisplayName(ProfileEvent::Kind::CategoryView)));
    m_table->setColumnWidth(TimelineModel::Subject, width(QStringLiteral("sku-hydrating-face-cream")));
    m_table->setColumnWidth(TimelineModel::Amount, width(QStringLiteral("12,345.67")));
    m_table->setColumnWidth(TimelineModel::Channel, width(QStringLiteral("Desktop")));
    m_table->setColumnWidth(TimelineModel::Session, width(QStringLiteral("af7a54a4bb9965b6")));
    // The session id is in the details below; right-click the header to show it as a column.
    m_table->setColumnHidden(TimelineModel::Session, true);
    installColumnsMenu(m_table);

    m_details = new EventDetailsView(content);
    m_facts = new ProfileFactsPanel(content);

    auto *tableColumn = new QWidget(content);
    auto *tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);

    m_tableSplitter = new QSplitter(Qt::Vertical, content);
    m_tableSplitter->addWidget(tableColumn);
    m_tableSplitter->addWidget(m_details);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 1);
    m_tableSplitter->setChildrenCollapsible(false);
    m_tableSplitter->setSizes({520, 190});

    m_mainSplitter = new QSplitter(Qt::Horizontal, content);
    m_mainSplitter->addWidget(m_tableSplitter);
    m_mainSplitter->addWidget(m_facts);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({900, 380});

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &TimelineFilterProxy::setFilterText);
    connect(m_kinds, &KindFilterBar::kindToggled, m_proxy, &TimelineFilterProxy::setKindEnabled);
    connect(m_kinds, &KindFilterBar::allEnabled, m_proxy, &TimelineFilterProxy::enableAllKinds);
    connect(m_proxy, &TimelineFilterProxy::filterChanged, this, &TimelinePane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TimelinePane::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePane::updateDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TimelinePane::updateDetails);
    connect(m_facts, &ProfileFactsPanel::linkedIdActivated, this, &TimelinePane::lookUp);
    return content;
}

void TimelinePane::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Empty: m_states->setCurrentWidget(m_emptyView); break;
    case State::Loading: m_states->setCurrentWidget(m_loadingView); break;
    case State::Error: m_states->setCurrentWidget(m_errorView); break;
    case State::Loaded: m_states->setCurrentWidget(m_content); break;
    }
    m_lookupButton->setEnabled(state != State::Loading);
}

void TimelinePane::updateSampleUsers()
{
    const QStringList samples = m_session->isDemo() ? m_session->demoEndpoint().sampleUserIds : QStringList();
    for (int i = 0; i < m_sampleButtons.size(); ++i) {
        QPushButton *button = m_sampleButtons.at(i);
        const QString id = samples.value(i);
        button->setText(tr("Try %1").arg(id));
        button->setProperty("userId", id);
        button->setVisible(!id.isEmpty());
    }
}

void TimelinePane::lookUp(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty()) {
        m_lookupEdit->setFocus();
        emit statusMessage(tr("Type a user id first."), 4000);
        return;
    }
    const int generation = ++m_generation;   // before abort(): the old callback is then ignored
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    if (m_state != State::Loading)
        m_stateBeforeLoading = m_state;
    m_requestedUser = id;
    if (m_lookupEdit->text() != id)
        m_lookupEdit->setText(id);
    m_loadingView->setTitle(tr("Looking up %1…").arg(id));
    m_loadingView->setMessage(m_session->currentConnectionName().isEmpty()
                                  ? QString()
                                  : tr("Asking %1").arg(m_session->currentConnectionName()));
    setState(State::Loading);
    emit lookupStarted(id);
    m_reply = m_session->fetchProfile(id, this, [this, generation, id](const UserProfile &profile, const ApiError &error) {
        onLookupDone(generation, id, profile, error);
    });
    if (m_reply) {
        connect(m_reply, &ApiReply::waiting, this, [this, generation](const QString &reason, qint64) {
            if (generation == m_generation)
                m_loadingView->setMessage(reason);
        });
    }
}

void TimelinePane::onLookupDone(int generation, const QString &userId, const UserProfile &profile, const ApiError &error)
{
    if (generation != m_generation)
        return;
    m_reply = nullptr;
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(m_stateBeforeLoading == State::Loading ? State::Empty : m_stateBeforeLoading);
        if (m_state == State::Loaded)
            m_lookupEdit->setText(m_profile.userId);
        emit statusMessage(tr("Lookup of %1 cancelled.").arg(userId), 4000);
        emit lookupFinished(false, tr("Cancelled"));
        return;
    }
    if (error.isError()) {
        showError(userId, error);
        emit lookupFinished(false, error.toDisplayString());
        return;
    }
    showProfile(profile);
    emit statusMessage(tr("Loaded %n event(s) of %1.", nullptr, int(profile.events.size())).arg(profile.userId), 5000);
    emit lookupFinished(true, QString());
}

void TimelinePane::cancelLookup()
{
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
}

void TimelinePane::showProfile(const UserProfile &profile)
{
    m_profile = profile;
    m_error = ApiError();
    m_model->setProfile(profile);
    m_facts->setProfile(profile);
    m_kinds->setCounts(profile.countsPerKind());
    m_kinds->enableAll();
    m_proxy->enableAllKinds();
    m_details->clear();
    setState(State::Loaded);
    if (m_proxy->rowCount() > 0) {
        m_table->selectRow(0);
        m_table->scrollToTop();
    }
    updateCount();
}

void TimelinePane::showError(const QString &userId, const ApiError &error)
{
    m_error = error;
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        m_errorView->setTitle(tr("No profile for \"%1\"").arg(userId));
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
        m_errorView->setTitle(tr("The lookup of \"%1\" failed").arg(userId));
        break;
    }
    m_errorView->setMessage(error.toDisplayString());
    const bool connectionProblem = error.kind == ApiError::Kind::Config || error.kind == ApiError::Kind::Unauthorized;
    m_connectionsButton->setVisible(connectionProblem);
    m_retryButton->setVisible(error.kind != ApiError::Kind::Config);
    setState(State::Error);
}

void TimelinePane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n event(s)", nullptr, total)
                                         : tr("%1 of %n event(s) shown", nullptr, total).arg(shown));
}

void TimelinePane::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    m_details->setEvent(m_model->eventAt(source.row()));
}

bool TimelinePane::selectFirstOfKind(ProfileEvent::Kind kind)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(TimelineModel::KindRole).toInt() == int(kind)) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            return true;
        }
    }
    return false;
}

void TimelinePane::focusLookup()
{
    m_lookupEdit->setFocus(Qt::ShortcutFocusReason);
    m_lookupEdit->selectAll();
}

void TimelinePane::focusFilter()
{
    if (m_state != State::Loaded) {
        focusLookup();
        return;
    }
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void TimelinePane::refresh()
{
    const QString user = m_state == State::Loaded ? m_profile.userId : m_requestedUser;
    if (!user.isEmpty())
        lookUp(user);
}

void TimelinePane::copySelection()
{
    if (m_state == State::Loaded)
        copyTableSelection(m_table);
}

void TimelinePane::exportCsv()
{
    if (m_state != State::Loaded) {
        emit statusMessage(tr("Look a user up first; then the timeline can be exported."), 4000);
        return;
    }
    exportTableCsv(m_table, tr("Export Timeline"), QStringLiteral("timeline-%1.csv").arg(m_profile.userId));
}

void TimelinePane::saveState(QSettings &settings) const
{
    saveViewState(settings, kHeader, m_table->horizontalHeader());
    saveViewState(settings, kMainSplitter, m_mainSplitter);
    saveViewState(settings, kTableSplitter, m_tableSplitter);
}

void TimelinePane::restoreState(QSettings &settings)
{
    restoreViewState(settings, kHeader, m_table->horizontalHeader());
    restoreViewState(settings, kMainSplitter, m_mainSplitter);
    restoreViewState(settings, kTableSplitter, m_tableSplitter);
}

} // namespace cdp::ui
