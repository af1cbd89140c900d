// Page 3 of the import wizard: source columns → Carma fields.

#include "importwizardpages.h"

#include "icons.h"

#include "csv/mappingsuggestion.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cdp::ui {

namespace {

using csv::CarmaSchema;
using csv::FieldSource;

enum SourceChoice { ChoiceEmpty = -1, ChoiceConstant = -2, ChoiceComputed = -3, ChoiceCountOne = -4 };
enum TableColumn { ColIndex, ColField, ColSource, ColTransforms, ColPreview, ColCount };

int questionKey(csv::MappingDecision::Kind kind, int carmaColumn)
{
    return (int(kind) << 8) | carmaColumn;
}

// A QFile that counts what it hands out and stops when asked: analyzeSource() reads through it,
// so a whole-file analysis shows progress and can be cancelled without changing cdpcsv.
class ObservedFile : public QFile
{
public:
    ObservedFile(const QString &path, std::shared_ptr<BackgroundProgress::Shared> shared)
        : QFile(path)
        , m_shared(std::move(shared))
    {
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_shared->cancel.load()) {
            setErrorString(QCoreApplication::translate("ImportMappingPage", "cancelled"));
            return -1;
        }
        const qint64 n = QFile::readData(data, maxSize);
        if (n > 0)
            m_shared->done.fetch_add(n);
        return n;
    }

private:
    std::shared_ptr<BackgroundProgress::Shared> m_shared;
};

