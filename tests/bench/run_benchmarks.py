#!/usr/bin/env python3
"""Runs every benchmark of issue #7 at 1 %, 10 % and 100 % of national scale and writes a results file.

Each figure is the median of several runs with its min–max, next to a reference measured in the
same run (a bare QMainWindow program, the sqlite3 command-line shell) and the ratio. See
docs/PERFORMANCE.md. Usage: tests/bench/run-benchmarks.sh [--scale 1|10|100]... [-o FILE]
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

NATIONAL = {"regions": 243, "initiatives": 100000, "budget_lines": 1000000, "events": 50000}


class Runner:
    def __init__(self, args):
        self.build = os.path.abspath(args.build)
        self.work = os.path.abspath(args.work)
        self.repeat = args.repeat
        self.timeout = args.timeout
        os.makedirs(os.path.join(self.work, "runtime"), mode=0o700, exist_ok=True)
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                        XDG_RUNTIME_DIR=os.path.join(self.work, "runtime"), QT_LOGGING_RULES="*=false")
        self.log = open(os.path.join(self.work, "benchmark.log"), "a", encoding="utf-8")

    def binary(self, relative):
        path = os.path.join(self.build, relative)
        if not os.path.exists(path):
            sys.exit(f"missing {path}: build the benchmarks first (see docs/PERFORMANCE.md)")
        return path

    def run(self, command, env=None, input_text=None, timeout=3600):
        """Runs a command with @p input_text on its standard input; returns (stdout, wall seconds)."""
        self.log.write("$ " + " ".join(command) + "\n")
        self.log.flush()
        start = time.monotonic()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env or self.env, text=True)
        out, err = process.communicate(input_text, timeout=timeout)
        wall = time.monotonic() - start
        self.log.write(out + err)
        if process.returncode != 0:
            raise RuntimeError(f"{command[0]} failed ({process.returncode}): {err.strip()[-500:]}")
        return out, wall

    def measured(self, command, env=None, timeout=None):
        """Runs a command and returns (stdout, wall seconds, peak RSS kB) using wait4 for the RSS."""
        timeout = timeout or self.timeout
        command = ["/usr/bin/timeout", "-s", "KILL", str(timeout)] + command
        self.log.write("$ " + " ".join(command) + "\n")
        self.log.flush()
        out_path = os.path.join(self.work, "last.out")
        with open(out_path, "w") as out_file:
            start = time.monotonic()
            pid = os.posix_spawn(command[0], command, env or self.env, file_actions=[
                (os.POSIX_SPAWN_DUP2, out_file.fileno(), 1), (os.POSIX_SPAWN_DUP2, out_file.fileno(), 2)])
            _, status, usage = os.wait4(pid, 0)
            wall = time.monotonic() - start
        with open(out_path, encoding="utf-8", errors="replace") as out_file:
            out = out_file.read()
        self.log.write(out)
        code = os.waitstatus_to_exitcode(status)
        if code in (124, 137, -9):
            raise TimeoutError(f"did not finish within {timeout} s")
        if code != 0:
            raise RuntimeError(f"{command[4]} failed: {out.strip()[-500:]}")
        return out, wall, usage.ru_maxrss

    def first_paint(self, command, extra_env=None, with_output=False):
        env = dict(self.env, INNOATLAS_BENCH_SPAWN_NS=str(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
        env.update(extra_env or {})
        out, _, _ = self.measured(command, env=env)
        paint = re.search(r"first-paint-ms ([0-9.]+)", out)
        rss = re.search(r"^peak-rss-kb ([0-9]+)$", out, re.M)
        if not paint:
            raise RuntimeError(f"{command[0]} printed no first paint: {out[-300:]}")
        rss_kb = int(rss.group(1)) if rss else None
        return (out, rss_kb) if with_output else (float(paint.group(1)), rss_kb)


def results(out):
    """RESULT and MEMORY lines of a benchmark's output."""
    found = {}
    for kind, name, value in re.findall(r"^(RESULT|MEMORY) (\S+) ([0-9.]+)$", out, re.M):
        found[name] = float(value)
    return found


