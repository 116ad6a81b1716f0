"""People's names that the statistical model misses.

spaCy's small English model finds "Gregory Walsh" but misses "my colleague Will", "mr patel",
"Noah P.", "emma from my thursday group" and most names it has not seen. Each recognizer here reads
one kind of evidence:
- ``TitledNameRecognizer``: a title before the name ("Dr. Okafor", "mr patel", "Mrs Abernathy");
- ``RoleNounNameRecognizer``: a role or family noun before it ("my colleague Will", "mum Aisha",
  "her neighbour Tom", "my manager Karen Blake", "our new grad rosie");
- ``InitialledNameRecognizer``: a single-letter initial ("Noah P.", "Ravil G Yefimov");
- ``NameInContextRecognizer``: phrases that introduce a person, in any case ("my name is vitoria",
  "jenny from the Tuesday group", "harper's mum", "Hi Manlio,", a speaker label "Ella:");
- ``NameBeforeAgeRecognizer``: a capitalised word with an age in apposition ("Maria, 34, said",
  "Grace (7)"), dictionary words included;
- ``ProperNounNameRecognizer``: a capitalised word the tagger calls a proper noun and the dictionary
  does not know ("shouted at Todd", "Mehrudin said"), and never an ordinary word that happens to start
  a sentence ("Healing is not linear.");
- ``CoordinatedNameRecognizer``: a capitalised word joined by "and" to a person already found ("Lily and
  Mason" when only one was found);
- ``RepeatedNameRecognizer``: every other mention of a name found anywhere in the post ("directed by
  Maciej Borkowski and starring Borkowski"), so a rewrite cannot leave one behind. Register it last.
"""

from __future__ import annotations

import re

from . import lexicon
from .base import OwnRecognizer, RegexRecognizer
from .doc_tokens import FUNCTION_WORDS, is_proper, is_sentence_initial, tag_of, token_at, token_starts

# A word of a name: letters with inner apostrophes or hyphens ("O'Neill", "Jean-Luc", "Ó Briain").
_W = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
# The same, capitalised (checked again in code, since re has no Unicode uppercase class).
_CAP = r"(?=[^\W\d_a-zß-ÿ])" + _W
# Particles inside names: "Willemine ten Pas", "Ludwig van Beethoven", "Maria da Silva".
_PARTICLE = r"(?:van|von|der|den|ten|ter|de|del|della|da|das|dos|di|du|la|le|bin|binti|al|el|ibn|mac|y)"
_CAP_NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,2}}"

_CACHE_KEY = "_rewriter_people"
# Set on the artifacts once spaCy's people were checked and remembered (``spacy_entities``): the
# repetition search then reads those instead of the raw entities, which include "Lesson 3" and "bold[/bold".
PEOPLE_CHECKED = "_rewriter_spacy_people_checked"
# "my colleague Will", "her sister May": capitalised, these are names.
_NAMES_THAT_ARE_FUNCTION_WORDS = frozenset({"will", "may"})


# Phrases whose object is a person, not a place: "so proud of Ethan", "let go of Samantha", "sit with
# Mr Okafor", "shoutout to Priya". ("visited" and "called" are left out: "visited Lisbon", "a town called Hope".)
_PERSON_SLOT = re.compile(
    r"\b(?i:proud\s+of|let\s+go\s+of|(?:sit|sat|sitting|sits)\s+with|shout-?outs?\s+to|shout\s+outs?\s+to|"
    r"thanks\s+to|thank\s+you\s+to|congratulations\s+to|congrats\s+to|(?:talked|talking|talk|spoke|speak|speaking)\s+(?:to|with)|"
    r"met|met\s+with|hugged|hug)\s+$"
)


def in_person_slot(text: str, start: int) -> bool:
    """True when the word at ``start`` is the object of a phrase that takes a person ("proud of Ethan")."""
    return _PERSON_SLOT.search(text[max(0, start - 40) : start]) is not None


def remember(nlp_artifacts, start: int, end: int, score: float) -> None:
    """Note a person span so ``RepeatedNameRecognizer`` can find the other mentions of it."""
    if nlp_artifacts is not None:
        try:
            nlp_artifacts.__dict__.setdefault(_CACHE_KEY, []).append((start, end, score))
        except AttributeError:  # an artifacts object without a __dict__: no repetition search
            pass


