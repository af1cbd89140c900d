#include "userprofile.h"

#include <QCoreApplication>

namespace cdp {

qint64 ProfileEvent::totalCents() const
{
    qint64 total = 0;
    for (const ProfileItem &item : items)
        total += item.lineTotalCents();
    return total;
}

qint64 ProfileEvent::totalQuantity() const
{
    qint64 total = 0;
    for (const ProfileItem &item : items)
        total += item.quantity;
    return total;
}

bool ProfileEvent::hasAmount() const
{
    for (const ProfileItem &item : items) {
        if (item.hasPrice)
            return true;
    }
    return false;
}

QString ProfileEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Order: return QStringLiteral("order");
    case Kind::ItemView: return QStringLiteral("view");
    case Kind::Click: return QStringLiteral("click");
    case Kind::Search: return QStringLiteral("search");
    case Kind::CategoryView: return QStringLiteral("category");
    case Kind::BrandView: return QStringLiteral("brand");
    case Kind::CartAdd: return QStringLiteral("cart");
    case Kind::Referrer: return QStringLiteral("referrer");
    case Kind::VerbNoun: return QStringLiteral("verbnoun");
    case Kind::Segments: return QStringLiteral("segments");
    case Kind::Attributes: return QStringLiteral("attributes");
    }
    return QStringLiteral("unknown");
}

QString ProfileEvent::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Order: return QCoreApplication::translate("cdp::ProfileEvent", "Order");
    case Kind::ItemView: return QCoreApplication::translate("cdp::ProfileEvent", "Item view");
    case Kind::Click:
        return QCoreApplication::translate("cdp::ProfileEvent", "Click", "a click on a recommendation");
    case Kind::Search: return QCoreApplication::translate("cdp::ProfileEvent", "Search");
    case Kind::CategoryView: return QCoreApplication::translate("cdp::ProfileEvent", "Category view");
    case Kind::BrandView: return QCoreApplication::translate("cdp::ProfileEvent", "Brand view");
    case Kind::CartAdd: return QCoreApplication::translate("cdp::ProfileEvent", "Cart add");
    case Kind::Referrer:
        return QCoreApplication::translate("cdp::ProfileEvent", "Referrer", "the page the shopper came from");
    case Kind::VerbNoun:
        return QCoreApplication::translate("cdp::ProfileEvent", "Verb / noun", "a custom verb-noun event");
    case Kind::Segments: return QCoreApplication::translate("cdp::ProfileEvent", "Segments");
    case Kind::Attributes: return QCoreApplication::translate("cdp::ProfileEvent", "Attributes");
    }
    return QString();
}

bool ProfileEvent::kindFromKey(const QString &key, Kind *kind)
{
    for (const Kind candidate : allKinds()) {
        if (kindKey(candidate) == key) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

QList<ProfileEvent::Kind> ProfileEvent::allKinds()
{
    QList<Kind> kinds;
    kinds.reserve(KindCount);
    for (int i = 0; i < KindCount; ++i)
        kinds.append(static_cast<Kind>(i));
    return kinds;
}

QList<int> UserProfile::countsPerKind() const
{
    QList<int> counts(ProfileEvent::KindCount, 0);
    for (const ProfileEvent &event : events)
        ++counts[static_cast<int>(event.kind)];
    return counts;
}

qint64 UserProfile::totalOrderCents() const
{
    qint64 total = 0;
    for (const ProfileEvent &event : events) {
        if (event.kind == ProfileEvent::Kind::Order)
            total += event.totalCents();
    }
    return total;
}

} // namespace cdp