def summary(samples):
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def scaled(scale):
    share = float(scale) / 100.0
    return {"regions": max(17, round(NATIONAL["regions"] * share)),
            "initiatives": max(50, round(NATIONAL["initiatives"] * share)),
            "budget_lines": round(NATIONAL["budget_lines"] * share),
            "events": round(NATIONAL["events"] * share)}


# Raised whenever `innoatlas-cli generate` makes something else from the same options (2: organisations and
# participations; 3: the organisations' short names).
GENERATOR_VERSION = 3


def generate(runner, scale):
    counts = scaled(scale)
    # The generator's version is part of the name: a database an older generator made is made again.
    stem = os.path.join(runner.work, "national-g{generator}-{regions}-{initiatives}-{budget_lines}-{events}".format(
        generator=GENERATOR_VERSION, **counts))
    database, csv = stem + ".sqlite", stem + ".csv"
    if not (os.path.exists(database) and os.path.exists(csv)):
        for path in (database, csv):
            if os.path.exists(path):
                os.remove(path)
        runner.measured([runner.binary("app/innoatlas-cli"), "generate", "--regions", str(counts["regions"]),
                         "--initiatives", str(counts["initiatives"]), "--budget-lines", str(counts["budget_lines"]),
                         "--events", str(counts["events"]), "--seed", "1", "--csv", csv, "-o", database])
        # The chart pieces are stored once after the data was written, before anything else opens it
        # (the start-up figures visit the charts tab); the time is kept with the database.
        refresh = results(runner.measured([runner.binary("tests/bench/bench-chart"), "--refresh", database])[0])
        with open(stem + ".refresh", "w") as out:
            out.write(str(refresh["chart_refresh"]))
    return database, csv, counts


def builtin_database(runner):
    path = os.path.join(runner.work, "builtin.sqlite")
    if not os.path.exists(path):
        runner.measured([runner.binary("app/innoatlas-cli"), "--database", path, "summary"])
    return path


def sqlite_timer(runner, database, statements):
    """Runs statements in the sqlite3 shell with .timer on; returns the real seconds of each timed one."""
    out, _ = runner.run(["sqlite3", database], input_text=statements)
    return [float(t) * 1000 for t in re.findall(r"Run Time: real ([0-9.]+)", out)]


def attempt(rows, what, function):
    """Runs one group of figures; a group that fails or times out gets one row that says so."""
    try:
        function()
    except (RuntimeError, TimeoutError, subprocess.TimeoutExpired) as error:
        rows.append((what, None, None, str(error), None))


def bench_scale(runner, scale, rows):
    database, csv, counts = generate(runner, scale)
    attempt(rows, "Start-up and memory", lambda: startup(runner, database, scale, rows))
    attempt(rows, "Import", lambda: importing(runner, csv, counts, scale, rows))
    attempt(rows, "Search", lambda: searching(runner, database, rows))
    attempt(rows, "Chart", lambda: charting(runner, database, scale, rows))
    attempt(rows, "Navigator and timeline", lambda: viewing(runner, database, counts, scale, rows))
    return counts


