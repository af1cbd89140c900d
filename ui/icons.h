#pragma once

#include <QIcon>
#include <QString>

namespace cdp::ui {

// The console's hand-drawn SVG icons (resources/cdp-console.qrc, compiled into cdpui).
namespace Icons {

void initResources();                 // idempotent; registers the icon resource of cdpui
QIcon icon(const QString &name);      // name without ".svg", e.g. "timeline"
QIcon application();

} // namespace Icons
} // namespace cdp::ui
