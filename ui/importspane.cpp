#include "importspane.h"

#include "columnsmenu.h"
#include "errorrowdelegate.h"
#include "formatting.h"
#include "icons.h"
#include "stateview.h"
#include "tableexport.h"

#include "imports/importservice.h"
#include "models/importledgermodel.h"
#include "session/consolesession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {
const QString kHeader = QStringLiteral("Imports/header");
const QString kActiveOnly = QStringLiteral("Imports/activeOnly");

QString timeOrDash(const QDateTime &utc)
{
    return utc.isValid() ? Format::localTime(utc) : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// The facts of one ledger entry, selectable, with Poll Now / Cancel while its job runs.
class ImportDetailsDialog : public QDialog
{
public:
    ImportDetailsDialog(ImportService *service, qint64 entryId, QWidget *parent)
        : QDialog(parent)
        , m_service(service)
        , m_entryId(entryId)
        , m_form(new QFormLayout)
        , m_pollNow(new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("Poll &Now"), this))
        , m_cancel(new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("&Cancel Import"), this))
        , m_message(new QLabel(this))
    {
        setObjectName(QStringLiteral("importDetails"));
        setAttribute(Qt::WA_DeleteOnClose);
        m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_message->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        buttons->addButton(m_pollNow, QDialogButtonBox::ActionRole);
        buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_pollNow, &QPushButton::clicked, this, [this] {
            if (ImportJob *job = m_service->job(m_entryId))
                job->pollNow();
        });
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            if (ImportJob *job = m_service->job(m_entryId)) {
                QString why;
                if (!job->cancel(&why))
                    m_message->setText(why);
            }
        });
        connect(service, &ImportService::ledgerChanged, this, [this](qint64 id) {
            if (id == m_entryId || id == 0)
                reload();
        });
        resize(720, 560);
        reload();
    }

private:
    void reload()
    {
        const std::optional<ImportLedgerEntry> found = m_service->ledgerEntry(m_entryId);
        if (!found)
            return;
        const ImportLedgerEntry &e = *found;
        setWindowTitle(tr("Import %1 — %2").arg(e.id).arg(e.fileName));
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        QLocale locale;
        auto add = [this](const QString &name, const QString &value) {
            auto *label = new QLabel(value, this);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            m_form->addRow(name, label);
        };
        add(tr("Status:"), e.progressText());
        add(tr("File:"), QDir::toNativeSeparators(e.filePath));
        if (!e.sourcePath.isEmpty())
            add(tr("Converted from:"), QDir::toNativeSeparators(e.sourcePath));
        add(tr("Size:"), locale.formattedDataSize(e.fileSize));
        add(tr("Content SHA-256:"), e.sha256Hex());
        add(tr("Rows:"), locale.toString(e.rows));
        add(tr("Total value:"), orDash(ImportLedgerModel::totalValueText(e.totalValue)));
        add(tr("Target:"), e.targetText());
        add(tr("REST base:"), e.baseUrl);
        add(tr("Import id:"), orDash(e.importId));
        add(tr("Batch id:"), orDash(e.batchId));
        add(tr("Batch status:"), orDash(e.batchStatus));
        if (e.processed >= 0)
            add(tr("Processed / affected / total:"), tr("%1 / %2 / %3")
                                                          .arg(locale.toString(e.processed), locale.toString(e.affected),
                                                               locale.toString(e.total)));
        add(tr("Batch start / end:"), tr("%1 / %2").arg(timeOrDash(e.batchStartTime), timeOrDash(e.batchEndTime)));
        add(tr("Poll interval:"), tr("%1 s").arg(e.pollIntervalSeconds));
        add(tr("Started / updated / finished:"), tr("%1 / %2 / %3")
                                                      .arg(timeOrDash(e.createdAt), timeOrDash(e.updatedAt),
                                                           timeOrDash(e.finishedAt)));
        if (!e.overrideNote.isEmpty())
            add(tr("Duplicate override:"), e.overrideNote);
        if (!e.errorText.isEmpty())
            add(tr("Problem:"), e.errorText);
        ImportJob *job = m_service->job(m_entryId);
        m_pollNow->setEnabled(job && job->stage() == ImportStage::Polling);
        m_cancel->setEnabled(job && job->canCancel());
    }

    ImportService *m_service;
    qint64 m_entryId;
    QFormLayout *m_form;
    QPushButton *m_pollNow;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace

ImportsPane::ImportsPane(ConsoleSession *session, QWidget *parent)
    : Pane(parent)
    , m_session(session)
    , m_model(new ImportLedgerModel(this))
    , m_proxy(new ImportLedgerFilterProxy(this))
    , m_filterEdit(new QLineEdit(this))
    , m_activeOnly(new QCheckBox(tr("&Active only"), this))
    , m_newImport(new QPushButton(Icons::icon(QStringLiteral("import")), tr("&New Import…"), this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyView(new StateView(this))
{
    m_emptyView->setIcon(Icons::icon(QStringLiteral("import")), 96);
    m_emptyView->setTitle(tr("No imports yet"));
    m_emptyView->setMessage(tr("Every purchase-history upload to Carma is recorded here with its content hash, "
                               "list, import and batch id and status, so the same file is never imported twice "
                               "by accident. Start one with New Import (Ctrl+I) or drop an export on the window."));
    connect(m_emptyView->addButton(tr("New Import…"), Icons::icon(QStringLiteral("import"))), &QPushButton::clicked,
            this, &ImportsPane::newImportRequested);

    m_proxy->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter by file, hash, list, import or batch id, status (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_activeOnly->setToolTip(tr("Only imports still uploading or being polled"));
    m_newImport->setToolTip(tr("Import a purchase export into Carma (Ctrl+I)"));
    m_newImport->setAutoDefault(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterEdit, 1);
    toolbar->addWidget(m_activeOnly);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_newImport);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportLedgerModel::Created, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 22; };
    m_table->setColumnWidth(ImportLedgerModel::File, width(QStringLiteral("olist_order_items_dataset.csv")));
    m_table->setColumnWidth(ImportLedgerModel::Hash, width(QStringLiteral("0123456789ab")));
    m_table->setColumnWidth(ImportLedgerModel::Rows, width(QStringLiteral("1,000,000")));
    m_table->setColumnWidth(ImportLedgerModel::TotalValue, width(QStringLiteral("13,591,643.70")));
    m_table->setColumnWidth(ImportLedgerModel::Target, width(QStringLiteral("Sandbox Carma · customer 4711 · list 424242")));
    m_table->setColumnWidth(ImportLedgerModel::ImportId, width(QStringLiteral("bd48b5cc-b118-4062")));
    m_table->setColumnWidth(ImportLedgerModel::BatchId, width(QStringLiteral("1011110")));
    m_table->setColumnWidth(ImportLedgerModel::Status, width(QStringLiteral("Polling (IN_PROGRESS)")));
    m_table->setColumnWidth(ImportLedgerModel::Progress, width(QStringLiteral("112,650 / 112,650")));
    for (int c : {int(ImportLedgerModel::Created), int(ImportLedgerModel::Updated), int(ImportLedgerModel::Finished)})
        m_table->setColumnWidth(c, width(QStringLiteral("2026-11-23 23:59:59")));
    m_table->setColumnHidden(ImportLedgerModel::Updated, true);
    installColumnsMenu(m_table);
    m_table->setItemDelegate(new ErrorRowDelegate(ImportLedgerModel::IsErrorRole, m_table));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(toolbar);
    m_stack->addWidget(m_emptyView);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_countLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ImportLedgerFilterProxy::setFilterText);
    connect(m_activeOnly, &QCheckBox::toggled, m_proxy, &ImportLedgerFilterProxy::setActiveOnly);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ImportsPane::updateCount);
    connect(m_activeOnly, &QCheckBox::toggled, this, &ImportsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImportsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImportsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImportsPane::updateCount);
    connect(m_newImport, &QPushButton::clicked, this, &ImportsPane::newImportRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        showDetails(index.data(ImportLedgerModel::EntryIdRole).toLongLong());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ImportsPane::showContextMenu);
    connect(session, &ConsoleSession::ready, this, [this] {
        attachService();
        refresh();
    });

    attachService();
    refresh();
}

