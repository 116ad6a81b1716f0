"""A capitalised name after a phrase about working there: "I work for Wolters Kluwer",
"she joined Initech", "employed by Globex", "interning at Hooli"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support import public
from ..support.companies import COMPANY_WORD

# Job titles that say where someone works when "at" or "for" follows: "a recruiter at Globex".
_JOB_TITLES = vocab.alternation("job_titles") + "s?"


# The writer's "I", capitalised in any case, with or without a contraction: no company is named so.
_PRONOUN_I = re.compile(r"I(?:['’](?:ve|m|d|ll|m'a))?")


class EmployerContextRecognizer(RegexRecognizer):
    ORDER = 930
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "Naming where someone works can identify them."
    PATTERNS = [
        Pattern(
            "work for",
            r"\b(?i:work(?:s|ed|ing)?\s+(?:at|for)|employed\s+(?:at|by)|hired\s+by|join(?:s|ed|ing)?|"
            r"intern(?:s|ed|ing)?\s+at|(?:job|role|position|placement|contract)\s+(?:at|with)|"
            rf"(?:left|quit)|client|customer|vendor|supplier|employer|{_JOB_TITLES}\s+(?:at|for)|"
            rf"(?:CEO|CTO|CFO|COO|founder|co-founder|president|chair|chairman|chairwoman)\s+(?:of|at))\s+(?P<span>{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})",
            0.6,
        ),
    ]

    # "joined", "left" and "quit" take platforms too ("joined TikTok", "quit Facebook"); the other
    # phrases can only mean an employer or a client.
    _MAYBE_A_USER = re.compile(r"(?i:join|left|quit)")

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        if _PRONOUN_I.fullmatch(words[0]):
            return False  # "A client I've seen for two years", "the customer I'd helped": a clause about the writer
        if self._MAYBE_A_USER.match(match.group()) and public.BRANDS.intersection(_names_in(words)):
            return False  # "I've joined Unilever's graduate scheme", "she left Tesla": a career, public news
        if lexicon.is_public_organisation(words[0]) and not self._MAYBE_A_USER.match(match.group()):
            # a platform or public body named as an employer or client still says where someone works
            # ("I work for NATO", "a recruiter at LinkedIn", "our client Facebook")
            return True
        if lexicon.is_not_a_name(words[0]):
            return False
        return len(words) > 1 or not lexicon.is_ordinary_word(words[0]) or match.group().lower().startswith(("work", "employed"))

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        for r in results:
            # "client Okafor DOB 14/03/1987": a form field after the name is not part of it
            words = list(re.finditer(r"\S+", text[r.start : r.end]))
            for w in words[1:]:
                if lexicon.is_everyday_term(w.group()):
                    r.end = r.start + len(text[r.start : r.start + w.start()].rstrip())
                    break
        return results


def _names_in(words: list[str]) -> list[str]:
    """The names the span's words could be, shortest first, without a possessive: "Unilever's HR" ->
    "Unilever", "Unilever HR"."""
    out = []
    for k in range(1, len(words) + 1):
        name = " ".join(words[:k])
        out.append(name[:-2] if name.endswith(("'s", "’s")) else name)
    return out