def people_found(nlp_artifacts) -> list[tuple[int, int, float]]:
    """The person spans noted so far by ``remember`` (checked spaCy people and our recognizers)."""
    if nlp_artifacts is None:
        return []
    return list(getattr(nlp_artifacts, "__dict__", {}).get(_CACHE_KEY, ()))


def acceptable_name(word: str, tok=None) -> bool:
    """A word that a strong context may call a name: never a function word; a dictionary word only
    when capitalised or tagged as a proper noun ("Will" after "my colleague" yes, "tired" no)."""
    w = word.lower()
    if len(w) < 2 or lexicon.is_not_a_name(word):
        return False
    if w in FUNCTION_WORDS and not (word[0].isupper() and w in _NAMES_THAT_ARE_FUNCTION_WORDS):
        return False
    if word[0].isupper() or not lexicon.is_ordinary_word(w):
        return True
    return tok is not None and is_proper(tok)


class _PersonRegex(RegexRecognizer):
    """Regex recognizers for people: each name word is checked, results are remembered."""

    ENTITY = "PERSON"

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = token_starts(doc) if doc is not None else []
        results = []
        for regex, score in self._compiled:
            for m in regex.finditer(text):
                start, end = m.span("span")
                start, end = self.trim(text, start, end, doc, starts)
                if start >= end:
                    continue
                results.append(self.result(start, end, score, text[start:end]))
                remember(nlp_artifacts, start, end, score)
        return results

    def trim(self, text: str, start: int, end: int, doc, starts) -> tuple[int, int]:
        """Keep the leading run of words that pass ``acceptable_name``; drop the rest."""
        last = start
        for w in re.finditer(_W, text[start:end]):
            tok = token_at(doc, starts, start + w.start()) if doc is not None else None
            word = w.group()
            if len(word) == 1 or lexicon.is_not_a_name(word):
                break
            if not (acceptable_name(word, tok) or word.lower() in _PARTICLES_SET):
                break
            last = start + w.end()
        # a trailing particle is not part of the name
        while last > start:
            tail = re.search(rf"\s*\b{_PARTICLE}$", text[start:last])
            if not tail:
                break
            last = start + tail.start()
        return start, last


_NAME_SHAPE = re.compile(rf"{_W}\.?")
_PARTICLES_SET = frozenset(_PARTICLE.strip("(?:)").split("|"))


