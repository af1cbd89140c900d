// Drives the Customer Lookup pane offscreen against a real cdp-sandbox process (its Algonomy
// Real-time CDP module): identifier detection in the field, lookups by e-mail and by mobile number,
// paging as the table scrolls, Load all with its progress bar, filter, sort, totals per currency,
// the chart, the unknown customer and the customer without purchases; lookups by each kind of
// identifier; Cancel during Load all, a 5xx in the middle of paging (sandbox faults) and tokens
// revoked mid-paging.

#include "uisessionfixture.h"

#include "customerlookuppane.h"
#include "identifierfield.h"
#include "purchasechartview.h"
#include "sessionstatusbar.h"
#include "stateview.h"

#include "auth/rcdptokenprovider.h"
#include "models/purchasesmodel.h"
#include "net/apiclient.h"
#include "net/requestlogentry.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using cdp::CustomerKey;
using cdp::ui::CustomerLookupPane;

class TestCustomerLookupPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmptyWithDemoCustomers();
    void guessesTheKindAsYouType_data();
    void guessesTheKindAsYouType();
    void theOperatorCanOverrideTheKind();
    void looksUpByEmail();
    void looksUpByMobileTypedWithSpacesAndDashes();
    void looksUpByEachKindOfIdentifier_data();
    void looksUpByEachKindOfIdentifier();
    void scrollingFetchesMore();
    void loadAllReachesEveryRowWithProgress();
    void filterReducesRows();
    void sortsOnRawValues();
    void totalsShowBothCurrenciesAndTheChartFollows();
    void unknownCustomerShowsTheErrorState();
    void customerWithoutPurchasesShowsTheEmptyState();
    void cancelDuringLoadAllKeepsRowsAndStopsRequesting();
    void serverErrorMidPagingKeepsRowsAndRetryContinues();
    void tokenRevokedMidPagingCostsOneRenewal();
    void statusBarShowsTheRcdpTokenWithoutItsValue();
    void rememberedLookupsAreOffered();

private:
    void typeAndEnter(const QString &text);
    bool lookUpAndWait(const QString &text);
    cdp::test::RcdpSampleCustomer sample(const QString &key) { return m_fixture.sandbox().rcdpSampleCustomer(key); }
    int shownRows() const { return m_pane->tableView()->model()->rowCount(); }
    // productKey numbers a customer's rows 1, 2, … newest first: each loaded exactly once, in order.
    bool rowsAreOneToN(int n) const;

    cdp::test::UiSessionFixture m_fixture;
    std::unique_ptr<CustomerLookupPane> m_pane;
};

void TestCustomerLookupPane::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    cdp::DemoEndpoint endpoint;
    endpoint.baseUrl = m_fixture.sandbox().baseUrl();
    endpoint.apiKey = m_fixture.sandbox().apiKey();
    endpoint.clientId = m_fixture.sandbox().clientId();
    endpoint.clientSecret = m_fixture.sandbox().clientSecret();
    endpoint.sampleUserIds = m_fixture.sandbox().sampleUserIds();
    endpoint.readRcdpAnnouncement(m_fixture.sandbox().rcdp(), m_fixture.sandbox().baseUrl());
    QVERIFY(endpoint.rcdpBaseUrl.isValid());
    QCOMPARE(endpoint.rcdpCustomer(u"few"_s).purchases, 347);
    m_fixture.session().startDemo(endpoint);
    QVERIFY(QTest::qWaitFor([this] { return m_fixture.session().isReady(); }, 10000));
    QCOMPARE(m_fixture.session().purchasesConnectionName(), cdp::ConsoleSession::rcdpDemoConnectionName());
    QVERIFY2(m_fixture.session().purchasesProblem().isEmpty(), qPrintable(m_fixture.session().purchasesProblem()));
    QVERIFY(m_fixture.session().purchases());
    // The timeline's connection stays the User Profile one.
    QCOMPARE(m_fixture.session().currentConnectionName(), u"Sandbox"_s);
}

