#include "eventcomposerdialog.h"

#include "icons.h"

#include "events/ordereventsservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {

const QString kErrorStyle = QStringLiteral("color: palette(text); background: #fde7e9; border: 1px solid #e0a0a6; "
                                           "border-radius: 3px; padding: 2px 6px;");
const QString kWarningStyle = QStringLiteral("color: palette(text); background: #fff4d6; border: 1px solid #e6c36a; "
                                             "border-radius: 3px; padding: 2px 6px;");

// The zones the date field offers: none (the seed's own example has none; a warning), UTC, the
// system's, and the zones the retailer's stores and data use.
QList<QByteArray> zoneIds()
{
    QList<QByteArray> ids = {QByteArray(), QByteArrayLiteral("UTC")};
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && system != "UTC" && system != "Etc/UTC")
        ids.append(system);
    for (const char *id : {"Europe/Kyiv", "Europe/London", "Europe/Berlin", "Europe/Madrid", "America/New_York",
                           "America/Sao_Paulo", "Asia/Tokyo"}) {
        const QByteArray zone(id);
        if (!ids.contains(zone) && QTimeZone::isTimeZoneIdAvailable(zone))
            ids.append(zone);
    }
    return ids;
}

QString zoneLabel(const QByteArray &id)
{
    if (id.isEmpty())
        return EventComposerDialog::tr("No time zone (not recommended)");
    const QTimeZone zone(id);
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(offset) / 60;
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return EventComposerDialog::tr("%1 (UTC%2%3:%4)")
        .arg(QString::fromLatin1(id), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "items[3].price" → (3, "price"); row -1 when the field is not an item field.
std::pair<int, QString> itemField(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:items|products)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const QRegularExpressionMatch m = pattern.match(field);
    if (!m.hasMatch())
        return {-1, QString()};
    return {m.captured(1).toInt(), m.captured(2)};
}

int itemColumnOf(const QString &key)
{
    if (key == QLatin1String("externalItemId") || key == QLatin1String("productId") || key == QLatin1String("id"))
        return EventComposerDialog::ItemId;
    if (key == QLatin1String("name"))
        return EventComposerDialog::ItemName;
    if (key == QLatin1String("category"))
        return EventComposerDialog::ItemCategory;
    if (key == QLatin1String("quantity"))
        return EventComposerDialog::ItemQuantity;
    if (key == QLatin1String("cost") || key == QLatin1String("price"))
        return EventComposerDialog::ItemPrice;
    if (key == QLatin1String("discount"))
        return EventComposerDialog::ItemDiscount;
    if (key == QLatin1String("url"))
        return EventComposerDialog::ItemUrl;
    if (key == QLatin1String("imageUrl"))
        return EventComposerDialog::ItemImageUrl;
    if (key == QLatin1String("description"))
        return EventComposerDialog::ItemDescription;
    return -1;
}

QString jsonTemplate(const EventParamSpec &spec)
{
    QStringList parts;
    for (const QString &key : spec.jsonKeys) {
        if (spec.requiredJsonKeys.contains(key) || spec.jsonKeys.size() <= 2)
            parts.append(QStringLiteral("\"%1\":…").arg(key));
    }
    return QStringLiteral("{") + parts.join(QLatin1Char(',')) + QStringLiteral("}");
}

} // namespace

EventComposerDialog::EventComposerDialog(OrderEventsService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_typeCombo(new QComboBox(this))
    , m_typeDescription(new QLabel(this))
    , m_connectionNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("New Event"));
    setObjectName(QStringLiteral("EventComposerDialog"));

    for (const EventTypeSpec &spec : EventComposer::catalogue())
        m_typeCombo->addItem(tr("%1 — %2").arg(spec.label, spec.key), int(spec.type));
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeDescription->setWordWrap(true);
    m_typeDescription->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_connectionNote->setWordWrap(true);
    m_connectionNote->setTextFormat(Qt::PlainText);

    auto *typeRow = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("Event &type:"), this);
    typeLabel->setBuddy(m_typeCombo);
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_typeCombo);
    typeRow->addWidget(m_typeDescription, 1);

    m_tabs->addTab(buildFormTab(), tr("&Form"));
    m_tabs->addTab(buildRawTab(), tr("&Raw body"));
    m_tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildPreviewSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setIcon(Icons::icon(QStringLiteral("send")));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    // Send is not accept(): the dialog stays open for the next event.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { send(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(typeRow);
    layout->addWidget(m_connectionNote);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const EventType type = EventType(m_typeCombo->itemData(index).toInt());
        if (type == m_type && m_formHost)
            return;
        // Keep what carries over (identifiers, order id, items) to the new type.
        EventDraft values = formDraft();
        values.eventTypeKey = EventComposer::key(type);
        m_type = type;
        const bool keyValueEdited = m_keyValueEdited;
        rebuildForm(values);
        m_keyValueEdited = keyValueEdited;
        followKeyValue();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The raw body names its own type: the picker is for the form.
        m_typeCombo->setEnabled(!isRawMode());
        if (!isRawMode()) {
            if (const EventTypeSpec *spec = EventComposer::spec(m_type))
                m_typeDescription->setText(spec->description);
        }
        updateAll();
    });
    if (m_service) {
        connect(m_service, &OrderEventsService::connectionChanged, this, &EventComposerDialog::updateConnectionNote);
    }

    m_type = EventType::OrderCreated;
    EventDraft initial = EventDraft::forType(m_type);
    initial.setValue(QStringLiteral("status"), QStringLiteral("INITIALIZED"));
    rebuildForm(initial);
    updateConnectionNote();
    resize(1180, 780);
}