QString ImportsPane::paneKey() const { return QStringLiteral("imports"); }
QString ImportsPane::title() const { return tr("Imports"); }
QIcon ImportsPane::icon() const { return Icons::icon(QStringLiteral("import")); }

void ImportsPane::attachService()
{
    ImportService *service = m_session->imports();
    if (service == m_service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service)
        connect(m_service, &ImportService::ledgerChanged, this, &ImportsPane::entryChanged);
}

void ImportsPane::entryChanged(qint64 entryId)
{
    if (!m_service)
        return;
    if (entryId == 0) {
        refresh();
        return;
    }
    if (const std::optional<ImportLedgerEntry> entry = m_service->ledgerEntry(entryId))
        m_model->upsert(*entry);
    updateCount();
}

void ImportsPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ImportsPane::refresh()
{
    attachService();
    m_model->setEntries(m_service ? m_service->ledgerEntries() : QList<ImportLedgerEntry>());
    updateCount();
}

void ImportsPane::copySelection()
{
    const int rows = TableExport::copySelectedRows(m_table);
    emit statusMessage(rows > 0 ? tr("Copied %n row(s).", nullptr, rows) : tr("Select rows to copy first."), 3000);
}

void ImportsPane::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Imports"), QStringLiteral("imports.csv"), tr("CSV files (*.csv)"));
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

void ImportsPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    int active = 0;
    for (int row = 0; row < total; ++row) {
        if (isActiveImportState(m_model->entryAt(row).state))
            ++active;
    }
    QString text = shown == total ? tr("%n import(s)", nullptr, total)
                                  : tr("%1 of %n import(s) shown", nullptr, total).arg(shown);
    if (active > 0)
        text += tr(" · %n in progress", nullptr, active);
    m_countLabel->setText(text);
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_emptyView) : m_table);
}

qint64 ImportsPane::currentEntryId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ImportLedgerModel::EntryIdRole).toLongLong() : 0;
}

void ImportsPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.data(ImportLedgerModel::EntryIdRole).toLongLong();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Details…"), this, [this, id] { showDetails(id); });
    menu->addAction(Icons::icon(QStringLiteral("copy")), tr("&Copy Rows"), this, &ImportsPane::copySelection);
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const ImportLedgerEntry entry = m_model->entryAt(row);
        menu->addAction(tr("Copy Content &Hash"), this, [entry] {
            QApplication::clipboard()->setText(entry.sha256Hex());
        });
        if (!entry.batchId.isEmpty())
            menu->addAction(tr("Copy &Batch Id"), this, [entry] { QApplication::clipboard()->setText(entry.batchId); });
        if (m_service) {
            if (ImportJob *job = m_service->job(id); job && job->stage() == ImportStage::Polling)
                menu->addAction(Icons::icon(QStringLiteral("refresh")), tr("&Poll Now"), job, &ImportJob::pollNow);
        }
    }
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

bool ImportsPane::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_activeOnly->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

QWidget *ImportsPane::showDetails(qint64 entryId)
{
    if (!m_service || !m_service->ledgerEntry(entryId))
        return nullptr;
    auto *dialog = new ImportDetailsDialog(m_service, entryId, this);
    dialog->show();
    return dialog;
}

void ImportsPane::saveState(QSettings &settings) const
{
    settings.setValue(kHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(kActiveOnly, m_activeOnly->isChecked());
}

void ImportsPane::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(kHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_activeOnly->setChecked(settings.value(kActiveOnly, false).toBool());
}

} // namespace cdp::ui
