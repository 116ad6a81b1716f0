"""ongoing_case: comment on a live legal, disciplinary, safeguarding or custody case.

A judge was removed from a trial for posting about it; a nurse giving evidence next month, a lawyer
whose client's custody hearing is adjourned, a teacher whose colleague faces a disciplinary can all
prejudice the case and tell readers who is in it. Raised for
- legal-process words (trial, hearing, tribunal, inquest, custody battle, grievance, safeguarding referral)
  that are not everyday phrases ("food court", "free trial", "hearing aid", "the jury is still out");
- an investigating body at work ("CQC are interviewing staff next week", "police want it for the trial");
in a post where the writer or someone they serve takes part. A trial watched on the news by someone
with no part in it raises nothing, nor the writer's family's moot court final.
"""

from __future__ import annotations

from .context import Post, overlaps
from .rule import Rule


class OngoingCaseRule(Rule):
    KIND = "ongoing_case"

    def find(self, post: Post):
        if not (post.others or post.first_person()):
            return
        idioms = post.cue("review_legal_idioms")
        for a, b in post.cue("review_legal_process"):
            if overlaps(idioms, a, b):
                continue
            yield self.risk(post, a, b)
        process = post.cue("review_process_words")
        for a, b in post.cue("review_regulators"):
            sa, sb = post.around(a, b, 0)
            if any(sa <= s and e <= sb and not overlaps(idioms, s, e) for s, e in process):
                yield self.risk(post, a, b)

