"""The writer's own family, named: "My daughter Ava started Reception today", "our son Max". Issue 10: the
writer's own life and family are not what a confidentiality check is for, so these names are left alone,
wherever the post mentions them again. Someone else's family ("her daughter Ava", "my client's son Max")
and the people a professional serves stay names.

A relative called by a family title is the writer's own where the post says so: after "my" or "our"
("my Uncle Tunde"), or listed with the writer's parents ("Mum, Dad, Aunty Funmi", "Uncle Tunde and
Mum"). Alone, the same title is often what a ward or a care home calls a patient or a resident ("Nanny
Peg in bay 3", "Grandad Stan (not my grandad, he insists)"), so it stays a name there."""

from __future__ import annotations

import re

from .. import vocab
from .recognizers.support.names import WORD
from .ahead import answered_ahead
from .recognizers.support.not_people import own_pet_names

# ("small" is West African English for younger: "my small girl Hope", "my small brother Emeka")
# "my", and as other Englishes write it: "mi daughter Shanice" (Patois), "me own dog Bruno" (Scouse, Irish),
# "ma two wee yins" (Scots)
_MY = r"(?i:my|our|mi|me|ma)"
# A title of address the family uses before the name: "my mum Mama Tunde", "mi granny Miss Ivy".
_ADDRESS = r"(?:(?P<address>Mama|Papa|Mummy|Daddy|Aunty|Auntie|Aunt|Uncle|Nana|Nanny|Granny|Grandma|Grandpa|Miss|Mr|Mrs)\s+)?"
_OWN_FAMILY_NAME = re.compile(
    rf"(?<![’'\w]){_MY}\s+(?i:(?:own|little|small|baby|eldest|oldest|youngest|middle|new|twin|two|three)\s+)?"
    rf"(?i:{vocab.alternation('family_nouns')})s?\s*,?\s+{_ADDRESS}(?P<name>{WORD})(?:\s+(?i:and|&)\s+(?!{_MY}\s)(?P<also>{WORD}))?"
)
# What a parent calls their own child in other Englishes and languages: "my boy Wyatt", "my anak Bea", "ma two
# wee yins Callum and Isla" (own_child_words.txt). A coach's or a teacher's "my boy", "my girls" is a pupil or a
# player: these are read only in a post that names no one the writer serves, teaches or coaches (_NOT_OWN_CHILD).
_OWN_CHILD_NAME = re.compile(
    rf"(?<![’'\w]){_MY}\s+(?i:(?:own|little|small|wee|baby|eldest|oldest|youngest|middle|two|three)\s+)*"
    rf"(?i:{vocab.alternation('own_child_words')})\s*,?\s+(?P<name>{WORD})(?P<second>\s+[A-Z][a-z]+)?(?:\s+(?i:and|&)\s+(?!{_MY}\s)(?P<also>{WORD}))?"
)
_NOT_OWN_CHILD = re.compile(
    rf"(?i)\b(?:{vocab.alternation('own_people')}|pupil|class|team|squad|players?|coach|club|year\s+\d+|grade\s+\d+)s?\b"
)
# Issue 10: a school's timetable or a sport's age group, which a teacher or a coach names their pupils and
# players by and a parent seldom does ("my kid Summer in 2nd period", "our boy Lwazi from the Mfuleni
# under-15s", "my girls in the U12s"): there "my kid", "our boy" (a family noun too) is a pupil or a player.
_PUPIL_OR_PLAYER = re.compile(r"(?i)\b(?:\d(?:st|nd|rd|th)\s+period|period\s+\d|homeroom|under-?\d{1,2}s|u\d{1,2}s)\b")
_CHILD_WORDS = frozenset(w for e in vocab.entries("own_child_words") for w in e.lower().split())
# "my two, Saoirse and Fionn", "our three: Ada, Bea and Cy", "my own two, Aroha and Tane": the writer's children
# by their number
_OWN_CHILDREN_LISTED = re.compile(
    rf"(?<![’'\w])(?i:my|our)\s+(?:(?i:own)\s+)?(?i:two|three|four|lot|babies|boys|girls|kids)\s*[,:]\s*"
    rf"(?P<names>{WORD}(?:\s*,\s*{WORD})*\s+(?i:and|&)\s+{WORD})"
)

