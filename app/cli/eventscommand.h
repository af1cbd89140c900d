#pragma once

#include <QStringList>

namespace cdp::cli {

// `cdp-console send-outbox --workspace FILE [options]`: delivers the eSputnik outbox of a workspace
// headless (the same OrderEventsService as the console) and exits when nothing is left to send
// automatically. Opening the workspace turns entries left Sending by a killed run into Unconfirmed;
// they are never re-sent without --resend (see app/events/outbox.h).
//
// The API key comes from the environment variable CDP_ESPUTNIK_API_KEY (never the command line:
// process lists are public) or else from the keyring entry of the connection.
//
// Exit codes: 0 everything delivered (or discarded); 2 usage; 4 events failed in transit and
// --max-attempts gave up on them; 5 eSputnik rejected events (4xx; their text in the summary);
// 6 configuration (workspace, connection, API key refused); 7 unconfirmed events wait for a
// decision (--confirm-delivered or --resend). The JSON summary goes to stdout, progress to stderr.
bool isEventsCommand(int argc, char *argv[]);
int runEventsCommand(const QStringList &arguments);

} // namespace cdp::cli
