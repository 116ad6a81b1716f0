"""What every handler shares while one text is generalised: the text, the writer's role and the noun
for the people in it, the people met so far, and the cursor (where the last replacement ended)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import vocab
from ..kinds import person_for
from ..spans import Span
from ..text import canonical
from .english import is_modifier, predicate_at, strip_article

# What a handler returns: the region of the text it replaces (may be wider than the span) and the
# words that go there.
Replacing = tuple[int, int, str]


@dataclass(frozen=True)
class PersonNoun:
    """The noun phrase for the people in a post by the writer's role: "a client", "someone"."""

    article: str  # "a", "an" or "" (for "someone")
    noun: str  # "client", "family member", "someone"

    @property
    def indefinite(self) -> str:
        return f"{self.article} {self.noun}".strip()

    @property
    def definite(self) -> str:
        return self.noun if not self.article else f"the {self.noun}"

    @property
    def another(self) -> str:
        return "someone else" if not self.article else f"another {self.noun}"

    def possessive(self, mention: int) -> str:
        if not self.article:
            return "someone else's" if mention == 2 else "someone's"
        if mention == 2:
            return f"another {self.noun}'s"
        if mention == 3:
            return f"the {self.noun}'s"
        # "my client's": the writer's own client, patient, student...
        return f"my {self.noun}'s" if self.noun in _MY_NOUNS else f"a {self.noun}'s"


_MY_NOUNS = vocab.words("own_people")


def person_noun(role: str) -> PersonNoun:
    phrase = person_for(role)
    if phrase.startswith(("a ", "an ")):
        article, noun = phrase.split(" ", 1)
        return PersonNoun(article, noun)
    return PersonNoun("", phrase)


_TITLES = vocab.words("titles")


def _title_row(line: str) -> tuple[tuple[str, ...], str]:
    """"mama, mummy: a mum" -> (("mama", "mummy"), "a mum")."""
    keys, _, phrase = line.rpartition(":")
    return tuple(key.strip() for key in keys.split(",")), phrase.strip()


# Words before a name that say who someone is ("Judge Mortimer", "Mama Chidinma"), and what to call
# them once the name goes: "judge" -> "the judge", "mama" -> "a mum".
NAME_TITLES: dict[str, str] = {
    key: phrase for keys, phrase in map(_title_row, vocab.entries("name_titles")) for key in keys
}

# Nouns for who someone is that may stand right before their name and stay when it goes: "my colleague
# Will", "mum Aisha", "contractor Dylan", "Client J.K.M.", "Judge Mortimer".
_ROLE_NOUNS_LISTED = vocab.words("role_nouns") | vocab.words("role_nouns_more") | vocab.words("job_titles") | frozenset(NAME_TITLES)
# Kin said with a prefix the lists do not spell out ("her great-grandson Callum", "my step-dad Gary", "his
# half-sister Nia", "my ex-boss Dave"): the same noun for who someone is, which stays when the name goes
# (never "her great-grandson a patient").
_KIN_PREFIXED = frozenset(f"{prefix}-{noun}" for noun in vocab.words("family_nouns") if re.fullmatch(r"[a-z]+", noun)
                          for prefix in ("great", "great-great", "step", "half"))
_EX_ROLES = frozenset(f"ex-{noun}" for noun in _ROLE_NOUNS_LISTED if re.fullmatch(r"[a-z]+", noun))
ROLE_NOUNS = _ROLE_NOUNS_LISTED | _KIN_PREFIXED | _EX_ROLES
# Occupations besides (occupations.txt): a noun for who someone is only after a determiner and before their
# name ("our dispatcher 'Moose'"); not a role noun elsewhere, since many are surnames too ("Baker", "Porter").
OCCUPATIONS = vocab.words("occupations") - ROLE_NOUNS


def name_tokens(text: str) -> set[str]:
    """The words of a name that tell one person from another ("Dr. Okafor" -> {"okafor"}, "Kerry-Ann's"
    -> {"kerry-ann"})."""
    words = (re.sub(r"['’]s?$", "", t) for t in re.findall(r"[a-z][a-z'’-]+", canonical(text)))
    return {t for t in words if len(t) > 1 and t not in _TITLES}


