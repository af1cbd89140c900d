#pragma once

#include "events/ordereventsservice.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cdp::ui {

// Bulk send (issue 6): choose a purchase file (Carma, or any CSV through a saved mapping profile),
// read it on a worker thread and show how it groups (orders, items, contacts, skipped rows), then
// run it through OrderEventsService::startBulk — contacts first, then one event per order through
// the outbox — with progress, pause/resume and cancel. Closing the dialog does not stop a run;
// opening it again shows the running one.
class BulkSendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkSendDialog(OrderEventsService *service, QWidget *parent = nullptr);
    ~BulkSendDialog() override;

    BulkOrdersOptions options() const;
    void setPurchaseFile(const QString &path);
    void setOptions(const BulkOrdersOptions &options);

    void analyse();          // reads the file on a worker thread; analysed() when done
    bool start();            // starts the run (after a successful analysis of the same options)
    void togglePause();
    void cancelRun();        // asks first

    bool isAnalysed() const { return m_analysed; }
    bool isPaused() const;
    BulkProgress summary() const { return m_summary; }
    qint64 summaryItems() const { return m_items; }

    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *analyseButton() const { return m_analyseButton; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void analysed(bool ok);

private:
    struct Analysis
    {
        BulkProgress progress;
        qint64 items = 0;
        QString error;
    };

    void browse();
    void optionsChanged();
    void onAnalysed();
    void onProgress(const BulkProgress &progress);
    void onFinished(const BulkProgress &progress);
    void updateButtons();

    QPointer<OrderEventsService> m_service;
    QLineEdit *m_file;
    QComboBox *m_format;
    QComboBox *m_profile;
    QComboBox *m_eventType;
    QComboBox *m_status;
    QLineEdit *m_currency;
    QComboBox *m_timeZone;
    QComboBox *m_identifier;
    QCheckBox *m_uploadContacts;
    QSpinBox *m_maxOrders;
    QPushButton *m_analyseButton;
    QLabel *m_summaryLabel;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QFutureWatcher<Analysis> m_watcher;
    BulkProgress m_summary;
    qint64 m_items = 0;
    bool m_analysed = false;
    bool m_running = false;
};

} // namespace cdp::ui
