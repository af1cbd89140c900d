#include "importledgermodel.h"

#include "models/displayformat.h"

#include "domain/money.h"

#include <QLocale>

namespace cdp {

namespace {

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? DisplayFormat::localTime(utc.toMSecsSinceEpoch()) : QString();
}

qint64 timeValue(const QDateTime &utc)
{
    return utc.isValid() ? utc.toMSecsSinceEpoch() : 0;
}

} // namespace

ImportLedgerModel::ImportLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportLedgerModel::setEntries(const QList<ImportLedgerEntry> &newestFirst)
{
    beginResetModel();
    m_rows = newestFirst;
    endResetModel();
}

void ImportLedgerModel::clear()
{
    setEntries({});
}

int ImportLedgerModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == entryId)
            return i;
    }
    return -1;
}

void ImportLedgerModel::upsert(const ImportLedgerEntry &entry)
{
    if (entry.id == 0)
        return;
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_rows[row] = entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
}

int ImportLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportLedgerModel::statusText(const ImportLedgerEntry &entry)
{
    const QString state = importStateDisplayName(entry.state);
    if (!entry.batchStatus.isEmpty() && entry.state == ImportState::Polling)
        return tr("%1 (%2)").arg(state, entry.batchStatus);
    return state;
}

QString ImportLedgerModel::totalValueText(const QString &decimal, const QLocale &locale)
{
    const std::optional<Money> value = Money::parse(decimal);
    return value ? value->toString(locale) : decimal;
}

QVariant ImportLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportLedgerEntry &entry = m_rows.at(index.row());
    QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File: return entry.fileName;
        case Hash: return entry.sha256Hex().left(12);
        case Rows: return locale.toString(entry.rows);
        case TotalValue: return totalValueText(entry.totalValue, locale);
        case Target: return entry.targetText();
        case ImportId: return entry.importId;
        case BatchId: return entry.batchId;
        case Status: return statusText(entry);
        case Progress:
            if (entry.processed < 0)
                return QString();
            return tr("%1 / %2").arg(locale.toString(entry.processed), locale.toString(entry.total));
        case Created: return timeText(entry.createdAt);
        case Updated: return timeText(entry.updatedAt);
        case Finished: return timeText(entry.finishedAt);
        case Problem: return entry.errorText;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case File: return entry.sourcePath.isEmpty() ? entry.filePath : tr("%1\nconverted to %2").arg(entry.sourcePath, entry.filePath);
        case Hash: return tr("SHA-256 %1").arg(entry.sha256Hex());
        case Problem: return entry.errorText;
        case Status: return entry.progressText();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Rows || index.column() == TotalValue || index.column() == Progress)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Rows: return entry.rows;
        case TotalValue: return entry.totalValue.toDouble();   // ordering only; the text stays exact
        case BatchId: return entry.batchId.toLongLong();
        case Progress: return entry.processed;
        case Created: return timeValue(entry.createdAt);
        case Updated: return timeValue(entry.updatedAt);
        case Finished: return timeValue(entry.finishedAt);
        default: return data(index, Qt::DisplayRole);
        }
    case IsErrorRole: return entry.state == ImportState::Failed || entry.state == ImportState::Unknown;
    case IsActiveRole: return isActiveImportState(entry.state);
    case EntryIdRole: return entry.id;
    case SearchTextRole:
        return QStringList{entry.fileName, entry.sourcePath, entry.filePath, entry.sha256Hex(), entry.targetText(),
                           entry.importId, entry.batchId, statusText(entry), entry.errorText, entry.overrideNote}
            .join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant ImportLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Hash: return tr("Content hash");
    case Rows: return tr("Rows");
    case TotalValue: return tr("Total value");
    case Target: return tr("Target");
    case ImportId: return tr("Import id");
    case BatchId: return tr("Batch id");
    case Status: return tr("Status");
    case Progress: return tr("Processed");
    case Created: return tr("Started");
    case Updated: return tr("Updated");
    case Finished: return tr("Finished");
    case Problem: return tr("Problem");
    default: return {};
    }
}

ImportLedgerFilterProxy::ImportLedgerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportLedgerModel::SortRole);
}

void ImportLedgerFilterProxy::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ImportLedgerFilterProxy::setActiveOnly(bool on)
{
    m_activeOnly = on;
    invalidateFilter();
}

bool ImportLedgerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activeOnly && !index.data(ImportLedgerModel::IsActiveRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ImportLedgerModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace cdp