def startup(runner, database, scale, rows):
    builtin = builtin_database(runner)
    settings = os.path.join(runner.work, "settings.ini")
    app = runner.binary("app/innoatlas")
    bare = runner.binary("tests/bench/bench-bare-window")
    n = runner.repeat

    # Start-up: the built-in dataset and the national database, against a bare QMainWindow; and the same window
    # showing one line of text, the least any window with text costs. The four programs take turns, so that a
    # change of the machine's load falls on all of them alike.
    bare_ms, label_ms, builtin_ms, national_ms = [], [], [], []
    for _ in range(n):
        bare_ms.append(runner.first_paint([bare])[0])
        label_ms.append(runner.first_paint([bare, "--label"])[0])
        builtin_ms.append(runner.first_paint([app, "--database", builtin, "--settings", settings])[0])
        national_ms.append(runner.first_paint([app, "--database", database, "--settings", settings])[0])
    rows.append(("Start to first painted main window, built-in dataset", summary(builtin_ms), summary(bare_ms),
                 "≤ 1.5×", 1.5))
    rows.append(("Open the national database to first paint", summary(national_ms), summary(bare_ms), "≤ 3×", 3.0))
    rows.append(("The bare window showing one line of text (reference: the bare window)", summary(label_ms),
                 summary(bare_ms), "—", None))
    rows.append(("Start, built-in dataset (reference: the window with one line of text)", summary(builtin_ms),
                 summary(label_ms), "—", None))
    # Every tab shown once, as a user first opens them: the charts and the timeline read their data then.
    # The probe first waits for the reads the window starts after its first paint (the status bar's counts, the
    # integrity check, the timeline's data read ahead): the tabs are timed on a window at rest.
    # Then presenter mode, as F5 starts it, through the standard deck: the first slide drawn, then each further one,
    # shown after the window has drawn it ahead (as it does while a presenter talks).
    # Then the translation workspace, opened through its action and closed: every view has then been visited.
    # Then the interface language switched on each tab, to the other and back: every view in both languages.
    # For each further slide: drawn ahead, the longest turn of the window's event loop meanwhile, shown.
    visited_mb, presented_mb, background_ms, tabs, present_start = [], [], [], {}, []
    present = {"ahead": [], "held": [], "slide": []}
    reviewed_mb, workspace_ms, switched_mb, switches = [], [], [], {}
    for _ in range(n if scale < 100 else 2):
        out, peak_kb = runner.first_paint([app, "--database", database, "--settings", settings],
                                          {"INNOATLAS_BENCH_VISIT": "1"}, with_output=True)
        tabs_peak = re.search(r"^tabs-peak-rss-kb ([0-9]+)$", out, re.M)
        visited_mb.append((int(tabs_peak.group(1)) if tabs_peak else peak_kb) / 1024)
        presented_peak = re.search(r"^presented-peak-rss-kb ([0-9]+)$", out, re.M)
        presented_mb.append((int(presented_peak.group(1)) if presented_peak else peak_kb) / 1024)
        workspace = re.search(r"^workspace-ms ([0-9.]+)$", out, re.M)
        if workspace:
            workspace_ms.append(float(workspace.group(1)))
            reviewed_peak = re.search(r"^reviewed-peak-rss-kb ([0-9]+)$", out, re.M)
            reviewed_mb.append((int(reviewed_peak.group(1)) if reviewed_peak else peak_kb) / 1024)
        switched = re.findall(r"^language-switch-ms (\S+) ([0-9.]+)$", out, re.M)
        if switched:
            switched_mb.append(peak_kb / 1024)
            for page, ms in switched:
                switches.setdefault(page, []).append(float(ms))
        background = re.search(r"^background-reads-ms ([0-9.]+)$", out, re.M)
        if background:
            background_ms.append(float(background.group(1)))
        for page, ms in re.findall(r"^tab-shown-ms (\S+) ([0-9.]+)$", out, re.M):
            tabs.setdefault(page, []).append(float(ms))
        start = re.search(r"^presenter-ms start ([0-9.]+)$", out, re.M)
        if start:
            present_start.append(float(start.group(1)))
        for kind, worst in present.items():
            slides = [float(ms) for ms in re.findall(rf"^presenter-ms {kind} [0-9]+ ([0-9.]+)$", out, re.M)]
            if slides:
                worst.append(max(slides))
    rows.append(("Peak memory, database open, every tab visited (MB)", summary(visited_mb), None, "≤ 250 MB", 250))
    if present_start:
        rows.append(("Peak memory, every tab visited, then the standard deck presented (MB)", summary(presented_mb),
                     None, "≤ 250 MB", 250))
        rows.append(("Presenter mode started (F5), its first slide drawn", summary(present_start), None, "—", None))
    for kind, what in (("ahead", "the next slide drawn ahead while a slide is shown"),
                       ("held", "the window held at most while it draws the next slide (a part at a time)"),
                       ("slide", "each further slide shown once drawn ahead")):
        if present[kind]:
            rows.append((f"Presenter mode, {what}, worst", summary(present[kind]), None, "—", None))
    if workspace_ms:
        rows.append(("Peak memory, then the translation workspace opened: every view visited (MB)",
                     summary(reviewed_mb), None, "≤ 250 MB", 250))
        rows.append(("Translation workspace opened from the window, drawn (ms)", summary(workspace_ms), None, "—",
                     None))
    if switched_mb:
        rows.append(("Peak memory, then the interface language switched on each tab: every view in both languages (MB)",
                     summary(switched_mb), None, "≤ 250 MB", 250))
        for page, samples in switches.items():
            rows.append((f"Interface language switched on the tab {page}, to the other and back: the slower (ms)",
                         summary(samples), None, "—", None))
    if background_ms:
        rows.append(("Reads in the background after the first paint: counts, integrity check, timeline read ahead",
                     summary(background_ms), None, "—", None))
    for page, label, target, limit in (
            ("investmentChartPage", "Investment tab, first shown (its data read, the chart drawn)", "—", None),
            ("timelinePage", "Timeline tab, first shown (its data read, built and drawn)", "≤ 500 ms", 500)):
        if page in tabs:
            rows.append((label, summary(tabs[page]), None, target, limit))


