#include "requestlogpane.h"

#include "columnsmenu.h"
#include "errorrowdelegate.h"
#include "icons.h"
#include "tableexport.h"

#include "models/requestlogfilterproxy.h"
#include "models/requestlogmodel.h"
#include "session/consolesession.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {
const QString kHeader = QStringLiteral("RequestLog/header");
const QString kErrorsOnly = QStringLiteral("RequestLog/errorsOnly");
} // namespace

RequestLogPane::RequestLogPane(ConsoleSession *session, QWidget *parent)
    : Pane(parent)
    , m_session(session)
    , m_model(new RequestLogModel(this))
    , m_proxy(new RequestLogFilterProxy(this))
    , m_filterEdit(new QLineEdit(this))
    , m_errorsOnly(new QCheckBox(tr("&Errors only"), this))
    , m_clearButton(new QPushButton(Icons::icon(QStringLiteral("clear")), tr("C&lear Log"), this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter by URL, status, outcome, message (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_clearButton->setToolTip(tr("Delete every logged request from the workspace"));
    m_clearButton->setAutoDefault(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterEdit, 1);
    toolbar->addWidget(m_errorsOnly);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_clearButton);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestLogModel::Time, Qt::DescendingOrder);
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
    header->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 22; };
    m_table->setColumnWidth(RequestLogModel::Time, width(QStringLiteral("2026-11-23 23:59:59.999")));
    m_table->setColumnWidth(RequestLogModel::Connection, width(QStringLiteral("Production")));
    m_table->setColumnWidth(RequestLogModel::Method, width(QStringLiteral("DELETE")));
    m_table->setColumnWidth(RequestLogModel::Status, width(tr("Status")));
    m_table->setColumnWidth(RequestLogModel::Duration, width(QStringLiteral("12,345 ms")));
    m_table->setColumnWidth(RequestLogModel::Attempt, width(tr("Attempt")));
    m_table->setColumnWidth(RequestLogModel::Outcome, width(QStringLiteral("rate-limited")));
    m_table->setColumnWidth(RequestLogModel::Message, width(QStringLiteral("Retrying in 2 s after HTTP 503")));
    installColumnsMenu(m_table);
    m_table->setItemDelegate(new ErrorRowDelegate(RequestLogModel::IsErrorRole, m_table));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &RequestLogFilterProxy::setFilterText);
    connect(m_errorsOnly, &QCheckBox::toggled, m_proxy, &RequestLogFilterProxy::setErrorsOnly);
    connect(m_clearButton, &QPushButton::clicked, this, &RequestLogPane::clearLog);
    connect(m_proxy, &RequestLogFilterProxy::filterChanged, this, &RequestLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequestLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequestLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestLogPane::updateCount);
    connect(session, &ConsoleSession::requestLogged, m_model, &RequestLogModel::append);
    connect(session, &ConsoleSession::requestLogCleared, m_model, &RequestLogModel::clear);
    connect(session, &ConsoleSession::ready, this, &RequestLogPane::refresh);

    refresh();
}

QString RequestLogPane::paneKey() const { return QStringLiteral("requests"); }
QString RequestLogPane::title() const { return tr("Request Log"); }
QIcon RequestLogPane::icon() const { return Icons::icon(QStringLiteral("requests")); }

void RequestLogPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void RequestLogPane::refresh()
{
    m_model->setEntries(m_session->recentRequests(m_model->cap()));
    updateCount();
}

void RequestLogPane::clearLog()
{
    if (m_session->clearRequestLog())
        emit statusMessage(tr("The request log was cleared."), 4000);
    else
        emit statusMessage(tr("The request log could not be cleared."), 6000);
}

void RequestLogPane::copySelection()
{
    const int rows = TableExport::copySelectedRows(m_table);
    emit statusMessage(rows > 0 ? tr("Copied %n row(s).", nullptr, rows) : tr("Select rows to copy first."), 3000);
}

void RequestLogPane::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Request Log"), QStringLiteral("request-log.csv"),
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

void RequestLogPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n request(s)", nullptr, total)
                                         : tr("%1 of %n request(s) shown", nullptr, total).arg(shown));
    m_clearButton->setEnabled(total > 0);
}

void RequestLogPane::saveState(QSettings &settings) const
{
    settings.setValue(kHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(kErrorsOnly, m_errorsOnly->isChecked());
}

void RequestLogPane::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(kHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_errorsOnly->setChecked(settings.value(kErrorsOnly, false).toBool());
}

} // namespace cdp::ui
