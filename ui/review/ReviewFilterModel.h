#pragma once

#include "model/LocalizedText.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace innoatlas {

/**
 * The translator workspace's filters over ReviewTableModel: review state (of either language,
 * or waiting for review because the other changed), city, plan, entity kind, findings (any, or
 * of one check) and a text that the key, the Korean or the English contains. Sorts by SortRole.
 */
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /** What the state filter asks for besides one ReviewStatus. */
    enum class StateFilter
    {
        Any,
        Missing,
        Draft,
        Reviewed,
        Approved,
        NeedsReview, ///< sent back to draft because the other language changed
        NotApproved  ///< either language is not approved yet
    };
    /** Which rows the findings filter lets through. */
    enum class FindingFilter
    {
        Any,
        With,
        Without,
        Check ///< findings of the check set with setCheckId()
    };

    explicit ReviewFilterModel(QObject *parent = nullptr);

    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    void setCityKey(const QString &key);
    QString cityKey() const { return m_city; }
    void setPlanKey(const QString &key);
    QString planKey() const { return m_plan; }
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void setFindingFilter(FindingFilter filter, const QString &checkId = QString());
    FindingFilter findingFilter() const { return m_finding; }
    QString checkId() const { return m_checkId; }
    void setText(const QString &text);
    /** Sets the state, city, plan, kind and findings filters together: the rows are filtered once. */
    void setChoices(StateFilter state, const QString &cityKey, const QString &planKey, const QString &kind,
                    FindingFilter finding, const QString &checkId = QString());
    QString text() const { return m_text; }

    /** The filters as one line for the settings ("state=draft&city=region.busan ..."), and back. */
    QString saveState() const;
    void restoreState(const QString &state);

signals:
    /**
     * A filter was set and the rows it lets through are known: once per change, where the rows it took away or
     * let in are announced block by block.
     */
    void filtered();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsState(ReviewStatus ko, ReviewStatus en, bool flagged) const;
    void changed();

    StateFilter m_state = StateFilter::Any;
    QString m_city;
    QString m_plan;
    QString m_kind;
    FindingFilter m_finding = FindingFilter::Any;
    QString m_checkId;
    QString m_text;
};

} // namespace innoatlas
