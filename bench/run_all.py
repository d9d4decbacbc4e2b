"""`make bench`: every bench script in turn, then one table of their figures with ratios and targets.

python bench/run_all.py [--only NAME ...]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.figures import shown  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=[], help="run only these scripts (e.g. bench_round)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem in args.only]
    figures = Path(tempfile.mkdtemp(prefix="pa-bench-")) / "figures.jsonl"
    env = {**os.environ, "PA_BENCH_FIGURES": str(figures), "QT_QPA_PLATFORM": "offscreen"}
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], env=env, check=False).returncode != 0:
            failed.append(script.name)
    rows = (
        [json.loads(line) for line in figures.read_text(encoding="utf-8").splitlines()]
        if figures.exists()
        else []
    )
    print()
    print(f"{'figure':<58} {'value':>14} {'ratio':>22}  target")
    for row in rows:
        value = f"{shown(row['value'])} {row['unit']}"
        ratio = f"{row['ratio']:.2f}x {row['baseline_what']}" if row["ratio"] is not None else ""
        verdict = {True: "met", False: "MISSED", None: ""}[row["met"]]
        target = f"{row['target']} {verdict}".strip()
        print(f"{row['what'][:58]:<58} {value:>14} {ratio:>22}  {target}")
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
