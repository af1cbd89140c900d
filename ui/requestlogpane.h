#pragma once

#include "pane.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cdp {
class ConsoleSession;
class RequestLogFilterProxy;
class RequestLogModel;
}

namespace cdp::ui {

// Request Log: every HTTP attempt of the session (and earlier ones kept in the workspace), newest
// first, with secrets already removed. Filter by text, show errors only, clear, copy, export.
class RequestLogPane : public Pane
{
    Q_OBJECT
public:
    explicit RequestLogPane(ConsoleSession *session, QWidget *parent = nullptr);

    QString paneKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void focusFilter() override;
    void refresh() override;          // reloads the log from the workspace
    void copySelection() override;
    void exportCsv() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    void clearLog();

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }
    RequestLogModel *model() const { return m_model; }

private:
    void updateCount();

    ConsoleSession *m_session;
    RequestLogModel *m_model;
    RequestLogFilterProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QCheckBox *m_errorsOnly;
    QPushButton *m_clearButton;
    QTableView *m_table;
    QLabel *m_countLabel;
};

} // namespace cdp::ui