QString requirementMark(const csv::CarmaColumn &column)
{
    switch (column.requirement) {
    case csv::CarmaRequirement::Mandatory: return QStringLiteral(" *");
    case csv::CarmaRequirement::Recommended: return QStringLiteral(" **");
    case csv::CarmaRequirement::Optional: return {};
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_progress(new BackgroundProgress(this))
    , m_layout(new QComboBox(this))
    , m_profileCombo(new QComboBox(this))
    , m_loadProfile(new QPushButton(tr("L&oad"), this))
    , m_deleteProfile(new QPushButton(Icons::icon(QStringLiteral("remove")), QString(), this))
    , m_profileName(new QLineEdit(this))
    , m_saveProfile(new QPushButton(tr("&Save Profile"), this))
    , m_questions(new QGroupBox(tr("Questions only you can answer"), this))
    , m_questionsLayout(new QVBoxLayout(m_questions))
    , m_table(new QTableWidget(CarmaSchema::ColumnCount, ColCount, this))
    , m_editor(new QGroupBox(this))
    , m_constant(new QLineEdit(m_editor))
    , m_trim(new QCheckBox(tr("&Trim blanks at both ends"), m_editor))
    , m_number(new QCheckBox(tr("Read as a &number"), m_editor))
    , m_decimal(new QComboBox(m_editor))
    , m_date(new QCheckBox(tr("Read as a d&ate"), m_editor))
    , m_dateOrder(new QComboBox(m_editor))
    , m_zone(new QComboBox(m_editor))
    , m_samples(new QLabel(m_editor))
    , m_issues(new QLabel(this))
    , m_note(new QLabel(this))
{
    setTitle(tr("Map the columns to Carma's fields"));
    setSubTitle(tr("Carma wants 31 positional columns without a header: * mandatory, ** strongly "
                   "recommended. The suggestions come from the column names and values; change any of them."));

    m_layout->addItem(tr("Seed layout (seed 001)"), int(csv::CarmaLayout::Seed));
    m_layout->addItem(tr("Newer layout (Currency, Invoice Id, …)"), int(csv::CarmaLayout::Newer));
    m_layout->setItemData(0, tr("Columns 6–30 are the custom columns Column2 … Column26"), Qt::ToolTipRole);
    m_layout->setItemData(1, tr("Columns 6–10 are Currency, Invoice Id, category, Item Name, Item Description"),
                          Qt::ToolTipRole);
    m_layout->setToolTip(tr("The seed document's layout is the default; newer Carma accounts name "
                            "columns 6–10."));
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_profileCombo->setMinimumContentsLength(14);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setPlaceholderText(tr("No saved profiles"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_deleteProfile->setToolTip(tr("Delete the chosen profile"));
    m_profileName->setPlaceholderText(tr("Profile name"));
    m_profileName->setMinimumWidth(150);
    m_profileName->setMaximumWidth(200);
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    for (QPushButton *button : {m_loadProfile, m_deleteProfile, m_saveProfile})
        button->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    auto *layoutLabel = new QLabel(tr("Carma &layout:"), this);
    layoutLabel->setBuddy(m_layout);
    top->addWidget(layoutLabel);
    top->addWidget(m_layout);
    top->addStretch(1);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileCombo);
    top->addWidget(profileLabel);
    top->addWidget(m_profileCombo);
    top->addWidget(m_loadProfile);
    top->addWidget(m_deleteProfile);
    top->addSpacing(8);
    top->addWidget(m_profileName);
    top->addWidget(m_saveProfile);

    m_questions->setObjectName(QStringLiteral("questionsBox"));
    m_questions->setStyleSheet(QStringLiteral("QGroupBox#questionsBox { font-weight: bold; }"
                                              "QGroupBox#questionsBox QLabel, QGroupBox#questionsBox QRadioButton"
                                              " { font-weight: normal; }"));
    m_questions->hide();

    m_table->setHorizontalHeaderLabels({tr("#"), tr("Carma field"), tr("Source"), tr("Transforms"),
                                        tr("First value → Carma")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ColPreview, QHeaderView::Stretch);
    m_table->setColumnWidth(ColIndex, m_table->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 12);
    QFont bold = m_table->font();
    bold.setBold(true);
    m_table->setColumnWidth(ColField, QFontMetrics(bold).horizontalAdvance(QStringLiteral("Transaction Time **")) + 24);
    m_table->setColumnWidth(ColSource, 210);
    m_table->setColumnWidth(ColTransforms, 150);
    m_table->setObjectName(QStringLiteral("fieldTable"));

    m_decimal->addItem(tr("Decimal point (12.50)"), int(csv::DecimalSeparator::Point));
    m_decimal->addItem(tr("Decimal comma (12,50)"), int(csv::DecimalSeparator::Comma));
    m_decimal->addItem(tr("Undecided — ask"), int(csv::DecimalSeparator::Undecided));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(csv::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(csv::DateOrder::MonthFirst));
    m_dateOrder->addItem(tr("Undecided — ask"), int(csv::DateOrder::Undecided));
    m_zone->addItem(tr("Convert offsets to UTC"), int(csv::ZonePolicy::ConvertToUtc));
    m_zone->addItem(tr("Keep the local clock"), int(csv::ZonePolicy::KeepLocalClock));
    m_samples->setWordWrap(true);
    m_samples->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_samples->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_constant->setPlaceholderText(tr("Text written on every row"));

    auto *form = new QFormLayout(m_editor);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Constant:"), m_constant);
    form->addRow(m_trim);
    form->addRow(m_number);
    form->addRow(tr("&Decimals:"), m_decimal);
    form->addRow(m_date);
    form->addRow(tr("Day/&month:"), m_dateOrder);
    form->addRow(tr("Time &zones:"), m_zone);
    form->addRow(m_samples);
    m_editor->setMinimumWidth(270);
    m_editor->setMaximumWidth(300);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addWidget(m_editor);

    m_issues->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setStyleSheet(QStringLiteral("QLabel#issuesLabel { color: #b3261e; }"));
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_questions);
    layout->addLayout(middle, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_note);

    connect(&m_watcher, &QFutureWatcher<csv::SourceAnalysis>::finished, this, &ImportMappingPage::analysisDone);
    connect(m_layout, &QComboBox::activated, this, &ImportMappingPage::layoutChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            m_current = row;
            updateEditor();
        }
    });
    for (QCheckBox *box : {m_trim, m_number, m_date})
        connect(box, &QCheckBox::toggled, this, &ImportMappingPage::editorChanged);
    for (QComboBox *combo : {m_decimal, m_dateOrder, m_zone})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::editorChanged);
    connect(m_constant, &QLineEdit::textEdited, this, &ImportMappingPage::editorChanged);
    connect(m_loadProfile, &QPushButton::clicked, this, [this] {
        QString error;
        if (!loadProfile(m_profileCombo->currentText(), &error))
            m_note->setText(error);
    });
    connect(m_saveProfile, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveProfile(m_profileName->text().trimmed(), &error))
            m_note->setText(error);
    });
    connect(m_deleteProfile, &QPushButton::clicked, this, [this] {
        const QString name = m_profileCombo->currentText();
        QString error;
        if (name.isEmpty())
            return;
        if (importWizard()->profileStore().remove(name, &error))
            m_note->setText(tr("Deleted the profile \"%1\".").arg(name));
        else
            m_note->setText(error);
        refreshProfiles();
    });
    connect(m_profileName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_saveProfile->setEnabled(csv::MappingProfileStore::isValidName(text.trimmed()));
    });
    m_saveProfile->setEnabled(false);
}

