// Pages 5-9 of the import wizard: target, confirmation, upload, batch polling, summary.

#include "importwizardpages.h"

#include "formatting.h"
#include "icons.h"

#include "imports/importservice.h"
#include "models/importledgermodel.h"
#include "session/carmasettings.h"
#include "session/consolesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

namespace cdp::ui {

namespace {

const QString kLastConnection = QStringLiteral("ImportWizard/connection");
const QString kLastList = QStringLiteral("ImportWizard/list");
const QString kPollInterval = QStringLiteral("ImportWizard/pollSeconds");

QLabel *factLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString utcText(const QDateTime &time)
{
    return time.isValid() ? Format::localTime(time) : QStringLiteral("—");
}

QString shortHash(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex().left(12));
}

void setUpPollSpin(QSpinBox *spin)
{
    spin->setRange(ImportService::MinimumPollIntervalSeconds, ImportService::MaximumPollIntervalSeconds);
    spin->setSuffix(ImportPollPage::tr(" s"));
    spin->setValue(ImportService::DefaultPollIntervalSeconds);
    spin->setToolTip(ImportPollPage::tr("Seconds between two reads of the batch: at least %1 s; Carma "
                                        "recommends every 30 seconds or every minute.")
                         .arg(ImportService::MinimumPollIntervalSeconds));
}

} // namespace

static QString stepsText(ImportStage stage);

// ---------------------------------------------------------------------------------------------
// 5. Target

ImportTargetPage::ImportTargetPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_connection(new QComboBox(this))
    , m_customer(factLabel(this))
    , m_baseUrl(factLabel(this))
    , m_problem(factLabel(this))
    , m_list(new QLineEdit(this))
    , m_poll(new QSpinBox(this))
{
    setTitle(tr("Choose where the rows go"));
    setSubTitle(tr("A Carma connection (its customer id is part of every request) and the id of the "
                   "list the purchase history belongs to."));
    m_connection->setObjectName(QStringLiteral("connectionCombo"));
    m_customer->setWordWrap(false);
    m_baseUrl->setWordWrap(false);
    m_connection->setMinimumContentsLength(24);
    m_list->setObjectName(QStringLiteral("listEdit"));
    m_list->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), m_list));
    m_list->setPlaceholderText(tr("e.g. 42"));
    m_list->setMaximumWidth(220);
    setUpPollSpin(m_poll);
    m_poll->setObjectName(QStringLiteral("targetPollSpin"));
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel#targetProblem { color: #b3261e; }"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Carma &connection:"), m_connection);
    form->addRow(tr("Customer id:"), m_customer);
    form->addRow(tr("REST base:"), m_baseUrl);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&List id:"), m_list);
    form->addRow(tr("&Poll the batch every:"), m_poll);

    auto *hint = new QLabel(tr("Carma appends: a file imported twice is imported twice. The next page "
                               "checks the import ledger for this file and this list."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, &ImportTargetPage::updateConnection);
    connect(m_list, &QLineEdit::textChanged, this, &ImportWizardPage::completeChanged);
}

void ImportTargetPage::initializePage()
{
    ImportService *service = importWizard()->service();
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    if (service) {
        const QList<ConnectionProfile> profiles = service->carmaConnections();
        for (const ConnectionProfile &profile : profiles)
            m_connection->addItem(profile.name);
    }
    QSettings settings;
    QString wanted = state().connectionName;
    if (wanted.isEmpty())
        wanted = settings.value(kLastConnection).toString();
    const int index = m_connection->findText(wanted);
    m_connection->setCurrentIndex(index >= 0 ? index : (m_connection->count() > 0 ? 0 : -1));
    if (m_list->text().isEmpty())
        m_list->setText(state().listId.isEmpty() ? settings.value(kLastList).toString() : state().listId);
    m_poll->setValue(settings.value(kPollInterval, state().pollIntervalSeconds).toInt());
    updateConnection();
}