# A greeting signed by the writer with the people they live with: "Happy Diwali from me, Priya and our
# little Kabir", "love from Tom, the kids and me". The writer names their own household there.
_OUR = r"(?:(?i:our|my|the)\s+(?:(?i:little|baby|wee)\s+)?)?"
_HOUSEHOLD = rf"{_OUR}{WORD}(?:\s*(?:,|&|\band\b)\s*{_OUR}{WORD})*"
_SIGNED_WITH_ME = re.compile(
    rf"(?<![\w'’])(?i:from)\s+(?:(?i:me|myself)\s*(?:,|&|\band\b)\s*(?P<after>{_HOUSEHOLD})(?![\w'’]|\s+[A-Z])"
    rf"|(?P<before>{_HOUSEHOLD})\s*(?:,|&|\band\b)\s*(?i:me|myself)\b)"
)
_NOT_A_NAME_HERE = {"our", "my", "little", "baby", "wee", "and", "the", "kids", "family", "all"}

# Family titles used as a title of address before a first name, as written with a capital.
# With the Filipino courtesy titles (kin_titles.txt: "my Ate Carla", "our Kuya Jomar"), which are the writer's own
# family only after "my" or "our" like the rest (alone, they are said to any older colleague or neighbour).
_FAMILY_TITLE = re.compile(
    r"(?<![\w'’])(?:Aunty|Auntie|Aunt|Uncle|Nana|Nanna|Nan|Nanny|Gran|Granny|Grandma|Grandad|Grandpa|Grampa|Cousin|"
    + "|".join(vocab.entries("kin_titles")) + r")\s+(?P<name>[A-Z][\w-]*)(?:['’]s)?"
)
# The writer's own: "my Uncle Tunde", "our Aunty Funmi".
_OWN_BEFORE = re.compile(rf"\b{_MY}\s+$")  # "my", "our", and "mi Auntie Pauline" (Patois), "ma Auntie Jean" (Scots)
# The writer's parents, named as the writer calls them, in the same list: "Mum, Dad, Aunty Funmi".
_PARENT = r"(?:Mum|Dad|Mom|Mam|Mummy|Daddy|Mommy|Mammy|Ma|Pa)"
_LIST_ITEM = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_JOIN = r"\s*(?:,|&|\band\b)\s*"
_PARENT_LISTED_BEFORE = re.compile(rf"(?<![\w'’]){_PARENT}(?:{_JOIN}{_LIST_ITEM})*{_JOIN}$")
_PARENT_LISTED_AFTER = re.compile(rf"(?:{_JOIN}{_LIST_ITEM})*?{_JOIN}{_PARENT}(?![\w'’])")


# An aunt's, uncle's or cousin's celebration: "Aunty Ronke's 60th on Saturday", "Uncle Dele's wedding".
# Only these titles: "Nanny Peg's 90th" is as often a ward's or a care home's resident.
_CELEBRATION_AFTER = re.compile(
    r"['’]s\s+(?:(?:big|surprise|milestone)\s+)?(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|wedding|engagement|party|"
    r"anniversary|christening|naming\s+ceremony|graduation|baby\s+shower|housewarming|retirement\s+(?:do|party))\b"
)
_CELEBRATING_TITLE = re.compile(r"(?i:Aunty|Auntie|Aunt|Uncle|Cousin)\s")
# The people a professional serves, in the same sentence: then the celebration may be theirs.
_SERVED = re.compile(rf"\b(?i:{vocab.alternation('own_people')})s?\b")


def _celebrated_relative(text: str, m: re.Match) -> bool:
    if not (_CELEBRATING_TITLE.match(m.group()) and _CELEBRATION_AFTER.match(text, m.end("name"))):
        return False
    sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    return not _SERVED.search(text, sentence_start, min(ends, default=len(text)))


# Kin titles by the relative they name: "Nana Pat" is the writer's own where the post calls a grandmother theirs.
_KIN_KINDS = (
    frozenset("nan nana nanna nanny gran granny grandma grandmother nonna abuela ouma oma".split()),
    frozenset("grandad granddad grandpa grampa gramps grandfather abuelo oupa opa".split()),
    frozenset("aunt aunty auntie".split()),
    frozenset({"uncle"}),
)
# The writer's own relative of that kind, named by kin alone: "my nan is 94", "mi nana", or "Nan is 94 today!!"
# opening a sentence, as a child calls a grandmother (not "Nanny Peg ...", a title before a name, nor "not my
# grandad": a carer's resident so called).
_OWN_KIN = re.compile(rf"(?:(?<![\w'’])(?<![Nn]ot\s)(?<![Nn]ot\s\s){_MY}\s+(?:(?i:own|dear|lovely|late|darling)\s+)?(?P<mine>[A-Za-z]+)"
                      rf"|(?:^|[.!?\n]\s*)(?P<bare>[A-Z][a-z]+)(?!\s+[A-Z]))\b")


