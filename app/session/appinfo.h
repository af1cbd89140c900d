#pragma once

#include <QString>

namespace cdp::AppInfo {

// Identity of the application: used for QCoreApplication, QSettings, QStandardPaths and --version.
QString version();            // PROJECT_VERSION of CMakeLists.txt, e.g. "0.1.0"
QString applicationName();    // "cdp-console" (settings file, data directory)
QString displayName();        // "CDP Console"
QString organizationName();   // "CDP Console" (QSettings scope)
QString organizationDomain(); // "cdp-console.example.org"
QString desktopFileName();    // "cdp-console" (resources/cdp-console.desktop)

} // namespace cdp::AppInfo
