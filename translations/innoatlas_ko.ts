<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Backups</name>
        <message>
            <location filename="../core/backup/BackupFile.cpp" line="+56" />
            <location filename="../core/backup/Backups.cpp" line="+189" />
            <source>%1: cannot read: %2</source>
            <translation>%1: 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+18" />
            <source>%1: not an InnoAtlas database</source>
            <translation>%1: 이노아틀라스 데이터베이스가 아닙니다</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1: cannot open: %2</source>
            <translation>%1: 열 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+7" />
            <source>%1: damaged (%2)</source>
            <translation>%1: 손상됨 (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>%1: written by a newer InnoAtlas (schema %2)</source>
            <translation>%1: 더 새로운 이노아틀라스가 쓴 파일입니다 (스키마 %2)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1: cannot write to the disk: %2</source>
            <translation>%1: 디스크에 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../core/backup/Backups.cpp" line="-111" />
            <location line="+86" />
            <source>%1: cannot create the backups folder</source>
            <translation>%1: 백업 폴더를 만들 수 없습니다</translation>
        </message>
        <message>
            <location line="-75" />
            <source>the backup of %1 failed: %2</source>
            <translation>%1 백업 실패: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: cannot name the backup</source>
            <translation>%1: 백업 파일의 이름을 붙일 수 없습니다</translation>
        </message>
        <message>
            <location line="+76" />
            <source>%1: cannot copy the current file into the backups folder</source>
            <translation>%1: 현재 파일을 백업 폴더로 복사할 수 없습니다</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not restored, the backup is not usable: %1</source>
            <translation>복원하지 않았습니다. 쓸 수 없는 백업입니다: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not restored, close the other programs using the database first: %1 is open in process %2</source>
            <translation>복원하지 않았습니다. 데이터베이스를 쓰는 다른 프로그램을 먼저 닫으십시오: %1이(가) 프로세스 %2에서 열려 있습니다</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+16" />
            <source>not restored: %1</source>
            <translation>복원하지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>%1 is open in another program</source>
            <translation>%1이(가) 다른 프로그램에서 열려 있습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not restored, close the other programs using the database first: %1</source>
            <translation>복원하지 않았습니다. 데이터베이스를 쓰는 다른 프로그램을 먼저 닫으십시오: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+9" />
            <source>%1: not restored, cannot write: %2</source>
            <translation>%1: 복원하지 않았습니다. 쓸 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <location filename="../ui/common/Badge.cpp" line="+61" />
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
            <location line="+2" />
            <source>sourced</source>
            <translation>출처 있음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>corrected</source>
            <translation>수정됨</translation>
        </message>
    </context>
    <context>
        <name>ChangeApplier</name>
        <message>
            <location filename="../core/editing/ChangeApplier.cpp" line="+35" />
            <source>“%1” was changed by someone else since; this step cannot be undone or redone without losing their change.</source>
            <translation>그 사이에 다른 사람이 “%1”을(를) 바꾸었습니다. 그 변경을 잃지 않고는 이 단계를 실행 취소하거나 다시 실행할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChartFigure</name>
        <message>
            <location filename="../ui/charts/ChartFigure.cpp" line="+157" />
            <source>Nothing to show for this selection.</source>
            <translation>이 선택에는 보여 줄 것이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChartLimits</name>
        <message numerus="yes">
            <location filename="../core/charts/ChartLimits.cpp" line="+50" />
            <source>Other cities (%Ln)</source>
            <translation>
                <numerusform>그 밖의 도시 (%Ln곳)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Other plans (%Ln)</source>
            <translation>
                <numerusform>그 밖의 계획 (%Ln개)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cities with the largest amounts are shown one by one; the other %L1 are added together as one series.</source>
            <translation>
                <numerusform>금액이 가장 큰 도시 %n곳은 하나씩 보이고, 나머지 %L1곳은 한 계열로 합쳐 보입니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n plans with the largest amounts are shown one by one; the other %L1 are added together as one series.</source>
            <translation>
                <numerusform>금액이 가장 큰 계획 %n개는 하나씩 보이고, 나머지 %L1개는 한 계열로 합쳐 보입니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the %1 plans with the largest amounts are shown; %Ln other plan(s) are left out.</source>
            <translation>
                <numerusform>금액이 가장 큰 계획 %1개만 보입니다. 나머지 계획 %Ln개는 빠져 있습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the %1 plans with the largest amounts are shown; %Ln other plan(s), holding %2 in all, are left out.</source>
            <translation>
                <numerusform>금액이 가장 큰 계획 %1개만 보입니다. 나머지 계획 %Ln개(모두 %2)는 빠져 있습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartTooltip</name>
        <message>
            <location filename="../ui/charts/ChartTooltip.cpp" line="+56" />
            <source>estimated share of %1, spread evenly</source>
            <translation>%1년 추정 몫(균등 배분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>what is left once the amounts inside it are counted</source>
            <translation>안에 포함된 금액을 뺀 나머지</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sources: %1</source>
            <translation>출처: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrected: the source prints “%1” (see the curator's note)</source>
            <translation>정정됨: 출처 표기는 “%1”(큐레이터 메모 참조)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>… and %n smaller part(s), %1 in all</source>
            <translation>
                <numerusform>… 그 밖의 작은 항목 %n개, 모두 %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Total: %1 (%2)</source>
            <translation>합계: %1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per resident: %1 ÷ %2 residents (%3) = %4</source>
            <translation>1인당: %1 ÷ 인구 %2명(%3년) = %4</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/ExportCommand.cpp" line="+16" />
            <source>export: unknown format "%1" (known: json)</source>
            <translation>export: 알 수 없는 형식 "%1" (지원 형식: json)</translation>
        </message>
        <message>
            <location filename="../app/cli/CsvExportCommand.cpp" line="+18" />
            <source>export --format csv: --table is required (%1)</source>
            <translation>export --format csv: --table을 지정해야 합니다 (%1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export: unknown table "%1" (known: %2)</source>
            <translation>export: 알 수 없는 표 "%1" (가능한 표: %2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>export: unknown encoding "%1" (known: utf-8, utf-8-bom, cp949)</source>
            <translation>export: 알 수 없는 인코딩 "%1" (가능한 인코딩: utf-8, utf-8-bom, cp949)</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../app/cli/ExportCommand.cpp" line="+19" />
            <location filename="../app/cli/XliffCommand.cpp" line="+29" />
            <source>export: cannot write to standard output</source>
            <translation>export: 표준 출력에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>standard output</source>
            <translation>표준 출력</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../app/cli/ExportCommand.cpp" line="+10" />
            <location line="+4" />
            <location filename="../app/cli/XliffCommand.cpp" line="+10" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
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
            <location line="+6" />
            <source>  export --format csv --table budget-lines|plans|targets|regions
         [--encoding utf-8|utf-8-bom|cp949] [-o FILE]
                                   one table as CSV for spreadsheets; exit 1 when a
                                   character cannot be encoded</source>
            <translation>  export --format csv --table budget-lines|plans|targets|regions
         [--encoding utf-8|utf-8-bom|cp949] [-o FILE]
                                   표 하나를 스프레드시트용 CSV로 내보냅니다. 인코딩할 수
                                   없는 문자가 있으면 종료 코드 1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf
                                   a PDF report of a city (code or name in either
                                   language) or one of its plans</source>
            <translation>  report --city CITY [--plan PLAN] --lang ko|en|both -o FILE.pdf
                                   도시(코드, 또는 한국어나 영어 이름)나 그 도시의
                                   계획 하나의 PDF 보고서</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  backup                           back the database up into the backups folder beside it
  backups                          list the backups of the database, newest first
  restore BACKUP                   replace the database with a backup, all or nothing
                                   (the current file is backed up first)</source>
            <translation>  backup                           데이터베이스를 옆의 backups 폴더에 백업합니다
  backups                          데이터베이스의 백업 목록 (최신순)
  restore BACKUP                   데이터베이스를 백업으로 바꿉니다 (전부 또는 전무)
                                   (현재 파일을 먼저 백업합니다)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N]
           [--csv FILE] -o FILE    a deterministic national-scale database for benchmarks</source>
            <translation>  generate [--regions N] [--initiatives N] [--budget-lines N] [--events N] [--seed N]
           [--csv FILE] -o FILE    벤치마크용 전국 규모 데이터베이스(항상 같은 내용)를 만듭니다</translation>
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
            <location filename="../app/cli/GenerateCommand.cpp" line="+19" />
            <source>--%1 must be a whole number from %2 to %3, not "%4"</source>
            <translation>--%1은(는) %2부터 %3까지의 정수여야 합니다. "%4"은(는) 안 됩니다</translation>
        </message>
        <message>
            <location line="+16" />
            <source>generate: local governments (default 243).</source>
            <translation>generate: 지방자치단체 수 (기본값 243).</translation>
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
            <translation>generate: 계획 요소 수 (기본값 100000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: budget lines (default 1000000).</source>
            <translation>generate: 예산 항목 수 (기본값 1000000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: events (default 50000).</source>
            <translation>generate: 행사 수 (기본값 50000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>generate: the seed; the same seed gives the same data (default 1).</source>
            <translation>generate: 시드. 같은 시드는 같은 데이터를 만듭니다 (기본값 1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>generate: also write the budget lines to FILE as a fiscal-budget CSV table.</source>
            <translation>generate: 예산 항목을 fiscal-budget CSV 표로 FILE에도 씁니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../app/cli/main.cpp" line="+0" />
            <location line="+8" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="+7" />
            <source>generate needs the new database file: -o FILE</source>
            <translation>generate에는 새 데이터베이스 파일이 필요합니다: -o 파일</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: %2 regions, %3 themes, %4 plans, %5 initiatives, %6 budget lines, %7 events, %8 organisations taking part %9 times in %10 s</source>
            <translation>%1: 지역 %2개, 주제 %3개, 계획 %4개, 계획 요소 %5개, 예산 항목 %6개, 행사 %7개, 참여 기관 %8곳(참여 %9건) (%10초)</translation>
        </message>
        <message>
            <location filename="../app/cli/main.cpp" line="-6" />
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
            <location line="+5" />
            <source>ENCODING</source>
            <translation>인코딩</translation>
        </message>
        <message>
            <location line="+2" />
            <source>export --format csv: the table (budget-lines, plans, targets, regions).</source>
            <translation>export --format csv: 내보낼 표 (budget-lines, plans, targets, regions).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TABLE</source>
            <translation>표</translation>
        </message>
        <message>
            <location line="+7" />
            <source>summary, export, validate, import, check, report, copy, backup, backups, restore or generate</source>
            <translation>summary, export, validate, import, check, report, copy, backup, backups, restore 또는 generate</translation>
        </message>
        <message>
            <location line="-29" />
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
            <location line="+14" />
            <source>The CSV file's encoding: for import auto, utf-8, utf-16le, utf-16be or cp949; for export utf-8, utf-8-bom or cp949.</source>
            <translation>CSV 파일의 인코딩: 가져오기는 auto, utf-8, utf-16le, utf-16be, cp949 중 하나, 내보내기는 utf-8, utf-8-bom, cp949 중 하나.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Files to validate.</source>
            <translation>검사할 파일.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>[FILE...]</source>
            <translation>[파일...]</translation>
        </message>
        <message>
            <location line="+18" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang 값은 ko 또는 en이어야 합니다 (입력값: "%1")</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No command given.</source>
            <translation>명령이 없습니다.</translation>
        </message>
        <message>
            <location line="+53" />
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
            <location filename="../app/cli/CheckCommand.cpp" line="+27" />
            <source>check: %1</source>
            <translation>check: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 errors, %2 warnings, %3 notes in %4 findings; %5 dismissed findings not listed</source>
            <translation>검사 결과 %4건 중 오류 %1건, 경고 %2건, 참고 %3건; 무시한 결과 %5건은 나열하지 않음</translation>
        </message>
        <message>
            <location filename="../app/cli/ImportCommand.cpp" line="+25" />
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
            <location line="+6" />
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
            <location line="+18" />
            <source>%1 of %2 lines read</source>
            <translation>%2줄 가운데 %1줄 읽음</translation>
        </message>
        <message>
            <location filename="../app/cli/BackupCommand.cpp" line="+34" />
            <source>%1: no backups in %2</source>
            <translation>%1: %2에 백업이 없습니다</translation>
        </message>
        <message>
            <location line="+17" />
            <source>restore: name one backup (a file, or a name that "backups" lists)</source>
            <translation>restore: 백업 하나를 지정하십시오 (파일, 또는 "backups"가 보여 주는 이름)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: no such backup</source>
            <translation>%1: 그런 백업이 없습니다</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file before the restore was kept as %1.</source>
            <translation>복원 전의 파일은 %1(으)로 보관했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1 from %2.</source>
            <translation>%2에서 %1을(를) 복원했습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/cli/ImportCommand.cpp" line="+16" />
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/ImportCommand.cpp" line="+4" />
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
            <location line="+16" />
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
        <message>
            <location filename="../app/cli/CopyCommand.cpp" line="+33" />
            <source>copy: overwrite the data of a target that already holds some.</source>
            <translation>copy: 이미 데이터가 있는 대상의 데이터를 덮어씁니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  copy FROM TO [--replace]         copy a database to another, all or nothing: a file or
                                   postgresql://user@host:port/dbname (password from
                                   ~/.pgpass); refuses a target with data unless --replace</source>
            <translation>  copy FROM TO [--replace]         데이터베이스를 다른 곳으로 복사(전부 아니면 전무): 파일 또는
                                   postgresql://user@host:port/dbname (암호는
                                   ~/.pgpass에서); 데이터가 있는 대상은 --replace 없이는 거부</translation>
        </message>
        <message>
            <location line="+8" />
            <source>copy: give the source and the target (copy FROM TO)</source>
            <translation>copy: 원본과 대상을 지정하십시오 (copy FROM TO)</translation>
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
            <translation>copy: 원본과 대상이 같은 데이터베이스입니다</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n rows copied to %1</source>
            <translation>
                <numerusform>%1에 %n개 행을 복사했습니다</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>copy: %1; nothing was changed</source>
            <translation>copy: %1; 아무것도 변경되지 않았습니다</translation>
        </message>
        <message>
            <location filename="../app/cli/ReportCommand.cpp" line="+42" />
            <source>report: give the command before the file names</source>
            <translation>report: 명령을 파일 이름보다 앞에 쓰십시오</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: --lang is ko, en or both, not "%1"</source>
            <translation>report: --lang은 ko, en, both 가운데 하나여야 합니다. "%1"은(는) 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>report: name the city with --city (its code or its name in Korean or English)</source>
            <translation>report: --city로 도시를 지정하십시오(코드, 또는 한국어나 영어 이름)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>report: give the PDF file to write with -o FILE.pdf</source>
            <translation>report: 쓸 PDF 파일을 -o FILE.pdf로 지정하십시오</translation>
        </message>
        <message>
            <location line="+16" />
            <source>report: %1</source>
            <translation>report: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>InnoAtlas %1, schema %2, %3</source>
            <translation>이노아틀라스 %1, 스키마 %2, %3</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1: %n page(s)</source>
            <translation>
                <numerusform>%1: %n쪽</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DialogPrompts</name>
        <message>
            <location filename="../ui/editing/DialogPrompts.cpp" line="+38" />
            <source>New Entry</source>
            <translation>새 항목</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What do you want to add?</source>
            <translation>무엇을 추가할까요?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Changed by Someone Else</source>
            <translation>다른 사람이 바꾼 항목</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reload shows their version and discards your change. Overwrite saves your version on top of theirs; it can be undone like any change.</source>
            <translation>다시 불러오기는 상대의 내용을 보여 주고 내 변경을 버립니다. 덮어쓰기는 내 내용을 그 위에 저장하며, 다른 변경처럼 실행 취소할 수 있습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reload</source>
            <translation>다시 불러오기(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Overwrite</source>
            <translation>덮어쓰기(&amp;O)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Deleted with it:</source>
            <translation>함께 지워지는 항목:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kept, but no longer linked to it:</source>
            <translation>남지만 연결이 끊기는 항목:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Still refer to it (move or delete them first):</source>
            <translation>아직 이 항목을 가리키는 항목(먼저 옮기거나 지우세요):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete %1?</source>
            <translation>%1을(를) 지울까요?</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>This affects %n other entries; you can undo it with Ctrl+Z.</source>
            <translation>
                <numerusform>다른 항목 %n개가 영향을 받습니다. Ctrl+Z로 되돌릴 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>InnoAtlas</source>
            <translation>이노아틀라스</translation>
        </message>
    </context>
    <context>
        <name>DismissCommand</name>
        <message>
            <location filename="../ui/review/DismissCommand.cpp" line="+27" />
            <source>Dismiss finding on %1</source>
            <translation>%1의 검사 결과 무시</translation>
        </message>
    </context>
    <context>
        <name>EditFailure</name>
        <message>
            <location filename="../core/editing/EditFailure.cpp" line="+20" />
            <source>%1 is being changed by another program, which still holds it after waiting. Nothing was changed; try again in a moment.</source>
            <translation>다른 프로그램이 %1을(를) 바꾸는 중이며, 기다린 뒤에도 아직 사용 중입니다. 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 cannot be written (read-only). Nothing was changed.</source>
            <translation>%1에 쓸 수 없습니다(읽기 전용). 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the change was refused: %2</source>
            <translation>%1: 변경이 거부되었습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>EditingTerms</name>
        <message>
            <location filename="../ui/editing/EditingTerms.cpp" line="+12" />
            <location line="+25" />
            <source>Region</source>
            <translation>지역</translation>
        </message>
        <message>
            <location line="-24" />
            <location line="+26" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Plan element</source>
            <translation>계획 요소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget line</source>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>목표값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated count</source>
            <translation>발표된 개수</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+48" />
            <source>Event</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+46" />
            <source>Organisation</source>
            <translation>기관</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Participation</source>
            <translation>참여</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation>인구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+48" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figure and correction</source>
            <translation>수치와 정정</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Part of</source>
            <translation>상위 항목</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Under element</source>
            <translation>상위 구성 요소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Figure of</source>
            <translation>수치의 대상</translation>
        </message>
        <message>
            <location line="+0" />
            <source>About</source>
            <translation>대상</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administrative code</source>
            <translation>행정 코드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>행정 단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country (ISO code)</source>
            <translation>국가(ISO 코드)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period from</source>
            <translation>기간 시작</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period to</source>
            <translation>기간 끝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headline budget</source>
            <translation>총사업비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Element</source>
            <translation>구성 요소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From year</source>
            <translation>시작 연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To year</source>
            <translation>끝 연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding</source>
            <translation>재원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline year</source>
            <translation>기준 연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target value</source>
            <translation>목표값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target year</source>
            <translation>목표 연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>개수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>발행일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Web address</source>
            <translation>웹 주소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quoted text (verbatim)</source>
            <translation>인용한 글(원문 그대로)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As printed in the source</source>
            <translation>출처에 적힌 그대로</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source quote</source>
            <translation>출처 인용문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Themes</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vision</source>
            <translation>비전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>이름표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publisher</source>
            <translation>발행처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translation</source>
            <translation>번역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction note</source>
            <translation>정정 메모</translation>
        </message>
    </context>
    <context>
        <name>EntityEditor</name>
        <message>
            <location filename="../core/editing/EntityEditor.cpp" line="+52" />
            <source>Some fields are not valid; nothing was saved.</source>
            <translation>올바르지 않은 칸이 있어 아무것도 저장하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+271" />
            <source>another entry already has this key</source>
            <translation>이미 다른 항목이 이 키를 쓰고 있습니다</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+51" />
            <source>“%1” no longer exists; it may have been deleted by someone else.</source>
            <translation>“%1”이(가) 더 이상 없습니다. 다른 사람이 지웠을 수 있습니다.</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+49" />
            <source>“%1” was changed by someone else after you opened it (version %2, now %3).</source>
            <translation>“%1”을(를) 연 뒤에 다른 사람이 바꾸었습니다(판 %2, 현재 %3).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” cannot be deleted while other entries belong to it; move or delete them first.</source>
            <translation>다른 항목이 속해 있는 동안에는 “%1”을(를) 지울 수 없습니다. 먼저 그 항목들을 옮기거나 지우세요.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Deleting “%1” affects %n other entries.</source>
            <translation>
                <numerusform>“%1”을(를) 지우면 다른 항목 %n개가 영향을 받습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntityValidator</name>
        <message>
            <location filename="../core/editing/EntityValidator.cpp" line="+49" />
            <source>required</source>
            <translation>필수 항목입니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not one of the allowed values</source>
            <translation>허용된 값이 아닙니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a whole number</source>
            <translation>정수가 아닙니다</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>must not be negative</source>
            <translation>음수일 수 없습니다</translation>
        </message>
        <message>
            <location line="-7" />
            <source>not a year between 1900 and 2200</source>
            <translation>1900년에서 2200년 사이의 연도가 아닙니다</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+108" />
            <source>not an amount in won: %1</source>
            <translation>원 단위 금액이 아닙니다: %1</translation>
        </message>
        <message>
            <location line="-101" />
            <source>not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>날짜가 아닙니다(YYYY, YYYY-MM 또는 YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+13" />
            <source>not an entry of this database</source>
            <translation>이 데이터베이스의 항목이 아닙니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an entry of the wrong kind</source>
            <translation>종류가 맞지 않는 항목입니다</translation>
        </message>
        <message>
            <location line="+9" />
            <source>this kind of entry cannot be edited</source>
            <translation>이 종류의 항목은 편집할 수 없습니다</translation>
        </message>
        <message>
            <location line="+16" />
            <source>an entry cannot refer to itself</source>
            <translation>항목이 자기 자신을 가리킬 수 없습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>choose the precision: day, month, year or approximate</source>
            <translation>정밀도를 고르세요: 일, 월, 연 또는 대략</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the date does not match its precision (%1)</source>
            <translation>날짜가 정밀도와 맞지 않습니다(%1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>needs a text in Korean or English</source>
            <translation>한국어나 영어로 글을 써야 합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>an administrative code has exactly 10 digits</source>
            <translation>행정 코드는 정확히 10자리입니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>give both years or neither</source>
            <translation>두 연도를 모두 쓰거나 모두 비워 두세요</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ends before it starts</source>
            <translation>시작보다 먼저 끝납니다</translation>
        </message>
        <message>
            <location line="+24" />
            <source>choose either an organisation or a region</source>
            <translation>기관이나 지역 가운데 하나를 고르세요</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose a plan or an event</source>
            <translation>계획이나 일정을 고르세요</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a figure needs the quote of its source</source>
            <translation>수치에는 출처의 인용문이 있어야 합니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>links an entry that does not exist</source>
            <translation>없는 항목을 연결합니다</translation>
        </message>
    </context>
    <context>
        <name>EvidenceHtml</name>
        <message>
            <location filename="../ui/common/EvidenceHtml.cpp" line="+38" />
            <source>seed file %1</source>
            <translation>원본 파일 %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+34" />
            <source>Printed in the source:</source>
            <translation>원문 표기:</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+38" />
            <source>Curator's note:</source>
            <translation>큐레이터 메모:</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+38" />
            <source>Translation:</source>
            <translation>번역:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>link</source>
            <translation>링크</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../core/exporters/CsvWriter.cpp" line="+123" />
            <source>header, column %1: the character %2 (%3) cannot be written in CP949</source>
            <translation>머리글, 열 %1: 문자 %2(%3)은(는) CP949로 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>row %1, column %2: the character %3 (%4) cannot be written in CP949</source>
            <translation>%1행, 열 %2: 문자 %3(%4)은(는) CP949로 쓸 수 없습니다</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>FigureCatalog</name>
        <message>
            <location filename="../core/charts/FigureCatalog.cpp" line="+27" />
            <source>Investment by city: planned, secured and invested side by side</source>
            <translation>도시별 투자: 계획·확보·집행 금액을 나란히</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by city, stacked by funding source</source>
            <translation>도시별 계획 투자, 재원별 누적</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by city per resident (population with its year)</source>
            <translation>도시별 1인당 투자(인구와 그 기준 연도 표시)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by plan: planned, secured and invested side by side</source>
            <translation>계획별 투자: 계획·확보·집행 금액을 나란히</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by theme, stacked by funding source</source>
            <translation>주제별 계획 투자, 재원별 누적</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by year, stacked by plan (multi-year amounts spread)</source>
            <translation>연도별 계획 투자, 계획별 누적(여러 해 금액은 배분)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment by year: planned, secured and invested side by side</source>
            <translation>연도별 투자: 계획·확보·집행 금액을 나란히</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned investment by funding source, stacked by city</source>
            <translation>재원별 계획 투자, 도시별 누적</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every target from baseline to target, with years and units</source>
            <translation>모든 목표의 기준값에서 목표값까지(연도·단위 포함)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timeline with one lane per city</source>
            <translation>도시별 한 줄 타임라인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline with one lane per plan</source>
            <translation>계획별 한 줄 타임라인</translation>
        </message>
    </context>
    <context>
        <name>FigureExporter</name>
        <message>
            <location filename="../ui/charts/FigureExporter.cpp" line="+78" />
            <source>Made with InnoAtlas</source>
            <translation>이노아틀라스로 작성</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: the size and resolution must be positive</source>
            <translation>%1: 크기와 해상도는 0보다 커야 합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <location line="+11" />
            <location line="+24" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="-27" />
            <source>%1: nothing to export</source>
            <translation>%1: 내보낼 것이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>Generate</name>
        <message>
            <location filename="../core/benchdata/NationalGenerator.cpp" line="+87" />
            <source>%1 exists already: the generator writes a new file only</source>
            <translation>%1이(가) 이미 있습니다: 생성기는 새 파일에만 씁니다</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the generator needs at least one region and one initiative</source>
            <translation>생성기에는 지역과 계획 요소가 하나 이상 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>GlossaryCommand</name>
        <message>
            <location filename="../ui/review/GlossaryCommand.cpp" line="+31" />
            <source>Add glossary term %1</source>
            <translation>용어집 용어 %1 추가</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete glossary term %1</source>
            <translation>용어집 용어 %1 삭제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit glossary term %1</source>
            <translation>용어집 용어 %1 수정</translation>
        </message>
    </context>
    <context>
        <name>HeadlessExport</name>
        <message>
            <location filename="../app/HeadlessExport.cpp" line="+38" />
            <source>--unit: expected won, eok or jo</source>
            <translation>--unit: won, eok, jo 중 하나여야 합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--kind: expected planned, secured or invested</source>
            <translation>--kind: planned, secured, invested 중 하나여야 합니다</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Export InnoAtlas charts and timelines without a window.</source>
            <translation>창을 띄우지 않고 이노아틀라스의 차트와 타임라인을 내보냅니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>List the names of the charts, timelines and views that can be exported.</source>
            <translation>내보낼 수 있는 차트·타임라인·보기의 이름을 나열합니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart or view NAME (see --list-charts).</source>
            <translation>차트 또는 보기 NAME을 내보냅니다(--list-charts 참조).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NAME</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the timeline with one lane per city or per plan.</source>
            <translation>도시별 또는 계획별 한 줄 타임라인을 내보냅니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cities|plans</source>
            <translation>cities|plans</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the presenter deck of the database to one PDF, a page per slide.</source>
            <translation>데이터베이스의 발표 덱을 슬라이드당 한 쪽씩 PDF 하나로 내보냅니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file to write.</source>
            <translation>쓸 파일입니다.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+4" />
            <location line="+13" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="-16" />
            <source>png, svg or pdf (default: the output file's suffix).</source>
            <translation>png, svg 또는 pdf(기본값: 출력 파일의 확장자).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FORMAT</source>
            <translation>형식</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of the figure: ko or en.</source>
            <translation>그림의 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file (created from the built-in dataset when missing).</source>
            <translation>데이터베이스 파일 (없으면 내장 데이터로 새로 만듭니다).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size in pixels, WIDTHxHEIGHT.</source>
            <translation>픽셀 단위 크기, 너비x높이.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WxH</source>
            <translation>너비x높이</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution of PNG output.</source>
            <translation>PNG 출력의 해상도.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>DPI</source>
            <translation>DPI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>standard or presenter (light on black, larger type).</source>
            <translation>standard 또는 presenter(검은 바탕에 밝은 글자, 큰 글씨).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LOOK</source>
            <translation>모양</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this region key (repeatable).</source>
            <translation>이 지역 키만(여러 번 지정 가능).</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>KEY</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only plans with this theme key (repeatable).</source>
            <translation>이 주제 키를 가진 계획만(여러 번 지정 가능).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart unit: won, eok (KRW billion in English) or jo.</source>
            <translation>차트 단위: won, eok(영어로는 KRW billion) 또는 jo.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>UNIT</source>
            <translation>단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart only this kind: planned, secured or invested.</source>
            <translation>이 종류만 차트로: planned, secured 또는 invested.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>KIND</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stack the series of a chart.</source>
            <translation>차트의 계열을 쌓아 올립니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the series of a chart side by side.</source>
            <translation>차트의 계열을 나란히 놓습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Divide by each city's population (city and plan charts).</source>
            <translation>각 도시의 인구로 나눕니다(도시별·계획별 차트).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date of the today line of timelines.</source>
            <translation>타임라인의 오늘 선 날짜.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignored here (an option of the window).</source>
            <translation>여기서는 무시됩니다(창의 옵션).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>--lang: expected ko or en</source>
            <translation>--lang: ko 또는 en이어야 합니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No output file: give -o FILE.</source>
            <translation>출력 파일이 없습니다: -o 파일을 지정하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown format: use --format png, svg or pdf, or an output file ending in one of them.</source>
            <translation>알 수 없는 형식입니다: --format png, svg, pdf를 쓰거나 그 확장자로 끝나는 출력 파일을 지정하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--size: expected WIDTHxHEIGHT such as 1920x1080; --dpi: a number from 24 to 2400</source>
            <translation>--size: 1920x1080과 같은 너비x높이여야 합니다. --dpi: 24에서 2400 사이의 수여야 합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--look: expected standard or presenter</source>
            <translation>--look: standard 또는 presenter여야 합니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--today: expected a date YYYY-MM-DD</source>
            <translation>--today: YYYY-MM-DD 형식의 날짜여야 합니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown chart "%1": see --list-charts.</source>
            <translation>알 수 없는 차트 "%1": --list-charts를 참조하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--export-timeline: expected cities or plans</source>
            <translation>--export-timeline: cities 또는 plans여야 합니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing to export: give --export-chart, --export-timeline or --export-deck.</source>
            <translation>내보낼 것이 없습니다: --export-chart, --export-timeline 또는 --export-deck을 지정하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--export-deck writes PDF only.</source>
            <translation>--export-deck은 PDF만 씁니다.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../core/importers/CsvImporter.cpp" line="+69" />
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
            <location line="+28" />
            <location filename="../core/importers/JsonDatasetImporter.cpp" line="+114" />
            <source>the database refused the import, nothing was written: %1</source>
            <translation>데이터베이스가 가져오기를 거부하여 아무것도 기록하지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="-19" />
            <source>no rows after the header on line %1: nothing was imported</source>
            <translation>%1번째 줄의 머리글 다음에 행이 없습니다: 아무것도 가져오지 않았습니다</translation>
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
        <name>ImportPreview</name>
        <message>
            <location filename="../ui/importing/ImportPreview.cpp" line="+20" />
            <source>%1: cannot open: %2</source>
            <translation>%1: 열 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+15" />
            <source>automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 with byte-order mark</source>
            <translation>%1(바이트 순서 표시 있음)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>tab</source>
            <translation>탭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semicolon</source>
            <translation>세미콜론</translation>
        </message>
        <message>
            <location line="+2" />
            <source>comma</source>
            <translation>쉼표</translation>
        </message>
    </context>
    <context>
        <name>InvestmentChartBuilder</name>
        <message>
            <location filename="../core/charts/InvestmentChartBuilder.cpp" line="+33" />
            <source>Planned</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secured</source>
            <translation>확보</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invested</source>
            <translation>집행</translation>
        </message>
        <message>
            <location line="+7" />
            <source>National funds</source>
            <translation>국비</translation>
        </message>
        <message>
            <location line="+2" />
            <source>City funds</source>
            <translation>시비</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provincial funds</source>
            <translation>도비</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private</source>
            <translation>민간</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Foreign investment</source>
            <translation>외국인 투자</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mixed sources</source>
            <translation>복합 재원</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source of funds not stated</source>
            <translation>재원 미기재</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+23" />
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <location line="-21" />
            <location line="+23" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Theme</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>Funding source</source>
            <translation>재원</translation>
        </message>
        <message>
            <location line="-4" />
            <source>No breakdown</source>
            <translation>나누지 않음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planned, secured, invested</source>
            <translation>계획·확보·집행</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Investment by city</source>
            <translation>도시별 투자</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by plan</source>
            <translation>계획별 투자</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by theme</source>
            <translation>주제별 투자</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by year</source>
            <translation>연도별 투자</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Investment by funding source</source>
            <translation>재원별 투자</translation>
        </message>
        <message>
            <location line="+5" />
            <source>planned, secured and invested amounts</source>
            <translation>계획·확보·집행 금액</translation>
        </message>
        <message>
            <location line="+2" />
            <source>secured amounts</source>
            <translation>확보 금액</translation>
        </message>
        <message>
            <location line="+2" />
            <source>invested amounts</source>
            <translation>집행 금액</translation>
        </message>
        <message>
            <location line="+2" />
            <source>planned amounts</source>
            <translation>계획 금액</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, per resident</source>
            <translation>%1, 1인당</translation>
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
                <numerusform>예산 항목 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location line="+191" />
            <source>Estimated: a multi-year amount spread over its years</source>
            <translation>추정: 여러 해 금액을 연도별로 배분</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light bars with dashed outlines are estimates, not yearly figures of the sources: a multi-year amount is spread evenly over its years (whole won, the remainder to the first year); a year whose amount a source states keeps that amount.</source>
            <translation>옅은 색에 점선 테두리인 막대는 추정치이며 출처의 연도별 수치가 아닙니다. 여러 해에 걸친 금액을 그 기간의 연도에 원 단위로 균등 배분하고 나머지는 첫해에 더했습니다. 출처가 금액을 밝힌 연도는 그 금액을 그대로 씁니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counted once: an amount that lies within a larger amount of the same plan and kind (one year of a multi-year total, say) is part of it, not added to it.</source>
            <translation>한 번만 셈: 같은 계획·같은 종류의 더 큰 금액 안에 드는 금액(예: 여러 해 총액 중 한 해 금액)은 그 일부로 보고 더하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Planned, secured and invested amounts are shown side by side and never added together.</source>
            <translation>계획·확보·집행 금액은 나란히 보이며 서로 더하지 않습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secured amounts are recorded for this selection.</source>
            <translation>이 선택에는 확보 금액 기록이 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No invested amounts are recorded for this selection.</source>
            <translation>이 선택에는 집행 금액 기록이 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No amounts of this kind are recorded for this selection.</source>
            <translation>이 선택에는 이 종류의 금액 기록이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only %1 amounts are shown; planned, secured and invested amounts are never added together.</source>
            <translation>%1 금액만 보입니다. 계획·확보·집행 금액은 서로 더하지 않습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A plan with several themes counts in full under each of them: the bars do not add up to a total.</source>
            <translation>주제가 여러 개인 계획은 각 주제에 전액이 들어가므로 막대를 더해도 총액이 되지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Not placed in any year: %n amount(s) whose years the sources do not state, %1 in all.</source>
            <translation>
                <numerusform>연도에 배치하지 않음: 출처가 연도를 밝히지 않은 금액 %n건, 모두 %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 %2 (%3)</source>
            <comment>city population (year)</comment>
            <translation>%1 %2명(%3년)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: population not recorded, shown as zero</source>
            <translation>%1: 인구 기록이 없어 0으로 표시</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per resident: each amount is divided by the population of its city: %1.</source>
            <translation>1인당: 각 금액을 해당 도시의 인구로 나누었습니다: %1.</translation>
        </message>
    </context>
    <context>
        <name>PlanFilterBoxes</name>
        <message>
            <location filename="../ui/charts/PlanFilterBoxes.cpp" line="+13" />
            <source>All cities</source>
            <translation>모든 도시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All themes</source>
            <translation>모든 주제</translation>
        </message>
    </context>
    <context>
        <name>PresenterDeck</name>
        <message>
            <location filename="../core/charts/PresenterDeck.cpp" line="+78" />
            <source>Investment and timelines</source>
            <translation>투자와 타임라인</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../ui/report/ReportHtml.cpp" line="+146" />
            <source>InnoAtlas report</source>
            <translation>이노아틀라스 보고서</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Innovation plans: %n plan(s)</source>
            <translation>
                <numerusform>혁신 계획 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date: %1</source>
            <translation>작성일: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dataset: %1</source>
            <translation>데이터: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Official code: %1</source>
            <translation>행정표준코드: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Population: %1 (%2)</source>
            <translation>인구: %1명 (%2)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+32" />
            <source>Budget</source>
            <translation>예산</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Themes</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vision:</source>
            <translation>비전:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Structure</source>
            <translation>구조</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan states %1 × %2; %3 recorded.</source>
            <translation>계획에 밝힌 %2: %1개, 기록된 수: %3개.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Funding</source>
            <translation>재원</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Targets</source>
            <translation>목표치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>목표값</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Timeline</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Event</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other events</source>
            <translation>그 밖의 일정</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../ui/report/ReportWriter.cpp" line="+139" />
            <location line="+83" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="-36" />
            <source>%1: cannot write the PDF</source>
            <translation>%1: PDF를 쓸 수 없습니다</translation>
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
            <translation>"%1"(이)라는 도시가 없습니다. 계획이 있는 도시: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" could be any of: %2; give the official code or the whole name</source>
            <translation>"%1"에 해당하는 도시가 여럿입니다: %2. 행정표준코드나 전체 이름을 쓰십시오</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the city has no single plan "%1"; its plans: %2</source>
            <translation>이 도시에는 "%1"에 해당하는 계획이 하나로 정해지지 않습니다. 이 도시의 계획: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>없음</translation>
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
            <location line="+30" />
            <source>%1 was changed meanwhile by someone else; reload it and try again</source>
            <translation>%1을(를) 그사이 다른 사용자가 변경했습니다. 다시 불러온 뒤 다시 시도하십시오</translation>
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
        <name>SourceIndex</name>
        <message>
            <location filename="../core/charts/SourceIndex.cpp" line="+41" />
            <source>c. %1</source>
            <translation>%1경</translation>
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
            <translation>출처: %1</translation>
        </message>
    </context>
    <context>
        <name>TargetsBuilder</name>
        <message>
            <location filename="../core/charts/TargetsBuilder.cpp" line="+26" />
            <source>Targets — from baseline to target</source>
            <translation>목표 — 기준값에서 목표값까지</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Each row has its own scale: percentages from 0 to 100 %, other units from zero to the larger value.</source>
            <translation>행마다 눈금이 따로 있습니다. 백분율은 0~100%, 다른 단위는 0부터 두 값 중 큰 값까지입니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n target(s) have no baseline in the sources: only the target is drawn.</source>
            <translation>
                <numerusform>목표 %n개는 출처에 기준값이 없어 목표값만 그렸습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <location filename="../ui/common/Terms.cpp" line="+27" />
            <source>country</source>
            <comment>regionLevel</comment>
            <translation>국가</translation>
        </message>
        <message>
            <location line="+1" />
            <source>special city</source>
            <comment>regionLevel</comment>
            <translation>특별시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>metropolitan city</source>
            <comment>regionLevel</comment>
            <translation>광역시</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special self-governing city</source>
            <comment>regionLevel</comment>
            <translation>특별자치시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>province</source>
            <comment>regionLevel</comment>
            <translation>도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>special self-governing province</source>
            <comment>regionLevel</comment>
            <translation>특별자치도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city</source>
            <comment>regionLevel</comment>
            <translation>시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county</source>
            <comment>regionLevel</comment>
            <translation>군</translation>
        </message>
        <message>
            <location line="+1" />
            <source>district</source>
            <comment>regionLevel</comment>
            <translation>구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city abroad</source>
            <comment>regionLevel</comment>
            <translation>해외 도시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region abroad</source>
            <comment>regionLevel</comment>
            <translation>해외 지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>government</source>
            <comment>organisationKind</comment>
            <translation>정부·지자체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ministry</source>
            <comment>organisationKind</comment>
            <translation>중앙부처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agency</source>
            <comment>organisationKind</comment>
            <translation>공공기관</translation>
        </message>
        <message>
            <location line="+1" />
            <source>company</source>
            <comment>organisationKind</comment>
            <translation>기업</translation>
        </message>
        <message>
            <location line="+1" />
            <source>research institute</source>
            <comment>organisationKind</comment>
            <translation>연구기관</translation>
        </message>
        <message>
            <location line="+1" />
            <source>university</source>
            <comment>organisationKind</comment>
            <translation>대학</translation>
        </message>
        <message>
            <location line="+1" />
            <source>association</source>
            <comment>organisationKind</comment>
            <translation>협회·단체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>committee</source>
            <comment>organisationKind</comment>
            <translation>위원회</translation>
        </message>
        <message>
            <location line="+2" />
            <source>international organisation</source>
            <comment>organisationKind</comment>
            <translation>국제기구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>organisationKind</comment>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goal</source>
            <comment>elementKind</comment>
            <translation>목표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strategy</source>
            <comment>elementKind</comment>
            <translation>전략</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field</source>
            <comment>elementKind</comment>
            <translation>분야</translation>
        </message>
        <message>
            <location line="+1" />
            <source>area</source>
            <comment>elementKind</comment>
            <translation>영역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>task</source>
            <comment>elementKind</comment>
            <translation>과제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>project</source>
            <comment>elementKind</comment>
            <translation>사업</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goals</source>
            <comment>elementKindPlural</comment>
            <translation>목표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strategies</source>
            <comment>elementKindPlural</comment>
            <translation>전략</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fields</source>
            <comment>elementKindPlural</comment>
            <translation>분야</translation>
        </message>
        <message>
            <location line="+1" />
            <source>areas</source>
            <comment>elementKindPlural</comment>
            <translation>영역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tasks</source>
            <comment>elementKindPlural</comment>
            <translation>과제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>projects</source>
            <comment>elementKindPlural</comment>
            <translation>사업</translation>
        </message>
        <message>
            <location line="+1" />
            <source>national funds</source>
            <comment>funding</comment>
            <translation>국비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city funds</source>
            <comment>funding</comment>
            <translation>시비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provincial funds</source>
            <comment>funding</comment>
            <translation>도비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>private sector</source>
            <comment>funding</comment>
            <translation>민간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>foreign investment</source>
            <comment>funding</comment>
            <translation>외국인 투자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mixed sources</source>
            <comment>funding</comment>
            <translation>복합 재원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source not stated</source>
            <comment>funding</comment>
            <translation>재원 미상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned</source>
            <comment>budgetKind</comment>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secured</source>
            <comment>budgetKind</comment>
            <translation>확보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invested</source>
            <comment>budgetKind</comment>
            <translation>집행</translation>
        </message>
        <message>
            <location line="+1" />
            <source>percent</source>
            <comment>unit</comment>
            <translation>퍼센트</translation>
        </message>
        <message>
            <location line="+1" />
            <source>won</source>
            <comment>unit</comment>
            <translation>원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>persons</source>
            <comment>unit</comment>
            <translation>명</translation>
        </message>
        <message>
            <location line="+1" />
            <source>companies</source>
            <comment>unit</comment>
            <translation>기업 수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank</source>
            <comment>unit</comment>
            <translation>순위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>count</source>
            <comment>unit</comment>
            <translation>개수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>square kilometres</source>
            <comment>unit</comment>
            <translation>제곱킬로미터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>square metres</source>
            <comment>unit</comment>
            <translation>제곱미터</translation>
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
            <translation>%1명</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 companies</source>
            <comment>unitValue</comment>
            <translation>%1개사</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank %1</source>
            <comment>unitValue</comment>
            <translation>%1위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 km²</source>
            <comment>unitValue</comment>
            <translation>%1km²</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 m²</source>
            <comment>unitValue</comment>
            <translation>%1m²</translation>
        </message>
        <message>
            <location line="+1" />
            <source>announcement</source>
            <comment>eventKind</comment>
            <translation>발표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ceremony</source>
            <comment>eventKind</comment>
            <translation>기념식</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meeting</source>
            <comment>eventKind</comment>
            <translation>회의</translation>
        </message>
        <message>
            <location line="+1" />
            <source>designation</source>
            <comment>eventKind</comment>
            <translation>지정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agreement</source>
            <comment>eventKind</comment>
            <translation>협약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>visit</source>
            <comment>eventKind</comment>
            <translation>방문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>investment</source>
            <comment>eventKind</comment>
            <translation>투자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>milestone</source>
            <comment>eventKind</comment>
            <translation>주요 단계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>forum</source>
            <comment>eventKind</comment>
            <translation>포럼</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>eventKind</comment>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lead</source>
            <comment>role</comment>
            <translation>주관</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partner</source>
            <comment>role</comment>
            <translation>협력</translation>
        </message>
        <message>
            <location line="+1" />
            <source>member</source>
            <comment>role</comment>
            <translation>회원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prospective member</source>
            <comment>role</comment>
            <translation>가입 예정 회원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>investor</source>
            <comment>role</comment>
            <translation>투자자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>host</source>
            <comment>role</comment>
            <translation>개최</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organiser</source>
            <comment>role</comment>
            <translation>주최</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chair</source>
            <comment>role</comment>
            <translation>의장</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attendee</source>
            <comment>role</comment>
            <translation>참석</translation>
        </message>
        <message>
            <location line="+1" />
            <source>operator</source>
            <comment>role</comment>
            <translation>운영</translation>
        </message>
        <message>
            <location line="+1" />
            <source>funder</source>
            <comment>role</comment>
            <translation>재원 제공</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other</source>
            <comment>role</comment>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+1" />
            <source>article</source>
            <comment>sourceKind</comment>
            <translation>기사</translation>
        </message>
        <message>
            <location line="+1" />
            <source>press release</source>
            <comment>sourceKind</comment>
            <translation>보도자료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statistics</source>
            <comment>sourceKind</comment>
            <translation>통계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dataset</source>
            <comment>sourceKind</comment>
            <translation>데이터셋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report</source>
            <comment>sourceKind</comment>
            <translation>보고서</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <comment>language</comment>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <comment>language</comment>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <comment>entityKind</comment>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan</source>
            <comment>entityKind</comment>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan element</source>
            <comment>entityKind</comment>
            <translation>계획 요소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>budget line</source>
            <comment>entityKind</comment>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>target</source>
            <comment>entityKind</comment>
            <translation>목표치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>indicator</source>
            <comment>entityKind</comment>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>event</source>
            <comment>entityKind</comment>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>participant</source>
            <comment>entityKind</comment>
            <translation>참여 주체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>organisation</source>
            <comment>entityKind</comment>
            <translation>기관</translation>
        </message>
        <message>
            <location line="+1" />
            <source>theme</source>
            <comment>entityKind</comment>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source</source>
            <comment>entityKind</comment>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quote</source>
            <comment>entityKind</comment>
            <translation>인용문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stated count</source>
            <comment>entityKind</comment>
            <translation>명시된 개수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>population</source>
            <comment>entityKind</comment>
            <translation>인구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>figure</source>
            <comment>entityKind</comment>
            <translation>수치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <comment>entityKindPlural</comment>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plans</source>
            <comment>entityKindPlural</comment>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan elements</source>
            <comment>entityKindPlural</comment>
            <translation>계획 요소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines</source>
            <comment>entityKindPlural</comment>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Targets</source>
            <comment>entityKindPlural</comment>
            <translation>목표치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicators</source>
            <comment>entityKindPlural</comment>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <comment>entityKindPlural</comment>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <comment>entityKindPlural</comment>
            <translation>참여 주체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations</source>
            <comment>entityKindPlural</comment>
            <translation>기관</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Themes</source>
            <comment>entityKindPlural</comment>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <comment>entityKindPlural</comment>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quotes</source>
            <comment>entityKindPlural</comment>
            <translation>인용문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated counts</source>
            <comment>entityKindPlural</comment>
            <translation>명시된 개수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population figures</source>
            <comment>entityKindPlural</comment>
            <translation>인구 수치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures</source>
            <comment>entityKindPlural</comment>
            <translation>수치</translation>
        </message>
    </context>
    <context>
        <name>TimelineBuilder</name>
        <message>
            <location filename="../core/charts/TimelineBuilder.cpp" line="+22" />
            <source>Timeline by plan</source>
            <translation>계획별 타임라인</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Timeline by city</source>
            <translation>도시별 타임라인</translation>
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
            <translation>%1: 기타 사건</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A date known only to the month or the year is drawn as the whole month or year.</source>
            <translation>월이나 연도까지만 알려진 날짜는 그 달 또는 그 해 전체로 그렸습니다.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The axis is shortened where nothing is dated for years: %1.</source>
            <translation>여러 해 동안 날짜가 없는 구간은 축을 줄였습니다: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n target(s) without a target year are not shown.</source>
            <translation>
                <numerusform>목표 연도가 없는 목표 %n개는 표시하지 않았습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WriteAccess</name>
        <message>
            <location filename="../core/editing/WriteAccess.cpp" line="+22" />
            <source>the file is on a read-only medium</source>
            <translation>파일이 읽기 전용 매체에 있습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file's permissions do not allow changes</source>
            <translation>파일 권한이 변경을 허용하지 않습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its folder cannot be written</source>
            <translation>파일이 있는 폴더에 쓸 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::AboutDialog</name>
        <message>
            <location filename="../ui/main/AboutDialog.cpp" line="+77" />
            <source>About InnoAtlas</source>
            <translation>이노아틀라스 정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>InnoAtlas %1</source>
            <translation>이노아틀라스 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;p&gt;InnoAtlas shows the innovation plans of Korean cities in Korean and English: what each city plans, when, with how much money from whom, towards which targets, and what the source documents actually said. Every figure carries the verbatim quote it comes from; a figure a source prints wrongly is corrected with a curator's note.&lt;/p&gt;&lt;p&gt;Built with Qt %1. Database: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;이노아틀라스는 한국 도시의 혁신 계획을 한국어와 영어로 보여 줍니다. 각 도시가 무엇을, 언제, 누구의 재원으로 얼마를 들여, 어떤 목표를 향해 계획하는지, 그리고 원문 자료가 실제로 무엇이라 했는지를 담습니다. 모든 수치에는 근거가 된 원문 인용이 붙어 있으며, 출처가 잘못 표기한 수치는 큐레이터 메모와 함께 바로잡았습니다.&lt;/p&gt;&lt;p&gt;Qt %1로 만들었습니다. 데이터베이스: %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>&amp;Data sources (%n):</source>
            <translation>
                <numerusform>데이터 출처(&amp;D) (%n건):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data sources</source>
            <translation>데이터 출처</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::BudgetLineModel</name>
        <message>
            <location filename="../ui/models/BudgetLineModel.cpp" line="+73" />
            <source>Funding source</source>
            <translation>재원</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget line</source>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Years</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::BudgetRows</name>
        <message>
            <location filename="../core/importers/BudgetRows.cpp" line="+42" />
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
            <location line="+96" />
            <source>the plan needs a region: name one in the mapping (budget.region)</source>
            <translation>계획에는 지역이 필요합니다. 매핑에 지정하십시오(budget.region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan's region "%1" is not in the database</source>
            <translation>계획의 지역 "%1"이(가) 데이터베이스에 없습니다</translation>
        </message>
        <message>
            <location line="+7" />
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
        <name>innoatlas::CountModel</name>
        <message>
            <location filename="../ui/models/CountModel.cpp" line="+41" />
            <source>The plan states no number of %1; %2 recorded.</source>
            <translation>계획에 %1 수가 명시되어 있지 않습니다. %2개가 기록되어 있습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The plan states %1 %2, but %3 are recorded in InnoAtlas.</source>
            <translation>계획은 %2 %1개를 명시하지만 이노아틀라스에는 %3개가 기록되어 있습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>As many recorded as the plan states.</source>
            <translation>계획에 명시된 수만큼 기록되어 있습니다.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Element</source>
            <translation>구성 요소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recorded / stated</source>
            <translation>기록 / 명시</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DateField</name>
        <message>
            <location filename="../ui/editing/DateField.cpp" line="+54" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD, YYYY-MM 또는 YYYY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approximate</source>
            <translation>대략</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much of the date the source gives</source>
            <translation>출처가 날짜를 어디까지 밝히는지</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DetailFieldModel</name>
        <message>
            <location filename="../ui/models/DetailFieldModel.cpp" line="+53" />
            <source>%1 (stated)</source>
            <translation>%1 (명시)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Population %1</source>
            <translation>인구 %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget line</source>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vision</source>
            <translation>비전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>행정 단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrative code</source>
            <translation>행정 코드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>국가</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part of</source>
            <translation>상위 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headline budget</source>
            <translation>총사업비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Years</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Funding source</source>
            <translation>재원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan element</source>
            <translation>계획 요소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>목표값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of event</source>
            <translation>일정 종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation>참여 주체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of organisation</source>
            <translation>기관 종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publisher</source>
            <translation>발행처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of source</source>
            <translation>출처 종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>발행일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed file</source>
            <translation>원본 파일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quotes</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Verbatim quote</source>
            <translation>원문 인용</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Translation</source>
            <translation>번역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Curator's note</source>
            <translation>큐레이터 메모</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Double-click to open</source>
            <translation>두 번 클릭하면 엽니다</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Review status, or where the figure stands with its sources</source>
            <translation>검토 상태, 또는 수치와 출처의 관계</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>영어</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::DetailView</name>
        <message>
            <location filename="../ui/detail/DetailView.cpp" line="+176" />
            <source>Select a city, a plan or any entry in the navigator to read it here in Korean and English, with the source of every figure.</source>
            <translation>탐색기에서 도시, 계획 또는 항목을 선택하면 여기에서 한국어와 영어로, 모든 수치의 출처와 함께 볼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields in Korean and English</source>
            <translation>한국어와 영어 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources of the figures</source>
            <translation>수치의 출처</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EditingController</name>
        <message>
            <location filename="../ui/editing/EditingController.cpp" line="+41" />
            <source>the database was opened read-only</source>
            <translation>데이터베이스를 읽기 전용으로 열었습니다</translation>
        </message>
        <message>
            <location line="+58" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Undo %1</source>
            <translation>실행 취소: %1(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Redo %1</source>
            <translation>다시 실행: %1(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take back the last change to the data</source>
            <translation>데이터에 한 마지막 변경을 되돌립니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the change taken back again</source>
            <translation>되돌린 변경을 다시 적용합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New Entry…</source>
            <translation>새 항목(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a region, plan, budget line, target, event, source, quote …</source>
            <translation>지역, 계획, 예산 항목, 목표, 일정, 출처, 인용문 …을 추가합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Entry…</source>
            <translation>항목 편집(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected entry in Korean and English</source>
            <translation>선택한 항목을 한국어와 영어로 고칩니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Entry</source>
            <translation>항목 삭제(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected entry, after showing what it affects</source>
            <translation>영향을 받는 항목을 보여 준 뒤 선택한 항목을 지웁니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo History</source>
            <translation>실행 취소 기록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the list of changes that can be undone</source>
            <translation>실행 취소할 수 있는 변경 목록을 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;열었을 때&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Add %1 “%2”</source>
            <translation>%1 “%2” 추가</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete %1 “%2”</source>
            <translation>%1 “%2” 삭제</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit %1 “%2”</source>
            <translation>%1 “%2” 편집</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The undo history was cleared; the data is as the other writer left it.</source>
            <translation>실행 취소 기록을 비웠습니다. 데이터는 다른 사용자가 남긴 그대로입니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>writing to the file was refused</source>
            <translation>파일에 쓰기가 거부되었습니다</translation>
        </message>
        <message>
            <location line="+118" />
            <source>“%1” cannot be edited here.</source>
            <translation>“%1”은(는) 여기에서 편집할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Overwrite %1 “%2”</source>
            <translation>%1 “%2” 덮어쓰기</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EntityForm</name>
        <message>
            <location filename="../ui/editing/EntityForm.cpp" line="+373" />
            <source>needs a text in Korean or English</source>
            <translation>한국어나 영어로 글을 써야 합니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the date does not match its precision</source>
            <translation>날짜가 정밀도와 맞지 않습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a figure needs the quote of its source</source>
            <translation>수치에는 출처의 인용문이 있어야 합니다</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot save yet — %1: %2</source>
            <translation>아직 저장할 수 없습니다 — %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Edit %1</source>
            <translation>%1 고치기</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>New %1</source>
            <translation>새 %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+11" />
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add quote…</source>
            <translation>인용문 추가…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields marked * are required. New and changed texts are saved as drafts for review.</source>
            <translation>*표가 있는 칸은 필수입니다. 새로 쓰거나 고친 글은 검토를 기다리는 초안으로 저장됩니다.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::EventModel</name>
        <message>
            <location filename="../ui/models/EventModel.cpp" line="+55" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ExportMenu</name>
        <message>
            <location filename="../ui/charts/ExportMenu.cpp" line="+47" />
            <source>%1 files (*.%2)</source>
            <translation>%1 파일 (*.%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as &amp;PNG…</source>
            <translation>PNG로 내보내기(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as &amp;SVG…</source>
            <translation>SVG로 내보내기(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as P&amp;DF…</source>
            <translation>PDF로 내보내기(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy to Clipboard</source>
            <translation>클립보드로 복사(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ExportSizeDialog</name>
        <message>
            <location filename="../ui/charts/ExportSizeDialog.cpp" line="+12" />
            <source>Image size</source>
            <translation>이미지 크기</translation>
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
            <translation>너비(&amp;W):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Height:</source>
            <translation>높이(&amp;H):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Resolution:</source>
            <translation>해상도(&amp;R):</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::FieldEditor</name>
        <message>
            <location filename="../ui/review/FieldEditor.cpp" line="+211" />
            <source>verbatim source text</source>
            <translation>출처 원문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — needs review: the %2 changed</source>
            <translation>%1 — 다시 검토 필요: %2 글이 바뀜</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (edited, not saved)</source>
            <translation>%1 (고침, 저장 안 됨)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 — %2 · %3</source>
            <translation>%1 — %2 · %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select a field in the table to edit it.</source>
            <translation>고칠 항목을 표에서 고르세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The %1 changed after the %2 was reviewed. What changed in the %1:</source>
            <translation>%2 검토 뒤에 %1 글이 바뀌었습니다. %1에서 바뀐 부분:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Korean</source>
            <translation>한국어(&amp;K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English</source>
            <translation>영어(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean text</source>
            <translation>한국어 글</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English text</source>
            <translation>영어 글</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes in the other language</source>
            <translation>다른 언어의 변경 내용</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save and Next</source>
            <translation>저장하고 다음(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save both texts and go to the next field</source>
            <translation>두 글을 저장하고 다음 항목으로 갑니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark &amp;Reviewed</source>
            <translation>검토됨으로 표시(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save and mark the language being edited as reviewed (both languages when neither is being edited)</source>
            <translation>저장하고 입력 중인 언어를 검토됨으로 표시합니다(입력 중인 언어가 없으면 두 언어 모두)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark &amp;Approved</source>
            <translation>승인됨으로 표시(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save and mark the language being edited as approved (both languages when neither is being edited)</source>
            <translation>저장하고 입력 중인 언어를 승인됨으로 표시합니다(입력 중인 언어가 없으면 두 언어 모두)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;vert</source>
            <translation>되돌리기(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put back the saved texts of this field</source>
            <translation>이 항목의 저장된 글로 되돌립니다</translation>
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
            <translation>투자 차트에 쓸 예산 항목을 세는 중…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Investment charts</source>
            <translation>투자 차트</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The charts count every budget line: %1</source>
            <translation>차트가 모든 예산 항목을 하나씩 셉니다: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>Added to the deck: %n slide(s)</source>
            <translation>
                <numerusform>발표 자료에 추가했습니다: 슬라이드 %n장</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The slide could not be added: %1</source>
            <translation>슬라이드를 추가하지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Investment</source>
            <translation>투자</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Timeline</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Targets</source>
            <translation>목표치</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::FindingModel</name>
        <message>
            <location filename="../ui/review/FindingModel.cpp" line="+24" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning</source>
            <translation>경고</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>참고</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Severity</source>
            <translation>심각도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finding</source>
            <translation>검사 결과</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryModel</name>
        <message>
            <location filename="../ui/review/GlossaryModel.cpp" line="+77" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also accepted</source>
            <translation>허용되는 형태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forbidden</source>
            <translation>금지 형태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>참고</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryPanel</name>
        <message>
            <location filename="../ui/review/GlossaryPanel.cpp" line="+132" />
            <source>&amp;Add Term…</source>
            <translation>용어 추가(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Term…</source>
            <translation>용어 수정(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Term</source>
            <translation>용어 삭제(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Glossary</source>
            <translation>용어집</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GlossaryTermDialog</name>
        <message>
            <location filename="../ui/review/GlossaryTermDialog.cpp" line="+13" />
            <source>Add Glossary Term</source>
            <translation>용어집 용어 추가</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit Glossary Term</source>
            <translation>용어집 용어 수정</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Forms separated by semicolons</source>
            <translation>형태를 세미콜론(;)으로 구분</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Korean:</source>
            <translation>한국어(&amp;K):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English:</source>
            <translation>영어(&amp;E):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean also &amp;accepted:</source>
            <translation>한국어 허용 형태(&amp;A):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English also a&amp;ccepted:</source>
            <translation>영어 허용 형태(&amp;C):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean &amp;forbidden:</source>
            <translation>한국어 금지 형태(&amp;F):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English f&amp;orbidden:</source>
            <translation>영어 금지 형태(&amp;O):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>메모(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::GroupOverviewPage</name>
        <message>
            <location filename="../ui/main/GroupOverviewPage.cpp" line="+124" />
            <source>Theme</source>
            <translation>주제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>InnoAtlas</source>
            <translation>이노아틀라스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Innovation plans of Korean cities</source>
            <translation>한국 도시의 혁신 계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a city, a plan or a theme in the navigator, or search with Ctrl+K. Every figure shows where it comes from.</source>
            <translation>탐색기에서 도시, 계획 또는 주제를 고르거나 Ctrl+K로 검색하십시오. 모든 수치에는 출처가 표시됩니다.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+3" />
            <source>Plans</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Population</source>
            <translation>인구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrative code</source>
            <translation>행정 코드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No plan is recorded here.</source>
            <translation>기록된 계획이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines by funding source</source>
            <translation>재원별 예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No budget line is recorded for these plans.</source>
            <translation>이 계획들에 기록된 예산 항목이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event is recorded here.</source>
            <translation>기록된 일정이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overview</source>
            <translation>개요</translation>
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
            <translation>글 고침 (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State changed (%1)</source>
            <translation>상태 바뀜 (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other language changed (%1)</source>
            <translation>다른 언어가 바뀜 (%1)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>When</source>
            <translation>언제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation>누가</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>변경</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Old text</source>
            <translation>이전 글</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New text</source>
            <translation>새 글</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportFilePage</name>
        <message>
            <location filename="../ui/importing/ImportFilePage.cpp" line="+113" />
            <source>Import a table</source>
            <translation>표 가져오기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>표 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a CSV file: UTF-8 (with or without byte-order mark), CP949/EUC-KR or UTF-16, separated by commas, tabs or semicolons.</source>
            <translation>CSV 파일을 고르십시오. UTF-8(바이트 순서 표시 유무 상관없음), CP949/EUC-KR, UTF-16 인코딩에 쉼표, 탭, 세미콜론으로 구분된 파일을 읽습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This file cannot be imported: %1</source>
            <translation>이 파일은 가져올 수 없습니다: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Read as %1, delimiter: %2, header on line %3 (%n column(s)). The first rows as they will be imported:</source>
            <translation>
                <numerusform>%1(으)로 읽음, 구분자: %2, 머리글은 %3번째 줄(열 %n개). 가져올 때와 똑같이 읽은 첫 행들:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the table to import. Title lines above the header are skipped.</source>
            <translation>가져올 표를 고르십시오. 머리글 위의 제목 줄은 건너뜁니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File:</source>
            <translation>파일(&amp;F):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Encoding:</source>
            <translation>인코딩(&amp;E):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delimiter:</source>
            <translation>구분자(&amp;D):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lines before header:</source>
            <translation>머리글 앞 줄 수(&amp;L):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Detect automatically</source>
            <translation>자동으로 알아내기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comma</source>
            <translation>쉼표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab</source>
            <translation>탭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semicolon</source>
            <translation>세미콜론</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File to import</source>
            <translation>가져올 파일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview of the first rows</source>
            <translation>첫 행 미리 보기</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportMappingPage</name>
        <message>
            <location filename="../ui/importing/ImportMappingPage.cpp" line="+230" />
            <location line="+253" />
            <source>(not imported)</source>
            <translation>(가져오지 않음)</translation>
        </message>
        <message>
            <location line="-249" />
            <source>%1 (not in this file)</source>
            <translation>%1 (이 파일에 없음)</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Choose the column for %1.</source>
            <translation>%1에 쓸 열을 고르십시오.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This file has no column "%1" (for %2).</source>
            <translation>이 파일에는 "%1" 열이 없습니다(%2 항목).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file has no column "%1".</source>
            <translation>이 파일에는 "%1" 열이 없습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file has no column "%1" (rows are kept by it).</source>
            <translation>이 파일에는 "%1" 열이 없습니다(가져올 행을 이 열로 고릅니다).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the column of at least one level of the budget hierarchy.</source>
            <translation>예산 계층 가운데 적어도 한 단계의 열을 고르십시오.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the year column, or the year of every figure.</source>
            <translation>연도 열을 고르거나, 모든 수치에 쓸 연도를 정하십시오.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name the publisher and the title of the source the rows are quoted from.</source>
            <translation>행을 인용할 출처의 발행 기관과 제목을 적으십시오.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ready to import.</source>
            <translation>가져올 준비가 되었습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: cannot read: %2</source>
            <translation>%1: 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>From file: %1</source>
            <translation>파일에서: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: cannot write: %2</source>
            <translation>%1: 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+4" />
            <source>Load a mapping</source>
            <translation>매핑 불러오기</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+10" />
            <source>Import mappings (*.json);;All files (*)</source>
            <translation>가져오기 매핑 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+4" />
            <source>Save the mapping</source>
            <translation>매핑 저장</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Korean)</source>
            <translation>이름(한국어)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (English)</source>
            <translation>이름(영어)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>행정 단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent code</source>
            <translation>상위 코드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population</source>
            <translation>인구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region code</source>
            <translation>지역 코드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 1 (area)</source>
            <translation>1단계(분야)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 2 (field)</source>
            <translation>2단계(부문)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 3 (task)</source>
            <translation>3단계(과제)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level 4 (project)</source>
            <translation>4단계(사업)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Mapping</source>
            <translation>매핑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose how the columns become data: a built-in mapping, a saved one, or your own.</source>
            <translation>열을 어떻게 데이터로 바꿀지 고르십시오. 기본 제공 매핑, 저장해 둔 매핑, 또는 직접 만든 매핑을 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal-dong code list (legal-dong)</source>
            <translation>법정동코드 전체자료 (legal-dong)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KOSIS census population (kosis-population)</source>
            <translation>KOSIS 총조사인구 (kosis-population)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open fiscal data budget (fiscal-budget)</source>
            <translation>열린재정 예산 (fiscal-budget)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>My own mapping</source>
            <translation>직접 만든 매핑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>지역</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Population figures</source>
            <translation>인구 수치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget lines</source>
            <translation>예산 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update them</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave them as they are</source>
            <translation>그대로 두기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provinces and metropolitan cities</source>
            <translation>시도(광역자치단체)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also their cities, counties and districts</source>
            <translation>시도와 그 아래 시군구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the year column</source>
            <translation>연도 열에서</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mapping:</source>
            <translation>매핑(&amp;M):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Imports:</source>
            <translation>가져올 것(&amp;I):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xisting data:</source>
            <translation>기존 데이터(&amp;X):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source &amp;publisher:</source>
            <translation>출처 발행 기관(&amp;P):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source &amp;title:</source>
            <translation>출처 제목(&amp;T):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amounts &amp;in:</source>
            <translation>금액 단위(&amp;I):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;gions:</source>
            <translation>지역 범위(&amp;G):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Year of the figures:</source>
            <translation>수치의 연도(&amp;Y):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load…</source>
            <translation>불러오기(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save…</source>
            <translation>저장(&amp;S)…</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportRunPage</name>
        <message>
            <location filename="../ui/importing/ImportRunPage.cpp" line="+68" />
            <source>Writing the rows and indexing them for search…</source>
            <translation>행을 저장하고 검색 색인을 만드는 중…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Reading and checking %1…</source>
            <translation>%1 파일을 읽고 검사하는 중…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Cancelled: nothing was imported.</source>
            <translation>취소됨: 아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was imported: %1</source>
            <translation>아무것도 가져오지 않았습니다: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) rejected: nothing was imported. Correct the file or the mapping and import again.</source>
            <translation>
                <numerusform>%n개 행이 거부되어 아무것도 가져오지 않았습니다. 파일이나 매핑을 고친 뒤 다시 가져오십시오.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported.</source>
            <translation>가져왔습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; skipped: %5.</source>
            <translation>읽은 행: %1, 새로 추가: %2, 갱신: %3, 변경 없음: %4, 건너뜀: %5.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows read: %1; would be new: %2; would be updated: %3; unchanged: %4; skipped: %5.</source>
            <translation>읽은 행: %1, 추가될 행: %2, 갱신될 행: %3, 변경 없음: %4, 건너뜀: %5.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total amount: %1 won</source>
            <translation>합계 금액: %1원</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The first %1 rejected rows are listed.</source>
            <translation>거부된 행 중 처음 %1개를 보여 줍니다.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+4" />
            <source>Save the report</source>
            <translation>보고서 저장</translation>
        </message>
        <message>
            <location line="-3" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All or nothing: a single rejected row, an error or Cancel leaves the database unchanged.</source>
            <translation>전부 되거나 전혀 되지 않습니다. 한 행이라도 거부되거나, 오류가 나거나, 취소하면 데이터베이스는 그대로입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel import</source>
            <translation>가져오기 취소(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save report…</source>
            <translation>보고서 저장(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import progress</source>
            <translation>가져오기 진행 상황</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected rows</source>
            <translation>거부된 행</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ImportWizard</name>
        <message>
            <location filename="../ui/importing/ImportWizard.cpp" line="+88" />
            <source>Import a table</source>
            <translation>표 가져오기</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::IntegrityWatch</name>
        <message>
            <location filename="../ui/main/IntegrityWatch.cpp" line="+34" />
            <source>Damaged database</source>
            <translation>손상된 데이터베이스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is damaged (%2). InnoAtlas closes it without writing to it; restore a backup (File › Restore from Backup…) or open another database.</source>
            <translation>%1 파일이 손상되었습니다(%2). 이노아틀라스는 이 파일에 아무것도 쓰지 않고 닫습니다. 백업을 복원하거나(파일 › 백업에서 복원…) 다른 데이터베이스를 여십시오.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::InvestmentChartView</name>
        <message>
            <location filename="../ui/charts/InvestmentChartView.cpp" line="+203" />
            <source>&amp;By:</source>
            <translation>기준(&amp;B):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Split:</source>
            <translation>나누기(&amp;S):</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Grouped</source>
            <translation>나란히</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stacked</source>
            <translation>누적</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Per &amp;resident</source>
            <translation>1인당(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to &amp;Deck</source>
            <translation>덱에 추가(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this chart, as set up, to the presenter deck</source>
            <translation>지금 설정한 이 차트를 발표 덱에 추가합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Categories</source>
            <translation>범주</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>계열</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of amount</source>
            <translation>금액 종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bar layout</source>
            <translation>막대 배치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City filter</source>
            <translation>도시 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>주제 필터</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MainActions</name>
        <message>
            <location filename="../ui/main/MainActions.cpp" line="+121" />
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import a CSV table: regions, populations or a budget, all or nothing</source>
            <translation>CSV 표(지역, 인구, 예산)를 전부 또는 전혀 가져오지 않는 방식으로 가져옵니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Report…</source>
            <translation>보고서(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a PDF report of the selected city or plan in Korean, English or both</source>
            <translation>고른 도시나 계획의 PDF 보고서를 한국어, 영어 또는 두 언어로 씁니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore from Backup…</source>
            <translation>백업에서 복원(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back to a backup of the database, made before an import or an upgrade</source>
            <translation>가져오기나 업그레이드 전에 만든 데이터베이스 백업으로 되돌아갑니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close InnoAtlas</source>
            <translation>이노아틀라스를 닫습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected row or text, in Korean and English</source>
            <translation>선택한 행이나 텍스트를 한국어와 영어로 복사합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find…</source>
            <translation>찾기(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search every Korean and English text, initial consonants (ㄷㅈ) and amounts</source>
            <translation>모든 한국어·영어 텍스트, 초성(ㄷㅈ), 금액을 검색합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferences…</source>
            <translation>환경 설정(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your name for the history of changes</source>
            <translation>변경 기록에 남길 내 이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back</source>
            <translation>뒤로(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go back to the entry shown before</source>
            <translation>이전에 본 항목으로 돌아갑니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Forward</source>
            <translation>앞으로(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go forward again</source>
            <translation>다시 앞으로 갑니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By &amp;region</source>
            <translation>지역별(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the plans under their cities</source>
            <translation>계획을 도시별로 나열합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By &amp;theme</source>
            <translation>주제별(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the plans under their themes (space, AI, bio ...)</source>
            <translation>계획을 주제(우주, 인공지능, 바이오 등)별로 나열합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Same as the interface</source>
            <translation>인터페이스와 같게(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in the language of the menus</source>
            <translation>데이터를 메뉴와 같은 언어로 표시합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Korean</source>
            <translation>한국어(&amp;K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in Korean</source>
            <translation>데이터를 한국어로 표시합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English</source>
            <translation>영어(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in English</source>
            <translation>데이터를 영어로 표시합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Both side by side</source>
            <translation>두 언어 나란히(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data in Korean and English together</source>
            <translation>데이터를 한국어와 영어로 함께 표시합니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Menus and labels in Korean</source>
            <translation>메뉴와 레이블을 한국어로</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Menus and labels in English</source>
            <translation>메뉴와 레이블을 영어로</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;System</source>
            <translation>시스템(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The desktop's colours</source>
            <translation>데스크톱 색상을 따릅니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Light</source>
            <translation>밝게(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark text on a light background</source>
            <translation>밝은 배경에 어두운 글자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dark</source>
            <translation>어둡게(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light text on a dark background</source>
            <translation>어두운 배경에 밝은 글자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;High contrast</source>
            <translation>고대비(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Black, white and yellow with larger type, for projectors</source>
            <translation>프로젝터용: 검정·흰색·노랑과 큰 글자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ull Screen</source>
            <translation>전체 화면(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the whole screen</source>
            <translation>화면 전체를 사용합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset Layout</source>
            <translation>배치 초기화(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the navigator, details and search results back in their places</source>
            <translation>탐색기, 상세 정보, 검색 결과를 원래 자리로 되돌립니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User &amp;Guide</source>
            <translation>사용자 안내서(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the user guide in the interface language</source>
            <translation>화면 언어로 된 사용자 안내서를 엽니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About InnoAtlas</source>
            <translation>이노아틀라스 정보(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and data sources</source>
            <translation>버전과 데이터 출처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About &amp;Qt</source>
            <translation>Qt 정보(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Qt toolkit InnoAtlas is built with</source>
            <translation>이노아틀라스를 만든 Qt 툴킷</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Group Navigator</source>
            <translation>탐색기 분류(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Content Language</source>
            <translation>콘텐츠 언어(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Interface Language</source>
            <translation>인터페이스 언어(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>이동(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MainWindow</name>
        <message>
            <location filename="../ui/main/MainWindow.cpp" line="+456" />
            <source>The user guide is not installed (%1).</source>
            <translation>사용자 안내서가 설치되어 있지 않습니다 (%1).</translation>
        </message>
        <message>
            <location line="+38" />
            <source>InnoAtlas — innovation plans of Korean cities</source>
            <translation>이노아틀라스 — 한국 도시의 혁신 계획</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Navigator</source>
            <translation>탐색기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>상세 정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search Results</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main Toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the navigator</source>
            <translation>탐색기를 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the details in Korean and English</source>
            <translation>한국어·영어 상세 정보를 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the search results</source>
            <translation>검색 결과를 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search Korean or English, ㄷㅈ, 3500억 … (%1)</source>
            <translation>한국어·영어, ㄷㅈ, 3500억 … 검색 (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finds as you type across Korean and English text; Enter opens the first result, Up and Down choose another, Escape clears.</source>
            <translation>입력하는 대로 한국어와 영어 텍스트에서 찾습니다. Enter는 첫 결과를 열고, 위·아래 화살표로 다른 결과를 고르며, Esc로 지웁니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Central views</source>
            <translation>중앙 보기</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::MoneyField</name>
        <message>
            <location filename="../ui/editing/MoneyField.cpp" line="+60" />
            <source>For example 3,500억, 1.2조 원 or KRW 350 billion</source>
            <translation>예: 3,500억, 1.2조 원, KRW 350 billion</translation>
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
            <translation>지역과 계획</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Themes and plans</source>
            <translation>주제와 계획</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::NavigatorWidget</name>
        <message>
            <location filename="../ui/navigator/NavigatorWidget.cpp" line="+85" />
            <source>The filter could not be applied: %1</source>
            <translation>필터를 적용할 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+115" />
            <source>By region</source>
            <translation>지역별</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By theme</source>
            <translation>주제별</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group the plans by region or by theme</source>
            <translation>계획을 지역별 또는 주제별로 묶습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grouping</source>
            <translation>분류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter the tree</source>
            <translation>트리 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Navigator filter</source>
            <translation>탐색기 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Navigator</source>
            <translation>탐색기</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::OverviewSection</name>
        <message>
            <location filename="../ui/main/OverviewSection.cpp" line="+104" />
            <source>The first %1 of %2 rows are shown.</source>
            <translation>전체 %2행 중 처음 %1행을 표시합니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Show %Ln more</source>
            <translation>
                <numerusform>%Ln행 더 보기</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Show all %Ln rows</source>
            <translation>
                <numerusform>%Ln행 모두 보기</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>innoatlas::OverviewWidget</name>
        <message>
            <location filename="../ui/main/OverviewWidget.cpp" line="+25" />
            <location line="+88" />
            <source>Overview</source>
            <translation>개요</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ParticipantModel</name>
        <message>
            <location filename="../ui/models/ParticipantModel.cpp" line="+57" />
            <source>Participant</source>
            <translation>참여 주체</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At the event</source>
            <translation>참여 일정</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanOverviewPage</name>
        <message>
            <location filename="../ui/main/PlanOverviewPage.cpp" line="+174" />
            <source>Headline budget</source>
            <translation>총사업비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announced</source>
            <translation>발표일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Structure: recorded against stated</source>
            <translation>구성: 명시 대비 기록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan states no structure and none is recorded.</source>
            <translation>계획에 명시된 구성이 없고 기록된 구성도 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget by funding source</source>
            <translation>재원별 예산</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No budget line is recorded for this plan.</source>
            <translation>이 계획에 기록된 예산 항목이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Targets</source>
            <translation>목표치</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No target is recorded for this plan.</source>
            <translation>이 계획에 기록된 목표치가 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partners and organisations</source>
            <translation>협력 기관과 단체</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No participant is recorded for this plan.</source>
            <translation>이 계획에 기록된 참여 주체가 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <translation>일정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event is recorded for this plan.</source>
            <translation>이 계획에 기록된 일정이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan overview</source>
            <translation>계획 개요</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PlanSummaryModel</name>
        <message>
            <location filename="../ui/models/PlanSummaryModel.cpp" line="+69" />
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
        <name>innoatlas::PreferencesDialog</name>
        <message>
            <location filename="../ui/main/PreferencesDialog.cpp" line="+16" />
            <source>Preferences</source>
            <translation>환경 설정</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recorded with every change you make to the content. Leave it empty to use your login name.</source>
            <translation>내용을 고칠 때마다 함께 기록됩니다. 비워 두면 로그인 이름을 씁니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your &amp;name:</source>
            <translation>내 이름(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::PresenterWindow</name>
        <message>
            <location filename="../ui/presenter/PresenterWindow.cpp" line="+27" />
            <source>InnoAtlas — presenter</source>
            <translation>이노아틀라스 — 발표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Presenter</source>
            <translation>발표</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Present</source>
            <translation>발표(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the presenter deck full screen (Esc leaves)</source>
            <translation>발표 덱을 전체 화면으로 보여 줍니다(Esc로 나가기)</translation>
        </message>
        <message>
            <location line="+125" />
            <source>The deck has no slides.</source>
            <translation>덱에 슬라이드가 없습니다.</translation>
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
            <translation>모든 항목</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Out of the fields written in that language; reviewed includes approved</source>
            <translation>그 언어로 쓰인 항목 가운데; 검토됨에는 승인됨도 들어갑니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>City or plan</source>
            <translation>도시 또는 계획</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields</source>
            <translation>항목 수</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean reviewed</source>
            <translation>한국어 검토됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean approved</source>
            <translation>한국어 승인됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English reviewed</source>
            <translation>영어 검토됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English approved</source>
            <translation>영어 승인됨</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReadOnlyBanner</name>
        <message>
            <location filename="../ui/editing/ReadOnlyBanner.cpp" line="+40" />
            <source>Read-only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read-only: %1 — %2. Editing is turned off; you can still browse, search and export.</source>
            <translation>읽기 전용: %1 — %2. 편집 기능이 꺼져 있습니다. 둘러보기, 검색, 내보내기는 할 수 있습니다.</translation>
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
        <name>innoatlas::RejectedRowModel</name>
        <message>
            <location filename="../ui/importing/RejectedRowModel.cpp" line="+52" />
            <source>Line</source>
            <translation>줄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column</source>
            <translation>열</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>까닭</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReportDialog</name>
        <message>
            <location filename="../ui/report/ReportDialog.cpp" line="+103" />
            <source>InnoAtlas %1, schema %2, %3</source>
            <translation>이노아틀라스 %1, 스키마 %2, %3</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save the report</source>
            <translation>보고서 저장</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+15" />
            <source>Report</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A PDF report with the plans, their structure, budget tables, targets, timeline, charts and the sources with their quotes.</source>
            <translation>계획과 그 구조, 예산표, 목표, 일정, 차트, 그리고 인용문이 달린 출처를 담은 PDF 보고서입니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a city or a plan in the navigator first.</source>
            <translation>먼저 탐색기에서 도시나 계획을 고르십시오.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The whole city: %1</source>
            <translation>도시 전체: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading the selected city…</source>
            <translation>선택한 도시의 자료를 읽는 중…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The whole city</source>
            <translation>도시 전체</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the selected plan</source>
            <translation>고른 계획만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the plan: %1</source>
            <translation>이 계획만: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean, then English</source>
            <translation>한국어 다음에 영어</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::RestoreBackupDialog</name>
        <message>
            <location filename="../ui/backup/RestoreBackupDialog.cpp" line="+59" />
            <source>Before an upgrade of the file</source>
            <translation>파일 업그레이드 전</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before an import</source>
            <translation>가져오기 전</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before a restore</source>
            <translation>복원 전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made by hand</source>
            <translation>직접 만듦</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+30" />
            <source>Restore from Backup</source>
            <translation>백업에서 복원</translation>
        </message>
        <message>
            <location line="-28" />
            <source>There are no backups of %1 yet. InnoAtlas makes one before every import and every upgrade of the file.</source>
            <translation>아직 %1의 백업이 없습니다. 이노아틀라스는 가져오기와 파일 업그레이드를 할 때마다 먼저 백업을 만듭니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the state to go back to. The database as it is now is kept as one more backup, and InnoAtlas starts again on the restored file.</source>
            <translation>되돌아갈 상태를 고르십시오. 지금의 데이터베이스는 백업으로 하나 더 보관되고, 이노아틀라스는 복원된 파일로 다시 시작합니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made</source>
            <translation>만든 때</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>이유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore</source>
            <translation>복원(&amp;R)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing was restored.
%1</source>
            <translation>아무것도 복원하지 않았습니다.
%1</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ReviewFeature</name>
        <message>
            <location filename="../ui/review/ReviewFeature.cpp" line="+65" />
            <source>the database was opened read-only</source>
            <translation>데이터베이스를 읽기 전용으로 열었습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Translation Workspace…</source>
            <translation>번역 작업 화면(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review and edit the Korean and English of every field, with checks and a glossary</source>
            <translation>모든 항목의 한국어와 영어를 검사와 용어집을 곁들여 검토하고 고칩니다</translation>
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
            <translation>숫자가 다름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A number repeated differently</source>
            <translation>반복된 숫자가 다름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing translation</source>
            <translation>번역 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean left in the English</source>
            <translation>영어에 남은 한국어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No Korean in the Korean</source>
            <translation>한국어 글에 한국어가 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Space at the start or end</source>
            <translation>앞뒤 공백</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double space</source>
            <translation>겹친 공백</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unbalanced brackets or quotes</source>
            <translation>짝이 맞지 않는 괄호나 따옴표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full stop in one language only</source>
            <translation>한 언어에만 마침표</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Glossary term without its counterpart</source>
            <translation>짝이 없는 용어집 용어</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forbidden term</source>
            <translation>금지된 용어</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Missing in a language</source>
            <translation>한 언어라도 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft in a language</source>
            <translation>한 언어라도 초안</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviewed in a language</source>
            <translation>한 언어라도 검토됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved in both</source>
            <translation>두 언어 모두 승인됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs review (other language changed)</source>
            <translation>다시 검토 필요 (다른 언어가 바뀜)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not approved yet</source>
            <translation>아직 승인 안 됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All states</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All cities</source>
            <translation>모든 도시</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All plans</source>
            <translation>모든 계획</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All kinds of entry</source>
            <translation>모든 항목 종류</translation>
        </message>
        <message>
            <location line="+2" />
            <source>With findings</source>
            <translation>검사 결과 있음</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Without findings</source>
            <translation>검사 결과 없음</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Any findings</source>
            <translation>검사 결과 전체</translation>
        </message>
        <message>
            <location line="+38" />
            <source>&amp;Filter:</source>
            <translation>거르개(&amp;F):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key, Korean or English text</source>
            <translation>키, 한국어 또는 영어 글</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review state</source>
            <translation>검토 상태</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>도시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of entry</source>
            <translation>항목 종류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Findings</source>
            <translation>검사 결과</translation>
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
            <translation>항목</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Korean status</source>
            <translation>한국어 상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>English status</source>
            <translation>영어 상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last edited</source>
            <translation>마지막 변경</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation>검사 결과</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SearchPanel</name>
        <message>
            <location filename="../ui/search/SearchPanel.cpp" line="+181" />
            <source>Search results</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search status</source>
            <translation>검색 상태</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The search could not read the database: %1</source>
            <translation>검색이 데이터베이스를 읽지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type in the search box: Korean or English words, initial consonants such as ㄷㅈ, or an amount such as 3500억.</source>
            <translation>검색 상자에 입력하십시오: 한국어나 영어 단어, ㄷㅈ 같은 초성, 3500억 같은 금액.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing found for “%1”.</source>
            <translation>“%1”에 대한 결과가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>“%1” 검색 결과 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>(read as initial consonants)</source>
            <translation>(초성으로 검색)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(also read as an amount)</source>
            <translation>(금액으로도 검색)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the best matches are shown.</source>
            <translation>가장 잘 맞는 결과만 표시합니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter opens the highlighted result.</source>
            <translation>Enter를 누르면 강조된 결과를 엽니다.</translation>
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
            <translation>%1 · 근사 금액</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ServerConnectDialog</name>
        <message>
            <location filename="../ui/server/ServerConnectDialog.cpp" line="+112" />
            <source>Connect to Server</source>
            <translation>서버에 연결</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Host:</source>
            <translation>호스트(&amp;H):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>포트(&amp;P):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Database:</source>
            <translation>데이터베이스(&amp;D):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>사용자(&amp;U):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>암호(&amp;W):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from ~/.pgpass when empty</source>
            <translation>비워 두면 ~/.pgpass에서 가져옴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The team's shared database on a PostgreSQL server. The password is used for this connection only and is never saved.</source>
            <translation>PostgreSQL 서버에 있는 팀 공용 데이터베이스입니다. 암호는 이번 연결에만 쓰이며 저장되지 않습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Connect</source>
            <translation>연결(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Host</source>
            <translation>호스트</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>포트</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>암호</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::ServerSession</name>
        <message>
            <location filename="../ui/server/ServerSession.cpp" line="+51" />
            <source>Connect to Server</source>
            <translation>서버에 연결</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password of %1 on %2:</source>
            <translation>%2의 %1 암호:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connected to %1</source>
            <translation>%1에 연결했습니다</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Updated with another user's changes</source>
            <translation>다른 사용자의 변경 내용으로 새로 고쳤습니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Connect to &amp;Server…</source>
            <translation>서버에 연결(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the team's shared database on a PostgreSQL server</source>
            <translation>PostgreSQL 서버에 있는 팀 공용 데이터베이스를 엽니다</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SourceListModel</name>
        <message>
            <location filename="../ui/models/SourceListModel.cpp" line="+59" />
            <source>Publisher</source>
            <translation>발행처</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Published</source>
            <translation>발행일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed file</source>
            <translation>원본 파일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quotes</source>
            <translation>인용문</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::SourcesPanel</name>
        <message>
            <location filename="../ui/detail/SourcesPanel.cpp" line="+45" />
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cited for the entry as a whole</source>
            <translation>항목 전체의 근거</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No figure of this entry cites a source.</source>
            <translation>이 항목에는 출처가 인용된 수치가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::StatusInfo</name>
        <message>
            <location filename="../ui/main/StatusInfo.cpp" line="+76" />
            <source>%1 · %2 cities · %3 plans · %4 budget lines · %5 sources</source>
            <translation>%1 · 도시 %2곳 · 계획 %3건 · 예산 항목 %4건 · 출처 %5건</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>no database</source>
            <translation>데이터베이스 없음</translation>
        </message>
        <message>
            <location line="-5" />
            <source>%1 · counting…</source>
            <translation>%1 · 세는 중…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reviewed: counting…</source>
            <translation>검토 완료: 세는 중…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reviewed: Korean %1% · English %2%</source>
            <translation>검토 완료: 한국어 %1% · 영어 %2%</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Share of the %n content field(s) whose text is reviewed or approved, per language</source>
            <translation>
                <numerusform>콘텐츠 항목 %n개 중 검토 또는 승인된 비율(언어별)</numerusform>
            </translation>
        </message>
        <message>
            <location line="-23" />
            <source>Database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Translation progress</source>
            <translation>번역 진행률</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TargetModel</name>
        <message>
            <location filename="../ui/models/TargetModel.cpp" line="+34" />
            <source>not stated</source>
            <translation>명시 안 됨</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Indicator</source>
            <translation>지표</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Baseline</source>
            <translation>기준값</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>목표값</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TargetsView</name>
        <message>
            <location filename="../ui/charts/TargetsView.cpp" line="+110" />
            <source>City filter</source>
            <translation>도시 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>주제 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Sources: %1</source>
            <translation>출처: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineFigure</name>
        <message>
            <location filename="../ui/timeline/TimelineFigure.cpp" line="+0" />
            <source>Too many entries to read on one page: drawn at 1/%1 of its size. Show fewer cities or plans in the Timeline tab and add that timeline to the deck.</source>
            <translation>항목이 너무 많아 한 쪽에서는 읽을 수 없어 원래의 1/%1 크기로 그렸습니다. 일정 탭에서 도시나 계획을 줄여 보인 뒤 그 타임라인을 덱에 추가하십시오.</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineScene</name>
        <message>
            <location filename="../ui/timeline/TimelineScene.cpp" line="+122" />
            <source>plan period</source>
            <translation>계획 기간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>event known to the day</source>
            <translation>날짜까지 알려진 사건</translation>
        </message>
        <message>
            <location line="+4" />
            <source>known to the month or year only</source>
            <translation>월 또는 연도까지만 알려짐</translation>
        </message>
        <message>
            <location line="+5" />
            <source>target, in its target year</source>
            <translation>목표(목표 연도에 표시)</translation>
        </message>
        <message>
            <location line="+176" />
            <source>today %1</source>
            <translation>오늘 %1</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineView</name>
        <message>
            <location filename="../ui/timeline/TimelineView.cpp" line="+29" />
            <source>Timeline</source>
            <translation>일정</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TimelineWidget</name>
        <message>
            <location filename="../ui/timeline/TimelineWidget.cpp" line="+148" />
            <source>One lane per city</source>
            <translation>도시별 한 줄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One lane per plan</source>
            <translation>계획별 한 줄</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lanes</source>
            <translation>줄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City filter</source>
            <translation>도시 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme filter</source>
            <translation>주제 필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in (+, mouse wheel)</source>
            <translation>확대(+, 마우스 휠)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out (−, mouse wheel)</source>
            <translation>축소(−, 마우스 휠)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fit All</source>
            <translation>전체 보기(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the whole timeline (0)</source>
            <translation>타임라인 전체를 보여 줍니다(0)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add to &amp;Deck</source>
            <translation>덱에 추가(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add this timeline, as set up, to the presenter deck</source>
            <translation>지금 설정한 이 타임라인을 발표 덱에 추가합니다</translation>
        </message>
    </context>
    <context>
        <name>innoatlas::TranslationWorkspace</name>
        <message>
            <source>Reading the fields of %1…</source>
            <translation>%1의 필드를 읽는 중…</translation>
        </message>
        <message>
            <source>Reading the fields…</source>
            <translation>필드를 읽는 중…</translation>
        </message>
        <message>
            <source>This database holds more than %1 texts: the workspace reads one city at a time. Choose the city in the filters above; the progress and the findings are that city's.</source>
            <translation>이 데이터베이스에는 텍스트가 %1개 넘게 있어 작업 화면은 한 번에 한 도시씩 읽습니다. 위의 필터에서 도시를 고르십시오. 진행 상황과 검사 결과도 그 도시의 것입니다.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>city: its progress</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/review/TranslationWorkspace.cpp" line="+306" />
            <source>Change the review state of %1</source>
            <translation>%1의 검토 상태 바꾸기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit %1</source>
            <translation>%1 고치기</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+15" />
            <source>Not saved: %1</source>
            <translation>저장하지 못함: %1</translation>
        </message>
        <message>
            <location line="+45" />
            <source>That was the last field the filters show.</source>
            <translation>거르개에 걸린 마지막 항목이었습니다.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Not dismissed: %1</source>
            <translation>무시하지 못함: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed: %1 (%2)</source>
            <translation>무시함: %1 (%2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Findings (%1)</source>
            <translation>검사 결과 (%1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Korean %1 of %2 reviewed, %3 approved · English %4 of %5 reviewed, %6 approved</source>
            <translation>한국어 %2개 중 %1개 검토, %3개 승인 · 영어 %5개 중 %4개 검토, %6개 승인</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Translation Workspace — InnoAtlas</source>
            <translation>번역 작업 화면 — 이노아틀라스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bilingual fields</source>
            <translation>한영 항목</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Findings</source>
            <translation>검사 결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History of the field</source>
            <translation>항목의 변경 기록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Progress per city and plan</source>
            <translation>도시와 계획별 진행 상황</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation>기록(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Glossary</source>
            <translation>용어집(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Progress</source>
            <translation>진행 상황(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show in &amp;Main Window</source>
            <translation>주 창에서 보기(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the entry of this field in the main window</source>
            <translation>이 항목을 주 창에서 보여 줍니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss Finding</source>
            <translation>검사 결과 무시(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept the selected finding as it is; the checks stop reporting it</source>
            <translation>고른 검사 결과를 그대로 받아들입니다. 검사가 더는 알리지 않습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read only: %1. The fields can be read and filtered, not changed.</source>
            <translation>읽기 전용: %1. 필드를 읽고 거를 수는 있지만 바꿀 수는 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+61" />
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
            <location line="+15" />
            <location line="+4" />
            <source>FILE</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="-17" />
            <source>User-interface language: ko or en.</source>
            <translation>화면 언어: ko 또는 en.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>LANG</source>
            <translation>언어</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Content language: interface, ko, en or both (remembered).</source>
            <translation>콘텐츠 언어: interface, ko, en 또는 both (기억됨).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Colour theme: system, light, dark or high-contrast (remembered).</source>
            <translation>색상 테마: system, light, dark 또는 high-contrast (기억됨).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>THEME</source>
            <translation>테마</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the window's settings in this file instead of the user's.</source>
            <translation>창 설정을 사용자 설정 대신 이 파일에 보관합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Render the main window to an image file and quit (works offscreen).</source>
            <translation>기본 창을 이미지 파일로 그린 뒤 끝냅니다 (화면 없이도 동작).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the entry with this key.</source>
            <translation>이 키의 항목을 엽니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KEY</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search for this text at start.</source>
            <translation>시작할 때 이 텍스트를 검색합니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TEXT</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window size, such as 1600x1000.</source>
            <translation>창 크기 (예: 1600x1000).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WxH</source>
            <translation>너비x높이</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the translation workspace (--screenshot then renders it).</source>
            <translation>번역 작업 화면을 엽니다(--screenshot은 이 화면을 그립니다).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An InnoAtlas database to open (as --database).</source>
            <translation>열 이노아틀라스 데이터베이스 (--database와 같음).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>[FILE]</source>
            <translation>[파일]</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open one database at a time.</source>
            <translation>데이터베이스는 한 번에 하나만 열 수 있습니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--lang must be ko or en, not "%1"</source>
            <translation>--lang 값은 ko 또는 en이어야 합니다 (입력값: "%1")</translation>
        </message>
        <message>
            <location line="+30" />
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
            <location line="+17" />
            <source>No entry has the key "%1".</source>
            <translation>키가 "%1"인 항목이 없습니다.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: cannot write the image</source>
            <translation>%1: 이미지를 쓸 수 없습니다</translation>
        </message>
    </context>
</TS>
