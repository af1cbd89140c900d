// Page 4 of the import wizard: convert and validate every row, off the GUI thread.

#include "importwizardpages.h"

#include "errorrowdelegate.h"
#include "icons.h"
#include "stateview.h"

#include "csv/textencoding.h"
#include "models/importledgermodel.h"
#include "models/importproblemmodel.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace cdp::ui {

namespace {

constexpr int kContextLines = 2;

// Physical lines first..last (1-based) of a file, decoded; streams the file with memchr so a
// line deep in a large file does not need the whole file in memory.
QStringList readLines(const QString &path, csv::TextEncoding encoding, qint64 first, qint64 last)
{
    QFile file(path);
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    qint64 line = 1;
    QByteArray current;
    QByteArray block;
    block.resize(1 << 20);
    while (line <= last) {
        const qint64 n = file.read(block.data(), block.size());
        if (n <= 0)
            break;
        const char *p = block.constData();
        const char *end = p + n;
        while (p < end && line <= last) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = nl ? nl : end;
            if (line >= first)
                current.append(p, stop - p);
            if (!nl)
                break;
            if (line >= first) {
                if (current.endsWith('\r'))
                    current.chop(1);
                lines.append(csv::decodeText(current, encoding));
                current.clear();
            }
            ++line;
            p = nl + 1;
        }
    }
    if (line >= first && line <= last && !current.isEmpty())
        lines.append(csv::decodeText(current, encoding));
    return lines;
}

QString fileBase(const QString &path)
{
    QString base = QFileInfo(path).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("import");
    return base;
}

} // namespace

