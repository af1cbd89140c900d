#pragma once

#include "pane.h"

#include "domain/userprofile.h"
#include "net/apierror.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace cdp {
class ApiReply;
class ConsoleSession;
class TimelineFilterProxy;
class TimelineModel;
}

namespace cdp::ui {

class EventDetailsView;
class KindFilterBar;
class ProfileFactsPanel;
class StateView;

// Profile Timeline: look a user id up through the session's UserProfiles connector and read one
// chronological table of every event kind, filterable by kind and text, with the selected event's
// details below and the profile's facts (segments, attributes, linked ids …) at the side.
class TimelinePane : public Pane
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Error, Loaded };
    Q_ENUM(State)

    explicit TimelinePane(ConsoleSession *session, QWidget *parent = nullptr);
    ~TimelinePane() override;

    QString paneKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void focusFilter() override;
    void refresh() override;
    void copySelection() override;
    void exportCsv() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    void lookUp(const QString &userId);
    void cancelLookup();
    void focusLookup();
    // Selects the newest shown event of `kind` (false when none is shown).
    bool selectFirstOfKind(ProfileEvent::Kind kind);

    State state() const { return m_state; }
    QString currentUserId() const { return m_profile.userId; }
    const UserProfile &profile() const { return m_profile; }
    const ApiError &lastError() const { return m_error; }

    // For tests: the widgets an operator uses.
    QLineEdit *lookupEdit() const { return m_lookupEdit; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTableView *tableView() const { return m_table; }
    KindFilterBar *kindFilter() const { return m_kinds; }
    ProfileFactsPanel *factsPanel() const { return m_facts; }
    EventDetailsView *detailsView() const { return m_details; }
    StateView *errorView() const { return m_errorView; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *retryButton() const { return m_retryButton; }

Q_SIGNALS:
    void lookupStarted(const QString &userId);
    void lookupFinished(bool ok, const QString &message);
    void connectionsRequested();

private:
    void buildEmptyState();
    void buildLoadingState();
    void buildErrorState();
    QWidget *buildContent();
    void setState(State state);
    void showProfile(const UserProfile &profile);
    void showError(const QString &userId, const ApiError &error);
    void onLookupDone(int generation, const QString &userId, const UserProfile &profile, const ApiError &error);
    void updateCount();
    void updateDetails();
    void updateSampleUsers();

    ConsoleSession *m_session;
    TimelineModel *m_model;
    TimelineFilterProxy *m_proxy;

    QLineEdit *m_lookupEdit;
    QPushButton *m_lookupButton;
    QStackedWidget *m_states;
    StateView *m_emptyView = nullptr;
    StateView *m_loadingView = nullptr;
    StateView *m_errorView = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_connectionsButton = nullptr;
    QList<QPushButton *> m_sampleButtons;

    KindFilterBar *m_kinds = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    EventDetailsView *m_details = nullptr;
    ProfileFactsPanel *m_facts = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;

    State m_state = State::Empty;
    State m_stateBeforeLoading = State::Empty;
    UserProfile m_profile;
    ApiError m_error;
    QString m_requestedUser;
    QPointer<ApiReply> m_reply;
    int m_generation = 0;
    bool m_columnsSized = false;
};

} // namespace cdp::ui
