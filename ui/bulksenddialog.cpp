#include "bulksenddialog.h"

#include "icons.h"

#include "csv/mappingprofile.h"
#include "events/eventcomposer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace cdp::ui {

namespace {
enum FormatChoice { CarmaSeed, CarmaNewer, MappedCsv };
}

BulkSendDialog::BulkSendDialog(OrderEventsService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_file(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_eventType(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_identifier(new QComboBox(this))
    , m_uploadContacts(new QCheckBox(tr("Upload the contacts first (v1/contacts, up to 3000 a request)"), this))
    , m_maxOrders(new QSpinBox(this))
    , m_analyseButton(new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Read File"), this))
    , m_summaryLabel(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_startButton(new QPushButton(Icons::icon(QStringLiteral("send")), tr("&Start Sending"), this))
    , m_pauseButton(new QPushButton(Icons::icon(QStringLiteral("pause")), tr("&Pause"), this))
    , m_cancelButton(new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("&Cancel Run…"), this))
{
    setWindowTitle(tr("Bulk Send Order Events"));
    setObjectName(QStringLiteral("BulkSendDialog"));

    m_file->setPlaceholderText(tr("A purchase file: Carma format, or any CSV with a mapping profile"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_format->addItem(tr("Carma purchase history (seed layout)"), CarmaSeed);
    m_format->addItem(tr("Carma purchase history (newer layout, with Invoice Id and Currency)"), CarmaNewer);
    m_format->addItem(tr("Other CSV, through a saved mapping profile"), MappedCsv);
    m_profile->addItems(csv::MappingProfileStore().names());
    m_profile->setEditable(true);
    m_profile->setEnabled(false);
    m_profile->setToolTip(tr("A mapping profile saved in the import wizard"));
    m_eventType->addItem(QStringLiteral("orderCreated"));
    m_eventType->addItem(QStringLiteral("orderUpdated"));
    for (const QString &status : EventComposer::orderStatuses())
        m_status->addItem(status);
    m_status->setCurrentText(QStringLiteral("DELIVERED"));
    m_status->setToolTip(tr("The status every order is sent with (purchase files hold delivered orders)"));
    m_currency->setPlaceholderText(tr("From the file's Currency column (newer layout)"));
    m_currency->setMaxLength(3);
    m_timeZone->addItem(tr("UTC (Carma times are UTC)"), QString());
    for (const char *id : {"America/Sao_Paulo", "Europe/Kyiv", "Europe/London", "Europe/Berlin", "America/New_York"}) {
        if (QTimeZone::isTimeZoneIdAvailable(QByteArray(id)))
            m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    }
    m_identifier->addItem(tr("Automatic (e-mail, phone, else contact key)"), QStringLiteral("auto"));
    for (const QString &name : {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("contactKey")})
        m_identifier->addItem(name, name);
    m_uploadContacts->setChecked(true);
    m_uploadContacts->setToolTip(tr("eSputnik saves events only for contacts it knows"));
    m_maxOrders->setRange(0, 10000000);
    m_maxOrders->setSpecialValueText(tr("All orders"));
    m_maxOrders->setSuffix(tr(" orders"));
    m_maxOrders->setToolTip(tr("Send only the first orders of the file (0: all)"));
    m_maxOrders->setSingleStep(100);

    auto *options = new QGroupBox(tr("File and options"), this);
    auto *form = new QFormLayout(options);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), options);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Mapping profile:"), m_profile);
    form->addRow(tr("&Event:"), m_eventType);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(QString(), m_uploadContacts);
    form->addRow(tr("&Send at most:"), m_maxOrders);

    auto *summaryBox = new QGroupBox(tr("What the file holds"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("bulkSummary"));
    m_summaryLabel->setText(tr("Choose a file and read it to see its orders, items and contacts."));
    m_problems->setMaximumHeight(110);
    m_problems->hide();
    auto *analyseRow = new QHBoxLayout;
    analyseRow->addWidget(m_analyseButton);
    analyseRow->addStretch();
    summaryLayout->addLayout(analyseRow);
    summaryLayout->addWidget(m_summaryLabel);
    summaryLayout->addWidget(m_problems);

    auto *runBox = new QGroupBox(tr("Run"), this);
    auto *runLayout = new QVBoxLayout(runBox);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setObjectName(QStringLiteral("bulkProgress"));
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_startButton);
    runButtons->addWidget(m_pauseButton);
    runButtons->addWidget(m_cancelButton);
    runButtons->addStretch();
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_progressLabel);
    runLayout->addLayout(runButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(options);
    layout->addWidget(summaryBox);
    layout->addWidget(runBox);
    layout->addStretch();
    layout->addWidget(close);

    for (QPushButton *button : {m_analyseButton, m_startButton, m_pauseButton, m_cancelButton})
        button->setAutoDefault(false);
    connect(browseButton, &QPushButton::clicked, this, &BulkSendDialog::browse);
    connect(m_analyseButton, &QPushButton::clicked, this, &BulkSendDialog::analyse);
    connect(m_startButton, &QPushButton::clicked, this, &BulkSendDialog::start);
    connect(m_pauseButton, &QPushButton::clicked, this, &BulkSendDialog::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkSendDialog::cancelRun);
    connect(&m_watcher, &QFutureWatcher<Analysis>::finished, this, &BulkSendDialog::onAnalysed);
    connect(m_file, &QLineEdit::textChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_profile->setEnabled(m_format->currentData().toInt() == MappedCsv);
        optionsChanged();
    });
    connect(m_profile, &QComboBox::currentTextChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_currency, &QLineEdit::textChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_identifier, &QComboBox::currentIndexChanged, this, &BulkSendDialog::optionsChanged);
    connect(m_uploadContacts, &QCheckBox::toggled, this, &BulkSendDialog::optionsChanged);
    connect(m_maxOrders, &QSpinBox::valueChanged, this, &BulkSendDialog::optionsChanged);

    if (m_service) {
        connect(m_service, &OrderEventsService::bulkProgressChanged, this, &BulkSendDialog::onProgress);
        connect(m_service, &OrderEventsService::bulkFinished, this, &BulkSendDialog::onFinished);
        if (m_service->isBulkRunning()) {
            setOptions(m_service->bulkOptions());   // show what is running, not an empty form
            m_running = true;
            onProgress(m_service->bulkProgress());
        }
    }
    updateButtons();
    resize(720, 640);
}

BulkSendDialog::~BulkSendDialog()
{
    // The reading thread holds no pointer into the dialog; wait so it does not outlive its watcher.
    m_watcher.waitForFinished();
}

BulkOrdersOptions BulkSendDialog::options() const
{
    BulkOrdersOptions o;
    o.purchaseFile = m_file->text().trimmed();
    const int format = m_format->currentData().toInt();
    o.format = format == MappedCsv ? BulkOrdersOptions::Format::MappedCsv : BulkOrdersOptions::Format::Carma;
    o.carmaLayout = format == CarmaNewer ? 1 : 0;
    if (format == MappedCsv)
        o.mappingProfile = m_profile->currentText().trimmed();
    o.eventTypeKey = m_eventType->currentText();
    o.status = m_status->currentText();
    o.currency = m_currency->text().trimmed().toUpper();
    o.timeZone = m_timeZone->currentData().toString();
    o.identifierParam = m_identifier->currentData().toString();
    o.uploadContacts = m_uploadContacts->isChecked();
    o.maxOrders = m_maxOrders->value();
    return o;
}

void BulkSendDialog::setPurchaseFile(const QString &path)
{
    m_file->setText(path);
}

void BulkSendDialog::setOptions(const BulkOrdersOptions &o)
{
    m_file->setText(o.purchaseFile);
    m_format->setCurrentIndex(o.format == BulkOrdersOptions::Format::MappedCsv ? MappedCsv
                              : o.carmaLayout == 1                             ? CarmaNewer
                                                                               : CarmaSeed);
    m_profile->setCurrentText(o.mappingProfile);
    m_eventType->setCurrentText(o.eventTypeKey);
    m_status->setCurrentText(o.status);
    m_currency->setText(o.currency);
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(o.timeZone)));
    m_identifier->setCurrentIndex(qMax(0, m_identifier->findData(o.identifierParam)));
    m_uploadContacts->setChecked(o.uploadContacts);
    m_maxOrders->setValue(int(qMin<qint64>(o.maxOrders, m_maxOrders->maximum())));
}

void BulkSendDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Purchase File"), QFileInfo(m_file->text()).absolutePath(),
                                   tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_file->setText(path);
        analyse();
    });
    dialog->open();
}

