#include "review/XliffImporter.h"

#include "review/ContentEditor.h"
#include "review/ContentPairs.h"
#include "review/ReviewText.h"
#include "review/XliffReader.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QHash>

namespace innoatlas {

XliffImporter::XliffImporter(QSqlDatabase database, QString userName, Clock clock)
    : m_database(std::move(database)), m_userName(std::move(userName)), m_clock(std::move(clock))
{
}

XliffImportReport XliffImporter::importFile(const QString &path, bool dryRun)
{
    XliffDocument document;
    XliffImportReport report;
    if (!XliffReader::readFile(path, &document, &report.error))
        return report;
    report = importDocument(document, QStringLiteral("xliff-import:") + QFileInfo(path).fileName(), dryRun);
    if (!report.error.isEmpty())
        report.error = QStringLiteral("%1: %2").arg(path, report.error);
    return report;
}

XliffImportReport XliffImporter::importDocument(const XliffDocument &document, const QString &origin, bool dryRun)
{
    XliffImportReport report;
    report.units = int(document.units.size());
    const Language source = document.sourceLanguage;
    const Language target = document.targetLanguage;

    bool anyOurs = false;
    for (const XliffUnit &unit : document.units)
        anyOurs = anyOurs || FieldKey::fromString(unit.id).isValid();
    if (!anyOurs) {
        report.error = document.units.isEmpty()
                           ? ReviewText::tr("the file has no translation units")
                           : ReviewText::tr("no unit of the file has an InnoAtlas id (entity:field); it was not "
                                            "exported by InnoAtlas");
        return report;
    }

    QHash<FieldKey, FieldPair> pairs;
    try {
        for (const FieldPair &pair : ContentPairs::load(m_database))
            pairs.insert(pair.key, pair);
    } catch (const StoreError &e) {
        report.error = e.message();
        return report;
    }

    QVector<FieldChange> changes;
    for (const XliffUnit &unit : document.units) {
        const FieldKey key = FieldKey::fromString(unit.id);
        const auto it = pairs.constFind(key);
        if (!key.isValid() || it == pairs.constEnd()) {
            report.unmatched.append({unit.id, unit.line,
                                     key.isValid() ? ReviewText::tr("no such entity or field in the database")
                                                   : ReviewText::tr("not an InnoAtlas unit id")});
            continue;
        }
        const FieldPair &pair = *it;
        if (pair.isVerbatim(target)) {
            report.unmatched.append(
                {unit.id, unit.line, ReviewText::tr("the target language holds the verbatim quote itself")});
            continue;
        }
        const QString &currentSource = pair.text.text(source);
        if (unit.source.simplified() != currentSource.simplified()) {
            report.conflicts.append({unit.id, unit.line, unit.source, currentSource});
            continue;
        }
        if (!unit.hasTarget || unit.target.isEmpty() || !unit.status) {
            ++report.unchanged;
            continue;
        }
        const ReviewStatus status = std::max(*unit.status, ReviewStatus::Draft);
        if (unit.target != pair.text.text(target)) {
            changes.append({key, target, unit.target, status, 0});
        } else if (status > pair.text.status(target)) {
            changes.append(FieldChange::ofStatus(key, target, status));
        } else {
            ++report.unchanged;
        }
    }
    if (!report.conflicts.isEmpty()) {
        report.error = ReviewText::tr("%1 units were translated from a source text that has changed since the export; "
                                      "nothing was imported")
                           .arg(report.conflicts.size());
        return report;
    }

    ContentEditor editor(m_database, m_userName, m_clock);
    const EditResult result =
        editor.apply(changes, origin, dryRun ? ContentEditor::Mode::DryRun : ContentEditor::Mode::Commit);
    if (!result.ok) {
        report.error = result.error;
        return report;
    }
    report.ok = true;
    report.edits = result.edits;
    report.applied = !dryRun && !result.edits.isEmpty();
    return report;
}

} // namespace innoatlas
