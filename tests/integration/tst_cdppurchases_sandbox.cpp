// Customer lookup end to end: ApiClient + RcdpTokenProvider + CdpPurchases + PurchasesModel against
// the real cdp-sandbox over loopback (token creation, lookups by each identifier kind, paging,
// token expiry during paging, unknown customers, 5xx faults).

#include "auth/rcdptokenprovider.h"
#include "connectors/cdppurchases.h"
#include "models/purchasesfilterproxy.h"
#include "models/purchasesmodel.h"
#include "models/purchasetotals.h"
#include "net/apiclient.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cdp;
using namespace Qt::StringLiterals;
using cdp::test::RcdpSampleCustomer;
using cdp::test::SandboxProcess;

namespace {

constexpr int kTimeoutMs = 30000;

struct FetchResult
{
    int calls = 0;
    PurchasePage page;
    ApiError error;
};

struct Stack
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RcdpTokenProvider> tokens;
    std::unique_ptr<CdpPurchases> purchases;
    QList<RequestLogEntry> log;
};

QUrl rcdpBase(const SandboxProcess &sandbox)
{
    return sandbox.baseUrl().resolved(QUrl(sandbox.rcdp().value(u"prefix"_s).toString().mid(1)));
}

std::unique_ptr<Stack> makeStack(const SandboxProcess &sandbox, QObject *logContext, const QString &secret = {})
{
    auto stack = std::make_unique<Stack>();
    stack->client = std::make_unique<ApiClient>();
    stack->client->setBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200));
    Stack *raw = stack.get();
    QObject::connect(stack->client.get(), &ApiClient::requestLogged, logContext,
                     [raw](const RequestLogEntry &entry) { raw->log.append(entry); });
    RcdpTokenProvider::Config tokenConfig;
    tokenConfig.baseUrl = rcdpBase(sandbox);
    tokenConfig.tenantHash = sandbox.rcdpTenantHash();
    tokenConfig.oauthKeySecret = secret.isEmpty() ? sandbox.rcdpOauthKeySecret() : secret;
    tokenConfig.connectionName = u"Sandbox"_s;
    stack->tokens = std::make_unique<RcdpTokenProvider>(stack->client.get(), tokenConfig);
    stack->purchases = std::make_unique<CdpPurchases>(
            stack->client.get(), stack->tokens.get(),
            CdpPurchases::Config{rcdpBase(sandbox), sandbox.rcdpTenantHash(), u"Sandbox"_s, 20000, 4});
    return stack;
}

