#include "importing/ImportMappingPage.h"

#include "importers/ImportMapping.h"
#include "importing/ImportWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
const QStringList levelKinds = {QStringLiteral("area"), QStringLiteral("field"), QStringLiteral("task"),
                                QStringLiteral("project")};
const QString customChoice = QStringLiteral("custom");

QString levelField(int level)
{
    return QStringLiteral("hierarchy%1").arg(level + 1);
}

LocalizedText draftText(const QString &text)
{
    return LocalizedText::draft(text, text);
}
} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent), m_mapping(std::make_unique<ImportMapping>())
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("importMappingCombo"));
    for (const QString &name : ImportMapping::builtinNames())
        m_choice->addItem(QString(), name);
    m_choice->addItem(QString(), customChoice);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTargetCombo"));
    for (int i = 0; i < 3; ++i)
        m_target->addItem(QString(), i);
    m_existing = new QComboBox(this);
    m_existing->setObjectName(QStringLiteral("importExistingCombo"));
    m_existing->addItem(QString(), int(ImportMapping::Existing::Update));
    m_existing->addItem(QString(), int(ImportMapping::Existing::Skip));
    m_publisher = new QLineEdit(this);
    m_publisher->setObjectName(QStringLiteral("importPublisherEdit"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("importSourceTitleEdit"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("importUnitCombo"));
    for (const QString &unit :
         {QStringLiteral("원"), QStringLiteral("천원"), QStringLiteral("백만원"), QStringLiteral("억원")})
        m_unit->addItem(unit, unit);
    m_levels = new QComboBox(this);
    m_levels->setObjectName(QStringLiteral("importLevelsCombo"));
    m_levels->addItem(QString(), int(ImportMapping::RegionLevels::Top));
    m_levels->addItem(QString(), int(ImportMapping::RegionLevels::All));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("importYearSpin"));
    m_year->setRange(1899, 2200);
    m_year->setValue(1899);

    m_load = new QPushButton(this);
    m_load->setObjectName(QStringLiteral("importLoadMappingButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("importSaveMappingButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importMappingStatus"));
    m_status->setWordWrap(true);

    m_choiceLabel = new QLabel(this);
    m_targetLabel = new QLabel(this);
    m_existingLabel = new QLabel(this);
    m_publisherLabel = new QLabel(this);
    m_titleLabel = new QLabel(this);
    m_unitLabel = new QLabel(this);
    m_levelsLabel = new QLabel(this);
    m_yearLabel = new QLabel(this);
    m_choiceLabel->setBuddy(m_choice);
    m_targetLabel->setBuddy(m_target);
    m_existingLabel->setBuddy(m_existing);
    m_publisherLabel->setBuddy(m_publisher);
    m_titleLabel->setBuddy(m_title);
    m_unitLabel->setBuddy(m_unit);
    m_levelsLabel->setBuddy(m_levels);
    m_yearLabel->setBuddy(m_year);

    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_choice, 1);
    choiceRow->addWidget(m_load);
    choiceRow->addWidget(m_save);
    m_form = new QFormLayout;
    m_form->addRow(m_choiceLabel, choiceRow);
    m_form->addRow(m_targetLabel, m_target);
    m_form->addRow(m_unitLabel, m_unit);
    m_form->addRow(m_yearLabel, m_year);
    m_form->addRow(m_levelsLabel, m_levels);
    m_form->addRow(m_existingLabel, m_existing);
    m_form->addRow(m_publisherLabel, m_publisher);
    m_form->addRow(m_titleLabel, m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ImportMappingPage::choose);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_mapping->target = ImportMapping::Target(m_target->currentData().toInt());
        m_mapping->columns.clear();
        m_mapping->hierarchy.clear();
        m_mapping->keep.clear();
        rebuildForm();
        updateFromWidgets();
    });
    for (QComboBox *combo : {m_existing, m_unit, m_levels})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateFromWidgets);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportMappingPage::updateFromWidgets);
    connect(m_publisher, &QLineEdit::textEdited, this, &ImportMappingPage::updateFromWidgets);
    connect(m_title, &QLineEdit::textEdited, this, &ImportMappingPage::updateFromWidgets);
    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadClicked);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveClicked);

    retranslate();
    choose(0);
}

ImportMappingPage::~ImportMappingPage() = default;

