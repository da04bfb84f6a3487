#include "review/ReviewFilterBar.h"

#include "common/ContentLanguage.h"
#include "common/Terms.h"
#include "review/Finding.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace innoatlas {

namespace {
// Marks the finding choices that are not a check id.
const QString kWith = QStringLiteral("*with");
const QString kWithout = QStringLiteral("*without");

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(320);
    return box;
}
} // namespace

ReviewFilterBar::ReviewFilterBar(ReviewTableModel *model, ReviewFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(filter)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("workspaceSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_state = combo(this, "stateFilter");
    m_city = combo(this, "cityFilter");
    m_plan = combo(this, "planFilter");
    m_kind = combo(this, "kindFilter");
    m_finding = combo(this, "findingFilter");
    m_label = new QLabel(this);
    m_label->setBuddy(m_search);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_search, 1);
    for (QComboBox *box : {m_state, m_city, m_plan, m_kind, m_finding}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::applyChoices);
    }
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReviewFilterModel::setText);
    retranslate();
}

QString ReviewFilterBar::checkName(const QString &id)
{
    const std::pair<const char *, const char *> names[] = {
        {CheckId::numberMismatch, QT_TR_NOOP("Numbers differ")},
        {CheckId::numberCount, QT_TR_NOOP("A number repeated differently")},
        {CheckId::missingTranslation, QT_TR_NOOP("Missing translation")},
        {CheckId::hangulInEnglish, QT_TR_NOOP("Korean left in the English")},
        {CheckId::noHangulInKorean, QT_TR_NOOP("No Korean in the Korean")},
        {CheckId::edgeWhitespace, QT_TR_NOOP("Space at the start or end")},
        {CheckId::doubleSpace, QT_TR_NOOP("Double space")},
        {CheckId::unbalanced, QT_TR_NOOP("Unbalanced brackets or quotes")},
        {CheckId::finalPeriod, QT_TR_NOOP("Full stop in one language only")},
        {CheckId::glossaryCounterpart, QT_TR_NOOP("Glossary term without its counterpart")},
        {CheckId::glossaryForbidden, QT_TR_NOOP("Forbidden term")},
    };
    for (const auto &[checkId, name] : names) {
        if (id == QLatin1String(checkId))
            return tr(name);
    }
    return id;
}

