#include "carmaformat.h"

#include "csv/carmavalidator.h"

using namespace Qt::StringLiterals;

namespace cdp::sandbox {

QString carmaFormatError(const QByteArray &body)
{
    csv::CarmaValidationOptions options;
    options.threads = 1;
    options.computeContentHash = false;
    options.maxStoredProblems = 1000;   // warnings may come first
    const csv::CarmaValidationResult result = csv::CarmaValidator::validateData(body, options);
    if (result.outcome != csv::CarmaValidationResult::Outcome::Completed)
        return u"The file could not be read: %1"_s.arg(result.errorString);
    if (result.errorCount() == 0)
        return {};

    QString first = u"The file breaks the purchase-history format"_s;
    for (const csv::CarmaProblem &problem : result.problems) {
        if (problem.severity != csv::CarmaSeverity::Error)
            continue;
        const QString where = problem.column < 0
                ? u"Line %1"_s.arg(problem.line)
                : u"Line %1, column %2 (%3)"_s.arg(problem.line).arg(problem.column).arg(problem.field);
        first = u"%1: %2: %3"_s.arg(where, csv::ruleId(problem.rule), problem.message);
        break;
    }
    return u"%1 (%2 errors in %3 of %4 lines)"_s.arg(first)
            .arg(result.errorCount())
            .arg(result.invalidRows)
            .arg(result.lines);
}

} // namespace cdp::sandbox
