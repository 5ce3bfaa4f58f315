"""Time seedlint against ripgrep and typos on the benchmark corpus, in one invocation.

    python bench/run.py [--corpus bench/out/corpus] [--jobs N] [--repeat 3]

Generates the corpus (bench/generate.py) when it is missing, then measures wall
clock, best of ``--repeat``, of fresh processes:

* ``seedlint check CORPUS --format concise -q`` with every default rule (results
  cache off: a cold run), with the default worker count and with ``--jobs 1``;
* ``rg -c -f patterns.txt CORPUS`` where patterns.txt holds every trigger regex of
  the same rules, exported from the engine (the prefilter seedlint itself runs);
* ``typos --format brief CORPUS`` (a Rust spell checker: the speed bar);
* a one-file pre-commit style run, ``seedlint check FILE``, best of ``--hook-repeat``,
  against ``python -c pass`` as the start-up floor.

Ratios are against the seedlint run of the same invocation. A missing tool is
reported with its install command. An untimed run with findings first warms the
caches and checks the findings against the corpus manifest: share of injected
defects found per family, and findings on lines where nothing was injected (the
generated prose is meant to be clean, so these are likely false positives).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOK_BAR_MS = 150.0
INSTALL = {
    "rg": "apt-get install ripgrep  (or: cargo install ripgrep)",
    "typos": "pip install typos  (or: cargo install typos-cli)",
}
FAMILY_GROUPS = {"script": "script+encoding", "encoding": "script+encoding"}  # rules may file these either way

EXPORT_TRIGGERS = r"""
import json
from pathlib import Path
from seedlint.registry import load_rules, select_rules
try:
    from seedlint.config import find_config, load_config
    cfg = load_config(find_config(Path.cwd()))
    rules = select_rules(load_rules([Path(p) for p in cfg.rule_packs]), cfg.select, cfg.ignore, cfg.extend_select)
except Exception:
    rules = load_rules()
