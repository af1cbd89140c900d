#pragma once

#include <QLoggingCategory>

namespace cdp::sandbox {

// Logging categories of the sandbox. Never log tokens, client secrets or query strings.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxStore)

} // namespace cdp::sandbox