class TitledNameRecognizer(_PersonRegex):
    """ "Dr. Okafor", "Mrs. Abernathy", "mr patel", "Prof Chen": a courtesy or professional title."""

    WHY = "A title followed by a name identifies a person."
    PATTERNS = [
        (
            r"\b(?i:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev|revd|cllr|councillor)\b\.?\s+"
            rf"(?P<span>{_W}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,2}})",
            # above spaCy's 0.85: a title is strong evidence, and the model calls "Mr Okafor" a place
            0.9,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        first = re.match(_W, text[start:end])
        title = re.search(r"(\w+)\.?\s*$", text[max(0, start - 12) : start])
        strict = title is not None and title.group(1).lower() in ("dr", "mr", "mrs", "ms", "mx", "miss", "prof")
        if first and not first.group()[0].isupper() and not strict:
            return start, start
        if first and first.group().lower() not in FUNCTION_WORDS and not first.group()[0].isupper():
            # "mr patel": after a title even a dictionary word is a surname, but only that word
            return start, start + first.end()
        start, end = super().trim(text, start, end, doc, starts)
        # after the title, a second and third word belong to the name only when capitalised
        words = list(re.finditer(_W, text[start:end]))
        for k, w in enumerate(words[1:], 1):
            if not w.group()[0].isupper() and w.group().lower() not in _PARTICLES_SET:
                return start, start + words[k - 1].end()
        return start, end


# Role, family and relationship nouns that are followed by a name in posts.
_ROLE_NOUNS = (
    r"colleagues?|co-?workers?|workmates?|teammates?|manager|boss|supervisor|mentor|mentee|line\s+manager|"
    r"team\s+lead|lead|director|ceo|head|deputy|friends?|best\s+friend|bestie|neighbou?rs?|flatmate|roommate|"
    r"housemate|landlord|landlady|tenant|clients?|patients?|students?|pupils?|residents?|service\s+users?|"
    r"customers?|candidates?|trainees?|intern|apprentice|grad|new\s+starter|carer|caseworker|worker|"
    r"son|daughter|kids?|child|children|boy|girl|baby|toddler|teen|teenager|husband|wife|partner|spouse|"
    r"fianc[eé]e?|girlfriend|boyfriend|ex|mum|mom|mummy|mommy|mother|dad|daddy|father|sister|brother|"
    r"sis|bro|aunt|auntie|aunty|uncle|cousin|nephew|niece|grandson|granddaughter|grandchild|grandma|"
    r"grandmother|granny|nan|nana|nanna|grandpa|grandad|granddad|grandfather|stepson|stepdaughter|"
    r"stepmum|stepdad|in-law|classmate|athlete|player|swimmer|runner|defendant|plaintiff|claimant|"
    r"victim|witness|tutor|teacher|nurse|midwife|doctor|therapist|counsellor|physio|gp|consultant|"
    r"registrar|sergeant|officer|vicar|pastor|rabbi|imam|coach|client\s+company|"
    r"cat|dog|puppy|kitten|pet|pup|horse|pony|rabbit|bunny|hamster|parrot"
)


# Inflected verbs; a lowercase word tagged so is never a name ("my dog died", "her son wants").
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG", "MD"})


class RoleNounNameRecognizer(_PersonRegex):
    """ "my colleague Will", "mum Aisha", "her neighbour Tom", "my manager Karen Blake", "grad rosie"."""

    WHY = "A name after a role like 'my colleague' or 'mum' identifies the person."
    PATTERNS = [
        # scored above spaCy's 0.85 so that "her cat Whiskers" stays a name, not an organisation
        (rf"\b(?i:{_ROLE_NOUNS})\b,?\s+(?P<span>{_W}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,2}})", 0.86),
    ]

    # The full pattern is tried only where a role noun starts (a fast scan of the lowercased text).
    _ROLE_AT = re.compile(rf"\b(?:{_ROLE_NOUNS})\b")

    def analyze(self, text, entities, nlp_artifacts=None):
        lowered = text.lower()
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = token_starts(doc) if doc is not None else []
        regex, score = self._compiled[0]
        results = []
        for w in self._ROLE_AT.finditer(lowered):
            m = regex.match(text, w.start())
            if not m:
                continue
            start, end = self.trim(text, *m.span("span"), doc, starts)
            if start < end:
                results.append(self.result(start, end, score, text[start:end]))
                remember(nlp_artifacts, start, end, score)
        return results

    def trim(self, text, start, end, doc, starts):
        first = re.match(_W, text[start:end])
        if first and len(first.group()) > 1 and first.group().isupper() and text[:start].rstrip().endswith(","):
            # "a 58M patient, ROSC achieved": after a comma, a capitalised acronym starts a new clause
            return start, start
        if first and not first.group()[0].isupper():
            # a lowercase word after a role noun is a name only if it is not a dictionary word, or
            # the tagger marks it as a proper noun ("our new grad rosie"), and only that one word
            tok = token_at(doc, starts, start) if doc is not None else None
            word = first.group()
            if word.lower() in FUNCTION_WORDS or (
                lexicon.is_ordinary_word(word) and not (tok is not None and is_proper(tok))
            ) or (tok is not None and tag_of(tok) in _VERB_TAGS):
                # "Tom's dog died": a verb after a role noun is what the pet did, not its name
                return start, start
            return start, start + first.end()
        return super().trim(text, start, end, doc, starts)


class InitialledNameRecognizer(_PersonRegex):
    """ "Noah P.", "Ravil G Yefimov", "Vide A. Persson", "leidy t muris": a name with an initial."""

    WHY = "A name with an initial identifies a person."
    PATTERNS = [
        # First name, initial, surname
        (rf"(?P<span>\b{_CAP}\s+[A-Z]\.?\s+{_CAP})", 0.8),
        # First name and a surname initial: "Noah P." (the dot, or the end of the clause, is required)
        (rf"(?P<span>\b{_CAP}\s+[A-Z]\.)(?=\s|$)", 0.7),
        (rf"(?P<span>\b{_CAP}\s+[A-Z])(?=[,;!?)]|\s*$)", 0.6),
        # all lowercase: "leidy t muris"
        (r"(?P<span>\b[a-zß-ÿ]{3,}\s+[a-z]\.?\s+[a-zß-ÿ]{3,})\b", 0.55),
    ]

    # a lone letter other than "a"/"I", or a letter with a dot, must be somewhere in the text
    _GATE = re.compile(r"(?<![\w'’])(?:[B-HJ-Zb-hj-z]|[A-Za-z]\.)(?![\w'’])")

    def analyze(self, text, entities, nlp_artifacts=None):
        if not self._GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def trim(self, text, start, end, doc, starts):
        words = re.findall(_W, text[start:end])
        first, last = words[0], words[-1]
        if lexicon.is_not_a_name(first) or first.lower() in FUNCTION_WORDS:
            return start, start
        if len(words) == 2 or len(last) == 1:
            # "Noah P." needs a first name the dictionary does not know ("Plan B", "Vitamin D" are not names)
            if lexicon.is_ordinary_word(first):
                return start, start
        if first[0].islower() and (lexicon.is_ordinary_word(first) or lexicon.is_ordinary_word(last)):
            return start, start
        return start, end


class RoleInitialRecognizer(RegexRecognizer):
    """ "Client L (late 20s) said...", "pt K was moved", "Mum B rang": a lone initial after a word for a
    client, patient or relative is how notes name someone, and colleagues can tell who it is. Not "A"
    or "I" ("patient A" is a label, "I" the writer), and never a letter inside a longer code."""

    TEXT_ONLY = True
    ENTITY = "PERSON"
    WHY = "An initial after a word like 'client' or 'patient' can tell colleagues who this is."
    PATTERNS = [
        (
            r"\b(?i:client|patient|pt|resident|service\s+user|young\s+person|student|pupil|child|mum|mom|dad|"
            r"carer|tenant|customer|defendant|claimant)\s+(?P<span>[B-HJ-Z]\.?)(?=[\s,;:!?)]|\.(?:\s|$)|$)",
            0.6,
        ),
    ]


# Phrases that introduce a person; the name may be lowercase ("my name is vitoria").
_NAME1 = rf"(?P<span>{_W}(?:\s+{_W})?)"


class NameInContextRecognizer(_PersonRegex):
    WHY = "The way this word is used shows it is someone's name."
    FLAGS = re.MULTILINE
    PATTERNS = [
        # "my name is vitoria", "her name was Rubija", "my last name is Boyle"
        (rf"\b(?i:name\s+(?:is|was|'s)|names\s+are|name:|last\s+name\?|first\s+name\?)\s+{_NAME1}", 0.8),
        # "call me Csanád", "named him Luís", "called Aisha", "she named her Zoe"
        (rf"\b(?i:call(?:s|ed)?\s+me|named|called|named\s+(?:him|her|them)|call\s+(?:him|her))\s+{_NAME1}", 0.65),
        # "i'm roberto's daughter", "this is Karen from accounts"
        (rf"\b(?i:i'?m|i\s+am|this\s+is|it'?s|meet)\s+(?P<span>{_W})(?=['’]s\s|\s+from\s)", 0.7),
        # "jenny from the Tuesday group", "emma from my thursday evening group"
        (rf"(?:^|(?<=[.!?,;:]\s)|(?<=\band\s)|(?<=\bwith\s))(?P<span>{_W})\s+from\s+(?i:the|my|our|her|his|their)\b", 0.6),
        # "Hi Manlio,", "Dear Mrs Kay", "thanks Sam!" (greeting + name + punctuation)
        (rf"\b(?i:hi|hello|hey|dear|thanks|thank\s+you|cheers|congrats|congratulations)\s*,?\s+(?P<span>{_W})(?=\s*[,!.:;]|\s*$)", 0.6),
        # "said Gladys to Logan", "shouted at Todd", "speak to Danial", "follow up with patricia desrosiers"
        (rf"\b(?i:said|asked|told|shouted\s+at|spoke\s+to|speak\s+to|talk\s+to|talked\s+to|follow\s+up\s+with|heard|met|texted|emailed|rang)\s+{_NAME1}", 0.5),
    ]

    def trim(self, text, start, end, doc, starts):
        # The context is strong, but an ordinary word after it is not a name ("called back", "name is on").
        start, end = super().trim(text, start, end, doc, starts)
        words = re.findall(_W, text[start:end])
        if not words:
            return start, start
        first = words[0]
        if first.islower() and lexicon.is_ordinary_word(first):
            tok = token_at(doc, starts, start) if doc is not None else None
            if tok is None or not is_proper(tok):
                return start, start
        if (
            len(words) == 1
            and lexicon.is_ordinary_word(first)
            and not lexicon.is_listed_as_name(first)
            and re.match(r"\s+from\b", text[end:])
        ):
            # "Withdrew from the course": a capitalised verb, not "Jenny from the Tuesday group"
            return start, start
        return start, end


class PossessiveNameRecognizer(_PersonRegex):
    """ "harper's mum", "roberto's daughter", "Tom's wife": whose family member this is.

    Lowercase dictionary words are accepted here ("harper" is in the dictionary) unless they are
    people nouns themselves ("my friend's mum", "the patient's daughter") or function words."""

    WHY = "A name followed by a family role identifies both people."
    PATTERNS = [
        (
            rf"\b(?P<span>{_W})['’]s\s+(?i:mum|mom|mother|dad|father|parents?|daughter|son|kids?|"
            r"children|sister|brother|wife|husband|partner|girlfriend|boyfriend|nan|gran|grandma|"
            r"grandad|family|carer|aunt|uncle)\b",
            0.65,
        ),
    ]
    _PEOPLE_NOUNS = re.compile(rf"(?i:{_ROLE_NOUNS}|dog|cat|pet|everyone|everybody|someone|somebody|anyone|nobody|one|other|person|lady|man|woman|guy|girl|boy|family|neighbour|neighbor|friend)$")

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        if word.lower() in FUNCTION_WORDS or lexicon.is_not_a_name(word) or self._PEOPLE_NOUNS.match(word):
            return start, start
        return start, end


class SentenceSubjectNameRecognizer(_PersonRegex):
    """A name at the start of a sentence or line, known by what follows it: "Timotea lives on...",
    "Danial, can I please...", a transcript's speaker label "Ella: What a wife.". The word must not be a
    dictionary word unless the tagger calls it a proper noun, so "Date:", "However, can..." are no names."""

    WHY = "The way this word is used shows it is someone's name."
    FLAGS = re.MULTILINE
    _START = r"(?:^[ \t>*-]*|(?<=[.!?]\s)|(?<=[.!?]\s\s))"
    PATTERNS = [
        (rf"{_START}(?P<span>{_CAP})\s+(?:lives|lived|works|worked|stays|stayed|moved)\s+(?:in|on|at|for|with|to)\b", 0.6),
        (rf"{_START}(?P<span>{_CAP}),\s+(?:can|could|would|will|please|are|do|did|have|is|was|I|you|we|thanks|thank)\b", 0.55),
        (rf"^[ \t>*-]*(?P<span>{_W})(?=[ \t]*:[ \t]*\S)", 0.55),
    ]

    # What follows a contact-card label, not speech: "Mobile:723 813 266", "Work: +44 ...", "Home: a@b.com".
    _CONTACT_VALUE = re.compile(r"[ \t]*:[ \t]*(?:[\d+(]|\S*@|(?i:https?:|www\.))")

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        if lexicon.is_not_a_name(word) or word.lower() in FUNCTION_WORDS:
            return start, start
        if (word.islower() or lexicon.is_ordinary_word(word)) and self._CONTACT_VALUE.match(text, end):
            return start, start  # "Mobile:", "ph:" before a number or address: a field name, not a speaker
        if lexicon.is_ordinary_word(word):
            tok = token_at(doc, starts, start) if doc is not None else None
            if tok is None or len(text) - end < 2 or not is_proper(tok):
                return start, start
        return start, end


class NameBeforeAgeRecognizer(_PersonRegex):
    """ "Maria, 34, said...", "Grace (7) asked...", "Will, aged 12, came in": a capitalised word with an
    age in apposition is a person, even when the word is also in the dictionary (Maria, Grace, Rose,
    Will, Hope, Faith, Mark), which the other name recognizers rightly distrust on their own.

    The age recognizer (``ages.AgeAfterNameRecognizer``) reads the same shape for the number; this one
    reports the name, so a rewrite cannot drop the age and keep "Maria"."""

    WHY = "A name followed by an age identifies a person."
    _AGE_TAIL = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|who|with|has|had|is|was|from|came|told|said|asked)\b)"
    PATTERNS = [
        # "Grace (34)", "Mark (34M)", "Rose (aged 9)"
        (rf"\b(?P<span>{_CAP})\s*\((?i:aged?\s*)?(?P<age>\d{{1,3}})\s?(?:[FM])?\)", 0.7),
        # "Maria, 34, said", "Hope, 9.", "Will, aged 12, came in"
        (rf"\b(?P<span>{_CAP}),\s(?i:aged?\s)?(?P<age>\d{{1,2}}){_AGE_TAIL}", 0.7),
    ]
    # Capitalised words numbered the same way that are not people: "Room, 12,", "Chapter (3)", "Item, 34,".
    NOT_NAMES = frozenset(
        "number no bay bed flat unit box aisle gate platform route bus channel exhibit appendix verse psalm "
        "line act scene episode season lesson week day term lot case note slide task exercise point rule "
        "article clause paragraph total score age size level floor block zone station track lane table "
        "overall average".split()
    )

    def analyze(self, text, entities, nlp_artifacts=None):
        if not any(c.isdigit() for c in text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def trim(self, text, start, end, doc, starts):
        from .ages import AgeAfterNameRecognizer

        word = text[start:end]
        lowered = word.lower()
        if lowered in self.NOT_NAMES or lowered in AgeAfterNameRecognizer.NOT_NAMES or not acceptable_name(word):
            return start, start
        age = int(re.search(r"\d+", text[end : end + 12]).group())
        if not 1 <= age <= 110:
            return start, start
        if lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word):
            # "Hope, 9, told me" yes, "Overall, 12." no: an everyday word needs the tagger's proper noun,
            # an age in brackets, or the sentence to go on after the age as it does after an apposition
            tok = token_at(doc, starts, start) if doc is not None else None
            after = re.match(r"[^\d]*\d+\s?[FM]?\)?\s*,?\s*(\S)?", text[end:])
            in_brackets = text[end:].lstrip().startswith("(")
            goes_on = after is not None and after.group(1) is not None and after.group(1).islower()
            if not (in_brackets or goes_on or (tok is not None and is_proper(tok))):
                return start, start
        return start, end


