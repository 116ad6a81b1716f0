"""A stand-in for the model's child process (``python tests/model_standin.py [MODE]``): the real
protocol (rewriter.llm.process.serve), an engine that loads nothing and misbehaves on cue.

Cues in the last message: CRASH (one token, then os.abort(), as a native crash does), HANG (never
answers), EXIT (exits with status 3), SLOW (a long answer, a token at a time, watching its cancel).
Otherwise it answers with the rewritten post it was sent, a token at a time. MODE "abort-on-load"
dies while loading; "abort-always" dies on every answer.
"""

from __future__ import annotations

import os
import re
import sys
import time

from rewriter.llm.backend import Generation
from rewriter.llm.process import serve

MODE = sys.argv[1] if len(sys.argv) > 1 else ""


class MisbehavingEngine:
    def __init__(self, choice, settings):
        self.choice = choice

    def load(self) -> float:
        if MODE == "abort-on-load":
            os.abort()
        return 0.0

    def count_tokens(self, messages) -> int:
        return sum(len(m["content"].split()) + 8 for m in messages)

    def warm(self, messages) -> float:
        return 0.0

    def generate(self, messages, *, max_tokens=None, on_token=None, cancel=None):
        last = messages[-1]["content"]
        if "HANG" in last:
            time.sleep(3600)
        if "EXIT" in last:
            os._exit(3)
        answer = last.split("\n", 1)[-1]
        if "SLOW" in last:
            answer = "word " * 500
        pieces = re.findall(r"\S+\s*", answer)
        for i, piece in enumerate(pieces):
            if cancel is not None and cancel.is_set():
                from rewriter.errors import Cancelled

                raise Cancelled("rewrite cancelled")
            on_token(piece)
            if i == 0 and (MODE == "abort-always" or "CRASH" in last):
                sys.stdout.flush()
                os.abort()
            if "SLOW" in last:
                time.sleep(0.01)
        return Generation(answer, len(pieces), 0.01, "stop")


if __name__ == "__main__":
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    serve(stdin, stdout, MisbehavingEngine)
