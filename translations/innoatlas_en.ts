<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Backups</name>
        <message>
            <location filename="../core/backup/BackupFile.cpp" line="+56" />
            <location filename="../core/backup/Backups.cpp" line="+189" />
            <source>%1: cannot read: %2</source>
            <translation>%1: cannot read: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+18" />
            <source>%1: not an InnoAtlas database</source>
            <translation>%1: not an InnoAtlas database</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1: cannot open: %2</source>
            <translation>%1: cannot open: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+7" />
            <source>%1: damaged (%2)</source>
            <translation>%1: damaged (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>%1: written by a newer InnoAtlas (schema %2)</source>
            <translation>%1: written by a newer InnoAtlas (schema %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1: cannot write to the disk: %2</source>
            <translation>%1: cannot write to the disk: %2</translation>
        </message>
        <message>
            <location filename="../core/backup/Backups.cpp" line="-111" />
            <location line="+86" />
            <source>%1: cannot create the backups folder</source>
            <translation>%1: cannot create the backups folder</translation>
        </message>
        <message>
            <location line="-75" />
            <source>the backup of %1 failed: %2</source>
            <translation>the backup of %1 failed: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: cannot name the backup</source>
            <translation>%1: cannot name the backup</translation>
        </message>
        <message>
            <location line="+76" />
            <source>%1: cannot copy the current file into the backups folder</source>
            <translation>%1: cannot copy the current file into the backups folder</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not restored, the backup is not usable: %1</source>
            <translation>not restored, the backup is not usable: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not restored, close the other programs using the database first: %1 is open in process %2</source>
            <translation>not restored, close the other programs using the database first: %1 is open in process %2</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+16" />
            <source>not restored: %1</source>
            <translation>not restored: %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>%1 is open in another program</source>
            <translation>%1 is open in another program</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not restored, close the other programs using the database first: %1</source>
            <translation>not restored, close the other programs using the database first: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+9" />
            <source>%1: not restored, cannot write: %2</source>
            <translation>%1: not restored, cannot write: %2</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <location filename="../ui/common/Badge.cpp" line="+61" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>reviewed</source>
            <translation>reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sourced</source>
            <translation>sourced</translation>
        </message>
        <message>
            <location line="+2" />
            <source>corrected</source>
            <translation>corrected</translation>
        </message>
    </context>
    <context>
        <name>ChangeApplier</name>
        <message>
            <location filename="../core/editing/ChangeApplier.cpp" line="+35" />
            <source>“%1” was changed by someone else since; this step cannot be undone or redone without losing their change.</source>
            <translation>“%1” was changed by someone else since; this step cannot be undone or redone without losing their change.</translation>
        </message>
    </context>
    <context>
        <name>ChartFigure</name>
        <message>
            <location filename="../ui/charts/ChartFigure.cpp" line="+157" />
            <source>Nothing to show for this selection.</source>
            <translation>Nothing to show for this selection.</translation>
        </message>
    </context>
    <context>
        <name>ChartLimits</name>
        <message numerus="yes">
            <location filename="../core/charts/ChartLimits.cpp" line="+50" />
            <source>Other cities (%Ln)</source>
            <translation>
                <numerusform>Other city (%Ln)</numerusform>
                <numerusform>Other cities (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Other plans (%Ln)</source>
            <translation>
                <numerusform>Other plan (%Ln)</numerusform>
                <numerusform>Other plans (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cities with the largest amounts are shown one by one; the other %L1 are added together as one series.</source>
            <translation>
                <numerusform>The city with the largest amount is shown on its own; the other %L1 are added together as one series.</numerusform>
                <numerusform>The %n cities with the largest amounts are shown one by one; the other %L1 are added together as one series.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n plans with the largest amounts are shown one by one; the other %L1 are added together as one series.</source>
            <translation>
                <numerusform>The plan with the largest amount is shown on its own; the other %L1 are added together as one series.</numerusform>
                <numerusform>The %n plans with the largest amounts are shown one by one; the other %L1 are added together as one series.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the %1 plans with the largest amounts are shown; %Ln other plan(s) are left out.</source>
            <translation>
                <numerusform>Only the %1 plans with the largest amounts are shown; %Ln other plan is left out.</numerusform>
                <numerusform>Only the %1 plans with the largest amounts are shown; %Ln other plans are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the %1 plans with the largest amounts are shown; %Ln other plan(s), holding %2 in all, are left out.</source>
            <translation>
                <numerusform>Only the %1 plans with the largest amounts are shown; %Ln other plan, holding %2, is left out.</numerusform>
                <numerusform>Only the %1 plans with the largest amounts are shown; %Ln other plans, holding %2 in all, are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartTooltip</name>
        <message>
            <location filename="../ui/charts/ChartTooltip.cpp" line="+56" />
            <source>estimated share of %1, spread evenly</source>
            <translation>estimated share of %1, spread evenly</translation>
        </message>
        <message>
            <location line="+2" />
            <source>what is left once the amounts inside it are counted</source>
            <translation>what is left once the amounts inside it are counted</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources: %1</source>
            <translation>Sources: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrected: the source prints “%1” (see the curator's note)</source>
            <translation>Corrected: the source prints “%1” (see the curator's note)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>… and %n smaller part(s), %1 in all</source>
            <translation>
                <numerusform>… and %n smaller part, %1 in all</numerusform>
                <numerusform>… and %n smaller parts, %1 in all</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Total: %1 (%2)</source>
            <translation>Total: %1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per resident: %1 ÷ %2 residents (%3) = %4</source>
            <translation>Per resident: %1 ÷ %2 residents (%3) = %4</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/ExportCommand.cpp" line="+16" />
            <source>export: unknown format "%1" (known: json)</source>
            <translation>export: unknown format "%1" (known: json)</translation>
        </message>
        <message>
            <location filename="../app/cli/CsvExportCommand.cpp" line="+18" />
            <source>export --format csv: --table is required (%1)</source>
            <translation>export --format csv: --table is required (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export: unknown table "%1" (known: %2)</source>
            <translation>export: unknown table "%1" (known: %2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: unknown encoding "%1" (known: utf-8, utf-8-bom, cp949)</source>
            <translation>export: unknown encoding "%1" (known: utf-8, utf-8-bom, cp949)</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../app/cli/ExportCommand.cpp" line="+19" />
            <location filename="../app/cli/XliffCommand.cpp" line="+29" />
            <source>export: cannot write to standard output</source>
            <translation>export: cannot write to standard output</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>standard output</source>
            <translation>standard output</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../app/cli/ExportCommand.cpp" line="+10" />
            <location line="+4" />
            <location filename="../app/cli/XliffCommand.cpp" line="+10" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="+31" />
            <source>Commands:
  summary [--lang ko|en]           cities, plans, periods and headline budgets
  export --format json [-o FILE]   the whole dataset in the canonical JSON format
  validate FILE...                 check dataset JSON files; exit 0 only when clean
  import --format csv|json [--mapping NAME|FILE] [--level top|all] FILE
                                   import a CSV table through a mapping, or a dataset
                                   JSON file, all or nothing; exit 1 when refused</source>
            <translation>Commands:
  summary [--lang ko|en]           cities, plans, periods and headline budgets
  export --format json [-o FILE]   the whole dataset in the canonical JSON format
  validate FILE...                 check dataset JSON files; exit 0 only when clean
  import --format csv|json [--mapping NAME|FILE] [--level top|all] FILE
                                   import a CSV table through a mapping, or a dataset
                                   JSON file, all or nothing; exit 1 when refused</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  check [--city KEY|--plan KEY]    bilingual checks of the content; exit 1 on an error
  export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]
                                   fields to translate, as XLIFF 1.2 for CAT tools
  import --format xliff [--dry-run] FILE
                                   apply a translated XLIFF 1.2 or 2.0 file, all or nothing</source>
            <translation>  check [--city KEY|--plan KEY]    bilingual checks of the content; exit 1 on an error
  export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]
                                   fields to translate, as XLIFF 1.2 for CAT tools
  import --format xliff [--dry-run] FILE
                                   apply a translated XLIFF 1.2 or 2.0 file, all or nothing</translation>
        </message>
        <message>
            <location line="+6" />
            <source>  export --format csv --table budget-lines|plans|targets|regions
         [--encoding utf-8|utf-8-bom|cp949] [-o FILE]
                                   one table as CSV for spreadsheets; exit 1 when a
                                   character cannot be encoded</source>
            <translation>  export --format csv --table budget-lines|plans|targets|regions
         [--encoding utf-8|utf-8-bom|cp949] [-o FILE]
                                   one table as CSV for spreadsheets; exit 1 when a
                                   character cannot be encoded</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf
                                   a PDF report of a city (code or name in either
                                   language) or one of its plans</source>
            <translation>  report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf
                                   a PDF report of a city (code or name in either
                                   language) or one of its plans</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  backup                           back the database up into the backups folder beside it
  backups                          list the backups of the database, newest first
  restore BACKUP                   replace the database with a backup, all or nothing
                                   (the current file is backed up first)</source>
            <translation>  backup                           back the database up into the backups folder beside it
  backups                          list the backups of the database, newest first
  restore BACKUP                   replace the database with a backup, all or nothing
                                   (the current file is backed up first)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N]
           [--csv FILE] -o FILE    a deterministic national-scale database for benchmarks</source>
            <translation>  generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N]
           [--csv FILE] -o FILE    a deterministic national-scale database for benchmarks</translation>
        </message>
        <message>
            <location line="+32" />
            <source>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</source>
            <translation>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database file (created from the built-in dataset when it does not exist).</source>
            <translation>The database file (created from the built-in dataset when it does not exist).</translation>
        </message>
        <message>
            <location filename="../app/cli/GenerateCommand.cpp" line="+19" />
            <source>--%1 must be a whole number from %2 to %3, not "%4"</source>
            <translation>--%1 must be a whole number from %2 to %3, not "%4"</translation>
        </message>
        <message>
            <location line="+16" />
            <source>generate: local governments (default 243).</source>
            <translation>generate: local governments (default 243).</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location line="+2" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="-4" />
            <source>generate: plan elements (default 100000).</source>
            <translation>generate: plan elements (default 100000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: budget lines (default 1000000).</source>
            <translation>generate: budget lines (default 1000000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: events (default 50000).</source>
            <translation>generate: events (default 50000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: the seed; the same seed gives the same data (default 1).</source>
            <translation>generate: the seed; the same seed gives the same data (default 1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>generate: also write the budget lines to FILE as a fiscal-budget CSV table.</source>
            <translation>generate: also write the budget lines to FILE as a fiscal-budget CSV table.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/main.cpp" line="+0" />
            <location line="+8" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+7" />
            <source>generate needs the new database file: -o FILE</source>
            <translation>generate needs the new database file: -o FILE</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 regions, %3 themes, %4 plans, %5 initiatives, %6 budget lines, %7 events, %8 organisations taking part %9 times in %10 s</source>
            <translation>%1: %2 regions, %3 themes, %4 plans, %5 initiatives, %6 budget lines, %7 events, %8 organisations taking part %9 times in %10 s</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="-6" />
            <source>Language of the output: ko or en.</source>
            <translation>Language of the output: ko or en.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/XliffCommand.cpp" line="+22" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: how the CSV columns become data: a mapping file or a built-in mapping (%1).</source>
            <translation>import: how the CSV columns become data: a mapping file or a built-in mapping (%1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME|FILE</source>
            <translation>NAME|FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>import of regions: top (provinces and metropolitan cities) or all.</source>
            <translation>import of regions: top (provinces and metropolitan cities) or all.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LEVEL</source>
            <translation>LEVEL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>import: update or skip the regions that exist already.</source>
            <translation>import: update or skip the regions that exist already.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>update|skip</source>
            <translation>update|skip</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ENCODING</source>
            <translation>ENCODING</translation>
        </message>
        <message>
            <location line="+2" />
            <source>export --format csv: the table (budget-lines, plans, targets, regions).</source>
            <translation>export --format csv: the table (budget-lines, plans, targets, regions).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TABLE</source>
            <translation>TABLE</translation>
        </message>
        <message>
            <location line="+7" />
            <source>summary, export, validate, import, check, report, copy, backup, backups, restore or generate</source>
            <translation>summary, export, validate, import, check, report, copy, backup, backups, restore or generate</translation>
        </message>
        <message>
            <location line="-29" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Format: json (export, import) or csv (import).</source>
            <translation>Format: json (export, import) or csv (import).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write to FILE instead of standard output.</source>
            <translation>Write to FILE instead of standard output.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The CSV file's encoding: for import auto, utf-8, utf-16le, utf-16be or cp949; for export utf-8, utf-8-bom or cp949.</source>
            <translation>The CSV file's encoding: for import auto, utf-8, utf-16le, utf-16be or cp949; for export utf-8, utf-8-bom or cp949.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Files to validate.</source>
            <translation>Files to validate.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>[FILE...]</source>
            <translation>[FILE...]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang must be ko or en, not "%1"</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No command given.</source>
            <translation>No command given.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Unknown command or extra arguments: %1</source>
            <translation>Unknown command or extra arguments: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/SummaryCommand.cpp" line="+29" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Headline budget</source>
            <translation>Headline budget</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n plan(s)</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n plans</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/ValidateCommand.cpp" line="+10" />
            <source>validate: name at least one file</source>
            <translation>validate: name at least one file</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>%n problem found</numerusform>
                <numerusform>%n problems found</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: valid (%2 plans, %3 sources, %4 regions)</source>
            <translation>%1: valid (%2 plans, %3 sources, %4 regions)</translation>
        </message>
        <message>
            <location filename="../app/cli/CheckCommand.cpp" line="+27" />
            <source>check: %1</source>
            <translation>check: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 errors, %2 warnings, %3 notes in %4 findings; %5 dismissed findings not listed</source>
            <translation>%1 errors, %2 warnings, %3 notes in %4 findings; %5 dismissed findings not listed</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommand.cpp" line="+25" />
            <source>tab-separated</source>
            <translation>tab-separated</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semicolon-separated</source>
            <translation>semicolon-separated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma-separated</source>
            <translation>comma-separated</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 with byte-order mark</source>
            <translation>%1 with byte-order mark</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: no built-in mapping and no file is called "%1" (built in: %2)</source>
            <translation>import: no built-in mapping and no file is called "%1" (built in: %2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: cannot read: %2</source>
            <translation>%1: cannot read: %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: %2, %3, header on line %4</source>
            <translation>%1: %2, %3, header on line %4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  rows read  %1</source>
            <translation>  rows read  %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  imported   %1</source>
            <translation>  imported   %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  updated    %1</source>
            <translation>  updated    %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  to import  %1</source>
            <translation>  to import  %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  to update  %1</source>
            <translation>  to update  %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  unchanged  %1</source>
            <translation>  unchanged  %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  skipped    %1</source>
            <translation>  skipped    %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  rejected   %1</source>
            <translation>  rejected   %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  total amount %1 won</source>
            <translation>  total amount %1 won</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: and %2 more rejected rows</source>
            <translation>%1: and %2 more rejected rows</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: name the file to import</source>
            <translation>import: name the file to import</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: unknown format "%1" (known: csv, json)</source>
            <translation>import: unknown format "%1" (known: csv, json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>import: --mapping, --level, --existing and --encoding apply to CSV files only</source>
            <translation>import: --mapping, --level, --existing and --encoding apply to CSV files only</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: a CSV file needs --mapping: a mapping file or one of %1</source>
            <translation>import: a CSV file needs --mapping: a mapping file or one of %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: --level is top or all, for mappings of regions</source>
            <translation>import: --level is top or all, for mappings of regions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: --existing is update or skip</source>
            <translation>import: --existing is update or skip</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: unknown encoding "%1" (known: auto, utf-8, utf-16le, utf-16be, cp949)</source>
            <translation>import: unknown encoding "%1" (known: auto, utf-8, utf-16le, utf-16be, cp949)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: no such file</source>
            <translation>%1: no such file</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 of %2 lines read</source>
            <translation>%1 of %2 lines read</translation>
        </message>
        <message>
            <location filename="../app/cli/BackupCommand.cpp" line="+34" />
            <source>%1: no backups in %2</source>
            <translation>%1: no backups in %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>restore: name one backup (a file, or a name that "backups" lists)</source>
            <translation>restore: name one backup (a file, or a name that "backups" lists)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: no such backup</source>
            <translation>%1: no such backup</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file before the restore was kept as %1.</source>
            <translation>The file before the restore was kept as %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1 from %2.</source>
            <translation>Restored %1 from %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/cli/ImportCommand.cpp" line="+16" />
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/ImportCommand.cpp" line="+4" />
            <source>%n row(s) rejected: nothing was imported.</source>
            <translation>
                <numerusform>%n row rejected: nothing was imported.</numerusform>
                <numerusform>%n rows rejected: nothing was imported.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported into %1.</source>
            <translation>Imported into %1.</translation>
        </message>
        <message>
            <location filename="../app/cli/XliffCommand.cpp" line="-5" />
            <source>Only the content of this city or region (its key, e.g. region.daejeon).</source>
            <translation>Only the content of this city or region (its key, e.g. region.daejeon).</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only the content of this plan (its key).</source>
            <translation>Only the content of this plan (its key).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only fields whose target language is missing, draft, reviewed or approved.</source>
            <translation>Only fields whose target language is missing, draft, reviewed or approved.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source language of an XLIFF export: ko (default) or en.</source>
            <translation>Source language of an XLIFF export: ko (default) or en.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show what an import would change, and change nothing.</source>
            <translation>Show what an import would change, and change nothing.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name recorded in the history for an import.</source>
            <translation>The name recorded in the history for an import.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--source must be ko or en, not "%1"</source>
            <translation>--source must be ko or en, not "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--status must be missing, draft, reviewed or approved, not "%1"</source>
            <translation>--status must be missing, draft, reviewed or approved, not "%1"</translation>
        </message>
        <message>
            <location line="+18" />
            <source>export: %1</source>
            <translation>export: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 translation units exported</source>
            <translation>%1 translation units exported</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: name one XLIFF file</source>
            <translation>import: name one XLIFF file</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1:%2: unit "%3" skipped: %4</source>
            <translation>%1:%2: unit "%3" skipped: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1:%2: unit "%3": its source text changed since the export</source>
            <translation>%1:%2: unit "%3": its source text changed since the export</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  exported: %1</source>
            <translation>  exported: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  now:      %1</source>
            <translation>  now:      %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>would change %1</source>
            <translation>would change %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>changed %1</source>
            <translation>changed %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: dry run, nothing changed: %2 changes, %3 units unchanged, %4 skipped</source>
            <translation>%1: dry run, nothing changed: %2 changes, %3 units unchanged, %4 skipped</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 changes applied, %3 units unchanged, %4 skipped</source>
            <translation>%1: %2 changes applied, %3 units unchanged, %4 skipped</translation>
        </message>
        <message>
            <location filename="../app/cli/CopyCommand.cpp" line="+33" />
            <source>copy: overwrite the data of a target that already holds some.</source>
            <translation>copy: overwrite the data of a target that already holds some.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  copy FROM TO [--replace]         copy a database to another, all or nothing: a file or
                                   postgresql://user@host:port/dbname (password from
                                   ~/.pgpass); refuses a target with data unless --replace</source>
            <translation>  copy FROM TO [--replace]         copy a database to another, all or nothing: a file or
                                   postgresql://user@host:port/dbname (password from
                                   ~/.pgpass); refuses a target with data unless --replace</translation>
        </message>
        <message>
            <location line="+8" />
            <source>copy: give the source and the target (copy FROM TO)</source>
            <translation>copy: give the source and the target (copy FROM TO)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <source>copy: %1</source>
            <translation>copy: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>copy: the source and the target are the same database</source>
            <translation>copy: the source and the target are the same database</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n rows copied to %1</source>
            <translation>
                <numerusform>%n rows copied to %1</numerusform>
                <numerusform>%n rows copied to %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>copy: %1; nothing was changed</source>
            <translation>copy: %1; nothing was changed</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommand.cpp" line="+42" />
            <source>report: give the command before the file names</source>
            <translation>report: give the command before the file names</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: --lang is ko, en or both, not "%1"</source>
            <translation>report: --lang is ko, en or both, not "%1"</translation>
        </message>
        <message>
            <location line="+4" />
            <source>report: name the city with --city (its code or its name in Korean or English)</source>
            <translation>report: name the city with --city (its code or its name in Korean or English)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: give the PDF file to write with -o FILE.pdf</source>
            <translation>report: give the PDF file to write with -o FILE.pdf</translation>
        </message>
        <message>
            <location line="+16" />
            <source>report: %1</source>
            <translation>report: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>InnoAtlas %1, schema %2, %3</source>
            <translation>InnoAtlas %1, schema %2, %3</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1: %n page(s)</source>
            <translation>
                <numerusform>%1: %n page</numerusform>
                <numerusform>%1: %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DialogPrompts</name>
        <message>
            <location filename="../ui/editing/DialogPrompts.cpp" line="+38" />
            <source>New Entry</source>
            <translation>New Entry</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What do you want to add?</source>
            <translation>What do you want to add?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Changed by Someone Else</source>
            <translation>Changed by Someone Else</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reload shows their version and discards your change. Overwrite saves your version on top of theirs; it can be undone like any change.</source>
            <translation>Reload shows their version and discards your change. Overwrite saves your version on top of theirs; it can be undone like any change.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Overwrite</source>
            <translation>&amp;Overwrite</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Deleted with it:</source>
            <translation>Deleted with it:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kept, but no longer linked to it:</source>
            <translation>Kept, but no longer linked to it:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Still refer to it (move or delete them first):</source>
            <translation>Still refer to it (move or delete them first):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete %1?</source>
            <translation>Delete %1?</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>This affects %n other entries; you can undo it with Ctrl+Z.</source>
            <translation>
                <numerusform>This affects %n other entries; you can undo it with Ctrl+Z.</numerusform>
                <numerusform>This affects %n other entries; you can undo it with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location line="+9" />
            <source>InnoAtlas</source>
            <translation>InnoAtlas</translation>
        </message>
    </context>
    <context>
        <name>DismissCommand</name>
        <message>
            <location filename="../ui/review/DismissCommand.cpp" line="+27" />
            <source>Dismiss finding on %1</source>
            <translation>Dismiss finding on %1</translation>
        </message>
    </context>
    <context>
        <name>EditFailure</name>
        <message>
            <location filename="../core/editing/EditFailure.cpp" line="+20" />
            <source>%1 is being changed by another program, which still holds it after waiting. Nothing was changed; try again in a moment.</source>
            <translation>%1 is being changed by another program, which still holds it after waiting. Nothing was changed; try again in a moment.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be written (read-only). Nothing was changed.</source>
            <translation>%1 cannot be written (read-only). Nothing was changed.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the change was refused: %2</source>
            <translation>%1: the change was refused: %2</translation>
        </message>
    </context>
    <context>
        <name>EditingTerms</name>
        <message>
            <location filename="../ui/editing/EditingTerms.cpp" line="+12" />
            <location line="+25" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+26" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Plan element</source>
            <translation>Plan element</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated count</source>
            <translation>Stated count</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+48" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+46" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+48" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figure and correction</source>
            <translation>Figure and correction</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Under element</source>
            <translation>Under element</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Figure of</source>
            <translation>Figure of</translation>
        </message>
        <message>
            <location line="+0" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administrative code</source>
            <translation>Administrative code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country (ISO code)</source>
            <translation>Country (ISO code)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period from</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period to</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headline budget</source>
            <translation>Headline budget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From year</source>
            <translation>From year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To year</source>
            <translation>To year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline year</source>
            <translation>Baseline year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target value</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target year</source>
            <translation>Target year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>Web address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quoted text (verbatim)</source>
            <translation>Quoted text (verbatim)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As printed in the source</source>
            <translation>As printed in the source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source quote</source>
            <translation>Source quote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publisher</source>
            <translation>Publisher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translation</source>
            <translation>Translation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction note</source>
            <translation>Correction note</translation>
        </message>
    </context>
    <context>
        <name>EntityEditor</name>
        <message>
            <location filename="../core/editing/EntityEditor.cpp" line="+52" />
            <source>Some fields are not valid; nothing was saved.</source>
            <translation>Some fields are not valid; nothing was saved.</translation>
        </message>
        <message>
            <location line="+271" />
            <source>another entry already has this key</source>
            <translation>another entry already has this key</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+51" />
            <source>“%1” no longer exists; it may have been deleted by someone else.</source>
            <translation>“%1” no longer exists; it may have been deleted by someone else.</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+49" />
            <source>“%1” was changed by someone else after you opened it (version %2, now %3).</source>
            <translation>“%1” was changed by someone else after you opened it (version %2, now %3).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” cannot be deleted while other entries belong to it; move or delete them first.</source>
            <translation>“%1” cannot be deleted while other entries belong to it; move or delete them first.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Deleting “%1” affects %n other entries.</source>
            <translation>
                <numerusform>Deleting “%1” affects %n other entries.</numerusform>
                <numerusform>Deleting “%1” affects %n other entries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntityValidator</name>
        <message>
            <location filename="../core/editing/EntityValidator.cpp" line="+49" />
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not one of the allowed values</source>
            <translation>not one of the allowed values</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a whole number</source>
            <translation>not a whole number</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <location line="-7" />
            <source>not a year between 1900 and 2200</source>
            <translation>not a year between 1900 and 2200</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+108" />
            <source>not an amount in won: %1</source>
            <translation>not an amount in won: %1</translation>
        </message>
        <message>
            <location line="-101" />
            <source>not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>not a date (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+13" />
            <source>not an entry of this database</source>
            <translation>not an entry of this database</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an entry of the wrong kind</source>
            <translation>an entry of the wrong kind</translation>
        </message>
        <message>
            <location line="+9" />
            <source>this kind of entry cannot be edited</source>
            <translation>this kind of entry cannot be edited</translation>
        </message>
        <message>
            <location line="+16" />
            <source>an entry cannot refer to itself</source>
            <translation>an entry cannot refer to itself</translation>
        </message>
        <message>
            <location line="+8" />
            <source>choose the precision: day, month, year or approximate</source>
            <translation>choose the precision: day, month, year or approximate</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the date does not match its precision (%1)</source>
            <translation>the date does not match its precision (%1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>needs a text in Korean or English</source>
            <translation>needs a text in Korean or English</translation>
        </message>
        <message>
            <location line="+6" />
            <source>an administrative code has exactly 10 digits</source>
            <translation>an administrative code has exactly 10 digits</translation>
        </message>
        <message>
            <location line="+6" />
            <source>give both years or neither</source>
            <translation>give both years or neither</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ends before it starts</source>
            <translation>ends before it starts</translation>
        </message>
        <message>
            <location line="+24" />
            <source>choose either an organisation or a region</source>
            <translation>choose either an organisation or a region</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose a plan or an event</source>
            <translation>choose a plan or an event</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a figure needs the quote of its source</source>
            <translation>a figure needs the quote of its source</translation>
        </message>
        <message>
            <location line="+8" />
            <source>links an entry that does not exist</source>
            <translation>links an entry that does not exist</translation>
        </message>
    </context>
    <context>
        <name>EvidenceHtml</name>
        <message>
            <location filename="../ui/common/EvidenceHtml.cpp" line="+38" />
            <source>seed file %1</source>
            <translation>seed file %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+34" />
            <source>Printed in the source:</source>
            <translation>Printed in the source:</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+38" />
            <source>Curator's note:</source>
            <translation>Curator's note:</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+38" />
            <source>Translation:</source>
            <translation>Translation:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>link</source>
            <translation>link</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../core/exporters/CsvWriter.cpp" line="+123" />
            <source>header, column %1: the character %2 (%3) cannot be written in CP949</source>
            <translation>header, column %1: the character %2 (%3) cannot be written in CP949</translation>
        </message>
        <message>
            <location line="+2" />
            <source>row %1, column %2: the character %3 (%4) cannot be written in CP949</source>
            <translation>row %1, column %2: the character %3 (%4) cannot be written in CP949</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
    </context>
    <context>
        <name>FigureCatalog</name>
        <message>
            <location filename="../core/charts/FigureCatalog.cpp" line="+27" />
            <source>Investment by city: planned, secured and invested side by side</source>
            <translation>Investment by city: planned, secured and invested side by side</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by city, stacked by funding source</source>
            <translation>Planned investment by city, stacked by funding source</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by city per resident (population with its year)</source>
            <translation>Investment by city per resident (population with its year)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by plan: planned, secured and invested side by side</source>
            <translation>Investment by plan: planned, secured and invested side by side</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by theme, stacked by funding source</source>
            <translation>Planned investment by theme, stacked by funding source</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by year, stacked by plan (multi-year amounts spread)</source>
            <translation>Planned investment by year, stacked by plan (multi-year amounts spread)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by year: planned, secured and invested side by side</source>
            <translation>Investment by year: planned, secured and invested side by side</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by funding source, stacked by city</source>
            <translation>Planned investment by funding source, stacked by city</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every target from baseline to target, with years and units</source>
            <translation>Every target from baseline to target, with years and units</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timeline with one lane per city</source>
            <translation>Timeline with one lane per city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline with one lane per plan</source>
            <translation>Timeline with one lane per plan</translation>
        </message>
    </context>
    <context>
        <name>FigureExporter</name>
        <message>
            <location filename="../ui/charts/FigureExporter.cpp" line="+78" />
            <source>Made with InnoAtlas</source>
            <translation>Made with InnoAtlas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: the size and resolution must be positive</source>
            <translation>%1: the size and resolution must be positive</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <location line="+11" />
            <location line="+24" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location line="-27" />
            <source>%1: nothing to export</source>
            <translation>%1: nothing to export</translation>
        </message>
    </context>
    <context>
        <name>Generate</name>
        <message>
            <location filename="../core/benchdata/NationalGenerator.cpp" line="+87" />
            <source>%1 exists already: the generator writes a new file only</source>
            <translation>%1 exists already: the generator writes a new file only</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the generator needs at least one region and one initiative</source>
            <translation>the generator needs at least one region and one initiative</translation>
        </message>
    </context>
    <context>
        <name>GlossaryCommand</name>
        <message>
            <location filename="../ui/review/GlossaryCommand.cpp" line="+31" />
            <source>Add glossary term %1</source>
            <translation>Add glossary term %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete glossary term %1</source>
            <translation>Delete glossary term %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit glossary term %1</source>
            <translation>Edit glossary term %1</translation>
        </message>
    </context>
    <context>
        <name>HeadlessExport</name>
        <message>
            <location filename="../app/HeadlessExport.cpp" line="+38" />
            <source>--unit: expected won, eok or jo</source>
            <translation>--unit: expected won, eok or jo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--kind: expected planned, secured or invested</source>
            <translation>--kind: expected planned, secured or invested</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Export InnoAtlas charts and timelines without a window.</source>
            <translation>Export InnoAtlas charts and timelines without a window.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>List the names of the charts, timelines and views that can be exported.</source>
            <translation>List the names of the charts, timelines and views that can be exported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart or view NAME (see --list-charts).</source>
            <translation>Export the chart or view NAME (see --list-charts).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the timeline with one lane per city or per plan.</source>
            <translation>Export the timeline with one lane per city or per plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cities|plans</source>
            <translation>cities|plans</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the presenter deck of the database to one PDF, a page per slide.</source>
            <translation>Export the presenter deck of the database to one PDF, a page per slide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file to write.</source>
            <translation>The file to write.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+4" />
            <location line="+13" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-16" />
            <source>png, svg or pdf (default: the output file's suffix).</source>
            <translation>png, svg or pdf (default: the output file's suffix).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of the figure: ko or en.</source>
            <translation>Language of the figure: ko or en.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file (created from the built-in dataset when missing).</source>
            <translation>The database file (created from the built-in dataset when missing).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size in pixels, WIDTHxHEIGHT.</source>
            <translation>Size in pixels, WIDTHxHEIGHT.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution of PNG output.</source>
            <translation>Resolution of PNG output.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>standard or presenter (light on black, larger type).</source>
            <translation>standard or presenter (light on black, larger type).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LOOK</source>
            <translation>LOOK</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this region key (repeatable).</source>
            <translation>Only this region key (repeatable).</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only plans with this theme key (repeatable).</source>
            <translation>Only plans with this theme key (repeatable).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart unit: won, eok (KRW billion in English) or jo.</source>
            <translation>Chart unit: won, eok (KRW billion in English) or jo.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>UNIT</source>
            <translation>UNIT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart only this kind: planned, secured or invested.</source>
            <translation>Chart only this kind: planned, secured or invested.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stack the series of a chart.</source>
            <translation>Stack the series of a chart.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the series of a chart side by side.</source>
            <translation>Put the series of a chart side by side.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Divide by each city's population (city and plan charts).</source>
            <translation>Divide by each city's population (city and plan charts).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date of the today line of timelines.</source>
            <translation>The date of the today line of timelines.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignored here (an option of the window).</source>
            <translation>Ignored here (an option of the window).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>--lang: expected ko or en</source>
            <translation>--lang: expected ko or en</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No output file: give -o FILE.</source>
            <translation>No output file: give -o FILE.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown format: use --format png, svg or pdf, or an output file ending in one of them.</source>
            <translation>Unknown format: use --format png, svg or pdf, or an output file ending in one of them.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--size: expected WIDTHxHEIGHT such as 1920x1080; --dpi: a number from 24 to 2400</source>
            <translation>--size: expected WIDTHxHEIGHT such as 1920x1080; --dpi: a number from 24 to 2400</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--look: expected standard or presenter</source>
            <translation>--look: expected standard or presenter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--today: expected a date YYYY-MM-DD</source>
            <translation>--today: expected a date YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown chart "%1": see --list-charts.</source>
            <translation>Unknown chart "%1": see --list-charts.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--export-timeline: expected cities or plans</source>
            <translation>--export-timeline: expected cities or plans</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing to export: give --export-chart, --export-timeline or --export-deck.</source>
            <translation>Nothing to export: give --export-chart, --export-timeline or --export-deck.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--export-deck writes PDF only.</source>
            <translation>--export-deck writes PDF only.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../core/importers/CsvImporter.cpp" line="+69" />
            <source>cannot open the file: %1</source>
            <translation>cannot open the file: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../core/importers/CsvReader.cpp" line="+153" />
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>cannot read the database: %1</source>
            <translation>cannot read the database: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+28" />
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="+114" />
            <source>the database refused the import, nothing was written: %1</source>
            <translation>the database refused the import, nothing was written: %1</translation>
        </message>
        <message>
            <location line="-19" />
            <source>no rows after the header on line %1: nothing was imported</source>
            <translation>no rows after the header on line %1: nothing was imported</translation>
        </message>
        <message>
            <location filename="../core/importers/CsvReader.cpp" line="-134" />
            <location filename="../core/importers/ImportReport.cpp" line="+12" />
            <source>line %1, column %2: %3</source>
            <translation>line %1, column %2: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/importers/ImportReport.cpp" line="+3" />
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>the file has no header line</source>
            <translation>the file has no header line</translation>
        </message>
        <message>
            <location line="+17" />
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location line="+68" />
            <source> (the encoding, %1, was detected from the start of the file; name it if it is another)</source>
            <translation> (the encoding, %1, was detected from the start of the file; name it if it is another)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>a quoted field runs on for more than %1 characters: is this quote ever closed?</source>
            <translation>a quoted field runs on for more than %1 characters: is this quote ever closed?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the quote opened here is never closed</source>
            <translation>the quote opened here is never closed</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+38" />
            <source>the file contains a NUL character</source>
            <translation>the file contains a NUL character</translation>
        </message>
        <message>
            <location line="-16" />
            <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
            <translation>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a line longer than %1 characters: this is not a CSV table InnoAtlas reads</source>
            <translation>a line longer than %1 characters: this is not a CSV table InnoAtlas reads</translation>
        </message>
        <message>
            <location line="+15" />
            <source>more than %1 columns: InnoAtlas reads tables of at most %1 columns</source>
            <translation>more than %1 columns: InnoAtlas reads tables of at most %1 columns</translation>
        </message>
        <message>
            <location filename="../core/importers/FieldParser.cpp" line="+27" />
            <source>the field is empty</source>
            <translation>the field is empty</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is negative</source>
            <translation>"%1" is negative</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+15" />
            <source>"%1" is not a number</source>
            <translation>"%1" is not a number</translation>
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has a misplaced thousands separator</source>
            <translation>"%1" has a misplaced thousands separator</translation>
        </message>
        <message>
            <location line="+42" />
            <source>"%1" is not a whole number</source>
            <translation>"%1" is not a whole number</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is too large</source>
            <translation>"%1" is too large</translation>
        </message>
        <message>
            <location line="+21" />
            <source>"%1" %2 is not a whole number of won</source>
            <translation>"%1" %2 is not a whole number of won</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" %2 is too large</source>
            <translation>"%1" %2 is too large</translation>
        </message>
        <message>
            <location filename="../core/importers/ImportReport.cpp" line="-5" />
            <source>line %1, column %2 (%3): %4</source>
            <translation>line %1, column %2 (%3): %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1 (%2): %3</source>
            <translation>line %1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="-23" />
            <source>the key "%1" is in the database already; a dataset document adds new data only</source>
            <translation>the key "%1" is in the database already; a dataset document adds new data only</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the code %1 belongs to the region "%2" in the database</source>
            <translation>the code %1 belongs to the region "%2" in the database</translation>
        </message>
        <message>
            <location filename="../core/importers/RowConverter.cpp" line="+44" />
            <source>the mapping's column %1 for %2 is not in the header on line %3 (%4)</source>
            <translation>the mapping's column %1 for %2 is not in the header on line %3 (%4)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>a filter</source>
            <translation>a filter</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the row has %1 columns where the header has %2 (an unquoted delimiter in a field?)</source>
            <translation>the row has %1 columns where the header has %2 (an unquoted delimiter in a field?)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not %2</source>
            <translation>%1 is not %2</translation>
        </message>
        <message>
            <location filename="../core/importers/TextDecoder.cpp" line="+64" />
            <source>line %1, byte %2: %3</source>
            <translation>line %1, byte %2: %3</translation>
        </message>
        <message>
            <location line="+65" />
            <source>the file ends in the middle of a multibyte character (truncated)</source>
            <translation>the file ends in the middle of a multibyte character (truncated)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the byte %1 is not valid UTF-8</source>
            <translation>the byte %1 is not valid UTF-8</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the bytes starting with %1 are not valid UTF-8</source>
            <translation>the bytes starting with %1 are not valid UTF-8</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>a multibyte character is cut off (truncated) before %1</source>
            <translation>a multibyte character is cut off (truncated) before %1</translation>
        </message>
        <message>
            <location line="-73" />
            <location line="+39" />
            <source>the file contains U+FFFD, the replacement character an earlier faulty conversion left instead of a character it could not read</source>
            <translation>the file contains U+FFFD, the replacement character an earlier faulty conversion left instead of a character it could not read</translation>
        </message>
        <message>
            <location line="-13" />
            <source>a UTF-16 surrogate pair is cut off (truncated)</source>
            <translation>a UTF-16 surrogate pair is cut off (truncated)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a UTF-16 low surrogate stands without its high surrogate</source>
            <translation>a UTF-16 low surrogate stands without its high surrogate</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the byte %1 is not valid CP949</source>
            <translation>the byte %1 is not valid CP949</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the bytes %1 %2 are not valid CP949</source>
            <translation>the bytes %1 %2 are not valid CP949</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the bytes %1 %2 are not a character of CP949</source>
            <translation>the bytes %1 %2 are not a character of CP949</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the text does not decode as CP949</source>
            <translation>the text does not decode as CP949</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../ui/importing/ImportPreview.cpp" line="+20" />
            <source>%1: cannot open: %2</source>
            <translation>%1: cannot open: %2</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+15" />
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 with byte-order mark</source>
            <translation>%1 with byte-order mark</translation>
        </message>
        <message>
            <location line="+6" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>comma</source>
            <translation>comma</translation>
        </message>
    </context>
    <context>
        <name>InvestmentChartBuilder</name>
        <message>
            <location filename="../core/charts/InvestmentChartBuilder.cpp" line="+33" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secured</source>
            <translation>Secured</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invested</source>
            <translation>Invested</translation>
        </message>
        <message>
            <location line="+7" />
            <source>National funds</source>
            <translation>National funds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>City funds</source>
            <translation>City funds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provincial funds</source>
            <translation>Provincial funds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Foreign investment</source>
            <translation>Foreign investment</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mixed sources</source>
            <translation>Mixed sources</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source of funds not stated</source>
            <translation>Source of funds not stated</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+23" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+23" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location line="-4" />
            <source>No breakdown</source>
            <translation>No breakdown</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned, secured, invested</source>
            <translation>Planned, secured, invested</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Investment by city</source>
            <translation>Investment by city</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by plan</source>
            <translation>Investment by plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by theme</source>
            <translation>Investment by theme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by year</source>
            <translation>Investment by year</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by funding source</source>
            <translation>Investment by funding source</translation>
        </message>
        <message>
            <location line="+5" />
            <source>planned, secured and invested amounts</source>
            <translation>planned, secured and invested amounts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>secured amounts</source>
            <translation>secured amounts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>invested amounts</source>
            <translation>invested amounts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>planned amounts</source>
            <translation>planned amounts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, per resident</source>
            <translation>%1, per resident</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — %2</source>
            <comment>chart title: dimension — what</comment>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location line="+172" />
            <source>%n budget line(s)</source>
            <translation>
                <numerusform>%n budget line</numerusform>
                <numerusform>%n budget lines</numerusform>
            </translation>
        </message>
        <message>
            <location line="+191" />
            <source>Estimated: a multi-year amount spread over its years</source>
            <translation>Estimated: a multi-year amount spread over its years</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light bars with dashed outlines are estimates, not yearly figures of the sources: a multi-year amount is spread evenly over its years (whole won, the remainder to the first year); a year whose amount a source states keeps that amount.</source>
            <translation>Light bars with dashed outlines are estimates, not yearly figures of the sources: a multi-year amount is spread evenly over its years (whole won, the remainder to the first year); a year whose amount a source states keeps that amount.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counted once: an amount that lies within a larger amount of the same plan and kind (one year of a multi-year total, say) is part of it, not added to it.</source>
            <translation>Counted once: an amount that lies within a larger amount of the same plan and kind (one year of a multi-year total, say) is part of it, not added to it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Planned, secured and invested amounts are shown side by side and never added together.</source>
            <translation>Planned, secured and invested amounts are shown side by side and never added together.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secured amounts are recorded for this selection.</source>
            <translation>No secured amounts are recorded for this selection.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No invested amounts are recorded for this selection.</source>
            <translation>No invested amounts are recorded for this selection.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No amounts of this kind are recorded for this selection.</source>
            <translation>No amounts of this kind are recorded for this selection.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only %1 amounts are shown; planned, secured and invested amounts are never added together.</source>
            <translation>Only %1 amounts are shown; planned, secured and invested amounts are never added together.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A plan with several themes counts in full under each of them: the bars do not add up to a total.</source>
            <translation>A plan with several themes counts in full under each of them: the bars do not add up to a total.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Not placed in any year: %n amount(s) whose years the sources do not state, %1 in all.</source>
            <translation>
                <numerusform>Not placed in any year: %n amount whose years the sources do not state, %1 in all.</numerusform>
                <numerusform>Not placed in any year: %n amounts whose years the sources do not state, %1 in all.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 %2 (%3)</source>
            <comment>city population (year)</comment>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: population not recorded, shown as zero</source>
            <translation>%1: population not recorded, shown as zero</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per resident: each amount is divided by the population of its city: %1.</source>
            <translation>Per resident: each amount is divided by the population of its city: %1.</translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBoxes</name>
        <message>
            <location filename="../ui/charts/PlanFilterBoxes.cpp" line="+13" />
            <source>All cities</source>
            <translation>All cities</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All themes</source>
            <translation>All themes</translation>
        </message>
    </context>
    <context>
        <name>PresenterDeck</name>
        <message>
            <location filename="../core/charts/PresenterDeck.cpp" line="+78" />
            <source>Investment and timelines</source>
            <translation>Investment and timelines</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../ui/report/ReportHtml.cpp" line="+146" />
            <source>InnoAtlas report</source>
            <translation>InnoAtlas report</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Innovation plans: %n plan(s)</source>
            <translation>
                <numerusform>Innovation plans: %n plan</numerusform>
                <numerusform>Innovation plans: %n plans</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date: %1</source>
            <translation>Date: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dataset: %1</source>
            <translation>Dataset: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Official code: %1</source>
            <translation>Official code: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Population: %1 (%2)</source>
            <translation>Population: %1 (%2)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+32" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vision:</source>
            <translation>Vision:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Structure</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan states %1 × %2; %3 recorded.</source>
            <translation>The plan states %1 × %2; %3 recorded.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other events</source>
            <translation>Other events</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../ui/report/ReportWriter.cpp" line="+139" />
            <location line="+83" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location line="-36" />
            <source>%1: cannot write the PDF</source>
            <translation>%1: cannot write the PDF</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>ReportSubject</name>
        <message>
            <location filename="../ui/report/ReportSubject.cpp" line="+88" />
            <source>no city is called "%1"; cities with plans: %2</source>
            <translation>no city is called "%1"; cities with plans: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" could be any of: %2; give the official code or the whole name</source>
            <translation>"%1" could be any of: %2; give the official code or the whole name</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the city has no single plan "%1"; its plans: %2</source>
            <translation>the city has no single plan "%1"; its plans: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>ReviewText</name>
        <message>
            <location filename="../core/review/ContentEditor.cpp" line="+22" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+33" />
            <location filename="../core/review/EntityScope.cpp" line="+23" />
            <location filename="../core/review/FindingDismissals.cpp" line="+84" />
            <source>no entity has the key "%1"</source>
            <translation>no entity has the key "%1"</translation>
        </message>
        <message>
            <location line="+68" />
            <source>%1: a %2 has no field "%3"</source>
            <translation>%1: a %2 has no field "%3"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: the quote is verbatim source text in this language; only its translation can be edited</source>
            <translation>%1: the quote is verbatim source text in this language; only its translation can be edited</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: cannot be %2 without text</source>
            <translation>%1: cannot be %2 without text</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: a field with text cannot be missing; clear the text instead</source>
            <translation>%1: a field with text cannot be missing; clear the text instead</translation>
        </message>
        <message>
            <location line="+48" />
            <source>a change names no entity or field</source>
            <translation>a change names no entity or field</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 was changed meanwhile (version %2, expected %3); reload it and try again</source>
            <translation>%1 was changed meanwhile (version %2, expected %3); reload it and try again</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1 was changed meanwhile by someone else; reload it and try again</source>
            <translation>%1 was changed meanwhile by someone else; reload it and try again</translation>
        </message>
        <message>
            <location filename="../core/review/EntityScope.cpp" line="-3" />
            <source>no city or region has the key "%1"</source>
            <translation>no city or region has the key "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no plan has the key "%1"</source>
            <translation>no plan has the key "%1"</translation>
        </message>
        <message>
            <location filename="../core/review/Finding.cpp" line="+40" />
            <source>The Korean has %1, which the English does not</source>
            <translation>The Korean has %1, which the English does not</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The English has %1, which the Korean does not</source>
            <translation>The English has %1, which the Korean does not</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbers differ: %1 in the Korean, %2 in the English</source>
            <translation>Numbers differ: %1 in the Korean, %2 in the English</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 comes more often in the Korean than in the English</source>
            <translation>%1 comes more often in the Korean than in the English</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes more often in the English than in the Korean</source>
            <translation>%1 comes more often in the English than in the Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeated numbers differ: %1 in the Korean, %2 in the English</source>
            <translation>Repeated numbers differ: %1 in the Korean, %2 in the English</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 text is missing; only the %2 is written</source>
            <translation>The %1 text is missing; only the %2 is written</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Korean left in the English text: "%1"</source>
            <translation>Korean left in the English text: "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The Korean text has no Korean in it: is it untranslated?</source>
            <translation>The Korean text has no Korean in it: is it untranslated?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Space at the start or end of the %1 text</source>
            <translation>Space at the start or end of the %1 text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double space in the %1 text</source>
            <translation>Double space in the %1 text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unbalanced "%1" in the %2 text</source>
            <translation>Unbalanced "%1" in the %2 text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the %1 text ends with a full stop</source>
            <translation>Only the %1 text ends with a full stop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is in the %2 text, but not the agreed %3 term "%4"</source>
            <translation>"%1" is in the %2 text, but not the agreed %3 term "%4"</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" must not be used: the glossary says "%2"</source>
            <translation>"%1" must not be used: the glossary says "%2"</translation>
        </message>
        <message>
            <location filename="../core/review/Glossary.cpp" line="+79" />
            <source>a glossary term needs both a Korean and an English form</source>
            <translation>a glossary term needs both a Korean and an English form</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the glossary already has the term "%1" = "%2"</source>
            <translation>the glossary already has the term "%1" = "%2"</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" cannot be both accepted and forbidden</source>
            <translation>"%1" cannot be both accepted and forbidden</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+16" />
            <source>the glossary has no term %1</source>
            <translation>the glossary has no term %1</translation>
        </message>
        <message>
            <location filename="../core/review/ReviewText.cpp" line="+7" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+7" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <location line="+2" />
            <source>reviewed</source>
            <translation>reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location filename="../core/review/XliffExporter.cpp" line="+70" />
            <source>Entity %1 (%2), field %3</source>
            <translation>Entity %1 (%2), field %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The source text is a verbatim quote; translate it, do not edit it.</source>
            <translation>The source text is a verbatim quote; translate it, do not edit it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source quote %1: %2</source>
            <translation>Source quote %1: %2</translation>
        </message>
        <message>
            <location filename="../core/review/XliffImporter.cpp" line="+43" />
            <source>the file has no translation units</source>
            <translation>the file has no translation units</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no unit of the file has an InnoAtlas id (entity:field); it was not exported by InnoAtlas</source>
            <translation>no unit of the file has an InnoAtlas id (entity:field); it was not exported by InnoAtlas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no such entity or field in the database</source>
            <translation>no such entity or field in the database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not an InnoAtlas unit id</source>
            <translation>not an InnoAtlas unit id</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the target language holds the verbatim quote itself</source>
            <translation>the target language holds the verbatim quote itself</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 units were translated from a source text that has changed since the export; nothing was imported</source>
            <translation>%1 units were translated from a source text that has changed since the export; nothing was imported</translation>
        </message>
        <message>
            <location filename="../core/review/XliffReader.cpp" line="+47" />
            <source>the file has a document type declaration (DTD); XLIFF needs none, and entity declarations are refused</source>
            <translation>the file has a document type declaration (DTD); XLIFF needs none, and entity declarations are refused</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file refers to the entity "&amp;%1;", which XLIFF does not use</source>
            <translation>the file refers to the entity "&amp;%1;", which XLIFF does not use</translation>
        </message>
        <message>
            <location line="+73" />
            <source>%1 is missing; InnoAtlas reads Korean–English files only</source>
            <translation>%1 is missing; InnoAtlas reads Korean–English files only</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is "%2"; InnoAtlas reads Korean–English files only</source>
            <translation>%1 is "%2"; InnoAtlas reads Korean–English files only</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the source and target languages are both "%1"</source>
            <translation>the source and target languages are both "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the files inside translate in different directions</source>
            <translation>the files inside translate in different directions</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a translation unit has no id</source>
            <translation>a translation unit has no id</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the unit "%1" comes twice (first on line %2)</source>
            <translation>the unit "%1" comes twice (first on line %2)</translation>
        </message>
        <message>
            <location line="+154" />
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not an XLIFF file: it starts with &lt;%1&gt;</source>
            <translation>not an XLIFF file: it starts with &lt;%1&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>XLIFF version "%1" in namespace "%2" is not one InnoAtlas reads (1.2, 2.0)</source>
            <translation>XLIFF version "%1" in namespace "%2" is not one InnoAtlas reads (1.2, 2.0)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the file has no &lt;file&gt; element</source>
            <translation>the file has no &lt;file&gt; element</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1: cannot read: %2</source>
            <translation>%1: cannot read: %2</translation>
        </message>
    </context>
    <context>
        <name>SourceIndex</name>
        <message>
            <location filename="../core/charts/SourceIndex.cpp" line="+41" />
            <source>c. %1</source>
            <translation>c. %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, %2</source>
            <comment>publisher, date</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 (%2)</source>
            <comment>publisher (dates)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources: %1</source>
            <translation>Sources: %1</translation>
        </message>
    </context>
    <context>
        <name>TargetsBuilder</name>
        <message>
            <location filename="../core/charts/TargetsBuilder.cpp" line="+26" />
            <source>Targets — from baseline to target</source>
            <translation>Targets — from baseline to target</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Each row has its own scale: percentages from 0 to 100 %, other units from zero to the larger value.</source>
            <translation>Each row has its own scale: percentages from 0 to 100 %, other units from zero to the larger value.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n target(s) have no baseline in the sources: only the target is drawn.</source>
            <translation>
                <numerusform>%n target has no baseline in the sources: only the target is drawn.</numerusform>
                <numerusform>%n targets have no baseline in the sources: only the target is drawn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <location filename="../ui/common/Terms.cpp" line="+27" />
            <source>country</source>
            <comment>regionLevel</comment>
            <translation>country</translation>
        </message>
        <message>
            <location line="+1" />
            <source>special city</source>
            <comment>regionLevel</comment>
            <translation>special city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>metropolitan city</source>
            <comment>regionLevel</comment>
            <translation>metropolitan city</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special self-governing city</source>
            <comment>regionLevel</comment>
            <translation>special self-governing city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>province</source>
            <comment>regionLevel</comment>
            <translation>province</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special self-governing province</source>
            <comment>regionLevel</comment>
            <translation>special self-governing province</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city</source>
            <comment>regionLevel</comment>
            <translation>city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county</source>
            <comment>regionLevel</comment>
            <translation>county</translation>
        </message>
        <message>
            <location line="+1" />
            <source>district</source>
            <comment>regionLevel</comment>
            <translation>district</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city abroad</source>
            <comment>regionLevel</comment>
            <translation>city abroad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region abroad</source>
            <comment>regionLevel</comment>
            <translation>region abroad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>government</source>
            <comment>organisationKind</comment>
            <translation>government</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ministry</source>
            <comment>organisationKind</comment>
            <translation>ministry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agency</source>
            <comment>organisationKind</comment>
            <translation>agency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>company</source>
            <comment>organisationKind</comment>
            <translation>company</translation>
        </message>
        <message>
            <location line="+1" />
            <source>research institute</source>
            <comment>organisationKind</comment>
            <translation>research institute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>university</source>
            <comment>organisationKind</comment>
            <translation>university</translation>
        </message>
        <message>
            <location line="+1" />
            <source>association</source>
            <comment>organisationKind</comment>
            <translation>association</translation>
        </message>
        <message>
            <location line="+1" />
            <source>committee</source>
            <comment>organisationKind</comment>
            <translation>committee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>international organisation</source>
            <comment>organisationKind</comment>
            <translation>international organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>organisationKind</comment>
            <translation>other</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goal</source>
            <comment>elementKind</comment>
            <translation>goal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strategy</source>
            <comment>elementKind</comment>
            <translation>strategy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field</source>
            <comment>elementKind</comment>
            <translation>field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>area</source>
            <comment>elementKind</comment>
            <translation>area</translation>
        </message>
        <message>
            <location line="+1" />
            <source>task</source>
            <comment>elementKind</comment>
            <translation>task</translation>
        </message>
        <message>
            <location line="+1" />
            <source>project</source>
            <comment>elementKind</comment>
            <translation>project</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goals</source>
            <comment>elementKindPlural</comment>
            <translation>goals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strategies</source>
            <comment>elementKindPlural</comment>
            <translation>strategies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fields</source>
            <comment>elementKindPlural</comment>
            <translation>fields</translation>
        </message>
        <message>
            <location line="+1" />
            <source>areas</source>
            <comment>elementKindPlural</comment>
            <translation>areas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tasks</source>
            <comment>elementKindPlural</comment>
            <translation>tasks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>projects</source>
            <comment>elementKindPlural</comment>
            <translation>projects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>national funds</source>
            <comment>funding</comment>
            <translation>national funds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city funds</source>
            <comment>funding</comment>
            <translation>city funds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provincial funds</source>
            <comment>funding</comment>
            <translation>provincial funds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>private sector</source>
            <comment>funding</comment>
            <translation>private sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>foreign investment</source>
            <comment>funding</comment>
            <translation>foreign investment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mixed sources</source>
            <comment>funding</comment>
            <translation>mixed sources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source not stated</source>
            <comment>funding</comment>
            <translation>source not stated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned</source>
            <comment>budgetKind</comment>
            <translation>planned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secured</source>
            <comment>budgetKind</comment>
            <translation>secured</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invested</source>
            <comment>budgetKind</comment>
            <translation>invested</translation>
        </message>
        <message>
            <location line="+1" />
            <source>percent</source>
            <comment>unit</comment>
            <translation>percent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>won</source>
            <comment>unit</comment>
            <translation>won</translation>
        </message>
        <message>
            <location line="+1" />
            <source>persons</source>
            <comment>unit</comment>
            <translation>persons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>companies</source>
            <comment>unit</comment>
            <translation>companies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank</source>
            <comment>unit</comment>
            <translation>rank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>count</source>
            <comment>unit</comment>
            <translation>count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>square kilometres</source>
            <comment>unit</comment>
            <translation>square kilometres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>square metres</source>
            <comment>unit</comment>
            <translation>square metres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1%</source>
            <comment>unitValue</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 persons</source>
            <comment>unitValue</comment>
            <translation>%1 persons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 companies</source>
            <comment>unitValue</comment>
            <translation>%1 companies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank %1</source>
            <comment>unitValue</comment>
            <translation>rank %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 km²</source>
            <comment>unitValue</comment>
            <translation>%1 km²</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 m²</source>
            <comment>unitValue</comment>
            <translation>%1 m²</translation>
        </message>
        <message>
            <location line="+1" />
            <source>announcement</source>
            <comment>eventKind</comment>
            <translation>announcement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ceremony</source>
            <comment>eventKind</comment>
            <translation>ceremony</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting</source>
            <comment>eventKind</comment>
            <translation>meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>designation</source>
            <comment>eventKind</comment>
            <translation>designation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agreement</source>
            <comment>eventKind</comment>
            <translation>agreement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>visit</source>
            <comment>eventKind</comment>
            <translation>visit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>investment</source>
            <comment>eventKind</comment>
            <translation>investment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>milestone</source>
            <comment>eventKind</comment>
            <translation>milestone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>forum</source>
            <comment>eventKind</comment>
            <translation>forum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>eventKind</comment>
            <translation>other</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lead</source>
            <comment>role</comment>
            <translation>lead</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partner</source>
            <comment>role</comment>
            <translation>partner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>member</source>
            <comment>role</comment>
            <translation>member</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prospective member</source>
            <comment>role</comment>
            <translation>prospective member</translation>
        </message>
        <message>
            <location line="+1" />
            <source>investor</source>
            <comment>role</comment>
            <translation>investor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>host</source>
            <comment>role</comment>
            <translation>host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organiser</source>
            <comment>role</comment>
            <translation>organiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chair</source>
            <comment>role</comment>
            <translation>chair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <comment>role</comment>
            <translation>attendee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>operator</source>
            <comment>role</comment>
            <translation>operator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funder</source>
            <comment>role</comment>
            <translation>funder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>role</comment>
            <translation>other</translation>
        </message>
        <message>
            <location line="+1" />
            <source>article</source>
            <comment>sourceKind</comment>
            <translation>article</translation>
        </message>
        <message>
            <location line="+1" />
            <source>press release</source>
            <comment>sourceKind</comment>
            <translation>press release</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statistics</source>
            <comment>sourceKind</comment>
            <translation>statistics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dataset</source>
            <comment>sourceKind</comment>
            <translation>dataset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report</source>
            <comment>sourceKind</comment>
            <translation>report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <comment>language</comment>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <comment>language</comment>
            <translation>English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <comment>entityKind</comment>
            <translation>region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan</source>
            <comment>entityKind</comment>
            <translation>plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan element</source>
            <comment>entityKind</comment>
            <translation>plan element</translation>
        </message>
        <message>
            <location line="+1" />
            <source>budget line</source>
            <comment>entityKind</comment>
            <translation>budget line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>target</source>
            <comment>entityKind</comment>
            <translation>target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>indicator</source>
            <comment>entityKind</comment>
            <translation>indicator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>event</source>
            <comment>entityKind</comment>
            <translation>event</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <comment>entityKind</comment>
            <translation>participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisation</source>
            <comment>entityKind</comment>
            <translation>organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>theme</source>
            <comment>entityKind</comment>
            <translation>theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source</source>
            <comment>entityKind</comment>
            <translation>source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quote</source>
            <comment>entityKind</comment>
            <translation>quote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stated count</source>
            <comment>entityKind</comment>
            <translation>stated count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>population</source>
            <comment>entityKind</comment>
            <translation>population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>figure</source>
            <comment>entityKind</comment>
            <translation>figure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <comment>entityKindPlural</comment>
            <translation>Regions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plans</source>
            <comment>entityKindPlural</comment>
            <translation>Plans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan elements</source>
            <comment>entityKindPlural</comment>
            <translation>Plan elements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines</source>
            <comment>entityKindPlural</comment>
            <translation>Budget lines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Targets</source>
            <comment>entityKindPlural</comment>
            <translation>Targets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicators</source>
            <comment>entityKindPlural</comment>
            <translation>Indicators</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <comment>entityKindPlural</comment>
            <translation>Events</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <comment>entityKindPlural</comment>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations</source>
            <comment>entityKindPlural</comment>
            <translation>Organisations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Themes</source>
            <comment>entityKindPlural</comment>
            <translation>Themes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <comment>entityKindPlural</comment>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quotes</source>
            <comment>entityKindPlural</comment>
            <translation>Quotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated counts</source>
            <comment>entityKindPlural</comment>
            <translation>Stated counts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population figures</source>
            <comment>entityKindPlural</comment>
            <translation>Population figures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures</source>
            <comment>entityKindPlural</comment>
            <translation>Figures</translation>
        </message>
    </context>
    <context>
        <name>TimelineBuilder</name>
        <message>
            <location filename="../core/charts/TimelineBuilder.cpp" line="+22" />
            <source>Timeline by plan</source>
            <translation>Timeline by plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Timeline by city</source>
            <translation>Timeline by city</translation>
        </message>
        <message>
            <location line="+60" />
            <source>%1: %2</source>
            <comment>target metric: value</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1: other events</source>
            <translation>%1: other events</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A date known only to the month or the year is drawn as the whole month or year.</source>
            <translation>A date known only to the month or the year is drawn as the whole month or year.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The axis is shortened where nothing is dated for years: %1.</source>
            <translation>The axis is shortened where nothing is dated for years: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n target(s) without a target year are not shown.</source>
            <translation>
                <numerusform>%n target without a target year is not shown.</numerusform>
                <numerusform>%n targets without a target year are not shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WriteAccess</name>
        <message>
            <location filename="../core/editing/WriteAccess.cpp" line="+22" />
            <source>the file is on a read-only medium</source>
            <translation>the file is on a read-only medium</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file's permissions do not allow changes</source>
            <translation>the file's permissions do not allow changes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its folder cannot be written</source>
            <translation>its folder cannot be written</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::AboutDialog</name>
        <message>
            <location filename="../ui/main/AboutDialog.cpp" line="+77" />
            <source>About InnoAtlas</source>
            <translation>About InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>InnoAtlas %1</source>
            <translation>InnoAtlas %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;p&gt;InnoAtlas shows the innovation plans of Korean cities in Korean and English: what each city plans, when, with how much money from whom, towards which targets, and what the source documents actually said. Every figure carries the verbatim quote it comes from; a figure a source prints wrongly is corrected with a curator's note.&lt;/p&gt;&lt;p&gt;Built with Qt %1. Database: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;InnoAtlas shows the innovation plans of Korean cities in Korean and English: what each city plans, when, with how much money from whom, towards which targets, and what the source documents actually said. Every figure carries the verbatim quote it comes from; a figure a source prints wrongly is corrected with a curator's note.&lt;/p&gt;&lt;p&gt;Built with Qt %1. Database: %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>&amp;Data sources (%n):</source>
            <translation>
                <numerusform>&amp;Data source (%n):</numerusform>
                <numerusform>&amp;Data sources (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data sources</source>
            <translation>Data sources</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::BudgetLineModel</name>
        <message>
            <location filename="../ui/models/BudgetLineModel.cpp" line="+73" />
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::BudgetRows</name>
        <message>
            <location filename="../core/importers/BudgetRows.cpp" line="+42" />
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a year between 1900 and 2200</source>
            <translation>%1 is not a year between 1900 and 2200</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the total of the amounts exceeds what InnoAtlas can hold</source>
            <translation>the total of the amounts exceeds what InnoAtlas can hold</translation>
        </message>
        <message>
            <location line="+96" />
            <source>the plan needs a region: name one in the mapping (budget.region)</source>
            <translation>the plan needs a region: name one in the mapping (budget.region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan's region "%1" is not in the database</source>
            <translation>the plan's region "%1" is not in the database</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the plan %1 is in the database already, and the mapping skips existing data</source>
            <translation>the plan %1 is in the database already, and the mapping skips existing data</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The plan %1 is replaced by the one imported.</source>
            <translation>The plan %1 is replaced by the one imported.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::CountModel</name>
        <message>
            <location filename="../ui/models/CountModel.cpp" line="+41" />
            <source>The plan states no number of %1; %2 recorded.</source>
            <translation>The plan states no number of %1; %2 recorded.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan states %1 %2, but %3 are recorded in InnoAtlas.</source>
            <translation>The plan states %1 %2, but %3 are recorded in InnoAtlas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>As many recorded as the plan states.</source>
            <translation>As many recorded as the plan states.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recorded / stated</source>
            <translation>Recorded / stated</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DateField</name>
        <message>
            <location filename="../ui/editing/DateField.cpp" line="+54" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approximate</source>
            <translation>Approximate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much of the date the source gives</source>
            <translation>How much of the date the source gives</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DetailFieldModel</name>
        <message>
            <location filename="../ui/models/DetailFieldModel.cpp" line="+53" />
            <source>%1 (stated)</source>
            <translation>%1 (stated)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Population %1</source>
            <translation>Population %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrative code</source>
            <translation>Administrative code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headline budget</source>
            <translation>Headline budget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan element</source>
            <translation>Plan element</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of event</source>
            <translation>Kind of event</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of organisation</source>
            <translation>Kind of organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publisher</source>
            <translation>Publisher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of source</source>
            <translation>Kind of source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed file</source>
            <translation>Seed file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quotes</source>
            <translation>Quotes</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Verbatim quote</source>
            <translation>Verbatim quote</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Translation</source>
            <translation>Translation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Curator's note</source>
            <translation>Curator's note</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Double-click to open</source>
            <translation>Double-click to open</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Review status, or where the figure stands with its sources</source>
            <translation>Review status, or where the figure stands with its sources</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>English</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DetailView</name>
        <message>
            <location filename="../ui/detail/DetailView.cpp" line="+176" />
            <source>Select a city, a plan or any entry in the navigator to read it here in Korean and English, with the source of every figure.</source>
            <translation>Select a city, a plan or any entry in the navigator to read it here in Korean and English, with the source of every figure.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields in Korean and English</source>
            <translation>Fields in Korean and English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources of the figures</source>
            <translation>Sources of the figures</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EditingController</name>
        <message>
            <location filename="../ui/editing/EditingController.cpp" line="+41" />
            <source>the database was opened read-only</source>
            <translation>the database was opened read-only</translation>
        </message>
        <message>
            <location line="+58" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take back the last change to the data</source>
            <translation>Take back the last change to the data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the change taken back again</source>
            <translation>Make the change taken back again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New Entry…</source>
            <translation>&amp;New Entry…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a region, plan, budget line, target, event, source, quote …</source>
            <translation>Add a region, plan, budget line, target, event, source, quote …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Entry…</source>
            <translation>&amp;Edit Entry…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected entry in Korean and English</source>
            <translation>Change the selected entry in Korean and English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Entry</source>
            <translation>&amp;Delete Entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected entry, after showing what it affects</source>
            <translation>Delete the selected entry, after showing what it affects</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo History</source>
            <translation>Undo History</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the list of changes that can be undone</source>
            <translation>Show or hide the list of changes that can be undone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;opened&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Add %1 “%2”</source>
            <translation>Add %1 “%2”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete %1 “%2”</source>
            <translation>Delete %1 “%2”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit %1 “%2”</source>
            <translation>Edit %1 “%2”</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The undo history was cleared; the data is as the other writer left it.</source>
            <translation>The undo history was cleared; the data is as the other writer left it.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>writing to the file was refused</source>
            <translation>writing to the file was refused</translation>
        </message>
        <message>
            <location line="+118" />
            <source>“%1” cannot be edited here.</source>
            <translation>“%1” cannot be edited here.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Overwrite %1 “%2”</source>
            <translation>Overwrite %1 “%2”</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EntityForm</name>
        <message>
            <location filename="../ui/editing/EntityForm.cpp" line="+373" />
            <source>needs a text in Korean or English</source>
            <translation>needs a text in Korean or English</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the date does not match its precision</source>
            <translation>the date does not match its precision</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a figure needs the quote of its source</source>
            <translation>a figure needs the quote of its source</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot save yet — %1: %2</source>
            <translation>Cannot save yet — %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>New %1</source>
            <translation>New %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+11" />
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add quote…</source>
            <translation>Add quote…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields marked * are required. New and changed texts are saved as drafts for review.</source>
            <translation>Fields marked * are required. New and changed texts are saved as drafts for review.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EventModel</name>
        <message>
            <location filename="../ui/models/EventModel.cpp" line="+55" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ExportMenu</name>
        <message>
            <location filename="../ui/charts/ExportMenu.cpp" line="+47" />
            <source>%1 files (*.%2)</source>
            <translation>%1 files (*.%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as &amp;PNG…</source>
            <translation>Export as &amp;PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as &amp;SVG…</source>
            <translation>Export as &amp;SVG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as P&amp;DF…</source>
            <translation>Export as P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy to Clipboard</source>
            <translation>&amp;Copy to Clipboard</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ExportSizeDialog</name>
        <message>
            <location filename="../ui/charts/ExportSizeDialog.cpp" line="+12" />
            <source>Image size</source>
            <translation>Image size</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <location line="+1" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Width:</source>
            <translation>&amp;Width:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Height:</source>
            <translation>&amp;Height:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolution:</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::FieldEditor</name>
        <message>
            <location filename="../ui/review/FieldEditor.cpp" line="+211" />
            <source>verbatim source text</source>
            <translation>verbatim source text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — needs review: the %2 changed</source>
            <translation>%1 — needs review: the %2 changed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (edited, not saved)</source>
            <translation>%1 (edited, not saved)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 — %2 · %3</source>
            <translation>%1 — %2 · %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select a field in the table to edit it.</source>
            <translation>Select a field in the table to edit it.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The %1 changed after the %2 was reviewed. What changed in the %1:</source>
            <translation>The %1 changed after the %2 was reviewed. What changed in the %1:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Korean</source>
            <translation>&amp;Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean text</source>
            <translation>Korean text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English text</source>
            <translation>English text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes in the other language</source>
            <translation>Changes in the other language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save and Next</source>
            <translation>&amp;Save and Next</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save both texts and go to the next field</source>
            <translation>Save both texts and go to the next field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark &amp;Reviewed</source>
            <translation>Mark &amp;Reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save and mark the language being edited as reviewed (both languages when neither is being edited)</source>
            <translation>Save and mark the language being edited as reviewed (both languages when neither is being edited)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark &amp;Approved</source>
            <translation>Mark &amp;Approved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save and mark the language being edited as approved (both languages when neither is being edited)</source>
            <translation>Save and mark the language being edited as approved (both languages when neither is being edited)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;vert</source>
            <translation>Re&amp;vert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put back the saved texts of this field</source>
            <translation>Put back the saved texts of this field</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::FigureViews</name>
        <message>
            <location filename="../ui/main/FigureViews.cpp" line="+97" />
            <source>Counting the budget lines for the investment charts…</source>
            <translation>Counting the budget lines for the investment charts…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment charts</source>
            <translation>Investment charts</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The charts count every budget line: %1</source>
            <translation>The charts count every budget line: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>Added to the deck: %n slide(s)</source>
            <translation>
                <numerusform>Added to the deck: %n slide</numerusform>
                <numerusform>Added to the deck: %n slides</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The slide could not be added: %1</source>
            <translation>The slide could not be added: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Investment</source>
            <translation>Investment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::FindingModel</name>
        <message>
            <location filename="../ui/review/FindingModel.cpp" line="+24" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryModel</name>
        <message>
            <location filename="../ui/review/GlossaryModel.cpp" line="+77" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also accepted</source>
            <translation>Also accepted</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forbidden</source>
            <translation>Forbidden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryPanel</name>
        <message>
            <location filename="../ui/review/GlossaryPanel.cpp" line="+132" />
            <source>&amp;Add Term…</source>
            <translation>&amp;Add Term…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Term…</source>
            <translation>&amp;Edit Term…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Term</source>
            <translation>&amp;Delete Term</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryTermDialog</name>
        <message>
            <location filename="../ui/review/GlossaryTermDialog.cpp" line="+13" />
            <source>Add Glossary Term</source>
            <translation>Add Glossary Term</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit Glossary Term</source>
            <translation>Edit Glossary Term</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Forms separated by semicolons</source>
            <translation>Forms separated by semicolons</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Korean:</source>
            <translation>&amp;Korean:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English:</source>
            <translation>&amp;English:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean also &amp;accepted:</source>
            <translation>Korean also &amp;accepted:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English also a&amp;ccepted:</source>
            <translation>English also a&amp;ccepted:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean &amp;forbidden:</source>
            <translation>Korean &amp;forbidden:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English f&amp;orbidden:</source>
            <translation>English f&amp;orbidden:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GroupOverviewPage</name>
        <message>
            <location filename="../ui/main/GroupOverviewPage.cpp" line="+124" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>InnoAtlas</source>
            <translation>InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation plans of Korean cities</source>
            <translation>Innovation plans of Korean cities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a city, a plan or a theme in the navigator, or search with Ctrl+K. Every figure shows where it comes from.</source>
            <translation>Choose a city, a plan or a theme in the navigator, or search with Ctrl+K. Every figure shows where it comes from.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+3" />
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrative code</source>
            <translation>Administrative code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No plan is recorded here.</source>
            <translation>No plan is recorded here.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines by funding source</source>
            <translation>Budget lines by funding source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No budget line is recorded for these plans.</source>
            <translation>No budget line is recorded for these plans.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event is recorded here.</source>
            <translation>No event is recorded here.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::HistoryModel</name>
        <message>
            <location filename="../ui/review/HistoryModel.cpp" line="+58" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text edited (%1)</source>
            <translation>Text edited (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State changed (%1)</source>
            <translation>State changed (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other language changed (%1)</source>
            <translation>Other language changed (%1)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Old text</source>
            <translation>Old text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New text</source>
            <translation>New text</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportFilePage</name>
        <message>
            <location filename="../ui/importing/ImportFilePage.cpp" line="+113" />
            <source>Import a table</source>
            <translation>Import a table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Tables (*.csv *.tsv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a CSV file: UTF-8 (with or without byte-order mark), CP949/EUC-KR or UTF-16, separated by commas, tabs or semicolons.</source>
            <translation>Choose a CSV file: UTF-8 (with or without byte-order mark), CP949/EUC-KR or UTF-16, separated by commas, tabs or semicolons.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file cannot be imported: %1</source>
            <translation>This file cannot be imported: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Read as %1, delimiter: %2, header on line %3 (%n column(s)). The first rows as they will be imported:</source>
            <translation>
                <numerusform>Read as %1, delimiter: %2, header on line %3 (%n column). The first rows as they will be imported:</numerusform>
                <numerusform>Read as %1, delimiter: %2, header on line %3 (%n columns). The first rows as they will be imported:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the table to import. Title lines above the header are skipped.</source>
            <translation>Choose the table to import. Title lines above the header are skipped.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Encoding:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delimiter:</source>
            <translation>&amp;Delimiter:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lines before header:</source>
            <translation>&amp;Lines before header:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comma</source>
            <translation>Comma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semicolon</source>
            <translation>Semicolon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview of the first rows</source>
            <translation>Preview of the first rows</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportMappingPage</name>
        <message>
            <location filename="../ui/importing/ImportMappingPage.cpp" line="+230" />
            <location line="+253" />
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <location line="-249" />
            <source>%1 (not in this file)</source>
            <translation>%1 (not in this file)</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Choose the column for %1.</source>
            <translation>Choose the column for %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This file has no column "%1" (for %2).</source>
            <translation>This file has no column "%1" (for %2).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file has no column "%1".</source>
            <translation>This file has no column "%1".</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file has no column "%1" (rows are kept by it).</source>
            <translation>This file has no column "%1" (rows are kept by it).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the column of at least one level of the budget hierarchy.</source>
            <translation>Choose the column of at least one level of the budget hierarchy.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the year column, or the year of every figure.</source>
            <translation>Choose the year column, or the year of every figure.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name the publisher and the title of the source the rows are quoted from.</source>
            <translation>Name the publisher and the title of the source the rows are quoted from.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ready to import.</source>
            <translation>Ready to import.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: cannot read: %2</source>
            <translation>%1: cannot read: %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>From file: %1</source>
            <translation>From file: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <source>Load a mapping</source>
            <translation>Load a mapping</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+10" />
            <source>Import mappings (*.json);;All files (*)</source>
            <translation>Import mappings (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+4" />
            <source>Save the mapping</source>
            <translation>Save the mapping</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Korean)</source>
            <translation>Name (Korean)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent code</source>
            <translation>Parent code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region code</source>
            <translation>Region code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 1 (area)</source>
            <translation>Level 1 (area)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 2 (field)</source>
            <translation>Level 2 (field)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 3 (task)</source>
            <translation>Level 3 (task)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 4 (project)</source>
            <translation>Level 4 (project)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Mapping</source>
            <translation>Mapping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose how the columns become data: a built-in mapping, a saved one, or your own.</source>
            <translation>Choose how the columns become data: a built-in mapping, a saved one, or your own.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal-dong code list (legal-dong)</source>
            <translation>Legal-dong code list (legal-dong)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KOSIS census population (kosis-population)</source>
            <translation>KOSIS census population (kosis-population)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open fiscal data budget (fiscal-budget)</source>
            <translation>Open fiscal data budget (fiscal-budget)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>My own mapping</source>
            <translation>My own mapping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population figures</source>
            <translation>Population figures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines</source>
            <translation>Budget lines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update them</source>
            <translation>Update them</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave them as they are</source>
            <translation>Leave them as they are</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provinces and metropolitan cities</source>
            <translation>Provinces and metropolitan cities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also their cities, counties and districts</source>
            <translation>Also their cities, counties and districts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the year column</source>
            <translation>from the year column</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mapping:</source>
            <translation>&amp;Mapping:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Imports:</source>
            <translation>&amp;Imports:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xisting data:</source>
            <translation>E&amp;xisting data:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source &amp;publisher:</source>
            <translation>Source &amp;publisher:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source &amp;title:</source>
            <translation>Source &amp;title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts &amp;in:</source>
            <translation>Amounts &amp;in:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;gions:</source>
            <translation>Re&amp;gions:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Year of the figures:</source>
            <translation>&amp;Year of the figures:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load…</source>
            <translation>&amp;Load…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save…</source>
            <translation>&amp;Save…</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportRunPage</name>
        <message>
            <location filename="../ui/importing/ImportRunPage.cpp" line="+68" />
            <source>Writing the rows and indexing them for search…</source>
            <translation>Writing the rows and indexing them for search…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Reading and checking %1…</source>
            <translation>Reading and checking %1…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was imported: %1</source>
            <translation>Nothing was imported: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) rejected: nothing was imported. Correct the file or the mapping and import again.</source>
            <translation>
                <numerusform>%n row rejected: nothing was imported. Correct the file or the mapping and import again.</numerusform>
                <numerusform>%n rows rejected: nothing was imported. Correct the file or the mapping and import again.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported.</source>
            <translation>Imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; skipped: %5.</source>
            <translation>Rows read: %1; new: %2; updated: %3; unchanged: %4; skipped: %5.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows read: %1; would be new: %2; would be updated: %3; unchanged: %4; skipped: %5.</source>
            <translation>Rows read: %1; would be new: %2; would be updated: %3; unchanged: %4; skipped: %5.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total amount: %1 won</source>
            <translation>Total amount: %1 won</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The first %1 rejected rows are listed.</source>
            <translation>The first %1 rejected rows are listed.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+4" />
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <location line="-3" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All or nothing: a single rejected row, an error or Cancel leaves the database unchanged.</source>
            <translation>All or nothing: a single rejected row, an error or Cancel leaves the database unchanged.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancel import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save report…</source>
            <translation>&amp;Save report…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected rows</source>
            <translation>Rejected rows</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportWizard</name>
        <message>
            <location filename="../ui/importing/ImportWizard.cpp" line="+88" />
            <source>Import a table</source>
            <translation>Import a table</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::IntegrityWatch</name>
        <message>
            <location filename="../ui/main/IntegrityWatch.cpp" line="+34" />
            <source>Damaged database</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is damaged (%2). InnoAtlas closes it without writing to it; restore a backup (File › Restore from Backup…) or open another database.</source>
            <translation>%1 is damaged (%2). InnoAtlas closes it without writing to it; restore a backup (File › Restore from Backup…) or open another database.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::InvestmentChartView</name>
        <message>
            <location filename="../ui/charts/InvestmentChartView.cpp" line="+203" />
            <source>&amp;By:</source>
            <translation>&amp;By:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Split:</source>
            <translation>&amp;Split:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Grouped</source>
            <translation>Grouped</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stacked</source>
            <translation>Stacked</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Per &amp;resident</source>
            <translation>Per &amp;resident</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to &amp;Deck</source>
            <translation>Add to &amp;Deck</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this chart, as set up, to the presenter deck</source>
            <translation>Add this chart, as set up, to the presenter deck</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of amount</source>
            <translation>Kind of amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bar layout</source>
            <translation>Bar layout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City filter</source>
            <translation>City filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>Theme filter</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MainActions</name>
        <message>
            <location filename="../ui/main/MainActions.cpp" line="+121" />
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import a CSV table: regions, populations or a budget, all or nothing</source>
            <translation>Import a CSV table: regions, populations or a budget, all or nothing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Report…</source>
            <translation>&amp;Report…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a PDF report of the selected city or plan in Korean, English or both</source>
            <translation>Write a PDF report of the selected city or plan in Korean, English or both</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Restore from Backup…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back to a backup of the database, made before an import or an upgrade</source>
            <translation>Go back to a backup of the database, made before an import or an upgrade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close InnoAtlas</source>
            <translation>Close InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected row or text, in Korean and English</source>
            <translation>Copy the selected row or text, in Korean and English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search every Korean and English text, initial consonants (ㄷㅈ) and amounts</source>
            <translation>Search every Korean and English text, initial consonants (ㄷㅈ) and amounts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name for the history of changes</source>
            <translation>Your name for the history of changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back to the entry shown before</source>
            <translation>Go back to the entry shown before</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go forward again</source>
            <translation>Go forward again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By &amp;region</source>
            <translation>By &amp;region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the plans under their cities</source>
            <translation>List the plans under their cities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By &amp;theme</source>
            <translation>By &amp;theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the plans under their themes (space, AI, bio ...)</source>
            <translation>List the plans under their themes (space, AI, bio ...)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Same as the interface</source>
            <translation>&amp;Same as the interface</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in the language of the menus</source>
            <translation>Show the data in the language of the menus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Korean</source>
            <translation>&amp;Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in Korean</source>
            <translation>Show the data in Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in English</source>
            <translation>Show the data in English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Both side by side</source>
            <translation>&amp;Both side by side</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in Korean and English together</source>
            <translation>Show the data in Korean and English together</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Menus and labels in Korean</source>
            <translation>Menus and labels in Korean</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Menus and labels in English</source>
            <translation>Menus and labels in English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The desktop's colours</source>
            <translation>The desktop's colours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Light</source>
            <translation>&amp;Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark text on a light background</source>
            <translation>Dark text on a light background</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dark</source>
            <translation>&amp;Dark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light text on a dark background</source>
            <translation>Light text on a dark background</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Black, white and yellow with larger type, for projectors</source>
            <translation>Black, white and yellow with larger type, for projectors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ull Screen</source>
            <translation>F&amp;ull Screen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the whole screen</source>
            <translation>Use the whole screen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset Layout</source>
            <translation>&amp;Reset Layout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the navigator, details and search results back in their places</source>
            <translation>Put the navigator, details and search results back in their places</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User &amp;Guide</source>
            <translation>User &amp;Guide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the user guide in the interface language</source>
            <translation>Open the user guide in the interface language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About InnoAtlas</source>
            <translation>&amp;About InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and data sources</source>
            <translation>Version and data sources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Qt toolkit InnoAtlas is built with</source>
            <translation>The Qt toolkit InnoAtlas is built with</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group Navigator</source>
            <translation>&amp;Group Navigator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Content Language</source>
            <translation>&amp;Content Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Interface Language</source>
            <translation>&amp;Interface Language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MainWindow</name>
        <message>
            <location filename="../ui/main/MainWindow.cpp" line="+456" />
            <source>The user guide is not installed (%1).</source>
            <translation>The user guide is not installed (%1).</translation>
        </message>
        <message>
            <location line="+38" />
            <source>InnoAtlas — innovation plans of Korean cities</source>
            <translation>InnoAtlas — innovation plans of Korean cities</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search Results</source>
            <translation>Search Results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main Toolbar</source>
            <translation>Main Toolbar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the navigator</source>
            <translation>Show or hide the navigator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the details in Korean and English</source>
            <translation>Show or hide the details in Korean and English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the search results</source>
            <translation>Show or hide the search results</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search Korean or English, ㄷㅈ, 3500억 … (%1)</source>
            <translation>Search Korean or English, ㄷㅈ, 3500억 … (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finds as you type across Korean and English text; Enter opens the first result, Up and Down choose another, Escape clears.</source>
            <translation>Finds as you type across Korean and English text; Enter opens the first result, Up and Down choose another, Escape clears.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Central views</source>
            <translation>Central views</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MoneyField</name>
        <message>
            <location filename="../ui/editing/MoneyField.cpp" line="+60" />
            <source>For example 3,500억, 1.2조 원 or KRW 350 billion</source>
            <translation>For example 3,500억, 1.2조 원 or KRW 350 billion</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::NavigatorModel</name>
        <message>
            <location filename="../ui/models/NavigatorModel.cpp" line="+531" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Regions and plans</source>
            <translation>Regions and plans</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Themes and plans</source>
            <translation>Themes and plans</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::NavigatorWidget</name>
        <message>
            <location filename="../ui/navigator/NavigatorWidget.cpp" line="+85" />
            <source>The filter could not be applied: %1</source>
            <translation>The filter could not be applied: %1</translation>
        </message>
        <message>
            <location line="+115" />
            <source>By region</source>
            <translation>By region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By theme</source>
            <translation>By theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group the plans by region or by theme</source>
            <translation>Group the plans by region or by theme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grouping</source>
            <translation>Grouping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter the tree</source>
            <translation>Filter the tree</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Navigator filter</source>
            <translation>Navigator filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Navigator</source>
            <translation>Navigator</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::OverviewSection</name>
        <message>
            <location filename="../ui/main/OverviewSection.cpp" line="+104" />
            <source>The first %1 of %2 rows are shown.</source>
            <translation>The first %1 of %2 rows are shown.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Show %Ln more</source>
            <translation>
                <numerusform>Show %Ln more</numerusform>
                <numerusform>Show %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Show all %Ln rows</source>
            <translation>
                <numerusform>Show the %Ln row</numerusform>
                <numerusform>Show all %Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>innoatlas::OverviewWidget</name>
        <message>
            <location filename="../ui/main/OverviewWidget.cpp" line="+25" />
            <location line="+88" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ParticipantModel</name>
        <message>
            <location filename="../ui/models/ParticipantModel.cpp" line="+57" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the event</source>
            <translation>At the event</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanOverviewPage</name>
        <message>
            <location filename="../ui/main/PlanOverviewPage.cpp" line="+174" />
            <source>Headline budget</source>
            <translation>Headline budget</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Structure: recorded against stated</source>
            <translation>Structure: recorded against stated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan states no structure and none is recorded.</source>
            <translation>The plan states no structure and none is recorded.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget by funding source</source>
            <translation>Budget by funding source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No budget line is recorded for this plan.</source>
            <translation>No budget line is recorded for this plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No target is recorded for this plan.</source>
            <translation>No target is recorded for this plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners and organisations</source>
            <translation>Partners and organisations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participant is recorded for this plan.</source>
            <translation>No participant is recorded for this plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event is recorded for this plan.</source>
            <translation>No event is recorded for this plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan overview</source>
            <translation>Plan overview</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanSummaryModel</name>
        <message>
            <location filename="../ui/models/PlanSummaryModel.cpp" line="+69" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Headline budget</source>
            <translation>Headline budget</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PopulationRows</name>
        <message>
            <location filename="../core/importers/PopulationRows.cpp" line="+29" />
            <source>several regions are named "%1" (%2): map a code column</source>
            <translation>several regions are named "%1" (%2): map a code column</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no region named "%1" is in the database; import the regions first</source>
            <translation>no region named "%1" is in the database; import the regions first</translation>
        </message>
        <message>
            <location line="+29" />
            <source>a total, not a region (%1)</source>
            <translation>a total, not a region (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 is not a year between 1900 and 2200</source>
            <translation>%1 is not a year between 1900 and 2200</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the region is empty</source>
            <translation>the region is empty</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the population of %1 in %2 is given twice (first on line %3)</source>
            <translation>the population of %1 in %2 is given twice (first on line %3)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>the database has another figure for the region and year, and the mapping skips existing data</source>
            <translation>the database has another figure for the region and year, and the mapping skips existing data</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n region(s) added from the table of the 17 governments, with their legal-dong codes.</source>
            <translation>
                <numerusform>%n region added from the table of the 17 governments, with their legal-dong codes.</numerusform>
                <numerusform>%n regions added from the table of the 17 governments, with their legal-dong codes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PreferencesDialog</name>
        <message>
            <location filename="../ui/main/PreferencesDialog.cpp" line="+16" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recorded with every change you make to the content. Leave it empty to use your login name.</source>
            <translation>Recorded with every change you make to the content. Leave it empty to use your login name.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PresenterWindow</name>
        <message>
            <location filename="../ui/presenter/PresenterWindow.cpp" line="+27" />
            <source>InnoAtlas — presenter</source>
            <translation>InnoAtlas — presenter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presenter</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Present</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the presenter deck full screen (Esc leaves)</source>
            <translation>Show the presenter deck full screen (Esc leaves)</translation>
        </message>
        <message>
            <location line="+125" />
            <source>The deck has no slides.</source>
            <translation>The deck has no slides.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ProgressModel</name>
        <message>
            <location filename="../ui/review/ProgressModel.cpp" line="+30" />
            <source>%1 / %2 (%3%)</source>
            <translation>%1 / %2 (%3%)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>All fields</source>
            <translation>All fields</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Out of the fields written in that language; reviewed includes approved</source>
            <translation>Out of the fields written in that language; reviewed includes approved</translation>
        </message>
        <message>
            <location line="+5" />
            <source>City or plan</source>
            <translation>City or plan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean reviewed</source>
            <translation>Korean reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean approved</source>
            <translation>Korean approved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English reviewed</source>
            <translation>English reviewed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English approved</source>
            <translation>English approved</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReadOnlyBanner</name>
        <message>
            <location filename="../ui/editing/ReadOnlyBanner.cpp" line="+40" />
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-only: %1 — %2. Editing is turned off; you can still browse, search and export.</source>
            <translation>Read-only: %1 — %2. Editing is turned off; you can still browse, search and export.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::RegionRows</name>
        <message>
            <location filename="../core/importers/RegionRows.cpp" line="+38" />
            <source>"%1" is not a 10-digit legal-dong code</source>
            <translation>"%1" is not a 10-digit legal-dong code</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" is not a region level (%2)</source>
            <translation>"%1" is not a region level (%2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a town, township, neighbourhood or village (읍·면·동·리): below the levels imported</source>
            <translation>a town, township, neighbourhood or village (읍·면·동·리): below the levels imported</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a city, county or district (시·군·구): imported with the levels "all"</source>
            <translation>a city, county or district (시·군·구): imported with the levels "all"</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the code %1 is given twice (first on line %2)</source>
            <translation>the code %1 is given twice (first on line %2)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>no region of the file or the database contains "%1"</source>
            <translation>no region of the file or the database contains "%1"</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the level of "%1" from its name</source>
            <translation>cannot tell the level of "%1" from its name</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key for the code %1 is used by something else</source>
            <translation>the key for the code %1 is used by something else</translation>
        </message>
        <message>
            <location line="+42" />
            <source>in the database already, and the mapping skips existing regions</source>
            <translation>in the database already, and the mapping skips existing regions</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n region(s) have no English name: their English names are marked missing.</source>
            <translation>
                <numerusform>%n region has no English name: its English name is marked missing.</numerusform>
                <numerusform>%n regions have no English name: their English names are marked missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>innoatlas::RejectedRowModel</name>
        <message>
            <location filename="../ui/importing/RejectedRowModel.cpp" line="+52" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReportDialog</name>
        <message>
            <location filename="../ui/report/ReportDialog.cpp" line="+103" />
            <source>InnoAtlas %1, schema %2, %3</source>
            <translation>InnoAtlas %1, schema %2, %3</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+15" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A PDF report with the plans, their structure, budget tables, targets, timeline, charts and the sources with their quotes.</source>
            <translation>A PDF report with the plans, their structure, budget tables, targets, timeline, charts and the sources with their quotes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a city or a plan in the navigator first.</source>
            <translation>Select a city or a plan in the navigator first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole city: %1</source>
            <translation>The whole city: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading the selected city…</source>
            <translation>Reading the selected city…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The whole city</source>
            <translation>The whole city</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the selected plan</source>
            <translation>Only the selected plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the plan: %1</source>
            <translation>Only the plan: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean, then English</source>
            <translation>Korean, then English</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::RestoreBackupDialog</name>
        <message>
            <location filename="../ui/backup/RestoreBackupDialog.cpp" line="+59" />
            <source>Before an upgrade of the file</source>
            <translation>Before an upgrade of the file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by hand</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+30" />
            <source>Restore from Backup</source>
            <translation>Restore from Backup</translation>
        </message>
        <message>
            <location line="-28" />
            <source>There are no backups of %1 yet. InnoAtlas makes one before every import and every upgrade of the file.</source>
            <translation>There are no backups of %1 yet. InnoAtlas makes one before every import and every upgrade of the file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the state to go back to. The database as it is now is kept as one more backup, and InnoAtlas starts again on the restored file.</source>
            <translation>Choose the state to go back to. The database as it is now is kept as one more backup, and InnoAtlas starts again on the restored file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing was restored.
%1</source>
            <translation>Nothing was restored.
%1</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReviewFeature</name>
        <message>
            <location filename="../ui/review/ReviewFeature.cpp" line="+65" />
            <source>the database was opened read-only</source>
            <translation>the database was opened read-only</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Translation Workspace…</source>
            <translation>&amp;Translation Workspace…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review and edit the Korean and English of every field, with checks and a glossary</source>
            <translation>Review and edit the Korean and English of every field, with checks and a glossary</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReviewFilterBar</name>
        <message>
            <location filename="../ui/review/ReviewFilterBar.cpp" line="+63" />
            <source>Numbers differ</source>
            <translation>Numbers differ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A number repeated differently</source>
            <translation>A number repeated differently</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing translation</source>
            <translation>Missing translation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean left in the English</source>
            <translation>Korean left in the English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No Korean in the Korean</source>
            <translation>No Korean in the Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Space at the start or end</source>
            <translation>Space at the start or end</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double space</source>
            <translation>Double space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unbalanced brackets or quotes</source>
            <translation>Unbalanced brackets or quotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full stop in one language only</source>
            <translation>Full stop in one language only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Glossary term without its counterpart</source>
            <translation>Glossary term without its counterpart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forbidden term</source>
            <translation>Forbidden term</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Missing in a language</source>
            <translation>Missing in a language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft in a language</source>
            <translation>Draft in a language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviewed in a language</source>
            <translation>Reviewed in a language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved in both</source>
            <translation>Approved in both</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs review (other language changed)</source>
            <translation>Needs review (other language changed)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not approved yet</source>
            <translation>Not approved yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All cities</source>
            <translation>All cities</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All plans</source>
            <translation>All plans</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All kinds of entry</source>
            <translation>All kinds of entry</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With findings</source>
            <translation>With findings</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Without findings</source>
            <translation>Without findings</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Any findings</source>
            <translation>Any findings</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key, Korean or English text</source>
            <translation>Key, Korean or English text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review state</source>
            <translation>Review state</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of entry</source>
            <translation>Kind of entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReviewTableModel</name>
        <message>
            <location filename="../ui/review/ReviewTableModel.cpp" line="+212" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean status</source>
            <translation>Korean status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English status</source>
            <translation>English status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last edited</source>
            <translation>Last edited</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SearchPanel</name>
        <message>
            <location filename="../ui/search/SearchPanel.cpp" line="+181" />
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search status</source>
            <translation>Search status</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The search could not read the database: %1</source>
            <translation>The search could not read the database: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type in the search box: Korean or English words, initial consonants such as ㄷㅈ, or an amount such as 3500억.</source>
            <translation>Type in the search box: Korean or English words, initial consonants such as ㄷㅈ, or an amount such as 3500억.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing found for “%1”.</source>
            <translation>Nothing found for “%1”.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>%n result for “%1”</numerusform>
                <numerusform>%n results for “%1”</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>(read as initial consonants)</source>
            <translation>(read as initial consonants)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(also read as an amount)</source>
            <translation>(also read as an amount)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the best matches are shown.</source>
            <translation>Only the best matches are shown.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter opens the highlighted result.</source>
            <translation>Enter opens the highlighted result.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SearchResultModel</name>
        <message>
            <location filename="../ui/models/SearchResultModel.cpp" line="+159" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 · approximate amount</source>
            <translation>%1 · approximate amount</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ServerConnectDialog</name>
        <message>
            <location filename="../ui/server/ServerConnectDialog.cpp" line="+112" />
            <source>Connect to Server</source>
            <translation>Connect to Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from ~/.pgpass when empty</source>
            <translation>from ~/.pgpass when empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The team's shared database on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
            <translation>The team's shared database on a PostgreSQL server. The password is used for this connection only and is never saved.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ServerSession</name>
        <message>
            <location filename="../ui/server/ServerSession.cpp" line="+51" />
            <source>Connect to Server</source>
            <translation>Connect to Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password of %1 on %2:</source>
            <translation>Password of %1 on %2:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected to %1</source>
            <translation>Connected to %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Updated with another user's changes</source>
            <translation>Updated with another user's changes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Connect to &amp;Server…</source>
            <translation>Connect to &amp;Server…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the team's shared database on a PostgreSQL server</source>
            <translation>Open the team's shared database on a PostgreSQL server</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SourceListModel</name>
        <message>
            <location filename="../ui/models/SourceListModel.cpp" line="+59" />
            <source>Publisher</source>
            <translation>Publisher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed file</source>
            <translation>Seed file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quotes</source>
            <translation>Quotes</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SourcesPanel</name>
        <message>
            <location filename="../ui/detail/SourcesPanel.cpp" line="+45" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cited for the entry as a whole</source>
            <translation>Cited for the entry as a whole</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No figure of this entry cites a source.</source>
            <translation>No figure of this entry cites a source.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::StatusInfo</name>
        <message>
            <location filename="../ui/main/StatusInfo.cpp" line="+76" />
            <source>%1 · %2 cities · %3 plans · %4 budget lines · %5 sources</source>
            <translation>%1 · %2 cities · %3 plans · %4 budget lines · %5 sources</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>no database</source>
            <translation>no database</translation>
        </message>
        <message>
            <location line="-5" />
            <source>%1 · counting…</source>
            <translation>%1 · counting…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reviewed: counting…</source>
            <translation>Reviewed: counting…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reviewed: Korean %1% · English %2%</source>
            <translation>Reviewed: Korean %1% · English %2%</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Share of the %n content field(s) whose text is reviewed or approved, per language</source>
            <translation>
                <numerusform>Share of the %n content field whose text is reviewed or approved, per language</numerusform>
                <numerusform>Share of the %n content fields whose text is reviewed or approved, per language</numerusform>
            </translation>
        </message>
        <message>
            <location line="-23" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translation progress</source>
            <translation>Translation progress</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TargetModel</name>
        <message>
            <location filename="../ui/models/TargetModel.cpp" line="+34" />
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TargetsView</name>
        <message>
            <location filename="../ui/charts/TargetsView.cpp" line="+110" />
            <source>City filter</source>
            <translation>City filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>Theme filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Sources: %1</source>
            <translation>Sources: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineFigure</name>
        <message>
            <location filename="../ui/timeline/TimelineFigure.cpp" line="+0" />
            <source>Too many entries to read on one page: drawn at 1/%1 of its size. Show fewer cities or plans in the Timeline tab and add that timeline to the deck.</source>
            <translation>Too many entries to read on one page: drawn at 1/%1 of its size. Show fewer cities or plans in the Timeline tab and add that timeline to the deck.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineScene</name>
        <message>
            <location filename="../ui/timeline/TimelineScene.cpp" line="+122" />
            <source>plan period</source>
            <translation>plan period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>event known to the day</source>
            <translation>event known to the day</translation>
        </message>
        <message>
            <location line="+4" />
            <source>known to the month or year only</source>
            <translation>known to the month or year only</translation>
        </message>
        <message>
            <location line="+5" />
            <source>target, in its target year</source>
            <translation>target, in its target year</translation>
        </message>
        <message>
            <location line="+176" />
            <source>today %1</source>
            <translation>today %1</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineView</name>
        <message>
            <location filename="../ui/timeline/TimelineView.cpp" line="+29" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineWidget</name>
        <message>
            <location filename="../ui/timeline/TimelineWidget.cpp" line="+148" />
            <source>One lane per city</source>
            <translation>One lane per city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One lane per plan</source>
            <translation>One lane per plan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lanes</source>
            <translation>Lanes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City filter</source>
            <translation>City filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>Theme filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in (+, mouse wheel)</source>
            <translation>Zoom in (+, mouse wheel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out (−, mouse wheel)</source>
            <translation>Zoom out (−, mouse wheel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fit All</source>
            <translation>&amp;Fit All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the whole timeline (0)</source>
            <translation>Show the whole timeline (0)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to &amp;Deck</source>
            <translation>Add to &amp;Deck</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this timeline, as set up, to the presenter deck</source>
            <translation>Add this timeline, as set up, to the presenter deck</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TranslationWorkspace</name>
        <message>
            <source>Reading the fields of %1…</source>
            <translation>Reading the fields of %1…</translation>
        </message>
        <message>
            <source>Reading the fields…</source>
            <translation>Reading the fields…</translation>
        </message>
        <message>
            <source>This database holds more than %1 texts: the workspace reads one city at a time. Choose the city in the filters above; the progress and the findings are that city's.</source>
            <translation>This database holds more than %1 texts: the workspace reads one city at a time. Choose the city in the filters above; the progress and the findings are that city's.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>city: its progress</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/review/TranslationWorkspace.cpp" line="+306" />
            <source>Change the review state of %1</source>
            <translation>Change the review state of %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+15" />
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <location line="+45" />
            <source>That was the last field the filters show.</source>
            <translation>That was the last field the filters show.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Not dismissed: %1</source>
            <translation>Not dismissed: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed: %1 (%2)</source>
            <translation>Dismissed: %1 (%2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Findings (%1)</source>
            <translation>Findings (%1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Korean %1 of %2 reviewed, %3 approved · English %4 of %5 reviewed, %6 approved</source>
            <translation>Korean %1 of %2 reviewed, %3 approved · English %4 of %5 reviewed, %6 approved</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Translation Workspace — InnoAtlas</source>
            <translation>Translation Workspace — InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bilingual fields</source>
            <translation>Bilingual fields</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History of the field</source>
            <translation>History of the field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress per city and plan</source>
            <translation>Progress per city and plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Glossary</source>
            <translation>&amp;Glossary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Progress</source>
            <translation>&amp;Progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show in &amp;Main Window</source>
            <translation>Show in &amp;Main Window</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the entry of this field in the main window</source>
            <translation>Show the entry of this field in the main window</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss Finding</source>
            <translation>&amp;Dismiss Finding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept the selected finding as it is; the checks stop reporting it</source>
            <translation>Accept the selected finding as it is; the checks stop reporting it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read only: %1. The fields can be read and filtered, not changed.</source>
            <translation>Read only: %1. The fields can be read and filtered, not changed.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+61" />
            <source>Explore the innovation plans of Korean cities, in Korean and English.</source>
            <translation>Explore the innovation plans of Korean cities, in Korean and English.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database file (created from the built-in dataset when missing).</source>
            <translation>The database file (created from the built-in dataset when missing).</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <location line="+4" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-17" />
            <source>User-interface language: ko or en.</source>
            <translation>User-interface language: ko or en.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Content language: interface, ko, en or both (remembered).</source>
            <translation>Content language: interface, ko, en or both (remembered).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Colour theme: system, light, dark or high-contrast (remembered).</source>
            <translation>Colour theme: system, light, dark or high-contrast (remembered).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>THEME</source>
            <translation>THEME</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the window's settings in this file instead of the user's.</source>
            <translation>Keep the window's settings in this file instead of the user's.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Render the main window to an image file and quit (works offscreen).</source>
            <translation>Render the main window to an image file and quit (works offscreen).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the entry with this key.</source>
            <translation>Open the entry with this key.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search for this text at start.</source>
            <translation>Search for this text at start.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window size, such as 1600x1000.</source>
            <translation>Window size, such as 1600x1000.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the translation workspace (--screenshot then renders it).</source>
            <translation>Open the translation workspace (--screenshot then renders it).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An InnoAtlas database to open (as --database).</source>
            <translation>An InnoAtlas database to open (as --database).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>[FILE]</source>
            <translation>[FILE]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open one database at a time.</source>
            <translation>Open one database at a time.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang must be ko or en, not "%1"</translation>
        </message>
        <message>
            <location line="+30" />
            <source>InnoAtlas</source>
            <translation>InnoAtlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened:
%1</source>
            <translation>The database could not be opened:
%1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No entry has the key "%1".</source>
            <translation>No entry has the key "%1".</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: cannot write the image</source>
            <translation>%1: cannot write the image</translation>
        </message>
    </context>
</TS>