const ImportMapping &ImportMappingPage::mapping() const
{
    return *m_mapping;
}

void ImportMappingPage::initializePage()
{
    if (auto *wizard = qobject_cast<ImportWizard *>(this->wizard()))
        setColumns(wizard->preview().columns());
}

void ImportMappingPage::setColumns(const QStringList &columns)
{
    m_columns = columns;
    rebuildForm();
    updateStatus();
}

bool ImportMappingPage::selectBuiltin(const QString &name)
{
    const int index = m_choice->findData(name);
    if (index < 0 || name == customChoice)
        return false;
    if (m_choice->currentIndex() == index)
        choose(index);
    else
        m_choice->setCurrentIndex(index);
    return true;
}

void ImportMappingPage::choose(int index)
{
    if (m_updating)
        return;
    const QString name = m_choice->itemData(index).toString();
    ImportMapping mapping;
    if (name == customChoice) {
        // A mapping of the user's own: the rows are quoted from the file itself.
        const auto *wizard = qobject_cast<ImportWizard *>(this->wizard());
        const QString base = wizard ? QFileInfo(wizard->fileName()).completeBaseName() : QString();
        mapping.name = customChoice;
        mapping.target = m_mapping->target;
        mapping.source.kind = QStringLiteral("dataset");
        mapping.source.language = QStringLiteral("ko");
        mapping.source.publisher = draftText(base);
        mapping.source.title = draftText(base);
    } else if (name.startsWith(QLatin1String("file:"))) {
        return; // the loaded mapping stays as loaded
    } else if (!ImportMapping::builtin(name, &mapping)) {
        return;
    }
    setMapping(mapping);
}

void ImportMappingPage::setMapping(const ImportMapping &mapping)
{
    *m_mapping = mapping;
    m_updating = true;
    m_target->setCurrentIndex(int(mapping.target));
    m_existing->setCurrentIndex(mapping.existing == ImportMapping::Existing::Skip ? 1 : 0);
    const int unit = m_unit->findData(mapping.unit.name);
    if (unit >= 0)
        m_unit->setCurrentIndex(unit);
    else
        m_unit->addItem(mapping.unit.name, mapping.unit.name), m_unit->setCurrentIndex(m_unit->count() - 1);
    m_levels->setCurrentIndex(mapping.levels == ImportMapping::RegionLevels::All ? 1 : 0);
    m_year->setValue(mapping.year > 0 ? mapping.year : m_year->minimum());
    m_publisher->setText(mapping.source.publisher.ko.isEmpty() ? mapping.source.publisher.en
                                                               : mapping.source.publisher.ko);
    m_title->setText(mapping.source.title.ko.isEmpty() ? mapping.source.title.en : mapping.source.title.ko);
    m_updating = false;
    rebuildForm();
    updateStatus();
}

QStringList ImportMappingPage::formFields() const
{
    QStringList fields = ImportMapping::fields(m_mapping->target);
    if (m_mapping->target == ImportMapping::Target::BudgetLines) {
        for (int i = 0; i < levelKinds.size(); ++i)
            fields << levelField(i);
    }
    return fields;
}

QComboBox *ImportMappingPage::columnCombo(const QString &field, const QString &current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("importColumn_") + field);
    combo->addItem(tr("(not imported)"), QString());
    for (const QString &column : std::as_const(m_columns))
        combo->addItem(column, column);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(tr("%1 (not in this file)").arg(current), current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    combo->setAccessibleName(fieldLabel(field));
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateFromWidgets);
    return combo;
}

void ImportMappingPage::rebuildForm()
{
    m_updating = true;
    for (QComboBox *combo : std::as_const(m_columnCombos))
        m_form->removeRow(combo);
    m_columnCombos.clear();
    // The field rows go right after the mapping and target rows.
    int row = 2;
    for (const QString &field : formFields()) {
        QString current;
        if (field.startsWith(QLatin1String("hierarchy"))) {
            const int level = field.mid(9).toInt() - 1;
            if (level < m_mapping->hierarchy.size())
                current = m_mapping->hierarchy.at(level).column.label();
        } else {
            current = m_mapping->columns.value(field).label();
        }
        QComboBox *combo = columnCombo(field, current);
        m_columnCombos.insert(field, combo);
        m_form->insertRow(row++, fieldLabel(field), combo);
    }
    const ImportMapping::Target target = m_mapping->target;
    m_form->setRowVisible(m_unit, target == ImportMapping::Target::BudgetLines);
    m_form->setRowVisible(m_year, target == ImportMapping::Target::Population);
    m_form->setRowVisible(m_levels, target == ImportMapping::Target::Regions);
    m_updating = false;
}