ImportMappingPage::~ImportMappingPage()
{
    m_progress->cancel();
}

void ImportMappingPage::initializePage()
{
    refreshProfiles();
    if (state().analysisIsCurrent()) {
        rebuildAll();
        return;
    }
    analyse();
}

void ImportMappingPage::cleanupPage()
{
    // Back while analysing: stop the worker (its result is dropped).
    if (m_progress->isRunning())
        m_progress->cancel();
}

void ImportMappingPage::analyse()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        m_watcher.waitForFinished();
    }
    state().analysis.reset();
    m_note->clear();
    m_issues->clear();
    m_table->setEnabled(false);
    m_editor->setEnabled(false);
    const QString path = state().sourcePath;
    const csv::CsvDialect dialect = state().dialect;
    auto shared = m_progress->begin(tr("Reading the whole file for the mapping…"), state().sourceSize);
    m_analysedPath = path;
    state().analysisPath = path;
    state().analysisDialect = dialect;
    m_watcher.setFuture(QtConcurrent::run([path, dialect, shared] {
        ObservedFile file(path, shared);
        if (!file.open(QIODevice::ReadOnly)) {
            csv::SourceAnalysis analysis;
            analysis.errorString = QCoreApplication::translate("ImportMappingPage", "Cannot open %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString());
            return analysis;
        }
        csv::SourceAnalysis analysis = csv::analyzeSource(&file, dialect);
        if (shared->cancel.load())
            analysis.errorString = QCoreApplication::translate("ImportMappingPage", "Cancelled.");
        return analysis;
    }));
    emit completeChanged();
}

void ImportMappingPage::analysisDone()
{
    m_progress->end();
    csv::SourceAnalysis analysis = m_watcher.result();
    m_table->setEnabled(true);
    m_editor->setEnabled(true);
    if (!analysis.errorString.isEmpty() || analysis.columns.isEmpty()) {
        state().analysis.reset();
        m_issues->setText(analysis.errorString.isEmpty()
                              ? tr("The file has no columns.")
                              : tr("The file could not be read: %1 Go Back and Next to read it again.")
                                    .arg(analysis.errorString));
        m_table->setEnabled(false);
        emit completeChanged();
        return;
    }
    state().analysis = std::move(analysis);
    const csv::CarmaLayout layout = csv::CarmaLayout(m_layout->currentData().toInt());
    const csv::SourceAnalysis &data = *state().analysis;
    const bool carmaShaped = !state().dialect.hasHeader && state().dialect.delimiter == ';'
        && data.columns.size() >= CarmaSchema::MinimumFieldCount && data.columns.size() <= CarmaSchema::ColumnCount;
    if (carmaShaped) {
        // Semicolons and no header: most likely a file already in Carma's positional format.
        csv::ColumnMapping positional(layout);
        for (int c = 0; c < data.columns.size(); ++c)
            positional.mapColumn(c, c);
        positional.applyAnalysis(data);
        state().mapping = positional;
    } else {
        state().mapping = csv::suggestMapping(data, layout);
    }
    state().profileName.clear();
    m_asked.clear();
    askAboutPending();
    m_note->setText(carmaShaped
                        ? tr("%1 data rows read; semicolons without a header look like Carma's own format, so "
                             "column N goes to Carma field N.").arg(QLocale().toString(data.records))
                        : tr("%1 data rows read; suggestions from the column names and values.")
                              .arg(QLocale().toString(data.records)));
    rebuildAll();
}

void ImportMappingPage::askAboutPending()
{
    const QList<csv::MappingDecision> pending = state().mapping.pendingDecisions(state().analysis ? &*state().analysis : nullptr);
    for (const csv::MappingDecision &decision : pending) {
        const int key = questionKey(decision.kind, decision.carmaColumn);
        if (!m_asked.contains(key))
            m_asked.append(key);
    }
}

void ImportMappingPage::layoutChanged()
{
    const csv::CarmaLayout layout = csv::CarmaLayout(m_layout->currentData().toInt());
    if (!state().analysis || state().mapping.layout() == layout)
        return;
    state().mapping = csv::suggestMapping(*state().analysis, layout);
    m_asked.clear();
    askAboutPending();
    m_note->setText(tr("Suggestions made again for the %1.").arg(m_layout->currentText()));
    rebuildAll();
}