# "that" after a word that takes a clause is a conjunction, not a determiner: "find it funny that the only
# person in the village ..." -> "funny that a patient ...", never "funny that person".
_THAT_OPENS_A_CLAUSE = re.compile(
    r"(?i)\b(?:funny|strange|weird|odd|sad|glad|happy|proud|shame|delighted|said|says|say|think|thought|hope|know|knew|"
    r"heard|hear|told|tells|confirmed|sure|fact|news|so|such|realise|realize|realised|realized|noticed|found|find|feel|"
    r"felt|believe|mean|means|shows|showed|is|was|are|were)\s+that\s+$"
)


# A possessive determiner said fondly before a first name ("our Shaz", "my Reenie", Irish and British
# English): with the name gone it has nothing left to own.
_FOND_OWNER_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:our|my)[ \t]+$")


# What follows a name's "'s" when it is "has" or "is": "Reenie's been in", "Sam's not well", "Jo's always late".
_AFTER_HAS_OR_IS = re.compile(r"[ \t]+(?:been|got|gone|not|just|always|never|still|had|done|so|very|really|back|off|finally|"
                              r"also|now|here|there|[a-z]{2,}ing)\b")


_TITLED_INITIAL = re.compile(r"(?i)\b(mr|mrs|ms|miss|mx|dr)\.?\s+$")


def _title_of(text: str, span: Span) -> str:
    """The courtesy title a name was written with, inside the span or right before it ("Mrs Okafor"), or ""."""
    m = re.match(r"(?i)(mr|mrs|ms|miss|mx|dr)\.?\s", span.text) or _TITLED_INITIAL.search(text, max(0, span.start - 6), span.start)
    return m.group(1).lower() if m else ""


def _initial_of(text: str, span: Span) -> str:
    """"o" for the span "O" after "Mrs " (a surname said by its initial), else ""."""
    letter = span.text.strip().rstrip(".")
    if len(letter) != 1 or not letter.isupper() or not _TITLED_INITIAL.search(text, max(0, span.start - 6), span.start):
        return ""
    return letter.lower()


# "one" before a name is "a certain" ("sold it to one Mrs Okonjo", "discharged one Mr Grimble") or a count ("only
# one Pilates class"): a determiner said already, so the phrase for the name takes no article of its own
# ("to one patient", "only one client class"; never "to one a client"), and a whole phrase ("someone", "my
# patient") takes its place. Not the pronoun "one" of "no one", "every one", "the little one", "the other one",
# which the name only follows.
_ONE_AS_A_CERTAIN = re.compile(r"(?i)(?<![\w'’-])one\s+$")
_ONE_AS_A_PRONOUN = re.compile(r"(?i)\b(?:no|every|any|each|the|this|that|which|little|likkle|wee|young|old|other|only|last|"
                               r"first|same|big|small|new|lucky|loved|special|right|wrong)\s+one\s+$")


def _one_as_a_certain(left: str) -> re.Match | None:
    """The "one" ending ``left`` when it is a determiner before the name (see _ONE_AS_A_CERTAIN), else None."""
    return None if _ONE_AS_A_PRONOUN.search(left) else _ONE_AS_A_CERTAIN.search(left)


