#pragma once

#include "csv/columnmapping.h"

#include <QString>
#include <QStringList>

namespace cdp::csv {

// Named mapping profiles, one JSON file each (<name>.json) in a directory; by default
// QStandardPaths::AppConfigLocation + "/mappings". A file holds {"name": …, "mapping": {…}}.
class MappingProfileStore
{
public:
    explicit MappingProfileStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Letters, digits, blank, '-', '_' and '.', not starting with '.', at most 100 characters.
    static bool isValidName(const QString &name);

    QStringList names() const; // sorted
    // On failure the error names the file and the JSON field ("…/x.json: fields[2].source: …").
    bool load(const QString &name, ColumnMapping &mapping, QString *error) const;
    bool save(const QString &name, const ColumnMapping &mapping, QString *error) const;
    bool remove(const QString &name, QString *error) const;

    QString filePath(const QString &name) const;

private:
    QString m_directory;
};

} // namespace cdp::csv