ImportValidatePage::ImportValidatePage(QWidget *parent)
    : ImportWizardPage(parent)
    , m_progress(new BackgroundProgress(this))
    , m_summary(new QLabel(this))
    , m_rules(new QTableView(this))
    , m_ruleModel(new ImportRuleCountModel(this))
    , m_problems(new QTableView(this))
    , m_problemModel(new ImportProblemModel(this))
    , m_problemProxy(new QSortFilterProxyModel(this))
    , m_ruleFilter(new QLineEdit(this))
    , m_lineView(new QPlainTextEdit(this))
    , m_leaveOut(new QCheckBox(this))
    , m_exportRejected(new QPushButton(Icons::icon(QStringLiteral("export")), tr("&Export Rejected Rows…"), this))
    , m_rerun(new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("Check &Again"), this))
{
    setTitle(tr("Check every row"));
    setSubTitle(tr("Each row is converted and checked against every rule of Carma's format. "
                   "Nothing is sent yet."));

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("validationSummary"));

    auto setUpTable = [](QTableView *table) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        table->horizontalHeader()->setHighlightSections(false);
    };
    setUpTable(m_rules);
    m_rules->setModel(m_ruleModel);
    m_rules->horizontalHeader()->setSectionResizeMode(ImportRuleCountModel::Description, QHeaderView::Stretch);
    m_rules->setColumnWidth(ImportRuleCountModel::Rule, m_rules->fontMetrics().horizontalAdvance(QStringLiteral("date-order-undecided")) + 20);
    m_rules->setColumnWidth(ImportRuleCountModel::Severity, m_rules->fontMetrics().horizontalAdvance(QStringLiteral("Warning")) + 20);
    m_rules->setColumnWidth(ImportRuleCountModel::Count, m_rules->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000")) + 20);
    m_rules->setItemDelegate(new ErrorRowDelegate(ImportRuleCountModel::IsErrorRole, m_rules));
    m_rules->setToolTip(tr("Click a rule to list only its problems"));
    m_rules->setObjectName(QStringLiteral("ruleTable"));

    m_problemProxy->setSourceModel(m_problemModel);
    m_problemProxy->setSortRole(ImportProblemModel::SortRole);
    m_problemProxy->setFilterKeyColumn(-1);
    m_problemProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpTable(m_problems);
    m_problems->setModel(m_problemProxy);
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(ImportProblemModel::Line, Qt::AscendingOrder);
    m_problems->setItemDelegate(new ErrorRowDelegate(ImportProblemModel::IsErrorRole, m_problems));
    const QFontMetrics metrics = m_problems->fontMetrics();
    m_problems->setColumnWidth(ImportProblemModel::Line, metrics.horizontalAdvance(QStringLiteral("1,000,000")) + 20);
    m_problems->setColumnWidth(ImportProblemModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("shipping_limit_date")) + 16);
    m_problems->setColumnWidth(ImportProblemModel::Field, metrics.horizontalAdvance(QStringLiteral("Transaction Time (3)")) + 16);
    m_problems->setColumnWidth(ImportProblemModel::Rule, metrics.horizontalAdvance(QStringLiteral("date-order-undecided")) + 16);
    m_problems->setColumnWidth(ImportProblemModel::Severity, metrics.horizontalAdvance(QStringLiteral("Warning")) + 16);
    m_problems->setColumnWidth(ImportProblemModel::Value, metrics.horizontalAdvance(QStringLiteral("2018-13-45 10:00:00")) + 16);
    m_problems->horizontalHeader()->setSectionResizeMode(ImportProblemModel::Message, QHeaderView::Stretch);
    m_problems->setToolTip(tr("Double-click or press Enter to show the line in the file"));
    m_problems->setObjectName(QStringLiteral("problemTable"));

    m_ruleFilter->setPlaceholderText(tr("Filter problems by rule, field, value or message"));
    m_ruleFilter->setClearButtonEnabled(true);
    m_ruleFilter->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_lineView->setReadOnly(true);
    m_lineView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lineView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineView->setPlaceholderText(tr("Activate a problem to see its line in the file."));
    m_lineView->setMaximumBlockCount(50);
    m_lineView->setObjectName(QStringLiteral("lineView"));

    m_leaveOut->setObjectName(QStringLiteral("leaveOutBox"));
    m_leaveOut->hide();
    m_exportRejected->setAutoDefault(false);
    m_exportRejected->setEnabled(false);
    m_rerun->setAutoDefault(false);

    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_ruleFilter);
    problemsLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_rules);
    splitter->addWidget(problemsBox);
    splitter->addWidget(m_lineView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 1);
    m_rules->setMinimumHeight(80);
    m_lineView->setMinimumHeight(m_lineView->fontMetrics().lineSpacing() * 6 + 12);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leaveOut);
    buttons->addStretch(1);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_exportRejected);

    // Without any problem the tables would be empty: a clear "all good" page instead.
    m_clean = new StateView(this);
    m_clean->setIcon(Icons::icon(QStringLiteral("import")), 64);
    m_clean->setObjectName(QStringLiteral("cleanState"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_clean);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<csv::ConversionResult>::finished, this, &ImportValidatePage::finished);
    connect(m_problems, &QTableView::activated, this, &ImportValidatePage::showProblemLine);
    connect(m_problems->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showProblemLine(current);
            });
    connect(m_rules, &QTableView::clicked, this, &ImportValidatePage::filterByRule);
    connect(m_ruleFilter, &QLineEdit::textChanged, m_problemProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_leaveOut, &QCheckBox::toggled, this, [this](bool on) {
        state().leaveOutBadRows = on;
        emit completeChanged();
    });
    connect(m_rerun, &QPushButton::clicked, this, &ImportValidatePage::start);
    connect(m_exportRejected, &QPushButton::clicked, this, [this] {
        const QString suggested = QFileInfo(state().sourcePath).absolutePath() + QLatin1Char('/')
            + fileBase(state().sourcePath) + QStringLiteral(".rejected.csv");
        auto *dialog = new QFileDialog(this, tr("Export Rejected Rows"), suggested, tr("CSV files (*.csv);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QString error;
            if (exportRejectedRows(path, &error))
                m_summary->setText(m_summary->text() + QStringLiteral("<br>")
                                   + tr("Rejected rows written to %1.").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
            else
                m_summary->setText(m_summary->text() + QStringLiteral("<br>") + error.toHtmlEscaped());
        });
        dialog->open();
    });
    connect(&m_lineWatcher, &QFutureWatcher<QStringList>::finished, this, [this] {
        const QStringList lines = m_lineWatcher.result();
        const qint64 line = m_lineRequested;
        const qint64 first = qMax<qint64>(1, line - kContextLines);
        QStringList text;
        const int width = int(QString::number(first + lines.size()).size());
        for (int i = 0; i < lines.size(); ++i) {
            const qint64 number = first + i;
            text.append(QStringLiteral("%1 %2 │ %3")
                            .arg(number == line ? QStringLiteral("▶") : QStringLiteral(" "))
                            .arg(number, width)
                            .arg(lines.at(i)));
        }
        if (lines.isEmpty())
            text.append(tr("Line %1 could not be read from the file.").arg(line));
        m_lineView->setPlainText(text.join(QLatin1Char('\n')));
        emit lineShown(line);
    });
}