void ImportTargetPage::updateConnection()
{
    ImportService *service = importWizard()->service();
    const QString name = m_connection->currentText();
    m_customer->clear();
    m_baseUrl->clear();
    if (name.isEmpty() || service == nullptr) {
        m_problem->setText(tr("There is no Carma connection yet: add one with Tools ▸ Connections… "
                              "(kind \"Carma purchase history\") and come back."));
        emit completeChanged();
        return;
    }
    if (const std::optional<ConnectionProfile> profile = service->carmaConnection(name)) {
        const QString customer = CarmaSettings::customerId(*profile);
        m_customer->setText(customer.isEmpty() ? tr("— (missing)") : QStringLiteral("<b>%1</b>").arg(customer.toHtmlEscaped()));
        m_baseUrl->setText(profile->baseUrl.toHtmlEscaped());
    }
    m_problem->setText(service->connectionProblem(name).toHtmlEscaped());
    emit completeChanged();
}

bool ImportTargetPage::isComplete() const
{
    ImportService *service = importWizard() ? importWizard()->service() : nullptr;
    const QString name = m_connection->currentText();
    return service != nullptr && !name.isEmpty() && service->connectionProblem(name).isEmpty()
        && m_list->hasAcceptableInput();
}

bool ImportTargetPage::validatePage()
{
    if (!isComplete())
        return false;
    ImportService *service = importWizard()->service();
    state().connectionName = m_connection->currentText();
    state().listId = m_list->text();
    state().pollIntervalSeconds = m_poll->value();
    state().verdict = service->duplicateVerdict(state().conversion->sha256, state().connectionName, state().listId);
    state().overrideDuplicate = false;
    QSettings settings;
    settings.setValue(kLastConnection, state().connectionName);
    settings.setValue(kLastList, state().listId);
    settings.setValue(kPollInterval, state().pollIntervalSeconds);
    return true;
}

// ---------------------------------------------------------------------------------------------
// 6. Confirm

ImportConfirmPage::ImportConfirmPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_facts(factLabel(this))
    , m_verdict(factLabel(this))
    , m_overrideGroup(new QGroupBox(tr("Import the same content again"), this))
    , m_override(new QCheckBox(m_overrideGroup))
    , m_confirmEdit(new QLineEdit(m_overrideGroup))
    , m_overrideNote(new QLineEdit(m_overrideGroup))
{
    setTitle(tr("Confirm the import"));
    setSubTitle(tr("Upload sends the file to Carma once; from then on there is no way back in this wizard."));
    setCommitPage(true);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_override->setObjectName(QStringLiteral("overrideBox"));
    m_confirmEdit->setObjectName(QStringLiteral("overrideConfirmEdit"));
    m_overrideNote->setPlaceholderText(tr("Why (kept in the import ledger), e.g. \"the first import was deleted in Carma\""));
    m_confirmEdit->setMaximumWidth(220);

    auto *overrideLayout = new QFormLayout(m_overrideGroup);
    overrideLayout->addRow(m_override);
    overrideLayout->addRow(tr("Type the list id to confirm:"), m_confirmEdit);
    overrideLayout->addRow(tr("Reason:"), m_overrideNote);
    m_overrideGroup->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addSpacing(8);
    layout->addWidget(m_verdict);
    layout->addWidget(m_overrideGroup);
    layout->addStretch(1);

    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_confirmEdit->setEnabled(on);
        m_overrideNote->setEnabled(on);
        emit completeChanged();
    });
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &ImportWizardPage::completeChanged);
}