void ImportMappingPage::setColumn(const QString &field, const QString &column)
{
    if (QComboBox *combo = m_columnCombos.value(field))
        combo->setCurrentIndex(qMax(0, combo->findData(column)));
}

void ImportMappingPage::updateFromWidgets()
{
    if (m_updating)
        return;
    m_mapping->existing = ImportMapping::Existing(m_existing->currentData().toInt());
    AmountUnit::parse(m_unit->currentData().toString(), &m_mapping->unit);
    m_mapping->levels = ImportMapping::RegionLevels(m_levels->currentData().toInt());
    m_mapping->year = m_year->value() > m_year->minimum() ? m_year->value() : 0;
    if (m_publisher->text() != m_mapping->source.publisher.ko)
        m_mapping->source.publisher = draftText(m_publisher->text().trimmed());
    if (m_title->text() != m_mapping->source.title.ko)
        m_mapping->source.title = draftText(m_title->text().trimmed());
    QMap<QString, ColumnRef> columns;
    QVector<HierarchyLevel> hierarchy;
    for (auto it = m_columnCombos.cbegin(); it != m_columnCombos.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (column.isEmpty())
            continue;
        ColumnRef ref;
        if (column.startsWith(u'#'))
            ref.number = column.mid(1).toInt();
        else
            ref.name = column;
        if (!it.key().startsWith(QLatin1String("hierarchy")))
            columns.insert(it.key(), ref);
    }
    for (int i = 0; i < levelKinds.size(); ++i) {
        const QComboBox *combo = m_columnCombos.value(levelField(i));
        if (!combo || combo->currentData().toString().isEmpty())
            continue;
        const QString column = combo->currentData().toString();
        const QString kind = i < m_mapping->hierarchy.size() ? m_mapping->hierarchy.at(i).kind : levelKinds.at(i);
        hierarchy.append(
            {column.startsWith(u'#') ? ColumnRef{QString(), column.mid(1).toInt()} : ColumnRef{column, 0}, kind});
    }
    m_mapping->columns = columns;
    if (m_mapping->target == ImportMapping::Target::BudgetLines)
        m_mapping->hierarchy = hierarchy;
    updateStatus();
}

QStringList ImportMappingPage::problems() const
{
    QStringList problems;
    for (const QString &field : ImportMapping::requiredFields(m_mapping->target)) {
        if (!m_mapping->columns.value(field).isSet())
            problems << tr("Choose the column for %1.").arg(fieldLabel(field));
    }
    const auto missing = [this](const ColumnRef &column) {
        return !column.name.isEmpty() && !m_columns.isEmpty() && !m_columns.contains(column.name);
    };
    for (auto it = m_mapping->columns.cbegin(); it != m_mapping->columns.cend(); ++it) {
        if (missing(it.value()))
            problems << tr("This file has no column \"%1\" (for %2).").arg(it.value().name, fieldLabel(it.key()));
    }
    for (const HierarchyLevel &level : m_mapping->hierarchy) {
        if (missing(level.column))
            problems << tr("This file has no column \"%1\".").arg(level.column.name);
    }
    for (const RowFilter &filter : m_mapping->keep) {
        if (missing(filter.column))
            problems << tr("This file has no column \"%1\" (rows are kept by it).").arg(filter.column.name);
    }
    if (m_mapping->target == ImportMapping::Target::BudgetLines && m_mapping->hierarchy.isEmpty())
        problems << tr("Choose the column of at least one level of the budget hierarchy.");
    if (m_mapping->target == ImportMapping::Target::Population && m_mapping->year == 0 &&
        !m_mapping->columns.value(QStringLiteral("year")).isSet())
        problems << tr("Choose the year column, or the year of every figure.");
    if (m_mapping->source.publisher.isEmpty() || m_mapping->source.title.isEmpty())
        problems << tr("Name the publisher and the title of the source the rows are quoted from.");
    return problems;
}

bool ImportMappingPage::isComplete() const
{
    return problems().isEmpty();
}

