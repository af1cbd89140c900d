// Drives the Customer Lookup pane offscreen against a real cdp-sandbox process (its Algonomy
// Real-time CDP module): identifier detection in the field, lookups by e-mail and by mobile number,
// paging as the table scrolls, Load all with its progress bar, filter, sort, totals per currency,
// the chart, the unknown customer and the customer without purchases.

#include "uisessionfixture.h"

#include "customerlookuppane.h"
#include "identifierfield.h"
#include "purchasechartview.h"
#include "stateview.h"

#include "models/purchasesmodel.h"

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
    void scrollingFetchesMore();
    void loadAllReachesEveryRowWithProgress();
    void filterReducesRows();
    void sortsOnRawValues();
    void totalsShowBothCurrenciesAndTheChartFollows();
    void unknownCustomerShowsTheErrorState();
    void customerWithoutPurchasesShowsTheEmptyState();
    void rememberedLookupsAreOffered();

private:
    void typeAndEnter(const QString &text);
    bool lookUpAndWait(const QString &text);
    cdp::test::RcdpSampleCustomer sample(const QString &key) { return m_fixture.sandbox().rcdpSampleCustomer(key); }
    int shownRows() const { return m_pane->tableView()->model()->rowCount(); }

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