EventComposerDialog::~EventComposerDialog() = default;

QWidget *EventComposerDialog::buildFormTab()
{
    auto *tab = new QWidget(this);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(4, 8, 8, 4);

    // keyValue: the contact key the event is filed under; follows the e-mail (or phone) until edited.
    auto *keyForm = new QFormLayout;
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyValue = new QLineEdit(inner);
    m_keyValue->setObjectName(QStringLiteral("keyValueEdit"));
    m_keyValue->setPlaceholderText(tr("The contact's key: e-mail, phone or contact key"));
    m_keyValue->setToolTip(tr("eSputnik files the event under this key. At most %1 characters, none of %2.")
                               .arg(EventComposer::MaxKeyValueLength)
                               .arg(EventComposer::forbiddenKeyValueCharacters()));
    m_keyValueProblem = new QLabel(inner);
    m_keyValueProblem->setWordWrap(true);
    m_keyValueProblem->hide();
    auto *keyBox = new QVBoxLayout;
    keyBox->setSpacing(2);
    keyBox->addWidget(m_keyValue);
    keyBox->addWidget(m_keyValueProblem);
    auto *keyLabel = new QLabel(tr("<b>keyValue</b> <span style='color:#c0392b'>*</span>"), inner);
    keyLabel->setBuddy(m_keyValue);
    keyForm->addRow(keyLabel, keyBox);
    innerLayout->addLayout(keyForm);
    connect(m_keyValue, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_keyValueEdited = !text.isEmpty();
        if (!m_keyValueEdited)
            followKeyValue();
        updateAll();
    });

    m_formHost = new QWidget(inner);
    innerLayout->addWidget(m_formHost);
    m_extraLabel = new QLabel(inner);
    m_extraLabel->setWordWrap(true);
    m_extraLabel->hide();
    innerLayout->addWidget(m_extraLabel);

    // The items table.
    m_itemsBox = new QGroupBox(tr("Items"), inner);
    auto *itemsLayout = new QVBoxLayout(m_itemsBox);
    m_items = new QTableWidget(0, ItemColumnCount, m_itemsBox);
    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 10);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setMinimumHeight(150);
    m_items->setAlternatingRowColors(true);
    auto *itemButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(Icons::icon(QStringLiteral("add")), tr("&Add item"), m_itemsBox);
    addButton->setAutoDefault(false);
    m_removeItemButton = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("Re&move"), m_itemsBox);
    m_removeItemButton->setAutoDefault(false);
    m_removeItemButton->setEnabled(false);
    m_itemsAsParam = new QCheckBox(tr("Send as `items`"), m_itemsBox);
    m_itemsAsParam->setChecked(true);
    m_itemsAsParam->setToolTip(tr("Order events: the table goes into the `items` parameter as a JSON string."));
    m_productsShape = new QComboBox(m_itemsBox);
    m_productsShape->setObjectName(QStringLiteral("productsShape"));
    m_productsShape->addItem(tr("No `products`"), int(ProductsShape::None));
    m_productsShape->addItem(tr("`products` as [ … ]"), int(ProductsShape::ArrayString));
    m_productsShape->addItem(tr("`products` as {\"array\": [ … ]}"), int(ProductsShape::ArrayObject));
    m_productsShape->setToolTip(tr("`products` is needed to show product data in an e-mail; the seed shows both shapes."));
    m_itemsTotal = new QLabel(m_itemsBox);
    itemButtons->addWidget(addButton);
    itemButtons->addWidget(m_removeItemButton);
    itemButtons->addStretch();
    itemButtons->addWidget(m_itemsTotal);
    auto *shapeRow = new QHBoxLayout;
    shapeRow->addWidget(m_itemsAsParam);
    shapeRow->addWidget(m_productsShape);
    shapeRow->addStretch();
    m_itemsProblem = new QLabel(m_itemsBox);
    m_itemsProblem->setWordWrap(true);
    m_itemsProblem->hide();
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addLayout(itemButtons);
    itemsLayout->addLayout(shapeRow);
    itemsLayout->addWidget(m_itemsProblem);
    innerLayout->addWidget(m_itemsBox, 1);
    innerLayout->addStretch(0);   // takes the room when the type has no items table

    connect(addButton, &QPushButton::clicked, this, [this] {
        addItemRow(EventItem{});
        m_items->setCurrentCell(m_items->rowCount() - 1, ItemId);
        m_items->editItem(m_items->item(m_items->rowCount() - 1, ItemId));
    });
    connect(m_removeItemButton, &QPushButton::clicked, this, &EventComposerDialog::removeSelectedItems);
    connect(m_items, &QTableWidget::itemChanged, this, [this] { updateAll(); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeItemButton->setEnabled(!m_items->selectedItems().isEmpty()); });
    connect(m_itemsAsParam, &QCheckBox::toggled, this, &EventComposerDialog::updateAll);
    connect(m_productsShape, &QComboBox::currentIndexChanged, this, &EventComposerDialog::updateAll);

    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return tab;
}