def _own_kin_kinds(text: str) -> set[int]:
    """Which kinds of relative (_KIN_KINDS) the post calls the writer's own by kin word alone."""
    kinds = set()
    for m in _OWN_KIN.finditer(text):
        word = (m.group("mine") or m.group("bare")).lower()
        kinds |= {i for i, kind in enumerate(_KIN_KINDS) if word in kind}
    return kinds


def _titled_relatives(text: str) -> set[str]:
    """ "Aunty Funmi" and "Funmi" for each relative the writer calls by a family title as their own."""
    found = set()
    own_kinds = None
    for m in _FAMILY_TITLE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if not (
            _OWN_BEFORE.search(before)
            or _PARENT_LISTED_BEFORE.search(before)
            or _PARENT_LISTED_AFTER.match(text, m.end())
            or _celebrated_relative(text, m)
        ):
            # "My nan is 94 ... Love you Nana Pat ❤️": the title of a relative the post has called the writer's own,
            # in a post with no one the writer serves and no room, bed or ward (where a carer calls a resident so)
            if own_kinds is None:
                own_kinds = set() if _SERVED_OR_CARE.search(text) else _own_kin_kinds(text)
            title = m.group().split()[0].lower()
            if not any(title in _KIN_KINDS[i] for i in own_kinds):
                continue
        found |= {text[m.start() : m.end("name")], m.group("name")}
    return found


_LOWER_WORDS = re.compile(r"[a-z]+")
# a family noun, or how _OWN_CHILDREN_LISTED counts the children ("my two, Saoirse and Fionn")
_FAMILY_WORDS = frozenset(w for e in vocab.entries("family_nouns") for w in (e.lower(), e.lower() + "s")) | frozenset(
    "two three four lot babies boys girls kids".split())
_MY_WORDS = frozenset({"my", "our", "mi", "me", "ma"})


@answered_ahead("own_family")  # ~55 us a post: the helper process answers it ahead (ahead.py)
def own_family_names(text: str) -> frozenset[str]:
    """First names the writer gives their own family in ``text``, in any case ("my son max"), and their
    relatives by title, whole and by first name ("Aunty Funmi", "Funmi"), and their own animals ("my dog
    Pretzel"), who are family too."""
    titled = _titled_relatives(text) | own_pet_names(text)
    for m in _SIGNED_WITH_ME.finditer(text):
        titled |= {w for w in re.findall(WORD, m.group("after") or m.group("before")) if w[0].isupper() and w.lower() not in _NOT_A_NAME_HERE}
    # the family noun is what the pattern needs most rarely: looked for first, as words
    words = set(_LOWER_WORDS.findall(text.lower()))
    if not (words & (_FAMILY_WORDS | _CHILD_WORDS)) or not (words & _MY_WORDS):
        return frozenset(titled)
    named = set()
    pupils = _PUPIL_OR_PLAYER.search(text) is not None
    if words & _CHILD_WORDS and not pupils and not _NOT_OWN_CHILD.search(text):
        for m in _OWN_CHILD_NAME.finditer(text):
            named |= {re.sub(r"['’]s$", "", name) for name in (m.group("name"), m.group("also")) if name}
            if m.group("second"):
                named.add(m.group("name") + m.group("second"))  # "my girl Xin Yi"
    for m in _OWN_FAMILY_NAME.finditer(text):
        if pupils and (_CHILD_WORDS | {"kid", "kids"}).intersection(m.group().lower().split()):
            continue  # "my kid Summer in 2nd period": a pupil, not the writer's own child
        # "my brother Thabo's bakkie": the name without its "'s"
        named |= {re.sub(r"['’]s$", "", name) for name in (m.group("name"), m.group("also")) if name}
        if m.group("address"):
            named.add(f"{m.group('address')} {m.group('name')}")  # "Mama Tunde", whole as the span has it
    for m in _OWN_CHILDREN_LISTED.finditer(text):
        named |= set(re.findall(WORD, re.sub(r"(?i)\s+(?:and|&)\s+", ",", m.group("names"))))
    return frozenset(named) | titled