// Test set-up only: one control call, waited for with QSignalSpy.
int postControl(const SandboxProcess &sandbox, const QString &path)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(manager.post(request, QByteArrayLiteral("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 stat(const SandboxProcess &sandbox, const QString &name)
{
    const QJsonObject stats = sandbox.stats();
    if (stats.contains(name))
        return stats.value(name).toInteger();
    return stats.value(u"stats"_s).toObject().value(name).toInteger();
}

// What the pane does: answer the model's page requests through the connector, and keep going
// ("Load all") until `stopAt` rows are loaded or paging ends.
void drive(PurchasesModel &model, CdpPurchases &purchases, const QList<CustomerKey> &keys, int pageSize,
           const std::shared_ptr<int> &stopAt)
{
    QObject::connect(&model, &PurchasesModel::fetchMoreRequested, &model,
                     [&model, &purchases, keys, pageSize, stopAt](const PurchaseCursor &cursor, quint64 ticket) {
                         purchases.fetchPage(keys, cursor, pageSize, &model,
                                             [&model, ticket, stopAt](const PurchasePage &page, const ApiError &error) {
                                                 if (error) {
                                                     model.failPage(error, ticket);
                                                     return;
                                                 }
                                                 model.appendPage(page, ticket);
                                                 if (model.rowCount() < *stopAt)
                                                     model.fetchMore(QModelIndex());
                                             });
                     });
}

} // namespace

class TestCdpPurchasesSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenCreate();
    void wrongSecretIsUnauthorized();
    void seedCustomerAnswersTheSeedRows();
    void lookupByEachKind_data();
    void lookupByEachKind();
    void severalIdentifiersOfOneCustomer();
    void unknownCustomerIsNotFound();
    void customerWithoutPurchases();
    void noIdentifierSendsNothing();
    void paging10000RowsEachOnceAndTokenRevokedMidway();
    void tokenExpiryDuringPagingIsNotAnError();
    void serverErrorsKeepEarlierPages();
    void requestLogHidesIdentifiersAndSecrets();

private:
    std::shared_ptr<FetchResult> fetch(Stack &stack, const QList<CustomerKey> &keys, const PurchaseCursor &cursor = {},
                                       int pageSize = 0);

    SandboxProcess m_sandbox;
    std::unique_ptr<Stack> m_stack;
};

std::shared_ptr<FetchResult> TestCdpPurchasesSandbox::fetch(Stack &stack, const QList<CustomerKey> &keys,
                                                            const PurchaseCursor &cursor, int pageSize)
{
    auto result = std::make_shared<FetchResult>();
    stack.purchases->fetchPage(keys, cursor, pageSize, this, [result](const PurchasePage &page, const ApiError &error) {
        ++result->calls;
        result->page = page;
        result->error = error;
    });
    return result;
}

void TestCdpPurchasesSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.rcdpTenantHash().isEmpty());
    QCOMPARE(m_sandbox.rcdpSampleCustomer(u"big"_s).purchases, 100000);
    m_stack = makeStack(m_sandbox, this);
}

