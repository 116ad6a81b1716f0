"""venting: complaining about a colleague, a manager, the employer, a client or a family readers can identify.

"My manager is useless", "our PM is already taking all the credit", "this parent is an absolute
nightmare": colleagues, clients and employers recognise themselves, and codes of conduct treat it as a
breach. Raised for
- a complaint (contempt, anger, blame: "useless", "sick of", "refuses to", "bad-mouthed") aimed at someone
  from work or a named person in the same or the next sentence, or at someone the writer serves in the
  same sentence;
- a softer sign of one (repetition, exasperation, sarcasm: "again", "ugh", "cool cool cool", "without
  telling me") beside someone from work;
not "I hate Mondays", "worst case scenario", "not because we're lazy", "Adam Kay nailed the rota chaos".
"""

from __future__ import annotations

import re

from .context import Post, overlaps, within
from .rule import Rule

_NEGATED = re.compile(r"(?i)\b(?:not|never|isn['’]?t|wasn['’]?t|aren['’]?t|no)\b(?:\s+[\w'’]+){0,2}\s*$")


class VentingRule(Rule):
    KIND = "venting"

    def find(self, post: Post):
        if not post.others:
            return
        text = post.text
        idioms = post.cue("review_complaint_idioms")
        colleagues = post.workplace + post.names
        for a, b in post.cue("review_complaint_words"):
            if overlaps(idioms, a, b) or _NEGATED.search(text, max(0, a - 25), a):
                continue
            sa, sb = post.sentence(a)
            wa, wb = post.around(a, b, 1)
            if within(colleagues, wa, wb) or within(post.served, sa, sb):
                yield self.risk(post, a, b)
        for a, b in post.cue("review_complaint_signals"):
            wa, wb = post.around(a, b, 1)
            if within(post.workplace, wa, wb) and not overlaps(idioms, a, b):
                yield self.risk(post, a, b)