void ImportConfirmPage::initializePage()
{
    const ImportWizardState &s = state();
    const csv::ConversionResult &result = *s.conversion;
    QLocale locale;
    QString customer;
    if (ImportService *service = importWizard()->service()) {
        if (const std::optional<ConnectionProfile> profile = service->carmaConnection(s.connectionName))
            customer = CarmaSettings::customerId(*profile);
    }
    QStringList rows;
    auto row = [&rows](const QString &name, const QString &value) {
        rows.append(QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>").arg(name, value));
    };
    row(tr("Export:"), QDir::toNativeSeparators(s.sourcePath).toHtmlEscaped());
    row(tr("Carma file:"), tr("%1 (%2)").arg(QDir::toNativeSeparators(result.outputPath).toHtmlEscaped(),
                                             locale.formattedDataSize(result.bytesWritten)));
    row(tr("Rows:"), result.rowsRejected > 0
                         ? tr("<b>%1</b> (%2 rejected row(s) left out)").arg(locale.toString(result.rowsWritten),
                                                                             locale.toString(result.rowsRejected))
                         : QStringLiteral("<b>%1</b>").arg(locale.toString(result.rowsWritten)));
    row(tr("Total value:"), QStringLiteral("<b>%1</b>").arg(ImportLedgerModel::totalValueText(result.totalValue.toString())));
    row(tr("Content SHA-256:"), QStringLiteral("<code>%1</code>").arg(QString::fromLatin1(result.sha256.toHex())));
    row(tr("Target:"), tr("<b>%1</b> · customer %2 · list <b>%3</b>")
                           .arg(s.connectionName.toHtmlEscaped(), customer.toHtmlEscaped(), s.listId.toHtmlEscaped()));
    row(tr("Polling:"), tr("every %1 s").arg(s.pollIntervalSeconds));
    m_facts->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));

    const DuplicateVerdict &verdict = s.verdict;
    if (verdict.duplicate) {
        QStringList earlier;
        for (const ImportLedgerEntry &entry : verdict.earlier) {
            earlier.append(tr("<li>%1: import %2, batch %3, %4</li>")
                               .arg(utcText(entry.createdAt), entry.importId.toHtmlEscaped(),
                                    entry.batchId.isEmpty() ? QStringLiteral("—") : entry.batchId.toHtmlEscaped(),
                                    importStateDisplayName(entry.state).toHtmlEscaped()));
        }
        m_verdict->setStyleSheet(QStringLiteral("QLabel#verdictLabel { background: #fdecea; border: 1px solid #b3261e;"
                                                " border-radius: 4px; padding: 8px; }"));
        m_verdict->setText(tr("<b>Already imported.</b> %1<ul>%2</ul>")
                               .arg(verdict.text.toHtmlEscaped(), earlier.join(QString())));
        m_override->setText(tr("I know: import these %1 rows to list %2 again (Carma will hold them twice)")
                                .arg(locale.toString(result.rowsWritten), s.listId));
        m_overrideGroup->show();
        const QSignalBlocker blocker(m_override);
        m_override->setChecked(false);
        m_confirmEdit->clear();
        m_confirmEdit->setEnabled(false);
        m_overrideNote->setEnabled(false);
    } else {
        m_verdict->setStyleSheet(QStringLiteral("QLabel#verdictLabel { background: #e8f3ea; border: 1px solid #2e7d32;"
                                                " border-radius: 4px; padding: 8px; }"));
        m_verdict->setText(tr("The import ledger has no earlier import of this content to list %1.")
                               .arg(s.listId.toHtmlEscaped()));
        m_overrideGroup->hide();
    }
    emit completeChanged();
}

bool ImportConfirmPage::isComplete() const
{
    if (state().uploadStarted || !state().conversionIsCurrent())
        return false;
    if (!state().verdict.duplicate)
        return true;
    return m_override->isChecked() && m_confirmEdit->text().trimmed() == state().listId;
}

bool ImportConfirmPage::validatePage()
{
    // Back from the upload page (programmatic: the button is disabled) only leads forward again;
    // the upload page's guard keeps it from starting a second upload.
    if (state().uploadStarted)
        return true;
    if (!isComplete())
        return false;
    state().overrideDuplicate = state().verdict.duplicate;
    state().overrideNote = state().verdict.duplicate ? m_overrideNote->text().trimmed() : QString();
    return true;
}

// ---------------------------------------------------------------------------------------------
// 7. Upload

