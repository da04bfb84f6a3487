<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/ExportCommand.cpp" line="+16" />
            <source>export: unknown format "%1" (known: json)</source>
            <translation>export: unknown format "%1" (known: json)</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../app/cli/XliffCommand.cpp" line="+28" />
            <source>export: cannot write to standard output</source>
            <translation>export: cannot write to standard output</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <location filename="../app/cli/XliffCommand.cpp" line="+7" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="+25" />
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
            <location line="+0" />
            <location line="+8" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-6" />
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
            <location line="+3" />
            <source>import: the CSV file's encoding (auto, utf-8, utf-16le, utf-16be, cp949).</source>
            <translation>import: the CSV file's encoding (auto, utf-8, utf-16le, utf-16be, cp949).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ENCODING</source>
            <translation>ENCODING</translation>
        </message>
        <message>
            <location line="+4" />
            <source>summary, export, validate, import or check</source>
            <translation>summary, export, validate, import or check</translation>
        </message>
        <message>
            <location line="-21" />
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
            <location line="+19" />
            <source>Files to validate.</source>
            <translation>Files to validate.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>[FILE...]</source>
            <translation>[FILE...]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang must be ko or en, not "%1"</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No command given.</source>
            <translation>No command given.</translation>
        </message>
        <message>
            <location line="+31" />
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
            <location filename="../app/cli/CheckCommand.cpp" line="+23" />
            <source>check: %1</source>
            <translation>check: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 errors, %2 warnings, %3 notes in %4 findings</source>
            <translation>%1 errors, %2 warnings, %3 notes in %4 findings</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommand.cpp" line="+18" />
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
            <location line="+21" />
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
            <location line="+21" />
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
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
            <location line="+14" />
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
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../core/importers/CsvImporter.cpp" line="+65" />
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
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="+114" />
            <source>the database refused the import, nothing was written: %1</source>
            <translation>the database refused the import, nothing was written: %1</translation>
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
        <name>ReviewText</name>
        <message>
            <location filename="../core/review/ContentEditor.cpp" line="+22" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+33" />
            <location filename="../core/review/EntityScope.cpp" line="+23" />
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
        <name>innoatlas::BudgetRows</name>
        <message>
            <location filename="../core/importers/BudgetRows.cpp" line="+37" />
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
            <location line="+44" />
            <source>the plan needs a region: name one in the mapping (budget.region)</source>
            <translation>the plan needs a region: name one in the mapping (budget.region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan's region "%1" is not in the database</source>
            <translation>the plan's region "%1" is not in the database</translation>
        </message>
        <message>
            <location line="+6" />
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
        <name>innoatlas::MainWindow</name>
        <message>
            <location filename="../ui/main/MainWindow.cpp" line="+55" />
            <source>InnoAtlas — innovation plans of Korean cities</source>
            <translation>InnoAtlas — innovation plans of Korean cities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 — %n plan(s)</source>
            <translation>
                <numerusform>%1 — %n plan</numerusform>
                <numerusform>%1 — %n plans</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanSummaryModel</name>
        <message>
            <location filename="../ui/models/PlanSummaryModel.cpp" line="+75" />
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
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+27" />
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
            <location line="+7" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-5" />
            <source>User-interface language: ko or en.</source>
            <translation>User-interface language: ko or en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Render the main window to an image file and quit (works offscreen).</source>
            <translation>Render the main window to an image file and quit (works offscreen).</translation>
        </message>
        <message>
            <location line="+10" />
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
            <location line="+9" />
            <source>%1: cannot write the image</source>
            <translation>%1: cannot write the image</translation>
        </message>
    </context>
</TS>
