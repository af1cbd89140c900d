#include "csv/carmaschema.h"

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

CarmaColumn makeColumn(int index, const QString &name, const QString &description,
                       CarmaRequirement requirement, CarmaValueKind kind)
{
    CarmaColumn column;
    column.index = index;
    column.name = name;
    column.description = description;
    column.requirement = requirement;
    column.kind = kind;
    return column;
}

} // namespace

CarmaSchema::CarmaSchema(CarmaLayout layout)
    : m_layout(layout)
{
    m_columns.reserve(ColumnCount);
    m_columns.append(makeColumn(0, u"Originalid"_s,
                                u"Your id of the contact the data should be associated with"_s,
                                CarmaRequirement::Mandatory, CarmaValueKind::Text));
    m_columns.append(makeColumn(1, u"Sku/column1"_s, u"Stock Keeping Unit/custom value"_s,
                                CarmaRequirement::Mandatory, CarmaValueKind::Text));
    m_columns.append(makeColumn(2, u"itemPrice"_s,
                                u"Price of one unit with point (.) for decimals, i.e. 20.50"_s,
                                CarmaRequirement::Mandatory, CarmaValueKind::Price));
    m_columns.append(makeColumn(3, u"Transaction Time"_s,
                                u"Time in ISO-8601 format; yyyy-MM-dd HH:mm:ss"_s,
                                CarmaRequirement::Recommended, CarmaValueKind::DateTime));
    m_columns.append(makeColumn(4, u"No of Items"_s, u"Number of units bought"_s,
                                CarmaRequirement::Recommended, CarmaValueKind::Quantity));
    m_columns.append(makeColumn(5, u"Total price"_s, u"itemPrice*noOfItems"_s,
                                CarmaRequirement::Optional, CarmaValueKind::Total));

    int next = FirstCustomColumn;
    if (layout == CarmaLayout::Newer) {
        m_columns.append(makeColumn(6, u"Currency"_s, u"Currency code, e.g. SEK"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Currency));
        m_columns.append(makeColumn(7, u"Invoice Id"_s, u"Invoice or order id"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Text));
        m_columns.append(makeColumn(8, u"category"_s, u"Product category"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Text));
        m_columns.append(makeColumn(9, u"Item Name"_s, u"Product name"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Text));
        m_columns.append(makeColumn(10, u"Item Description"_s, u"Product description"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Text));
        next = 11;
    }
    // Custom columns keep their seed names (Column2 is file column 6, Column26 file column 30).
    for (int index = next; index < ColumnCount; ++index) {
        m_columns.append(makeColumn(index, u"Column%1"_s.arg(index - 4), u"custom value"_s,
                                    CarmaRequirement::Optional, CarmaValueKind::Text));
    }
}

CarmaSchema CarmaSchema::forLayout(CarmaLayout layout)
{
    return CarmaSchema(layout);
}

QString CarmaSchema::layoutId(CarmaLayout layout)
{
    return layout == CarmaLayout::Newer ? u"newer"_s : u"seed"_s;
}

std::optional<CarmaLayout> CarmaSchema::layoutFromId(QStringView id)
{
    if (id == u"seed")
        return CarmaLayout::Seed;
    if (id == u"newer")
        return CarmaLayout::Newer;
    return std::nullopt;
}

QString CarmaSchema::fieldName(int index) const
{
    if (index < 0 || index >= m_columns.size())
        return {};
    return m_columns.at(index).name;
}

} // namespace cdp::csv