ImportUploadPage::ImportUploadPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_stage(factLabel(this))
    , m_bar(new QProgressBar(this))
    , m_bytes(factLabel(this))
    , m_message(factLabel(this))
    , m_cancel(new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("Cancel the Upload"), this))
{
    setTitle(tr("Uploading"));
    setSubTitle(tr("The import is journalled in the ledger before each request, and the file is streamed "
                   "from disk. Cancel works until the last byte has been sent."));
    m_stage->setObjectName(QStringLiteral("uploadStage"));
    m_bar->setRange(0, 1000);
    m_bar->setObjectName(QStringLiteral("uploadBar"));
    m_cancel->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    m_message->setObjectName(QStringLiteral("uploadMessage"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addLayout(row);
    layout->addWidget(m_bytes);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportUploadPage::cancelUpload);
}

void ImportUploadPage::initializePage()
{
    startUpload();
}

void ImportUploadPage::startUpload()
{
    // Exactly once per wizard: Back is gone after the commit page, and this guard covers the rest.
    if (state().job || state().uploadStarted)
        return;
    ImportService *service = importWizard()->service();
    if (service == nullptr || !state().conversionIsCurrent())
        return;
    ImportRequest request;
    request.filePath = state().conversion->outputPath;
    request.sourcePath = state().sourcePath;
    request.connectionName = state().connectionName;
    request.listId = state().listId;
    request.overrideDuplicate = state().overrideDuplicate;
    request.overrideNote = state().overrideNote;
    request.pollIntervalSeconds = state().pollIntervalSeconds;
    request.assessment = state().assessment();
    importWizard()->lockHistory();
    ImportJob *job = service->startImport(request);
    ++m_starts;
    state().job = job;
    m_stage->setText(stepsText(job->stage()));
    connect(job, &ImportJob::stageChanged, this, &ImportUploadPage::stageChanged);
    // One signal per 16 KiB sent: the text (which lays the page out again) changes at most 5 times a second.
    connect(job, &ImportJob::uploadProgress, this, [this, shown = QElapsedTimer()](qint64 sent, qint64 total) mutable {
        if (total > 0)
            m_bar->setValue(int(qBound(qint64(0), sent * 1000 / total, qint64(1000))));
        if (shown.isValid() && shown.elapsed() < 200 && sent < total)
            return;
        shown.start();
        QLocale locale;
        m_bytes->setText(tr("%1 of %2 sent").arg(locale.formattedDataSize(sent), locale.formattedDataSize(total)));
    });
    connect(job, &ImportJob::checkProgress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    });
    connect(job, &ImportJob::waiting, this, [this](const QString &reason, qint64 seconds) {
        m_message->setText(seconds > 0 ? tr("Carma asks to wait %1 before a new import (%2). The console waits "
                                            "and then creates the import; nothing was sent yet.")
                                             .arg(Format::duration(seconds), reason.toHtmlEscaped())
                                       : QString());
    });
    connect(job, &ImportJob::failed, this, [this](ImportJob::Failure, const QString &text) {
        m_message->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        emit completeChanged();
    });
    connect(job, &ImportJob::cancelled, this, [this] {
        m_message->setText(tr("Cancelled: nothing was delivered to Carma."));
        emit completeChanged();
    });
    stageChanged(job->stage());
}

// The steps of an import, ticked off as the job goes: the operator sees what has been sent.
static QString stepsText(ImportStage stage)
{
    static const ImportStage order[] = {ImportStage::Checking, ImportStage::Journalled, ImportStage::CreatingImport,
                                        ImportStage::Uploading, ImportStage::Polling};
    int current = -1;
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (order[i] == stage)
            current = i;
    }
    if (stage == ImportStage::WaitingToCreate)
        current = 2;
    if (stage == ImportStage::Finished)
        current = int(std::size(order));
    QStringList lines;
    for (int i = 0; i < int(std::size(order)); ++i) {
        const QString name = importStageDisplayName(i == current ? stage : order[i]).toHtmlEscaped();
        if (current < 0)
            lines.append(QStringLiteral("○ %1").arg(name));
        else if (i < current)
            lines.append(QStringLiteral("<span style='color:#2e7d32'>✓</span> %1").arg(name));
        else if (i == current)
            lines.append(QStringLiteral("▶ <b>%1</b>").arg(name));
        else
            lines.append(QStringLiteral("<span style='color:gray'>○ %1</span>").arg(name));
    }
    if (current < 0)
        lines.append(QStringLiteral("▶ <b>%1</b>").arg(importStageDisplayName(stage).toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

void ImportUploadPage::stageChanged(ImportStage stage)
{
    ImportJob *job = state().job;
    m_stage->setText(stepsText(stage));
    m_cancel->setEnabled(job && job->canCancel());
    if (stage == ImportStage::Polling || stage == ImportStage::Finished) {
        m_bar->setValue(1000);
        m_cancel->setEnabled(false);
    }
    emit completeChanged();
    // The data is with Carma: go on to the batch by itself.
    if ((stage == ImportStage::Polling || stage == ImportStage::Finished) && wizard()
        && wizard()->currentPage() == this)
        QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
}

void ImportUploadPage::cancelUpload()
{
    ImportJob *job = state().job;
    if (!job)
        return;
    QString why;
    if (!job->cancel(&why))
        m_message->setText(why.toHtmlEscaped());
    m_cancel->setEnabled(job->canCancel());
}

int ImportUploadPage::nextId() const
{
    const ImportJob *job = state().job;
    if (job && (job->stage() == ImportStage::Failed || job->stage() == ImportStage::Cancelled))
        return ImportWizard::SummaryPageId;
    return ImportWizard::PollPageId;
}

bool ImportUploadPage::isComplete() const
{
    const ImportJob *job = state().job;
    if (!job)
        return false;
    return job->isDone() || job->stage() == ImportStage::Polling;
}

// ---------------------------------------------------------------------------------------------
// 8. Poll

ImportPollPage::ImportPollPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_ids(factLabel(this))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counters(factLabel(this))
    , m_next(factLabel(this))
    , m_interval(new QSpinBox(this))
    , m_pollNow(new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("Poll &Now"), this))
    , m_message(factLabel(this))
{
    setTitle(tr("Carma is importing the batch"));
    setSubTitle(tr("The batch is read every poll interval until it is FINISHED or ERROR. You may close "
                   "this window: polling goes on, and the Imports pane shows it."));
    m_status->setObjectName(QStringLiteral("batchStatus"));
    QFont font = m_status->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_status->setFont(font);
    m_bar->setObjectName(QStringLiteral("batchBar"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m rows"));
    setUpPollSpin(m_interval);
    m_interval->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_pollNow->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("pollMessage"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(new QLabel(tr("Poll every:"), this));
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_pollNow);
    intervalRow->addSpacing(16);
    intervalRow->addWidget(m_next, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ids);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_counters);
    layout->addSpacing(8);
    layout->addLayout(intervalRow);
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ImportPollPage::tick);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (ImportJob *job = state().job)
            job->setPollIntervalSeconds(seconds);
        tick();
    });
    connect(m_pollNow, &QPushButton::clicked, this, [this] {
        if (ImportJob *job = state().job)
            job->pollNow();
    });
}

