#include "search/SearchColumnFunctions.h"

#include "search/HangulInitials.h"
#include "search/SearchIndexer.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace innoatlas {

namespace {
QStringView textOf(sqlite3_value *value)
{
    const auto *units = static_cast<const char16_t *>(sqlite3_value_text16(value));
    return QStringView(units, units ? sqlite3_value_bytes16(value) / 2 : 0);
}

bool hasSyllable(QStringView text)
{
    for (QChar c : text) {
        if (HangulInitials::isSyllable(c.unicode()))
            return true;
    }
    return false;
}

void resultText(sqlite3_context *context, const QString &text)
{
    sqlite3_result_text16(context, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void initialsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const QStringView text = textOf(values[0]);
    if (hasSyllable(text))
        resultText(context, SearchIndexer::columnValue(HangulInitials::initials(text)));
    else
        sqlite3_result_null(context);
}

void prefixFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    resultText(context, SearchIndexer::prefixOf(textOf(values[0])));
}

void prefixInitialsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const QStringView text = textOf(values[0]);
    if (hasSyllable(text))
        resultText(context, HangulInitials::initials(SearchIndexer::prefixOf(text)));
    else
        sqlite3_result_null(context);
}

struct Function
{
    const char *name;
    SqliteHandle::Function call;
};
constexpr Function functions[] = {{"innoatlas_search_initials", &initialsFunction},
                                  {"innoatlas_search_prefix", &prefixFunction},
                                  {"innoatlas_search_prefix_initials", &prefixInitialsFunction}};
} // namespace

void SearchColumnFunctions::ensure(const QSqlDatabase &database)
{
    for (const Function &function : functions) {
        QString error;
        if (!SqliteHandle::defineFunction(database, function.name, 1, function.call, &error))
            throw StoreError(QStringLiteral("The search index could not be set up: %1").arg(error));
    }
}

} // namespace innoatlas