class ProperNounNameRecognizer(OwnRecognizer):
    """Capitalised words the tagger calls proper nouns and the dictionary does not know.

    A word at the start of a sentence or line is taken only when it is not a dictionary word ("Jacob
    lives on...", "Timotea said"), so "Healing is not linear." or "Software is glamorous." are never
    names. Words spaCy already labelled (as a person, place, date, nationality...) are left to it.
    The type is guessed from the word before: "in/from/to/near Fortaleza" is a place, otherwise a person.
    """

    WHY = "This looks like a name the language model did not recognise."
    LEFT_TO_SPACY = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT"})
    _NATIONALITY = re.compile(r"(?:ish|ian|ese|ean|an|ic|ch|i|s)$")
    PLACE_WORDS = frozenset(
        {"in", "from", "to", "near", "outside", "around", "across", "visiting", "via", "toward", "towards",
         "city", "town", "village", "where", "northern", "southern", "eastern", "western", "central", "throughout"}
    )

    ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION")

    def __init__(self) -> None:
        super().__init__()
        lexicon.load()

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return []
        taken = [False] * len(doc)
        for ent in doc.ents:
            # spaCy's people, places, organisations and dates are reported (or judged) elsewhere;
            # its other labels are often wrong for rare names ("the Okonkwo children" as a nationality)
            if ent.label_ in self.LEFT_TO_SPACY or (ent.label_ == "NORP" and self._NATIONALITY.search(ent.text)):
                after_place_word = ent.start > 0 and doc[ent.start - 1].lower_ in self.PLACE_WORDS
                for i in range(ent.start, ent.end):
                    # "from Poitiers" is no nationality, and "in Tulsa 1021" no date: an unknown
                    # capitalised word there is still a candidate
                    if (ent.label_ == "NORP" and after_place_word) or (
                        ent.label_ == "DATE" and not lexicon.is_ordinary_word(doc[i].text)
                    ):
                        continue
                    taken[i] = True
        results = []
        i = 0
        n = len(doc)
        while i < n:
            if taken[i] or not self._candidate(doc, i):
                i += 1
                continue
            j = i + 1
            # extend over following capitalised words and particles: "Fletcher Hill", "Willemine ten Pas"
            while j < n and not taken[j]:
                t = doc[j]
                if lexicon.looks_capitalised(t.text) and not lexicon.is_not_a_name(t.text) and (
                    not lexicon.is_ordinary_word(t.text) or is_proper(t)
                ):
                    j += 1
                elif t.lower_ in _PARTICLES_SET and j + 1 < n and lexicon.looks_capitalised(doc[j + 1].text):
                    j += 1
                else:
                    break
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev == ":" and i > 1:
                prev = doc[i - 2].lower_  # "Where: Upton"
            entity = "LOCATION" if prev in self.PLACE_WORDS and not in_person_slot(text, start) else "PERSON"
            score = 0.55 if entity == "PERSON" else 0.5
            results.append(self.result(start, end, score, entity=entity))
            if entity == "PERSON":
                remember(nlp_artifacts, start, end, score)
            i = j
        if text.islower():
            results += self._lowercase_places(doc, taken)
        return results

    EMPLOYER_WORDS = frozenset({"for", "at", "joined", "support", "supporting"})

    def _lowercase_places(self, doc, taken) -> list:
        """In a post typed all in lowercase, capitals say nothing; an unknown word after "in", "from",
        "to"... is then most likely a place ("my friend lives in kópavogur", "back to laredo")."""
        results = []
        for i in range(1, len(doc)):
            tok = doc[i]
            prev = doc[i - 1].lower_
            if prev in self.PLACE_WORDS:
                entity, why = "LOCATION", "An unknown word after 'in', 'from' or 'to' is probably a place."
            elif prev in self.EMPLOYER_WORDS:
                entity, why = "ORGANIZATION", "An unknown word after 'for', 'at' or 'joined' is probably a company."
            else:
                continue
            if taken[i] or not tok.is_alpha or len(tok.text) < 4 or tok.lower_ in FUNCTION_WORDS:
                continue
            end = tok.idx + len(tok.text)
            if lexicon.is_ordinary_word(tok.text):
                if entity == "LOCATION" and self._particle_place(doc, i):
                    end = doc[i + 2].idx + len(doc[i + 2].text)  # "in barra de carrasco"
                elif not (entity == "ORGANIZATION" and self._company_pronoun_follows(doc, i)):
                    continue
            results.append(self.result(tok.idx, end, 0.45, entity=entity, why=why))
        return results

    @staticmethod
    def _particle_place(doc, i: int) -> bool:
        """ "in barra de carrasco", "from vila do conde": a word, a particle, and an unknown word is a
        place name even when the first word is in the dictionary."""
        return (
            i + 2 < len(doc)
            and doc[i + 1].lower_ in _PLACE_PARTICLES
            and doc[i + 2].is_alpha
            and not lexicon.is_ordinary_word(doc[i + 2].text)
        )

    @staticmethod
    def _company_pronoun_follows(doc, i: int) -> bool:
        """ "looking to join foursquare in its mission": "its" later in the sentence shows the word
        after "join"/"support" is an organisation, even when it is also a dictionary word. Only a
        singular noun counts ("support families in its programme" is no company)."""
        if doc[i - 1].lower_ not in ("join", "joining", "support", "supporting") or tag_of(doc[i]) not in ("NN", "NNP"):
            return False
        for j in range(i + 1, min(len(doc), i + 12)):
            if doc[j].text in (".", "!", "?"):
                return False
            if doc[j].lower_ == "its":
                return True
        return False

    def _candidate(self, doc, i: int) -> bool:
        tok = doc[i]
        word = tok.text
        if not lexicon.looks_capitalised(word) or lexicon.is_not_a_name(word) or tok.like_email or tok.like_url:
            return False
        if not _NAME_SHAPE.fullmatch(word):
            return False  # "Phone:0490", "Fax:345": a label run into a number, not a name
        if i > 0 and doc[i - 1].text in ("@", "#"):
            return False
        if lexicon.is_ordinary_word(word):
            return False
        if is_sentence_initial(doc, i):
            # "Jacob lives on...", "Opencounter is the brainchild...": a proper noun, or a longer word
            # no dictionary knows (short unknown words at the start are slang: "Ngl", "Smh")
            return (len(word) >= 5 and any(c in "aeiouy" for c in word.lower())) or is_proper(tok)
        return True


