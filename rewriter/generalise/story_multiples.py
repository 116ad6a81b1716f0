"""A rare multiple birth said in general words (issue 10).

Triplets, quads and conjoined twins are rare enough that a unit, a town or the local paper knows the one
family they are: "the family with the triplets" names them to anyone nearby, whatever else the rewrite made
general. Where the review raised a risk on the word (health_detail or rare_or_unique: the review read it as
a detail of someone else's story), it is said in general words that keep what the sentence tells:

    a birth of many:        "helped deliver a set of triplets" -> "helped deliver multiple babies"
    grown past their birth: "a set of triplets at our school all got detention" -> "some children at our school ..."
                            "the family with the triplets" -> "the family with the babies"
                            "a family in a small town with triplets" -> "... with multiple babies"
    conjoined twins:        "Found conjoined twins at the scan" -> "Found twins at the scan"

Plain twins are common and stay ("TWINS!! 👶👶"). Never the writer's own ("my triplets start school"), never
in a post the review raised nothing on. The same word as a hashtag ("#healthvisitor #triplets") goes once the
word is made general: it tags the post with the detail. The words and their general forms are a data file
(rare_multiple_births).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from .regions import region

_MEANING = {" ".join(k.split()): v for k, v in vocab.meanings("rare_multiple_births").items()}
_WORD = r"(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(_MEANING, key=len, reverse=True)) + r")"
# The word with what determines it: "a set of", "the", "her" ("my" is the writer's own and is read apart).
_MULTIPLE = re.compile(
    rf"(?i)(?<![#\w])(?:(?P<set>(?:a|an|one|another|my|our|the|this|her|their)\s+(?:[a-z]+\s+)?set\s+of\s+)|(?P<det>(?:the|her|his|their|our|those|these|my)\s+))?"
    rf"(?P<word>{_WORD})(?![\w-])"
)
# The same word as a hashtag ("#healthvisitor #triplets"): it tags the post with the detail the rewrite made
# general, and goes with the space before it.
_HASHTAG = re.compile(rf"(?i)[ \t]*#(?:{'|'.join(re.escape(k.replace(' ', '')) for k in sorted(_MEANING, key=len, reverse=True))})(?![\w-])")
# The review's kinds that read the word as a detail of someone else's story.
_KINDS = ("health_detail", "rare_or_unique")


# A birth or the first weeks told in the sentence: there the many are babies. A school, an exam or a birthday
# told instead: they are children who have grown ("the triplets in Year 4", "a set of triplets at our school"),
# and "babies" would be wrong. Neither: babies, as the word most often means in a professional's post.
_AT_BIRTH = re.compile(
    r"(?i)\b(?:born|birth\w*|deliver\w*|scans?|pregnan\w*|expecting|newborns?|bab(?:y|ies)|nicu|scbu|neonatal|"
    r"maternity|labou?r|c-?section|section|midwi\w+|incubators?|gestation|weeks?\s+old|days?\s+old|unit|ward|feeds?)\b"
)
_GROWN = re.compile(
    r"(?i)\b(?:schools?|class(?:es|room)?|year\s+\d{1,2}|detention|pupils?|students?|teachers?|nursery|playground|"
    r"homework|exams?|gcses?|a-?levels?|teens?|teenagers?|college|uni|university|graduat\w*|birthdays?|(?:\d{1,2}|[a-z]+)\s+years?\s+old|"
    r"football|team|club|wedding)\b"
)
_SENTENCE_BOUNDS = re.compile(r"[.!?\n]")


def _sentence_around(m: re.Match) -> str:
    text = m.string
    starts = [x.end() for x in _SENTENCE_BOUNDS.finditer(text, 0, m.start())]
    end = _SENTENCE_BOUNDS.search(text, m.end())
    return text[starts[-1] if starts else 0:end.start() if end else len(text)]


# Where a sentence opens, so the general words take its capital ("Siamese twins" mid-sentence is a proper adjective).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n]\s*)$")


def _general(m: re.Match) -> str | None:
    """The general words for one match, or None where it is the writer's own ("my triplets")."""
    det = m.group("det")
    if det and det.split()[0].lower() == "my":
        return None
    meaning = _MEANING[" ".join(m.group("word").lower().split())]
    if meaning == "twins":
        # "the conjoined twins" -> "the twins", "a set of conjoined twins" -> "a set of twins"
        out = m.group(0)[:m.start("word") - m.start()] + meaning
    elif _GROWN.search(_sentence_around(m)) and not _AT_BIRTH.search(_sentence_around(m)):
        # grown past their birth ("A set of triplets at our school all got detention"): children, not babies
        out = "some children" if m.group("set") else (det or "") + "children"
    elif m.group("set"):
        out = "multiple babies"  # "Fitted implants for a set of triplets" -> "... for multiple babies"
    elif det:
        out = det + "babies"  # "the family with the triplets" -> "the family with the babies"
    else:
        out = "multiple babies"
    opening = _SENTENCE_OPENS.search(m.string, max(0, m.start() - 3), m.start())
    return out[:1].upper() + out[1:] if opening and m.group(0)[:1].isupper() else out


def general_multiples(phrase: str) -> str:
    """``phrase`` (a rewrite the story passes made) with each rare multiple birth in it said in general words."""
    return _MULTIPLE.sub(lambda m: _general(m) or m.group(0), phrase)


def says_multiple_birth(phrase: str) -> bool:
    return _MULTIPLE.search(phrase) is not None


def multiple_births(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """A region for each rare multiple birth in ``text`` that a health_detail or rare_or_unique risk covers,
    with its general words."""
    told = [r for r in risks if r.kind in _KINDS and not r.by_model and not r.whole_post]
    if not told:
        return []
    out = []
    for m in _MULTIPLE.finditer(text):
        a, b = m.start("word"), m.end("word")
        risk = next((r for r in told if r.start < b and a < r.end), None)
        new = _general(m)
        if risk is not None and new is not None:
            out.append(region(risk, text, m.start(), m.end(), new))
    if out:
        out += [region(out[0], text, h.start(), h.end(), "") for h in _HASHTAG.finditer(text)]
    return out


def on_a_multiple_birth(text: str, risks: Sequence[Risk]) -> bool:
    """Did the review raise a health_detail or rare_or_unique risk on a rare multiple birth in ``text``?"""
    return bool(multiple_births(text, risks))
