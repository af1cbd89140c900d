#pragma once

#include "pane.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cdp {
class ConsoleSession;
class ImportLedgerFilterProxy;
class ImportLedgerModel;
class ImportService;
struct ImportLedgerEntry;
}

namespace cdp::ui {

class StateView;

// Imports: the import ledger of the workspace (every Carma purchase-history import attempt),
// newest first, updated live while uploads and batch polls go on. Filter, active only, copy,
// export, details of an entry, a new import.
class ImportsPane : public Pane
{
    Q_OBJECT
public:
    explicit ImportsPane(ConsoleSession *session, QWidget *parent = nullptr);

    QString paneKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void focusFilter() override;
    void refresh() override;          // reloads the ledger from the workspace
    void copySelection() override;
    void exportCsv() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Selects the entry's row (clearing a filter that hides it); false when it is not in the ledger.
    bool selectEntry(qint64 entryId);
    // The details dialog of an entry (non-modal); null when the id is unknown.
    QWidget *showDetails(qint64 entryId);

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *activeOnlyBox() const { return m_activeOnly; }
    ImportLedgerModel *model() const { return m_model; }
    ImportLedgerFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void newImportRequested();

private:
    void attachService();
    void entryChanged(qint64 entryId);
    void updateCount();
    void showContextMenu(const QPoint &pos);
    qint64 currentEntryId() const;

    ConsoleSession *m_session;
    ImportService *m_service = nullptr;
    ImportLedgerModel *m_model;
    ImportLedgerFilterProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QCheckBox *m_activeOnly;
    QPushButton *m_newImport;
    QTableView *m_table;
    QLabel *m_countLabel;
    QStackedWidget *m_stack;
    StateView *m_emptyView;   // shown while the ledger has no import at all
};

} // namespace cdp::ui