# Particles inside place names: "barra de carrasco", "vila do conde", "castel di sangro".
_PLACE_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della", "des", "du", "la", "le", "el"})


class CoordinatedNameRecognizer(OwnRecognizer):
    """A capitalised word joined by "and" to a person already found is a person too: "Mason and Lily"
    when only "Lily" was found, "Priya and Hunter". An everyday word the dictionary never lists with a
    capital counts mid-sentence ("Tom and Rose"), or at the start when tagged a proper noun ("Lily and
    Mason"; not "Pens and Sam").

    Reads the people noted by the recognizers above, so it is registered after them."""

    ENTITY = "PERSON"
    WHY = "A word joined by 'and' to a person's name is most likely another person's name."
    _BEFORE = re.compile(rf"(?<![\w'’])({_W})\s+and\s+$")
    _AFTER = re.compile(rf"\s+and\s+({_W})(?![\w'’])")

    def analyze(self, text, entities, nlp_artifacts=None):
        found = people_found(nlp_artifacts)
        if not found or " and " not in text:
            return []
        doc = getattr(nlp_artifacts, "tokens", None)
        covered = [(s, e) for s, e, _ in found]
        results = []
        for start, end, _score in list(found):
            before = self._BEFORE.search(text, max(0, start - 40), start)
            after = self._AFTER.match(text, end)
            for m in filter(None, (before, after)):
                s, e = m.span(1)
                if any(cs <= s < ce for cs, ce in covered) or not self._name_like(text, m.group(1), s, doc):
                    continue
                covered.append((s, e))
                results.append(self.result(s, e, 0.6))
                remember(nlp_artifacts, s, e, 0.6)
        return results

    @staticmethod
    def _name_like(text: str, word: str, start: int, doc) -> bool:
        if not lexicon.looks_capitalised(word) or lexicon.is_not_a_name(word) or word.lower() in FUNCTION_WORDS:
            return False
        if lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word):
            if doc is None:
                return False
            # mid-sentence a capital says it is a name ("Tom and Rose"); at the start, only the tagger can
            tok = token_at(doc, token_starts(doc), start)
            return tok is not None and (not is_sentence_initial(doc, tok.i) or is_proper(tok))
        return True


