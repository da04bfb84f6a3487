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
            <source>export: cannot write to standard output</source>
            <translation>export: cannot write to standard output</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="+21" />
            <source>Commands:
  summary [--lang ko|en]           cities, plans, periods and headline budgets
  export --format json [-o FILE]   the whole dataset in the canonical JSON format
  validate FILE...                 check dataset JSON files; exit 0 only when clean</source>
            <translation>Commands:
  summary [--lang ko|en]           cities, plans, periods and headline budgets
  export --format json [-o FILE]   the whole dataset in the canonical JSON format
  validate FILE...                 check dataset JSON files; exit 0 only when clean</translation>
        </message>
        <message>
            <location line="+31" />
            <source>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</source>
            <translation>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database file (created from the built-in dataset when it does not exist).</source>
            <translation>The database file (created from the built-in dataset when it does not exist).</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Language of the output: ko or en.</source>
            <translation>Language of the output: ko or en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export format: json.</source>
            <translation>Export format: json.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write to FILE instead of standard output.</source>
            <translation>Write to FILE instead of standard output.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>summary, export or validate</source>
            <translation>summary, export or validate</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+13" />
            <source>Unknown command or extra arguments: %1</source>
            <translation>Unknown command or extra arguments: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/SummaryCommand.cpp" line="+28" />
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
            <location line="+1" />
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
            <location line="+1" />
            <source>%1 — %n plan(s)</source>
            <translation>
                <numerusform>%1 — %n plan</numerusform>
                <numerusform>%1 — %n plans</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
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
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+26" />
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
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User-interface language: ko or en.</source>
            <translation>User-interface language: ko or en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+8" />
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
    </context>
</TS>
