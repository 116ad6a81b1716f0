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

import re

from .context import Post, overlaps
from .rule import Rule


# A case by its parties, as courts list them: "Patterson v. Dunmore Logistics", "R v Hughes", "Smith vs Smith".
_CASE_NAME = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+(?:v|vs|v\.|vs\.)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}")
_CASE_WORDS = re.compile(
    r"(?i)\b(?:case|settle\w*|claim|court|hearing|trial|ruling|judgment|judgement|verdict|my\s+client|our\s+client|"
    r"acting\s+for|representing|instructed|appeal|tribunal)\b"
)
_CASE_NUMBER = re.compile(r"(?i)(?:case|claim|matter|docket|court)\b")


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
        for m in _CASE_NAME.finditer(post.text) if (" v " in post.lower or " v. " in post.lower or " vs" in post.lower) else ():
            sa, sb = post.sentence(m.start())
            if _CASE_WORDS.search(post.text, sa, sb):  # "Settlement reached in Patterson v. Dunmore", not "Ireland v France"
                yield self.risk(post, m.start(), m.end())
        for span in post.spans:
            if span.entity_type == "REFERENCE_NUMBER" and _CASE_NUMBER.match(span.text):
                yield self.risk(post, span.start, span.end)  # "case 22-CV-4471"
        process = post.cue("review_process_words")
        for a, b in post.cue("review_regulators"):
            sa, sb = post.around(a, b, 0)
            if any(sa <= s and e <= sb and not overlaps(idioms, s, e) for s, e in process):
                yield self.risk(post, a, b)

