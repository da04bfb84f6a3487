#include "review/XliffReader.h"

#include "review/ReviewText.h"
#include "review/XliffStatus.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

namespace innoatlas {

namespace {
const QString kXmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
const QString kXliff12 = QStringLiteral("urn:oasis:names:tc:xliff:document:1.2");
const QString kXliff20 = QStringLiteral("urn:oasis:names:tc:xliff:document:2.0");

class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &fileName) : m_xml(bytes), m_file(fileName) {}

    bool run(XliffDocument *document, QString *error)
    {
        m_document = document;
        const bool ok = parse();
        if (!ok)
            *error = QStringLiteral("%1:%2: %3").arg(m_file).arg(m_errorLine).arg(m_error);
        return ok;
    }

private:
    bool fail(const QString &reason, qint64 line = -1)
    {
        if (m_error.isEmpty()) {
            m_error = reason;
            m_errorLine = line >= 0 ? line : m_xml.lineNumber();
        }
        return false;
    }

    // The next token; refuses a document type declaration (the only way to declare entities)
    // and reports malformed XML.
    bool next()
    {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return fail(ReviewText::tr("the file has a document type declaration (DTD); XLIFF needs none, and "
                                       "entity declarations are refused"));
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            return fail(ReviewText::tr("the file refers to the entity \"&%1;\", which XLIFF does not use")
                            .arg(m_xml.name().toString()));
        if (m_xml.hasError())
            return fail(m_xml.errorString());
        return !m_xml.atEnd();
    }

