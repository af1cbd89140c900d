#pragma once

#include <QString>
#include <QStringList>

namespace cdp {

// The text part of the proxies' filters: every whitespace-separated word must occur,
// case-insensitively, in the row's search text.
class TextFilter
{
public:
    // Returns true when the words changed (the proxy must then re-filter).
    bool setText(const QString &text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const QString &haystack) const;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace cdp
