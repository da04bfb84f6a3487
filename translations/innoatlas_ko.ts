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
            <location filename="../app/cli/XliffCommand.cpp" line="+28" />
            <source>export: cannot write to standard output</source>
            <translation>export: 표준 출력에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <location filename="../app/cli/XliffCommand.cpp" line="+7" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
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
            <translation>명령:
  summary [--lang ko|en]           도시, 계획, 기간, 총사업비
  export --format json [-o FILE]   전체 데이터를 표준 JSON 형식으로 내보내기
  validate FILE...                 데이터 JSON 파일 검사 (문제가 없을 때만 종료 코드 0)
  import --format csv|json [--mapping NAME|FILE] [--level top|all] FILE
                                   매핑을 거쳐 CSV 표를, 또는 데이터 JSON 파일을 가져오기
                                   (전부 가져오거나 아무것도 가져오지 않음, 거부되면 종료 코드 1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  check [--city KEY|--plan KEY]    bilingual checks of the content; exit 1 on an error
  export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]
                                   fields to translate, as XLIFF 1.2 for CAT tools
  import --format xliff [--dry-run] FILE
                                   apply a translated XLIFF 1.2 or 2.0 file, all or nothing</source>
            <translation>  check [--city KEY|--plan KEY]    콘텐츠의 한영 대조 점검; 오류가 있으면 종료 코드 1
  export --format xliff [--city KEY|--plan KEY|--status S] [--source ko|en] [-o FILE]
                                   번역할 필드를 CAT 도구용 XLIFF 1.2로 내보내기
  import --format xliff [--dry-run] FILE
                                   번역된 XLIFF 1.2 또는 2.0 파일 적용(전부 적용하거나 전혀 적용하지 않음)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>InnoAtlas command-line companion: the innovation plans of Korean cities, in Korean and English.</source>
            <translation>이노아틀라스 명령줄 도구: 한국 도시의 혁신 계획을 한국어와 영어로 다룹니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database file (created from the built-in dataset when it does not exist).</source>
            <translation>데이터베이스 파일 (없으면 내장 데이터로 새로 만듭니다).</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+8" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Language of the output: ko or en.</source>
            <translation>출력 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/XliffCommand.cpp" line="+22" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: how the CSV columns become data: a mapping file or a built-in mapping (%1).</source>
            <translation>import: CSV 열을 데이터로 바꾸는 방법. 매핑 파일 또는 기본 제공 매핑(%1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NAME|FILE</source>
            <translation>이름|파일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>import of regions: top (provinces and metropolitan cities) or all.</source>
            <translation>지역 가져오기: top(시도) 또는 all(시군구 포함).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LEVEL</source>
            <translation>수준</translation>
        </message>
        <message>
            <location line="+2" />
            <source>import: update or skip the regions that exist already.</source>
            <translation>import: 이미 있는 지역을 갱신(update)하거나 건너뛰기(skip).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>update|skip</source>
            <translation>update|skip</translation>
        </message>
        <message>
            <location line="+3" />
            <source>import: the CSV file's encoding (auto, utf-8, utf-16le, utf-16be, cp949).</source>
            <translation>import: CSV 파일의 인코딩(auto, utf-8, utf-16le, utf-16be, cp949).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ENCODING</source>
            <translation>인코딩</translation>
        </message>
        <message>
            <location line="+4" />
            <source>summary, export, validate, import or check</source>
            <translation>summary, export, validate, import 또는 check</translation>
        </message>
        <message>
            <location line="-21" />
            <source>FORMAT</source>
            <translation>형식</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Format: json (export, import) or csv (import).</source>
            <translation>형식: json(내보내기, 가져오기) 또는 csv(가져오기).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write to FILE instead of standard output.</source>
            <translation>표준 출력 대신 파일에 씁니다.</translation>
        </message>
        <message>
            <location line="+19" />
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
            <location line="+31" />
            <source>Unknown command or extra arguments: %1</source>
            <translation>알 수 없는 명령이거나 불필요한 인수입니다: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/SummaryCommand.cpp" line="+29" />
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
            <location line="+0" />
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
        <message>
            <location filename="../app/cli/CheckCommand.cpp" line="+23" />
            <source>check: %1</source>
            <translation>check: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 errors, %2 warnings, %3 notes in %4 findings</source>
            <translation>발견 사항 %4건: 오류 %1건, 경고 %2건, 참고 %3건</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommand.cpp" line="+18" />
            <source>tab-separated</source>
            <translation>탭 구분</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semicolon-separated</source>
            <translation>세미콜론 구분</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma-separated</source>
            <translation>쉼표 구분</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 with byte-order mark</source>
            <translation>%1(바이트 순서 표시 있음)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: no built-in mapping and no file is called "%1" (built in: %2)</source>
            <translation>import: "%1"(이)라는 기본 제공 매핑도 파일도 없습니다(기본 제공: %2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: cannot read: %2</source>
            <translation>%1: 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: %2, %3, header on line %4</source>
            <translation>%1: %2, %3, 머리글 %4행</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  rows read  %1</source>
            <translation>  읽은 행    %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  imported   %1</source>
            <translation>  가져옴     %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  updated    %1</source>
            <translation>  갱신함     %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  to import  %1</source>
            <translation>  가져올 것  %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  to update  %1</source>
            <translation>  갱신할 것  %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  unchanged  %1</source>
            <translation>  변경 없음  %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  skipped    %1</source>
            <translation>  건너뜀     %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  rejected   %1</source>
            <translation>  거부함     %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  total amount %1 won</source>
            <translation>  금액 합계 %1원</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: and %2 more rejected rows</source>
            <translation>%1: 그 밖에 거부된 행 %2개</translation>
        </message>
        <message>
            <location line="+10" />
            <source>import: name the file to import</source>
            <translation>import: 가져올 파일을 지정하십시오</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: unknown format "%1" (known: csv, json)</source>
            <translation>import: 알 수 없는 형식 "%1"(지원: csv, json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>import: --mapping, --level, --existing and --encoding apply to CSV files only</source>
            <translation>import: --mapping, --level, --existing, --encoding은 CSV 파일에만 쓸 수 있습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: a CSV file needs --mapping: a mapping file or one of %1</source>
            <translation>import: CSV 파일에는 --mapping이 필요합니다. 매핑 파일이나 다음 중 하나를 지정하십시오: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>import: --level is top or all, for mappings of regions</source>
            <translation>import: --level은 top 또는 all이며, 지역 매핑에만 쓸 수 있습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>import: --existing is update or skip</source>
            <translation>import: --existing은 update 또는 skip입니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: unknown encoding "%1" (known: auto, utf-8, utf-16le, utf-16be, cp949)</source>
            <translation>import: 알 수 없는 인코딩 "%1"(지원: auto, utf-8, utf-16le, utf-16be, cp949)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: no such file</source>
            <translation>%1: 파일이 없습니다</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) rejected: nothing was imported.</source>
            <translation>
                <numerusform>%n개 행을 거부하여 아무것도 가져오지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dry run: nothing was written.</source>
            <translation>시험 실행: 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported into %1.</source>
            <translation>%1에 가져왔습니다.</translation>
        </message>
        <message>
            <location filename="../app/cli/XliffCommand.cpp" line="-5" />
            <source>Only the content of this city or region (its key, e.g. region.daejeon).</source>
            <translation>이 도시나 지역의 콘텐츠만 (키, 예: region.daejeon).</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>KEY</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only the content of this plan (its key).</source>
            <translation>이 계획의 콘텐츠만 (계획 키).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only fields whose target language is missing, draft, reviewed or approved.</source>
            <translation>대상 언어의 상태가 missing(없음), draft(초안), reviewed(검토됨), approved(승인됨) 중 지정한 것인 필드만.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>STATUS</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source language of an XLIFF export: ko (default) or en.</source>
            <translation>XLIFF 내보내기의 원문 언어: ko(기본값) 또는 en.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show what an import would change, and change nothing.</source>
            <translation>가져오기로 바뀔 내용만 보여 주고 아무것도 바꾸지 않습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name recorded in the history for an import.</source>
            <translation>가져오기 변경 이력에 기록할 이름.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NAME</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--source must be ko or en, not "%1"</source>
            <translation>--source는 ko 또는 en이어야 합니다("%1"은(는) 안 됩니다)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--status must be missing, draft, reviewed or approved, not "%1"</source>
            <translation>--status는 missing, draft, reviewed, approved 중 하나여야 합니다("%1"은(는) 안 됩니다)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>export: %1</source>
            <translation>export: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 translation units exported</source>
            <translation>번역 단위 %1개를 내보냈습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>import: name one XLIFF file</source>
            <translation>import: XLIFF 파일 하나를 지정하십시오</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1:%2: unit "%3" skipped: %4</source>
            <translation>%1:%2: 단위 "%3" 건너뜀: %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1:%2: unit "%3": its source text changed since the export</source>
            <translation>%1:%2: 단위 "%3": 내보낸 뒤 원문이 바뀌었습니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  exported: %1</source>
            <translation>  내보낼 때: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  now:      %1</source>
            <translation>  현재:      %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>would change %1</source>
            <translation>바뀔 항목 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>changed %1</source>
            <translation>바뀐 항목 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: dry run, nothing changed: %2 changes, %3 units unchanged, %4 skipped</source>
            <translation>%1: 시험 실행이라 아무것도 바꾸지 않았습니다: 변경 %2건, 그대로인 단위 %3개, 건너뛴 단위 %4개</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 changes applied, %3 units unchanged, %4 skipped</source>
            <translation>%1: 변경 %2건 적용, 그대로인 단위 %3개, 건너뛴 단위 %4개</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../core/importers/CsvImporter.cpp" line="+65" />
            <source>cannot open the file: %1</source>
            <translation>파일을 열 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../core/importers/CsvReader.cpp" line="+153" />
            <source>cannot read the file: %1</source>
            <translation>파일을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>cannot read the database: %1</source>
            <translation>데이터베이스를 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+41" />
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="+114" />
            <source>the database refused the import, nothing was written: %1</source>
            <translation>데이터베이스가 가져오기를 거부하여 아무것도 기록하지 않았습니다: %1</translation>
        </message>
        <message>
            <location filename="../core/importers/CsvReader.cpp" line="-134" />
            <location filename="../core/importers/ImportReport.cpp" line="+12" />
            <source>line %1, column %2: %3</source>
            <translation>%1행 %2열: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../core/importers/ImportReport.cpp" line="+3" />
            <source>line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>the file has no header line</source>
            <translation>파일에 머리글 행이 없습니다</translation>
        </message>
        <message>
            <location line="+17" />
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <location line="+68" />
            <source> (the encoding, %1, was detected from the start of the file; name it if it is another)</source>
            <translation> (인코딩 %1은(는) 파일 앞부분에서 판별한 것입니다. 다른 인코딩이면 직접 지정하십시오)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>a quoted field runs on for more than %1 characters: is this quote ever closed?</source>
            <translation>따옴표로 묶인 필드가 %1자를 넘게 이어집니다. 이 따옴표가 닫히기는 합니까?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the quote opened here is never closed</source>
            <translation>여기서 연 따옴표가 닫히지 않습니다</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+38" />
            <source>the file contains a NUL character</source>
            <translation>파일에 NUL 문자가 있습니다</translation>
        </message>
        <message>
            <location line="-16" />
            <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
            <translation>닫는 따옴표 뒤에 예상하지 못한 텍스트가 있습니다(따옴표로 묶인 필드 안의 따옴표는 두 번 써야 합니다)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a line longer than %1 characters: this is not a CSV table InnoAtlas reads</source>
            <translation>%1자보다 긴 행입니다. InnoAtlas가 읽는 CSV 표가 아닙니다</translation>
        </message>
        <message>
            <location line="+15" />
            <source>more than %1 columns: InnoAtlas reads tables of at most %1 columns</source>
            <translation>열이 %1개를 넘습니다. InnoAtlas는 열이 %1개 이하인 표만 읽습니다</translation>
        </message>
        <message>
            <location filename="../core/importers/FieldParser.cpp" line="+27" />
            <source>the field is empty</source>
            <translation>필드가 비어 있습니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is negative</source>
            <translation>"%1"은(는) 음수입니다</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+15" />
            <source>"%1" is not a number</source>
            <translation>"%1"은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location line="-4" />
            <source>"%1" has a misplaced thousands separator</source>
            <translation>"%1"의 천 단위 구분 기호 위치가 잘못되었습니다</translation>
        </message>
        <message>
            <location line="+42" />
            <source>"%1" is not a whole number</source>
            <translation>"%1"은(는) 정수가 아닙니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is too large</source>
            <translation>"%1"은(는) 너무 큽니다</translation>
        </message>
        <message>
            <location line="+21" />
            <source>"%1" %2 is not a whole number of won</source>
            <translation>"%1" %2은(는) 원 단위로 떨어지지 않습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" %2 is too large</source>
            <translation>"%1" %2은(는) 너무 큽니다</translation>
        </message>
        <message>
            <location filename="../core/importers/ImportReport.cpp" line="-5" />
            <source>line %1, column %2 (%3): %4</source>
            <translation>%1행 %2열(%3): %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1 (%2): %3</source>
            <translation>%1행(%2): %3</translation>
        </message>
        <message>
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="-23" />
            <source>the key "%1" is in the database already; a dataset document adds new data only</source>
            <translation>키 "%1"이(가) 이미 데이터베이스에 있습니다. 데이터셋 문서는 새 데이터만 추가합니다</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the code %1 belongs to the region "%2" in the database</source>
            <translation>코드 %1은(는) 데이터베이스의 지역 "%2"의 코드입니다</translation>
        </message>
        <message>
            <location filename="../core/importers/RowConverter.cpp" line="+44" />
            <source>the mapping's column %1 for %2 is not in the header on line %3 (%4)</source>
            <translation>매핑이 %2에 지정한 열 %1이(가) %3행의 머리글에 없습니다(%4)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>a filter</source>
            <translation>필터</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the row has %1 columns where the header has %2 (an unquoted delimiter in a field?)</source>
            <translation>머리글은 %2열인데 이 행은 %1열입니다(필드 안에 따옴표 없는 구분 기호가 있습니까?)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not %2</source>
            <translation>%1이(가) %2이(가) 아님</translation>
        </message>
        <message>
            <location filename="../core/importers/TextDecoder.cpp" line="+64" />
            <source>line %1, byte %2: %3</source>
            <translation>%1행 %2바이트: %3</translation>
        </message>
        <message>
            <location line="+65" />
            <source>the file ends in the middle of a multibyte character (truncated)</source>
            <translation>파일이 멀티바이트 문자 중간에서 끝납니다(잘림)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the byte %1 is not valid UTF-8</source>
            <translation>바이트 %1은(는) 올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the bytes starting with %1 are not valid UTF-8</source>
            <translation>%1(으)로 시작하는 바이트는 올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>a multibyte character is cut off (truncated) before %1</source>
            <translation>%1 앞에서 멀티바이트 문자가 잘렸습니다</translation>
        </message>
        <message>
            <location line="-73" />
            <location line="+39" />
            <source>the file contains U+FFFD, the replacement character an earlier faulty conversion left instead of a character it could not read</source>
            <translation>파일에 U+FFFD가 있습니다. 이전의 잘못된 변환이 읽지 못한 문자 대신 남긴 대체 문자입니다</translation>
        </message>
        <message>
            <location line="-13" />
            <source>a UTF-16 surrogate pair is cut off (truncated)</source>
            <translation>UTF-16 대리 쌍이 잘렸습니다</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a UTF-16 low surrogate stands without its high surrogate</source>
            <translation>UTF-16 하위 대리 문자에 짝이 되는 상위 대리 문자가 없습니다</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the byte %1 is not valid CP949</source>
            <translation>바이트 %1은(는) 올바른 CP949가 아닙니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the bytes %1 %2 are not valid CP949</source>
            <translation>바이트 %1 %2은(는) 올바른 CP949가 아닙니다</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the bytes %1 %2 are not a character of CP949</source>
            <translation>바이트 %1 %2은(는) CP949의 문자가 아닙니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the text does not decode as CP949</source>
            <translation>텍스트를 CP949로 해독할 수 없습니다</translation>
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
            <translation>키가 "%1"인 항목이 없습니다</translation>
        </message>
        <message>
            <location line="+68" />
            <source>%1: a %2 has no field "%3"</source>
            <translation>%1: %2에는 "%3" 필드가 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: the quote is verbatim source text in this language; only its translation can be edited</source>
            <translation>%1: 이 언어의 인용문은 출처 원문 그대로이므로 번역만 편집할 수 있습니다</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: cannot be %2 without text</source>
            <translation>%1: 텍스트 없이는 %2 상태가 될 수 없습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: a field with text cannot be missing; clear the text instead</source>
            <translation>%1: 텍스트가 있는 필드는 "없음" 상태가 될 수 없습니다. 대신 텍스트를 지우십시오</translation>
        </message>
        <message>
            <location line="+48" />
            <source>a change names no entity or field</source>
            <translation>항목이나 필드를 지정하지 않은 변경이 있습니다</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 was changed meanwhile (version %2, expected %3); reload it and try again</source>
            <translation>%1이(가) 그사이에 변경되었습니다(버전 %2, 예상 버전 %3). 다시 불러온 뒤 시도하십시오</translation>
        </message>
        <message>
            <location filename="../core/review/EntityScope.cpp" line="-3" />
            <source>no city or region has the key "%1"</source>
            <translation>키가 "%1"인 도시나 지역이 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no plan has the key "%1"</source>
            <translation>키가 "%1"인 계획이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/review/Finding.cpp" line="+40" />
            <source>The Korean has %1, which the English does not</source>
            <translation>한국어에는 %1이(가) 있으나 영어에는 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The English has %1, which the Korean does not</source>
            <translation>영어에는 %1이(가) 있으나 한국어에는 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbers differ: %1 in the Korean, %2 in the English</source>
            <translation>숫자가 다릅니다: 한국어 %1, 영어 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 comes more often in the Korean than in the English</source>
            <translation>%1이(가) 영어보다 한국어에 더 많이 나옵니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes more often in the English than in the Korean</source>
            <translation>%1이(가) 한국어보다 영어에 더 많이 나옵니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeated numbers differ: %1 in the Korean, %2 in the English</source>
            <translation>반복된 숫자의 횟수가 다릅니다: 한국어 %1, 영어 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 text is missing; only the %2 is written</source>
            <translation>%1 텍스트가 없습니다. %2만 작성되어 있습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Korean left in the English text: "%1"</source>
            <translation>영어 텍스트에 한국어가 남아 있습니다: "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The Korean text has no Korean in it: is it untranslated?</source>
            <translation>한국어 텍스트에 한글이 없습니다. 번역되지 않은 것은 아닙니까?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Space at the start or end of the %1 text</source>
            <translation>%1 텍스트의 앞이나 끝에 공백이 있습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double space in the %1 text</source>
            <translation>%1 텍스트에 공백이 두 번 연속으로 있습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unbalanced "%1" in the %2 text</source>
            <translation>%2 텍스트에 짝이 맞지 않는 "%1"이(가) 있습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the %1 text ends with a full stop</source>
            <translation>%1 텍스트만 마침표로 끝납니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is in the %2 text, but not the agreed %3 term "%4"</source>
            <translation>%2 텍스트에는 "%1"이(가) 있으나 %3 텍스트에는 합의된 용어 "%4"이(가) 없습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" must not be used: the glossary says "%2"</source>
            <translation>"%1"은(는) 쓰지 않습니다. 용어집의 용어는 "%2"입니다</translation>
        </message>
        <message>
            <location filename="../core/review/Glossary.cpp" line="+79" />
            <source>a glossary term needs both a Korean and an English form</source>
            <translation>용어집 용어에는 한국어와 영어 형태가 모두 있어야 합니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the glossary already has the term "%1" = "%2"</source>
            <translation>용어집에 이미 "%1" = "%2" 용어가 있습니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" cannot be both accepted and forbidden</source>
            <translation>"%1"은(는) 허용 형태이면서 금지 형태일 수 없습니다</translation>
        </message>
        <message>
            <location line="+63" />
            <location line="+16" />
            <source>the glossary has no term %1</source>
            <translation>용어집에 %1번 용어가 없습니다</translation>
        </message>
        <message>
            <location filename="../core/review/ReviewText.cpp" line="+7" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+7" />
            <source>missing</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>draft</source>
            <translation>초안</translation>
        </message>
        <message>
            <location line="+2" />
            <source>reviewed</source>
            <translation>검토됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>approved</source>
            <translation>승인됨</translation>
        </message>
        <message>
            <location filename="../core/review/XliffExporter.cpp" line="+70" />
            <source>Entity %1 (%2), field %3</source>
            <translation>항목 %1 (%2), 필드 %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The source text is a verbatim quote; translate it, do not edit it.</source>
            <translation>원문은 출처를 그대로 옮긴 인용문입니다. 번역만 하고 원문은 고치지 마십시오.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source quote %1: %2</source>
            <translation>출처 인용 %1: %2</translation>
        </message>
        <message>
            <location filename="../core/review/XliffImporter.cpp" line="+43" />
            <source>the file has no translation units</source>
            <translation>파일에 번역 단위가 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no unit of the file has an InnoAtlas id (entity:field); it was not exported by InnoAtlas</source>
            <translation>파일의 어느 단위에도 이노아틀라스 ID(항목:필드)가 없습니다. 이노아틀라스에서 내보낸 파일이 아닙니다</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no such entity or field in the database</source>
            <translation>데이터베이스에 그런 항목이나 필드가 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not an InnoAtlas unit id</source>
            <translation>이노아틀라스 단위 ID가 아닙니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the target language holds the verbatim quote itself</source>
            <translation>대상 언어 쪽이 인용문 원문 자체입니다</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 units were translated from a source text that has changed since the export; nothing was imported</source>
            <translation>단위 %1개가 내보낸 뒤 바뀐 원문을 바탕으로 번역되었습니다. 아무것도 가져오지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/review/XliffReader.cpp" line="+47" />
            <source>the file has a document type declaration (DTD); XLIFF needs none, and entity declarations are refused</source>
            <translation>파일에 문서 유형 선언(DTD)이 있습니다. XLIFF에는 필요 없으며 엔터티 선언은 거부합니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file refers to the entity "&amp;%1;", which XLIFF does not use</source>
            <translation>파일이 XLIFF에서 쓰지 않는 엔터티 "&amp;%1;"을(를) 참조합니다</translation>
        </message>
        <message>
            <location line="+73" />
            <source>%1 is missing; InnoAtlas reads Korean–English files only</source>
            <translation>%1이(가) 없습니다. 이노아틀라스는 한국어–영어 파일만 읽습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is "%2"; InnoAtlas reads Korean–English files only</source>
            <translation>%1이(가) "%2"입니다. 이노아틀라스는 한국어–영어 파일만 읽습니다</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the source and target languages are both "%1"</source>
            <translation>원문 언어와 대상 언어가 모두 "%1"입니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the files inside translate in different directions</source>
            <translation>파일 안의 &lt;file&gt;들이 서로 다른 방향으로 번역합니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a translation unit has no id</source>
            <translation>ID가 없는 번역 단위가 있습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the unit "%1" comes twice (first on line %2)</source>
            <translation>단위 "%1"이(가) 두 번 나옵니다(처음은 %2행)</translation>
        </message>
        <message>
            <location line="+154" />
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not an XLIFF file: it starts with &lt;%1&gt;</source>
            <translation>XLIFF 파일이 아닙니다: &lt;%1&gt;(으)로 시작합니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>XLIFF version "%1" in namespace "%2" is not one InnoAtlas reads (1.2, 2.0)</source>
            <translation>네임스페이스 "%2"의 XLIFF 버전 "%1"은(는) 이노아틀라스가 읽는 버전(1.2, 2.0)이 아닙니다</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the file has no &lt;file&gt; element</source>
            <translation>파일에 &lt;file&gt; 요소가 없습니다</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1: cannot read: %2</source>
            <translation>%1: 읽을 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::BudgetRows</name>
        <message>
            <location filename="../core/importers/BudgetRows.cpp" line="+37" />
            <source>the name is empty</source>
            <translation>이름이 비어 있습니다</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 is not a year between 1900 and 2200</source>
            <translation>%1은(는) 1900년에서 2200년 사이의 연도가 아닙니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the total of the amounts exceeds what InnoAtlas can hold</source>
            <translation>금액 합계가 InnoAtlas가 담을 수 있는 범위를 넘습니다</translation>
        </message>
        <message>
            <location line="+44" />
            <source>the plan needs a region: name one in the mapping (budget.region)</source>
            <translation>계획에는 지역이 필요합니다. 매핑에 지정하십시오(budget.region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan's region "%1" is not in the database</source>
            <translation>계획의 지역 "%1"이(가) 데이터베이스에 없습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the plan %1 is in the database already, and the mapping skips existing data</source>
            <translation>계획 %1이(가) 이미 데이터베이스에 있으며, 매핑이 기존 데이터를 건너뛰도록 되어 있습니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The plan %1 is replaced by the one imported.</source>
            <translation>계획 %1을(를) 가져온 계획으로 바꿉니다.</translation>
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
            <location line="+2" />
            <source>%1 — %n plan(s)</source>
            <translation>
                <numerusform>%1 — 계획 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
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
        <name>innoatlas::PopulationRows</name>
        <message>
            <location filename="../core/importers/PopulationRows.cpp" line="+29" />
            <source>several regions are named "%1" (%2): map a code column</source>
            <translation>이름이 "%1"인 지역이 여럿입니다(%2). 코드 열을 지정하십시오</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no region named "%1" is in the database; import the regions first</source>
            <translation>데이터베이스에 "%1"(이)라는 지역이 없습니다. 먼저 지역을 가져오십시오</translation>
        </message>
        <message>
            <location line="+29" />
            <source>a total, not a region (%1)</source>
            <translation>지역이 아닌 합계(%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 is not a year between 1900 and 2200</source>
            <translation>%1은(는) 1900년에서 2200년 사이의 연도가 아닙니다</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the region is empty</source>
            <translation>지역이 비어 있습니다</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the population of %1 in %2 is given twice (first on line %3)</source>
            <translation>%1의 %2년 인구가 두 번 나옵니다(처음은 %3행)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>the database has another figure for the region and year, and the mapping skips existing data</source>
            <translation>데이터베이스에 이 지역과 연도의 다른 수치가 있으며, 매핑이 기존 데이터를 건너뛰도록 되어 있습니다</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n region(s) added from the table of the 17 governments, with their legal-dong codes.</source>
            <translation>
                <numerusform>17개 시도 표에서 지역 %n곳을 법정동코드와 함께 추가했습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>innoatlas::RegionRows</name>
        <message>
            <location filename="../core/importers/RegionRows.cpp" line="+38" />
            <source>"%1" is not a 10-digit legal-dong code</source>
            <translation>"%1"은(는) 10자리 법정동코드가 아닙니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the name is empty</source>
            <translation>이름이 비어 있습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" is not a region level (%2)</source>
            <translation>"%1"은(는) 지역 수준이 아닙니다(%2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a town, township, neighbourhood or village (읍·면·동·리): below the levels imported</source>
            <translation>읍·면·동·리: 가져오는 수준보다 아래입니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a city, county or district (시·군·구): imported with the levels "all"</source>
            <translation>시·군·구: 수준 "all"로 가져올 때 포함됩니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the code %1 is given twice (first on line %2)</source>
            <translation>코드 %1이(가) 두 번 나옵니다(처음은 %2행)</translation>
        </message>
        <message>
            <location line="+89" />
            <source>no region of the file or the database contains "%1"</source>
            <translation>파일이나 데이터베이스에 "%1"을(를) 포함하는 지역이 없습니다</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot tell the level of "%1" from its name</source>
            <translation>이름만으로는 "%1"의 수준을 알 수 없습니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key for the code %1 is used by something else</source>
            <translation>코드 %1에 쓸 키를 이미 다른 항목이 쓰고 있습니다</translation>
        </message>
        <message>
            <location line="+42" />
            <source>in the database already, and the mapping skips existing regions</source>
            <translation>이미 데이터베이스에 있으며, 매핑이 기존 지역을 건너뛰도록 되어 있습니다</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n region(s) have no English name: their English names are marked missing.</source>
            <translation>
                <numerusform>지역 %n곳은 영문 이름이 없어 영문 이름을 '없음'으로 표시했습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+27" />
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
            <location line="+7" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="-5" />
            <source>User-interface language: ko or en.</source>
            <translation>화면 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Render the main window to an image file and quit (works offscreen).</source>
            <translation>기본 창을 이미지 파일로 그린 뒤 끝냅니다 (화면 없이도 동작).</translation>
        </message>
        <message>
            <location line="+10" />
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
        <message>
            <location line="+9" />
            <source>%1: cannot write the image</source>
            <translation>%1: 이미지를 쓸 수 없습니다</translation>
        </message>
    </context>
</TS>
