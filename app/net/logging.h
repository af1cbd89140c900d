#pragma once

#include <QLoggingCategory>

// One logging category per area (enable with QT_LOGGING_RULES="cdp.net.debug=true").
// Nothing logged through them may contain a secret, a token, an e-mail address or a phone
// number: pass URLs through Redact::url() and free text through Redact::text() first.
namespace cdp {

Q_DECLARE_LOGGING_CATEGORY(lcNet)            // "cdp.net": ApiClient, retries, rate limiting
Q_DECLARE_LOGGING_CATEGORY(lcAuth)           // "cdp.auth": token providers, secret store
Q_DECLARE_LOGGING_CATEGORY(lcStore)          // "cdp.store": the SQLite workspace
Q_DECLARE_LOGGING_CATEGORY(lcUi)             // "cdp.ui": panes, dialogs, wizards
Q_DECLARE_LOGGING_CATEGORY(lcSandboxClient)  // "cdp.sandbox-client": the console's side of --demo

} // namespace cdp
