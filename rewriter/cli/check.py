"""`rewriter check`: report what in a draft could identify someone."""

from __future__ import annotations

import sys
import time

from ..display import dumps_safe
from ..inputs import read_draft
from .report import print_check_plain, print_check_rich
from .common import EXIT_CLEAN, EXIT_FOUND, make_detector


def cmd_check(args, config) -> int:
    text = read_draft(args.file, args.encoding)
    started = time.perf_counter()
    detector = make_detector(config)
    spans = detector.detect(text)
    seconds = time.perf_counter() - started
    if args.json:
        print(dumps_safe({"spans": [s.to_dict() for s in spans], "clean": not spans, "seconds": round(seconds, 4)}))
    elif sys.stdout.isatty():
        from rich.console import Console  # lazy: rich is loaded only to draw on a terminal

        print_check_rich(text, spans, Console(highlight=False))
    else:
        print_check_plain(text, spans, sys.stdout)
    return EXIT_FOUND if spans else EXIT_CLEAN