void BulkSendDialog::optionsChanged()
{
    if (m_running)
        return;
    if (m_analysed) {
        m_analysed = false;
        m_summaryLabel->setText(tr("The options changed: read the file again to see what will be sent."));
    }
    updateButtons();
}

void BulkSendDialog::analyse()
{
    if (m_watcher.isRunning() || m_running)
        return;
    const BulkOrdersOptions o = options();
    if (o.purchaseFile.isEmpty()) {
        m_summaryLabel->setText(tr("Choose a purchase file first."));
        return;
    }
    m_analysed = false;
    m_summaryLabel->setText(tr("Reading %1…").arg(QFileInfo(o.purchaseFile).fileName()));
    m_problems->clear();
    m_problems->hide();
    m_progress->setRange(0, 0);
    updateButtons();
    m_watcher.setFuture(QtConcurrent::run([o] {
        Analysis analysis;
        const QList<EventDraft> drafts = OrderEventsService::buildOrderDrafts(o, &analysis.progress, &analysis.error);
        for (const EventDraft &draft : drafts) {
            for (const EventItem &item : draft.items) {
                if (!item.isEmpty())
                    ++analysis.items;
            }
        }
        analysis.progress.orders = qMax<qint64>(analysis.progress.orders, drafts.size());
        return analysis;
    }));
}