QWidget *EventComposerDialog::buildRawTab()
{
    auto *tab = new QWidget(this);
    auto *intro = new QLabel(tr("Paste a complete v1/event request body. It is checked as you type; Send queues it "
                                "as shown in the preview."), tab);
    intro->setWordWrap(true);
    m_raw = new QPlainTextEdit(tab);
    m_raw->setObjectName(QStringLiteral("rawEdit"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(QStringLiteral("{\"eventTypeKey\": \"orderCreated\", \"keyValue\": \"…\", \"params\": [ … ]}"));
    m_loadRawButton = new QPushButton(tr("&Edit in form"), tab);
    m_loadRawButton->setAutoDefault(false);
    m_loadRawButton->setToolTip(tr("Open the pasted body in the form (known event types only)"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_loadRawButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 8, 8, 4);
    layout->addWidget(intro);
    layout->addWidget(m_raw, 1);
    layout->addLayout(row);
    connect(m_raw, &QPlainTextEdit::textChanged, this, &EventComposerDialog::updateAll);
    connect(m_loadRawButton, &QPushButton::clicked, this, &EventComposerDialog::loadRawIntoForm);
    return tab;
}

QWidget *EventComposerDialog::buildPreviewSide()
{
    auto *side = new QWidget(this);
    m_previewCaption = new QLabel(side);
    m_preview = new QPlainTextEdit(side);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setWordWrapMode(QTextOption::WrapAnywhere);
    m_preview->setStyleSheet(QStringLiteral("QPlainTextEdit { background: palette(alternate-base); }"));
    auto *copyButton = new QPushButton(Icons::icon(QStringLiteral("copy")), tr("&Copy body"), side);
    copyButton->setAutoDefault(false);
    copyButton->setToolTip(tr("Copy the exact request body to the clipboard"));
    connect(copyButton, &QPushButton::clicked, this, &EventComposerDialog::copyBody);
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_previewCaption, 1);
    captionRow->addWidget(copyButton);

    auto *problemsCaption = new QLabel(tr("<b>Checks</b>"), side);
    m_problemList = new QListWidget(side);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(190);
    m_problemList->setAlternatingRowColors(true);
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(Qt::UserRole).toString();
        if (QWidget *editor = paramEditor(field))
            editor->setFocus(Qt::OtherFocusReason);
        else if (field == QLatin1String("keyValue"))
            m_keyValue->setFocus(Qt::OtherFocusReason);
    });

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(8, 8, 0, 4);
    layout->addLayout(captionRow);
    layout->addWidget(m_preview, 3);
    layout->addWidget(problemsCaption);
    layout->addWidget(m_problemList, 2);
    return side;
}

