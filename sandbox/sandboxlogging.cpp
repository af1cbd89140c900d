#include "sandboxlogging.h"

namespace cdp::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "cdp.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "cdp.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxStore, "cdp.sandbox.store", QtInfoMsg)

} // namespace cdp::sandbox
