#pragma once

#include <QString>
#include <QStringList>

namespace cdp::sandbox {

// The identity headers of productPurchased (seed 000) and how the sandbox compares their values:
//   gcrId                   exact (Golden Customer Record id)
//   mobile_number           digits only: "+48 (600) 123-456" and "48600123456" are the same number;
//                           no country-code inference ("0048…" or a missing prefix do not match)
//   email_address           trimmed and case-insensitive
//   customer_code_external  exact
namespace RcdpIdentity {

inline constexpr char16_t kGcrId[] = u"gcrId";
inline constexpr char16_t kMobile[] = u"mobile_number";
inline constexpr char16_t kEmail[] = u"email_address";
inline constexpr char16_t kCustomerCode[] = u"customer_code_external";

// All four header names, in the seed's order.
const QStringList &headers();

// The value as the store keeps it (see above); empty when nothing comparable remains.
QString normalised(const QString &header, const QString &value);

// Parses a --rcdp-dedup-columns value ("gcrId,email_address"): header names separated by commas
// (case-insensitive, spaces ignored, duplicates dropped), at least one. False with a message for
// an unknown name or an empty list.
bool parseColumns(const QString &text, QStringList *columns, QString *error);

} // namespace RcdpIdentity

} // namespace cdp::sandbox
