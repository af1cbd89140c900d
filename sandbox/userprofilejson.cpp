#include "userprofilejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

QJsonObject UserProfileJson::entry(const ProfileEvent &event)
{
    QJsonObject object = event.payload;
    object.insert(u"sessionId"_s, event.sessionId);
    object.insert(u"timestamp"_s, event.timestampMs);
    return object;
}

QJsonObject UserProfileJson::profile(const ProfileUser &user, const QStringList &linkedIds,
                                     const QHash<QString, QList<ProfileEvent>> &events)
{
    QJsonObject body;
    body.insert(u"userId"_s, user.userId);
    body.insert(u"mostRecentRRUserGuid"_s, user.mostRecentRRUserGuid);
    if (user.timeOfFirstEventMs > 0)
        body.insert(u"timeOfFirstEvent"_s, user.timeOfFirstEventMs);
    else
        body.insert(u"timeOfFirstEvent"_s, QJsonValue::Null);
    body.insert(u"linkedIds"_s, QJsonArray::fromStringList(linkedIds));

    for (const QString &list : UserProfileStore::eventLists()) {
        QJsonArray array;
        const QList<ProfileEvent> entries = events.value(list);
        for (const ProfileEvent &event : entries)
            array.append(entry(event));
        body.insert(list, array);
    }
    body.insert(u"batchAttributes"_s, user.batchAttributes);
    return body;
}

} // namespace cdp::sandbox
