"""`rewriter check`: report what in a draft could identify someone, and the post-level risks in it."""

from __future__ import annotations

import sys
import time

from ..display import dumps_safe
from ..generalise import suggested_in_context
from ..inputs import read_draft
from ..pipeline import MAX_REWRITE_CHARS
from ..verify import judge_draft
from .common import EXIT_CLEAN, EXIT_FOUND, make_detector, make_reviewer
from .report import print_check_plain, print_check_rich


def cmd_check(args, config) -> int:
    """Exit 0 clean (no identifying span, no risk), 1 otherwise, 2 error."""
    text = read_draft(args.file, args.encoding)
    started = time.perf_counter()
    detector = make_detector(config)
    spans = detector.detect(text)
    risks = make_reviewer().review(text, spans)
    # what the rewrite puts there in this sentence, as the app shows it ("my colleague Tom" -> "my
    # colleague", not the nurse's default "a patient"), in the report and the JSON alike; only for a
    # draft the rewrite takes (reading a megabyte in context would take minutes)
    shown = spans if len(text) > MAX_REWRITE_CHARS else suggested_in_context(text, spans, config.role)
    verdict = judge_draft(text, spans, risks)
    seconds = time.perf_counter() - started
    if args.json:
        print(dumps_safe({
            "spans": [s.to_dict() for s in shown],
            "risks": [r.to_dict() for r in risks],
            "status": verdict.status,
            "clean": verdict.clean,
            "seconds": round(seconds, 4),
        }))
    elif sys.stdout.isatty():
        from rich.console import Console  # lazy: rich is loaded only to draw on a terminal

        print_check_rich(text, shown, Console(highlight=False), risks)
    else:
        print_check_plain(text, shown, sys.stdout, risks)
    return EXIT_CLEAN if verdict.clean else EXIT_FOUND
