#include "importwizard.h"

#include "icons.h"
#include "importwizardpages.h"

#include "session/consolesession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QHBoxLayout>
#include <QStandardPaths>

namespace cdp::ui {

bool sameDialect(const csv::CsvDialect &a, const csv::CsvDialect &b)
{
    return a.delimiter == b.delimiter && a.encoding == b.encoding && a.byteOrderMark == b.byteOrderMark
        && a.hasHeader == b.hasHeader;
}

bool ImportWizardState::analysisIsCurrent() const
{
    return analysis.has_value() && analysisPath == sourcePath && sameDialect(analysisDialect, dialect);
}

bool ImportWizardState::conversionIsCurrent() const
{
    return conversion.has_value() && conversionPath == sourcePath && sameDialect(conversionDialect, dialect)
        && conversionMapping == mapping;
}

FileAssessment ImportWizardState::assessment() const
{
    FileAssessment assessment;
    if (!conversion || !conversion->isSuccess())
        return assessment;
    const csv::ConversionResult &result = *conversion;
    const QFileInfo info(result.outputPath);
    assessment.filePath = info.absoluteFilePath();
    assessment.fileSize = info.size();
    assessment.lastModified = info.lastModified().toUTC();
    assessment.rows = result.rowsWritten;
    assessment.validRows = result.rowsWritten;
    assessment.invalidRows = 0;       // rejected rows are not in the written file
    assessment.errorCount = 0;        // every written line passed the validator's line checker
    assessment.warningCount = result.rowsWithWarnings;
    assessment.totalValue = result.totalValue.toString();
    assessment.sha256 = result.sha256;
    return assessment;
}

QString localFileFromMime(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

BackgroundProgress::BackgroundProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(Icons::icon(QStringLiteral("cancel")), tr("Cancel"), this))
{
    m_cancel->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_bar->setRange(0, 1000);
    m_bar->setMinimumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundProgress::poll);
    connect(m_cancel, &QPushButton::clicked, this, &BackgroundProgress::cancel);
    hide();
}

std::shared_ptr<BackgroundProgress::Shared> BackgroundProgress::begin(const QString &what, qint64 total)
{
    m_shared = std::make_shared<Shared>();
    m_shared->total = total;
    m_what = what;
    m_running = true;
    m_label->setText(what);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
    m_timer.start();
    return m_shared;
}

void BackgroundProgress::end()
{
    m_running = false;
    m_timer.stop();
    hide();
}

void BackgroundProgress::cancel()
{
    if (!m_running || !m_shared)
        return;
    m_shared->cancel = true;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
    emit cancelRequested();
}

void BackgroundProgress::poll()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total.load();
    const qint64 done = m_shared->done.load();
    if (total > 0)
        m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    else
        m_bar->setRange(0, 0);
}

// ---------------------------------------------------------------------------------------------

ImportWizard::ImportWizard(ConsoleSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_filePage(new ImportFilePage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_validatePage(new ImportValidatePage(this))
    , m_targetPage(new ImportTargetPage(this))
    , m_confirmPage(new ImportConfirmPage(this))
    , m_uploadPage(new ImportUploadPage(this))
    , m_pollPage(new ImportPollPage(this))
    , m_summaryPage(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import Purchase History"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setAcceptDrops(true);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidatePageId, m_validatePage);
    setPage(TargetPageId, m_targetPage);
    setPage(ConfirmPageId, m_confirmPage);
    setPage(UploadPageId, m_uploadPage);
    setPage(PollPageId, m_pollPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
    setButtonText(QWizard::CommitButton, tr("&Upload"));
    // Once uploading, there is no way back: a programmatic back() to the confirmation returns at once.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_state.uploadStarted && id >= 0 && id < UploadPageId)
            QMetaObject::invokeMethod(this, &QWizard::next, Qt::QueuedConnection);
    });
    resize(1120, 780);
}

ImportWizard::~ImportWizard()
{
    // An import that started keeps its files: the ledger may need them to resume after a restart.
    if (m_workDir && m_state.uploadStarted)
        m_workDir->setAutoRemove(false);
}

ImportService *ImportWizard::service() const
{
    return m_session->imports();
}

bool ImportWizard::setSourceFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QString why;
    if (path.trimmed().isEmpty())
        why = tr("Choose a file.");
    else if (!info.exists())
        why = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    else if (!info.isFile())
        why = tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
    else if (!info.isReadable())
        why = tr("%1 cannot be read (permissions).").arg(QDir::toNativeSeparators(path));
    else if (info.size() == 0)
        why = tr("%1 is empty.").arg(QDir::toNativeSeparators(path));
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_state.sourcePath = info.absoluteFilePath();
    m_state.sourceSize = info.size();
    if (m_filePage->pathEdit()->text() != m_state.sourcePath)
        m_filePage->setPath(m_state.sourcePath);
    return true;
}

QString ImportWizard::workDirectory()
{
    if (!m_workDir) {
        QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (base.isEmpty())
            base = QDir::tempPath();
        base += QStringLiteral("/imports");
        QDir().mkpath(base);
        m_workDir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/import-XXXXXX"));
        if (!m_workDir->isValid())
            m_workDir = std::make_unique<QTemporaryDir>();
    }
    return m_workDir->path();
}

void ImportWizard::lockHistory()
{
    m_state.uploadStarted = true;
    if (m_workDir)
        m_workDir->setAutoRemove(false);
    // Back must never lead to a second upload: every page from here on is a point of no return.
    for (int id : pageIds()) {
        if (id >= UploadPageId)
            page(id)->setCommitPage(true);
    }
    button(QWizard::BackButton)->setEnabled(false);
    // Closing no longer stops anything: the upload page has its own Cancel, polling goes on.
    setButtonText(QWizard::CancelButton, tr("Close"));
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (currentId() <= PreviewPageId && !localFileFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QWizard::dragEnterEvent(event);
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QString path = localFileFromMime(event->mimeData());
    if (currentId() > PreviewPageId || path.isEmpty()) {
        QWizard::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    QString error;
    if (!setSourceFile(path, &error)) {
        m_filePage->setPath(path);   // shows the reason
        return;
    }
    if (currentId() == PreviewPageId)
        m_previewPage->initializePage();
    else
        next();
}

void ImportWizard::reject()
{
    if (m_mappingPage->isAnalysing() || m_validatePage->isRunning()) {
        // Stop the worker first; the page re-enables Close when it has ended.
        m_validatePage->cancel();
    }
    QWizard::reject();
}

} // namespace cdp::ui
