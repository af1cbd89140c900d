#pragma once

#include "userprofilestore.h"

#include <QJsonObject>

namespace cdp::sandbox {

// Builds the User Profile API response body (seed 002 and the vendor's field list): the
// top-level fields, then every behaviour list as an array (empty when the user has none), each
// entry carrying sessionId and timestamp (epoch ms) next to its own fields, newest first.
class UserProfileJson
{
public:
    static QJsonObject profile(const ProfileUser &user, const QStringList &linkedIds,
                               const QHash<QString, QList<ProfileEvent>> &events);
    static QJsonObject entry(const ProfileEvent &event);
};

} // namespace cdp::sandbox
