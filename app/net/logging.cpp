#include "logging.h"

namespace cdp {

Q_LOGGING_CATEGORY(lcNet, "cdp.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "cdp.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "cdp.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cdp.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxClient, "cdp.sandbox-client", QtInfoMsg)

} // namespace cdp
