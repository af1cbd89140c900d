#pragma once

#include "importwizard.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace cdp {
class ImportProblemModel;
class ImportRuleCountModel;
}

namespace cdp::ui {

class StateView;

// Runs one long job on the thread pool and shows its progress: a progress bar fed from an atomic
// byte counter (polled every 100 ms on the GUI thread), a status label and a Cancel button.
class BackgroundProgress : public QWidget
{
    Q_OBJECT
public:
    explicit BackgroundProgress(QWidget *parent = nullptr);

    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    // A fresh counter/cancel flag for the next job; the worker keeps its own reference.
    std::shared_ptr<Shared> begin(const QString &what, qint64 total);
    void end();
    bool isRunning() const { return m_running; }
    void cancel();

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    void poll();

    std::shared_ptr<Shared> m_shared;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer m_timer;
    QString m_what;
    bool m_running = false;
};

class ImportWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    // QWizard::next() does not look at isComplete(); every page does, so nothing is skipped.
    bool validatePage() override { return isComplete(); }

protected:
    ImportWizard *importWizard() const { return static_cast<ImportWizard *>(wizard()); }
    ImportWizardState &state() const { return importWizard()->state(); }
};

// 1. Pick the export: a path field, Browse…, or a file dropped onto the page.
class ImportFilePage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void updateInfo();

    QLineEdit *m_path;
    QLabel *m_drop;
    QLabel *m_info;
};

// 2. How the export is written: encoding, delimiter, header; a table of its first rows that
// follows every change.
class ImportPreviewPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override {}

    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *headerBox() const { return m_header; }
    QTableView *tableView() const { return m_table; }
    int previewColumnCount() const;

    static constexpr int PreviewRows = 50;

private:
    void sniff();
    void showDialog(const csv::CsvDialect &dialect);
    void controlsChanged();
    void reload();

    QString m_loadedPath;
    QByteArray m_sample;          // the start of the file
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QPushButton *m_detect;
    QLabel *m_detected;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_model;
    bool m_ok = false;
};

// 3. Which source column fills which Carma field, with transforms; open questions (day/month
// order, decimal separator) put to the operator; named profiles.
class ImportMappingPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isAnalysing() const { return m_progress->isRunning(); }
    QComboBox *layoutCombo() const { return m_layout; }
    QTableWidget *fieldTable() const { return m_table; }
    QComboBox *sourceCombo(int carmaColumn) const;
    QGroupBox *questionsBox() const { return m_questions; }
    // The radio buttons of the open questions: (carmaColumn, kind) -> buttons; for tests.
    QList<QRadioButton *> questionButtons(int carmaColumn) const;
    QComboBox *profileCombo() const { return m_profileCombo; }
    QLineEdit *profileNameEdit() const { return m_profileName; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    QPushButton *loadProfileButton() const { return m_loadProfile; }
    QLabel *issuesLabel() const { return m_issues; }

    void selectField(int carmaColumn);
    void setFieldSource(int carmaColumn, int sourceColumn);   // for tests and the combos
    bool loadProfile(const QString &name, QString *error = nullptr);
    bool saveProfile(const QString &name, QString *error = nullptr);

private:
    void analyse();
    void analysisDone();
    void rebuildAll();
    void rebuildTable();
    void updateRow(int carmaColumn);
    void rebuildQuestions();
    void updateEditor();
    void editorChanged();
    void sourceComboChanged(int carmaColumn);
    void layoutChanged();
    void refreshProfiles();
    void updateIssues();
    void askAboutPending();
    QString transformsText(const csv::FieldMapping &field) const;
    QString previewText(int carmaColumn) const;

    BackgroundProgress *m_progress;
    QFutureWatcher<csv::SourceAnalysis> m_watcher;
    QComboBox *m_layout;
    QComboBox *m_profileCombo;
    QPushButton *m_loadProfile;
    QPushButton *m_deleteProfile;
    QLineEdit *m_profileName;
    QPushButton *m_saveProfile;
    QGroupBox *m_questions;
    QVBoxLayout *m_questionsLayout;
    QTableWidget *m_table;
    QGroupBox *m_editor;
    QLineEdit *m_constant;
    QCheckBox *m_trim;
    QCheckBox *m_number;
    QComboBox *m_decimal;
    QCheckBox *m_date;
    QComboBox *m_dateOrder;
    QComboBox *m_zone;
    QLabel *m_samples;
    QLabel *m_issues;
    QLabel *m_note;
    // Questions asked since the last suggestion/load: (kind << 8 | carmaColumn).
    QList<int> m_asked;
    int m_current = 0;
    bool m_updating = false;
    QString m_analysedPath;
};

