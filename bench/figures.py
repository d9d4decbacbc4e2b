"""One way for every benchmark to report a figure: printed for a person, and, when run by
`bench/run_all.py`, also written as a JSON line so the runner can print one table of all of them."""

import json
import os


def shown(value: float) -> str:
    """Three significant digits, but whole numbers in full: 0.171, 58.3, 8,130."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.3g}"


def report(
    what: str,
    value: float,
    unit: str,
    *,
    baseline: float | None = None,
    baseline_what: str = "",
    target: str = "",
    met: bool | None = None,
) -> None:
    """`value` in `unit`; `baseline` in the same unit (the ratio is value / baseline)."""
    ratio = value / baseline if baseline else None
    line = f"{what}: {shown(value)} {unit}"
    if baseline is not None and ratio is not None:
        line += f" ({ratio:.2f}x {baseline_what or 'the baseline'} {shown(baseline)} {unit})"
    print(line, flush=True)
    path = os.environ.get("PA_BENCH_FIGURES")
    if path:
        record = {
            "what": what,
            "value": value,
            "unit": unit,
            "baseline": baseline,
            "baseline_what": baseline_what,
            "ratio": ratio,
            "target": target,
            "met": met,
        }
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
