"""venting: complaining about a colleague, a manager, the employer, a client or a family readers can identify.

"My manager is useless", "our PM is already taking all the credit", "this parent is an absolute
nightmare": colleagues, clients and employers recognise themselves, and codes of conduct treat it as a
breach. Raised for a complaint (contempt, anger, blame, sarcasm: "useless", "sick of", "refuses to",
"cool cool cool") aimed at someone from work or a named person in the same or the next sentence, or at
someone the writer serves in the same sentence; not "I hate Mondays", "worst case scenario", "don't let
anyone tell you kids don't care".
"""

from __future__ import annotations

from .context import Post, overlaps, within
from .rule import Rule


class VentingRule(Rule):
    KIND = "venting"

    def find(self, post: Post):
        if not post.others:
            return
        idioms = post.cue("review_complaint_idioms")
        colleagues = post.workplace + post.names
        for a, b in post.cue("review_complaint_words"):
            if overlaps(idioms, a, b):
                continue
            sa, sb = post.sentence(a)
            wa, wb = post.around(a, b, 1)
            if within(colleagues, wa, wb) or within(post.served, sa, sb):
                yield self.risk(post, a, b)