EventComposerDialog::Field EventComposerDialog::makeField(const EventParamSpec &spec, QWidget *parent)
{
    Field field;
    field.spec = spec;
    const QString mark = spec.required ? QStringLiteral(" <span style='color:#c0392b'>*</span>") : QString();
    field.label = new QLabel(QStringLiteral("%1%2<br><span style='color:gray; font-size:small'>%3</span>")
                                 .arg(spec.label.toHtmlEscaped(), mark, spec.name.toHtmlEscaped()),
                             parent);
    field.label->setToolTip(spec.description);
    field.problem = new QLabel(parent);
    field.problem->setWordWrap(true);
    field.problem->hide();

    auto *box = new QWidget(parent);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);

    switch (spec.kind) {
    case EventParamKind::OrderStatus:
        field.combo = new QComboBox(box);
        if (!spec.required)
            field.combo->addItem(tr("(not sent)"), QString());
        for (const QString &status : EventComposer::orderStatuses())
            field.combo->addItem(status, status);
        connect(field.combo, &QComboBox::currentIndexChanged, this, &EventComposerDialog::updateAll);
        row->addWidget(field.combo);
        row->addStretch();
        field.editor = field.combo;
        break;
    case EventParamKind::DateTime: {
        if (!spec.required) {
            field.include = new QCheckBox(tr("Send"), box);
            connect(field.include, &QCheckBox::toggled, this, [this] { updateAll(); });
            row->addWidget(field.include);
        }
        field.dateEdit = new QDateTimeEdit(QDateTime::currentDateTime(), box);
        field.dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        field.dateEdit->setCalendarPopup(true);
        field.zoneCombo = new QComboBox(box);
        field.zoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field.zoneCombo->setMinimumContentsLength(14);
        for (const QByteArray &id : zoneIds())
            field.zoneCombo->addItem(zoneLabel(id), id);
        int zoneIndex = field.zoneCombo->findData(QTimeZone::systemTimeZoneId());
        if (zoneIndex < 0)   // the system zone is UTC (Etc/UTC), or not listed
            zoneIndex = field.zoneCombo->findData(QByteArrayLiteral("UTC"));
        field.zoneCombo->setCurrentIndex(qMax(0, zoneIndex));
        field.zoneCombo->setToolTip(tr("The time zone the date is written with (ISO 8601 offset)"));
        connect(field.dateEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { updateAll(); });
        connect(field.zoneCombo, &QComboBox::currentIndexChanged, this, [this] { updateAll(); });
        row->addWidget(field.dateEdit);
        row->addWidget(field.zoneCombo, 1);
        field.editor = field.dateEdit;
        if (field.include) {
            const QPointer<QDateTimeEdit> edit = field.dateEdit;
            const QPointer<QComboBox> zone = field.zoneCombo;
            auto enable = [edit, zone](bool on) {
                if (edit)
                    edit->setEnabled(on);
                if (zone)
                    zone->setEnabled(on);
            };
            connect(field.include, &QCheckBox::toggled, box, enable);
            enable(false);
        }
        break;
    }
    default: {
        field.line = new QLineEdit(box);
        switch (spec.kind) {
        case EventParamKind::Email: field.line->setPlaceholderText(QStringLiteral("name@example.com")); break;
        case EventParamKind::Phone: field.line->setPlaceholderText(QStringLiteral("380501234567")); break;
        case EventParamKind::Decimal: field.line->setPlaceholderText(QStringLiteral("258.0")); break;
        case EventParamKind::Currency:
            field.line->setPlaceholderText(QStringLiteral("USD"));
            field.line->setMaxLength(8);
            break;
        case EventParamKind::JsonObject:
            field.line->setPlaceholderText(jsonTemplate(spec));
            field.line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            break;
        default: break;
        }
        connect(field.line, &QLineEdit::textChanged, this, [this] {
            followKeyValue();
            updateAll();
        });
        row->addWidget(field.line);
        field.editor = field.line;
        break;
    }
    }
    field.editor->setObjectName(QStringLiteral("param_") + spec.name);
    field.editor->setToolTip(spec.description);
    boxLayout->addLayout(row);
    boxLayout->addWidget(field.problem);
    field.problem->setObjectName(QStringLiteral("problem_") + spec.name);
    field.editor->setProperty("cdpFieldBox", QVariant::fromValue<QObject *>(box));
    return field;
}

void EventComposerDialog::rebuildForm(const EventDraft &values)
{
    m_updating = true;
    const EventTypeSpec *spec = EventComposer::spec(m_type);

    // A fresh host widget: the old fields go with the old one.
    QWidget *oldHost = m_formHost;
    auto *host = new QWidget(oldHost->parentWidget());
    m_form = new QFormLayout(host);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fields.clear();
    m_extraParams.clear();
    if (spec) {
        for (const EventParamSpec &param : spec->params) {
            if (param.kind == EventParamKind::ItemsJson || param.kind == EventParamKind::ProductsJson)
                continue;   // from the items table
            Field field = makeField(param, host);
            QWidget *box = qobject_cast<QWidget *>(field.editor->property("cdpFieldBox").value<QObject *>());
            m_form->addRow(field.label, box);
            m_fields.append(field);
        }
        m_typeDescription->setText(spec->description);
    } else {
        m_typeDescription->setText(tr("An event type the console does not know: use the raw body."));
    }
    if (auto *parentLayout = oldHost->parentWidget()->layout())
        delete parentLayout->replaceWidget(oldHost, host);   // the old host's layout item is ours to delete
    oldHost->hide();
    oldHost->deleteLater();
    host->show();   // a child added to a visible parent stays hidden until shown
    m_formHost = host;

    // Values.
    for (Field &field : m_fields)
        setFieldValue(field, values.hasParam(field.spec.name) ? values.value(field.spec.name) : QString());
    for (const EventParam &param : values.params) {
        if (param.name == QLatin1String("items") || param.name == QLatin1String("products"))
            continue;
        const bool known = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                       [&param](const Field &f) { return f.spec.name == param.name; });
        if (!known && !param.value.isEmpty())
            m_extraParams.append(param);
    }
    QStringList extraNames;
    for (const EventParam &param : std::as_const(m_extraParams))
        extraNames.append(param.name);
    m_extraLabel->setText(tr("Also sent, from the loaded body: %1").arg(extraNames.join(QStringLiteral(", "))));
    m_extraLabel->setVisible(!extraNames.isEmpty());
    m_keyValue->setText(values.keyValue);
    m_keyValueEdited = !values.keyValue.isEmpty();

    configureItemsTable(m_type);
    m_items->setRowCount(0);
    for (const EventItem &item : values.items)
        addItemRow(item);
    m_itemsAsParam->setChecked(values.itemsAsItemsParam);
    ProductsShape shape = values.productsShape;
    if (m_type == EventType::CartUpdated && shape == ProductsShape::None && values.items.isEmpty()
        && !values.hasParam(QStringLiteral("products")))
        shape = ProductsShape::ArrayString;
    m_productsShape->setCurrentIndex(qMax(0, m_productsShape->findData(int(shape))));

    {
        const QSignalBlocker blocker(m_typeCombo);
        m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(int(m_type))));
    }
    m_updating = false;
    followKeyValue();
    updateAll();
}

