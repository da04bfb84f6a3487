#include "models/ContentTableModel.h"

#include "common/Terms.h"
#include "i18n/Translations.h"

namespace innoatlas {

ContentTableModel::ContentTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_interfaceLanguage(Translations::current())
{
}

void ContentTableModel::setContentLanguage(ContentLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    emitAllChanged();
}

void ContentTableModel::retranslate()
{
    // A window is told of its language after it is built in it: its tables would be measured again for
    // the same texts (a third of a start's table layout).
    const QString language = Translations::current();
    if (language == m_interfaceLanguage)
        return;
    m_interfaceLanguage = language;
    emitAllChanged();
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

void ContentTableModel::emitAllChanged()
{
    if (rows() > 0 && columns() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

QString ContentTableModel::term(const QString &list, const QString &code) const
{
    if (m_language != ContentLanguage::Both)
        return Terms::name(list, code, m_language);
    const QString ko = Terms::name(list, code, Language::Korean);
    const QString en = Terms::name(list, code, Language::English);
    return ko == en ? ko : ko + QLatin1Char('\n') + en;
}

int ContentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ContentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ContentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
        return {};
    return header(section);
}

} // namespace innoatlas