@dataclass
class Context:
    text: str
    role: str
    person: PersonNoun
    people: list[set[str]] = field(default_factory=list)  # name tokens of each distinct person met so far
    cursor: int = 0
    # what the text called a person when it first named them ("my colleague Will": "colleague"), by
    # their place in ``people``: "Will" later is "the colleague", not another client
    nouns: dict[int, str] = field(default_factory=dict)
    # every span being replaced, in order (a handler may read the others: the names joined to its own)
    spans: tuple[Span, ...] = ()
    # places in ``people`` of names the rewrite dropped without a word for who they were ("the East
    # Legon deal" -> "the deal"): the next person is still the first the reader meets, never "someone else"
    unsaid: set[int] = field(default_factory=set)
    # a pet's name said as the animal ("put down Biscuit" -> "a patient"), by its words: the same name later is
    # that animal again ("if the patient goes to doggy heaven"), never a person or a place
    animals: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_role(cls, text: str, role: str) -> Context:
        return cls(text, role, person_noun(role))

    def left(self, start: int) -> str:
        """The text between the last replacement and ``start``."""
        return self.text[self.cursor:start]

    def absorb_left(self, start: int, pattern: str) -> tuple[int, re.Match | None]:
        """Extend ``start`` left over ``pattern`` (anchored at the span) if it matches."""
        m = re.search(pattern + r"$", self.left(start), re.IGNORECASE)
        if m:
            return self.cursor + m.start(), m
        return start, None

    def absorb_article(self, start: int, phrase: str) -> tuple[int, str]:
        """"the Royal Infirmary" -> "a hospital": the span's own article gives way to the phrase's."""
        if re.match(r"(someone|something|another|my)\b", phrase):  # a whole noun phrase: "an Okafor" -> "someone"
            m = re.search(r"\b(a|an|the)\s+$", self.left(start), re.IGNORECASE)
            if m is None and phrase.startswith("someone") and (not phrase.endswith(("'s", "’s")) or self._has_after(start)):
                # "our Shaz from the group", "Our Reenie's been in": the fond "our"/"my" before a first
                # name belongs to the name; before "someone" it reads as nonsense ("our someone's been in")
                # (never before a possessive: "our Valentine's tea" is our tea)
                m = _FOND_OWNER_BEFORE.search(self.left(start))
            m = m or _one_as_a_certain(self.left(start))  # "to one Mrs Okonjo's" -> "to someone's"
            return (self.cursor + m.start(), phrase) if m else (start, phrase)
        if not re.match(r"(a|an|the)\s", phrase, re.IGNORECASE):
            return start, phrase
        left = self.left(start)
        m = re.search(r"\b(a|an|the)\s+$", left, re.IGNORECASE)
        if m:
            return self.cursor + m.start(), phrase
        if _one_as_a_certain(left):  # "to one Mrs Okonjo" -> "to one patient"
            return start, strip_article(phrase)
        m = re.search(r"\b(my|our|his|her|their|your|its|this|that)\s+$", left, re.IGNORECASE)
        if m and not _THAT_OPENS_A_CLAUSE.search(left):  # "my Oak Lodge" -> "my care home"
            return start, strip_article(phrase)
        return start, phrase

    def _has_after(self, start: int) -> bool:
        """Is the "'s" after the name at ``start`` a "has" or an "is" ("Reenie's been in"), a verb following it?"""
        m = re.match(r"[^\s'’]+['’]s\b", self.text[start:])
        return m is not None and (predicate_at(self.text, start + m.end()) or bool(_AFTER_HAS_OR_IS.match(self.text, start + m.end())))

    def article_phrase(self, span: Span, phrase: str, extra: int = 0) -> Replacing:
        """The span (and ``extra`` characters after it) replaced by ``phrase``, articles agreeing."""
        start, phrase = self.absorb_article(span.start, phrase)
        return start, span.end + extra, phrase

    def is_modifier(self, start: int, end: int) -> bool:
        """Is the text at start..end a noun used as an adjective ("the Leeds branch")?"""
        return is_modifier(self.text, start, end, self.cursor)

    def mention(self, span: Span, noun: str = "") -> int:
        """1 first person, 2 another distinct person, 3 the same person again; ``noun`` is what the
        text calls them here ("colleague"), remembered for their later mentions."""
        tokens = name_tokens(span.text)
        for i, seen in enumerate(self.people):
            if tokens & seen:
                if noun:
                    self.nouns.setdefault(i, noun)
                return 3
        initial = _initial_of(self.text, span)
        if initial:
            # "Mrs Okafor's daughter ... Mrs O is 91": a titled initial is the one name met with the same title that it begins
            title = _TITLED_INITIAL.search(self.text, max(0, span.start - 6), span.start).group(1).lower()
            titled = {t for s in self.spans if s.end <= span.start and _title_of(self.text, s) == title
                      for t in name_tokens(s.text) if t.startswith(initial)}
            same = [i for i, seen in enumerate(self.people) if seen & titled]
            if len(same) == 1:
                self.people[same[0]] |= {initial}
                return 3
        self.people.append(tokens)
        if noun:
            self.nouns[len(self.people) - 1] = noun
        return 1 if all(i in self.unsaid for i in range(len(self.people) - 1)) else 2

    def mention_unsaid(self, span: Span) -> None:
        """Meet the person named by ``span`` where the rewrite drops the name and says nothing of them."""
        if self.mention(span) != 3:
            self.unsaid.add(len(self.people) - 1)

    def noun_of(self, span: Span) -> str:
        """What the text called the person named by ``span`` when it first named them, or ""."""
        tokens = name_tokens(span.text)
        for i, seen in enumerate(self.people):
            if tokens & seen:
                return self.nouns.get(i, "")
        return ""

    def has_met(self, span: Span) -> bool:
        tokens = name_tokens(span.text)
        return bool(tokens) and any(tokens & seen for seen in self.people)