void TestCustomerLookupPane::init()
{
    m_pane = std::make_unique<CustomerLookupPane>(&m_fixture.session());
    m_pane->resize(1300, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCustomerLookupPane::cleanup()
{
    m_pane.reset();
    QVERIFY(m_fixture.sandbox().setFaults(0, 0, 0));
}

bool TestCustomerLookupPane::rowsAreOneToN(int n) const
{
    const cdp::PurchasesModel *model = m_pane->model();
    if (model->rowCount() != n)
        return false;
    for (int row = 0; row < n; ++row) {
        if (model->index(row, 0).data(cdp::PurchasesModel::ProductKeyRole).toLongLong() != row + 1)
            return false;
    }
    return true;
}

void TestCustomerLookupPane::typeAndEnter(const QString &text)
{
    QLineEdit *edit = m_pane->identifierField()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool TestCustomerLookupPane::lookUpAndWait(const QString &text)
{
    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::lookupFinished);
    typeAndEnter(text);
    if (!finished.wait(15000) && finished.isEmpty())
        return false;
    return finished.constFirst().at(0).toBool();
}

void TestCustomerLookupPane::startsEmptyWithDemoCustomers()
{
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Empty);
    const QList<QPushButton *> buttons = m_pane->emptyView()->findChildren<QPushButton *>();
    int visible = 0;
    for (const QPushButton *button : buttons)
        visible += button->isVisibleTo(m_pane->emptyView()) ? 1 : 0;
    QVERIFY(visible >= 2);
}

void TestCustomerLookupPane::guessesTheKindAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<CustomerKey::Kind>("kind");
    QTest::addColumn<QString>("sent");

    QTest::newRow("e-mail, spaces and capitals") << u"  Anna.Kowalska@Example.COM "_s << CustomerKey::Kind::Email
                                                << u"anna.kowalska@example.com"_s;
    QTest::newRow("mobile, spaces and dashes") << u"+1 415-555 0142"_s << CustomerKey::Kind::Mobile << u"+14155550142"_s;
    QTest::newRow("customer code") << u"NWT-000318"_s << CustomerKey::Kind::ExternalCode << u"NWT-000318"_s;
    QTest::newRow("gcrId uuid") << u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s << CustomerKey::Kind::GcrId
                                << u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s;
}

void TestCustomerLookupPane::guessesTheKindAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(CustomerKey::Kind, kind);
    QFETCH(QString, sent);

    cdp::ui::IdentifierField *field = m_pane->identifierField();
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), typed);
    QCOMPARE(field->shownKind(), kind);
    QCOMPARE(field->kindCombo()->currentText(), CustomerKey::kindDisplayName(kind));
    QVERIFY(!field->isKindOverridden());
    QCOMPARE(field->key().kind(), kind);
    QCOMPARE(field->key().value(), sent);
    QVERIFY(field->hintLabel()->text().contains(sent));
}

void TestCustomerLookupPane::theOperatorCanOverrideTheKind()
{
    cdp::ui::IdentifierField *field = m_pane->identifierField();
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), u"123456"_s);   // seed 000's customer code, guessed as such
    QCOMPARE(field->shownKind(), CustomerKey::Kind::ExternalCode);
    field->setKind(CustomerKey::Kind::GcrId);
    QVERIFY(field->isKindOverridden());
    QCOMPARE(field->key().kind(), CustomerKey::Kind::GcrId);
    // Typing more keeps the operator's choice; clearing the field guesses again.
    QTest::keyClicks(field->lineEdit(), u"7"_s);
    QCOMPARE(field->key().kind(), CustomerKey::Kind::GcrId);
    field->lineEdit()->clear();
    QVERIFY(!field->isKindOverridden());
    // Letters are no mobile number: the hint says why and nothing is sent.
    QTest::keyClicks(field->lineEdit(), u"NWT-000318"_s);
    field->setKind(CustomerKey::Kind::Mobile);
    QVERIFY(!field->key().isValid());
    QSignalSpy started(m_pane.get(), &CustomerLookupPane::lookupStarted);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Empty);
}