// 4. Converts the source into a Carma file (worker thread, progress, Cancel), checking every row
// against the seed's rules: rule counts, an error table that shows the offending line, export of
// the rejected rows, and the choice to leave them out.
class ImportValidatePage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportValidatePage(QWidget *parent = nullptr);
    ~ImportValidatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_progress->isRunning(); }
    void start();
    void cancel();
    QTableView *problemTable() const { return m_problems; }
    QTableView *ruleTable() const { return m_rules; }
    ImportProblemModel *problemModel() const { return m_problemModel; }
    ImportRuleCountModel *ruleModel() const { return m_ruleModel; }
    QCheckBox *leaveOutBox() const { return m_leaveOut; }
    QPushButton *exportRejectedButton() const { return m_exportRejected; }
    QPlainTextEdit *lineView() const { return m_lineView; }
    QLabel *summaryLabel() const { return m_summary; }
    void showProblemLine(const QModelIndex &proxyIndex);
    bool exportRejectedRows(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void lineShown(qint64 line);

private:
    void finished();
    void showResult();
    void filterByRule(const QModelIndex &index);

    BackgroundProgress *m_progress;
    QFutureWatcher<csv::ConversionResult> m_watcher;
    QLabel *m_summary;
    QTableView *m_rules;
    ImportRuleCountModel *m_ruleModel;
    QTableView *m_problems;
    ImportProblemModel *m_problemModel;
    QSortFilterProxyModel *m_problemProxy;
    QLineEdit *m_ruleFilter;
    QPlainTextEdit *m_lineView;
    QCheckBox *m_leaveOut;
    QPushButton *m_exportRejected;
    QPushButton *m_rerun;
    QFutureWatcher<QStringList> m_lineWatcher;
    qint64 m_lineRequested = 0;
    StateView *m_clean = nullptr;
    QStackedWidget *m_stack = nullptr;
};

// 5. Where the rows go: a Carma connection (its customer id shown) and the list id.
class ImportTargetPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportTargetPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {}

    QComboBox *connectionCombo() const { return m_connection; }
    QLineEdit *listEdit() const { return m_list; }
    QSpinBox *pollSpin() const { return m_poll; }

private:
    void updateConnection();

    QComboBox *m_connection;
    QLabel *m_customer;
    QLabel *m_baseUrl;
    QLabel *m_problem;
    QLineEdit *m_list;
    QSpinBox *m_poll;
};

// 6. What will happen: rows, total value, the ledger's verdict; a duplicate needs the operator
// to tick the override and type the list id again.
class ImportConfirmPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportConfirmPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {}

    QLabel *verdictLabel() const { return m_verdict; }
    QCheckBox *overrideBox() const { return m_override; }
    QLineEdit *overrideConfirmEdit() const { return m_confirmEdit; }
    bool isDuplicate() const { return state().verdict.duplicate; }

private:
    QLabel *m_facts;
    QLabel *m_verdict;
    QGroupBox *m_overrideGroup;
    QCheckBox *m_override;
    QLineEdit *m_confirmEdit;
    QLineEdit *m_overrideNote;
};

// 7. The upload: the request journalled and sent once; progress in bytes; Cancel while nothing
// was delivered.
class ImportUploadPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportUploadPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void cleanupPage() override {}

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *stageLabel() const { return m_stage; }
    QPushButton *cancelButton() const { return m_cancel; }
    int startCount() const { return m_starts; }   // how many times an import was started here

private:
    void startUpload();
    void stageChanged(ImportStage stage);
    void cancelUpload();

    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_bytes;
    QLabel *m_message;
    QPushButton *m_cancel;
    int m_starts = 0;
};

// 8. The batch: status and counters every poll interval (adjustable, never below 10 s).
class ImportPollPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportPollPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override {}

    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_bar; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QString batchStatus() const;

private:
    void update();
    void tick();

    QLabel *m_ids;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_counters;
    QLabel *m_next;
    QSpinBox *m_interval;
    QPushButton *m_pollNow;
    QLabel *m_message;
    QTimer m_countdown;
};

// 9. What happened, with the ledger entry's facts.
class ImportSummaryPage : public ImportWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(QWidget *parent = nullptr);

    void initializePage() override;
    QLabel *summaryLabel() const { return m_summary; }

private:
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_showImports;
};

} // namespace cdp::ui
