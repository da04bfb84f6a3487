#include "store/Migrations.h"

#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <optional>

namespace innoatlas {

namespace {
/** The migration scripts compiled into the program by their number (the NNN of NNN_name.sql). */
const QMap<int, QString> &migrationFiles()
{
    static const QMap<int, QString> files = [] {
        QMap<int, QString> result;
        const QDir folder(QStringLiteral(":/innoatlas/migrations"));
        for (const QString &name : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
            result.insert(name.section(QLatin1Char('_'), 0, 0).toInt(), folder.filePath(name));
        return result;
    }();
    return files;
}
} // namespace

int Migrations::latestVersion()
{
    return migrationFiles().isEmpty() ? 0 : migrationFiles().lastKey();
}

QStringList Migrations::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inString = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inString && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (!inString && c == QLatin1Char(';')) {
            // A trigger's body holds statements of its own: it ends at the semicolon after its END.
            const QString trimmed = current.trimmed();
            const bool inTrigger = trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
                                   !trimmed.endsWith(QLatin1String("END"), Qt::CaseInsensitive);
            if (!inTrigger) {
                if (!trimmed.isEmpty())
                    result << trimmed;
                current.clear();
                continue;
            }
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

void Migrations::apply(const QSqlDatabase &database, int fromVersion, int toVersion)
{
    // Versions are the migration numbers: a file at version N has had every migration numbered up to N.
    const int last = toVersion < 0 ? latestVersion() : toVersion;
    for (auto it = migrationFiles().upperBound(fromVersion); it != migrationFiles().end() && it.key() <= last; ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("migration %1 is missing from the program").arg(it.key()));
        const SqlDialect::Kind kind = SqlDialect::of(database);
        const QStringList script = statements(QString::fromUtf8(file.readAll()));
        const bool editsSchema =
            kind == SqlDialect::Kind::Sqlite && std::any_of(script.begin(), script.end(), [](const QString &s) {
                return s.startsWith(QLatin1String("UPDATE sqlite_schema"));
            });
        std::optional<SchemaEditing> editing;
        if (editsSchema)
            editing.emplace(database);
        for (const QString &statement : script) {
            for (const QString &translated : SqlDialect::translateMigration(kind, statement))
                SqlQuery::run(database, translated);
        }
        if (editsSchema) {
            // Editing sqlite_schema leaves the schema's version as it was, and a connection reads the
            // schema again only when that version changes: one more, as SQLite's ALTER TABLE
            // documentation prescribes, makes every connection read the new definitions (this one
            // too, at its next statement).
            const int version = SqlQuery::scalar(database, QStringLiteral("PRAGMA schema_version")).toInt();
            SqlQuery::run(database, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
        }
    }
}

QSet<QString> Migrations::schemaOf(const QSqlDatabase &database)
{
    QSet<QString> objects;
    SqlQuery query(database, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    query.exec();
    while (query.next()) {
        objects.insert(QStringLiteral("%1 %2 on %3: %4")
                           .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString()));
    }
    return objects;
}

const QSet<QString> &Migrations::expectedSchema()
{
    static const QSet<QString> schema = [] {
        const QString name = QStringLiteral("innoatlas-expected-schema");
        QSet<QString> result;
        {
            QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            memory.setDatabaseName(QStringLiteral(":memory:"));
            if (memory.open()) {
                // One transaction: the schema is then parsed once, not again after each statement.
                SqlQuery::run(memory, QStringLiteral("BEGIN"));
                apply(memory, 0);
                result = schemaOf(memory);
                SqlQuery::run(memory, QStringLiteral("ROLLBACK"));
            }
            StatementCache::forget(memory);
            memory.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return schema;
}

QString Migrations::schemaDifference(const QSqlDatabase &database)
{
    const QSet<QString> actual = schemaOf(database);
    const QSet<QString> &expected = expectedSchema();
    if (actual == expected)
        return {};
    for (const QString &object : actual) {
        if (!expected.contains(object))
            return object.section(QLatin1Char(':'), 0, 0);
    }
    return QStringLiteral("schema objects are missing");
}

} // namespace innoatlas