def importing(runner, csv, counts, scale, rows):
    builtin = builtin_database(runner)
    n = runner.repeat

    # Import of the budget CSV: innoatlas-cli into a copy of the built-in database vs sqlite3 .import. The
    # import indexes its texts for search; the first search after it shows that nothing was left to index.
    import_s, import_rss, reference_s, first_search = [], [], [], []
    for _ in range(max(1, n if scale < 100 else 2)):
        target = os.path.join(runner.work, "import.sqlite")
        shutil.copyfile(builtin, target)
        _, wall, rss = runner.measured([runner.binary("app/innoatlas-cli"), "--database", target, "import",
                                        "--format", "csv", "--mapping", "fiscal-budget", csv])
        import_s.append(wall * 1000)
        import_rss.append(rss / 1024)
        first_search.append(results(runner.measured([runner.binary("tests/bench/bench-search"), "--first",
                                                     target])[0])["search_first_after_write"])
        for leftover in (target, target + "-wal", target + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)
        plain = os.path.join(runner.work, "plain.sqlite")
        if os.path.exists(plain):
            os.remove(plain)
        _, wall, _ = runner.measured(["/usr/bin/sqlite3", plain, "-cmd", ".mode csv",
                                      f".import --skip 3 {csv} budget"])
        reference_s.append(wall * 1000)
        os.remove(plain)
    rows.append((f"Import {counts['budget_lines']:,} budget lines from CSV, indexed for search (ms)",
                 summary(import_s), summary(reference_s), "≤ 1.0×", 1.0))
    rows.append(("Import: peak memory (MB)", summary(import_rss), None, "—", None))
    rows.append(("Import: the first search after it (ms)", summary(first_search), None, "≤ 16 ms", 16))


def searching(runner, database, rows):
    n = runner.repeat

    # Search as you type: p95 of a keystroke per kind of query.
    search = [results(runner.measured([runner.binary("tests/bench/bench-search"), database])[0]) for _ in range(n)]
    for name, label in (("search_ko_1", "Search p95, Korean 1 syllable"), ("search_ko_2", "Search p95, Korean 2 syllables"),
                        ("search_ko_3plus", "Search p95, Korean 3+ syllables"),
                        ("search_initials", "Search p95, 초성"), ("search_english", "Search p95, English"),
                        ("search_amounts", "Search p95, amounts")):
        rows.append((label, summary([s[name] for s in search]), None, "≤ 16 ms", 16))