void ImportPollPage::initializePage()
{
    ImportJob *job = state().job;
    if (!job)
        return;
    {
        const QSignalBlocker blocker(m_interval);
        m_interval->setValue(job->pollIntervalSeconds());
    }
    connect(job, &ImportJob::entryChanged, this, &ImportPollPage::update, Qt::UniqueConnection);
    connect(job, &ImportJob::stageChanged, this, &ImportPollPage::update, Qt::UniqueConnection);
    connect(job, &ImportJob::failed, this, &ImportPollPage::update, Qt::UniqueConnection);
    m_countdown.start();
    update();
}

QString ImportPollPage::batchStatus() const
{
    const ImportJob *job = state().job;
    return job ? job->entry().batchStatus : QString();
}

void ImportPollPage::update()
{
    ImportJob *job = state().job;
    if (!job)
        return;
    const ImportLedgerEntry entry = job->entry();
    QLocale locale;
    m_ids->setText(tr("Import <code>%1</code> · batch <b>%2</b> · %3")
                       .arg(entry.importId.toHtmlEscaped(), entry.batchId.toHtmlEscaped(), entry.targetText().toHtmlEscaped()));
    QString status = entry.batchStatus.isEmpty() ? importStageDisplayName(job->stage()) : entry.batchStatus;
    m_status->setText(status);
    QString color = QStringLiteral("#2f5f96");
    if (entry.batchStatus == QLatin1String("FINISHED"))
        color = QStringLiteral("#2e7d32");
    else if (entry.batchStatus == QLatin1String("ERROR") || job->stage() == ImportStage::Failed)
        color = QStringLiteral("#b3261e");
    m_status->setStyleSheet(QStringLiteral("QLabel#batchStatus { color: %1; }").arg(color));
    const qint64 total = entry.total > 0 ? entry.total : entry.rows;
    if (total > 0 && total < std::numeric_limits<int>::max()) {
        m_bar->setRange(0, int(total));
        m_bar->setValue(int(qBound(qint64(0), qMax(entry.processed, qint64(0)), total)));
        m_bar->setFormat(tr("%1 of %2 rows").arg(locale.toString(qMax(entry.processed, qint64(0))), locale.toString(total)));
    }
    m_counters->setText(entry.processed < 0
                            ? tr("Waiting for the first read of the batch…")
                            : tr("Processed <b>%1</b> · affected <b>%2</b> · total <b>%3</b> · started %4 · ended %5")
                                  .arg(locale.toString(entry.processed), locale.toString(entry.affected),
                                       locale.toString(entry.total), utcText(entry.batchStartTime),
                                       utcText(entry.batchEndTime)));
    m_message->setText(job->stage() == ImportStage::Failed ? QStringLiteral("<b>%1</b>").arg(job->errorText().toHtmlEscaped())
                                                           : QString());
    const bool polling = job->stage() == ImportStage::Polling;
    m_pollNow->setEnabled(polling);
    m_interval->setEnabled(polling);
    if (job->isDone())
        m_countdown.stop();
    tick();
    emit completeChanged();
}