void TestCustomerLookupPane::looksUpByEmail()
{
    const cdp::test::RcdpSampleCustomer customer = sample(u"byEmail"_s);
    QVERIFY(!customer.email.isEmpty());
    // Typed carelessly: spaces around and capitals.
    const QString typed = u"  "_s + customer.email.toUpper() + u" "_s;
    QVERIFY(lookUpAndWait(typed));
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Loaded);
    QCOMPARE(m_pane->currentKey().kind(), CustomerKey::Kind::Email);
    QCOMPARE(m_pane->currentKey().value(), customer.email.toLower());
    QCOMPARE(m_pane->identifierField()->kindCombo()->currentText(), CustomerKey::kindDisplayName(CustomerKey::Kind::Email));
    QCOMPARE(m_pane->model()->customerId(), QString::number(customer.customerId));
    QCOMPARE(shownRows(), qMin(customer.purchases, CustomerLookupPane::kPageSize));
    QVERIFY(!m_pane->totalsText().isEmpty());
}

void TestCustomerLookupPane::looksUpByMobileTypedWithSpacesAndDashes()
{
    const cdp::test::RcdpSampleCustomer customer = sample(u"byMobile"_s);
    QVERIFY(!customer.mobile.isEmpty());
    // "+1 415 555 0142" typed as "+1 (415) 555-01-42".
    QString digits = customer.mobile;
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    QVERIFY(digits.size() >= 10);
    const QString typed = u"+"_s + digits.left(digits.size() - 10) + u" ("_s + digits.mid(digits.size() - 10, 3)
        + u") "_s + digits.mid(digits.size() - 7, 3) + u"-"_s + digits.mid(digits.size() - 4, 2) + u"-"_s + digits.right(2);
    QVERIFY(lookUpAndWait(typed));
    QCOMPARE(m_pane->currentKey().kind(), CustomerKey::Kind::Mobile);
    QCOMPARE(m_pane->currentKey().value(), u"+"_s + digits);
    QCOMPARE(m_pane->model()->customerId(), QString::number(customer.customerId));
    QVERIFY(shownRows() > 0);
}

void TestCustomerLookupPane::looksUpByEachKindOfIdentifier_data()
{
    QTest::addColumn<QString>("customerKey");   // of the sandbox's sampleCustomers
    QTest::addColumn<CustomerKey::Kind>("kind");

    QTest::newRow("e-mail") << u"byEmail"_s << CustomerKey::Kind::Email;
    QTest::newRow("mobile") << u"byMobile"_s << CustomerKey::Kind::Mobile;
    QTest::newRow("gcrId") << u"byGcr"_s << CustomerKey::Kind::GcrId;
    QTest::newRow("customer code") << u"byCode"_s << CustomerKey::Kind::ExternalCode;
}

// Each of these demo customers has a gcrId plus only the one identifier its key names, so a hit
// proves the console sent that identifier in the right header.
void TestCustomerLookupPane::looksUpByEachKindOfIdentifier()
{
    QFETCH(QString, customerKey);
    QFETCH(CustomerKey::Kind, kind);
    const cdp::test::RcdpSampleCustomer customer = sample(customerKey);
    QVERIFY2(!customer.key.isEmpty(), qPrintable(customerKey));
    QVERIFY(customer.purchases > 0);
    const QString identifier = kind == CustomerKey::Kind::Email    ? customer.email
                               : kind == CustomerKey::Kind::Mobile ? customer.mobile
                               : kind == CustomerKey::Kind::GcrId  ? customer.gcrId
                                                                   : customer.customerCode;
    QVERIFY(!identifier.isEmpty());

    QVERIFY(lookUpAndWait(identifier));
    QCOMPARE(m_pane->identifierField()->shownKind(), kind);   // guessed without help
    QCOMPARE(m_pane->currentKey().kind(), kind);
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Loaded);
    QCOMPARE(m_pane->model()->customerId(), QString::number(customer.customerId));
    QCOMPARE(m_pane->model()->expectedTotal(), qint64(customer.purchases));
    QCOMPARE(shownRows(), qMin(customer.purchases, CustomerLookupPane::kPageSize));
    QVERIFY(rowsAreOneToN(shownRows()));
    QVERIFY(m_pane->countLabel()->text().contains(QString::number(customer.customerId)));
    QVERIFY(!m_pane->totalsText().isEmpty());
}