void TestCdpPurchasesSandbox::tokenCreate()
{
    RcdpTokenProvider &tokens = *m_stack->tokens;
    QCOMPARE(tokens.headerName(), QByteArray("access_token"));
    QCOMPARE(tokens.headerValue("abc"), QByteArray("abc"));   // no "Bearer"

    int calls = 0;
    QByteArray token;
    ApiError error;
    // Two callers, one token request (single flight).
    for (int i = 0; i < 2; ++i) {
        tokens.requestToken(this, [&](const QByteArray &t, const ApiError &e) {
            ++calls;
            token = t;
            error = e;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, kTimeoutMs);
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QCOMPARE(token.size(), 32);
    QCOMPARE(tokens.tokenRequestCount(), 1);
    QCOMPARE(tokens.currentToken(), token);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt());
    QVERIFY2(lifetime > 3500 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
}

void TestCdpPurchasesSandbox::wrongSecretIsUnauthorized()
{
    auto stack = makeStack(m_sandbox, this, u"not-the-secret"_s);
    auto result = fetch(*stack, {CustomerKey::detect(u"customer@example.com"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QCOMPARE(result->error.kind, ApiError::Kind::Unauthorized);
    QVERIFY2(result->error.message.contains(u"tenant hash or OAuth key secret"_s), qPrintable(result->error.message));
    QVERIFY(result->page.lines.isEmpty());
}

void TestCdpPurchasesSandbox::seedCustomerAnswersTheSeedRows()
{
    auto result = fetch(*m_stack, {CustomerKey::detect(u"customer@example.com"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.toDisplayString()));
    const PurchasePage &page = result->page;
    QCOMPARE(page.customerId, u"2056"_s);
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.lines.size(), 2);
    QVERIFY(!page.hasMore());
    QCOMPARE(page.lines.at(0).productCode, u"1000000873152"_s);
    QCOMPARE(*page.lines.at(0).orderValue, Money(10030, 2, u"$"_s));
    QCOMPARE(*page.lines.at(1).orderValue, Money(10000, 1, u"$"_s));
    QCOMPARE(page.lines.at(1).quantity, std::optional<qint64>(10));
    QVERIFY(!page.lines.at(0).orderDate.isValid());
    QCOMPARE(page.malformedFields, 0);
}

void TestCdpPurchasesSandbox::lookupByEachKind_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("field");        // which identifier of the sample is typed
    QTest::addColumn<int>("kind");

    QTest::newRow("e-mail only") << u"byEmail"_s << u"email"_s << int(CustomerKey::Kind::Email);
    QTest::newRow("mobile only") << u"byMobile"_s << u"mobile"_s << int(CustomerKey::Kind::Mobile);
    QTest::newRow("external code only") << u"byCode"_s << u"customerCode"_s << int(CustomerKey::Kind::ExternalCode);
    QTest::newRow("gcrId only") << u"byGcr"_s << u"gcrId"_s << int(CustomerKey::Kind::GcrId);
    QTest::newRow("few by e-mail") << u"few"_s << u"email"_s << int(CustomerKey::Kind::Email);
    QTest::newRow("few by mobile") << u"few"_s << u"mobile"_s << int(CustomerKey::Kind::Mobile);
    QTest::newRow("big by code") << u"big"_s << u"customerCode"_s << int(CustomerKey::Kind::ExternalCode);
    QTest::newRow("big by gcrId") << u"big"_s << u"gcrId"_s << int(CustomerKey::Kind::GcrId);
}

void TestCdpPurchasesSandbox::lookupByEachKind()
{
    QFETCH(QString, customer);
    QFETCH(QString, field);
    QFETCH(int, kind);
    const RcdpSampleCustomer sample = m_sandbox.rcdpSampleCustomer(customer);
    QCOMPARE(sample.key, customer);
    QString typed = field == u"email"_s    ? sample.email
                    : field == u"mobile"_s ? sample.mobile
                    : field == u"gcrId"_s  ? sample.gcrId
                                           : sample.customerCode;
    QVERIFY(!typed.isEmpty());
    // Type it the way an operator would: e-mail in another case with spaces, mobile with dashes.
    if (field == u"email"_s)
        typed = u"  "_s + typed.toUpper() + u" "_s;
    if (field == u"mobile"_s)
        typed.replace(u' ', u'-');

    const CustomerKey key = CustomerKey::detect(typed);
    QCOMPARE(int(key.kind()), kind);
    QVERIFY(key.isValid());

    auto result = fetch(*m_stack, {key}, {}, 50);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY2(!result->error.isError(), qPrintable(result->error.toDisplayString()));
    QCOMPARE(result->page.customerId, QString::number(sample.customerId));
    QCOMPARE(result->page.totalCount, qint64(sample.purchases));
    QCOMPARE(result->page.lines.size(), qMin(50, sample.purchases));
    QCOMPARE(result->page.pageSize, 50);
    QCOMPARE(result->page.hasMore(), sample.purchases > 50);
    QVERIFY(!result->page.shortPage);
}

void TestCdpPurchasesSandbox::severalIdentifiersOfOneCustomer()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    auto result = fetch(*m_stack, {CustomerKey::detect(few.email), CustomerKey::detect(few.mobile),
                                   CustomerKey::detect(few.gcrId)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY(!result->error.isError());
    QCOMPARE(result->page.customerId, QString::number(few.customerId));

    // Identifiers of two different customers: the CDP's 409, with its message.
    const RcdpSampleCustomer big = m_sandbox.rcdpSampleCustomer(u"big"_s);
    auto clash = fetch(*m_stack, {CustomerKey::detect(few.email), CustomerKey::detect(big.customerCode)});
    QTRY_COMPARE_WITH_TIMEOUT(clash->calls, 1, kTimeoutMs);
    QCOMPARE(clash->error.httpStatus, 409);
    QVERIFY2(clash->error.message.contains(u"different customers"_s), qPrintable(clash->error.message));
}

void TestCdpPurchasesSandbox::unknownCustomerIsNotFound()
{
    auto result = fetch(*m_stack, {CustomerKey::detect(u"nobody.at.all@example.com"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QCOMPARE(result->error.kind, ApiError::Kind::NotFound);
    QVERIFY2(result->error.message.startsWith(u"No customer matches E-mail"_s), qPrintable(result->error.message));
    QVERIFY(!result->error.message.contains(u"nobody"_s));   // masked
    QVERIFY(result->page.lines.isEmpty());
}

void TestCdpPurchasesSandbox::customerWithoutPurchases()
{
    const RcdpSampleCustomer none = m_sandbox.rcdpSampleCustomer(u"none"_s);
    auto result = fetch(*m_stack, {CustomerKey::detect(none.customerCode)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY(!result->error.isError());
    QCOMPARE(result->page.totalCount, 0);
    QVERIFY(result->page.lines.isEmpty());
    QVERIFY(!result->page.hasMore());
    QVERIFY(!result->page.shortPage);
}

void TestCdpPurchasesSandbox::noIdentifierSendsNothing()
{
    const int before = int(m_stack->log.size());
    auto result = fetch(*m_stack, {CustomerKey::detect(u"   "_s)});
    QCOMPARE(result->calls, 0);   // always asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QCOMPARE(result->error.kind, ApiError::Kind::Config);
    QCOMPARE(int(m_stack->log.size()), before);
}

void TestCdpPurchasesSandbox::paging10000RowsEachOnceAndTokenRevokedMidway()
{
    auto stack = makeStack(m_sandbox, this);
    const RcdpSampleCustomer big = m_sandbox.rcdpSampleCustomer(u"big"_s);
    PurchasesModel model;
    PurchasesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failures(&model, &PurchasesModel::pageFailed);
    auto stopAt = std::make_shared<int>(1000);
    drive(model, *stack->purchases, {CustomerKey::detect(big.email)}, 500, stopAt);

    const qint64 tokensBefore = stat(m_sandbox, u"tokensIssued"_s);
    model.startLookup();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 1000 && !model.isLoading(), kTimeoutMs);
    QCOMPARE(stack->tokens->tokenRequestCount(), 1);

    // Every token now answers 401: the next page costs one renewal and one replay, no error.
    QCOMPARE(postControl(m_sandbox, u"sandbox/revoke-tokens"_s), 200);
    *stopAt = 10000;
    model.fetchMore(QModelIndex());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 10000 && !model.isLoading(), kTimeoutMs);
    QCOMPARE(failures.size(), 0);
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.expectedTotal(), 100000);
    QVERIFY(model.hasMore());
    QCOMPARE(model.shortPages(), 0);
    QCOMPARE(stack->tokens->tokenRequestCount(), 2);
    QCOMPARE(stat(m_sandbox, u"tokensIssued"_s) - tokensBefore, 2);
    int unauthorized = 0;
    for (const RequestLogEntry &entry : std::as_const(stack->log))
        unauthorized += entry.httpStatus == 401 ? 1 : 0;
    QCOMPARE(unauthorized, 1);

    // Each productKey exactly once (1 = newest … 10 000), in the order served.
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 key = model.table().productKey(r);
        QCOMPARE(key, qint64(r + 1));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 10000);

    // The money and dates are readable throughout; blank dates are the documented share.
    int undated = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.table().has(r, PurchaseTable::HasOrderValue));
        undated += model.table().has(r, PurchaseTable::HasDate) ? 0 : 1;
    }
    QVERIFY2(undated > 100 && undated < 1000, qPrintable(QString::number(undated)));
    QCOMPARE(model.malformedFields(), 0);

    // Sorted by value, the largest line first.
    proxy.sort(PurchasesModel::OrderValue, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 10000);
    const qint64 top = proxy.index(0, PurchasesModel::OrderValue).data(PurchasesModel::SortRole).toLongLong();
    const qint64 last = proxy.index(9999, PurchasesModel::OrderValue).data(PurchasesModel::SortRole).toLongLong();
    QVERIFY(top >= last);
}

void TestCdpPurchasesSandbox::tokenExpiryDuringPagingIsNotAnError()
{
    SandboxProcess shortLived;
    QString error;
    QVERIFY2(shortLived.start({u"--token-ttl"_s, u"1"_s, u"--latency-ms"_s, u"150"_s}, &error), qPrintable(error));
    QCOMPARE(shortLived.rcdp().value(u"tokenTtl"_s).toInt(), 1);
    auto stack = makeStack(shortLived, this);
    const RcdpSampleCustomer few = shortLived.rcdpSampleCustomer(u"few"_s);
    PurchasesModel model;
    QSignalSpy failures(&model, &PurchasesModel::pageFailed);
    auto stopAt = std::make_shared<int>(1 << 30);
    drive(model, *stack->purchases, {CustomerKey::detect(few.mobile)}, 20, stopAt);

    // 347 rows in 18 pages of 150 ms+ each: the 1 s token expires several times on the way.
    model.startLookup();
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), kTimeoutMs);
    QCOMPARE(failures.size(), 0);
    QCOMPARE(model.rowCount(), 347);
    QVERIFY2(stack->tokens->tokenRequestCount() >= 2, qPrintable(QString::number(stack->tokens->tokenRequestCount())));
    // Never more than one token per page: renewal is single flight and at most once per call.
    QVERIFY(stack->tokens->tokenRequestCount() <= model.pagesLoaded() + 1);
    QSet<qint64> keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.insert(model.table().productKey(r));
    QCOMPARE(keys.size(), 347);
}

void TestCdpPurchasesSandbox::serverErrorsKeepEarlierPages()
{
    auto stack = makeStack(m_sandbox, this);
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    PurchasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failures(&model, &PurchasesModel::pageFailed);
    auto stopAt = std::make_shared<int>(100);
    drive(model, *stack->purchases, {CustomerKey::detect(few.email)}, 50, stopAt);

    model.startLookup();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 100 && !model.isLoading(), kTimeoutMs);

    // Every API answer is now a 503: the page fails after its retries; rows stay.
    QVERIFY(m_sandbox.setFaults(0, 1.0, 0.0));
    *stopAt = 1000;
    model.fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.lastError().httpStatus, 503);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.hasMore());

    // The fault is gone: retry() continues where paging stopped.
    QVERIFY(m_sandbox.setFaults(0, 0.0, 0.0));
    model.retry();
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), kTimeoutMs);
    QCOMPARE(model.rowCount(), 347);
    QCOMPARE(failures.size(), 1);
    QSet<qint64> keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.insert(model.table().productKey(r));
    QCOMPARE(keys.size(), 347);

    // Totals: the 347-purchase customer bought in dollars and in euro.
    const PurchaseTotals totals = PurchaseTotals::compute(model.table());
    QCOMPARE(totals.lines, 347);
    QCOMPARE(totals.mainCurrency(), u"$"_s);
    QVERIFY(totals.currencies.size() >= 2);
}

void TestCdpPurchasesSandbox::requestLogHidesIdentifiersAndSecrets()
{
    const RcdpSampleCustomer few = m_sandbox.rcdpSampleCustomer(u"few"_s);
    auto result = fetch(*m_stack, {CustomerKey::detect(few.email)});
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, kTimeoutMs);
    QVERIFY(!m_stack->log.isEmpty());
    const QString token = QString::fromLatin1(m_stack->tokens->currentToken());
    QVERIFY(!token.isEmpty());
    for (const RequestLogEntry &entry : std::as_const(m_stack->log)) {
        const QString text = entry.url + u' ' + entry.message + u' ' + entry.outcome;
        QVERIFY2(!text.contains(few.email, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(m_sandbox.rcdpOauthKeySecret()), qPrintable(text));
        QVERIFY2(!text.contains(token), qPrintable(text));
    }
    QVERIFY(!CustomerKey::detect(few.email).masked().contains(few.email));
}

QTEST_GUILESS_MAIN(TestCdpPurchasesSandbox)
#include "tst_cdppurchases_sandbox.moc"