ImportValidatePage::~ImportValidatePage()
{
    m_progress->cancel();
}

void ImportValidatePage::initializePage()
{
    if (state().conversionIsCurrent()) {
        showResult();
        return;
    }
    start();
}

void ImportValidatePage::cleanupPage()
{
    cancel();
}

void ImportValidatePage::cancel()
{
    if (m_progress->isRunning())
        m_progress->cancel();
}

void ImportValidatePage::start()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        m_watcher.waitForFinished();
    }
    state().conversion.reset();
    m_problemModel->clear();
    m_ruleModel->clear();
    m_lineView->clear();
    m_stack->setCurrentIndex(0);
    m_leaveOut->hide();
    m_exportRejected->setEnabled(false);
    m_rerun->setEnabled(false);
    m_summary->setText(tr("Converting and checking %1…").arg(QFileInfo(state().sourcePath).fileName()));

    const QString directory = importWizard()->workDirectory();
    const QString base = fileBase(state().sourcePath);
    const QString source = state().sourcePath;
    const csv::CsvDialect dialect = state().dialect;
    const csv::ColumnMapping mapping = state().mapping;
    state().conversionPath = source;
    state().conversionDialect = dialect;
    state().conversionMapping = mapping;
    state().rejectedRowsPath = directory + QLatin1Char('/') + base + QStringLiteral(".rejected.csv");
    const QString output = directory + QLatin1Char('/') + base + QStringLiteral(".carma.txt");
    const QString rejected = state().rejectedRowsPath;
    QFile::remove(rejected);

    auto shared = m_progress->begin(tr("Checking rows…"), state().sourceSize);
    m_watcher.setFuture(QtConcurrent::run([source, dialect, mapping, output, rejected, shared] {
        csv::ConversionOptions options;
        options.outputPath = output;
        options.rejectedRowsPath = rejected;
        options.validRowsOnly = true;
        options.cancel = &shared->cancel;
        options.progress = [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
        };
        return csv::convertToCarma(source, dialect, mapping, options);
    }));
    emit completeChanged();
}

void ImportValidatePage::finished()
{
    m_progress->end();
    m_rerun->setEnabled(true);
    csv::ConversionResult result = m_watcher.result();
    if (result.outcome == csv::ConversionResult::Outcome::Cancelled) {
        state().conversion.reset();
        m_summary->setText(tr("Cancelled: nothing was written. Press Check Again to start over."));
        emit completeChanged();
        return;
    }
    state().conversion = std::move(result);
    showResult();
}

