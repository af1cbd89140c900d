#include "csv/mappingprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdp::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingProfileStore", text);
}

bool fail(QString *error, const QString &message)
{
    if (error != nullptr)
        *error = message;
    return false;
}

} // namespace

MappingProfileStore::MappingProfileStore(const QString &directory)
    : m_directory(directory)
{
}

QString MappingProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/mappings"_s;
}

bool MappingProfileStore::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 100 || name.startsWith(u'.') || name.trimmed() != name)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.';
    });
}

QString MappingProfileStore::filePath(const QString &name) const
{
    return m_directory + u'/' + name + u".json"_s;
}

QStringList MappingProfileStore::names() const
{
    QStringList result;
    const QStringList files = QDir(m_directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        if (isValidName(name))
            result.append(name);
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool MappingProfileStore::load(const QString &name, ColumnMapping &mapping, QString *error) const
{
    if (!isValidName(name))
        return fail(error, tr("\"%1\" is not a valid profile name.").arg(name));
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("%1: cannot read: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("%1: not valid JSON at offset %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(error, tr("%1: expected a JSON object").arg(path));
    const QJsonObject root = document.object();
    if (!root.value(u"mapping"_s).isObject())
        return fail(error, tr("%1: mapping: expected an object").arg(path));
    QString detail;
    ColumnMapping loaded;
    if (!ColumnMapping::fromJson(root.value(u"mapping"_s).toObject(), loaded, &detail))
        return fail(error, tr("%1: mapping.%2").arg(path, detail));
    mapping = loaded;
    return true;
}

bool MappingProfileStore::save(const QString &name, const ColumnMapping &mapping, QString *error) const
{
    if (!isValidName(name))
        return fail(error, tr("\"%1\" is not a valid profile name (letters, digits, blank, '-', '_', '.').").arg(name));
    if (!QDir().mkpath(m_directory))
        return fail(error, tr("%1: cannot create the directory").arg(m_directory));
    const QString path = filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot write: %2").arg(path, file.errorString()));
    const QJsonObject root{{u"name"_s, name}, {u"mapping"_s, mapping.toJson()}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

bool MappingProfileStore::remove(const QString &name, QString *error) const
{
    if (!isValidName(name))
        return fail(error, tr("\"%1\" is not a valid profile name.").arg(name));
    const QString path = filePath(name);
    if (!QFile::exists(path))
        return fail(error, tr("%1: no such profile").arg(path));
    QFile file(path);
    if (!file.remove())
        return fail(error, tr("%1: cannot remove: %2").arg(path, file.errorString()));
    return true;
}

} // namespace cdp::csv
