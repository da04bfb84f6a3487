#pragma once

#include "dataset/DatasetIssue.h"
#include "model/Figure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace innoatlas {

/**
 * Typed access to the members of JSON objects that records every problem as a
 * DatasetIssue with its JSON path, so that one pass over a file reports all of them.
 */
class JsonFields
{
public:
    JsonFields(QString file, QVector<DatasetIssue> *issues);

    void error(const QString &path, const QString &message);
    int errorCount() const { return m_errors; }

    static QString member(const QString &path, const QString &name) { return path + QLatin1Char('.') + name; }
    static QString index(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

    /** Reports members not in @p allowed; returns false if there were any. */
    bool onlyMembers(const QJsonObject &object, const QString &path, const QStringList &allowed);

    bool isObject(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonObject &object, const QString &name, const QString &path);
    QString string(const QJsonObject &object, const QString &name, const QString &path, bool required);
    QString choice(const QJsonObject &object, const QString &name, const QString &path, const QStringList &allowed,
                   bool required, const QString &fallback = QString());
    QString key(const QJsonObject &object, const QString &path);
    QString reference(const QJsonObject &object, const QString &name, const QString &path, bool required);
    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max);
    std::optional<qint64> integerMember(const QJsonObject &object, const QString &name, const QString &path, qint64 min,
                                        qint64 max, bool required);
    QStringList keyList(const QJsonObject &object, const QString &name, const QString &path, bool required);
    LocalizedText text(const QJsonObject &object, const QString &name, const QString &path, bool required);
    /** Reads "quotes" (one or more) and "correction" of a figure object. */
    Citation citation(const QJsonObject &figure, const QString &path);
    std::optional<PartialDate> date(const QJsonObject &object, const QString &path);
    QString decimal(const QJsonObject &object, const QString &name, const QString &path);

private:
    QString m_file;
    QVector<DatasetIssue> *m_issues;
    int m_errors = 0;
};

} // namespace innoatlas