void EventComposerDialog::configureItemsTable(EventType type)
{
    const EventTypeSpec *spec = EventComposer::spec(type);
    const bool hasItems = spec && spec->hasItems;
    m_itemsBox->setVisible(hasItems);
    const bool order = spec && spec->isOrderEvent;
    m_items->setHorizontalHeaderLabels({order ? QStringLiteral("externalItemId") : QStringLiteral("productId"),
                                        QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("quantity"),
                                        order ? QStringLiteral("cost") : QStringLiteral("price"),
                                        QStringLiteral("discount"), QStringLiteral("url"), QStringLiteral("imageUrl"),
                                        QStringLiteral("description")});
    m_items->setColumnHidden(ItemDiscount, order);
    m_itemsAsParam->setVisible(order);
    m_itemsBox->setTitle(order ? tr("Items (sent as a JSON string)") : tr("Products in the cart"));
    const QFontMetrics metrics = m_items->fontMetrics();
    m_items->setColumnWidth(ItemId, metrics.horizontalAdvance(QStringLiteral("externalItemId")) + 24);
    m_items->setColumnWidth(ItemName, metrics.horizontalAdvance(QStringLiteral("Super Device Pro")) + 16);
    m_items->setColumnWidth(ItemCategory, metrics.horizontalAdvance(QStringLiteral("categoryxx")) + 16);
    m_items->setColumnWidth(ItemQuantity, metrics.horizontalAdvance(QStringLiteral("quantity")) + 20);
    m_items->setColumnWidth(ItemPrice, metrics.horizontalAdvance(QStringLiteral("99999.99")) + 20);
    m_items->setColumnWidth(ItemDiscount, metrics.horizontalAdvance(QStringLiteral("discount")) + 20);
    m_items->setColumnWidth(ItemUrl, metrics.horizontalAdvance(QStringLiteral("http://example.com/x")) + 16);
    m_items->setColumnWidth(ItemImageUrl, metrics.horizontalAdvance(QStringLiteral("http://example.com/x")) + 16);
    // The cart's products and the order's `products` need the shape; for cartUpdated "None" means an empty cart.
    m_productsShape->setItemText(0, type == EventType::CartUpdated ? tr("Empty cart (no `products`)") : tr("No `products`"));
}

void EventComposerDialog::addItemRow(const EventItem &item)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    const QStringList values = {item.id, item.name, item.category, item.quantity, item.price, item.discount,
                                item.url, item.imageUrl, item.description};
    for (int column = 0; column < ItemColumnCount; ++column) {
        auto *cell = new QTableWidgetItem(values.value(column));
        if (column == ItemQuantity || column == ItemPrice || column == ItemDiscount)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, column, cell);
    }
    m_updating = wasUpdating;
    updateAll();
}

void EventComposerDialog::addItem(const EventItem &item)
{
    addItemRow(item);
}

void EventComposerDialog::removeSelectedItems()
{
    QList<int> rows;
    for (const QModelIndex &index : m_items->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    m_updating = true;
    for (int row : std::as_const(rows))
        m_items->removeRow(row);
    m_updating = false;
    updateAll();
}

QList<EventItem> EventComposerDialog::itemsFromTable() const
{
    QList<EventItem> items;
    auto text = [this](int row, int column) {
        const QTableWidgetItem *cell = m_items->item(row, column);
        return cell ? cell->text().trimmed() : QString();
    };
    const bool order = EventComposer::spec(m_type) && EventComposer::spec(m_type)->isOrderEvent;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        EventItem item;
        item.id = text(row, ItemId);
        item.name = text(row, ItemName);
        item.category = text(row, ItemCategory);
        item.quantity = text(row, ItemQuantity);
        item.price = text(row, ItemPrice);
        item.discount = order ? QString() : text(row, ItemDiscount);
        item.url = text(row, ItemUrl);
        item.imageUrl = text(row, ItemImageUrl);
        item.description = text(row, ItemDescription);
        items.append(item);   // blank rows are skipped by the draft, and keep their row number here
    }
    return items;
}

QString EventComposerDialog::fieldValue(const Field &field) const
{
    if (field.combo)
        return field.combo->currentData().toString();
    if (field.dateEdit) {
        if (field.include && !field.include->isChecked())
            return QString();
        const QByteArray zoneId = field.zoneCombo->currentData().toByteArray();
        const QDateTime local = field.dateEdit->dateTime();
        if (zoneId.isEmpty())
            return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        return EventComposer::formatDate(QDateTime(local.date(), local.time(), QTimeZone(zoneId)));
    }
    return field.line ? field.line->text().trimmed() : QString();
}