void TestCustomerLookupPane::scrollingFetchesMore()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email.isEmpty() ? few.gcrId : few.email));
    QCOMPARE(shownRows(), CustomerLookupPane::kPageSize);
    QVERIFY(m_pane->tableView()->model()->canFetchMore(QModelIndex()));
    QSignalSpy pages(m_pane.get(), &CustomerLookupPane::pageLoaded);
    m_pane->tableView()->scrollToBottom();   // the view asks the model for more at the end
    QVERIFY(pages.wait(15000));
    QCOMPARE(shownRows(), 2 * CustomerLookupPane::kPageSize);
    // fetchMore() directly, as any view would.
    m_pane->tableView()->model()->fetchMore(QModelIndex());
    QVERIFY(pages.wait(15000));
    QCOMPARE(shownRows(), 3 * CustomerLookupPane::kPageSize);
    QVERIFY(m_pane->countLabel()->text().contains(u"347"_s));
}

void TestCustomerLookupPane::loadAllReachesEveryRowWithProgress()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email.isEmpty() ? few.gcrId : few.email));
    QVERIFY(m_pane->loadAllButton()->isVisible());
    QVERIFY(m_pane->loadAllButton()->isEnabled());
    QVERIFY(!m_pane->progressBar()->isVisible());
    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::loadAllFinished);
    QTest::mouseClick(m_pane->loadAllButton(), Qt::LeftButton);
    QVERIFY(m_pane->isLoadingAll());
    QVERIFY(m_pane->progressBar()->isVisible());
    QVERIFY(m_pane->cancelButton()->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(shownRows(), 347);
    QCOMPARE(m_pane->progressBar()->maximum(), 347);
    QCOMPARE(m_pane->progressBar()->value(), 347);
    QVERIFY(!m_pane->progressBar()->isVisible());
    QVERIFY(!m_pane->loadAllButton()->isVisible());
    // A last page of 247 after a first page of 100 is complete, not "short".
    QVERIFY2(!m_pane->bannerLabel()->isVisible(), qPrintable(m_pane->bannerLabel()->text()));
    QVERIFY(!m_pane->tableView()->model()->canFetchMore(QModelIndex()));
    // Every row exactly once: productKey numbers the customer's rows 1…347.
    QSet<qint64> keys;
    for (int row = 0; row < shownRows(); ++row)
        keys.insert(m_pane->model()->index(row, 0).data(cdp::PurchasesModel::ProductKeyRole).toLongLong());
    QCOMPARE(keys.size(), 347);
}

void TestCustomerLookupPane::filterReducesRows()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email.isEmpty() ? few.gcrId : few.email));
    const int before = shownRows();
    const QString code = m_pane->tableView()->model()->index(0, cdp::PurchasesModel::ProductCode).data().toString();
    QVERIFY(!code.isEmpty());
    QTest::keyClicks(m_pane->filterEdit(), code);
    QTRY_VERIFY(shownRows() > 0 && shownRows() < before);
    for (int row = 0; row < shownRows(); ++row) {
        const QString shown = m_pane->tableView()->model()->index(row, cdp::PurchasesModel::ProductCode).data().toString();
        QVERIFY2(shown.contains(code, Qt::CaseInsensitive), qPrintable(shown));
    }
    QVERIFY(m_pane->countLabel()->text().contains(QString::number(shownRows())));
    QTRY_VERIFY(m_pane->totalsText().contains(u"shown"_s));   // throttled summary
    // A filtered view that does not fill the viewport asks for more pages (QAbstractItemView's
    // fetchMore), so clearing the filter shows every loaded row, at least the first page.
    m_pane->filterEdit()->clear();
    QCOMPARE(shownRows(), m_pane->model()->rowCount());
    QVERIFY(shownRows() >= before);
}

