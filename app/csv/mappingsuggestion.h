#pragma once

#include "csv/carmaschema.h"
#include "csv/columnmapping.h"

#include <QString>

namespace cdp::csv {

struct SourceAnalysis;

// A header name folded for comparison: lower case, accents removed, only letters and digits kept
// ("Preço unitário" -> "precounitario", "shipping_limit_date" -> "shippinglimitdate").
QString foldHeaderName(const QString &header);

// The Carma column a header name suggests (English plus a few Portuguese, Swedish and Polish
// synonyms), with a score: 3 an exact synonym, 2 a stand-in (order_id for the contact id), 1 a
// synonym contained in the name; -1 and score 0 when nothing fits.
int suggestCarmaColumn(const QString &header, CarmaLayout layout, int *score = nullptr);

// A first mapping for a source: header suggestions (best score first, each source column and
// Carma field used once), then sample-based guesses for fields still empty (a column of dates for
// Transaction Time, of decimal numbers for itemPrice); No of Items becomes the count 1 when no
// column fits; Total price is computed when no column fits. Applies the analysis' evidence.
ColumnMapping suggestMapping(const SourceAnalysis &analysis, CarmaLayout layout = CarmaLayout::Seed);

} // namespace cdp::csv