void EventComposerDialog::setFieldValue(Field &field, const QString &value)
{
    if (field.combo) {
        int index = field.combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            field.combo->addItem(value, value);   // an unknown status from a raw body: kept, and flagged
            index = field.combo->count() - 1;
        }
        field.combo->setCurrentIndex(qMax(0, index));
        return;
    }
    if (field.dateEdit) {
        if (field.include)
            field.include->setChecked(!value.isEmpty());
        if (value.isEmpty())
            return;
        bool hasZone = false;
        const QDateTime parsed = EventComposer::parseDate(value, &hasZone);
        if (!parsed.isValid())
            return;
        if (!hasZone) {
            field.dateEdit->setDateTime(QDateTime(parsed.date(), parsed.time()));
            field.zoneCombo->setCurrentIndex(0);
            return;
        }
        field.dateEdit->setDateTime(QDateTime(parsed.date(), parsed.time()));
        // Pick a listed zone with that offset at that moment, else show it in UTC.
        int match = -1;
        for (int i = 1; i < field.zoneCombo->count() && match < 0; ++i) {
            const QTimeZone zone(field.zoneCombo->itemData(i).toByteArray());
            if (zone.isValid() && zone.offsetFromUtc(parsed) == parsed.offsetFromUtc())
                match = i;
        }
        if (match < 0) {
            const QDateTime utc = parsed.toUTC();
            field.dateEdit->setDateTime(QDateTime(utc.date(), utc.time()));
            match = field.zoneCombo->findData(QByteArrayLiteral("UTC"));
        }
        field.zoneCombo->setCurrentIndex(qMax(0, match));
        return;
    }
    if (field.line)
        field.line->setText(value);
}

EventDraft EventComposerDialog::formDraft() const
{
    EventDraft draft;
    draft.eventTypeKey = EventComposer::key(m_type);
    draft.keyValue = m_keyValue ? m_keyValue->text().trimmed() : QString();
    for (const Field &field : m_fields) {
        const QString value = fieldValue(field);
        if (!value.isEmpty() || field.spec.required)
            draft.params.append(EventParam{field.spec.name, value});
    }
    for (const EventParam &param : m_extraParams)
        draft.params.append(param);
    const EventTypeSpec *spec = EventComposer::spec(m_type);
    if (spec && spec->hasItems) {
        draft.items = itemsFromTable();
        draft.itemsAsItemsParam = spec->isOrderEvent && m_itemsAsParam->isChecked();
        draft.productsShape = ProductsShape(m_productsShape->currentData().toInt());
    } else {
        draft.itemsAsItemsParam = false;
    }
    return draft;
}

EventDraft EventComposerDialog::draft() const
{
    if (isRawMode())
        return m_rawDraft.value_or(EventDraft{});
    return formDraft();
}

void EventComposerDialog::setEventType(EventType type)
{
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(int(type))));
}

EventType EventComposerDialog::eventType() const
{
    return m_type;
}

void EventComposerDialog::setDraft(const EventDraft &draft)
{
    m_type = draft.type();
    if (m_type == EventType::Custom) {
        setRawMode(true);
        setRawText(QString::fromUtf8(draft.toRequestBody()));
        return;
    }
    setRawMode(false);
    rebuildForm(draft);
}

void EventComposerDialog::setRawMode(bool raw)
{
    m_tabs->setCurrentIndex(raw ? 1 : 0);
}

bool EventComposerDialog::isRawMode() const
{
    return m_tabs->currentIndex() == 1;
}

void EventComposerDialog::setRawText(const QString &text)
{
    m_raw->setPlainText(text);
}

bool EventComposerDialog::loadRawIntoForm()
{
    updateAll();
    if (!m_rawDraft || m_rawDraft->type() == EventType::Custom) {
        m_status->setText(m_rawDraft ? tr("The form knows the eight seed event types only; send this one from the raw tab.")
                                     : tr("The body does not parse: fix the problems listed first."));
        return false;
    }
    const EventDraft loaded = *m_rawDraft;
    m_type = loaded.type();
    rebuildForm(loaded);
    setRawMode(false);
    m_status->setText(tr("Loaded the pasted body into the form."));
    return true;
}

void EventComposerDialog::followKeyValue()
{
    if (m_updating || m_keyValueEdited || !m_keyValue)
        return;
    QString email;
    QString phone;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.spec.kind == EventParamKind::Email && email.isEmpty())
            email = fieldValue(field);
        else if (field.spec.kind == EventParamKind::Phone && phone.isEmpty())
            phone = fieldValue(field);
    }
    const QString key = !email.isEmpty() ? email : phone;
    if (m_keyValue->text() != key)
        m_keyValue->setText(key);
}

bool EventComposerDialog::hasErrors() const
{
    return EventDraft::hasErrors(m_problems);
}

