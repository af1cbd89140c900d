#pragma once

#include <Qt>

#include <vector>

namespace cdp {

class PurchaseTable;

// Orders of PurchaseTable rows by one PurchasesModel column, on raw values: epoch ms, quantities,
// minor units at the table's largest scale (exact), and for text columns the rank of the distinct
// product (or currency) text, compared case-insensitively then case-sensitively. So every sort is
// an integer sort of (key, row) pairs, whatever the column. Rows with equal keys keep their row
// order (stable) in both directions; rows without a value (no date, no quantity, no amount) come
// last in both directions, in row order.
namespace PurchaseSort {

// All rows of the table in that order. column < 0: row order.
std::vector<int> sorted(const PurchaseTable &table, int column, Qt::SortOrder order);

// `ordered` holds rows [0, first) in that order; merges rows [first, last) into it.
void mergeAppended(const PurchaseTable &table, int column, Qt::SortOrder order, std::vector<int> &ordered,
                   int first, int last);

} // namespace PurchaseSort

} // namespace cdp