# A parent's or grandparent's name in another language, alone ("Amma saved me payasam", "left at Nain's"):
# the writer's own family, unless an honorific follows ("Amma ji in room 6") or the post names someone the
# writer serves, or a room, bed, bay or ward (where a carer may call a resident so).
_KIN_AS_NAME = frozenset(vocab.entries("kin_words_as_names"))
# A kin word that is also a given name ("Lola", "Nana") is the writer's grandparent only as "my Lola", "our Nana":
# alone it may be anyone called Lola.
_KIN_AFTER_MY = frozenset(vocab.entries("kin_names_after_my"))
_MY_BEFORE = re.compile(r"(?<![\w'’])(?i:my|our)\s+$")
_HONORIFIC_AFTER = re.compile(rf"\s+(?i:{vocab.alternation('name_honorifics_after')})\b")
_SERVED_OR_CARE = re.compile(rf"(?i)\b(?:{vocab.alternation('own_people')}|pupil|room|bed|bay|ward|care\s+home)s?\b")


def is_kin_word_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is one word a child calls a parent or grandparent (kin_words_as_names.txt, or
    kin_names_after_my.txt after "my" or "our"), used as the writer's own family's name."""
    word = re.sub(r"['’]s$", "", text[start:end].strip())
    own = word in _KIN_AS_NAME or (word in _KIN_AFTER_MY and _MY_BEFORE.search(text, max(0, start - 6), start))
    if not own or _HONORIFIC_AFTER.match(text, end):
        return False
    if _THANKED_BEFORE.search(text, max(0, start - 20), start) and _THANKS_ENDS.match(text, end):
        # "thank you Mama 😍", "Thanks Mam.": the writer thanks their own parent, whoever else the post names, unless
        # the post is set where residents are ("Thank you Amma for the chat, room 6 always makes my shift")
        return not _CARE_PLACE.search(text)
    return not any(not _SAID_OF_A_TRAIT.search(text, max(0, m.start() - 12), m.start()) for m in _SERVED_OR_CARE.finditer(text))


# "thank you Mama 😍", "Thanks Mam.", "love you Amma": a kin word said to the writer's own parent, closing the thanks
# (a pause, an emoji, "for", the end); a care worker writes of a resident, not to them
_THANKED_BEFORE = re.compile(r"(?i)\b(?:thank\s+you|thanks|thankyou|ty|love\s+you|miss\s+you)\s*,?\s+$")
_THANKS_ENDS = re.compile(r"\s*(?:[.,!?)\u2026]|for\b|$|[^\w\s'’])")
# "one very patient beagle", "so patient with me": "patient" said of a trait, not someone served
_CARE_PLACE = re.compile(r"(?i)\b(?:room|bed|bay|ward|care\s+home|nursing\s+home)s?\b")
_SAID_OF_A_TRAIT = re.compile(r"(?i)\b(?:very|so|too|more|most|less|be|been|being|stay|infinitely|super|extremely|incredibly)\s+$")


# A child the writer looks after for someone else, called "my kid", "my boy", "my girl": a foster carer's placed
# child, a CASA volunteer's case child, a mentor's mentee ("CASA life: my kid Dre (15) texted me"). The writer's
# role or the post's own words say so (children_served_roles.txt, children_served_words.txt); then the name is a
# client's, however fondly put, and the own-family rule must not clear it. Only the child words: "my daughter
# Ava", "my son Max" stay the writer's.
_SERVING_ROLE = re.compile(rf"(?i)(?<![\w'’-])(?:{vocab.alternation('children_served_roles')})(?![\w'’-])")
_SERVING_WORDS = re.compile(rf"(?i)(?<![\w'’-])(?:{vocab.alternation('children_served_words')})(?![\w'’-])")
_CHILD_NOUNS = _CHILD_WORDS | {"kid", "kids"}


def serves_children(text: str, role: str | None) -> bool:
    """The writer's role or the post says they look after other people's children (children_served_*.txt)."""
    return bool(_SERVING_ROLE.search(role or "") or _SERVING_WORDS.search(text))


def children_served_names(text: str, role: str | None) -> frozenset[str]:
    """The names the writer calls "my kid", "my boy", "my girl" where they look after other people's children:
    those the own-family rule would otherwise clear."""
    if not serves_children(text, role):
        return frozenset()
    named = set()
    for m in (*_OWN_CHILD_NAME.finditer(text), *_OWN_FAMILY_NAME.finditer(text)):
        said = m.group()[: m.start("name") - m.start()].lower()
        if not _CHILD_NOUNS.intersection(re.findall(r"[a-z]+", said)):
            continue  # "my daughter Ava": the writer's own, whatever their work
        named |= {re.sub(r"['’]s$", "", name) for name in (m.group("name"), m.group("also")) if name}
    return frozenset(named)
