"""A nickname in quotes: between a first name and a surname ("Maximilian 'Max' Osei-Brandt", "Jimmy 'Two
Sheds' Callaghan"), or after "we call", "known as", "goes by" ("the regular we call 'Captain'", "our
dispatcher 'Moose'"). The nickname is what everyone around the person knows them by."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_Q = "['‘’\"“”]"
_NICK = r"[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,2}"


class QuotedNicknameRecognizer(GatedRegexRecognizer):
    ORDER = 715
    ENTITY = "PERSON"
    # a quote opening a capitalised word: cheap, and rarer than an apostrophe in "I'm"
    GATE = re.compile(rf"{_Q}[A-Z]")
    PATTERNS = [
        # "Maximilian 'Max' Osei-Brandt", "Dr Fenella 'Fen' McAllister-Hughes", "Lyndon 'Lynx' Appiah": the whole
        # name is one person's, so it is found whole
        Pattern(
            "first 'nick' last",
            rf"\b[A-Z][a-z]+\s+{_Q}{_NICK}{_Q}\s+[A-Z][\w'’-]*[\w]",
            0.75,
        ),
        # "the regular we call 'Captain'", "known as 'Moose'", "goes by 'Bear'", "nicknamed 'T-Rex'"
        Pattern(
            "called by a nickname",
            rf"\b(?i:we\s+call(?:ed)?|they\s+call(?:ed)?|everyone\s+calls|known\s+as|goes\s+by|nicknamed|aka|a\.k\.a\.)"
            rf"\s+(?:him\s+|her\s+|them\s+)?{_Q}(?P<span>{_NICK}){_Q}",
            0.7,
        ),
        # "our dispatcher 'Moose' at", "my client 'Bear'": a role and a quoted capitalised name
        Pattern(
            "role 'nick'",
            r"\b(?i:our|my|his|her|their)\s+(?i:dispatcher|client|patient|resident|regular|student|pupil|colleague|"
            rf"manager|boss|supervisor|rep|customer|driver|sergeant|foreman|mate|lad|lass)\s+{_Q}(?P<span>{_NICK}){_Q}",
            0.7,
        ),
        # "'Tiny' (6ft2, rugby captain) asked me to proofread", "'Smudge' from the Bellfield flats got lifted": a
        # quoted nickname opening a sentence, then what they are in brackets (a list or a figure, not "(the
        # musical)"), where they are from, or a verb of speech ("'Policy' is apparently not a job" is a word in quotes)
        Pattern(
            "'nick' opening a sentence",
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)){_Q}(?P<span>{_NICK}){_Q}(?=\s+(?:\((?=[^)\n]*[\d,])[^)\n]{{1,60}}\)\s+[a-z]+|"
            r"from\s+(?:the|our|my)\s+(?:[A-Z]|(?:estate|flats|club|group|unit|ward|school|home|office|shop|site|team)\b)|(?:asked|told|said|says|texted|rang|messaged|emailed|hugged|cried|laughed|shouted|"
            r"turned\s+up|came\s+in|walked\s+in|brought)\b))",
            0.6,
        ),
    ]
    SUGGESTION = "someone"
