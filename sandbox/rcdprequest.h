#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdp::sandbox {

// The pointer to the last row of the previous page (seed 000's request body): the hash key of the
// customer's purchase table and the range key of the row.
struct RcdpLastKey
{
    QString hashKey;      // HK_CUSTOMER_CODE, e.g. "1_1092"
    qint64 dateKey = 0;   // RK_DATE_KEY, unique per purchase row of a customer
};

// The optional productPurchased body: {"lastKey":{…},"page":1,"pageSize":100}.
struct RcdpPaging
{
    static constexpr int kDefaultPageSize = 20;
    static constexpr int kMaxPageSize = 500;

    std::optional<RcdpLastKey> lastKey;   // absent or null: start at the newest purchase
    std::optional<int> page;              // 1-based
    int pageSize = kDefaultPageSize;      // already clamped to kMaxPageSize
};

// Request bodies of the RCDP endpoints, read tolerantly: an empty body is an empty object, and the
// typographic quotes of seed 000's example (“ ” „ ‟ ″) are read as '"'.
namespace RcdpRequest {

bool jsonObject(const QByteArray &body, QJsonObject *object, QString *error);

// lastKey (object or null; RK_DATE_KEY a number or a digit string), page >= 1, pageSize >= 1
// (numbers or digit strings; a pageSize above kMaxPageSize is served as kMaxPageSize).
bool paging(const QByteArray &body, RcdpPaging *paging, QString *error);

// The token request's {"resource":[…]} (a single string is tolerated). An empty body or no
// "resource" yields every resource; unknown resource names are an error.
bool resources(const QByteArray &body, QStringList *resources, QString *error);

// The profile resources of the B2B API (VENDOR_NOTES); only productPurchased is emulated.
const QStringList &knownResources();

} // namespace RcdpRequest

} // namespace cdp::sandbox