void ImportMappingPage::rebuildAll()
{
    {
        const QSignalBlocker blocker(m_layout);
        m_layout->setCurrentIndex(m_layout->findData(int(state().mapping.layout())));
    }
    rebuildTable();
    rebuildQuestions();
    updateIssues();
    m_table->selectRow(qBound(0, m_current, CarmaSchema::ColumnCount - 1));
    updateEditor();
    emit completeChanged();
}

void ImportMappingPage::rebuildTable()
{
    if (!state().analysis)
        return;
    const csv::SourceAnalysis &analysis = *state().analysis;
    const CarmaSchema schema = state().mapping.schema();
    m_updating = true;
    for (int row = 0; row < CarmaSchema::ColumnCount; ++row) {
        const csv::CarmaColumn &column = schema.column(row);
        auto *index = new QTableWidgetItem(QString::number(row));
        index->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ColIndex, index);
        auto *field = new QTableWidgetItem(column.name + requirementMark(column));
        field->setToolTip(column.description);
        if (column.requirement != csv::CarmaRequirement::Optional) {
            QFont font = field->font();
            font.setBold(true);
            field->setFont(font);
        }
        m_table->setItem(row, ColField, field);

        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ColSource));
        if (combo == nullptr) {
            combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("source%1").arg(row));
            combo->setFocusPolicy(Qt::StrongFocus);
            m_table->setCellWidget(row, ColSource, combo);
            connect(combo, &QComboBox::activated, this, [this, row] { sourceComboChanged(row); });
        }
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— (empty)"), int(ChoiceEmpty));
        for (int c = 0; c < analysis.columns.size(); ++c) {
            combo->addItem(analysis.columnName(c), c);
            const QStringList samples = analysis.columns.at(c).samples;
            combo->setItemData(combo->count() - 1,
                               tr("Column %1; e.g. %2").arg(c + 1).arg(samples.mid(0, 3).join(QStringLiteral(" | "))),
                               Qt::ToolTipRole);
        }
        combo->addItem(tr("Constant text…"), int(ChoiceConstant));
        if (row == CarmaSchema::TotalPriceColumn) {
            combo->addItem(tr("Computed: price × items"), int(ChoiceComputed));
            combo->setItemData(combo->count() - 1, tr("itemPrice × No of Items, exact"), Qt::ToolTipRole);
        }
        if (row == CarmaSchema::NoOfItemsColumn) {
            combo->addItem(tr("1 on every row"), int(ChoiceCountOne));
            combo->setItemData(combo->count() - 1, tr("One row per item bought (as in Olist)"), Qt::ToolTipRole);
        }
        updateRow(row);
    }
    m_updating = false;
}

void ImportMappingPage::updateRow(int row)
{
    const csv::FieldMapping &field = state().mapping.field(row);
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ColSource))) {
        int choice = ChoiceEmpty;
        switch (field.source) {
        case FieldSource::Empty: choice = ChoiceEmpty; break;
        case FieldSource::Column: choice = field.sourceColumn; break;
        case FieldSource::Constant: choice = ChoiceConstant; break;
        case FieldSource::ComputedTotal: choice = ChoiceComputed; break;
        case FieldSource::CountOne: choice = ChoiceCountOne; break;
        }
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(choice)));
    }
    auto *transforms = new QTableWidgetItem(transformsText(field));
    transforms->setToolTip(transforms->text());
    m_table->setItem(row, ColTransforms, transforms);
    const QString preview = previewText(row);
    auto *item = new QTableWidgetItem(preview);
    item->setToolTip(preview);
    if (preview.startsWith(QStringLiteral("⚠")))
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
    m_table->setItem(row, ColPreview, item);
}

