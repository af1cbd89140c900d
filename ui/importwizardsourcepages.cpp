// Pages 1 and 2 of the import wizard: the file, and how it is written.

#include "importwizardpages.h"

#include "icons.h"

#include "csv/textencoding.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cdp::ui {

namespace {

constexpr qsizetype kSampleBytes = 256 * 1024;
constexpr qsizetype kSniffBytes = 64 * 1024;

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return ImportPreviewPage::tr("comma");
    case ';': return ImportPreviewPage::tr("semicolon");
    case '\t': return ImportPreviewPage::tr("tab");
    case '|': return ImportPreviewPage::tr("vertical bar");
    default: return QString::fromLatin1(&delimiter, 1);
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// 1. File

ImportFilePage::ImportFilePage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_drop(new QLabel(this))
    , m_info(new QLabel(this))
{
    setTitle(tr("Choose the purchase export"));
    setSubTitle(tr("Any CSV export of purchases: a web shop's file with a header and commas, an ERP's "
                   "Windows-1252 file with day-first dates, or a file already in Carma's format."));
    setAcceptDrops(true);

    m_path->setObjectName(QStringLiteral("sourcePathEdit"));
    m_path->setPlaceholderText(tr("Path of the export file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);

    m_drop->setObjectName(QStringLiteral("dropZone"));
    m_drop->setAlignment(Qt::AlignCenter);
    m_drop->setMinimumHeight(200);
    m_drop->setWordWrap(true);
    m_drop->setText(tr("<p style='font-size:large'><b>Drop a CSV file here</b></p>"
                       "<p>or type its path above, or choose it with Browse…</p>"
                       "<p>The file is only read: nothing is sent before the confirmation page.</p>"));
    m_drop->setStyleSheet(QStringLiteral(
        "QLabel#dropZone { border: 2px dashed palette(mid); border-radius: 8px; padding: 24px;"
        " background: palette(alternate-base); color: palette(text); }"));

    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("&File:"), this));
    static_cast<QLabel *>(row->itemAt(0)->widget())->setBuddy(m_path);
    row->addWidget(m_path, 1);
    row->addWidget(browse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_drop, 1);
    layout->addWidget(m_info);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateInfo();
        emit completeChanged();
    });
}

void ImportFilePage::initializePage()
{
    if (!state().sourcePath.isEmpty() && m_path->text().isEmpty())
        m_path->setText(state().sourcePath);
    updateInfo();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text().trimmed()));
    return info.isFile() && info.isReadable() && info.size() > 0;
}

bool ImportFilePage::validatePage()
{
    QString error;
    if (!importWizard()->setSourceFile(QDir::fromNativeSeparators(m_path->text().trimmed()), &error)) {
        m_info->setText(error);
        return false;
    }
    return true;
}

void ImportFilePage::updateInfo()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_info->clear();
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        m_info->setText(tr("No such file."));
    } else if (!info.isFile()) {
        m_info->setText(tr("This is a folder, not a file."));
    } else if (!info.isReadable()) {
        m_info->setText(tr("The file cannot be read (permissions)."));
    } else if (info.size() == 0) {
        m_info->setText(tr("The file is empty."));
    } else {
        m_info->setText(tr("%1 — %2, modified %3")
                            .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                 QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
    }
}

void ImportFilePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Purchase Export"), QFileInfo(m_path->text()).absolutePath(),
                                   tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setPath(path); });
    dialog->open();
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = localFileFromMime(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setPath(path);
    if (isComplete())
        wizard()->next();
}

// ---------------------------------------------------------------------------------------------
// 2. Preview

ImportPreviewPage::ImportPreviewPage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row holds the column &names"), this))
    , m_detect(new QPushButton(tr("&Detect Again"), this))
    , m_detected(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("The encoding, delimiter and header row were detected from the start of the file. "
                   "Change them if the table below does not look right."));

    for (const csv::TextEncoding encoding :
         {csv::TextEncoding::Utf8, csv::TextEncoding::Windows1252, csv::TextEncoding::Latin1})
        m_encoding->addItem(csv::encodingName(encoding), int(encoding));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), int('|'));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_detect->setAutoDefault(false);
    m_detect->setToolTip(tr("Go back to what was detected from the file"));
    m_detected->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("De&limiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    controls->addWidget(encodingLabel);
    controls->addWidget(m_encoding);
    controls->addSpacing(12);
    controls->addWidget(delimiterLabel);
    controls->addWidget(m_delimiter);
    controls->addSpacing(12);
    controls->addWidget(m_header);
    controls->addStretch(1);
    controls->addWidget(m_detect);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setToolTip(tr("Line number in the file"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::controlsChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::controlsChanged);
    connect(m_header, &QCheckBox::toggled, this, &ImportPreviewPage::controlsChanged);
    connect(m_detect, &QPushButton::clicked, this, [this] {
        state().dialect = state().sniffed;
        showDialog(state().dialect);
        reload();
    });
}

void ImportPreviewPage::initializePage()
{
    if (m_loadedPath != state().sourcePath)
        sniff();
    showDialog(state().dialect);
    reload();
}

void ImportPreviewPage::sniff()
{
    m_loadedPath = state().sourcePath;
    m_sample.clear();
    QFile file(m_loadedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ok = false;
        m_status->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_loadedPath), file.errorString()));
        return;
    }
    m_sample = file.read(kSampleBytes);
    state().sniffed = csv::sniffCsvDialect(QByteArrayView(m_sample).first(qMin(m_sample.size(), kSniffBytes)));
    state().dialect = state().sniffed;
    const csv::CsvDialect &sniffed = state().sniffed;
    m_detected->setText(tr("Detected: %1, %2, %3%4.")
                            .arg(csv::encodingName(sniffed.encoding),
                                 tr("delimiter %1").arg(delimiterName(sniffed.delimiter)),
                                 sniffed.hasHeader ? tr("a header row") : tr("no header row"),
                                 sniffed.byteOrderMark ? tr(", byte order mark (skipped)") : QString()));
}

