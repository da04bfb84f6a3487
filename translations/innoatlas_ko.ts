<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/ExportCommand.cpp" line="+16" />
            <source>export: unknown format "%1" (known: json)</source>
            <translation>export: 알 수 없는 형식 "%1" (지원 형식: json)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>export: cannot write to standard output</source>
            <translation>export: 표준 출력에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="+21" />
            <source>Commands:
  summary [--lang ko|en]           cities, plans, periods and headline budgets
  export --format json [-o FILE]   the whole dataset in the canonical JSON format
  validate FILE...                 check dataset JSON files; exit 0 only when clean</source>
            <translation>명령:
  summary [--lang ko|en]           도시, 계획, 기간, 총사업비
  export --format json [-o FILE]   전체 데이터를 표준 JSON 형식으로 내보내기
  validate FILE...                 데이터 JSON 파일 검사 (문제가 없을 때만 종료 코드 0)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</source>
            <translation>이노아틀라스 명령줄 도구: 한국 도시의 혁신 계획을 한국어와 영어로 다룹니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database file (created from the built-in dataset when it does not exist).</source>
            <translation>데이터베이스 파일 (없으면 내장 데이터로 새로 만듭니다).</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Language of the output: ko or en.</source>
            <translation>출력 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export format: json.</source>
            <translation>내보내기 형식: json.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FORMAT</source>
            <translation>형식</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write to FILE instead of standard output.</source>
            <translation>표준 출력 대신 파일에 씁니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>summary, export or validate</source>
            <translation>summary, export 또는 validate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files to validate.</source>
            <translation>검사할 파일.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>[FILE...]</source>
            <translation>[파일...]</translation>
        </message>
        <message>
            <location line="+17" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang 값은 ko 또는 en이어야 합니다 (입력값: "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No command given.</source>
            <translation>명령이 없습니다.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unknown command or extra arguments: %1</source>
            <translation>알 수 없는 명령이거나 불필요한 인수입니다: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/SummaryCommand.cpp" line="+28" />
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headline budget</source>
            <translation>총사업비</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n plan(s)</source>
            <translation>
                <numerusform>계획 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/ValidateCommand.cpp" line="+10" />
            <source>validate: name at least one file</source>
            <translation>validate: 검사할 파일을 하나 이상 지정하십시오</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>문제 %n건 발견</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: valid (%2 plans, %3 sources, %4 regions)</source>
            <translation>%1: 이상 없음 (계획 %2건, 출처 %3건, 지역 %4곳)</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MainWindow</name>
        <message>
            <location filename="../ui/main/MainWindow.cpp" line="+55" />
            <source>InnoAtlas — innovation plans of Korean cities</source>
            <translation>이노아틀라스 — 한국 도시의 혁신 계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 — %n plan(s)</source>
            <translation>
                <numerusform>%1 — 계획 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plans</source>
            <translation>계획</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanSummaryModel</name>
        <message>
            <location filename="../ui/models/PlanSummaryModel.cpp" line="+75" />
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Headline budget</source>
            <translation>총사업비</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+26" />
            <source>Explore the innovation plans of Korean cities, in Korean and English.</source>
            <translation>한국 도시의 혁신 계획을 한국어와 영어로 살펴봅니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database file (created from the built-in dataset when missing).</source>
            <translation>데이터베이스 파일 (없으면 내장 데이터로 새로 만듭니다).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User-interface language: ko or en.</source>
            <translation>화면 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+8" />
            <source>InnoAtlas</source>
            <translation>이노아틀라스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be opened:
%1</source>
            <translation>데이터베이스를 열 수 없습니다:
%1</translation>
        </message>
    </context>
</TS>
