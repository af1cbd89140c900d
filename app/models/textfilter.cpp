#include "textfilter.h"

#include <QRegularExpression>

namespace cdp {

bool TextFilter::setText(const QString &text)
{
    m_text = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words == m_words)
        return false;
    m_words = std::move(words);
    return true;
}

bool TextFilter::matches(const QString &haystack) const
{
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace cdp
