"""What every review rule reads about a post, worked out once: its words and cue matches, its sentences,
who else it mentions, and the detector's spans for it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .. import vocab
from ..spans import Span
from .cues import Words, index


class cached_property:  # noqa: N801 (read as functools.cached_property is)
    """functools.cached_property without its lock: Python 3.11's takes one lock, shared by every Post, on each
    first read of a property (3.12 dropped it), about a microsecond a time, several times a review; a Post is
    read by the one thread that made it. The value is kept in the instance's __dict__, where the next read finds
    it without calling here."""

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value

# (The lookahead: the characters its branches start with, so a scan tries the five branches only there.)
_SENTENCE_END = re.compile(r"(?=[.!?\s:;\U0001f300-\U0001faff])(?:[.!?]+(?=[\s\"'’”)]|$)|\n+|\s[-–—]\s|[:;]\s|[\U0001f300-\U0001faff]\s+)")
# A full stop that ends a title or initials, not a sentence: "Mr. K.R. (52), post-stroke" is one sentence,
# and the name in it stands beside the health word (a title or initials before a name are how a post names
# someone it half hides). A single capital letter is left alone: "Plan A. Then plan B." are two.
_NO_END_BEFORE = re.compile(r"(?:(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Snr|Jr|Jnr|St|Fr|Rev|Sgt|Cpl|Pte|Capt|Insp|Det)|(?<![\w'’])(?:[A-Z]\.)+[A-Z])$")
_FIRST_PERSON = re.compile(  # (each lookahead first: the letters a match can start with, so other positions are passed at once)
    r"(?i)(?=[imuwo])(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]ll|i['’]d|me|my|myself|we|we['’]re|we['’]ve|we['’]ll|us|our)(?![\w'’])"
)
_PRONOUN = re.compile(r"(?i)(?=[hst])(?<![\w'’])(?:he|she|him|her|his|he['’]s|she['’]s|they|them|their)(?![\w'’])")
# What comes between "my" and the writer's own person: "my (little|eldest|own) daughter"; "my" also as
# Jamaican Patois and Scots write it ("mi madda", "ma wee boy").
# "me" as the possessive of Northern English, Irish, Scots and Australian speech ("me mam", "me own nan",
# "me da"), but not the object of a verb of giving, telling or calling ("she told me mum was on her way",
# "keeps sending me kids' files": someone else's, given or told to the writer; see Post.own).
_OBJECT_ME = re.compile(
    r"(?i)\b(?:tell|told|tells|telling|give|gave|gives|giving|given|send|sent|sends|sending|show|showed|shows|showing|shown|"
    r"bring|brought|brings|bringing|hand|handed|hands|handing|pass|passed|passes|passing|ask|asked|asks|asking|ring|rang|rung|"
    r"rings|call|called|calls|text|texted|texts|email|emailed|emails|message|messaged|offer|offered|lend|lent|pay|paid|owe|owes|"
    r"teach|taught|write|wrote|get|got|gets|getting|buy|bought|make|made|let|lets|sell|sold|left|leave|leaves)\s+$"
)
# "self" as the first part of a hyphenated word ("self-harmed", "self-referred", "self-employed"): the writer's
# own younger self is "my 15yo self" said alone, never "self-" (session 46, fresh45c: "our 15yo self-harmed again at
# 2am" was read as the writer's own self, and the self-harm of the child in care went unraised)
_SELF_COMPOUND = re.compile(r"(?i)self[-‐‑][a-z]")
_OWN_LEAD = re.compile(
    r"(?i)(?:\b(?:my|our|mine|mi|ma|me)\s+(?:(?:little|eldest|oldest|youngest|middle|baby|big|older|younger|late|lovely|"
    r"beautiful|own|\d+\s?(?:yo|y/o|yrs?\s?old|year\s?old)|\d+[\w-]*)\s+){0,2})$"
)
# Before a family word in lowercase, any few plain words may stand there ("my very confused dog Moose", "our
# gorgeous wee nephew"), not someone else's ("my client's dog"); a capitalised one after other words is a
# title ("our choir leader Brother Tafadzwa").
# Not across another's possessive or a preposition ("our clinic with her son" is not the writer's son).
# An occasion a family gathers for, which the writer goes to with their own ("the family reunion", "a family
# wedding"); a family meeting, visit or conference is one the writer may hold for a family they serve.
_FAMILY_OCCASION = re.compile(
    r"(?i)\s+(?:reunion|wedding|holiday|holidays|vacation|trip|party|bbq|barbecue|braai|dinner|lunch|brunch|gathering|"
    r"get-together|do|photo|photos|pics|picture|pictures|christmas|birthday|celebration|day\s+out|group\s+chat|whatsapp)\b"
)
# The writer speaking of themselves as a relative: "I'm a proud engineer dad", "as a mum of three".
_WRITER_IS = re.compile(r"(?i)\b(?:i['’]m|i\s+am|as)\s+an?\s+(?:[\w'’-]+\s+){0,2}$")
_READERS_OWN = re.compile(r"(?i)\byour\s+(?:own\s+|little\s+|young\s+)?$")
_OWN_LEAD_LOOSE = re.compile(r"(?:\b(?:[Mm]y|[Oo]ur)\s+(?:(?!(?:his|her|their)\s)[a-z]+\s+){1,3})$")

_EMPLOYED = re.compile(r"(?i)\b(?:work(?:ing|ed|s)?\s+(?:for|at)|employed\s+by|join(?:ed|ing)?|left|quit)\s+(?:the\s+)?$")
# A hashtag names a topic the post is filed under ("#kenyalaw", "#Litigation"), not a person or a case of
# the writer's; its health and work words still tell what the post is about ("#SelfHarmRecovery").
_HASHTAG = re.compile(r"(?<![\w&])#\w+")
_NOT_IN_HASHTAGS = ("review_legal_process",)
# A mention of many people ("families", "our patients", "adult women"), not one person a story or a
# complaint is about; "one of my swimmers" is read by the rules that allow it. A plural's possessive too
# ("the Children's Commissioner", "women's health").
PLURAL_MENTION = re.compile(r"(?i)(?:(?<![s'’])s|men|people|children|kids|families|ladies|(?:men|people|children)['’]s)$")
# A work word inside a compound names a thing, not a person: "cert-manager", "HR-approved", "staff-room".
_IN_COMPOUND_BEFORE = re.compile(r"[a-z0-9]-$")
# A dog's lead, not a team lead: "keep your dogs on lead", "off the lead at the beach".
_ON_A_LEASH = re.compile(r"(?i)\b(?:on|off)\s+(?:a\s+|the\s+|their\s+|its\s+|his\s+|her\s+)?$")
_IN_COMPOUND_AFTER = re.compile(
    r"-[a-z]|\s+(?:canteen|cafeteria|room|kitchen|toilets?|loos?|car\s+park|parking|lounge|fridge|microwave|party|"
    r"night\s+out|lanyards?|badges?|discount|entrance|observation|tip|tips|life|confessional|here)\b"
)
# A kin word said of someone outside the writer's family, told by who they are: "Auntie who runs the spaza",
# "the uncle in bed 3", "an aunty from church" (not "my auntie", nor "Auntie" alone in a greeting).
_KIN_THIRD_BEFORE = re.compile(r"(?i)(?:^|[^\w'’])(?:the|this|that|an?)\s+(?:[a-z]+\s+)?$")
_DESCRIBED_AFTER = re.compile(r"(?i)\s+(?:who|whose|that\s+(?!is\b|was\b)(?=[a-z]+s\b)|in\s+(?:bed|bay|room|cubicle)\s?\d|from\s+(?:the|our)\b)")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'’-]*")
_TITLES = ("Mr", "Ms", "Miss", "Mx", "Dr", "Prof")  # what a match of _TITLED holds (case and all)
# Someone described by the department they work in: "Mrs Okafor from accounts", "someone in payroll", "the
# guy from IT" (and what a rewrite leaves of them: "Someone from accounts"). The words before "from"/"in" must
# be a person, so "I work in finance" and "an email from HR" are not read here.
_DEPARTMENT = re.compile(r"(?i)\s+(?:from|in|on)\s+(?:the\s+)?(?:" + vocab.alternation("work_departments") + r")\b(?![-'’]\w)")
# A call to the readers: a comma or a colon after the plural that opens the sentence, then "you"/"your"/"please"
# ("Clients, THIS is why you...", "Parents: please ...").
_CALLED_NOW = re.compile(r"\s*[,:]\s")
_READERS_AFTER = re.compile(r"(?i)\b(?:you|your|yours|yourselves|y['’]all|please|pls|remember|don['’]?t\s+forget)\b")
_ENGLISH_SON_BEFORE = re.compile(
    r"(?i)(?:\b(?:my|our|your|his|her|their|the|a|an|this|that|whose|one|only|and|&|no|every|each|nor|or|with|for)|['’]s?)"
    r"\s+(?:(?:eldest|oldest|youngest|younger|older|elder|little|baby|teenage|teen|adult|grown|grown-up|only|first|second|third|"
    r"middle|step|own|late|new|newborn|dear|beloved|lovely|wee|big|twin|\d+[\w-]*)\s+)?$"
)
_PUPIL_BY_YEAR = re.compile(
    r"(?i)(?=[moa])\b(?:my|our|a|one\s+of\s+(?:my|our))\s+(?P<who>(?:yr|year|y|grade|form)\s?\d{1,2}(?:['’]s|s))(?=[\s,.!?])(?!\s+(?:class|group|students|pupils|kids|classes|team|tutor|form)\b)"
)
_TITLE_WORD = re.compile(r"(?<![\w'’@#])[A-Z][a-zà-ÿ]+")
# "like a free woman", "like a kid in a sweet shop", "like an old man": a comparison, not a person.
_SIMILE_BEFORE = re.compile(r"(?i)\b(?:like|as\s+if\s+i\s+was|as\s+though\s+i\s+was)\s+(?:a|an|some)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_PERSON_BEFORE_DEPARTMENT = re.compile(
    r"(?i)\b(?:someone|somebody|some\s+(?:guy|bloke|woman|lady|man)|(?:a|the|this|that|one)\s+(?:guy|bloke|woman|"
    r"lady|man|girl|lad|person|colleague|manager|fella|dude))$"
)
# A doctor is someone from work to the professionals who write here, and "a doctor" is what a rewrite leaves
# of "Dr Hale": "A doctor rolled his eyes at me again" is still about a colleague readers can identify. ("Dr
# Hale" himself is a name already; "Dr Google" is no one.)
# One seen as a patient is not ("going to the doctor", "see a doctor", "the doctor's").
_DOCTOR = re.compile(
    r"(?i)(?<!\bto\s)(?<!\bsee\s)(?<!\bsaw\s)(?<!\bat\s)(?<!\bseeing\s)(?<!\bvisit\s)(?<!\bphoned\s)(?<!\bcalled\s)"
    r"\b(?:a|the|this|that|our|my|one|another)\s+doctor\b(?![-'’]\w)"
)
# The writer not knowing something yet: "I don't know yet" (before a secrecy cue "know yet").
_UNSURE = re.compile(r"(?i)\b(?:i|we)\s+(?:just\s+|really\s+)?(?:don['’]?t|do\s+not|didn['’]?t|dunno)\s+$")
# "don't tell support yet", "not to put it in writing yet", "don't mention it to the team yet".
_TELL_NOT_YET = re.compile(
    r"(?i)\b(?:don['’]?t|do\s+not|not\s+to|can['’]?t|mustn['’]?t)\s+(?:tell|say|mention|share|announce|put)\b[^.!?\n]{0,30}?\byet\b"
)
# "Head" after whose it is is a body part, not a head of department: "a newborn's head", "his head".
_BODY_OWNER = re.compile(r"(?i)(?:['’]s?|\b(?:his|her|their|its|your)|\b(?:of|on|in|off|over|round|above)\s+(?:me|my))\s+$")  # "the size of me head"
# Someone described so that those around them know who it is, with no name: by how they look ("the girl in
# Year 9 with the bright blue braces", "tall fella with the red Saab"), by what they always do ("the gentleman
# who always wears his Arsenal cap"), as "the one who/with" ("the one who made the All-Ireland final"), or by
# a role only one person in the writer's group holds ("our newest hire", "the only male midwife on the unit").
_LOOKS_LEAD = re.compile(r"(?i)(?:,\s*)?\s+(?:the\s+one\s+)?(?:with|in|wearing|wid|wi|always\s+in)\s+(?:the|a|an|his|her|their|di|dat|that|those|them)\s+$")
_THE_ONE = re.compile(r"(?i)\b(?:the|that|dat|di)\s+one\s+(?:who|that|with|wid|in\s+the|wearing)\b")
_ALWAYS = re.compile(r"(?i),?\s+(?:who|that|dat|weh)\s+(?:always|never|still)\s+(?!(?:makes?\s+(?:me|us)|brings?\s+(?:me|us))\b)[a-z]+")
_ONE_IN_GROUP_ROLE = re.compile(
    r"(?i)\b(?:our|my|the)\s+(?:newest|latest|youngest|oldest|only|one\s+and\s+only|new)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:hire|starter|recruit|joiner|intern|grad|graduate|trainee|apprentice|locum|registrar|reg|fy1|f1|sho|consultant|manager|"
    r"boss|director|head|hod|ceo|cfo|cto|coo|principal|deputy|lead|supervisor|teacher|nurse|midwife|doctor|gp|vicar|priest|pastor|imam|"
    r"rabbi|coach|captain|partner|receptionist|secretary|caretaker|janitor|chef|cook|driver|porter|cleaner|librarian|officer|"
    r"sergeant|inspector|sister|matron|colleague|member\s+of\s+staff|team\s+member|guy|girl|lad|lass|bloke|woman|man|lady)\b(?!['’-]\w|s\b)"
)
# A person by what they do or are ("porter", "gent", "receptionist"): who a look can describe.
_PERSON_NOUNS = (vocab.words("person_words") | vocab.words("person_words_more") | vocab.words("role_nouns")
                 | vocab.words("role_nouns_more") | vocab.words("job_titles") | vocab.words("occupations")) - {"pet", "cat", "dog", "horse", "puppy", "kitten"}
# Trades and offices (not the people the writer serves): "a male midwife", "our female firefighter" is one of
# very few in their workplace.
_TRADES = (vocab.words("occupations") | vocab.words("job_titles") | vocab.words("role_nouns") | vocab.words("role_nouns_more")) - (
    vocab.words("person_words") | vocab.words("review_people_served"))
_GENDERED_TRADE = re.compile(r"(?i)\b(?:a|the|our|my|their|his|her)\s+(?:only\s+)?(?:male|female|woman|lady|man)\s+(?P<trade>[a-z]+)\b")
PERSON_TYPES = frozenset({"PERSON", "HANDLE", "WATCHED"})
PLACE_TYPES = frozenset({"LOCATION", "FACILITY", "STREET_ADDRESS", "ORGANIZATION"})
# Span types that say which person a story is about: a name, an age, a place, a distinctive detail.
POINTER_TYPES = frozenset({"AGE", "DISTINCTIVE_DETAIL", "REFERENCE_NUMBER"}) | PERSON_TYPES | PLACE_TYPES


# Parents and grandparents, in the Englishes of the writers here, as a child names them: bare and
# capitalised they are the writer's own ("Amma", "Mamaw", "Nanay", "Ouma"). The British words are not: a
# midwife's, a teacher's or a social worker's "Mum" is the client's ("Mum's been clean nine months", "Mum
# sent me a photo"); only their home is the writer's own ("at Mum's for Sunday dinner", "round Nan's").
_BARE_KIN = frozenset(
    "amma ammi abba abbu appa achan ammachi ammamma paati thatha nani dadi mamaw papaw memaw meemaw mawmaw "
    "nanay tatay ouma oupa gogo".split()
)
_HOME_KIN = frozenset("mum mam mom ma mammy mummy mommy dad da pa daddy nan nana nanna gran granny grandma grandad granddad grandpa".split())
_TO_HOME = re.compile(r"(?i)\b(?:at|to|round|from|over\s+at|back\s+at)\s+$")
_BARE_KIN_NOT_BEFORE = re.compile(r"(?i)(?:\b(?:the|this|that|an?|his|her|their|your|whose)|[\w][’']s)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A pet by its name: "Wee Rory (the dug)", "Our Jack (the cat)", "my own eejit of a dog, Biscuit", "my cat
# Mochi", "Pickle the cockapoo": a name beside a kind of pet is an animal's, not a person's.
# Words that are more often no pet ("the rescue", "hen party", "fish and chips") are left out.
_PETS = "|".join(sorted((re.escape(w) for w in (vocab.words("pet_words") | {"dug", "moggie", "fur baby", "furbaby"}) - {
    "rescue", "chicken", "hen", "fish", "rat", "mouse", "snake", "horse", "pony", "donkey", "goat", "turtle", "lizard", "tabby",
    "bengal", "siamese", "maltese", "pointer", "boxer"}), key=len, reverse=True))
_PET_AFTER = re.compile(rf"(?i)\s*[(,–-]?\s*(?:the|my|our|me|wur)\s+(?:wee\s+|little\s+|old\s+|good\s+)?(?:{_PETS})\b")
_PET_BEFORE = re.compile(
    rf"(?i)(?:\b(?:my|our|me|wur)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_PETS})(?:\s*,|\s+(?:called|named))?|\b(?:a|the)\s+(?:{_PETS})(?:\s*,|\s+(?:called|named)))\s+$"
)


def _a_pet(text: str, start: int, end: int) -> bool:
    return bool(_PET_AFTER.match(text, end) or _PET_BEFORE.search(text, max(0, start - 25), start))


# Anyone's workplace, not the writer's: "if you run HR anywhere", "any manager", "managers everywhere".
_ANYONES_BEFORE = re.compile(
    r"(?i)\b(?:if\s+you\s+(?:run|manage|lead|work\s+in|are\s+in|are\s+a|are\s+an)|if\s+you['’]re\s+(?:in|a|an)|any|every|all|your|their|"
    # advice addressed to readers: "Tip for managers:", "Reminder for anyone in HR", "note to all line managers"
    r"(?:tips?|advice|note|reminder|psa|message|lesson|pro\s+tip)\s+(?:for|to)(?:\s+(?:all|any|new|fellow))?|"
    r"(?:anyone|everyone|anybody|everybody)\s+(?:in|from|at|on))\s+$"
)
_ADVICE_TO_READERS = re.compile(
    r"(?i)\b(?:if\s+you\s+(?:run|manage|lead|work\s+in|are\s+in)|if\s+you['’]re\s+in|(?:tips?|advice|note|reminder|psa|message|lesson|pro\s+tip)\s+(?:for|to)"
    r"(?:\s+(?:all|any|new|fellow))?|(?:anyone|everyone|anybody|everybody)\s+(?:in|from|at|on))\s+$"
)
_ANYONES_AFTER = re.compile(r"(?i)\s+(?:anywhere|everywhere|out\s+there|of\s+the\s+world)\b")
# Readers called by their field at a sentence's start: "HR folks: what's your take ...", "Comms people, are
# press releases dead?" (everyone in that work, not one team).
_READERS_CALLED = re.compile(r"(?i)\s+(?:folks|people|peeps|friends|fam|twitter)\s*[:,]")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")


def anyones(text: str, start: int, end: int, advice_only: bool = False) -> bool:
    """The mention of someone from work at [start, end) is anyone's, not the writer's: "if you run HR
    anywhere", "any manager", "their manager", "Tip for managers:", "Reminder for anyone in HR". With
    ``advice_only``, only in advice to readers ("their mum's hearing" is one family's)."""
    if _READERS_CALLED.match(text, end) and _SENTENCE_START.search(text, max(0, start - 3), start):
        return True
    if advice_only:
        return _ADVICE_TO_READERS.search(text, max(0, start - 30), start) is not None
    return bool(_ANYONES_BEFORE.search(text, max(0, start - 30), start) or _ANYONES_AFTER.match(text, end))


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [s for s in spans if start <= s[0] and s[1] <= end]


class Post:
    """A draft as the review rules see it. Offsets are into the text exactly as given."""

    def __init__(self, text: str, spans: Sequence[Span] = ()):
        self.text = text
        self.lower = text.lower()  # for cheap "is this word anywhere" checks before a rule's own patterns
        self.spans = tuple(spans)
        self.words = Words(text)
        self._cues = index().find(self.words)
        self.hashtags = [m.span() for m in _HASHTAG.finditer(text)] if "#" in text else []
        if self.hashtags:
            for name in _NOT_IN_HASHTAGS:
                if name in self._cues:
                    self._cues[name] = [s for s in self._cues[name] if not _in_any(self.hashtags, *s)]
        if "yet" in self.lower:
            self._secrecy_yet()
        # The kinds of risk the rules run so far have found: a later rule may read them (a health detail is
        # identifiable in a post that already tells a rare or a small-community story).
        self.kinds_found: set[str] = set()
        # Risks (start, end, kind) of rules written after the risk model's thresholds were chosen, on posts
        # it then read (its gate: posts the rules found nothing in). The reviewer lets the model read a post
        # whose rule risks are all of these, so a new rule adds its kind without taking away the kinds the
        # model was measured to add there.
        self.unseen_by_model: set[tuple[int, int, str]] = set()

    def _secrecy_yet(self) -> None:
        """Secrecy said with "yet": "don't tell support yet", "not to put it in writing yet" mark what
        follows as not public (a cue list cannot hold every "don't tell <anyone> yet"); "I don't know yet"
        is the writer unsure, not a secret."""
        text = self.text
        found = [s for s in self._cues.get("review_secrecy", []) if not _UNSURE.search(text, max(0, s[0] - 14), s[0])]
        found += [m.span() for m in _TELL_NOT_YET.finditer(text) if not _in_any(found, *m.span())]
        if found:
            self._cues["review_secrecy"] = sorted(found)
        else:
            self._cues.pop("review_secrecy", None)

    def cue(self, name: str) -> list[tuple[int, int]]:
        """Where the entries of cue list ``name`` occur, in order."""
        return self._cues.get(name, [])

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        end = len(self.text) if end is None else end
        return any(start <= a and b <= end for a, b in self._cues.get(name, ()))

    @cached_property
    def folds_oddly(self) -> bool:
        """The post holds a letter a case-blind pattern matches as an ASCII one that ``lower`` lacks (hinted)."""
        return any(c in self.text for c in _FOLDS_ODDLY)

    # -- sentences ---------------------------------------------------------------------------------

    @cached_property
    def _sentence_starts(self) -> list[int]:
        text = self.text
        return [0] + [m.end() for m in _SENTENCE_END.finditer(text)
                      if not (text[m.start()] == "." and _NO_END_BEFORE.search(text, max(0, m.start() - 6), m.start()))]

    def sentences(self) -> list[tuple[int, int]]:
        """Every sentence's [start, end), in order."""
        starts = self._sentence_starts
        return list(zip(starts, starts[1:] + [len(self.text)]))

    def sentence(self, at: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding position ``at``."""
        starts = self._sentence_starts
        i = max(bisect_right(starts, at) - 1, 0)
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    def around(self, start: int, end: int, sentences: int = 0) -> tuple[int, int]:
        """The sentence(s) holding [start, end), widened by ``sentences`` on each side."""
        a, _ = self.sentence(start)
        _, b = self.sentence(max(start, end - 1))
        for _ in range(sentences):
            if a > 0:
                a, _ = self.sentence(a - 1)
            if b < len(self.text):
                _, b = self.sentence(b)
        return a, b

    # -- who is in the post ------------------------------------------------------------------------

    @cached_property
    def own(self) -> list[tuple[int, int]]:
        """Where the writer speaks of their own family, friends or pets ("my daughter", "our dog")."""
        text = self.text
        out = []
        for a, b in self.cue("review_own_family"):
            if _SELF_COMPOUND.match(text, a):
                continue  # "our 15yo self-harmed", "my client's self-esteem": "self-" opens a word, not "my 15yo self"
            lead = _OWN_LEAD.search(text, max(0, a - 40), a)
            if lead and lead.group()[:2].lower() == "me" and _OBJECT_ME.search(text, max(0, lead.start() - 12), lead.start()):
                lead = None  # "told me mum was on her way": "me" the object, the family someone else's
            if not (lead and lead.group()) and text[a].islower():
                lead = _OWN_LEAD_LOOSE.search(text, max(0, a - 40), a)
                if lead and any(lead.start() <= s and e <= a for s, e in self.cue("review_group_roles")):
                    continue  # "our choir leader brother": a brother of the congregation, not the writer's
            if lead and lead.group():
                out.append((lead.start(), b))
        # A parent's or grandparent's kin word capitalised and bare, as a name is ("Amma still says ...", "at
        # Mum's for Sunday dinner", "Mamaw's biscuits"): the writer's own, unless told who it is ("Mum in bed
        # 4", "the Nan who ...") or followed by a name ("Mama Njeri", "Baba Tunde": an elder so addressed).
        for a, b in self.cue("review_own_family"):
            kin = re.sub(r"['’]s?$", "", text[a:b].lower())
            home = kin in _HOME_KIN and re.search(r"['’]s$", text[a:b]) is not None and _TO_HOME.search(text, max(0, a - 12), a)
            if (text[a].isupper() and not text[a:b].isupper() and (kin in _BARE_KIN or home)
                    and not _BARE_KIN_NOT_BEFORE.search(text, max(0, a - 20), a) and not _DESCRIBED_AFTER.match(text, b)
                    and not _NAME_AFTER.match(text, b) and not any(s <= a < e for s, e in out)
                    and not self._served_near(a, b)):
                out.append((a, b))
        if out or "family" in self.lower or " a " in self.lower:
            out += self._own_again(out)
        return sorted(set(out))

    def _own_again(self, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """More of the writer's own, told by what is already known to be theirs or by how they speak of
        themselves:
        - a kin word repeated bare and capitalised after the writer called that one theirs ("my mam's had a
          fall ... Mam's home now with a new hip"): the same person, named as a child names them;
        - the family at a family occasion ("the pics from the family reunion", "a family wedding") in a post
          in which the writer speaks of their own family or of themselves; not a family at a meeting or a
          visit, which is a social worker's or a teacher's;
        - the writer's own self as a parent or a relative ("I'm a proud engineer dad", "as a mum of three")."""
        text = self.text
        found = []
        kins_own = {re.sub(r"['’]s?$", "", text[a:b].lower()).split()[-1] for a, b in out if text[a:b].split()}
        for a, b in self.cue("review_own_family"):
            if any(s <= a < e for s, e in out):
                continue
            word = text[a:b]
            kin = re.sub(r"['’]s?$", "", word.lower())
            if (kin in kins_own and word[0].isupper() and not word.isupper() and (kin in _HOME_KIN or kin in _BARE_KIN)
                    and any(e <= a for _, e in out) and not _BARE_KIN_NOT_BEFORE.search(text, max(0, a - 20), a)
                    and not _DESCRIBED_AFTER.match(text, b) and not _NAME_AFTER.match(text, b)):
                found.append((a, b))
            elif kin == "family" and _FAMILY_OCCASION.match(text, b) and _KIN_THIRD_BEFORE.search(text, max(0, a - 12), a) and (
                    out or self.first_person()):
                found.append((a, b))
            elif _WRITER_IS.search(text, max(0, a - 40), a):
                found.append((a, b))
        return found

    def _served_near(self, start: int, end: int) -> bool:
        """Someone the writer serves is in the sentence of [start, end) or the one beside it: a carer's
        "Amma" may be the old lady in their care."""
        wa, wb = self.around(start, end, 1)
        return any(wa <= a and b <= wb and not (a <= start < b) for a, b in self.cue("review_people_served") + self.cue("person_words"))

    def is_own(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.own)

    @cached_property
    def served(self) -> list[tuple[int, int]]:
        """Mentions of people the writer serves or their families ("a client", "his mum", "the lad")."""
        found = self.cue("review_people_served") + self.cue("person_words") + self.described_kin
        # a nursery's or a school's named room or class ("the Penguins room", "Kowhai class") is the children
        # in it: "Snack time with the Penguins room ... look at these little faces" is a picture of them
        found += [(s.start, s.end) for s in self.spans if s.source == "named room rule"]
        # a pupil by the school year they are in, as a teacher says it ("my yr 11's art coursework", "one of my
        # Year 9s", "a Grade 7's essay"): someone the writer teaches
        if "y" in self.lower or "grade" in self.lower or "form" in self.lower:
            found += [m.span("who") for m in _PUPIL_BY_YEAR.finditer(self.text)]
        return sorted(s for s in set(found) if not self.is_own(*s) and not self._readers_own(*s)
                      and not self._readers_called(*s) and not self._in_a_simile(*s) and not self._french_son(*s))

    def _french_son(self, start: int, end: int) -> bool:
        """ "son" as French writes it, "his" or "her" before a noun ("pour son dossier", "avec son toutou", "a
        lancé son cell"), not the English son, whom a determiner, a possessive or a word of age stands before
        ("my son", "the client's son", "her eldest son", "mum and son")."""
        text = self.text
        return text[start:end] == "son" and not _ENGLISH_SON_BEFORE.search(text, max(0, start - 30), start) \
            and not re.match(r"\s+of\b", text[end:end + 4])

    def _readers_called(self, start: int, end: int) -> bool:
        """A plural mention opening its sentence as a call to the post's readers, with "you" after it ("Shoulder
        rehab clients, THIS is why you do your exercises", "Parents: please label your kids' coats"): everyone
        who reads the post, not someone the writer serves."""
        text = self.text
        if not PLURAL_MENTION.search(text[start:end]) or not _CALLED_NOW.match(text, end):
            return False
        sa, sb = self.sentence(start)
        # (a flag or an emoji before it opens the call too: "... sia 🇸🇬 Shoulder rehab clients, ...")
        lead = re.search(r"[\w '’-]*$", text[sa:start]).group()
        return (len(lead.split()) <= 3 and not _FIRST_PERSON.search(lead)
                and _READERS_AFTER.search(text, end, sb) is not None)

    def _in_a_simile(self, start: int, end: int) -> bool:
        """A person word in a simile is no one: "left at 3pm like a free woman", "grinning like a kid at
        Christmas" (the writer compared, nobody served)."""
        return _SIMILE_BEFORE.search(self.text, max(0, start - 30), start) is not None

    def _readers_own(self, start: int, end: int) -> bool:
        """A family word after "your" is the reader's own family, in a reminder or advice to everyone ("check
        your kids' heads tonight", "catch your little ones up on MMR"), not someone the writer serves; "your
        client", "your patients" are not family words and stay the served."""
        return (_READERS_OWN.search(self.text, max(0, start - 12), start) is not None
                and any(a <= start and end <= b for a, b in self.cue("review_own_family")))

    @cached_property
    def described_kin(self) -> list[tuple[int, int]]:
        """Kin words said of a third person, told by a relative clause or where they are ("Auntie who runs the
        spaza", "the uncle in bed 3"): capitalised with no determiner, as a name is, or after "the", "an"."""
        text = self.text
        out = []
        for a, b in self.cue("review_own_family"):
            if self.is_own(a, b) or not _DESCRIBED_AFTER.match(text, b):
                continue
            before = text[max(0, a - 30) : a]
            bare = text[a].isupper() and not re.search(r"[\w'’]\s*$", before)
            if bare or _KIN_THIRD_BEFORE.search(before):
                out.append((a, b))
        return out

    @cached_property
    def capitalises_names(self) -> bool:
        """The post writes names with a capital: a word in Title case stands inside a sentence ("from Leeds", "at
        St Elizabeth"). A post in lowercase but for a shout or an acronym ("not the SU president chloe m ... MY
        freshers fair AGAIN") writes its names in lowercase too, and a lowercase name guessed there is a name."""
        starts = set(self._sentence_starts)
        for m in _TITLE_WORD.finditer(self.text):
            if m.start() not in starts and self.text[max(0, m.start() - 2):m.start()].strip() not in ("", ".", "!", "?"):
                return True
        return False

    @cached_property
    def workplace(self) -> list[tuple[int, int]]:
        """Mentions of colleagues, managers or the employer ("my manager", "the trust", "HR", "working
        for Brightwell Academy Trust")."""
        text = self.text
        found = [
            s for s in self.cue("review_people_at_work")
            if not self.is_own(*s) and not _IN_COMPOUND_BEFORE.search(text, max(0, s[0] - 20), s[0])
            and not _IN_COMPOUND_AFTER.match(text, s[1]) and not _in_any(self.hashtags, *s)
            and not (text[s[0]:s[1]].lower() == "head" and _BODY_OWNER.search(text, max(0, s[0] - 30), s[0]))
            and not (text[s[0]:s[1]].lower() == "lead" and _ON_A_LEASH.search(text, max(0, s[0] - 12), s[0]))
            # a work word naming a thing or a field: "load management", "the specials board", "admin law"
            and not overlaps(self.cue("review_work_words_as_things"), *s)
        ]
        for s in self.spans:
            if s.entity_type in ("ORGANIZATION", "FACILITY") and _EMPLOYED.search(self.text, max(0, s.start - 25), s.start):
                found.append((s.start, s.end))
        if "doctor" in self.lower:
            found += [m.span() for m in _DOCTOR.finditer(text) if not self.is_own(*m.span())]
        if " from " in self.lower or " in " in self.lower or " on " in self.lower:
            named_ends = {e for s in self.spans if s.entity_type in PERSON_TYPES for e in (s.end,)}
            named_ends |= {e for _, e in self.titled}
            for m in _DEPARTMENT.finditer(text):
                person = _PERSON_BEFORE_DEPARTMENT.search(text, max(0, m.start() - 25), m.start())
                if person or m.start() in named_ends:
                    found.append(((person.start() if person else m.start()), m.end()))
        return sorted(set(found))

    @cached_property
    def someone_by_role(self) -> bool:
        """The post mentions someone by what they do or are ("an actor", "the porter"), in any word."""
        return any(form in _PERSON_NOUNS for form in self.words.forms)

    @cached_property
    def described(self) -> list[tuple[int, int]]:
        """People described so that those around them know who it is without a name (see _LOOKS_LEAD): the
        span runs from the person word (or "the one") to the end of what describes them."""
        text, lower = self.text, self.lower
        out = []
        people = [s for s in self.served + self.workplace if not self.is_own(*s) and not PLURAL_MENTION.search(text[s[0]:s[1]])]
        for a, b in self.cue("review_distinctive_looks"):
            lead = _LOOKS_LEAD.search(text, max(0, a - 40), a)
            if lead is None:
                continue
            words_between = text[lead.end():a].split()
            if len(words_between) > 0:
                continue
            before = re.search(r"([\w'’-]+)\W*$", text[max(0, lead.start() - 30):lead.start()])
            by_role = before is not None and before.group(1).lower() in _PERSON_NOUNS
            if by_role:
                people = people + [(lead.start() - len(before.group()), lead.start() - len(before.group()) + len(before.group(1)))]
            if any(0 <= lead.start() - e <= 30 for s, e in people) or _THE_ONE.search(text, max(0, lead.start() - 20), a):
                start = max((s for s, e in people if 0 <= lead.start() - e <= 30), default=lead.start())
                out.append((start, b))
        if "one" in lower:
            out += [m.span() for m in _THE_ONE.finditer(text)]
        if "always" in lower or "never" in lower or "still" in lower:
            for m in _ALWAYS.finditer(text):
                if any(0 <= m.start() - e <= 30 and not _SENTENCE_END.search(text, e, m.start()) for s, e in people):
                    out.append((m.start(), m.end()))
        if "male" in lower or "woman" in lower or "lady" in lower or "man " in lower:
            # "a male midwife on the unit", "our female firefighter": few in their workplace, known without a name
            out += [m.span() for m in _GENDERED_TRADE.finditer(text) if m.group("trade").lower() in _TRADES]
        if any(w in lower for w in ("newest", "latest", "youngest", "oldest", "only", "new ")):
            out += [m.span() for m in _ONE_IN_GROUP_ROLE.finditer(text)]
        return sorted(set(out))

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        """People the detector named, other than the writer's own ("my son Alfie"), and anyone called by
        a title ("Mr Okafor", "Mrs K"), which needs no detector."""
        found = [
            (s.start, s.end) for s in self.spans
            if s.entity_type in PERSON_TYPES and not self._known_word(s.start, s.end) and not _in_any(self.hashtags, s.start, s.end)
        ]
        found += self.titled
        return sorted({s for s in found if not any(0 <= s[0] - b <= 3 for _, b in self.own) and not _a_pet(self.text, *s)})

    @cached_property
    def titled(self) -> list[tuple[int, int]]:
        """Anyone called by a title ("Mr Okafor", "Mrs K"): _TITLED's matches, read once (two properties use
        them), and only in a post holding a title at all (the pattern is tried at every word)."""
        if not any(t in self.text for t in _TITLES):
            return []
        return [m.span() for m in _TITLED.finditer(self.text)]

    def _known_word(self, start: int, end: int) -> bool:
        """A person span that is one of the review's own cue words ("Physio" at the start of a sentence)."""
        return any(a <= start and end <= b for found in self._cues.values() for a, b in found)

    @cached_property
    def others(self) -> list[tuple[int, int]]:
        """Every mention of someone other than the writer and their own circle, in order."""
        return sorted(self.served + self.workplace + self.names)

    def others_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return _inside(self.others, start, end)

    def served_in(self, start: int, end: int) -> list[tuple[int, int]]:
        return _inside(self.served, start, end)

    @cached_property
    def pronouns(self) -> list[tuple[int, int]]:
        return [m.span() for m in _PRONOUN.finditer(self.text)]

    def first_person(self, start: int = 0, end: int | None = None) -> bool:
        return _FIRST_PERSON.search(self.text, start, len(self.text) if end is None else end) is not None

    # -- the detector's spans ------------------------------------------------------------------------

    def spans_of(self, types: frozenset[str], start: int = 0, end: int | None = None) -> list[Span]:
        end = len(self.text) if end is None else end
        return [s for s in self.spans if s.entity_type in types and start <= s.start and s.end <= end]


# Letters that a pattern's (?i) takes for an ASCII letter though text.lower() does not give that letter ("ı"
# and "İ" for "i", "ſ" for "s"; "K", the kelvin sign, lowers to "k"): hinted() is True for a post holding one.
_FOLDS_ODDLY = ("ı", "İ", "ſ")


def hinted(post: Post, hints: Sequence[str]) -> bool:
    """Whether the post may match a case-blind pattern that cannot match without one of ``hints`` (lowercase
    words or stems): a pre-check that skips the pattern's scan in a post with none of them."""
    lower = post.lower
    return any(h in lower for h in hints) or post.folds_oddly


def _in_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def within(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= a and b <= end for a, b in spans)