def charting(runner, database, scale, rows):
    n = runner.repeat

    # The stored pieces are computed once after the database was written, as the reference's covering
    # index is created before its query is timed; the figure is shown on its own.
    refreshed = os.path.splitext(database)[0] + ".refresh"
    if os.path.exists(refreshed):
        with open(refreshed) as stored:
            rows.append(("Chart pieces stored once after the data was written (ms)",
                         summary([float(stored.read())]), None, "—", None))
    # Chart aggregation: the chart views' path against sqlite3 GROUP BY over a covering index.
    chart = [results(runner.measured([runner.binary("tests/bench/bench-chart"), database])[0])
             for _ in range(n if scale < 100 else 2)]
    query = ("SELECT p.region_id, b.from_year, b.funding, sum(b.amount) FROM budget_line b "
             "JOIN plan p ON p.id = b.plan_id WHERE b.kind = 'planned' GROUP BY 1, 2, 3;\n")
    timed = sqlite_timer(runner, database, "BEGIN;\nCREATE INDEX bench_cover ON budget_line(kind, plan_id, "
                         "from_year, funding, amount);\n.output /dev/null\n.timer on\n" + query * (n + 1) +
                         ".timer off\n.output stdout\nROLLBACK;\n")
    rows.append(("Chart city × year × source, first (ms)", summary([c["chart_first"] for c in chart]),
                 summary(timed[:1]), "≤ 1.0×", 1.0))
    rows.append(("Chart city × year × source, repeated (ms)", summary([c["chart_repeated"] for c in chart]),
                 summary(timed[1:]), "≤ 16 ms", 16))


def viewing(runner, database, counts, scale, rows):
    n = runner.repeat

    # Navigator and timeline, offscreen.
    views = [results(runner.measured([runner.binary("tests/bench/bench-views"), database])[0])
             for _ in range(n if scale < 100 else 2)]
    for name, label, target, limit in (
            ("navigator_first_paint", "Navigator first paint", "≤ 100 ms", 100),
            ("navigator_filter_p95", "Navigator filter change, p95", "≤ 16 ms", 16),
            ("navigator_filter_max", "Navigator filter change, worst", "≤ 16 ms", 16),
            ("navigator_typing_max", "Navigator, looked up on its thread: a key, worst", "≤ 16 ms", 16),
            ("navigator_update_max", "Navigator, looked up on its thread: the tree's update, worst", "≤ 16 ms", 16),
            ("navigator_shown_max", "Navigator, looked up on its thread: to the answer shown, worst", "—", None),
            ("timeline_build", f"Timeline build, {counts['events']:,} events", "≤ 500 ms", 500),
            ("timeline_frame_fit", "Timeline frame, fit all", "≤ 16 ms", 16),
            ("timeline_frame_1to1", "Timeline frame, one pixel a day", "≤ 16 ms", 16),
            ("chart_change_median", "Investment chart changed to each of its 25 charts, median", "—", None),
            ("chart_change_max", "Investment chart changed to each of its 25 charts, worst", "—", None)):
        rows.append((label, summary([v[name] for v in views]), None, target, limit))

    # The translation workspace, alone: a database over its limit is read one city at a time.
    spaces = [results(runner.measured([runner.binary("tests/bench/bench-views"), "--workspace", database])[0])
              for _ in range(n if scale < 100 else 2)]
    rows.append(("Translation workspace opened, to its first paint (ms)", summary([w["workspace_open"] for w in spaces]),
                 None, "—", None))
    rows.append(("Translation workspace opened, to its rows read and drawn (ms)",
                 summary([w["workspace_rows"] for w in spaces]), None, "—", None))
    rows.append(("Translation workspace: the next city read, to its paint (ms)",
                 summary([w["workspace_city_change"] for w in spaces]), None, "—", None))
    rows.append(("Translation workspace: the window held at most while the next city is read (ms)",
                 summary([w["workspace_city_held"] for w in spaces]), None, "—", None))
    rows.append(("Translation workspace: peak memory (MB)", summary([w["workspace"] / 1024 for w in spaces]), None,
                 "≤ 250 MB", 250))


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            model = re.search(r"model name\s*:\s*(.*)", info.read()).group(1)
    except (OSError, AttributeError):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kilobytes = int(re.search(r"MemTotal:\s*(\d+)", info.read()).group(1))
            memory = f"{kilobytes / 1024 / 1024:.0f} GB RAM"
    except (OSError, AttributeError):
        pass
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split(" ")[0]
    load = os.getloadavg()
    return (f"{os.cpu_count()} cores ({model}), {memory}, {platform.system()} {platform.release()}, "
            f"sqlite3 {sqlite}; load average at start {load[0]:.1f}")


