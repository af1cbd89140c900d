#pragma once

#include "events/eventcomposer.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QWidget;

namespace cdp {
class OrderEventsService;
}

namespace cdp::ui {

// The event composer (issue 6): pick an eSputnik event type, fill its parameters (required ones
// marked), edit the items table, watch the exact request body and the validation as you type, and
// Send it into the durable outbox. A second tab takes a raw JSON body instead (pasted), validated
// the same way. Send is refused while there are errors, and an event just queued cannot be queued
// again by a second click: the draft has to change first.
class EventComposerDialog : public QDialog
{
    Q_OBJECT
public:
    enum ItemColumn { ItemId, ItemName, ItemCategory, ItemQuantity, ItemPrice, ItemDiscount, ItemUrl, ItemImageUrl,
                      ItemDescription, ItemColumnCount };

    explicit EventComposerDialog(OrderEventsService *service, QWidget *parent = nullptr);
    ~EventComposerDialog() override;

    void setEventType(EventType type);
    EventType eventType() const;
    // Fills the form from `draft` (its type, values and items).
    void setDraft(const EventDraft &draft);
    // The draft of the active tab: the form's, or the parsed raw body (empty draft when it does not parse).
    EventDraft draft() const;
    EventDraft formDraft() const;
    QList<EventProblem> problems() const { return m_problems; }
    bool hasErrors() const;

    void setRawMode(bool raw);
    bool isRawMode() const;
    void setRawText(const QString &text);
    // Raw tab → form (when the raw body parses).
    bool loadRawIntoForm();

    // Validates and enqueues the current draft; returns the outbox id or 0 (problems/status shown).
    qint64 send();
    qint64 lastQueuedId() const { return m_lastQueuedId; }
    // The draft shown is a copy of outbox entry `id`: Send stays off until something is changed,
    // so opening an event never re-sends it by accident.
    void markAsCopyOf(qint64 id);

    // For tests and screenshots.
    QComboBox *typeCombo() const { return m_typeCombo; }
    QLineEdit *keyValueEdit() const { return m_keyValue; }
    QWidget *paramEditor(const QString &name) const;          // the editor of a parameter (null when absent)
    QLabel *paramProblemLabel(const QString &name) const;     // its inline problem line
    void setParamText(const QString &name, const QString &text);   // line edits and status combos
    QTableWidget *itemsTable() const { return m_items; }
    void addItem(const EventItem &item);
    QComboBox *productsShapeCombo() const { return m_productsShape; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    QPlainTextEdit *rawEdit() const { return m_raw; }
    QListWidget *problemList() const { return m_problemList; }
    QPushButton *sendButton() const { return m_sendButton; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void queued(qint64 id);

private:
    struct Field
    {
        EventParamSpec spec;
        QLabel *label = nullptr;
        QLineEdit *line = nullptr;
        QComboBox *combo = nullptr;        // status
        QCheckBox *include = nullptr;      // optional dates
        QDateTimeEdit *dateEdit = nullptr;
        QComboBox *zoneCombo = nullptr;
        QWidget *editor = nullptr;         // what is in the form row
        QLabel *problem = nullptr;
    };

    QWidget *buildFormTab();
    QWidget *buildRawTab();
    QWidget *buildPreviewSide();
    void rebuildForm(const EventDraft &values);
    Field makeField(const EventParamSpec &spec, QWidget *parent);
    QString fieldValue(const Field &field) const;
    void setFieldValue(Field &field, const QString &value);
    void configureItemsTable(EventType type);
    QList<EventItem> itemsFromTable() const;
    void addItemRow(const EventItem &item);
    void removeSelectedItems();
    void followKeyValue();
    void updateAll();
    void showProblems();
    void updateSendButton();
    void updateConnectionNote();
    void copyBody();

    QPointer<OrderEventsService> m_service;
    QComboBox *m_typeCombo;
    QLabel *m_typeDescription;
    QLabel *m_connectionNote;
    QTabWidget *m_tabs;
    // Form tab
    QLineEdit *m_keyValue = nullptr;
    QLabel *m_keyValueProblem = nullptr;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fields;
    QList<EventParam> m_extraParams;       // parameters of a loaded draft the form has no field for
    QLabel *m_extraLabel = nullptr;
    QGroupBox *m_itemsBox = nullptr;
    QTableWidget *m_items = nullptr;
    QCheckBox *m_itemsAsParam = nullptr;
    QComboBox *m_productsShape = nullptr;
    QLabel *m_itemsTotal = nullptr;
    QLabel *m_itemsProblem = nullptr;
    QPushButton *m_removeItemButton = nullptr;
    // Raw tab
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_loadRawButton = nullptr;
    // Preview side
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_previewCaption = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sendButton = nullptr;

    EventType m_type = EventType::OrderCreated;
    QList<EventProblem> m_problems;
    std::optional<EventDraft> m_rawDraft;
    std::optional<EventDraft> m_lastQueued;
    qint64 m_lastQueuedId = 0;
    bool m_keyValueEdited = false;
    bool m_updating = false;
    bool m_sending = false;
};

} // namespace cdp::ui
