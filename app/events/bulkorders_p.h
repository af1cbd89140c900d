#pragma once

// Internal to app/events: a purchase file → order events (one per order/invoice with its items)
// and the contacts they need. Runs on a worker thread (no database, no network).

#include "connectors/esputnikevents.h"
#include "events/eventcomposer.h"
#include "events/ordereventsservice.h"

#include <QList>
#include <QString>

#include <atomic>

namespace cdp::BulkOrders {

struct ReadResult
{
    QList<EventDraft> drafts;             // in the order their first row appears
    QList<EsputnikContact> contacts;      // distinct, in first-seen order
    BulkProgress progress;                // rowsRead, rowsSkipped, orders, contacts, problems
    QString error;                        // non-empty: the file could not be read (nothing usable)
};

// How Originalid identifies a contact ("auto": e-mail → email, phone → phone, else contactKey).
QString identifierParamFor(const QString &originalId, const QString &choice);
EsputnikContact contactFor(const QString &originalId, const QString &param);

// Reads a Carma file (layout 0 Seed / 1 Newer) into order drafts.
ReadResult readCarmaFile(const QString &path, const BulkOrdersOptions &options, const std::atomic<bool> *cancel);
// MappedCsv: converts the CSV to a temporary Carma file with the mapping, then reads that.
ReadResult read(const BulkOrdersOptions &options, const std::atomic<bool> *cancel);

} // namespace cdp::BulkOrders
