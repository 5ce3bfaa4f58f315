"""Quality benchmark: ``seedlint eval`` on the development corpus, the seeds and the clean corpus.

One command (from the repository root)::

    .venv/bin/python bench/quality.py            # --shared ../shared --json out.json --markdown

Prints recall per class (and its strict count) for the development corpus and the
seeds, and false positives per 50 KB for the development corpus's clean controls and
for the clean corpus. ``--markdown`` prints the table kept in the README's quality
section.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def evaluate(*args: str) -> dict[str, object]:
    cmd = [sys.executable, "-m", "seedlint", "eval", *args, "--format", "json"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _pct(tally: dict[str, float]) -> str:
    recall, strict = 100 * tally["recall"], 100 * tally["strict_recall"]
    return f"{recall:.0f} % ({tally['found']}/{tally['entries']}; strict {strict:.0f} %)"


def markdown(dev: dict[str, object], seeds: dict[str, object], clean: dict[str, object]) -> str:
    classes = sorted(set(dev["classes"]) | set(seeds["classes"]))  # type: ignore[call-overload]
    rows = ["| class | development corpus | seeds |", "|---|---|---|"]
    for name in [*classes, "all"]:
        d = dev["overall"] if name == "all" else dev["classes"].get(name)  # type: ignore[attr-defined]
        s = seeds["overall"] if name == "all" else seeds["classes"].get(name)  # type: ignore[attr-defined]
        rows.append(f"| {name} | {_pct(d) if d else '—'} | {_pct(s) if s else '—'} |")
    rows.append("")
    rows.append("| clean text | bytes | false positives | per 50 KB |")
    rows.append("|---|---|---|---|")
    for label, data in (("development corpus, clean controls", dev), ("`../shared/corpus/clean/`", clean)):
        rows.append(f"| {label} | {data['clean_bytes']:,} | {data['false_positives']} | {data['fp_per_50kb']:.2f} |")
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (corpus/)")
    parser.add_argument("--json", help="write all figures here")
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    args = parser.parse_args()
    corpus = Path(args.shared) / "corpus"
    if not (corpus / "dev" / "key.yaml").exists():
        print(f"no development corpus under {corpus}", file=sys.stderr)
        return 2
    dev = evaluate(str(corpus / "dev" / "key.yaml"))
    seeds = evaluate(str(corpus / "dev" / "seeds-key.yaml"), str(ROOT / "seeds"))
    clean = evaluate("--clean", str(corpus / "clean"))
    if args.json:
        Path(args.json).write_text(json.dumps({"dev": dev, "seeds": seeds, "clean": clean}, indent=2), "utf-8")
    if args.markdown:
        sys.stdout.write(markdown(dev, seeds, clean))
        return 0
    for label, data in (("development corpus", dev), ("seeds", seeds)):
        print(f"{label}: recall {_pct(data['overall'])}")  # type: ignore[arg-type]
        for name, tally in data["classes"].items():  # type: ignore[attr-defined]
            print(f"  {name:<11} {_pct(tally)}")
    print(f"dev clean controls: {dev['false_positives']} FP, {dev['fp_per_50kb']:.2f} per 50 KB")
    print(f"clean corpus:       {clean['false_positives']} FP, {clean['fp_per_50kb']:.2f} per 50 KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