void TestCustomerLookupPane::sortsOnRawValues()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email.isEmpty() ? few.gcrId : few.email));
    QHeaderView *header = m_pane->tableView()->horizontalHeader();
    const int column = cdp::PurchasesModel::OrderValue;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), column);
    QAbstractItemModel *model = m_pane->tableView()->model();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    qint64 previous = order == Qt::AscendingOrder ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant raw = model->index(row, column).data(cdp::PurchasesModel::SortRole);
        if (!raw.isValid())
            continue;   // rows without an amount come last
        const qint64 value = raw.toLongLong();
        QVERIFY(order == Qt::AscendingOrder ? value >= previous : value <= previous);
        previous = value;
        ++checked;
    }
    QVERIFY(checked > 50);
}

void TestCustomerLookupPane::totalsShowBothCurrenciesAndTheChartFollows()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email.isEmpty() ? few.gcrId : few.email));
    const int chartUpdatesBefore = m_pane->chartView()->updateCount();
    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::loadAllFinished);
    m_pane->loadAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(shownRows(), 347);
    const QString totals = m_pane->totalsText();
    QVERIFY2(totals.contains(u"$"_s), qPrintable(totals));
    QVERIFY2(totals.contains(QChar(0x20AC)), qPrintable(totals));   // €
    QVERIFY2(totals.contains(u"347"_s), qPrintable(totals));
    QVERIFY(m_pane->chartView()->updateCount() > chartUpdatesBefore);
    QVERIFY(!m_pane->chartView()->spendView()->chart()->series().isEmpty());
    QVERIFY(!m_pane->chartView()->productsView()->chart()->series().isEmpty());
    m_pane->chartView()->setPage(cdp::ui::PurchaseChartView::TopProducts);
    QVERIFY(m_pane->chartView()->productsView()->isVisible());
}

void TestCustomerLookupPane::unknownCustomerShowsTheErrorState()
{
    QVERIFY(!lookUpAndWait(u"nobody.at.all@example.invalid"_s));
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Error);
    QVERIFY(m_pane->lastError().isError());
    QVERIFY(!m_pane->errorView()->title().isEmpty());
    QVERIFY(m_pane->errorView()->message().contains(m_pane->lastError().message));
}

void TestCustomerLookupPane::customerWithoutPurchasesShowsTheEmptyState()
{
    const cdp::test::RcdpSampleCustomer none = sample(u"none"_s);
    QVERIFY(!none.gcrId.isEmpty());
    QVERIFY(lookUpAndWait(none.gcrId));
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::NoPurchases);
    QVERIFY(m_pane->noPurchasesView()->message().contains(QString::number(none.customerId)));
}

