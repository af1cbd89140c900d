#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace cdp::csv {

// Order of day and month in a year-last date such as 03/04/2021 (dd/MM/yyyy or MM/dd/yyyy).
enum class DateOrder { Undecided, DayFirst, MonthFirst };

// What happens to a value carrying a time-zone offset ("2021-03-28T02:30:00+02:00", "…Z").
// ConvertToUtc: the clock time is shifted to UTC. KeepLocalClock: the offset is dropped and the
// clock time written as it stands. A value without offset is always written as it stands.
enum class ZonePolicy { ConvertToUtc, KeepLocalClock };

enum class DateStatus {
    Ok,
    Malformed, // not one of the accepted shapes
    Invalid,   // the right shape, but no such date or time (30/02, 24:00, month 13)
    Ambiguous, // a year-last date while the day/month order is undecided
};

struct DateSettings
{
    DateOrder order = DateOrder::Undecided;
    ZonePolicy zone = ZonePolicy::ConvertToUtc;
};

// Length of the Carma timestamp "yyyy-MM-dd HH:mm:ss".
inline constexpr int CarmaTimestampLength = 19;

// Parses a date or date-time by hand (no QDateTime, no time-zone database: results do not depend
// on TZ or DST) and writes the Carma timestamp into out[0..18]. Accepted shapes:
//   year first: yyyy-M-d, yyyy/M/d, yyyy.M.d (always year-month-day);
//   year last:  d.M.yyyy (a dot always means day first), d/M/yyyy and d-M-yyyy (order by settings);
//   followed optionally by 'T' or one blank and H:mm, H:mm:ss or H:mm:ss.fff (fraction dropped),
//   then optionally an offset: Z, ±HH, ±HHmm, ±HH:mm (one blank before it is allowed).
// A date without time gets 00:00:00. Blanks around the value are ignored.
DateStatus convertDate(QByteArrayView text, const DateSettings &settings, char *out);

// The same, returning the text; empty unless Ok.
QByteArray convertDate(QByteArrayView text, const DateSettings &settings, DateStatus *status = nullptr);

// Day/month evidence collected over a column of dates.
enum class DateOrderEvidence {
    NotNeeded,   // no year-last dates (or no dates at all)
    DayFirst,    // some year-last date has a first part > 12, none a second part > 12
    MonthFirst,  // the reverse
    Ambiguous,   // year-last dates, all with both parts <= 12: the operator must choose
    Conflicting, // both kinds occur: the column mixes orders; the operator must choose
};

// Accumulates the values of one column; cheap enough for a full pass over the file.
class DateScan
{
public:
    void add(QByteArrayView value);

    qint64 values() const { return m_values; }       // non-empty values seen
    qint64 dates() const { return m_dates; }         // values of an accepted shape
    qint64 yearLastDates() const { return m_yearLast; }
    qint64 firstPartOver12() const { return m_firstOver12; }
    qint64 secondPartOver12() const { return m_secondOver12; }
    bool looksLikeDates() const { return m_values > 0 && m_dates == m_values; }
    DateOrderEvidence evidence() const;
    // An example value for the operator's question (the first ambiguous one).
    QByteArray example() const { return m_example; }

private:
    qint64 m_values = 0;
    qint64 m_dates = 0;
    qint64 m_yearLast = 0;
    qint64 m_firstOver12 = 0;
    qint64 m_secondOver12 = 0;
    QByteArray m_example;
};

QString dateOrderId(DateOrder order);               // "undecided", "day-first", "month-first"
bool dateOrderFromId(QStringView id, DateOrder &order);
QString zonePolicyId(ZonePolicy policy);            // "utc", "local-clock"
bool zonePolicyFromId(QStringView id, ZonePolicy &policy);

} // namespace cdp::csv
