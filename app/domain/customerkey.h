#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cdp {

// What an operator typed into the customer search field, recognised as one of the identifiers
// of the Algonomy Real-time CDP's productPurchased call (seed 000) and normalised for sending.
//
// detect() heuristics, first match wins (the operator can override the kind with withKind()):
//  1. contains '@'                                  → Email (High when it looks like a@b.c, else Low)
//  2. a UUID (8-4-4-4-12 hex digits, optional {})   → GcrId, High (golden customer record ids)
//  3. "<digits>_<digits>" such as "1_1092"          → GcrId, Medium (the HK_CUSTOMER_CODE shape)
//  4. phone-shaped: only digits, spaces, - ( ) . / and one leading '+' (or "00"), 7–15 digits:
//       leading '+' or "00"                         → Mobile, High
//       separators and at least 9 digits            → Mobile, High
//       separators and 7–8 digits                   → Mobile, Medium
//       digits only, 9–15 of them                   → Mobile, Medium ("1212121212", seed 000)
//  5. digits only, 1–8 of them                      → ExternalCode, Low ("123456", seed 000)
//     digits only, 16 or more                       → GcrId, Low (a long numeric record id)
//  6. anything else without inner whitespace        → ExternalCode, Medium ("C-2101", "NWT-000318")
//     with inner whitespace                         → ExternalCode, Low
//
// Normalisation (value()):
//  - Email: trimmed and lower-cased as a whole (the CDP compares addresses case-insensitively).
//  - Mobile: spaces (also no-break spaces), '-', '(', ')', '.', '/' removed; a leading "00" becomes
//    '+'; a "(0)" trunk prefix right after an international prefix is dropped
//    ("+44 (0)20 7946 0958" → "+442079460958"); the result is an optional leading '+' and digits
//    only. Any other character makes the value invalid for the Mobile kind.
//  - GcrId and ExternalCode: trimmed only; the CDP compares them exactly, so case is kept.
class CustomerKey
{
    Q_DECLARE_TR_FUNCTIONS(cdp::CustomerKey)

public:
    enum class Kind { None, Email, Mobile, GcrId, ExternalCode };
    enum class Confidence { None, Low, Medium, High };

    CustomerKey() = default;

    // Recognises the kind of `typed` (see above). Empty or blank input gives Kind::None.
    static CustomerKey detect(const QString &typed);
    // The operator's choice of kind: normalised for that kind; isValid() is false (with
    // problem()) when the input cannot be such an identifier, e.g. letters as a mobile number.
    static CustomerKey withKind(const QString &typed, Kind kind);

    // The normalised value of `typed` as `kind`; empty and *problem set when impossible.
    static QString normalise(Kind kind, const QString &typed, QString *problem = nullptr);

    Kind kind() const { return m_kind; }
    QString value() const { return m_value; }      // normalised, what is sent
    QString input() const { return m_input; }      // as typed
    Confidence confidence() const { return m_confidence; }
    bool isOverridden() const { return m_overridden; }
    bool isValid() const { return m_kind != Kind::None && !m_value.isEmpty(); }
    QString problem() const { return m_problem; }  // why it is not valid (translated); empty if valid

    // The RCDP request header: gcrId, email_address, mobile_number, customer_code_external.
    QByteArray headerName() const { return headerName(m_kind); }
    static QByteArray headerName(Kind kind);       // empty for Kind::None

    // For logs and the recent-lookups list: e-mail and mobile through Redact, ids shortened to
    // their first and last two characters ("NW…18"); never the full value.
    QString masked() const;

    static QString kindDisplayName(Kind kind);     // "E-mail", "Mobile number", "gcrId", "Customer code"
    static QString kindKey(Kind kind);             // "email", "mobile", "gcrId", "customerCode"; "" for None
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString confidenceDisplayName(Confidence confidence);
    static QList<Kind> allKinds();                 // the four identifier kinds, in seed 000's header order

    friend bool operator==(const CustomerKey &a, const CustomerKey &b)
    {
        return a.m_kind == b.m_kind && a.m_value == b.m_value;
    }
    friend bool operator!=(const CustomerKey &a, const CustomerKey &b) { return !(a == b); }

private:
    Kind m_kind = Kind::None;
    QString m_value;
    QString m_input;
    QString m_problem;
    Confidence m_confidence = Confidence::None;
    bool m_overridden = false;
};

} // namespace cdp

Q_DECLARE_METATYPE(cdp::CustomerKey)