class RepeatedNameRecognizer(OwnRecognizer):
    """Every other mention of a name found in the post, in any case: "starring Borkowski" after
    "directed by Maciej Borkowski", "everyone calls me borna" after "my name is borna jerković".

    Reads the people found by spaCy and by the recognizers above (which note theirs on the shared
    nlp_artifacts), so it must be registered after them.
    """

    ENTITY = "PERSON"
    WHY = "This name was identified elsewhere in the post."

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        found = people_found(nlp_artifacts)
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is not None and not nlp_artifacts.__dict__.get(PEOPLE_CHECKED):
            found += [(e.start_char, e.end_char, 0.85) for e in doc.ents if e.label_ in ("PERSON", "PER")]
        if not found:
            return []
        words: dict[str, float] = {}
        exact: set[str] = set()  # names seen only on weak evidence: chase only the same spelling
        for start, end, score in found:
            for w in re.findall(_W, text[start:end]):
                if len(w) >= 3 and w.lower() not in FUNCTION_WORDS and not lexicon.is_not_a_name(w):
                    if w[0].isupper() and lexicon.is_ordinary_word(w):
                        continue  # "Will", "Hill": too common to chase through the post
                    if score < 0.6:
                        exact.add(w)
                    else:
                        exact.discard(w)
                    words[w.lower()] = max(words.get(w.lower(), 0.0), score)
        # A word met once in the post is only the mention already found: compiling a pattern for it
        # (a fresh one per post, so never cached) cost more than the rest of this recognizer.
        lowered = text.lower()
        if len(lowered) == len(text):
            words = {w: score for w, score in words.items() if lowered.count(w) > 1}
        if not words:
            return []
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
        covered = [(s, e) for s, e, _ in found]
        results = []
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            if m.group() not in exact and any(m.group().lower() == w.lower() for w in exact):
                continue
            score = round(words[m.group().lower()] * 0.9, 3)
            results.append(self.result(m.start(), m.end(), score))
        return results