QString ImportMappingPage::transformsText(const csv::FieldMapping &field) const
{
    QStringList parts;
    switch (field.source) {
    case FieldSource::Empty: return {};
    case FieldSource::Constant: return tr("constant");
    case FieldSource::ComputedTotal: return tr("exact product");
    case FieldSource::CountOne: return {};
    case FieldSource::Column: break;
    }
    if (field.trim)
        parts.append(tr("trim"));
    if (field.parseNumber) {
        switch (field.decimal) {
        case csv::DecimalSeparator::Point: parts.append(tr("number, point")); break;
        case csv::DecimalSeparator::Comma: parts.append(tr("number, comma → point")); break;
        case csv::DecimalSeparator::Undecided: parts.append(tr("number, separator ?")); break;
        }
    }
    if (field.parseDate) {
        switch (field.dateOrder) {
        case csv::DateOrder::DayFirst: parts.append(tr("date, day first")); break;
        case csv::DateOrder::MonthFirst: parts.append(tr("date, month first")); break;
        case csv::DateOrder::Undecided: parts.append(field.dateOrderQuestion ? tr("date, order ?") : tr("date")); break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString ImportMappingPage::previewText(int row) const
{
    if (!state().analysis)
        return {};
    const csv::FieldMapping &field = state().mapping.field(row);
    switch (field.source) {
    case FieldSource::Empty: return {};
    case FieldSource::Constant: return field.constant;
    case FieldSource::ComputedTotal: return tr("itemPrice × No of Items");
    case FieldSource::CountOne: return QStringLiteral("1");
    case FieldSource::Column: break;
    }
    const csv::SourceAnalysis &analysis = *state().analysis;
    if (field.sourceColumn < 0 || field.sourceColumn >= analysis.columns.size())
        return tr("⚠ no column %1 in the file").arg(field.sourceColumn + 1);
    const QStringList &samples = analysis.columns.at(field.sourceColumn).samples;
    if (samples.isEmpty())
        return tr("(no values)");
    QByteArray value = samples.first().toUtf8();
    if (field.trim)
        value = value.trimmed();
    const QString original = QString::fromUtf8(value);
    if (field.parseNumber) {
        QByteArray out;
        switch (csv::normalizeDecimal(value, field.decimal, out)) {
        case csv::DecimalStatus::Ok: value = out; break;
        case csv::DecimalStatus::Malformed: return tr("⚠ %1 is not a number").arg(original);
        case csv::DecimalStatus::Undecided: return tr("⚠ %1: choose the decimal separator").arg(original);
        }
    }
    if (field.parseDate) {
        csv::DateStatus status = csv::DateStatus::Ok;
        const QByteArray date = csv::convertDate(value, {field.dateOrder, field.zone}, &status);
        switch (status) {
        case csv::DateStatus::Ok: value = date; break;
        case csv::DateStatus::Malformed: return tr("⚠ %1 is not a date in a known format").arg(original);
        case csv::DateStatus::Invalid: return tr("⚠ %1 is no real date").arg(original);
        case csv::DateStatus::Ambiguous: return tr("⚠ %1: choose day or month first").arg(original);
        }
    }
    const QString converted = QString::fromUtf8(value);
    return converted == original ? converted : tr("%1 → %2").arg(original, converted);
}

void ImportMappingPage::rebuildQuestions()
{
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!state().analysis || m_asked.isEmpty()) {
        m_questions->hide();
        return;
    }
    const csv::SourceAnalysis &analysis = *state().analysis;
    const CarmaSchema schema = state().mapping.schema();
    int shown = 0;
    for (const int key : std::as_const(m_asked)) {
        const auto kind = csv::MappingDecision::Kind(key >> 8);
        const int column = key & 0xff;
        const csv::FieldMapping &field = state().mapping.field(column);
        if (field.source != FieldSource::Column || field.sourceColumn < 0 || field.sourceColumn >= analysis.columns.size())
            continue;
        const csv::SourceColumnStats &stats = analysis.columns.at(field.sourceColumn);
        const QString source = analysis.columnName(field.sourceColumn);
        auto *row = new QWidget(m_questions);
        row->setObjectName(QStringLiteral("question%1").arg(column));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(row);
        QRadioButton *first = nullptr;
        QRadioButton *second = nullptr;
        QString text;
        if (kind == csv::MappingDecision::Kind::DateOrder && field.parseDate) {
            const QByteArray example = stats.dates.example();
            const QString ex = QString::fromUtf8(example);
            const bool conflicting = stats.dates.evidence() == csv::DateOrderEvidence::Conflicting;
            text = conflicting
                ? tr("<b>%1</b> ← \"%2\": the dates mix day-first and month-first values. Which order is right? "
                     "Rows that do not fit it will be rejected.").arg(schema.fieldName(column), source.toHtmlEscaped())
                : tr("<b>%1</b> ← \"%2\": every date reads both ways (e.g. %3). Which comes first?")
                      .arg(schema.fieldName(column), source.toHtmlEscaped(), ex.toHtmlEscaped());
            const QString dayFirst = QString::fromLatin1(csv::convertDate(example, {csv::DateOrder::DayFirst, field.zone}));
            const QString monthFirst = QString::fromLatin1(csv::convertDate(example, {csv::DateOrder::MonthFirst, field.zone}));
            first = new QRadioButton(tr("Day first: %1 → %2").arg(ex, dayFirst), row);
            second = new QRadioButton(tr("Month first: %1 → %2").arg(ex, monthFirst), row);
            first->setChecked(field.dateOrder == csv::DateOrder::DayFirst);
            second->setChecked(field.dateOrder == csv::DateOrder::MonthFirst);
            connect(first, &QRadioButton::toggled, this, [this, column](bool on) {
                if (!on) return;
                csv::FieldMapping f = state().mapping.field(column);
                f.dateOrder = csv::DateOrder::DayFirst;
                state().mapping.setField(column, f);
                updateRow(column); updateEditor(); updateIssues(); emit completeChanged();
            });
            connect(second, &QRadioButton::toggled, this, [this, column](bool on) {
                if (!on) return;
                csv::FieldMapping f = state().mapping.field(column);
                f.dateOrder = csv::DateOrder::MonthFirst;
                state().mapping.setField(column, f);
                updateRow(column); updateEditor(); updateIssues(); emit completeChanged();
            });
        } else if (kind == csv::MappingDecision::Kind::DecimalSeparator && field.parseNumber) {
            const QByteArray example = stats.decimals.example();
            const QString ex = QString::fromUtf8(example);
            text = tr("<b>%1</b> ← \"%2\": the numbers do not show which separator marks decimals (e.g. %3).")
                       .arg(schema.fieldName(column), source.toHtmlEscaped(), ex.toHtmlEscaped());
            QByteArray asPoint;
            QByteArray asComma;
            csv::normalizeDecimal(example, csv::DecimalSeparator::Point, asPoint);
            csv::normalizeDecimal(example, csv::DecimalSeparator::Comma, asComma);
            first = new QRadioButton(tr("Decimal point: %1 → %2").arg(ex, QString::fromLatin1(asPoint)), row);
            second = new QRadioButton(tr("Decimal comma: %1 → %2").arg(ex, QString::fromLatin1(asComma)), row);
            first->setChecked(field.decimal == csv::DecimalSeparator::Point);
            second->setChecked(field.decimal == csv::DecimalSeparator::Comma);
            connect(first, &QRadioButton::toggled, this, [this, column](bool on) {
                if (!on) return;
                csv::FieldMapping f = state().mapping.field(column);
                f.decimal = csv::DecimalSeparator::Point;
                state().mapping.setField(column, f);
                updateRow(column); updateEditor(); updateIssues(); emit completeChanged();
            });
            connect(second, &QRadioButton::toggled, this, [this, column](bool on) {
                if (!on) return;
                csv::FieldMapping f = state().mapping.field(column);
                f.decimal = csv::DecimalSeparator::Comma;
                state().mapping.setField(column, f);
                updateRow(column); updateEditor(); updateIssues(); emit completeChanged();
            });
        } else {
            delete row;
            continue;
        }
        first->setObjectName(QStringLiteral("answerA%1").arg(column));
        second->setObjectName(QStringLiteral("answerB%1").arg(column));
        group->addButton(first);
        group->addButton(second);
        auto *label = new QLabel(text, row);
        label->setWordWrap(true);
        label->setMinimumWidth(360);
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(first);
        rowLayout->addWidget(second);
        m_questionsLayout->addWidget(row);
        ++shown;
    }
    m_questions->setVisible(shown > 0);
}

QList<QRadioButton *> ImportMappingPage::questionButtons(int carmaColumn) const
{
    QList<QRadioButton *> buttons;
    if (auto *a = m_questions->findChild<QRadioButton *>(QStringLiteral("answerA%1").arg(carmaColumn)))
        buttons.append(a);
    if (auto *b = m_questions->findChild<QRadioButton *>(QStringLiteral("answerB%1").arg(carmaColumn)))
        buttons.append(b);
    return buttons;
}

QComboBox *ImportMappingPage::sourceCombo(int carmaColumn) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(carmaColumn, ColSource));
}