def ratio_text(value, reference):
    return f"{value / reference:.2f}×" if reference else "—"


def holds(row):
    label, measured, reference, target, limit = row
    if measured is None:
        return "**no**"
    if limit is None:
        return ""
    if target.endswith("×"):
        if not reference or reference["median"] <= 0:
            return "no reference"
        return "yes" if measured["median"] / reference["median"] <= limit else "**no**"
    return "yes" if measured["median"] <= limit else "**no**"


def fmt(value):
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def write(path, sections, started):
    lines = ["# InnoAtlas benchmark results", "",
             f"Machine: {machine()}.", f"Run: {started}, build {os.environ.get('INNOATLAS_BENCH_BUILD', '')}.", "",
             "Times in milliseconds unless stated; median of the runs with min–max; the reference is measured "
             "in the same run; ratio = median / reference median. Offscreen platform.", ""]
    for scale, counts, rows in sections:
        lines += [f"## {scale} % of national scale", "",
                  f"{counts['regions']} regions, {counts['initiatives']:,} initiatives, "
                  f"{counts['budget_lines']:,} budget lines, {counts['events']:,} events.", "",
                  "| what | median | min–max | runs | reference | ratio | target | holds |",
                  "|---|---:|---:|---:|---:|---:|---|---|"]
        for row in rows:
            label, measured, reference, target, _ = row
            if measured is None:
                lines.append(f"| {label} | — | — | 0 | — | — | {target} | **no** |")
                continue
            ref = fmt(reference["median"]) if reference else "—"
            ratio = ratio_text(measured["median"], reference["median"]) if reference else "—"
            lines.append(f"| {label} | {fmt(measured['median'])} | {fmt(measured['min'])}–{fmt(measured['max'])} | "
                         f"{measured['n']} | {ref} | {ratio} | {target} | {holds(row)} |")
        lines.append("")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, action="append", choices=(0.2, 1, 10, 100),
                        help="percent of national scale; repeat for several (default: 1, 10 and 100; "
                             "0.2 for the CI smoke run)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds one program may run (default 900)")
    parser.add_argument("-o", "--output", default="benchmark-results.md")
    parser.add_argument("--build", default=os.environ.get("INNOATLAS_BENCH_BUILD", "build-rel"),
                        help="build directory with innoatlas, innoatlas-cli and tests/bench (default build-rel)")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "innoatlas-bench"),
                        help="where the generated databases and CSV files are kept between runs")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each figure (fewer at 100 %%)")
    args = parser.parse_args()
    os.environ["INNOATLAS_BENCH_BUILD"] = args.build
    runner = Runner(args)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    sections = []
    for scale in args.scale or [1, 10, 100]:
        scale = int(scale) if float(scale).is_integer() else scale
        rows = []
        print(f"scale {scale} % ...", flush=True)
        counts = bench_scale(runner, scale, rows)
        sections.append((scale, counts, rows))
        write(args.output, sections, started)
    print(f"wrote {args.output}")
    failed = sum(1 for _, _, rows in sections for row in rows if holds(row) == "**no**")
    broken = sum(1 for _, _, rows in sections for row in rows if row[1] is None)
    print(f"{failed} figure(s) miss their target, {broken} group(s) did not run to the end")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
