#include "appinfo.h"

namespace cdp::AppInfo {

QString version() { return QStringLiteral(CDP_VERSION); }
QString applicationName() { return QStringLiteral("cdp-console"); }
QString displayName() { return QStringLiteral("CDP Console"); }
QString organizationName() { return QStringLiteral("cdp-console"); }
QString organizationDomain() { return QStringLiteral("cdp-console.example.org"); }
QString desktopFileName() { return QStringLiteral("cdp-console"); }

} // namespace cdp::AppInfo
