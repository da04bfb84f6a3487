#pragma once

#include "common/ContentLanguage.h"

#include <QAbstractTableModel>

namespace innoatlas {

/**
 * Base of the overview's tables: rows of content shown in the content language, column
 * headers in the interface language. Subclasses say how many rows there are and what a cell holds.
 */
class ContentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ContentTableModel(QObject *parent = nullptr);

    void setContentLanguage(ContentLanguage language);
    ContentLanguage contentLanguage() const { return m_language; }
    /** Headers and terms follow the interface language: call after it changed (nothing, if it did not). */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual QString header(int column) const = 0;
    /** Notifies views that every cell may show something else. */
    void emitAllChanged();
    /** A vocabulary name in the content language; Both puts Korean and English on two lines, as cells wrap. */
    QString term(const QString &list, const QString &code) const;

    ContentLanguage m_language = ContentLanguage::Korean;

private:
    QString m_interfaceLanguage; ///< the interface language the views last heard of
};

} // namespace innoatlas
