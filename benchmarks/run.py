"""Run every benchmark in turn: `./dev bench` (or `.venv/bin/python benchmarks/run.py`).

Each prints its own figures beside the reference it names (stock Presidio, raw llama-cpp-python),
measured in the same run. Timing targets live here and in the issue notes, never in the tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ("detection quality on presidio-research synthetic data", "detect_synth.py"),
    ("detection speed", "detect_speed.py"),
    ("rewrite with the default model", "rewrite_bench.py"),
    ("app first paint and keystroke-to-highlight", "tui_bench.py"),
]


def main() -> int:
    failed = 0
    for title, script in BENCHMARKS:
        print(f"\n=== {title} ({script}) ===", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script)], cwd=HERE.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
