"""The captcha: how long a picture takes to draw, new renderer against the old one, and how many pictures
each reader gets right, every digit: the template matcher and its font-aware variants
(tests/support/captcha_solver.py), and tesseract (Debian's tesseract-ocr, if installed) told to expect one
line of digits. Prints figures; asserts nothing.

    python bench/bench_captcha.py [--pictures 200]
"""

import argparse
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import report
from server.captcha import render
from tests.support.captcha_solver import TILTS, Reader, answer, old_render

Render = Callable[[str, random.Random], bytes]


def tesseract(png: bytes) -> str:
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789"],
        input=png,
        capture_output=True,
        check=True,
    )
    return "".join(char for char in done.stdout.decode() if char.isdigit())


def per_picture(draw: Render, runs: int) -> float:
    """Seconds to draw one picture, the median of `runs` batches of 50."""
    rng = random.Random(1)
    texts = [answer(rng) for _ in range(50)]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for text in texts:
            draw(text, rng)
        times.append((time.perf_counter() - started) / len(texts))
    return sorted(times)[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pictures", type=int, default=200)
    args = parser.parse_args()

    old_time, new_time = per_picture(old_render, 5), per_picture(render, 5)
    report("captcha: draw one picture", new_time * 1000, "ms", baseline=old_time * 1000, baseline_what="old")

    readers: dict[str, Callable[[bytes], str]] = {
        "template matcher": Reader().read,
        "font-aware (tilts)": Reader(TILTS).read,
        "font-aware (tilts, 3 px lines wiped)": Reader(TILTS, opening=3).read,
        "font-aware (tilts, 5 px lines wiped)": Reader(TILTS, opening=5).read,
    }
    if shutil.which("tesseract"):
        readers["tesseract --psm 7, digits only"] = tesseract
    else:
        print("tesseract not installed (apt-get install tesseract-ocr): not tried")
    for label, draw, seed in (("old", old_render, 13), ("new", render, 2026)):
        rng = random.Random(seed)
        pictures = []
        for _ in range(args.pictures):
            text = answer(rng)
            pictures.append((text, draw(text, rng)))
        for name, read in readers.items():
            right = digits = 0
            for text, png in pictures:
                got = read(png)
                right += got == text
                digits += sum(a == b for a, b in zip(got, text, strict=False))
            report(f"captcha {label}: {name} reads", 100 * right / len(pictures), "% of pictures")
            report(f"captcha {label}: {name}, digits right", 100 * digits / (5 * len(pictures)), "%")


if __name__ == "__main__":
    main()
