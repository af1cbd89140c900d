#pragma once

#include "pane.h"

#include "events/eventcomposer.h"
#include "events/orderstate.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace cdp {
class ConsoleSession;
class OrderEventsService;
class OutboxFilterModel;
class OutboxModel;
struct DemoEndpoint;
}

namespace cdp::ui {

class BulkSendDialog;
class EventComposerDialog;

// Order Events (issue 6): every eSputnik event in the durable outbox — queued, sending, delivered,
// rejected (with the HTTP status and the server's text), failed and waiting for a retry, unconfirmed
// after a crash, discarded — filterable by text, state and type; pause/resume of the sender,
// retry, confirm and discard (confirmed) of selected events; beside the table the history and
// status of the selected order with illegal transitions flagged; the composer (Ctrl+N) and bulk
// sends from a purchase file.
class OrderEventsPane : public Pane
{
    Q_OBJECT
public:
    // The state filter's choices, in the combo's order.
    enum class StateFilter { All, NeedsAttention, Pending, Delivered, Rejected, Failed, Unconfirmed, Discarded };
    Q_ENUM(StateFilter)

    explicit OrderEventsPane(ConsoleSession *session, QWidget *parent = nullptr);
    ~OrderEventsPane() override;

    QString paneKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void focusFilter() override;
    void refresh() override;           // reloads the outbox table from the workspace
    void copySelection() override;
    void exportCsv() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    EventComposerDialog *newEvent(EventType type = EventType::OrderCreated);
    EventComposerDialog *composer() const;
    // The composer with a copy of the event at `index` (its stored body; in the form when the type is known).
    EventComposerDialog *openCopy(const QModelIndex &index);
    BulkSendDialog *openBulkSend();
    BulkSendDialog *bulkSendDialog() const;

    void setStateFilter(StateFilter filter);
    void setTypeFilter(const QString &eventTypeKey);   // empty: all
    // Selection and the actions on it.
    bool selectEntry(qint64 id);                     // false when the entry is not shown
    QList<qint64> selectedIds() const;
    void retrySelected();        // asks first when an unconfirmed event is among them (may duplicate)
    void discardSelected();      // always asks first
    void confirmSelected();      // unconfirmed → delivered (the operator checked in eSputnik)
    void togglePaused();
    void showOrder(const QString &externalOrderId);
    QString shownOrder() const { return m_shownOrder; }

    // For tests and screenshots.
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *stateCombo() const { return m_stateCombo; }
    QComboBox *typeCombo() const { return m_typeCombo; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QTreeWidget *historyView() const { return m_history; }
    QLabel *orderStatusLabel() const { return m_orderStatus; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *countLabel() const { return m_countLabel; }
    OutboxModel *model() const { return m_model; }
    OutboxFilterModel *proxy() const { return m_proxy; }

    // A set of events of every type for the demo contacts (screenshots, tests): two orders through
    // their lifecycle (one with an illegal move), one order left open, and each behavioural event.
    static QList<EventDraft> sampleDrafts(const DemoEndpoint &endpoint);

Q_SIGNALS:
    void connectionsRequested();

private:
    QWidget *buildOrderPanel();
    void onEntriesAdded(const QList<qint64> &ids);
    void onEntryChanged(qint64 id);
    void flushChanged();
    void reloadKeepingSelection();
    void updateActions();
    void updateCount();
    void updateStatus();
    void updateTypeCombo();
    void updateOrderList();
    void updateOrderPanel();
    void onCurrentRowChanged();
    void applyStateFilter();

    ConsoleSession *m_session;
    OrderEventsService *m_service;
    OutboxModel *m_model;
    OutboxFilterModel *m_proxy;

    QPushButton *m_newButton;
    QPushButton *m_bulkButton;
    QPushButton *m_pauseButton;
    QPushButton *m_retryButton;
    QPushButton *m_confirmButton;
    QPushButton *m_discardButton;
    QLabel *m_statusLabel;
    QLineEdit *m_filterEdit;
    QComboBox *m_stateCombo;
    QComboBox *m_typeCombo;
    QTableView *m_table;
    QSplitter *m_splitter;
    QLabel *m_countLabel;

    // Order panel
    QComboBox *m_orderCombo = nullptr;
    QLabel *m_orderTitle = nullptr;
    QLabel *m_orderStatus = nullptr;
    QLabel *m_orderNote = nullptr;
    QTreeWidget *m_history = nullptr;
    QString m_shownOrder;

    QPointer<EventComposerDialog> m_composer;
    QPointer<BulkSendDialog> m_bulk;
    QSet<qint64> m_changed;
    QTimer m_flushTimer;
    QTimer m_ordersTimer;
    bool m_columnsSized = false;
};

} // namespace cdp::ui
