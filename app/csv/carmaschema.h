#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cdp::csv {

// Column layouts of a Carma purchase-history file. Seed: the vendor document (seed 001), the
// default. Newer: the later layout (VENDOR_NOTES) naming columns 6-10.
enum class CarmaLayout { Seed, Newer };

enum class CarmaRequirement {
    Mandatory,   // columns 0-2: must be present and non-empty
    Recommended, // columns 3-4: not mandatory, strongly recommended (a warning when absent)
    Optional,
};

// What the validator checks in a cell; custom columns are free text.
enum class CarmaValueKind { Text, Price, DateTime, Quantity, Total, Currency };

struct CarmaColumn
{
    int index = 0;
    QString name;        // Carma field name, e.g. "itemPrice"
    QString description; // one line from the vendor document
    CarmaRequirement requirement = CarmaRequirement::Optional;
    CarmaValueKind kind = CarmaValueKind::Text;
};

// The 31 positional columns of a Carma file (semicolon, no header, UTF-8).
class CarmaSchema
{
public:
    static constexpr int ColumnCount = 31;
    static constexpr int MinimumFieldCount = 3; // the mandatory columns 0-2

    static constexpr int OriginalIdColumn = 0;
    static constexpr int SkuColumn = 1;
    static constexpr int ItemPriceColumn = 2;
    static constexpr int TransactionTimeColumn = 3;
    static constexpr int NoOfItemsColumn = 4;
    static constexpr int TotalPriceColumn = 5;
    static constexpr int FirstCustomColumn = 6;

    static CarmaSchema forLayout(CarmaLayout layout);
    static CarmaSchema seedLayout() { return forLayout(CarmaLayout::Seed); }
    static CarmaSchema newerLayout() { return forLayout(CarmaLayout::Newer); }

    // Stable identifiers for saved mapping profiles: "seed", "newer".
    static QString layoutId(CarmaLayout layout);
    static std::optional<CarmaLayout> layoutFromId(QStringView id);

    CarmaLayout layout() const { return m_layout; }
    const QList<CarmaColumn> &columns() const { return m_columns; }
    // Column by index; index must be in [0, ColumnCount).
    const CarmaColumn &column(int index) const { return m_columns.at(index); }
    // Field name, or an empty string for an index outside the schema.
    QString fieldName(int index) const;

private:
    explicit CarmaSchema(CarmaLayout layout);

    CarmaLayout m_layout;
    QList<CarmaColumn> m_columns;
};

} // namespace cdp::csv