void BulkSendDialog::onAnalysed()
{
    const Analysis analysis = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary = analysis.progress;
    m_items = analysis.items;
    const QLocale locale;
    if (!analysis.error.isEmpty()) {
        m_analysed = false;
        m_summaryLabel->setText(tr("The file cannot be sent: %1").arg(analysis.error));
        m_summaryLabel->setStyleSheet(QStringLiteral("color: #a33a3a;"));
    } else {
        m_analysed = analysis.progress.orders > 0;
        m_summaryLabel->setStyleSheet(QString());
        QString text = tr("<b>%1 orders</b> with <b>%2 items</b> for <b>%3 contacts</b>, from %4 rows.")
                           .arg(locale.toString(analysis.progress.orders), locale.toString(analysis.items),
                                locale.toString(analysis.progress.contacts), locale.toString(analysis.progress.rowsRead));
        if (analysis.progress.rowsSkipped > 0)
            text += QLatin1Char(' ') + tr("%1 rows with errors are left out (listed below).")
                                           .arg(locale.toString(analysis.progress.rowsSkipped));
        if (analysis.progress.orders == 0)
            text += QLatin1Char(' ') + tr("Nothing to send.");
        else
            text += QLatin1Char(' ') + tr("Each order becomes one %1 event.").arg(options().eventTypeKey);
        m_summaryLabel->setText(text);
    }
    m_problems->clear();
    for (const QString &problem : std::as_const(analysis.progress.problems))
        new QListWidgetItem(Icons::icon(QStringLiteral("warning")), problem, m_problems);
    m_problems->setVisible(m_problems->count() > 0);
    updateButtons();
    Q_EMIT analysed(m_analysed);
}

bool BulkSendDialog::start()
{
    if (!m_service || !m_analysed || m_running)
        return false;
    QString error;
    if (!m_service->startBulk(options(), &error)) {
        m_progressLabel->setText(tr("Could not start: %1").arg(error));
        m_progressLabel->setStyleSheet(QStringLiteral("color: #a33a3a;"));
        return false;
    }
    m_running = true;
    m_progressLabel->setStyleSheet(QString());
    onProgress(m_service->bulkProgress());
    return true;
}

bool BulkSendDialog::isPaused() const
{
    return m_service && m_running && m_service->isBulkPaused();
}

void BulkSendDialog::togglePause()
{
    if (!m_service || !m_running)
        return;
    const bool paused = m_service->isBulkPaused() || m_service->bulkProgress().phase == BulkProgress::Phase::Paused;
    if (paused)
        m_service->resumeBulk();
    else
        m_service->pauseBulk();
    onProgress(m_service->bulkProgress());
}