    bool skip()
    {
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement())
                --depth;
        }
        return depth == 0;
    }

    bool preserveFrom(bool inherited) const
    {
        const QStringView space = m_xml.attributes().value(kXmlNamespace, QStringLiteral("space"));
        if (space == QLatin1String("preserve"))
            return true;
        if (space == QLatin1String("default"))
            return false;
        return inherited;
    }

    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1String(name)).toString(); }

    // Text content of the current element with inline markup reduced to text.
    bool inlineText(QString *out)
    {
        while (next()) {
            if (m_xml.isCharacters()) {
                *out += m_xml.text();
            } else if (m_xml.isStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"g" || name == u"mrk" || name == u"pc") {
                    if (!inlineText(out))
                        return false;
                } else if (name == u"cp" && m_version20) {
                    bool ok = false;
                    const uint code = attribute("hex").toUInt(&ok, 16);
                    if (ok && code > 0 && code <= 0x10FFFF)
                        *out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                    if (!skip())
                        return false;
                } else if (!skip()) { // codes of a native format: <x/>, <ph>, <bpt>, <sc/>, ...
                    return false;
                }
            } else if (m_xml.isEndElement()) {
                return true;
            }
        }
        return false;
    }

    static QString spaced(const QString &text, bool preserve) { return preserve ? text : text.simplified(); }

    bool language(const QString &code, const char *attributeName, Language *language)
    {
        const QString lower = code.toLower();
        if (lower == QLatin1String("ko") || lower.startsWith(QLatin1String("ko-"))) {
            *language = Language::Korean;
            return true;
        }
        if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en-"))) {
            *language = Language::English;
            return true;
        }
        if (code.isEmpty())
            return fail(ReviewText::tr("%1 is missing; InnoAtlas reads Korean–English files only")
                            .arg(QLatin1String(attributeName)));
        return fail(ReviewText::tr("%1 is \"%2\"; InnoAtlas reads Korean–English files only")
                        .arg(QLatin1String(attributeName), code));
    }

    bool setLanguages(const QString &source, const QString &target, const char *sourceName, const char *targetName)
    {
        Language s = Language::Korean;
        Language t = Language::English;
        if (!language(source, sourceName, &s) || !language(target, targetName, &t))
            return false;
        if (s == t)
            return fail(ReviewText::tr("the source and target languages are both \"%1\"").arg(languageCode(s)));
        if (m_languagesSet && (s != m_document->sourceLanguage || t != m_document->targetLanguage))
            return fail(ReviewText::tr("the files inside translate in different directions"));
        m_document->sourceLanguage = s;
        m_document->targetLanguage = t;
        m_languagesSet = true;
        return true;
    }

    bool addUnit(XliffUnit unit)
    {
        if (unit.id.isEmpty())
            return fail(ReviewText::tr("a translation unit has no id"), unit.line);
        const auto seen = m_lines.constFind(unit.id);
        if (seen != m_lines.constEnd())
            return fail(ReviewText::tr("the unit \"%1\" comes twice (first on line %2)").arg(unit.id).arg(*seen),
                        unit.line);
        m_lines.insert(unit.id, unit.line);
        m_document->units << unit;
        return true;
    }

    bool unit12(bool preserve)
    {
        XliffUnit unit;
        unit.id = attribute("id");
        unit.line = m_xml.lineNumber();
        preserve = preserveFrom(preserve);
        const bool approved = attribute("approved") == QLatin1String("yes");
        QString state;
        while (next()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            const bool keep = preserveFrom(preserve);
            QString text;
            if (name == u"source") {
                if (!inlineText(&text))
                    return false;
                unit.source = spaced(text, keep);
            } else if (name == u"target") {
                state = attribute("state");
                if (!inlineText(&text))
                    return false;
                unit.target = spaced(text, keep);
                unit.hasTarget = true;
            } else if (name == u"note") {
                if (!inlineText(&text))
                    return false;
                unit.notes << text.trimmed();
            } else if (!skip()) { // seg-source, alt-trans, context-group, ...
                return false;
            }
        }
        if (!m_error.isEmpty())
            return false;
        if (unit.hasTarget && !unit.target.isEmpty()) {
            unit.status = XliffStatus::fromXliff12(state, approved);
            unit.needsReview = state.startsWith(QLatin1String("needs-review"));
        }
        return addUnit(unit);
    }

    bool unit20(bool preserve)
    {
        XliffUnit unit;
        unit.id = attribute("id");
        unit.line = m_xml.lineNumber();
        preserve = preserveFrom(preserve);
        std::optional<ReviewStatus> lowest;
        while (next()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            if (name == u"segment" || name == u"ignorable") {
                const bool segment = name == u"segment";
                const ReviewStatus state = XliffStatus::fromXliff20(attribute("state"));
                const bool keep = preserveFrom(preserve);
                QString source;
                QString target;
                bool hasTarget = false;
                while (next()) {
                    if (m_xml.isEndElement())
                        break;
                    if (!m_xml.isStartElement())
                        continue;
                    const bool keepHere = preserveFrom(keep);
                    QString text;
                    if (m_xml.name() == u"source") {
                        if (!inlineText(&text))
                            return false;
                        source += spaced(text, keepHere);
                    } else if (m_xml.name() == u"target") {
                        hasTarget = true;
                        if (!inlineText(&text))
                            return false;
                        target += spaced(text, keepHere);
                    } else if (!skip()) {
                        return false;
                    }
                }
                if (!m_error.isEmpty())
                    return false;
                unit.source += source;
                // An ignorable without a target keeps its source (white space between segments).
                unit.target += hasTarget || segment ? target : source;
                if (segment) {
                    unit.hasTarget = unit.hasTarget || hasTarget;
                    if (!lowest || state < *lowest)
                        lowest = state;
                }
            } else if (name == u"notes") {
                while (next()) {
                    if (m_xml.isEndElement())
                        break;
                    if (!m_xml.isStartElement())
                        continue;
                    QString text;
                    if (!inlineText(&text))
                        return false;
                    unit.notes << text.trimmed();
                }
            } else if (!skip()) { // originalData, matches, ...
                return false;
            }
        }
        if (!m_error.isEmpty())
            return false;
        if (unit.hasTarget && !unit.target.isEmpty() && lowest)
            unit.status = *lowest;
        return addUnit(unit);
    }

    // The content of <file>, <body> or <group>: groups nest, units are read, anything else skipped.
    bool container(bool preserve)
    {
        preserve = preserveFrom(preserve);
        while (next()) {
            if (m_xml.isEndElement())
                return true;
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            bool ok = true;
            if (name == u"group" || name == u"body")
                ok = container(preserve);
            else if (name == u"trans-unit" && !m_version20)
                ok = unit12(preserve);
            else if (name == u"unit" && m_version20)
                ok = unit20(preserve);
            else
                ok = skip();
            if (!ok)
                return false;
        }
        return false;
    }

    bool parse()
    {
        while (next() && !m_xml.isStartElement()) {
        }
        if (!m_error.isEmpty())
            return false;
        if (!m_xml.isStartElement())
            return fail(ReviewText::tr("the file is empty"));
        if (m_xml.name() != u"xliff")
            return fail(ReviewText::tr("not an XLIFF file: it starts with <%1>").arg(m_xml.name().toString()));
        const QString version = attribute("version");
        const QStringView ns = m_xml.namespaceUri();
        if ((version == QLatin1String("1.2") || version == QLatin1String("1.1")) && (ns.isEmpty() || ns == kXliff12)) {
            m_version20 = false;
        } else if ((version == QLatin1String("2.0") || version == QLatin1String("2.1")) && ns == kXliff20) {
            m_version20 = true;
            if (!setLanguages(attribute("srcLang"), attribute("trgLang"), "srcLang", "trgLang"))
                return false;
        } else {
            return fail(ReviewText::tr("XLIFF version \"%1\" in namespace \"%2\" is not one InnoAtlas reads (1.2, 2.0)")
                            .arg(version, ns.toString()));
        }
        m_document->version = m_version20 ? QStringLiteral("2.0") : QStringLiteral("1.2");
        const bool preserve = preserveFrom(false);
        bool files = false;
        while (next()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() != u"file") {
                if (!skip())
                    return false;
                continue;
            }
            files = true;
            if (!m_version20 && !setLanguages(attribute("source-language"), attribute("target-language"),
                                              "source-language", "target-language"))
                return false;
            if (!container(preserve))
                return false;
        }
        if (!m_error.isEmpty())
            return false;
        // Whatever follows the root element must be well-formed too.
        while (next()) {
        }
        if (!m_error.isEmpty())
            return false;
        if (!files)
            return fail(ReviewText::tr("the file has no <file> element"));
        return true;
    }

    QXmlStreamReader m_xml;
    QString m_file;
    XliffDocument *m_document = nullptr;
    QString m_error;
    qint64 m_errorLine = 0;
    bool m_version20 = false;
    bool m_languagesSet = false;
    QHash<QString, qint64> m_lines;
};
} // namespace

bool XliffReader::read(const QByteArray &bytes, const QString &fileName, XliffDocument *document, QString *error)
{
    *document = XliffDocument();
    return Parser(bytes, fileName).run(document, error);
}

bool XliffReader::readFile(const QString &path, XliffDocument *document, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReviewText::tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return read(file.readAll(), path, document, error);
}

} // namespace innoatlas
