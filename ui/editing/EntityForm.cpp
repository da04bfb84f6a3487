#include "editing/EntityForm.h"

#include "editing/DateField.h"
#include "editing/EditingTerms.h"
#include "editing/EntityChoices.h"
#include "editing/EntityKinds.h"
#include "editing/EntityValidator.h"
#include "editing/MoneyField.h"
#include "i18n/Translations.h"
#include "model/PartialDate.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
const char *const koSuffix = ".ko";
const char *const enSuffix = ".en";

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}
} // namespace

EntityForm::EntityForm(const EntityRecord &record, QSqlDatabase database, QWidget *parent)
    : QDialog(parent), m_record(record), m_database(std::move(database))
{
    setObjectName(QStringLiteral("entityForm"));
    build();
    retranslate();
    validateNow();
}

QString EntityForm::choiceLabel(const EntityChoice &choice) const
{
    const bool korean = Translations::current() == QLatin1String("ko");
    QString name = korean ? choice.nameKo : choice.nameEn;
    if (name.isEmpty())
        name = korean ? choice.nameEn : choice.nameKo;
    if (name.size() > 70)
        name = name.left(68) + QStringLiteral("…");
    return name.isEmpty() ? choice.key : QStringLiteral("%1 (%2)").arg(name, choice.key);
}

void EntityForm::build()
{
    const KindSpec *spec = EntityKinds::find(m_record.kind);
    auto *outer = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("formHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    m_layout = new QFormLayout(body);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    if (spec) {
        for (const QString &field : spec->textFields) {
            auto *row = new QWidget(body);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            const LocalizedText text = m_record.texts.value(field);
            for (const char *suffix : {koSuffix, enSuffix}) {
                auto *edit = new QLineEdit(row);
                const QString name = field + QLatin1String(suffix);
                edit->setObjectName(name);
                edit->setText(suffix == koSuffix ? text.ko : text.en);
                edit->setMinimumWidth(260);
                rowLayout->addWidget(edit);
                m_textEdits.insert(name, edit);
                connect(edit, &QLineEdit::textChanged, this, &EntityForm::validateNow);
            }
            auto *label = new QLabel(body);
            m_rowLabels.insert(field, label);
            m_layout->addRow(label, row);
            auto *error = errorLabel(body, field + QLatin1String(koSuffix));
            m_errorLabels.insert(field + QLatin1String(koSuffix), error);
            m_layout->addRow(QString(), error);
        }
        for (const ColumnSpec &column : spec->columns)
            addColumn(column);
        if (spec->links.contains(LinkKind::FigureQuotes))
            addQuotePicker();
        if (spec->links.contains(LinkKind::PlanThemes))
            addThemes();
    }

    m_draftNote = new QLabel(this);
    m_draftNote->setWordWrap(true);
    m_draftNote->setEnabled(false);
    outer->addWidget(m_draftNote);
    m_problemsLabel = errorLabel(this, QStringLiteral("formProblems"));
    m_problemsLabel->setObjectName(QStringLiteral("formProblems"));
    outer->addWidget(m_problemsLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);
    resize(720, 560);
}