void ImportPollPage::tick()
{
    ImportJob *job = state().job;
    if (!job || job->stage() != ImportStage::Polling) {
        m_next->clear();
        return;
    }
    const QDateTime next = job->nextPollAt();
    if (!next.isValid()) {
        m_next->setText(tr("Reading the batch…"));
        return;
    }
    const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next));
    m_next->setText(tr("Next read in %1").arg(Format::duration(seconds)));
}

bool ImportPollPage::isComplete() const
{
    const ImportJob *job = state().job;
    return job && job->isDone();
}

// ---------------------------------------------------------------------------------------------
// 9. Summary

ImportSummaryPage::ImportSummaryPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_title(new QLabel(this))
    , m_summary(factLabel(this))
    , m_showImports(new QPushButton(tr("Show in the &Imports Pane"), this))
{
    setTitle(tr("Summary"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_showImports->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_showImports, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_showImports, &QPushButton::clicked, this, [this] {
        if (ImportJob *job = state().job)
            emit importWizard()->showImportsRequested(job->entryId());
    });
}

void ImportSummaryPage::initializePage()
{
    ImportJob *job = state().job;
    if (!job) {
        m_title->setText(tr("Nothing was imported."));
        m_summary->clear();
        m_showImports->hide();
        return;
    }
    const ImportLedgerEntry entry = job->entry();
    switch (job->stage()) {
    case ImportStage::Finished:
        m_title->setText(tr("Imported: Carma finished the batch."));
        break;
    case ImportStage::Cancelled:
        m_title->setText(tr("Cancelled: nothing was delivered to Carma."));
        break;
    case ImportStage::Failed:
        m_title->setText(tr("The import failed."));
        break;
    default:
        m_title->setText(tr("The import goes on in the background."));
        break;
    }
    QLocale locale;
    QStringList rows;
    auto row = [&rows](const QString &name, const QString &value) {
        rows.append(QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>").arg(name, value));
    };
    row(tr("File:"), entry.fileName.toHtmlEscaped());
    row(tr("Rows:"), locale.toString(entry.rows));
    row(tr("Total value:"), ImportLedgerModel::totalValueText(entry.totalValue).toHtmlEscaped());
    row(tr("Target:"), entry.targetText().toHtmlEscaped());
    row(tr("Import id:"), entry.importId.isEmpty() ? QStringLiteral("—") : entry.importId.toHtmlEscaped());
    row(tr("Batch id:"), entry.batchId.isEmpty() ? QStringLiteral("—") : entry.batchId.toHtmlEscaped());
    row(tr("Status:"), entry.progressText().toHtmlEscaped());
    if (entry.processed >= 0)
        row(tr("Processed / affected / total:"), tr("%1 / %2 / %3")
                                                      .arg(locale.toString(entry.processed), locale.toString(entry.affected),
                                                           locale.toString(entry.total)));
    row(tr("Started:"), utcText(entry.createdAt));
    row(tr("Ended:"), utcText(entry.finishedAt));
    row(tr("Content SHA-256:"), QStringLiteral("<code>%1</code>").arg(shortHash(entry.sha256)));
    if (!entry.overrideNote.isEmpty())
        row(tr("Duplicate override:"), entry.overrideNote.toHtmlEscaped());
    if (!entry.errorText.isEmpty())
        row(tr("Problem:"), QStringLiteral("<b>%1</b>").arg(entry.errorText.toHtmlEscaped()));
    m_summary->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_showImports->setVisible(job->entryId() > 0);
}

} // namespace cdp::ui