void EventComposerDialog::updateAll()
{
    if (m_updating)
        return;
    m_updating = true;
    QByteArray body;
    if (isRawMode()) {
        QList<EventProblem> parseProblems;
        const QByteArray raw = m_raw->toPlainText().toUtf8();
        if (raw.trimmed().isEmpty()) {
            m_rawDraft.reset();
            m_problems = {EventProblem{EventProblem::Severity::Error, QStringLiteral("body"),
                                       tr("Paste a request body to check and send."), -1}};
        } else {
            m_rawDraft = EventDraft::fromRequestBody(raw, &parseProblems);
            if (m_rawDraft) {
                m_problems = parseProblems + m_rawDraft->validate();
                body = m_rawDraft->toRequestBody();
            } else {
                m_problems = parseProblems;
                if (m_problems.isEmpty())
                    m_problems.append(EventProblem{EventProblem::Severity::Error, QStringLiteral("body"),
                                                   tr("The body is not a v1/event request."), -1});
            }
        }
        m_previewCaption->setText(m_rawDraft ? tr("<b>Request body</b> — as it will be sent (%n byte(s))", nullptr,
                                                  int(body.size()))
                                             : tr("<b>Request body</b> — none: the pasted text does not parse"));
        m_loadRawButton->setEnabled(m_rawDraft.has_value() && m_rawDraft->type() != EventType::Custom);
        m_typeDescription->setText(m_rawDraft ? tr("Raw body of type “%1”.").arg(m_rawDraft->eventTypeKey)
                                              : tr("Raw body: the type is read from the pasted text."));
    } else {
        const EventDraft current = formDraft();
        body = current.toRequestBody();
        m_problems = current.validate();
        m_previewCaption->setText(tr("<b>Request body</b> — POST v1/event, exactly (%n byte(s))", nullptr, int(body.size())));
        // Items total, for the operator's own check against totalCost.
        const EventTypeSpec *spec = EventComposer::spec(m_type);
        if (spec && spec->hasItems) {
            double total = 0;
            int lines = 0;
            bool readable = true;
            for (const EventItem &item : current.items) {
                if (item.isEmpty())
                    continue;
                ++lines;
                bool okQ = true;
                bool okP = true;
                const double quantity = item.quantity.isEmpty() ? 1.0 : item.quantity.toDouble(&okQ);
                const double price = item.price.toDouble(&okP);
                if (!okQ || !okP)
                    readable = false;
                else
                    total += quantity * price;
            }
            m_itemsTotal->setText(lines == 0 ? tr("No items")
                                  : readable ? tr("%n line(s), items total %1", nullptr, lines).arg(QString::number(total, 'f', 2))
                                             : tr("%n line(s), total not readable", nullptr, lines));
        }
    }
    m_preview->setPlainText(QString::fromUtf8(body));
    m_updating = false;
    showProblems();
    updateSendButton();
}

void EventComposerDialog::showProblems()
{
    m_problemList->clear();
    QHash<QString, QList<EventProblem>> byField;
    QList<EventProblem> itemProblems;
    for (const EventProblem &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(
            Icons::icon(problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")),
            problem.toDisplayString(), m_problemList);
        item->setData(Qt::UserRole, problem.field);
        item->setToolTip(problem.message);
        if (problem.itemRow >= 0 || itemField(problem.field).first >= 0 || problem.field == QLatin1String("items")
            || problem.field == QLatin1String("products"))
            itemProblems.append(problem);
        else
            byField[problem.field].append(problem);
    }
    if (m_problems.isEmpty()) {
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("ok")), tr("No problems found: ready to send."),
                                         m_problemList);
        item->setFlags(Qt::ItemIsEnabled);
    }

    auto show = [](QLabel *label, QWidget *editor, const QList<EventProblem> &problems) {
        if (problems.isEmpty()) {
            label->hide();
            label->clear();
            if (editor)
                editor->setStyleSheet(QString());
            return;
        }
        QStringList lines;
        bool error = false;
        for (const EventProblem &problem : problems) {
            lines.append(problem.message);
            error = error || problem.isError();
        }
        label->setText(lines.join(QLatin1Char('\n')));
        label->setStyleSheet(error ? kErrorStyle : kWarningStyle);
        label->show();
        if (editor) {
            editor->setStyleSheet(error ? QStringLiteral("border: 1px solid #d0404c;")
                                        : QStringLiteral("border: 1px solid #d9a520;"));
        }
    };
    if (isRawMode())
        return;
    for (Field &field : m_fields)
        show(field.problem, field.line ? static_cast<QWidget *>(field.line) : nullptr, byField.take(field.spec.name));
    show(m_keyValueProblem, m_keyValue, byField.take(QStringLiteral("keyValue")));

    // Item cells: colour the cell a problem names; the sentences go under the table.
    for (int row = 0; row < m_items->rowCount(); ++row) {
        for (int column = 0; column < ItemColumnCount; ++column) {
            if (QTableWidgetItem *cell = m_items->item(row, column)) {
                const QSignalBlocker blocker(m_items);
                cell->setData(Qt::BackgroundRole, QVariant());
                cell->setToolTip(QString());
            }
        }
    }
    for (const EventProblem &problem : std::as_const(itemProblems)) {
        const auto [fieldRow, key] = itemField(problem.field);
        const int row = problem.itemRow >= 0 ? problem.itemRow : fieldRow;
        const int column = itemColumnOf(key);
        if (row < 0 || row >= m_items->rowCount())
            continue;
        for (int c = 0; c < ItemColumnCount; ++c) {
            if (column >= 0 && c != column)
                continue;
            if (QTableWidgetItem *cell = m_items->item(row, c)) {
                const QSignalBlocker blocker(m_items);
                cell->setData(Qt::BackgroundRole, problem.isError() ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xff, 0xf4, 0xd6));
                cell->setToolTip(problem.message);
            }
        }
    }
    QList<EventProblem> itemsShown = itemProblems;
    // Problems about other fields (totalCost vs items is reported on totalCost) stay in the list only.
    show(m_itemsProblem, nullptr, itemsShown);
}