void ImportMappingPage::selectField(int carmaColumn)
{
    m_table->selectRow(carmaColumn);
    m_table->setCurrentCell(carmaColumn, ColField);
}

void ImportMappingPage::sourceComboChanged(int row)
{
    if (m_updating)
        return;
    QComboBox *combo = sourceCombo(row);
    if (combo == nullptr)
        return;
    setFieldSource(row, combo->currentData().toInt());
}

void ImportMappingPage::setFieldSource(int row, int choice)
{
    if (!state().analysis)
        return;
    csv::ColumnMapping &mapping = state().mapping;
    switch (choice) {
    case ChoiceEmpty: mapping.clear(row); break;
    case ChoiceConstant: mapping.setConstant(row, mapping.field(row).constant); break;
    case ChoiceComputed: mapping.setSource(row, FieldSource::ComputedTotal); break;
    case ChoiceCountOne: mapping.setSource(row, FieldSource::CountOne); break;
    default: {
        const csv::SourceAnalysis &analysis = *state().analysis;
        mapping.mapColumn(row, choice, analysis.columns.at(choice).header);
        // The data's evidence for this field only: a copy takes it, this field is taken over.
        csv::ColumnMapping probe = mapping;
        probe.applyAnalysis(analysis);
        mapping.setField(row, probe.field(row));
        const QList<csv::MappingDecision> pending = mapping.pendingDecisions(&analysis);
        for (const csv::MappingDecision &decision : pending) {
            if (decision.carmaColumn == row && !m_asked.contains(questionKey(decision.kind, row)))
                m_asked.append(questionKey(decision.kind, row));
        }
        break;
    }
    }
    updateRow(row);
    if (row == CarmaSchema::ItemPriceColumn || row == CarmaSchema::NoOfItemsColumn)
        updateRow(CarmaSchema::TotalPriceColumn);
    rebuildQuestions();
    m_current = row;
    updateEditor();
    updateIssues();
    emit completeChanged();
}

