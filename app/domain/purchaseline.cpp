#include "purchaseline.h"


namespace cdp {

namespace {

// A tiny left-to-right reader over the date text.
class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly `min`..`max` ASCII digits; -1 when fewer than min.
    int digits(int min, int max, int *count = nullptr)
    {
        int value = 0;
        int n = 0;
        while (n < max && !atEnd()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c < '0' || c > '9')
                break;
            value = value * 10 + (c - '0');
            ++m_pos;
            ++n;
        }
        if (count)
            *count = n;
        return n >= min ? value : -1;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return !text.isEmpty();
}

// HH:mm[:ss[.fff…]] → *time; false when malformed.
bool readTime(Reader &in, QTime *time)
{
    const int hour = in.digits(1, 2);
    if (hour < 0 || !in.take(u':'))
        return false;
    const int minute = in.digits(2, 2);
    if (minute < 0)
        return false;
    int second = 0;
    int msec = 0;
    if (in.take(u':')) {
        second = in.digits(2, 2);
        if (second < 0)
            return false;
        if (in.take(u'.') || in.take(u',')) {
            int count = 0;
            const int fraction = in.digits(1, 3, &count);
            if (fraction < 0)
                return false;
            msec = fraction * (count == 1 ? 100 : count == 2 ? 10 : 1);
            in.digits(0, 9);   // finer digits are dropped
        }
    }
    *time = QTime(hour, minute, second, msec);
    return time->isValid();
}

// Z, ±HH, ±HH:mm, ±HHmm → seconds east of UTC; false when malformed.
bool readOffset(Reader &in, int *offsetSeconds)
{
    *offsetSeconds = 0;
    if (in.atEnd())
        return true;
    if (in.take(u'Z') || in.take(u'z'))
        return true;
    in.take(u' ');
    int sign = 0;
    if (in.take(u'+'))
        sign = 1;
    else if (in.take(u'-') || in.take(QChar(0x2212)))
        sign = -1;
    else
        return false;
    const int hours = in.digits(2, 2);
    if (hours < 0 || hours > 14)
        return false;
    int minutes = 0;
    const bool colon = in.take(u':');
    if (colon || !in.atEnd()) {
        minutes = in.digits(2, 2);
        if (minutes < 0 || minutes > 59)
            return false;
    }
    *offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

QDateTime fromEpoch(QStringView text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return QDateTime();
    if (text.size() == 10)
        return QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
    if (text.size() == 13)
        return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
    return QDateTime();
}

} // namespace

QString PurchaseLine::currency() const
{
    if (orderValue && !orderValue->currency().isEmpty())
        return orderValue->currency();
    if (unitValue)
        return unitValue->currency();
    return QString();
}

QDateTime PurchaseLine::parseOrderDate(QStringView text, bool *hasTime)
{
    if (hasTime)
        *hasTime = false;
    text = text.trimmed();
    if (text.isEmpty())
        return QDateTime();
    if (allDigits(text) && (text.size() == 10 || text.size() == 13)) {
        if (hasTime)
            *hasTime = true;
        return fromEpoch(text);
    }

    Reader in(text);
    int firstCount = 0;
    const int first = in.digits(1, 8, &firstCount);
    if (first < 0)
        return QDateTime();

    int year = 0;
    int month = 0;
    int day = 0;
    if (firstCount == 8 && (in.atEnd() || in.peek() == u'T' || in.peek() == u' ')) {
        year = first / 10000;                       // yyyyMMdd
        month = first / 100 % 100;
        day = first % 100;
    } else if (firstCount == 4) {
        const QChar separator = in.peek();          // yyyy-MM-dd or yyyy/MM/dd
        if (separator != u'-' && separator != u'/')
            return QDateTime();
        in.take(separator);
        year = first;
        month = in.digits(1, 2);
        if (month < 0 || !in.take(separator))
            return QDateTime();
        day = in.digits(1, 2);
    } else if (firstCount <= 2) {
        const QChar separator = in.peek();          // dd.MM.yyyy or a/b/yyyy
        if (separator != u'.' && separator != u'/')
            return QDateTime();
        in.take(separator);
        const int second = in.digits(1, 2);
        if (second < 0 || !in.take(separator))
            return QDateTime();
        year = in.digits(4, 4);
        if (separator == u'.' || first > 12) {
            day = first;
            month = second;
        } else {
            month = first;
            day = second;
        }
    } else {
        return QDateTime();
    }
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid())
        return QDateTime();

    QTime time(0, 0);
    int offset = 0;
    if (!in.atEnd()) {
        if (!in.take(u'T') && !in.take(u' '))
            return QDateTime();
        while (in.take(u' ')) { }
        if (!readTime(in, &time) || !readOffset(in, &offset) || !in.atEnd())
            return QDateTime();
        if (hasTime)
            *hasTime = true;
    }
    QDateTime result(date, time, Qt::UTC);
    if (offset != 0)
        result = result.addSecs(-offset);
    return result;
}

} // namespace cdp