// Cancel while a Load-all page is in the air: the rows already loaded stay, the request is
// aborted, and nothing more is asked for.
void TestCustomerLookupPane::cancelDuringLoadAllKeepsRowsAndStopsRequesting()
{
    const cdp::test::RcdpSampleCustomer big = sample(u"big"_s);
    QVERIFY(lookUpAndWait(big.gcrId));
    QCOMPARE(shownRows(), CustomerLookupPane::kPageSize);
    // Every answer takes 150 ms: the page requested after the second one is surely still in the
    // air when Cancel is clicked on the next turn of the event loop.
    QVERIFY(m_fixture.sandbox().setFaults(150, 0, 0));

    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::loadAllFinished);
    QObject guard;   // the connections below end with this test
    int pages = 0;
    int rowsAtCancel = -1;
    connect(m_pane.get(), &CustomerLookupPane::pageLoaded, &guard, [&](int rows) {
        if (++pages != 2)
            return;
        rowsAtCancel = rows;
        QTimer::singleShot(0, &guard, [this] {
            QVERIFY(m_pane->model()->isLoading());   // the third page is in flight
            QVERIFY(m_pane->cancelButton()->isVisible());
            QTest::mouseClick(m_pane->cancelButton(), Qt::LeftButton);
        });
    });
    QSignalSpy requested(m_pane->model(), &cdp::PurchasesModel::fetchMoreRequested);
    int logged = 0;
    connect(&m_fixture.session().apiClient(), &cdp::ApiClient::requestLogged, &guard, [&logged] { ++logged; });
    QTest::mouseClick(m_pane->loadAllButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(rowsAtCancel, CustomerLookupPane::kPageSize + 2 * CustomerLookupPane::kLoadAllPageSize);
    QCOMPARE(requested.size(), 3);                          // two pages and the one cancelled

    // Kept: every row loaded before the Cancel, once each; no error, Load all offered again.
    QCOMPARE(shownRows(), rowsAtCancel);
    QVERIFY(rowsAreOneToN(rowsAtCancel));
    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Loaded);
    QVERIFY(!m_pane->isLoadingAll());
    QVERIFY(!m_pane->model()->isLoading());
    QVERIFY(!m_pane->model()->lastError().isError());
    QVERIFY(!m_pane->bannerLabel()->isVisible());
    QVERIFY(!m_pane->progressBar()->isVisible());
    QVERIFY(!m_pane->cancelButton()->isVisible());
    QVERIFY(m_pane->loadAllButton()->isVisible() && m_pane->loadAllButton()->isEnabled());
    QVERIFY(m_pane->totalsText().contains(QLocale().toString(rowsAtCancel)) || m_pane->totalsText().contains(QString::number(rowsAtCancel)));

    // Stopped: longer than one answer takes, nothing new is asked for or sent.
    const int sent = logged;
    QTest::qWait(400);
    QCOMPARE(requested.size(), 3);
    QCOMPARE(logged, sent);
    QCOMPARE(shownRows(), rowsAtCancel);
}

// A 5xx in the middle of paging: a clear message, the rows kept, and Retry carries on loading
// all from where it stopped: every row exactly once.
void TestCustomerLookupPane::serverErrorMidPagingKeepsRowsAndRetryContinues()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email));
    QCOMPARE(shownRows(), CustomerLookupPane::kPageSize);
    const qint64 injectedBefore = m_fixture.sandbox().stats().value(u"injectedErrors"_s).toInteger();
    QVERIFY(m_fixture.sandbox().setFaults(0, 1.0, 0));   // every API answer is a 503 now

    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::loadAllFinished);
    QTest::mouseClick(m_pane->loadAllButton(), Qt::LeftButton);
    // The connector retries a 5xx (after Retry-After: 1 s), then gives up.
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(m_fixture.sandbox().stats().value(u"injectedErrors"_s).toInteger() > injectedBefore);

    QCOMPARE(m_pane->state(), CustomerLookupPane::State::Loaded);   // not the error page
    QCOMPARE(shownRows(), CustomerLookupPane::kPageSize);
    QVERIFY(rowsAreOneToN(CustomerLookupPane::kPageSize));
    QVERIFY(m_pane->bannerLabel()->isVisible());
    const QString banner = m_pane->bannerLabel()->text();
    QVERIFY2(banner.contains(u"503"_s), qPrintable(banner));
    QVERIFY2(banner.contains(QString::number(CustomerLookupPane::kPageSize)), qPrintable(banner));
    QVERIFY2(banner.contains(u"Retry"_s), qPrintable(banner));
    QCOMPARE(m_pane->lastError().httpStatus, 503);
    QVERIFY(!m_pane->isLoadingAll());
    QVERIFY(!m_pane->progressBar()->isVisible());

    // The service recovers; Retry (the banner's button) carries on with Load all.
    QVERIFY(m_fixture.sandbox().setFaults(0, 0, 0));
    QPushButton *retry = nullptr;
    for (QPushButton *button : m_pane->bannerLabel()->parentWidget()->findChildren<QPushButton *>()) {
        if (button->isVisible())
            retry = button;
    }
    QVERIFY(retry);
    QSignalSpy requested(m_pane->model(), &cdp::PurchasesModel::fetchMoreRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!m_pane->bannerLabel()->isVisible());
    QVERIFY(m_pane->isLoadingAll());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    // It resumed after row 100 (the cursor of the failed page), not from the start.
    QVERIFY(!requested.isEmpty());
    const auto cursor = requested.constFirst().at(0).value<cdp::PurchaseCursor>();
    QVERIFY(!cursor.lastKey.isEmpty());
    QCOMPARE(shownRows(), few.purchases);
    QVERIFY(rowsAreOneToN(few.purchases));
    QVERIFY(!m_pane->lastError().isError());
}

