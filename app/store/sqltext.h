#pragma once

#include <QString>

namespace cdp {

// A null QString binds as SQL NULL; the workspace's text columns are NOT NULL with '' for "none".
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace cdp
