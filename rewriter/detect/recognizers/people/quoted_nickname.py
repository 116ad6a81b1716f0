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
    ]
    SUGGESTION = "someone"
