#pragma once

// The example request bodies of a seed document, as the vendor printed them (header-only; used by
// the eSputnik composer tests and the contract tests).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace cdp::test {

// Every top-level JSON object of `text` that starts with "{\n\"eventTypeKey\"", in order.
inline QList<QByteArray> eventTypeKeyExamples(const QByteArray &text)
{
    QList<QByteArray> examples;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = text.indexOf("{\n\"eventTypeKey\"", from);
        if (begin < 0)
            return examples;
        int depth = 0;
        bool inString = false;
        qsizetype i = begin;
        for (; i < text.size(); ++i) {
            const char c = text.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                ++depth;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        examples.append(text.mid(begin, i - begin + 1));
        from = i + 1;
    }
}

// The examples of seed 003 (eSputnik v1/event) from `seedsDir`; empty when the seed is missing.
inline QList<QByteArray> seed003Examples(const QString &seedsDir)
{
    const QStringList seeds = QDir(seedsDir).entryList({QStringLiteral("003_*.txt")}, QDir::Files);
    if (seeds.size() != 1)
        return {};
    QFile seed(QDir(seedsDir).filePath(seeds.first()));
    if (!seed.open(QIODevice::ReadOnly))
        return {};
    return eventTypeKeyExamples(seed.readAll());
}

} // namespace cdp::test