void ImportMappingPage::updateEditor()
{
    if (!state().analysis)
        return;
    const int row = m_current;
    const csv::FieldMapping &field = state().mapping.field(row);
    const csv::CarmaColumn column = state().mapping.schema().column(row);
    m_updating = true;
    m_editor->setTitle(tr("%1 (column %2)").arg(column.name).arg(row));
    const bool isColumn = field.source == FieldSource::Column;
    m_constant->setEnabled(field.source == FieldSource::Constant);
    m_constant->setText(field.constant);
    m_trim->setEnabled(isColumn);
    m_trim->setChecked(field.trim);
    m_number->setEnabled(isColumn);
    m_number->setChecked(field.parseNumber);
    m_decimal->setEnabled(isColumn && field.parseNumber);
    m_decimal->setCurrentIndex(m_decimal->findData(int(field.decimal)));
    m_date->setEnabled(isColumn);
    m_date->setChecked(field.parseDate);
    m_dateOrder->setEnabled(isColumn && field.parseDate);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(field.dateOrder)));
    m_zone->setEnabled(isColumn && field.parseDate);
    m_zone->setCurrentIndex(m_zone->findData(int(field.zone)));
    QString samples = column.description.toHtmlEscaped();
    if (isColumn && field.sourceColumn >= 0 && field.sourceColumn < state().analysis->columns.size()) {
        const csv::SourceColumnStats &stats = state().analysis->columns.at(field.sourceColumn);
        QStringList values;
        for (const QString &sample : stats.samples)
            values.append(QStringLiteral("<code>%1</code>").arg(sample.toHtmlEscaped()));
        samples += tr("<br><br><b>%1</b>: %2 non-empty value(s), e.g.<br>%3")
                       .arg(state().analysis->columnName(field.sourceColumn).toHtmlEscaped(),
                            QLocale().toString(stats.nonEmpty), values.join(QStringLiteral("<br>")));
    }
    m_samples->setText(samples);
    m_updating = false;
}

void ImportMappingPage::editorChanged()
{
    if (m_updating || !state().analysis)
        return;
    const int row = m_current;
    csv::FieldMapping field = state().mapping.field(row);
    if (field.source == FieldSource::Constant)
        field.constant = m_constant->text();
    if (field.source == FieldSource::Column) {
        const bool numberTurnedOn = m_number->isChecked() && !field.parseNumber;
        const bool dateTurnedOn = m_date->isChecked() && !field.parseDate;
        field.trim = m_trim->isChecked();
        field.parseNumber = m_number->isChecked();
        field.decimal = csv::DecimalSeparator(m_decimal->currentData().toInt());
        field.parseDate = m_date->isChecked();
        field.dateOrder = csv::DateOrder(m_dateOrder->currentData().toInt());
        field.zone = csv::ZonePolicy(m_zone->currentData().toInt());
        if (numberTurnedOn || dateTurnedOn) {
            // Newly parsed: let the data decide (or ask) for the separator / the order.
            csv::ColumnMapping probe = state().mapping;
            probe.setField(row, field);
            probe.applyAnalysis(*state().analysis);
            if (numberTurnedOn)
                field.decimal = probe.field(row).decimal;
            if (dateTurnedOn) {
                field.dateOrder = probe.field(row).dateOrder;
                field.dateOrderQuestion = probe.field(row).dateOrderQuestion;
            }
        }
        if (field.parseDate && field.dateOrder == csv::DateOrder::Undecided)
            field.dateOrderQuestion = true;   // undecided by the operator: ask, never guess
    }
    state().mapping.setField(row, field);
    askAboutPending();
    updateRow(row);
    rebuildQuestions();
    updateEditor();
    updateIssues();
    emit completeChanged();
}

