"""A nickname in quotes: between a first name and a surname ("Maximilian 'Max' Osei-Brandt", "Jimmy 'Two
Sheds' Callaghan"), or after "we call", "known as", "goes by" ("the regular we call 'Captain'", "our
dispatcher 'Moose'"). The nickname is what everyone around the person knows them by."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_Q = "['‘’\"“”]"
_NICK = r"[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,2}"
# After "we all call him", a nickname may be a phrase in any case, with its article: "'the walrus'",
# "'the Pickle Jar people'", "'the Boss Lady'". Said of a person by those around them, it names them.
_CALLED_NICK = r"(?:(?:the|ol['’]?|old|big|little|lil)\s+)?[A-Za-z][\w.-]*(?:[ -][A-Za-z][\w.-]*){0,3}"
# Without "him" or "her", only a nickname that ends in a word for people is a person's: "'the Pickle Jar
# people'", "'Sharp Guy'" ("what we call 'a good day'", "we call them 'the dailies'" are things).
_PEOPLE_END = r"(?i:people|lot|crew|gang|lady|man|woman|guy|boy|girl|lad|kid|twins|brothers|sisters|bros)"


class QuotedNicknameRecognizer(GatedRegexRecognizer):
    ORDER = 715
    ENTITY = "PERSON"
    # a quote opening a capitalised word: cheap, and rarer than an apostrophe in "I'm"
    GATE = re.compile(rf"{_Q}[A-Za-z]|(?i:\bgo(?:es)?\s+by\b)")
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
        # "(we all call him 'the walrus')", "the couple i call 'the Pickle Jar people'", "everyone calls her 'the
        # Boss Lady'", "dem dey call 'Sharp Guy'": the people around someone calling them by a nickname, which
        # may be a lowercase phrase; "call it 'routine maintenance'" is a thing named, not a person
        Pattern(
            "people calling someone a nickname",
            r"\b(?i:we|they|i|dey|everyone|everybody|people|the\s+(?:lads|girls|kids|team|staff|residents|regulars))"
            r"\s+(?i:all\s+|both\s+|just\s+|always\s+|used\s+to\s+|dey\s+)?(?i:call|calls|called)"
            rf"\s+(?i:him|her)\s+{_Q}(?P<span>{_CALLED_NICK}){_Q}",
            0.7,
        ),
        Pattern(
            "people calling a group or someone a nickname of people",
            r"\b(?i:we|they|i|dey|everyone|everybody|people|the\s+(?:lads|girls|kids|team|staff|residents|regulars))"
            r"\s+(?i:all\s+|both\s+|just\s+|always\s+|used\s+to\s+|dey\s+)?(?i:call|calls|called)"
            rf"\s+{_Q}(?P<span>(?:(?i:the)\s+)?(?:[A-Za-z][\w.-]*[ -]){{0,3}}{_PEOPLE_END}){_Q}",
            0.7,
        ),
        # "who goes by Bear:", "goes by the name of Tank": without quotes the capitalised word is still the name
        Pattern(
            "goes by a name",
            r"\b(?i:who|she|he|they|now)\s+(?i:goes|go|went)\s+by\s+(?:(?i:the\s+name\s+(?:of\s+)?))?(?P<span>[A-Z][a-z][\w-]*)\b(?![ \t]+[A-Z])",
            0.65,
        ),
        # "PC 'Biscuits' on our team", "Sgt 'Moose'", "Nurse 'Smiley'": a title and a quoted name
        Pattern(
            "title 'nick'",
            r"\b(?:PC|PCSO|DC|DS|Sgt|Sarge|Cpl|Pte|Lt|Capt|Cadet|Officer|Constable|Nurse|Sister|Doc|Dr|Coach|Chef|Mr|Mrs|Ms|Miss)\.?\s+"
            rf"{_Q}(?P<span>{_NICK}){_Q}",
            0.7,
        ),
        # "Crewed with 'Spanner' again", "paired up with 'Tiny'": who the writer works beside
        Pattern(
            "worked with 'nick'",
            r"\b(?i:crewed|paired|partnered|teamed|rostered|on\s+shift|on\s+nights|on\s+lates)\s+(?i:up\s+)?(?i:with)\s+"
            rf"{_Q}(?P<span>{_NICK}){_Q}",
            0.65,
        ),
        # "our dispatcher 'Moose' at", "my client 'Bear'": a role and a quoted capitalised name
        Pattern(
            "role 'nick'",
            r"\b(?i:our|my|his|her|their)\s+(?i:dispatcher|client|patient|resident|regular|student|pupil|colleague|"
            rf"manager|boss|supervisor|rep|customer|driver|sergeant|foreman|mate|lad|lass)\s+{_Q}(?P<span>{_NICK}){_Q}",
            0.7,
        ),
        # "Our little 'Professor' in 2B (the one who knows every flag)", "my wee 'Tank' from the Tuesday group": an
        # endearment and a quoted capitalised word, then where the person is, who they are or a bracket: the name a
        # class or a ward knows a child or a client by ("our little 'Wellbeing Wednesday' event" is a thing)
        Pattern(
            "our little 'nick'",
            r"\b(?i:our|my)\s+(?i:little|wee|lil|resident|favourite|favorite)\s+"
            rf"{_Q}(?P<span>[A-Z][\w.-]*){_Q}(?=\s*(?:\(|,|['’]s\b|\s(?i:in|from|on|at|who|with|has|had|is|was|got|finally)\b))",
            0.65,
        ),
        # "That fella 'Dai Tablets' we all know", "this bloke 'Tiny' from the estate": a person pointed at, then
        # the name everyone knows them by
        Pattern(
            "that fella 'nick'",
            r"\b(?i:that|this|the|one)\s+(?i:fella|fellow|bloke|guy|geezer|lad|lass|chap|woman|lady|man|kid|boy|girl|regular|"
            rf"customer|client|patient|resident)\s+{_Q}(?P<span>{_NICK}){_Q}",
            0.65,
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