print(json.dumps({
    "rules": [[r.meta.code, r.meta.family, len(r.triggers)] for r in rules],
    "triggers": [
        {"code": r.meta.code, "pattern": t, "caseless": bool(getattr(r, "ignorecase", False))}
        for r in rules for t in r.triggers
    ],
}))
"""


# ---------------------------------------------------------------------------
# measuring
# ---------------------------------------------------------------------------
@dataclass
class Timing:
    name: str
    command: list[str]
    threads: str = ""
    runs: list[float] = field(default_factory=list)
    status: str = "ok"  # ok | not installed | failed
    note: str = ""

    @property
    def best(self) -> float:
        return min(self.runs) if self.runs else float("nan")

    @property
    def median(self) -> float:
        return statistics.median(self.runs) if self.runs else float("nan")


def timed(
    name: str,
    cmd: Sequence[str],
    repeat: int,
    *,
    threads: str = "",
    ok_codes: Sequence[int] = (0, 1),
    env: dict[str, str] | None = None,
) -> Timing:
    """Run ``cmd`` ``repeat`` times as a fresh process; keep every wall-clock time."""
    t = Timing(name, list(cmd), threads)
    for _ in range(repeat):
        # stdout to a real file, not /dev/null: some tools stop at the first match when nobody reads them
        with tempfile.TemporaryFile() as sink:
            start = time.perf_counter()
            proc = subprocess.run(cmd, cwd=ROOT, stdout=sink, stderr=subprocess.PIPE, check=False, env=env)
            elapsed = time.perf_counter() - start
        if proc.returncode not in ok_codes or b"Traceback" in proc.stderr:
            t.status = "failed"
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            t.note = f"exit {proc.returncode}: " + " | ".join(tail)
            return t
        t.runs.append(elapsed)
    return t


def missing(name: str, tool: str) -> Timing:
    return Timing(name, [], status="not installed", note=INSTALL[tool])


# ---------------------------------------------------------------------------
# tools
# ---------------------------------------------------------------------------
def venv_bin(name: str) -> Path | None:
    candidate = ROOT / ".venv" / "bin" / name
    return candidate if candidate.exists() else None


def seedlint_command() -> list[str]:
    exe = venv_bin("seedlint") or (Path(w) if (w := shutil.which("seedlint")) else None)
    return [str(exe)] if exe else [sys.executable, "-m", "seedlint"]


def seedlint_python() -> str:
    return str(venv_bin("python") or sys.executable)


def find_tool(name: str) -> str | None:
    local = venv_bin(name)
    return str(local) if local else shutil.which(name)


def version(cmd: Sequence[str]) -> str:
    try:
        out = subprocess.run([*cmd, "--version"], capture_output=True, text=True, check=False, timeout=30)
    except OSError:
        return "?"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "?"


def check_flags(seedlint: Sequence[str]) -> str:
    out = subprocess.run([*seedlint, "check", "--help"], cwd=ROOT, capture_output=True, text=True, check=False)
    return out.stdout


@dataclass
class Triggers:
    rules: list[tuple[str, str, int]]  # code, family, number of triggers
    rust: list[str] = field(default_factory=list)  # patterns ripgrep's default engine accepts
    pcre: list[str] = field(default_factory=list)  # patterns only PCRE2 (-P) accepts
    rejected: list[str] = field(default_factory=list)


def export_triggers(rg: str | None) -> Triggers:
    out = subprocess.run(
        [seedlint_python(), "-c", EXPORT_TRIGGERS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(f"run: cannot export the rules' triggers:\n{out.stderr}")
    data = json.loads(out.stdout)
    trig = Triggers([(c, f, n) for c, f, n in data["rules"]])
    seen: set[str] = set()
    for item in data["triggers"]:
        pattern = ("(?i)" if item["caseless"] else "") + compact_verbose(item["pattern"])
        if pattern in seen:
            continue
        seen.add(pattern)
        if not item["pattern"] or "\n" in pattern:
            trig.rejected.append(pattern)
        elif rg is None or _rg_accepts(rg, pattern, pcre=False):
            trig.rust.append(pattern)
        elif _rg_accepts(rg, pattern, pcre=True):
            trig.pcre.append(pattern)
        else:
            trig.rejected.append(pattern)
    return trig


def compact_verbose(pattern: str) -> str:
    """A ``(?x)`` pattern on one line: drop its layout and comments (outside classes, as PCRE does).

    ripgrep reads one pattern per line, so a verbose trigger must be flattened first.
    """
    if not pattern.startswith("(?x)"):
        return pattern
    out: list[str] = []
    i, n, in_class = 4, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            out.append(nxt if (nxt in " #" and not in_class) else ch + nxt)
            i += 2
            continue
        if in_class:
            if pattern.startswith("[:", i):
                end = pattern.find(":]", i + 2)
                if end != -1:
                    out.append(pattern[i : end + 2])
                    i = end + 2
                    continue
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
                if i < n and pattern[i] == "]":
                    out.append("]")
                    i += 1
                continue
            out.append("[")
            if i + 1 < n and pattern[i + 1] == "]":
                out.append("]")
                i += 1
        elif ch == "#":
            end = pattern.find("\n", i)
            i = n if end == -1 else end
            continue
        elif not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


def _rg_accepts(rg: str, pattern: str, *, pcre: bool) -> bool:
    cmd = [rg, "--no-config", "-q", *(["-P"] if pcre else []), "-e", pattern, "-"]
    return subprocess.run(cmd, input=b"", capture_output=True, check=False).returncode in (0, 1)


def ascii_word_boundaries(pattern: str) -> str:
    r"""``\b`` -> ``(?-u:\b)``: ripgrep's fast engines give up on Unicode word boundaries in non-ASCII text."""
    return re.sub(r"(?<!\\)((?:\\\\)*)\\b", r"\1(?-u:\\b)", pattern)


# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------
def corpus_size(corpus: Path) -> tuple[int, int]:
    files = [p for p in corpus.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def ensure_corpus(corpus: Path, mb: float, seed: int) -> None:
    if corpus.is_dir() and any(corpus.glob("*.txt")):
        return
    print(f"generating {corpus} ({mb:g} MB, seed {seed}) ...", flush=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import generate

    if generate.main(["--out", str(corpus), "--mb", str(mb), "--seed", str(seed)]) != 0:
        raise SystemExit("run: corpus generation failed")


# ---------------------------------------------------------------------------
# findings against the manifest (untimed)
# ---------------------------------------------------------------------------
_FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) ")
_DIAG = re.compile(r"^(?P<path>.+?): (?P<sev>error|warning|info): (?P<msg>.*)$")


@dataclass
class Quality:
    seconds: float
    findings: Counter[str] = field(default_factory=Counter)  # per rule
    diagnostics: list[str] = field(default_factory=list)
    injected: Counter[str] = field(default_factory=Counter)  # per family
    found: Counter[str] = field(default_factory=Counter)  # injected defects with a finding of their family
    found_any: Counter[str] = field(default_factory=Counter)  # ... with any finding on their line
    kinds: Counter[str] = field(default_factory=Counter)  # injected per family/kind
    kinds_found: Counter[str] = field(default_factory=Counter)
    missed_text: dict[str, Counter[str]] = field(default_factory=dict)  # per kind: injected texts not found
    unexpected: Counter[str] = field(default_factory=Counter)  # per rule: findings on lines with nothing injected
    unexpected_examples: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {k: dict(v) if isinstance(v, Counter) else v for k, v in vars(self).items()}
        out["missed_text"] = {k: dict(v.most_common(20)) for k, v in self.missed_text.items()}
        return out


def family_of(code: str, families: dict[str, str]) -> str:
    return FAMILY_GROUPS.get(families.get(code, ""), families.get(code, code.rstrip("0123456789").lower()))


def quality_run(cmd: Sequence[str], corpus: Path, families: dict[str, str]) -> Quality:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        start = time.perf_counter()
        proc = subprocess.run(
            [*cmd, "-o", str(report)], cwd=ROOT, capture_output=True, text=True, check=False, encoding="utf-8"
        )
        q = Quality(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            q.diagnostics.append(f"exit {proc.returncode}: {proc.stderr.strip()[-400:]}")
            return q
        if "Traceback" in proc.stderr:
            q.diagnostics.append(proc.stderr.strip()[-400:])
        lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    by_line: dict[tuple[str, int], set[str]] = defaultdict(set)
    trunc_files: set[str] = set()
    for text in lines:
        m = _FINDING.match(text)
        if m:
            code = m["code"]
            q.findings[code] += 1
            name = Path(m["path"]).name
            by_line[(name, int(m["line"]))].add(code)
            if families.get(code) == "truncation":
                trunc_files.add(name)
            continue
        d = _DIAG.match(text)
        if d and (d["sev"] != "info"):
            q.diagnostics.append(text)
    manifest = corpus.with_name(corpus.name + ".manifest.jsonl")
    injected_lines: set[tuple[str, int]] = set()
    if manifest.exists():
        for raw in manifest.read_text(encoding="utf-8").splitlines():
            rec = json.loads(raw)
            fam = FAMILY_GROUPS.get(rec["family"], rec["family"])
            key = (rec["file"], rec["line"])
            injected_lines.add(key)
            q.injected[fam] += 1
            codes = by_line.get(key, set())
            if codes:
                q.found_any[fam] += 1
            kind = f"{rec['family']}/{rec['kind']}"
            q.kinds[kind] += 1
            if any(family_of(c, families) == fam for c in codes) or (
                fam == "truncation" and rec["file"] in trunc_files
            ):
                q.found[fam] += 1
                q.kinds_found[kind] += 1
            else:
                q.missed_text.setdefault(kind, Counter())[rec["text"][:60]] += 1
    for key, codes in sorted(by_line.items()):
        if key in injected_lines:
            continue
        for code in sorted(codes):
            if families.get(code) == "truncation" and key[0] in trunc_files and _near_injected(key, injected_lines):
                continue
            q.unexpected[code] += 1
            q.unexpected_examples.setdefault(code, [])
            if len(q.unexpected_examples[code]) < 3:
                q.unexpected_examples[code].append(f"{key[0]}:{key[1]}")
    return q


def _near_injected(key: tuple[str, int], injected: set[tuple[str, int]]) -> bool:
    return any((key[0], key[1] + d) in injected for d in (-2, -1, 1, 2))


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------
def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores{(' ' + model) if model else ''}, {platform.system()} {platform.release()}"


def fmt_row(name: str, threads: str, t: Timing, mb: float, ref: float | None) -> str:
    if t.status != "ok":
        return f"{name:<44} {threads:>7}  {t.status}: {t.note}"
    rate = mb / t.best
    ratio = f"{rate / ref:8.2f}x" if ref else "       -"
    return f"{name:<44} {threads:>7} {t.best:8.2f} {t.median:8.2f} {rate:9.1f} {ratio}"


@dataclass
class Setup:
    corpus: Path
    mb: float
    seedlint: list[str]
    base: list[str]  # seedlint check CORPUS ... (no -q, no --jobs)
    hook_base: list[str]  # seedlint check (one file) ...
    seed_jobs: list[str]
    jobs_flag: bool
    jobs: int | None
    threads: str  # label for the default thread count
    repeat: int
    rg: str | None
    typos: str | None


def measure_throughput(s: Setup, trig: Triggers, rule_count: int) -> list[tuple[str, str, Timing]]:
    rows: list[tuple[str, str, Timing]] = []
    label = f"seedlint check ({rule_count} rules)"
    rows.append((label, s.threads, timed("seedlint", [*s.base, "-q", *s.seed_jobs], s.repeat)))
    if s.jobs_flag and (os.cpu_count() or 1) > 1 and s.jobs != 1:
        rows.append((f"{label} --jobs 1", "1", timed("seedlint-j1", [*s.base, "-q", "--jobs", "1"], s.repeat)))
    with tempfile.TemporaryDirectory() as tmp:
        if s.rg is None:
            rows.append(("rg (rule triggers)", "", missing("rg", "rg")))
        else:
            rg_base = [s.rg, "--no-config", "--no-ignore", "--hidden", "-c", *(["-j", str(s.jobs)] if s.jobs else [])]
            sets: list[tuple[str, list[str], list[str]]] = [
                (f"rg -f triggers ({len(trig.rust)} patterns)", trig.rust, [])
            ]
            if trig.pcre:
                sets.append((f"rg -P -f triggers ({len(trig.pcre)} patterns)", trig.pcre, ["-P"]))
            if any("\\b" in t for t in trig.rust):
                sets.append(("rg -f triggers, ASCII \\b", [ascii_word_boundaries(t) for t in trig.rust], []))
            for k, (name, patterns, extra) in enumerate(sets):
                if not patterns:
                    continue
                file = Path(tmp) / f"patterns{k}.txt"
                file.write_text("\n".join(patterns) + "\n", encoding="utf-8")
                cmd = [*rg_base, *extra, "-f", str(file), str(s.corpus)]
                rows.append((name, s.threads, timed(name, cmd, s.repeat)))
    if s.typos is None:
        rows.append(("typos", "", missing("typos", "typos")))
    else:
        t_jobs = ["--threads", str(s.jobs)] if s.jobs else []
        cmd = [s.typos, "--format", "brief", "--no-ignore", "--hidden", *t_jobs, str(s.corpus)]
        rows.append(("typos --format brief", s.threads, timed("typos", cmd, s.repeat, ok_codes=(0, 2))))
    return rows


def measure_hook(s: Setup, hook_file: Path, repeat: int, cold: bool) -> list[tuple[str, Timing]]:
    hooks = [
        ("python -c pass (floor)", timed("floor", [seedlint_python(), "-c", "pass"], repeat)),
        ("seedlint rules (start-up + rule loading)", timed("rules", [*s.seedlint, "rules"], repeat)),
        ("seedlint check FILE (hook)", timed("hook", [*s.hook_base, str(hook_file)], repeat)),
    ]
    if cold:  # an empty user cache: the trigger database is compiled, as on a fresh CI runner or after a rule edit
        with tempfile.TemporaryDirectory() as empty:
            env = {**os.environ, "XDG_CACHE_HOME": empty}
            hooks.append(
                (
                    "seedlint check FILE, empty trigger-DB cache",
                    timed("cold", [*s.hook_base, str(hook_file)], 1, env=env),
                )
            )
    if s.typos:
        cmd = [s.typos, "--format", "brief", str(hook_file)]
        hooks.append(("typos FILE", timed("typos-1", cmd, repeat, ok_codes=(0, 2))))
    return hooks


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark seedlint against ripgrep and typos (same corpus, same run).")
    p.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus")
    p.add_argument("--jobs", type=int, default=None, help="workers/threads for every tool (default: each tool's own)")
    p.add_argument("--repeat", type=int, default=3, help="timed runs per tool; the best counts")
    p.add_argument("--hook-repeat", type=int, default=5)
    p.add_argument("--hook-file", type=Path, default=None, help="file for the one-file run (default: largest seed)")
    p.add_argument("--mb", type=float, default=50.0, help="corpus size when generating it")
    p.add_argument("--seed", type=int, default=1, help="corpus seed when generating it")
    p.add_argument("--no-quality", action="store_true", help="skip the untimed run that scores findings")
    p.add_argument("--no-cold", action="store_true", help="skip the one-file run with an empty trigger-DB cache")
    p.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = p.parse_args(argv)
    # seedlint is timed as installed, its bytecode cached: a development shell's PYTHONDONTWRITEBYTECODE
    # would make every timed run compile its ~200 modules from source again (0.3 s each run)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([seedlint_python(), "-m", "compileall", "-q", str(ROOT / "seedlint")], check=False)

    corpus = args.corpus.resolve()
    ensure_corpus(corpus, args.mb, args.seed)
    n_files, n_bytes = corpus_size(corpus)
    seedlint = seedlint_command()
    helptext = check_flags(seedlint)
    no_cache = ["--no-cache"] if "--no-cache" in helptext else []
    jobs_flag = "--jobs" in helptext
    if args.jobs and not jobs_flag:
        print("note: this seedlint has no --jobs option; it runs with its default", file=sys.stderr)
    s = Setup(
        corpus=corpus,
        mb=n_bytes / 1e6,
        seedlint=seedlint,
        base=[*seedlint, "check", str(corpus), "--format", "concise", *no_cache],
        hook_base=[*seedlint, "check", "--format", "concise", "-q", *no_cache],
        seed_jobs=["--jobs", str(args.jobs)] if args.jobs and jobs_flag else [],
        jobs_flag=jobs_flag,
        jobs=args.jobs,
        threads=str(args.jobs) if args.jobs else f"def({os.cpu_count()})",
        repeat=args.repeat,
        rg=shutil.which("rg"),
        typos=find_tool("typos"),
    )
    trig = export_triggers(s.rg)
    families = {c: f for c, f, _ in trig.rules}
    no_trigger = [c for c, _, n in trig.rules if n == 0]
    hook_file = (args.hook_file or max((ROOT / "seeds").glob("*.txt"), key=lambda f: f.stat().st_size)).resolve()

    print(f"corpus   {corpus}: {n_files} files, {s.mb:.1f} MB")
    print(f"machine  {machine()}; Python {platform.python_version()}")
    rg_v = version([s.rg]) if s.rg else "rg: not installed"
    typos_v = version([s.typos]) if s.typos else "typos: not installed"
    print(f"tools    {version(seedlint)}; {rg_v}; {typos_v}")
    n_trig = len(trig.rust) + len(trig.pcre) + len(trig.rejected)
    untriggered = ", ".join(no_trigger) or "-"
    print(f"rules    {len(trig.rules)} default rules, {n_trig} distinct triggers; without triggers: {untriggered}")
    print(f"started  {time.strftime('%Y-%m-%d %H:%M:%S')}", flush=True)

    quality: Quality | None = None
    if args.no_quality:  # still warm the page cache and the compiled trigger database
        subprocess.run([*s.base, "-q"], cwd=ROOT, capture_output=True, check=False)
    else:
        quality = quality_run([*s.base, *s.seed_jobs], corpus, families)
    rows = measure_throughput(s, trig, len(trig.rules))
    hooks = measure_hook(s, hook_file, args.hook_repeat, not args.no_cold)
    verdicts = report(s, rows, hooks, hook_file, args.repeat)
    if trig.rejected:
        print(f"note: {len(trig.rejected)} triggers neither rg engine accepts were left out: {trig.rejected[:3]}")
    if quality:
        print_quality(quality)
    if args.json:
        payload = {
            "corpus": {"path": str(corpus), "files": n_files, "bytes": n_bytes},
            "machine": machine(),
            "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "rules": len(trig.rules),
            "throughput": [
                {"name": n, "threads": th, **asdict(t), "best": t.best, "mb_s": (s.mb / t.best) if t.runs else None}
                for n, th, t in rows
            ],
            "one_file": [{"name": n, **asdict(t), "best_ms": t.best * 1000} for n, t in hooks],
            "verdicts": verdicts,
            "quality": quality.to_json() if quality else None,
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


def report(
    s: Setup, rows: list[tuple[str, str, Timing]], hooks: list[tuple[str, Timing]], hook_file: Path, repeat: int
) -> dict[str, str]:
    main_t = rows[0][2]
    ref = s.mb / main_t.best if main_t.status == "ok" else None
    print()
    head = f"throughput, best of {repeat}"
    print(f"{head:<44} {'threads':>7} {'best s':>8} {'median':>8} {'MB/s':>9} {'x seedlint':>9}")
    for name, threads, t in rows:
        print(fmt_row(name, threads, t, s.mb, ref))
    print()
    shown = hook_file.relative_to(ROOT) if hook_file.is_relative_to(ROOT) else hook_file
    size_kb = hook_file.stat().st_size / 1024
    print(f"one file: {shown} ({size_kb:.1f} KB), fresh processes{'':>11} {'best':>7}    {'median':>7}    {'first':>7}")
    for name, t in hooks:
        if t.status == "ok":
            print(f"  {name:<44} {t.best * 1000:7.0f} ms {t.median * 1000:7.0f} ms {t.runs[0] * 1000:7.0f} ms")
        else:
            print(f"  {name:<44} {t.status}: {t.note}")
    verdicts: dict[str, str] = {}
    typos_t = next((t for n, _, t in rows if n.startswith("typos")), None)
    if ref and typos_t and typos_t.status == "ok":
        share = ref / (s.mb / typos_t.best)
        verdicts["throughput"] = (
            f"seedlint at {share:.2f}x typos' MB/s (bar: >= 1.00) {'PASS' if share >= 1 else 'FAIL'}"
        )
    hook_t = hooks[2][1]
    if hook_t.status == "ok":
        ms = hook_t.best * 1000
        verdicts["hook"] = (
            f"one-file run {ms:.0f} ms (bar: < {HOOK_BAR_MS:.0f} ms) {'PASS' if ms < HOOK_BAR_MS else 'FAIL'}"
        )
    print()
    for v in verdicts.values():
        print("bar: " + v)
    return verdicts


def print_quality(q: Quality) -> None:
    print()
    total = sum(q.findings.values())
    print(f"findings (untimed run with output, {q.seconds:.1f} s): {total} from {len(q.findings)} rules")
    for code, n in sorted(q.findings.items()):
        print(f"  {code:<10} {n:7d}   on clean lines: {q.unexpected.get(code, 0)}")
    if q.injected:
        print("injected defects found (a finding of the family / of any rule on the defect's line):")
        for fam, n in sorted(q.injected.items()):
            print(f"  {fam:<16} {n:7d}   {q.found[fam] / n:6.1%}   {q.found_any[fam] / n:6.1%}")
        print("  by kind: " + ", ".join(f"{k} {q.kinds_found[k] / n:.0%}" for k, n in sorted(q.kinds.items())))
        for kind, texts in sorted(q.missed_text.items()):
            print(f"  missed {kind}: " + ", ".join(f"{t!r} x{n}" for t, n in texts.most_common(6)))
    if q.unexpected:
        print("findings on lines with nothing injected (likely false positives), examples:")
        for code, where in sorted(q.unexpected_examples.items()):
            print(f"  {code:<10} {', '.join(where)}")
    if q.diagnostics:
        print(f"diagnostics ({len(q.diagnostics)}): " + " | ".join(q.diagnostics[:5]))


if __name__ == "__main__":
    raise SystemExit(main())
