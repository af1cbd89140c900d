#pragma once

#include "domain/customerkey.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace cdp::ui {

// The one search field of Customer Lookup: a line edit that accepts any identifier, a small combo
// showing the kind CustomerKey::detect() guessed (the operator may change it; that choice sticks
// until the field is cleared) and a hint with the normalised value that will be sent. Recent
// lookups (normalised values, never logged) are offered by a completer and kept in QSettings.
class IdentifierField : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRecent = 20;

    explicit IdentifierField(QWidget *parent = nullptr);

    // The identifier as it would be sent now: detected, or of the operator's kind.
    CustomerKey key() const;
    QString text() const;
    void setText(const QString &text);                  // guesses the kind again
    void setKind(CustomerKey::Kind kind);               // as if the operator chose it
    bool isKindOverridden() const { return m_overridden; }
    CustomerKey::Kind shownKind() const;

    // Remembers a successful lookup (most recent first).
    void remember(const CustomerKey &key);
    QStringList recentLookups() const;
    void clearRecentLookups();

    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *kindCombo() const { return m_kind; }
    QLabel *hintLabel() const { return m_hint; }

Q_SIGNALS:
    void submitted(const cdp::CustomerKey &key);
    void keyChanged(const cdp::CustomerKey &key);

private:
    void onTextChanged();
    void updateHint();
    void loadRecent();

    QLineEdit *m_edit;
    QComboBox *m_kind;
    QLabel *m_hint;
    QCompleter *m_completer;
    QStringListModel *m_recentModel;
    bool m_overridden = false;
};

} // namespace cdp::ui
