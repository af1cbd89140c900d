#pragma once

#include "pane.h"

#include "domain/customerkey.h"
#include "domain/purchaseline.h"
#include "models/purchasetotals.h"
#include "net/apierror.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cdp {
class ApiReply;
class ConsoleSession;
class PurchasesFilterProxy;
class PurchasesModel;
}

namespace cdp::ui {

class IdentifierField;
class ImageCache;
class PurchaseChartView;
class StateView;

// Customer Lookup (issue 4): one field for any identifier (e-mail, mobile, gcrId, customer code),
// the customer's purchases from the Algonomy Real-time CDP paged as the operator scrolls (or all
// at once with a progress bar), filtered, sorted on raw values, totalled per currency, charted,
// with lazily loaded product images. The pane owns the paging loop: the model asks for a page
// (fetchMoreRequested), the pane fetches it through the session and hands it back.
class CustomerLookupPane : public Pane
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Error, NoPurchases, Loaded };
    Q_ENUM(State)

    static constexpr int kPageSize = 100;          // while scrolling (and for page-number cursors)
    static constexpr int kLoadAllPageSize = 500;   // the sandbox's and CDP's largest page

    explicit CustomerLookupPane(ConsoleSession *session, QWidget *parent = nullptr);
    ~CustomerLookupPane() override;

    QString paneKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void focusFilter() override;
    void refresh() override;
    void copySelection() override;
    void exportCsv() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Looks `typed` up with the guessed kind (as if typed and Enter pressed).
    void lookUp(const QString &typed);
    void lookUp(const CustomerKey &key);
    void loadAll();
    void cancelLoading();
    void retry();
    void focusLookup();

    State state() const { return m_state; }
    CustomerKey currentKey() const { return m_key; }
    bool isLoadingAll() const { return m_loadingAll; }
    const ApiError &lastError() const { return m_error; }
    QString totalsText() const;

    // For tests and the screenshot: the widgets an operator uses.
    IdentifierField *identifierField() const { return m_identifier; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *bannerLabel() const { return m_bannerText; }
    QPushButton *loadAllButton() const { return m_loadAllButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    StateView *errorView() const { return m_errorView; }
    StateView *emptyView() const { return m_emptyView; }
    StateView *noPurchasesView() const { return m_noPurchasesView; }
    PurchaseChartView *chartView() const { return m_chart; }
    ImageCache *imageCache() const { return m_images; }
    PurchasesModel *model() const { return m_model; }

Q_SIGNALS:
    void lookupStarted(const QString &maskedKey);
    // The first page arrived (ok) or failed; the summary and chart are up to date then.
    void lookupFinished(bool ok, const QString &message);
    void pageLoaded(int rows);
    void loadAllFinished(bool complete);
    void summaryUpdated();
    void connectionsRequested();

private:
    void buildStates();
    QWidget *buildContent();
    void setState(State state);
    void onFetchMoreRequested(const PurchaseCursor &cursor, quint64 ticket);
    void onPage(quint64 ticket, const PurchasePage &page, const ApiError &error);
    void showFirstPageError(const ApiError &error);
    void showBanner(const QString &text, bool error, bool retry);
    void hideBanner();
    void scheduleSummary();
    void updateSummary();
    void updateCount();
    void updateLoadControls();
    void updateSamples();
    void updateConnectionNote();
    void finishLoadAll(bool complete);

    ConsoleSession *m_session;
    PurchasesModel *m_model;
    PurchasesFilterProxy *m_proxy;
    ImageCache *m_images;

    IdentifierField *m_identifier;
    QPushButton *m_lookupButton;
    QLabel *m_connectionNote;
    QStackedWidget *m_states;
    StateView *m_emptyView = nullptr;
    StateView *m_loadingView = nullptr;
    StateView *m_errorView = nullptr;
    StateView *m_noPurchasesView = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_connectionsButton = nullptr;
    QList<QPushButton *> m_sampleButtons;
    QWidget *m_content = nullptr;

    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_loadAllButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerRetry = nullptr;
    QTableView *m_table = nullptr;
    PurchaseChartView *m_chart = nullptr;
    QLabel *m_totals = nullptr;
    QSplitter *m_splitter = nullptr;

    State m_state = State::Empty;
    CustomerKey m_key;
    ApiError m_error;
    QPointer<ApiReply> m_reply;
    bool m_loadingAll = false;
    bool m_resumeLoadAll = false;   // a page of Load all failed: Retry carries on loading all
    bool m_columnsSized = false;
    QTimer m_summaryTimer;
    // Totals of every loaded row, grown page by page (a filter recomputes over its visible rows).
    PurchaseTotals::Accumulator m_allTotals;
    QElapsedTimer m_chartClock;   // since the chart was last updated (throttled during Load all)
};

} // namespace cdp::ui
