#include "csv/datetransform.h"

#include <QByteArray>
#include <QDate>
#include <QTime>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

enum class DateShape { YearFirst, YearLastDot, YearLastOrdered };

struct RawDate
{
    DateShape shape = DateShape::YearFirst;
    int year = 0;
    int first = 0;  // month (year first) or the first part of a year-last date
    int second = 0; // day (year first) or the second part
    int hour = 0;
    int minute = 0;
    int secondOfMinute = 0;
    bool hasOffset = false;
    int offsetMinutes = 0;
};

class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    void skip() { ++m_p; }
    // Reads minDigits..maxDigits digits (not followed by another digit).
    bool digits(int minDigits, int maxDigits, int &value)
    {
        int count = 0;
        return digits(minDigits, maxDigits, count, &value);
    }
    bool digits(int minDigits, int maxDigits, int &count, int *valueOut)
    {
        int &value = *valueOut;
        count = 0;
        value = 0;
        while (m_p < m_end && count < maxDigits && *m_p >= '0' && *m_p <= '9') {
            value = value * 10 + (*m_p - '0');
            ++m_p;
            ++count;
        }
        return count >= minDigits && !(m_p < m_end && *m_p >= '0' && *m_p <= '9');
    }
    qsizetype consumed(QByteArrayView text) const { return m_p - text.data(); }
    bool accept(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_p;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

bool parseOffset(Cursor &cursor, RawDate &raw)
{
    if (cursor.accept('Z') || cursor.accept('z')) {
        raw.hasOffset = true;
        return cursor.atEnd();
    }
    const char sign = cursor.peek();
    if (sign != '+' && sign != '-')
        return false;
    cursor.skip();
    int hours = 0;
    int minutes = 0;
    int digits = 0;
    if (!cursor.digits(2, 4, digits, &hours))
        return false;
    if (digits == 4) { // ±HHmm
        minutes = hours % 100;
        hours /= 100;
    } else if (digits != 2) {
        return false;
    } else if (cursor.accept(':')) { // ±HH:mm
        if (!cursor.digits(2, 2, minutes))
            return false;
    }
    if (!cursor.atEnd() || hours > 14 || minutes > 59)
        return false;
    raw.hasOffset = true;
    raw.offsetMinutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
    return true;
}

bool parseTime(Cursor &cursor, RawDate &raw)
{
    if (!cursor.digits(1, 2, raw.hour) || !cursor.accept(':') || !cursor.digits(2, 2, raw.minute))
        return false;
    if (cursor.accept(':')) {
        if (!cursor.digits(2, 2, raw.secondOfMinute))
            return false;
        if (cursor.accept('.') || cursor.accept(',')) {
            int fraction = 0;
            if (!cursor.digits(1, 9, fraction))
                return false;
        }
    }
    if (cursor.atEnd())
        return true;
    cursor.accept(' ');
    return parseOffset(cursor, raw);
}

bool parseShape(QByteArrayView text, RawDate &raw)
{
    Cursor cursor(text);
    int a = 0;
    if (!cursor.digits(1, 4, a))
        return false;
    const bool yearFirst = cursor.consumed(text) == 4;
    const char separator = cursor.peek();
    if (separator != '-' && separator != '/' && separator != '.')
        return false;
    cursor.skip();
    int b = 0;
    int c = 0;
    if (!cursor.digits(1, 2, b) || !cursor.accept(separator))
        return false;
    // Year first when the first group has four digits; year last otherwise (four digits required).
    if (yearFirst) {
        raw.shape = DateShape::YearFirst;
        raw.year = a;
        raw.first = b;
        if (!cursor.digits(1, 2, c))
            return false;
        raw.second = c;
    } else {
        if (!cursor.digits(4, 4, c))
            return false;
        raw.shape = separator == '.' ? DateShape::YearLastDot : DateShape::YearLastOrdered;
        raw.year = c;
        raw.first = a;
        raw.second = b;
    }
    if (cursor.atEnd())
        return true;
    if (!(cursor.accept('T') || cursor.accept('t') || cursor.accept(' ')))
        return false;
    return parseTime(cursor, raw);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

DateStatus convertDate(QByteArrayView text, const DateSettings &settings, char *out)
{
    RawDate raw;
    if (!parseShape(trimmed(text), raw))
        return DateStatus::Malformed;
    int month = raw.first;
    int day = raw.second;
    if (raw.shape == DateShape::YearLastDot) {
        day = raw.first;
        month = raw.second;
    } else if (raw.shape == DateShape::YearLastOrdered) {
        if (settings.order == DateOrder::Undecided)
            return DateStatus::Ambiguous;
        if (settings.order == DateOrder::DayFirst) {
            day = raw.first;
            month = raw.second;
        }
    }
    // QDate/QTime validity: calendar arithmetic only, no time zone involved.
    if (raw.year < 1 || !QDate::isValid(raw.year, month, day)
        || !QTime::isValid(raw.hour, raw.minute, raw.secondOfMinute))
        return DateStatus::Invalid;
    int year = raw.year;
    int hour = raw.hour;
    int minute = raw.minute;
    if (raw.hasOffset && settings.zone == ZonePolicy::ConvertToUtc && raw.offsetMinutes != 0) {
        const qint64 minutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - raw.offsetMinutes;
        const qint64 days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
        const qint64 minuteOfDay = minutes - days * 1440;
        civilFromDays(days, year, month, day);
        hour = static_cast<int>(minuteOfDay / 60);
        minute = static_cast<int>(minuteOfDay % 60);
        if (year < 1 || year > 9999)
            return DateStatus::Invalid;
    }
    putDigits(out, year, 4);
    out[4] = '-';
    putDigits(out + 5, month, 2);
    out[7] = '-';
    putDigits(out + 8, day, 2);
    out[10] = ' ';
    putDigits(out + 11, hour, 2);
    out[13] = ':';
    putDigits(out + 14, minute, 2);
    out[16] = ':';
    putDigits(out + 17, raw.secondOfMinute, 2);
    return DateStatus::Ok;
}

QByteArray convertDate(QByteArrayView text, const DateSettings &settings, DateStatus *status)
{
    char buffer[CarmaTimestampLength];
    const DateStatus result = convertDate(text, settings, buffer);
    if (status != nullptr)
        *status = result;
    return result == DateStatus::Ok ? QByteArray(buffer, CarmaTimestampLength) : QByteArray();
}

void DateScan::add(QByteArrayView value)
{
    value = trimmed(value);
    if (value.isEmpty())
        return;
    ++m_values;
    RawDate raw;
    if (!parseShape(value, raw))
        return;
    ++m_dates;
    if (raw.shape != DateShape::YearLastOrdered)
        return;
    ++m_yearLast;
    if (raw.first > 12)
        ++m_firstOver12;
    if (raw.second > 12)
        ++m_secondOver12;
    if (m_example.isEmpty() && raw.first <= 12 && raw.second <= 12 && raw.first != raw.second)
        m_example = value.toByteArray();
}

DateOrderEvidence DateScan::evidence() const
{
    if (m_yearLast == 0)
        return DateOrderEvidence::NotNeeded;
    if (m_firstOver12 > 0 && m_secondOver12 > 0)
        return DateOrderEvidence::Conflicting;
    if (m_firstOver12 > 0)
        return DateOrderEvidence::DayFirst;
    if (m_secondOver12 > 0)
        return DateOrderEvidence::MonthFirst;
    return DateOrderEvidence::Ambiguous;
}

QString dateOrderId(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return u"day-first"_s;
    case DateOrder::MonthFirst:
        return u"month-first"_s;
    case DateOrder::Undecided:
        break;
    }
    return u"undecided"_s;
}

bool dateOrderFromId(QStringView id, DateOrder &order)
{
    for (DateOrder candidate : {DateOrder::Undecided, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        if (id == dateOrderId(candidate)) {
            order = candidate;
            return true;
        }
    }
    return false;
}

QString zonePolicyId(ZonePolicy policy)
{
    return policy == ZonePolicy::KeepLocalClock ? u"local-clock"_s : u"utc"_s;
}

bool zonePolicyFromId(QStringView id, ZonePolicy &policy)
{
    for (ZonePolicy candidate : {ZonePolicy::ConvertToUtc, ZonePolicy::KeepLocalClock}) {
        if (id == zonePolicyId(candidate)) {
            policy = candidate;
            return true;
        }
    }
    return false;
}

} // namespace cdp::csv