void ReviewFilterBar::fillCombo(QComboBox *box, const QString &allText, const QList<QPair<QString, QString>> &items,
                                const QString &current)
{
    box->clear();
    if (!allText.isEmpty())
        box->addItem(allText, QString());
    for (const auto &[value, text] : items)
        box->addItem(text, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

void ReviewFilterBar::refill()
{
    m_filling = true;
    const Language names = interfaceLanguage();
    const ReviewScopes &scopes = m_model->scopes();

    const QList<QPair<QString, QString>> states = {
        {QStringLiteral("missing"), tr("Missing in a language")},
        {QStringLiteral("draft"), tr("Draft in a language")},
        {QStringLiteral("reviewed"), tr("Reviewed in a language")},
        {QStringLiteral("approved"), tr("Approved in both")},
        {QStringLiteral("needs-review"), tr("Needs review (other language changed)")},
        {QStringLiteral("not-approved"), tr("Not approved yet")}};
    const char *const stateValues[] = {"", "missing", "draft", "reviewed", "approved", "needs-review", "not-approved"};
    fillCombo(m_state, tr("All states"), states, QLatin1String(stateValues[int(m_filter->stateFilter())]));

    // Rows of one city offer no "All cities", and that city's plans alone (the scopes read hold no other).
    const bool oneCity = m_model->readsOneCity();
    QList<QPair<QString, QString>> cities;
    for (const ReviewScopes::Scope &city : scopes.cities())
        cities.append({city.key, city.name.preferred(names)});
    fillCombo(m_city, oneCity ? QString() : tr("All cities"), cities, m_filter->cityKey());

    QList<QPair<QString, QString>> plans;
    for (const ReviewScopes::Scope &plan : scopes.plans())
        plans.append({plan.key, plan.name.preferred(names)});
    fillCombo(m_plan, tr("All plans"), plans, m_filter->planKey());

    QStringList kinds;
    QSet<QString> checks;
    for (const ReviewRow &row : m_model->rows()) {
        if (!kinds.contains(row.pair.entityKind))
            kinds << row.pair.entityKind;
        for (const Finding &finding : row.findings)
            checks.insert(finding.checkId);
    }
    QList<QPair<QString, QString>> kindItems;
    for (const QString &kind : std::as_const(kinds))
        kindItems.append({kind, Terms::interfaceName(QStringLiteral("entityKindPlural"), kind)});
    fillCombo(m_kind, tr("All kinds of entry"), kindItems, m_filter->kind());

    QList<QPair<QString, QString>> findingItems = {{kWith, tr("With findings")}, {kWithout, tr("Without findings")}};
    QStringList checkIds(checks.begin(), checks.end());
    if (m_filter->findingFilter() == ReviewFilterModel::FindingFilter::Check && !checkIds.contains(m_filter->checkId()))
        checkIds << m_filter->checkId();
    checkIds.sort();
    for (const QString &id : std::as_const(checkIds))
        findingItems.append({id, checkName(id)});
    QString currentFinding;
    switch (m_filter->findingFilter()) {
    case ReviewFilterModel::FindingFilter::Any:
        break;
    case ReviewFilterModel::FindingFilter::With:
        currentFinding = kWith;
        break;
    case ReviewFilterModel::FindingFilter::Without:
        currentFinding = kWithout;
        break;
    case ReviewFilterModel::FindingFilter::Check:
        currentFinding = m_filter->checkId();
        break;
    }
    fillCombo(m_finding, tr("Any findings"), findingItems, currentFinding);
    m_filling = false;
}

void ReviewFilterBar::applyChoices()
{
    if (m_filling)
        return;
    const QString state = m_state->currentData().toString();
    const std::pair<const char *, ReviewFilterModel::StateFilter> states[] = {
        {"missing", ReviewFilterModel::StateFilter::Missing},
        {"draft", ReviewFilterModel::StateFilter::Draft},
        {"reviewed", ReviewFilterModel::StateFilter::Reviewed},
        {"approved", ReviewFilterModel::StateFilter::Approved},
        {"needs-review", ReviewFilterModel::StateFilter::NeedsReview},
        {"not-approved", ReviewFilterModel::StateFilter::NotApproved}};
    ReviewFilterModel::StateFilter chosen = ReviewFilterModel::StateFilter::Any;
    for (const auto &[name, value] : states) {
        if (state == QLatin1String(name))
            chosen = value;
    }
    const QString city = m_city->currentData().toString();
    const bool otherCity = city != m_filter->cityKey();
    const QString finding = m_finding->currentData().toString();
    ReviewFilterModel::FindingFilter findings = ReviewFilterModel::FindingFilter::Check;
    if (finding.isEmpty())
        findings = ReviewFilterModel::FindingFilter::Any;
    else if (finding == kWith)
        findings = ReviewFilterModel::FindingFilter::With;
    else if (finding == kWithout)
        findings = ReviewFilterModel::FindingFilter::Without;
    m_filter->setChoices(chosen, city, m_plan->currentData().toString(), m_kind->currentData().toString(), findings,
                         finding);
    if (otherCity)
        emit cityChosen(city);
}

void ReviewFilterBar::retranslate()
{
    m_label->setText(tr("&Filter:"));
    m_search->setPlaceholderText(tr("Key, Korean or English text"));
    m_state->setAccessibleName(tr("Review state"));
    m_city->setAccessibleName(tr("City"));
    m_plan->setAccessibleName(tr("Plan"));
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_finding->setAccessibleName(tr("Findings"));
    refill();
}

void ReviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace innoatlas
