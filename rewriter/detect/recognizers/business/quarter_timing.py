"""When unannounced business news happens, by its quarter: "outsourced in Q3", "announcement isn't til Q2",
"migrating 18 million accounts ... in Q3", in a post that says the news is not public yet (a layoff,
a merger, a launch, "shhh", an NDA). The quarter dates the news for anyone who knows the company;
"Q3 planning done!" in an ordinary post is left alone."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class QuarterTimingRecognizer(GatedRegexRecognizer):
    ORDER = 545
    ENTITY = "FIGURE"
    GATE = re.compile(r"\b[QH][1-4]\b")
    PATTERNS = [
        Pattern(
            "in a quarter",
            r"\b(?P<prep>(?i:in|til|till|until|by|before|during|from|for|next|this))\s+(?:(?i:the\s+)?(?i:early|late|end\s+of)\s+)?"
            r"[QH][1-4](?:\s+(?:19|20)\d{2})?\b(?!\s*(?i:numbers|results|figures|revenue|earnings|sales)\b)",
            0.6,
        ),
    ]
    _CUES = re.compile(
        rf"(?i:\b(?:{vocab.alternation('workforce_cut_cues')[3:-1]}|{vocab.alternation('unannounced_cues')[3:-1]}))"
    )

    def find(self, text, nlp_artifacts=None):
        if not self._CUES.search(text):
            return []
        return super().find(text, nlp_artifacts)

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        # "in Q3" -> "soon", "til Q2" -> "until later": when, without the quarter
        prep = matched.split()[0].lower()
        meta.setdefault("suggestion", "until later" if prep in ("til", "till", "until") else "later" if prep == "from" else "soon")
        return super().result(start, end, score, matched, entity, why, **meta)
