#include "identifierfield.h"

#include "icons.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>
#include <QThreadPool>

namespace cdp::ui {

namespace {
const QString kRecent = QStringLiteral("CustomerLookup/recent");

// QSettings writes its file when it is destroyed (a save file, flushed to disk): up to tens of
// milliseconds on a busy disk, too long for the GUI thread in the middle of a lookup. Recent
// lookups are written by one worker thread, in order (the last write wins); reading waits for
// writes still queued, and the application waits for them when it quits.
QThreadPool &settingsWriter()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(2000);
        qAddPostRoutine([] { settingsWriter().waitForDone(); });
        return p;
    }();
    return *pool;
}

void writeRecent(const QStringList &recent)
{
    // What QSettings() would open on this thread.
    const QSettings::Format format = QSettings::defaultFormat();
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    settingsWriter().start([format, organization, application, recent] {
        QSettings settings(format, QSettings::UserScope, organization, application);
        if (recent.isEmpty())
            settings.remove(kRecent);
        else
            settings.setValue(kRecent, recent);
    });
}
} // namespace

IdentifierField::IdentifierField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_recentModel(new QStringListModel(this))
{
    m_edit->setObjectName(QStringLiteral("identifierEdit"));
    m_edit->setPlaceholderText(tr("E-mail, mobile number, gcrId or customer code"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(320);
    m_edit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_kind->setObjectName(QStringLiteral("identifierKind"));
    for (CustomerKey::Kind kind : CustomerKey::allKinds())
        m_kind->addItem(CustomerKey::kindDisplayName(kind), int(kind));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setToolTip(tr("The kind of identifier; guessed from what you type, change it when the guess is wrong"));

    m_hint->setObjectName(QStringLiteral("identifierHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_completer->setModel(m_recentModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_kind, 0, 1);
    layout->addWidget(m_hint, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &IdentifierField::onTextChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { emit submitted(key()); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_overridden = true;
        updateHint();
        emit keyChanged(key());
    });

    loadRecent();
    onTextChanged();
}

CustomerKey IdentifierField::key() const
{
    if (m_overridden)
        return CustomerKey::withKind(m_edit->text(), shownKind());
    return CustomerKey::detect(m_edit->text());
}

QString IdentifierField::text() const
{
    return m_edit->text();
}

void IdentifierField::setText(const QString &text)
{
    m_overridden = false;
    if (m_edit->text() == text)
        onTextChanged();
    else
        m_edit->setText(text);
}

void IdentifierField::setKind(CustomerKey::Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index < 0)
        return;
    m_kind->setCurrentIndex(index);
    m_overridden = true;
    updateHint();
    emit keyChanged(key());
}

CustomerKey::Kind IdentifierField::shownKind() const
{
    return CustomerKey::Kind(m_kind->currentData().toInt());
}

void IdentifierField::onTextChanged()
{
    if (m_edit->text().trimmed().isEmpty())
        m_overridden = false;   // a new identifier: guess again
    if (!m_overridden) {
        const CustomerKey detected = CustomerKey::detect(m_edit->text());
        const CustomerKey::Kind kind =
            detected.kind() == CustomerKey::Kind::None ? CustomerKey::Kind::Email : detected.kind();
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    }
    updateHint();
    emit keyChanged(key());
}

void IdentifierField::updateHint()
{
    const CustomerKey k = key();
    QString text;
    QPalette::ColorRole role = QPalette::PlaceholderText;
    if (m_edit->text().trimmed().isEmpty()) {
        text = tr("The kind is guessed as you type; Enter looks the customer up.");
    } else if (!k.isValid()) {
        text = k.problem().isEmpty() ? tr("Not a valid %1.").arg(CustomerKey::kindDisplayName(shownKind()))
                                     : k.problem();
        m_hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_hint->setText(text);
        return;
    } else if (m_overridden) {
        text = tr("%1 (your choice) · sends %2: %3")
                   .arg(CustomerKey::kindDisplayName(k.kind()), QString::fromLatin1(k.headerName()), k.value());
    } else {
        text = tr("Guessed: %1 (confidence: %2) · sends %3: %4")
                   .arg(CustomerKey::kindDisplayName(k.kind()),
                        CustomerKey::confidenceDisplayName(k.confidence()).toLower(),
                        QString::fromLatin1(k.headerName()), k.value());
    }
    m_hint->setStyleSheet(QString());
    m_hint->setForegroundRole(role);
    m_hint->setText(text);
}

void IdentifierField::remember(const CustomerKey &key)
{
    if (!key.isValid())
        return;
    QStringList recent = recentLookups();
    recent.removeAll(key.value());
    recent.prepend(key.value());
    while (recent.size() > MaxRecent)
        recent.removeLast();
    writeRecent(recent);
    m_recentModel->setStringList(recent);
}

QStringList IdentifierField::recentLookups() const
{
    return m_recentModel->stringList();
}

void IdentifierField::clearRecentLookups()
{
    writeRecent({});
    m_recentModel->setStringList({});
}

void IdentifierField::loadRecent()
{
    settingsWriter().waitForDone();
    QStringList recent = QSettings().value(kRecent).toStringList();
    recent.removeAll(QString());
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_recentModel->setStringList(recent);
}

} // namespace cdp::ui
