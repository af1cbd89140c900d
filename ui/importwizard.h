#pragma once

#include "csv/carmaconversion.h"
#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/mappingprofile.h"
#include "csv/sourceanalysis.h"
#include "imports/importservice.h"

#include <QPointer>
#include <QString>
#include <QTemporaryDir>
#include <QWizard>

#include <memory>
#include <optional>

class QMimeData;

namespace cdp {
class ConsoleSession;
class ImportService;
}

namespace cdp::ui {

class ImportFilePage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportValidatePage;
class ImportTargetPage;
class ImportConfirmPage;
class ImportUploadPage;
class ImportPollPage;
class ImportSummaryPage;

bool sameDialect(const csv::CsvDialect &a, const csv::CsvDialect &b);

// What the pages of one import wizard share. Each result remembers the inputs it was made from,
// so going Back and changing something recomputes exactly what depends on it.
struct ImportWizardState
{
    // File and dialect (pages 1-2).
    QString sourcePath;
    qint64 sourceSize = 0;
    csv::CsvDialect sniffed;      // what the sniffer guessed
    csv::CsvDialect dialect;      // what the operator confirmed

    // Analysis of the whole source (page 3): valid for analysisPath + analysisDialect.
    std::optional<csv::SourceAnalysis> analysis;
    QString analysisPath;
    csv::CsvDialect analysisDialect;
    csv::ColumnMapping mapping;
    QString profileName;          // the profile the mapping was loaded from or saved as

    // Conversion (page 4): valid for conversionPath + conversionDialect + conversionMapping.
    std::optional<csv::ConversionResult> conversion;
    QString conversionPath;
    csv::CsvDialect conversionDialect;
    csv::ColumnMapping conversionMapping;
    QString rejectedRowsPath;     // rejected source records (header + rows), when any
    bool leaveOutBadRows = false;

    // Target (page 5) and the verdict (page 6).
    QString connectionName;
    QString listId;
    DuplicateVerdict verdict;
    bool overrideDuplicate = false;
    QString overrideNote;
    int pollIntervalSeconds = ImportService::DefaultPollIntervalSeconds;

    // The import (pages 7-9).
    QPointer<ImportJob> job;
    bool uploadStarted = false;   // once true, nothing before the upload page can be revisited

    bool analysisIsCurrent() const;
    bool conversionIsCurrent() const;
    FileAssessment assessment() const;   // of the converted file (from the conversion)
};

// "Import purchase history": the operator's path from any purchase export to a finished Carma
// batch. File → preview → mapping → validation → target → confirmation → upload → polling →
// summary. Reading, analysing and converting run on worker threads with progress and Cancel;
// once the upload started, Back is gone and the upload cannot be started a second time.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        ValidatePageId,
        TargetPageId,
        ConfirmPageId,
        UploadPageId,
        PollPageId,
        SummaryPageId,
    };
    Q_ENUM(PageId)

    ImportWizard(ConsoleSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Sets the source file (as if picked or dropped on the first page); false with a reason when
    // it cannot be read.
    bool setSourceFile(const QString &path, QString *error = nullptr);

    ImportWizardState &state() { return m_state; }
    ConsoleSession *session() const { return m_session; }
    ImportService *service() const;
    csv::MappingProfileStore &profileStore() { return m_profiles; }
    void setProfileDirectory(const QString &directory) { m_profiles = csv::MappingProfileStore(directory); }
    // Where converted files and rejected rows go (a temporary directory that lives as long as the
    // wizard unless an import used the file; then it is kept for the ledger's resumption).
    QString workDirectory();

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValidatePage *validatePage() const { return m_validatePage; }
    ImportTargetPage *targetPage() const { return m_targetPage; }
    ImportConfirmPage *confirmPage() const { return m_confirmPage; }
    ImportUploadPage *uploadPage() const { return m_uploadPage; }
    ImportPollPage *pollPage() const { return m_pollPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

    // Called by the upload page when the import request went out: Back disappears everywhere.
    void lockHistory();

Q_SIGNALS:
    // The summary's "Show in Imports" button: open the ledger entry in the Imports pane.
    void showImportsRequested(qint64 entryId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    ConsoleSession *m_session;
    ImportWizardState m_state;
    csv::MappingProfileStore m_profiles;
    std::unique_ptr<QTemporaryDir> m_workDir;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportValidatePage *m_validatePage;
    ImportTargetPage *m_targetPage;
    ImportConfirmPage *m_confirmPage;
    ImportUploadPage *m_uploadPage;
    ImportPollPage *m_pollPage;
    ImportSummaryPage *m_summaryPage;
};

// Local file path from a drag (the first local file), empty when the drag carries none.
QString localFileFromMime(const QMimeData *mime);

} // namespace cdp::ui