// Tokens revoked while paging: the next page's 401 costs one renewal and the page, no error.
void TestCustomerLookupPane::tokenRevokedMidPagingCostsOneRenewal()
{
    const cdp::test::RcdpSampleCustomer few = sample(u"few"_s);
    QVERIFY(lookUpAndWait(few.email));
    cdp::RcdpTokenProvider *tokens = m_fixture.session().rcdpTokenProvider();
    QVERIFY(tokens);
    QVERIFY(!tokens->currentToken().isEmpty());
    const int renewalsBefore = tokens->tokenRequestCount();
    QVERIFY(m_fixture.sandbox().revokeTokens() >= 1);

    QList<int> statuses;
    QObject guard;   // the connection ends with this test
    connect(&m_fixture.session().apiClient(), &cdp::ApiClient::requestLogged, &guard,
            [&statuses](const cdp::RequestLogEntry &entry) { statuses << entry.httpStatus; });
    QSignalSpy failed(m_pane->model(), &cdp::PurchasesModel::pageFailed);
    QSignalSpy finished(m_pane.get(), &CustomerLookupPane::loadAllFinished);
    m_pane->loadAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(shownRows(), few.purchases);
    QVERIFY(rowsAreOneToN(few.purchases));
    QCOMPARE(tokens->tokenRequestCount(), renewalsBefore + 1);
    QCOMPARE(statuses.count(401), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY2(!m_pane->bannerLabel()->isVisible(), qPrintable(m_pane->bannerLabel()->text()));
    QVERIFY(!m_pane->lastError().isError());
}

void TestCustomerLookupPane::statusBarShowsTheRcdpTokenWithoutItsValue()
{
    cdp::ui::SessionStatusBar bar(&m_fixture.session());
    const QString name = cdp::ConsoleSession::rcdpDemoConnectionName();
    QVERIFY2(bar.rcdpTokenText().startsWith(name + u": "_s), qPrintable(bar.rcdpTokenText()));
    QVERIFY(lookUpAndWait(sample(u"few"_s).email));
    cdp::RcdpTokenProvider *tokens = m_fixture.session().rcdpTokenProvider();
    const QByteArray token = tokens->currentToken();
    QVERIFY(!token.isEmpty());
    // The sandbox's RCDP tokens live 3600 s: "… valid for 59 min 59 s" or "1 h 0 min".
    QTRY_VERIFY(bar.rcdpTokenText().startsWith(name + u": token valid for "_s));
    const QLabel *label = bar.findChild<QLabel *>(u"rcdpTokenStatus"_s);
    QVERIFY(label);
    QVERIFY(!label->text().contains(QString::fromLatin1(token)));
    QVERIFY(!label->toolTip().contains(QString::fromLatin1(token)));
    QVERIFY(label->toolTip().contains(name));
    // The User Profile token keeps its own section.
    QVERIFY(!bar.tokenText().contains(name));

    // The server rejected the token: the section says there is none until the next lookup.
    tokens->invalidate(token);
    QCOMPARE(bar.rcdpTokenText(), name + u": no token"_s);
    QVERIFY(lookUpAndWait(sample(u"few"_s).email));
    QTRY_VERIFY(bar.rcdpTokenText().startsWith(name + u": token valid for "_s));
}

void TestCustomerLookupPane::rememberedLookupsAreOffered()
{
    // Earlier lookups in this run were remembered (normalised) and survive a new pane.
    const QStringList recent = m_pane->identifierField()->recentLookups();
    QVERIFY(!recent.isEmpty());
    QVERIFY(recent.contains(sample(u"byEmail"_s).email.toLower()));
    QVERIFY(recent.size() <= cdp::ui::IdentifierField::MaxRecent);
}

QTEST_MAIN(TestCustomerLookupPane)
#include "tst_customerlookuppane.moc"
