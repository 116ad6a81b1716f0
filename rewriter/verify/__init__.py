"""Checks a candidate rewrite must pass before it is offered.

Two kinds of check, each returning reasons a person (and the model, on a retry) can act on:

* ``safety`` — nothing identifying survives: the detector finds nothing in the candidate, no original
  span's text and no token of a detected name is still there after normalisation, and no name or number
  appears that the draft did not have;
* ``quality`` (model output only) — no placeholder tags, no chatty preamble, no echo of the prompt, no
  repeated sentences or loops, a sane length, most of the draft's content words kept, and nothing added;
  then ``faithful``: every word of the writer's that the generaliser kept stays, in order, and the model
  only smooths the slots the generaliser filled (articles, small words, capitals at a sentence start).

``verdict`` puts the two together, with the post-level risks the review found, into the one ``Verdict``
the pipeline acts on, whose status is ``clean``, ``review`` or ``identifying``.
"""

from .quality import added_content, added_words, quality_problems, sentence_count
from .safety import added_details, identifying_tokens, leaks, remaining
from .verdict import CLEAN, IDENTIFYING, REVIEW, STATUSES, Verdict, judge, judge_draft, story_kinds

__all__ = [
    "CLEAN",
    "IDENTIFYING",
    "REVIEW",
    "STATUSES",
    "Verdict",
    "added_content",
    "added_details",
    "added_words",
    "identifying_tokens",
    "judge",
    "judge_draft",
    "leaks",
    "quality_problems",
    "remaining",
    "sentence_count",
    "story_kinds",
]