void EventComposerDialog::updateSendButton()
{
    const EventDraft current = draft();
    const bool justQueued = m_lastQueued && *m_lastQueued == current;
    const bool parsed = !isRawMode() || m_rawDraft.has_value();
    m_sendButton->setEnabled(m_service && parsed && !hasErrors() && !justQueued && !m_sending);
    if (!m_service)
        m_sendButton->setToolTip(tr("No workspace: events cannot be queued."));
    else if (hasErrors())
        m_sendButton->setToolTip(tr("Fix the errors listed first."));
    else if (justQueued)
        m_sendButton->setToolTip(tr("This event was just queued; change something to send another one."));
    else
        m_sendButton->setToolTip(tr("Store the event in the outbox and send it"));
}

void EventComposerDialog::updateConnectionNote()
{
    if (!m_service) {
        m_connectionNote->setText(tr("Events cannot be queued: no workspace is open."));
        m_connectionNote->setStyleSheet(kErrorStyle);
        return;
    }
    const QString problem = m_service->connectionProblem();
    if (problem.isEmpty()) {
        m_connectionNote->setText(tr("Events go through the eSputnik connection “%1”. Each one is stored in the "
                                     "outbox first and sent once.").arg(m_service->connectionName()));
        m_connectionNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    } else {
        m_connectionNote->setText(tr("Events are queued but not sent yet: %1").arg(problem));
        m_connectionNote->setStyleSheet(kWarningStyle);
    }
}

QWidget *EventComposerDialog::paramEditor(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.spec.name == name)
            return field.editor;
    }
    return nullptr;
}

QLabel *EventComposerDialog::paramProblemLabel(const QString &name) const
{
    if (name == QLatin1String("keyValue"))
        return m_keyValueProblem;
    for (const Field &field : m_fields) {
        if (field.spec.name == name)
            return field.problem;
    }
    return nullptr;
}

void EventComposerDialog::setParamText(const QString &name, const QString &text)
{
    for (Field &field : m_fields) {
        if (field.spec.name == name) {
            setFieldValue(field, text);
            updateAll();
            return;
        }
    }
}

void EventComposerDialog::copyBody()
{
    QApplication::clipboard()->setText(m_preview->toPlainText());
    m_status->setText(tr("Copied the request body."));
}

void EventComposerDialog::markAsCopyOf(qint64 id)
{
    updateAll();
    m_lastQueued = draft();
    m_lastQueuedId = id;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("A copy of event #%1: change something to send it as a new event.").arg(id));
    updateSendButton();
}

qint64 EventComposerDialog::send()
{
    if (m_sending || !m_service)
        return 0;
    updateAll();
    const EventDraft current = draft();
    if (m_lastQueued && *m_lastQueued == current) {
        m_status->setText(tr("Not sent again: this event is already queued as #%1.").arg(m_lastQueuedId));
        return 0;
    }
    if (isRawMode() && !m_rawDraft) {
        m_status->setText(tr("The pasted body does not parse; nothing was queued."));
        return 0;
    }
    if (hasErrors()) {
        m_status->setText(tr("Not sent: fix the %n error(s) listed first.", nullptr,
                             int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                                               [](const EventProblem &p) { return p.isError(); }))));
        return 0;
    }
    m_sending = true;
    m_sendButton->setEnabled(false);
    QList<EventProblem> problems;
    QString error;
    const qint64 id = m_service->enqueue(current, &problems, &error);
    m_sending = false;
    if (id <= 0) {
        if (!problems.isEmpty()) {
            m_problems = problems;
            showProblems();
        }
        m_status->setText(error.isEmpty() ? tr("Not queued: the event has errors.")
                                          : tr("Not queued: the outbox could not store the event (%1).").arg(error));
        m_status->setStyleSheet(kErrorStyle);
        updateSendButton();
        return 0;
    }
    m_lastQueued = current;
    m_lastQueuedId = id;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Queued %1 as event #%2; follow it in the Order Events pane.").arg(current.eventTypeKey).arg(id));
    updateSendButton();
    Q_EMIT queued(id);
    return id;
}

} // namespace cdp::ui