void ImportValidatePage::showResult()
{
    const csv::ConversionResult &result = *state().conversion;
    QLocale locale;
    m_problemModel->setProblems(result.problems);
    m_ruleModel->setCounts(result.ruleCounts);
    m_rerun->setEnabled(true);
    if (result.outcome == csv::ConversionResult::Outcome::Failed) {
        m_summary->setText(tr("<b>The file could not be converted.</b> %1").arg(result.errorString.toHtmlEscaped()));
        m_leaveOut->hide();
        m_exportRejected->setEnabled(false);
        emit completeChanged();
        return;
    }
    QStringList parts;
    parts.append(tr("<b>%1</b> rows read: <b>%2</b> ready for Carma, <b>%3</b> rejected, %4 with warnings.")
                     .arg(locale.toString(result.rowsRead), locale.toString(result.rowsWritten),
                          locale.toString(result.rowsRejected), locale.toString(result.rowsWithWarnings)));
    parts.append(tr("Total value %1; Carma file %2.")
                     .arg(ImportLedgerModel::totalValueText(result.totalValue.toString(), locale), locale.formattedDataSize(result.bytesWritten)));
    qint64 problemCount = 0;
    for (const qint64 count : result.ruleCounts)
        problemCount += count;
    if (problemCount > result.problems.size())
        parts.append(tr("The table lists the first %1 of %2 problems; the counts are exact.")
                         .arg(locale.toString(result.problems.size()), locale.toString(problemCount)));
    if (result.rowsRejected == 0 && problemCount == 0)
        parts.append(tr("No problems: every row passed every rule."));
    if (result.rowsWritten == 0)
        parts.append(tr("<b>No row can be imported.</b> Go back to the mapping."));
    m_summary->setText(parts.join(QLatin1Char(' ')));

    const bool rejectedRows = result.rowsRejected > 0;
    m_exportRejected->setEnabled(rejectedRows && QFileInfo::exists(state().rejectedRowsPath));
    m_leaveOut->setVisible(rejectedRows && result.rowsWritten > 0);
    m_leaveOut->setText(tr("&Leave the %1 rejected rows out and import the other %2")
                            .arg(locale.toString(result.rowsRejected), locale.toString(result.rowsWritten)));
    {
        const QSignalBlocker blocker(m_leaveOut);
        m_leaveOut->setChecked(state().leaveOutBadRows);
    }
    const bool clean = problemCount == 0 && result.rowsWritten > 0;
    if (clean) {
        m_clean->setTitle(tr("Every row passed every rule"));
        m_clean->setMessage(tr("%1 rows are ready for Carma in %2 (%3).")
                                .arg(locale.toString(result.rowsWritten),
                                     QDir::toNativeSeparators(result.outputPath), locale.formattedDataSize(result.bytesWritten)));
    }
    m_stack->setCurrentIndex(clean ? 1 : 0);
    if (m_problemProxy->rowCount() > 0) {
        m_problems->selectRow(0);
        showProblemLine(m_problemProxy->index(0, 0));
    }
    emit completeChanged();
}

bool ImportValidatePage::isComplete() const
{
    if (m_progress->isRunning() || !state().conversionIsCurrent())
        return false;
    const csv::ConversionResult &result = *state().conversion;
    if (!result.isSuccess() || result.rowsWritten == 0)
        return false;
    return result.rowsRejected == 0 || state().leaveOutBadRows;
}

void ImportValidatePage::filterByRule(const QModelIndex &index)
{
    const QString rule = index.siblingAtColumn(ImportRuleCountModel::Rule).data(ImportRuleCountModel::RuleRole).toString();
    m_ruleFilter->setText(m_ruleFilter->text() == rule ? QString() : rule);
}

void ImportValidatePage::showProblemLine(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const qint64 line = proxyIndex.data(ImportProblemModel::LineRole).toLongLong();
    if (line <= 0)
        return;
    // A read still running for another line is left to finish unobserved (setFuture drops it).
    m_lineRequested = line;
    const QString path = state().sourcePath;
    const csv::TextEncoding encoding = state().dialect.encoding;
    m_lineView->setPlainText(tr("Reading line %1…").arg(line));
    m_lineWatcher.setFuture(QtConcurrent::run([path, encoding, line] {
        return readLines(path, encoding, qMax<qint64>(1, line - kContextLines), line + kContextLines);
    }));
}

bool ImportValidatePage::exportRejectedRows(const QString &path, QString *error)
{
    const QString from = state().rejectedRowsPath;
    if (!QFileInfo::exists(from)) {
        if (error)
            *error = tr("There are no rejected rows to export.");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return true;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile source(from);
    if (!source.copy(path)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), source.errorString());
        return false;
    }
    return true;
}

} // namespace cdp::ui