void BulkSendDialog::cancelRun()
{
    if (!m_service || !m_running)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the Bulk Send?"),
                                tr("Events of this run that were not sent yet are discarded. Events already "
                                     "delivered stay delivered; failed or unconfirmed ones stay in the outbox for you "
                                     "to decide."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *cancelRun = box->addButton(tr("Cancel the Run"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep Sending"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, cancelRun](int) {
        if (box->clickedButton() == cancelRun && m_service)
            m_service->cancelBulk();
    });
    box->open();
}

void BulkSendDialog::onProgress(const BulkProgress &p)
{
    const QLocale locale;
    qint64 value = 0;
    qint64 maximum = 0;
    switch (p.phase) {
    case BulkProgress::Phase::Reading:
        maximum = 0;   // busy
        break;
    case BulkProgress::Phase::Contacts:
        value = p.contactsUploaded;
        maximum = p.contacts;
        break;
    case BulkProgress::Phase::Enqueueing:
        value = p.enqueued;
        maximum = p.orders;
        break;
    default:
        value = p.outbox.delivered + p.outbox.rejected + p.outbox.discarded;
        maximum = qMax(p.enqueued, p.orders);
        break;
    }
    if (maximum <= 0 && p.phase != BulkProgress::Phase::Reading) {
        m_progress->setRange(0, 1);
        m_progress->setValue(p.phase == BulkProgress::Phase::Finished ? 1 : 0);
    } else {
        // QProgressBar takes int: scale to per mille for very large runs.
        const bool scale = maximum > 1000000;
        m_progress->setRange(0, int(scale ? 1000 : maximum));
        m_progress->setValue(int(scale ? value * 1000 / maximum : value));
    }
    QStringList parts;
    // The service's state, not the dialog's: a dialog reopened on a paused run offers Resume.
    const bool paused = (m_service && m_service->isBulkPaused()) || p.phase == BulkProgress::Phase::Paused;
    parts.append(QStringLiteral("<b>%1</b>").arg(
        (paused && p.phase != BulkProgress::Phase::Paused
             ? tr("%1 — %2").arg(bulkPhaseLabel(BulkProgress::Phase::Paused), bulkPhaseLabel(p.phase))
             : bulkPhaseLabel(p.phase))
            .toHtmlEscaped()));
    if (p.contacts > 0)
        parts.append(tr("contacts %1 of %2").arg(locale.toString(p.contactsUploaded), locale.toString(p.contacts)));
    if (p.orders > 0)
        parts.append(tr("queued %1 of %2 orders").arg(locale.toString(p.enqueued), locale.toString(p.orders)));
    if (p.enqueued > 0) {
        parts.append(tr("delivered %1").arg(locale.toString(p.outbox.delivered)));
        if (p.outbox.rejected)
            parts.append(tr("rejected %1").arg(locale.toString(p.outbox.rejected)));
        if (p.outbox.failed)
            parts.append(tr("failed, will retry %1").arg(locale.toString(p.outbox.failed)));
        if (p.outbox.discarded)
            parts.append(tr("discarded %1").arg(locale.toString(p.outbox.discarded)));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!p.message.isEmpty())
        text += QStringLiteral("<br>") + p.message.toHtmlEscaped();
    m_progressLabel->setText(text);
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setIcon(Icons::icon(paused ? QStringLiteral("resume") : QStringLiteral("pause")));
    updateButtons();
}

void BulkSendDialog::onFinished(const BulkProgress &progress)
{
    m_running = false;
    onProgress(progress);
    m_progressLabel->setStyleSheet(progress.phase == BulkProgress::Phase::Failed ? QStringLiteral("color: #a33a3a;")
                                                                                 : QString());
    m_analysed = false;   // a new run needs a fresh read (never the same file twice by a stray click)
    updateButtons();
}

void BulkSendDialog::updateButtons()
{
    const bool reading = m_watcher.isRunning();
    m_analyseButton->setEnabled(!reading && !m_running && !m_file->text().trimmed().isEmpty());
    m_startButton->setEnabled(m_service && m_analysed && !reading && !m_running);
    m_pauseButton->setEnabled(m_running);
    m_cancelButton->setEnabled(m_running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_format, m_eventType, m_status, m_currency, m_timeZone,
                                                       m_identifier, m_uploadContacts, m_maxOrders})
        w->setEnabled(!m_running && !reading);
    m_profile->setEnabled(!m_running && !reading && m_format->currentData().toInt() == MappedCsv);
}

} // namespace cdp::ui
