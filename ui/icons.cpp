#include "icons.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void cdpInitUiResources()
{
    Q_INIT_RESOURCE(cdp_console);
}

namespace cdp::ui::Icons {

void initResources()
{
    static const bool once = [] {
        cdpInitUiResources();
        return true;
    }();
    Q_UNUSED(once);
}

QIcon icon(const QString &name)
{
    initResources();
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QIcon application()
{
    return icon(QStringLiteral("cdp-console"));
}

} // namespace cdp::ui::Icons
