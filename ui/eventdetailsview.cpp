#include "eventdetailsview.h"

#include "models/displayformat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace cdp::ui {

namespace {

enum ItemColumn { ItemId, Sku, Quantity, UnitPrice, LineTotal, ItemColumnCount };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#6b6b6b'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

EventDetailsView::EventDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_items(new QTableWidget(0, ItemColumnCount, this))
    , m_total(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_items->setHorizontalHeaderLabels({tr("Item"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    m_items->verticalHeader()->hide();
    m_items->setAlternatingRowColors(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->horizontalHeader()->setSectionResizeMode(ItemId, QHeaderView::Stretch);
    m_items->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 8);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setTextFormat(Qt::PlainText);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(16);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_facts, 1, 0, Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_items, 1, 1);
    layout->addWidget(m_total, 2, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(1, 1);
    clear();
}

QString EventDetailsView::titleText() const
{
    return m_title->text();
}

void EventDetailsView::clear()
{
    m_title->setText(tr("Select an event to see its details."));
    m_facts->clear();
    m_items->setRowCount(0);
    m_items->hide();
    m_total->hide();
}

void EventDetailsView::setEvent(const ProfileEvent &event)
{
    const QString kind = ProfileEvent::kindDisplayName(event.kind);
    m_title->setText(event.subject.isEmpty() ? kind : tr("%1 · %2", "event kind · subject").arg(kind, event.subject));

    QString facts = QStringLiteral("<table>");
    facts += row(tr("Time"), DisplayFormat::localTime(event.timestampMs));
    facts += row(tr("Epoch ms"), event.timestampMs ? QString::number(event.timestampMs) : QString());
    facts += row(tr("Kind"), kind);
    facts += row(tr("Subject"), event.subject);
    facts += row(tr("Channel"), event.channel);
    facts += row(tr("Session"), event.sessionId);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    const bool hasItems = !event.items.isEmpty();
    m_items->setRowCount(int(event.items.size()));
    for (int i = 0; i < event.items.size(); ++i) {
        const ProfileItem &item = event.items.at(i);
        m_items->setItem(i, ItemId, cell(item.itemId));
        m_items->setItem(i, Sku, cell(item.sku));
        m_items->setItem(i, Quantity, cell(QLocale().toString(item.quantity), true));
        m_items->setItem(i, UnitPrice, cell(item.hasPrice ? DisplayFormat::cents(item.priceInCents) : QString(), true));
        m_items->setItem(i, LineTotal, cell(item.hasPrice ? DisplayFormat::cents(item.lineTotalCents()) : QString(), true));
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(ItemId, QHeaderView::Stretch);
    m_items->setVisible(hasItems);
    m_total->setText(event.hasAmount()
        ? tr("%n item(s), quantity %1, total %2", nullptr, int(event.items.size()))
              .arg(QLocale().toString(event.totalQuantity()), DisplayFormat::cents(event.totalCents()))
        : QString());
    m_total->setVisible(hasItems && event.hasAmount());
}

} // namespace cdp::ui