void ImportPreviewPage::showDialog(const csv::CsvDialect &dialect)
{
    const QSignalBlocker b1(m_encoding);
    const QSignalBlocker b2(m_delimiter);
    const QSignalBlocker b3(m_header);
    m_encoding->setCurrentIndex(m_encoding->findData(int(dialect.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(dialect.delimiter)));
    m_header->setChecked(dialect.hasHeader);
}

void ImportPreviewPage::controlsChanged()
{
    csv::CsvDialect &dialect = state().dialect;
    dialect.encoding = csv::TextEncoding(m_encoding->currentData().toInt());
    dialect.delimiter = char(m_delimiter->currentData().toInt());
    dialect.hasHeader = m_header->isChecked();
    reload();
}

int ImportPreviewPage::previewColumnCount() const
{
    return m_model->columnCount();
}

void ImportPreviewPage::reload()
{
    m_model->clear();
    m_ok = false;
    if (m_sample.isEmpty()) {
        emit completeChanged();
        return;
    }
    QBuffer buffer(&m_sample);
    buffer.open(QIODevice::ReadOnly);
    csv::CsvReader reader(&buffer, state().dialect);
    const bool truncated = m_sample.size() < state().sourceSize;
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList fields;
    const int wanted = PreviewRows + (state().dialect.hasHeader ? 1 : 0) + 1;
    while (records.size() < wanted && reader.readRecord(fields)) {
        records.append(fields);
        lines.append(reader.recordStartLine());
    }
    // The last record of a sample cut mid-file may be cut too.
    if (truncated && records.size() < wanted && !records.isEmpty()) {
        records.removeLast();
        lines.removeLast();
    }
    if (records.size() == wanted) {
        records.removeLast();
        lines.removeLast();
    }
    QStringList header;
    if (state().dialect.hasHeader && !records.isEmpty()) {
        header = records.takeFirst();
        lines.removeFirst();
    }
    int columns = int(header.size());
    int minColumns = std::numeric_limits<int>::max();
    for (const QStringList &record : std::as_const(records)) {
        columns = qMax(columns, int(record.size()));
        minColumns = qMin(minColumns, int(record.size()));
    }
    m_model->setColumnCount(columns);
    QStringList labels;
    for (int c = 0; c < columns; ++c)
        labels.append(c < header.size() && !header.at(c).isEmpty() ? header.at(c) : tr("Column %1").arg(c + 1));
    m_model->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < records.size(); ++r) {
        QList<QStandardItem *> items;
        for (const QString &value : records.at(r))
            items.append(new QStandardItem(value));
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(r, new QStandardItem(QLocale().toString(lines.at(r))));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));

    QStringList notes;
    if (reader.error() != csv::CsvReadError::None && !(truncated && reader.error() == csv::CsvReadError::UnterminatedQuote))
        notes.append(reader.errorString());
    if (records.isEmpty()) {
        notes.append(tr("No data rows in the start of the file."));
    } else {
        notes.append(tr("The first %n row(s) of the file, %1 column(s).", nullptr, int(records.size())).arg(columns));
        if (minColumns != columns)
            notes.append(tr("Some rows have fewer columns (%1 instead of %2): check the delimiter.")
                             .arg(minColumns).arg(columns));
        if (columns == 1)
            notes.append(tr("Only one column: the delimiter is probably wrong."));
        if (reader.strayQuotes() > 0)
            notes.append(tr("%n stray quote(s): check the delimiter.", nullptr, int(reader.strayQuotes())));
        m_ok = true;
    }
    if (state().dialect.encoding != state().sniffed.encoding)
        notes.append(tr("Encoding changed from the detected %1.").arg(csv::encodingName(state().sniffed.encoding)));
    m_status->setText(notes.join(QLatin1Char(' ')));
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

} // namespace cdp::ui