void EntityForm::addColumn(const ColumnSpec &column)
{
    QWidget *parent = m_layout->parentWidget();
    const QVariant value = m_record.values.value(column.name);
    QWidget *editor = nullptr;
    switch (column.type) {
    case ColumnType::Money: {
        auto *money = new MoneyField(parent);
        money->setAmount(value);
        connect(money, &MoneyField::edited, this, &EntityForm::validateNow);
        money->lineEdit()->setObjectName(column.name);
        editor = money;
        break;
    }
    case ColumnType::Date: {
        auto *date = new DateField(parent);
        date->setDate(value.toString(), m_record.values.value(column.precisionColumn).toString());
        date->lineEdit()->setObjectName(column.name);
        date->precisionBox()->setObjectName(column.precisionColumn);
        connect(date, &DateField::edited, this, &EntityForm::validateNow);
        editor = date;
        break;
    }
    case ColumnType::Choice: {
        auto *box = new QComboBox(parent);
        box->setObjectName(column.name);
        for (const QString &choice : column.choices)
            box->addItem(choice, choice);
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        connect(box, &QComboBox::currentIndexChanged, this, &EntityForm::validateNow);
        editor = box;
        break;
    }
    case ColumnType::Reference: {
        auto *box = new QComboBox(parent);
        box->setObjectName(column.name);
        box->addItem(QStringLiteral("—"), QVariant());
        QVector<EntityChoice> choices;
        try {
            choices = EntityChoices::ofKinds(m_database, column.referenceKinds);
        } catch (const StoreError &) {
            // An unreadable list leaves the picker empty; saving then names the field.
        }
        for (const EntityChoice &choice : choices) {
            if (choice.id != m_record.id)
                box->addItem(choiceLabel(choice), choice.id);
        }
        const int index = value.isNull() ? 0 : box->findData(value.toLongLong());
        box->setCurrentIndex(std::max(0, index));
        // Long names (a plan's full title) must not widen the form: the list shows them in full.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(box, &QComboBox::currentIndexChanged, this, &EntityForm::validateNow);
        editor = box;
        break;
    }
    case ColumnType::Text:
    case ColumnType::Integer:
    case ColumnType::Year: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(column.name);
        edit->setText(value.toString());
        connect(edit, &QLineEdit::textChanged, this, &EntityForm::validateNow);
        editor = edit;
        break;
    }
    }
    auto *label = new QLabel(parent);
    m_rowLabels.insert(column.name, label);
    m_editors.insert(column.name, editor);
    m_layout->addRow(label, editor);
    auto *error = errorLabel(parent, column.name);
    m_errorLabels.insert(column.name, error);
    m_layout->addRow(QString(), error);
}