void ImportMappingPage::updateStatus()
{
    const QStringList list = problems();
    m_status->setText(list.isEmpty() ? tr("Ready to import.") : list.join(u'\n'));
    emit completeChanged();
}

bool ImportMappingPage::loadMapping(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    ImportMapping mapping;
    QVector<DatasetIssue> issues;
    if (!ImportMapping::fromJson(file.readAll(), fileName, &mapping, &issues)) {
        if (error) {
            QStringList messages;
            for (const DatasetIssue &issue : std::as_const(issues))
                messages << issue.toString();
            *error = messages.join(u'\n');
        }
        return false;
    }
    const QString data = QStringLiteral("file:") + fileName;
    int index = m_choice->findData(data);
    m_updating = true;
    if (index < 0) {
        m_choice->addItem(tr("From file: %1").arg(QFileInfo(fileName).fileName()), data);
        index = m_choice->count() - 1;
    }
    m_choice->setCurrentIndex(index);
    m_updating = false;
    setMapping(mapping);
    return true;
}

bool ImportMappingPage::saveMapping(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    const QByteArray json = m_mapping->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ImportMappingPage::loadClicked()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(),
                                                          tr("Import mappings (*.json);;All files (*)"));
    QString error;
    if (!fileName.isEmpty() && !loadMapping(fileName, &error))
        QMessageBox::warning(this, tr("Load a mapping"), error);
}

void ImportMappingPage::saveClicked()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save the mapping"), m_mapping->name + QStringLiteral(".json"),
                                     tr("Import mappings (*.json);;All files (*)"));
    QString error;
    if (!fileName.isEmpty() && !saveMapping(fileName, &error))
        QMessageBox::warning(this, tr("Save the mapping"), error);
}

QString ImportMappingPage::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name (Korean)")},
        {QStringLiteral("nameEn"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent code")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("value"), QT_TR_NOOP("Population")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("regionCode"), QT_TR_NOOP("Region code")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("hierarchy1"), QT_TR_NOOP("Level 1 (area)")},
        {QStringLiteral("hierarchy2"), QT_TR_NOOP("Level 2 (field)")},
        {QStringLiteral("hierarchy3"), QT_TR_NOOP("Level 3 (task)")},
        {QStringLiteral("hierarchy4"), QT_TR_NOOP("Level 4 (project)")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportMappingPage::retranslate()
{
    setTitle(tr("Mapping"));
    setSubTitle(tr("Choose how the columns become data: a built-in mapping, a saved one, or your own."));
    static const char *const builtinLabels[] = {QT_TR_NOOP("Legal-dong code list (legal-dong)"),
                                                QT_TR_NOOP("KOSIS census population (kosis-population)"),
                                                QT_TR_NOOP("Open fiscal data budget (fiscal-budget)")};
    for (int i = 0; i < 3; ++i)
        m_choice->setItemText(i, tr(builtinLabels[i]));
    m_choice->setItemText(m_choice->findData(customChoice), tr("My own mapping"));
    m_target->setItemText(0, tr("Regions"));
    m_target->setItemText(1, tr("Population figures"));
    m_target->setItemText(2, tr("Budget lines"));
    m_existing->setItemText(0, tr("Update them"));
    m_existing->setItemText(1, tr("Leave them as they are"));
    m_levels->setItemText(0, tr("Provinces and metropolitan cities"));
    m_levels->setItemText(1, tr("Also their cities, counties and districts"));
    m_year->setSpecialValueText(tr("from the year column"));
    m_choiceLabel->setText(tr("&Mapping:"));
    m_targetLabel->setText(tr("&Imports:"));
    m_existingLabel->setText(tr("E&xisting data:"));
    m_publisherLabel->setText(tr("Source &publisher:"));
    m_titleLabel->setText(tr("Source &title:"));
    m_unitLabel->setText(tr("Amounts &in:"));
    m_levelsLabel->setText(tr("Re&gions:"));
    m_yearLabel->setText(tr("&Year of the figures:"));
    m_load->setText(tr("&Load…"));
    m_save->setText(tr("&Save…"));
    for (auto it = m_columnCombos.cbegin(); it != m_columnCombos.cend(); ++it) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(it.value())))
            label->setText(fieldLabel(it.key()));
        it.value()->setItemText(0, tr("(not imported)"));
    }
    updateStatus();
}

} // namespace innoatlas
