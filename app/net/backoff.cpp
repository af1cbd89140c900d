#include "backoff.h"

#include <QList>
#include <QRandomGenerator>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace cdp::Backoff {

namespace {

double draw(const RandomSource &random)
{
    const double value = random ? random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(value, 0.0, 1.0);
}

int monthNumber(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() != 3)
        return 0;
    const QByteArray lower = name.toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

bool isDayName(QByteArrayView name)
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                       "monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    const QByteArray lower = name.toByteArray().toLower();
    return std::any_of(std::begin(days), std::end(days), [&](const char *d) { return lower == d; });
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(QByteArrayView text, qsizetype digitsMin, qsizetype digitsMax)
{
    if (!allDigits(text) || text.size() < digitsMin || text.size() > digitsMax)
        return -1;
    return text.toByteArray().toInt();
}

QTime timeOfDay(QByteArrayView text)
{
    const QList<QByteArray> parts = text.toByteArray().split(':');
    if (parts.size() != 3)
        return {};
    const int h = number(parts.at(0), 2, 2);
    const int m = number(parts.at(1), 2, 2);
    const int s = number(parts.at(2), 2, 2);
    if (h < 0 || m < 0 || s < 0)
        return {};
    return QTime(h, m, s);
}

bool isGmt(QByteArrayView zone)
{
    const QByteArray z = zone.toByteArray().toUpper();
    return z == "GMT" || z == "UTC" || z == "Z";
}

QDateTime make(int year, int month, int day, const QTime &time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

milliseconds exponential(int attempt, milliseconds base, milliseconds cap)
{
    if (attempt < 1 || base.count() <= 0 || cap.count() <= 0)
        return milliseconds(0);
    const int shift = attempt - 1;
    if (shift >= 62 || base.count() > (cap.count() >> shift))
        return cap;
    return std::min(cap, milliseconds(base.count() << shift));
}

milliseconds fullJitter(int attempt, milliseconds base, milliseconds cap, const RandomSource &random)
{
    const milliseconds upper = exponential(attempt, base, cap);
    return milliseconds(std::llround(draw(random) * static_cast<double>(upper.count())));
}

milliseconds decorrelatedJitter(milliseconds previous, milliseconds base, milliseconds cap,
                                const RandomSource &random)
{
    if (base.count() <= 0 || cap.count() <= 0)
        return milliseconds(0);
    const qint64 lower = std::min<qint64>(base.count(), cap.count());
    const qint64 prev = std::max<qint64>(previous.count(), lower);
    const qint64 upper = prev > cap.count() / 3 ? cap.count() : std::max<qint64>(lower, prev * 3);
    const double span = static_cast<double>(upper - lower);
    return std::min(cap, milliseconds(lower + std::llround(draw(random) * span)));
}

QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    QByteArray normalised = value.trimmed();
    normalised.replace(',', ' ');
    const QList<QByteArray> tokens = normalised.simplified().split(' ');

    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (tokens.size() == 6 && isDayName(tokens.at(0)) && isGmt(tokens.at(5))) {
        const int day = number(tokens.at(1), 1, 2);
        const int month = monthNumber(tokens.at(2));
        const int year = number(tokens.at(3), 4, 4);
        if (day > 0 && month > 0 && year > 0)
            return make(year, month, day, timeOfDay(tokens.at(4)));
        return {};
    }
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (tokens.size() == 4 && isDayName(tokens.at(0)) && isGmt(tokens.at(3))) {
        const QList<QByteArray> dmy = tokens.at(1).split('-');
        if (dmy.size() != 3)
            return {};
        const int day = number(dmy.at(0), 1, 2);
        const int month = monthNumber(dmy.at(1));
        int year = number(dmy.at(2), 2, 4);
        if (day <= 0 || month <= 0 || year < 0)
            return {};
        if (dmy.at(2).size() == 2) {
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            const int nowYear = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).date().year();
            year += (nowYear / 100) * 100;
            if (year > nowYear + 50)
                year -= 100;
        }
        return make(year, month, day, timeOfDay(tokens.at(2)));
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (tokens.size() == 5 && isDayName(tokens.at(0))) {
        const int month = monthNumber(tokens.at(1));
        const int day = number(tokens.at(2), 1, 2);
        const int year = number(tokens.at(4), 4, 4);
        if (day > 0 && month > 0 && year > 0)
            return make(year, month, day, timeOfDay(tokens.at(3)));
    }
    return {};
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (allDigits(trimmed)) {
        // Beyond 10 digits the value exceeds the clamp anyway (and could overflow).
        if (trimmed.size() > 10)
            return kRetryAfterMax;
        const qint64 seconds = trimmed.toLongLong();
        return std::min(kRetryAfterMax, milliseconds(seconds * 1000));
    }
    const QDateTime date = parseHttpDate(trimmed, now);
    if (!date.isValid() || !now.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(date);
    return std::clamp(milliseconds(ms), milliseconds(0), kRetryAfterMax);
}

} // namespace cdp::Backoff