void EntityForm::addQuotePicker()
{
    QWidget *parent = m_layout->parentWidget();
    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_quoteSource = new QComboBox(row);
    m_quoteSource->setObjectName(QStringLiteral("quoteSource"));
    m_quote = new QComboBox(row);
    m_quote->setObjectName(QStringLiteral("quote"));
    for (QComboBox *box : {m_quoteSource, m_quote}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto *add = new QPushButton(row);
    add->setObjectName(QStringLiteral("addQuote"));
    layout->addWidget(m_quoteSource);
    auto *quoteRow = new QHBoxLayout;
    quoteRow->addWidget(m_quote, 1);
    quoteRow->addWidget(add);
    layout->addLayout(quoteRow);
    try {
        for (const EntityChoice &source : EntityChoices::ofKinds(m_database, {QStringLiteral("source")}))
            m_quoteSource->addItem(choiceLabel(source), source.id);
    } catch (const StoreError &) {
    }
    const qint64 current = m_record.links.value(LinkKind::FigureQuotes).value(0);
    qint64 source = 0;
    try {
        source = current ? EntityChoices::sourceOf(m_database, current) : 0;
    } catch (const StoreError &) {
    }
    m_quoteSource->setCurrentIndex(std::max(0, m_quoteSource->findData(source)));
    fillQuotes(m_quoteSource->currentData().toLongLong(), current);
    connect(m_quoteSource, &QComboBox::currentIndexChanged, this, [this] {
        fillQuotes(m_quoteSource->currentData().toLongLong(), 0);
        validateNow();
    });
    connect(m_quote, &QComboBox::currentIndexChanged, this, &EntityForm::validateNow);
    connect(add, &QPushButton::clicked, this, [this] {
        if (!m_addQuote)
            return;
        const qint64 id = m_addQuote(m_quoteSource->currentData().toLongLong());
        if (id > 0) {
            qint64 source = m_quoteSource->currentData().toLongLong();
            try {
                source = EntityChoices::sourceOf(m_database, id);
            } catch (const StoreError &) {
            }
            const QSignalBlocker block(m_quoteSource);
            m_quoteSource->setCurrentIndex(std::max(0, m_quoteSource->findData(source)));
            fillQuotes(source, id);
            validateNow();
        }
    });
    auto *label = new QLabel(parent);
    m_rowLabels.insert(QStringLiteral("quotes"), label);
    m_layout->addRow(label, row);
    auto *error = errorLabel(parent, QStringLiteral("quotes"));
    m_errorLabels.insert(QStringLiteral("quotes"), error);
    m_layout->addRow(QString(), error);
}

void EntityForm::fillQuotes(qint64 sourceId, qint64 select)
{
    const QSignalBlocker block(m_quote);
    m_quote->clear();
    m_quote->addItem(QStringLiteral("—"), QVariant());
    try {
        for (const EntityChoice &quote : EntityChoices::quotesOf(m_database, sourceId))
            m_quote->addItem(choiceLabel(quote), quote.id);
    } catch (const StoreError &) {
    }
    m_quote->setCurrentIndex(std::max(0, m_quote->findData(select)));
}

void EntityForm::addThemes()
{
    QWidget *parent = m_layout->parentWidget();
    m_themes = new QListWidget(parent);
    m_themes->setObjectName(QStringLiteral("themes"));
    m_themes->setMaximumHeight(110);
    const QList<qint64> chosen = m_record.links.value(LinkKind::PlanThemes);
    try {
        for (const EntityChoice &theme : EntityChoices::ofKinds(m_database, {QStringLiteral("theme")})) {
            auto *item = new QListWidgetItem(choiceLabel(theme), m_themes);
            item->setData(Qt::UserRole, theme.id);
            item->setCheckState(chosen.contains(theme.id) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const StoreError &) {
    }
    auto *label = new QLabel(parent);
    m_rowLabels.insert(QStringLiteral("themes"), label);
    m_layout->addRow(label, m_themes);
}

QVariant EntityForm::columnValue(const ColumnSpec &column) const
{
    QWidget *editor = m_editors.value(column.name);
    if (auto *money = qobject_cast<MoneyField *>(editor))
        return money->value();
    if (auto *date = qobject_cast<DateField *>(editor))
        return date->text().isEmpty() ? QVariant() : QVariant(date->text());
    if (auto *box = qobject_cast<QComboBox *>(editor))
        return box->currentData();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed().isEmpty() ? QVariant() : QVariant(edit->text().trimmed());
    return {};
}

EntityRecord EntityForm::record() const
{
    EntityRecord record = m_record;
    const KindSpec *spec = EntityKinds::find(record.kind);
    if (!spec)
        return record;
    for (const ColumnSpec &column : spec->columns) {
        record.values.insert(column.name, columnValue(column));
        if (auto *date = qobject_cast<DateField *>(m_editors.value(column.name)))
            record.values.insert(column.precisionColumn, date->precision());
    }
    for (const QString &field : spec->textFields) {
        LocalizedText &text = record.texts[field];
        text.ko = m_textEdits.value(field + QLatin1String(koSuffix))->text();
        text.en = m_textEdits.value(field + QLatin1String(enSuffix))->text();
    }
    if (m_quote) {
        QList<qint64> quotes = record.links.value(LinkKind::FigureQuotes);
        if (!quotes.isEmpty())
            quotes.removeFirst();
        if (!m_quote->currentData().isNull())
            quotes.prepend(m_quote->currentData().toLongLong());
        quotes.removeAll(0);
        record.links.insert(LinkKind::FigureQuotes, quotes);
    }
    if (m_themes) {
        QList<qint64> themes;
        for (int i = 0; i < m_themes->count(); ++i) {
            if (m_themes->item(i)->checkState() == Qt::Checked)
                themes << m_themes->item(i)->data(Qt::UserRole).toLongLong();
        }
        record.links.insert(LinkKind::PlanThemes, themes);
    }
    return record;
}

void EntityForm::showErrors(const QVector<FieldError> &errors)
{
    m_saveErrors = errors;
    validateNow();
}

void EntityForm::validateNow()
{
    const KindSpec *spec = EntityKinds::find(m_record.kind);
    QVector<FieldError> problems;
    const EntityRecord current = record();
    if (spec) {
        for (const QString &field : spec->requiredTexts) {
            const LocalizedText text = current.texts.value(field);
            if (text.ko.trimmed().isEmpty() && text.en.trimmed().isEmpty())
                problems.append({field + QLatin1String(koSuffix), tr("needs a text in Korean or English")});
        }
        for (const ColumnSpec &column : spec->columns) {
            const QVariant value = current.values.value(column.name);
            QString error = EntityValidator::checkValue(column, value);
            if (error.isEmpty() && column.type == ColumnType::Date && !value.isNull()) {
                DatePrecision precision = DatePrecision::Day;
                parseDatePrecision(current.values.value(column.precisionColumn).toString(), &precision);
                QString reason;
                if (!PartialDate::parse(value.toString(), precision, &reason).isValid())
                    error = tr("the date does not match its precision");
            }
            if (!error.isEmpty())
                problems.append({column.name, error});
        }
        if (spec->links.contains(LinkKind::FigureQuotes) && current.links.value(LinkKind::FigureQuotes).isEmpty())
            problems.append({QStringLiteral("quotes"), tr("a figure needs the quote of its source")});
    }
    // Errors from the last save stay until their field is changed.
    for (const FieldError &error : std::as_const(m_saveErrors)) {
        bool known = false;
        for (const FieldError &p : std::as_const(problems))
            known = known || p.field == error.field;
        if (!known)
            problems.append(error);
    }
    m_saveErrors.clear();
    m_problems = problems;

    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        QString reason;
        for (const FieldError &p : std::as_const(problems)) {
            if (p.field == it.key() ||
                (p.field.endsWith(QLatin1String(enSuffix)) && p.field.chopped(3) + QLatin1String(koSuffix) == it.key()))
                reason = p.reason;
        }
        it.value()->setText(reason);
        it.value()->setVisible(!reason.isEmpty());
    }
    if (QPushButton *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(problems.isEmpty());
    if (m_problemsLabel) {
        if (problems.isEmpty()) {
            m_problemsLabel->hide();
        } else {
            const FieldError &first = problems.first();
            const QString field = first.field.section(QLatin1Char('.'), 0, 0);
            QString label = m_rowLabels.contains(field) ? m_rowLabels.value(field)->text() : field;
            label.remove(QLatin1Char(':'));
            label.remove(QStringLiteral(" *"));
            m_problemsLabel->setText(tr("Cannot save yet — %1: %2").arg(label, first.reason));
            m_problemsLabel->show();
        }
    }
}

void EntityForm::retranslate()
{
    const QString kind = EditingTerms::kindName(m_record.kind);
    setWindowTitle(m_record.id ? tr("Edit %1").arg(kind) : tr("New %1").arg(kind));
    m_heading->setText(m_record.key.isEmpty() ? tr("New %1").arg(kind)
                                              : QStringLiteral("%1 · %2").arg(kind, m_record.key));
    for (auto it = m_rowLabels.cbegin(); it != m_rowLabels.cend(); ++it) {
        const KindSpec *spec = EntityKinds::find(m_record.kind);
        const bool isText = spec && spec->textFields.contains(it.key());
        QString label = isText ? EditingTerms::textLabel(it.key()) : EditingTerms::columnLabel(m_record.kind, it.key());
        const ColumnSpec *column = spec ? spec->column(it.key()) : nullptr;
        if ((column && column->required) || (spec && spec->requiredTexts.contains(it.key())) ||
            it.key() == QLatin1String("quotes"))
            label += QStringLiteral(" *");
        it.value()->setText(label);
    }
    for (auto it = m_textEdits.cbegin(); it != m_textEdits.cend(); ++it)
        it.value()->setPlaceholderText(it.key().endsWith(QLatin1String(koSuffix)) ? tr("Korean") : tr("English"));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            const ColumnSpec *column = EntityKinds::find(m_record.kind)->column(it.key());
            if (column && column->type == ColumnType::Choice) {
                for (int i = 0; i < box->count(); ++i)
                    box->setItemText(i, EditingTerms::choiceName(m_record.kind, it.key(), box->itemData(i).toString()));
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            const ColumnSpec *column = EntityKinds::find(m_record.kind)->column(it.key());
            if (column && column->type == ColumnType::Year)
                edit->setPlaceholderText(tr("YYYY"));
        }
    }
    if (auto *add = findChild<QPushButton *>(QStringLiteral("addQuote")))
        add->setText(tr("Add quote…"));
    m_draftNote->setText(tr("Fields marked * are required. New and changed texts are saved as drafts for review."));
    validateNow();
}

void EntityForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_heading)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace innoatlas
