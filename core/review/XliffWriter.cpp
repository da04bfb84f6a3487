#include "review/XliffWriter.h"

#include "review/XliffStatus.h"

#include <QXmlStreamWriter>

namespace innoatlas {

QByteArray XliffWriter::write(const XliffDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2"));
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), QStringLiteral("innoatlas"));
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeAttribute(QStringLiteral("source-language"), languageCode(document.sourceLanguage));
    xml.writeAttribute(QStringLiteral("target-language"), languageCode(document.targetLanguage));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("innoatlas"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeEmptyElement(QStringLiteral("tool"));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("innoatlas"));
    xml.writeAttribute(QStringLiteral("tool-name"), QStringLiteral("InnoAtlas"));
    xml.writeEndElement(); // header
    xml.writeStartElement(QStringLiteral("body"));
    for (const XliffUnit &unit : document.units) {
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), unit.id);
        xml.writeAttribute(QStringLiteral("resname"), unit.id);
        if (unit.hasTarget && unit.status == ReviewStatus::Approved)
            xml.writeAttribute(QStringLiteral("approved"), QStringLiteral("yes"));
        xml.writeAttribute(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("space"),
                           QStringLiteral("preserve"));
        xml.writeTextElement(QStringLiteral("source"), unit.source);
        if (unit.hasTarget) {
            xml.writeStartElement(QStringLiteral("target"));
            xml.writeAttribute(QStringLiteral("state"),
                               XliffStatus::state12(unit.status.value_or(ReviewStatus::Draft), unit.needsReview));
            xml.writeCharacters(unit.target);
            xml.writeEndElement();
        }
        for (const QString &note : unit.notes) {
            xml.writeStartElement(QStringLiteral("note"));
            xml.writeAttribute(QStringLiteral("from"), QStringLiteral("innoatlas"));
            xml.writeCharacters(note);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // trans-unit
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // file
    xml.writeEndElement(); // xliff
    xml.writeEndDocument();
    return bytes;
}

} // namespace innoatlas