void ImportMappingPage::updateIssues()
{
    if (!state().analysis) {
        m_issues->clear();
        return;
    }
    QStringList lines;
    const QList<csv::MappingIssue> issues = state().mapping.issues(int(state().analysis->columns.size()));
    for (const csv::MappingIssue &issue : issues)
        lines.append(issue.message);
    const QList<csv::MappingDecision> pending = state().mapping.pendingDecisions(&*state().analysis);
    if (!pending.isEmpty())
        lines.append(tr("%n question(s) above still need an answer.", nullptr, int(pending.size())));
    m_issues->setText(lines.join(QLatin1Char('\n')));
}

bool ImportMappingPage::isComplete() const
{
    if (!state().analysisIsCurrent() || m_progress->isRunning())
        return false;
    const csv::SourceAnalysis &analysis = *state().analysis;
    return state().mapping.issues(int(analysis.columns.size())).isEmpty()
        && state().mapping.pendingDecisions(&analysis).isEmpty();
}

bool ImportMappingPage::validatePage()
{
    return isComplete();
}

void ImportMappingPage::refreshProfiles()
{
    const QString current = m_profileCombo->currentText();
    m_profileCombo->clear();
    m_profileCombo->addItems(importWizard()->profileStore().names());
    const int index = m_profileCombo->findText(current.isEmpty() ? state().profileName : current);
    m_profileCombo->setCurrentIndex(index >= 0 ? index : (m_profileCombo->count() > 0 ? 0 : -1));
    m_loadProfile->setEnabled(m_profileCombo->count() > 0);
    m_deleteProfile->setEnabled(m_profileCombo->count() > 0);
}

bool ImportMappingPage::loadProfile(const QString &name, QString *error)
{
    if (!state().analysis) {
        if (error)
            *error = tr("Wait until the file has been read.");
        return false;
    }
    csv::ColumnMapping loaded;
    if (!importWizard()->profileStore().load(name, loaded, error))
        return false;
    // The profile's answers stand (the operator gave them for this kind of file); the data's
    // evidence fills what the profile left open, and an ambiguous column is still shown as a question.
    csv::ColumnMapping mapping = loaded;
    mapping.applyAnalysis(*state().analysis);
    m_asked.clear();
    for (int i = 0; i < CarmaSchema::ColumnCount; ++i) {
        const csv::FieldMapping &saved = loaded.field(i);
        csv::FieldMapping field = mapping.field(i);
        if (field.parseDate && field.dateOrderQuestion) {
            m_asked.append(questionKey(csv::MappingDecision::Kind::DateOrder, i));
            if (saved.dateOrder != csv::DateOrder::Undecided)
                field.dateOrder = saved.dateOrder;
        }
        if (field.parseNumber && field.decimal == csv::DecimalSeparator::Undecided) {
            m_asked.append(questionKey(csv::MappingDecision::Kind::DecimalSeparator, i));
            if (saved.decimal != csv::DecimalSeparator::Undecided)
                field.decimal = saved.decimal;
        }
        mapping.setField(i, field);
    }
    state().mapping = mapping;
    state().profileName = name;
    m_profileName->setText(name);
    m_note->setText(tr("Loaded the profile \"%1\".").arg(name));
    rebuildAll();
    return true;
}

bool ImportMappingPage::saveProfile(const QString &name, QString *error)
{
    if (!csv::MappingProfileStore::isValidName(name)) {
        if (error)
            *error = tr("\"%1\" cannot be a profile name: use letters, digits, blanks, '-', '_' and '.'.").arg(name);
        return false;
    }
    if (!importWizard()->profileStore().save(name, state().mapping, error))
        return false;
    state().profileName = name;
    refreshProfiles();
    m_profileCombo->setCurrentIndex(m_profileCombo->findText(name));
    m_note->setText(tr("Saved the profile \"%1\" (%2).")
                        .arg(name, QDir::toNativeSeparators(importWizard()->profileStore().filePath(name))));
    return true;
}

} // namespace cdp::ui
