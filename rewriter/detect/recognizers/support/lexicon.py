"""Is this capitalised word an ordinary English word, or probably a name? Shared by the name, place and
organisation recognizers.

The test is a dictionary that keeps capitals: Webster's Second (public domain, shipped by the PyPI
package ``english-words`` with GCIDE to fill its gaps) lists "healing" and "software" in lowercase but "Jacob" and "Todd" only
with a capital, and has no "megan" or "okafor" at all. A word whose lowercase form is in it, or whose
simple inflection is ("debugging" -> "debug"), is ordinary; anything else that is capitalised is a
candidate name. Words too new for a 1934 dictionary are listed in ``rewriter/data/`` (modern words,
medicines, irregular past forms), and British spellings
the American dictionary lacks ("behaviour", "organisation", "paediatric") are read as their American
forms.

Nothing here comes from any dataset the detector is measured on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .... import vocab

# Word lists (rewriter/data/): everyday words the 1934 dictionary lacks, and names that identify no one.
MODERN_WORDS = vocab.words("modern_words")
MEDICINES = vocab.words("medicines")
IRREGULAR_FORMS = vocab.words("irregular_past_forms")
# Capitalised in the dictionary, but never a person's name in a post: days, months, holidays,
# languages, short titles and the like. (Specific days and dates are another recognizer's business.)
# The longer titles ("Professor", "Dame", "Lady", "Rev") were never on it, so stay off.
NOT_NAMES = (
    vocab.words("weekdays")
    | {day + "s" for day in vocab.words("weekdays")}  # "clinic is moving to Thursdays", "Mondays, am I right"
    | vocab.words("months")
    | vocab.words("not_names")
    | (vocab.words("titles") - {"professor", "dame", "lady", "lord", "rev"})
)

# The lists below are general knowledge, not taken from any dataset. Each name identifies no one
# when a post mentions it, so none is a person, a place or an organisation to hide.
EVERYDAY_TERMS = vocab.words("everyday_terms")  # any case
PLATFORMS = vocab.words("platforms")  # any case
PUBLIC_BODIES = vocab.words("public_bodies")  # as written
EVERYDAY_PHRASES = vocab.words("everyday_phrases")  # lowercase
EVERYDAY_ACRONYMS = vocab.words("everyday_acronyms")  # as written: "ED" yes, "Ed" no


def _contractions() -> frozenset[str]:
    """ "he'd", "they’re", "I'm", "don't", with straight and curly apostrophes: a pronoun or an auxiliary
    run together with what follows it is never a name ("mum said he'd been limping")."""
    forms = vocab.words("contractions")
    return forms | {f.replace("'", "’") for f in forms}


# Words that can never be a name, whatever the case or context: "i'm tired", "call me later", "he'd". The
# name rules have always let a few of the shared function words through; they still do, for the same results.
_LET_THROUGH = {"without", "after", "before", "since", "until", "as", "because", "while", "yesterday"}
FUNCTION_WORDS = _contractions() | (vocab.words("function_words") - _LET_THROUGH) | vocab.words("function_words_more")


def _dictionary() -> set[str]:
    return _word_sets()[0]


@lru_cache(maxsize=1)
def _word_sets() -> tuple[set[str], frozenset[str]]:
    """The dictionary, and its core: the words both Webster's 2nd and GCIDE list (see ``_common_word``)."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], alpha=True)
    lower = set(filter(str.islower, web2))
    names = set(map(str.lower, web2 - lower)) - lower
    # GCIDE (Webster's 1913 + WordNet) capitalises every headword, so it cannot tell names from
    # words by itself; it fills the gaps in Webster's 2nd ("box", "proud") where that one does not
    # know the word as a name.
    gcide = set(map(str.lower, get_english_words_set(["gcide"], alpha=True)))
    common = frozenset(lower & gcide)
    gcide -= names
    lower |= gcide
    return lower, common  # both treated as read-only


# British spellings of words the (American) dictionary has in another form, as (British, American)
# regexes tried one at a time; each applies only where its pattern matches, and the American form
# still has to be a dictionary word, so a name that merely contains the letters stays unknown.
_BRITISH = tuple(
    (re.compile(british), american)
    for british, american in (
        # behaviour, behavioural, favourite, colourful, tumours: -our- -> -or-
        (r"(?<=[a-z])our(?=[a-z]*$)", "or"),
        # organise, organised, organising, organisation(al), realisation: -is- -> -iz- after a stem of four
        # letters or more ("Denise" is no "denize", an old word for denizen)
        (r"(?<=[a-z]{4})is(?=(?:e|es|ed|ing|er|ers|ation|ations|ational|ationally)$)", "iz"),
        # analyse, paralysed, catalysing: -ys- -> -yz-
        (r"(?<=[a-z]{3})ys(?=(?:e|es|ed|ing|er|ers)$)", "yz"),
        # centre, centres, centred, fibre, theatres: -tre/-bre -> -ter/-ber
        (r"(?<=[a-z]{2}[tb])re(?=s?$)", "er"),
        (r"(?<=[a-z]{2}[tb])red$", "ered"),
        (r"(?<=[a-z]{2}[tb])ring$", "ering"),
        # paediatric, anaesthetist, oedema, oestrogen, foetal: ae/oe before a consonant -> e
        (r"[ao]e(?=[b-df-hj-np-tv-z][a-z]{2})", "e"),
        # catalogue, dialogues: -ogue -> -og
        (r"(?<=[a-z]{2})ogue(?=s?$)", "og"),
        (r"(?<=[a-z]{2})ogu(?=ed$|ing$)", "og"),
        # defence, licences, offence: -ence -> -ense after c or f
        (r"(?<=[a-z][cf])ence(?=s?$)", "ense"),
        # travelled, counselling, traveller, counsellor, marvellous, jeweller, woollen: -ll- -> -l-
        (r"(?<=[a-z]{2}[aeiou])ll(?=(?:ed|ing|er|ers|or|ors|ous|en|ery)$)", "l"),
        # fulfil, fulfils, instil: -il -> -ill
        (r"(?<=[a-z]{3}[^aeiou\W])il(?=s?$)", "ill"),
        # judgement, acknowledgement: -dgement -> -dgment
        (r"(?<=[a-z])dgement(?=s?$)", "dgment"),
    )
)


@lru_cache(maxsize=8192)
def american_forms(word: str) -> tuple[str, ...]:
    """The American spellings ``word`` (lowercase) could be the British form of: "behavioural" ->
    ("behavioral",), "paediatric" -> ("pediatric",). Empty for a word with no British ending; the
    forms are not checked against the dictionary here."""
    if len(word) < 5:
        return ()
    forms = []
    every = word  # all the changes at once: "anaesthetised" -> "anesthetized"
    for british, american in _BRITISH:
        form = british.sub(american, word)
        if form != word:
            forms.append(form)
            every = british.sub(american, every)
    if len(forms) > 1:
        forms.append(every)
    return tuple(forms)


def is_dictionary_word(word: str) -> bool:
    """True when ``word`` itself (no inflection taken off) is an everyday word: "library" yes, "becker" no.
    British spellings count ("behaviour", "paediatric")."""
    w = word.lower().strip("'’.")
    if w in MODERN_WORDS or w in MEDICINES or w in IRREGULAR_FORMS or w in EVERYDAY_TERMS or w in PLATFORMS:
        return True
    words = _dictionary()
    return w in words or any(form in words for form in american_forms(w))


@lru_cache(maxsize=1)
def _capitalised_entries() -> frozenset[str]:
    """Lowercased forms of the words Webster's 2nd lists with a capital: names, places ("Jacob", "Grace")."""
    from english_words import get_english_words_set

    return frozenset(w.lower() for w in get_english_words_set(["web2"], alpha=True) if w[:1].isupper())


def is_listed_as_name(word: str) -> bool:
    """True when the dictionary lists ``word`` with a capital ("Jacob", "Grace", "Victor"), i.e. it can
    be a name even if it is also an ordinary word; "Library" or "Lesson" are listed only in lowercase."""
    return word.lower().strip("'’.") in _capitalised_entries()


def load() -> None:
    """Load the dictionary now (about 0.1 s) so the first draft is not the one that waits."""
    _dictionary()
    _capitalised_entries()


# Simple English inflections, tried in order: (suffix to cut, what to put back).
_INFLECTIONS = (
    ("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("er", ""),
    ("ers", ""), ("ly", ""),
)
_INFLECTIONS_NOT_AGENT = tuple(i for i in _INFLECTIONS if i[0] not in ("er", "ers"))

# The particles of phrasal-verb nouns written closed: "standup", "handout", "meetup", "rollout".
# ("in" and "on" are left out: "Robin", "Brandon", "Weston" are a word and "in"/"on" too.)
_PARTICLES = ("up", "out", "down", "off", "over", "back", "away", "through")


@lru_cache(maxsize=8192)
def is_ordinary_word(word: str) -> bool:
    """True when ``word`` (any case) is an everyday English word rather than a name: a dictionary word,
    a simple inflection of one ("debugging", "standups"), a closed phrasal noun ("meetup"), or the
    British spelling of any of those ("behavioural", "organisations")."""
    w = word.lower().strip("'’.")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if not w:
        return True
    if w in NOT_NAMES:
        return True
    # an American form is not cut at "-er" ("Sartre" -> "sarter" is no "sart" + "er")
    if _inflected_word(w) or any(_inflected_word(form, agent=False) for form in american_forms(w)):
        return True
    # done again: "rewatched", "reread", "rebooked" (long enough that no name is cut: "Rebecca", "Reeves")
    if w.startswith("re") and len(w) >= 7 and w[2] not in "aeiou" and _inflected_word(w[2:]):
        return True
    # a word drawn out for feeling ("Soooo", "Yessss", "Noooo"): no name has a letter three times over
    if _DRAWN_OUT.search(w):
        return any(_inflected_word(_DRAWN_OUT.sub(r"\1" * n, w)) for n in (1, 2))
    # an acronym in the plural ("CVs", "GPs", "TAs")
    bare = word.strip("'’.")
    return len(bare) <= 6 and bare.endswith("s") and bare[:-1].isupper() and len(bare) >= 3 and (
        bare[:-1] in EVERYDAY_ACRONYMS or _base_word(bare[:-1].lower()))


_DRAWN_OUT = re.compile(r"([a-z])\1{2,}")


def is_closed_compound(word: str) -> bool:
    """Two everyday words written as one ("backyard", "carpark", "handover"), each of four letters or
    more. Only for lowercase words: many surnames are built this way too ("Blackwood", "Newman")."""
    w = word.lower()
    return w.isalpha() and any(
        is_ordinary_word(w[:cut]) and is_ordinary_word(w[cut:]) for cut in range(4, len(w) - 3)
    )


def _inflected_word(w: str, agent: bool = True) -> bool:
    if _base_word(w):
        return True
    for cut, add in _INFLECTIONS if agent else _INFLECTIONS_NOT_AGENT:
        if w.endswith(cut) and len(w) - len(cut) >= 3 and _base_word(w[: -len(cut)] + add):
            return True
    words = _dictionary()
    # short verbs ending in -ie: "died", "lied", "tied" ("die" + "d")
    if w.endswith("ied") and w[:-1] in words:
        return True
    # doubled consonant before -ing/-ed: "debugging" -> "debug", "planned" -> "plan"
    for cut in ("ing", "ed"):
        stem = w[: -len(cut)]
        if w.endswith(cut) and len(stem) >= 4 and stem[-1] == stem[-2] and (stem[:-1] in words or stem[:-1] in MODERN_WORDS):
            return True
    return False


def _base_word(w: str) -> bool:
    """A dictionary word, a word listed above, or a verb closed up with its particle ("standup", "handout")."""
    if w in MODERN_WORDS or w in MEDICINES or w in IRREGULAR_FORMS or w in EVERYDAY_TERMS or w in PLATFORMS:
        return True
    words = _dictionary()
    if w in words:
        return True
    for particle in _PARTICLES:
        if w.endswith(particle):
            verb = w[: -len(particle)]
            return len(verb) >= 3 and verb in words and verb not in _NOT_VERBS
    return False


# Function words that end in nothing a particle can follow ("andover" is a town, not "and" + "over").
_NOT_VERBS = frozenset({"and", "the", "for", "her", "his", "our", "not", "but", "she", "you", "who", "how", "any"})


@lru_cache(maxsize=8192)
def is_not_a_name(word: str) -> bool:
    """Days, months, holidays, languages, titles, and the everyday names listed above ("LinkedIn", "NHS",
    "#NHS", "FYI", "ICU"): capitalised, but never a person or a place in a post, and no organisation
    anyone can be traced to."""
    return word.lower().strip(".'’") in NOT_NAMES or _everyday_word(word)


def _core(word: str) -> str:
    """ "#NHS" -> "NHS", "LinkedIn's" -> "LinkedIn"."""
    core = word.strip("#.'’")
    return core[:-2] if core.endswith(("'s", "’s")) else core


def is_public_organisation(word: str) -> bool:
    """A platform or public body ("LinkedIn", "#NHS"): no secret in a post, but still an employer or a
    client when the post says someone works there."""
    core = _core(word)
    return core.lower() in PLATFORMS or core in PUBLIC_BODIES


def _everyday_word(word: str) -> bool:
    core = _core(word)
    low = core.lower()
    if low in EVERYDAY_TERMS or low in PLATFORMS or core in PUBLIC_BODIES or core in EVERYDAY_ACRONYMS:
        return True
    # a chat word in capitals ("FYI", "TBH"); capitals alone prove nothing of dictionary words ("GRACE")
    if len(core) > 1 and core.isupper() and low in MODERN_WORDS:
        return True
    # an acronym made a verb ("DMed", "DMing", "CC'd", "KO'd", "PM'ing"): a deed, not a name
    return _ACRONYM_VERB.fullmatch(word.strip(".,;:!?")) is not None


# Two to four capitals with a verb's ending in lowercase: no name or company is written so.
_ACRONYM_VERB = re.compile(r"[A-Z]{2,4}(?:ed|ing|['’](?:d|ed|ing))")


_PREFIXES = frozenset({"post", "pre", "anti", "non", "ex"})  # "ex-RAF", "ex-NHS": a former member of a public body


@lru_cache(maxsize=8192)  # a pure function of the words, asked ~5 times a post (spaCy's spans, word by word)
def is_everyday_term(span: str) -> bool:
    """A span made of the everyday names above ("Microsoft Teams", "COVID-19", "post-Brexit", "YouTube,
    Snapchat and ChatGPT", "#NHS"), which identifies no one. Hyphenated and listed forms are judged by
    their parts: each an everyday name, a number, a prefix, or a joining word, and at least one a name."""
    if span.lower().strip("#") in EVERYDAY_PHRASES:
        return True
    parts = [p for p in re.split(r"[-\s,/]+", span) if p and p.lower() not in ("and", "or", "&")]
    named = False
    for p in parts:
        if _everyday_word(p):
            named = True
        elif not (p.isdigit() or p.lower() in _PREFIXES):
            return False
    return named


def is_emphasis(word: str) -> bool:
    """ "AGAIN", "TOILET": an ordinary word of four letters or more written in capitals for emphasis. The
    dictionary's names in capitals ("GRACE") stay candidates, and shorter words may be acronyms."""
    core = word.strip(".,;:!?'’\"")
    return len(core) >= 4 and core.isalpha() and core.isupper() and is_ordinary_word(core) and not is_listed_as_name(core)


def looks_capitalised(word: str) -> bool:
    """'Jacob', 'Ó Briain', 'McDonald' yes; 'jacob', 'NHS', '4B' no."""
    if len(word) < 2 or not (word[0].isupper() and word[0].isalpha()):
        return False
    rest = word[1:]
    # "McDonald", "DiCaprio" have one more capital; "CEOs", "NHSx" are acronyms
    return any(c.islower() for c in rest) and sum(c.isupper() for c in rest) <= 1 and not rest[:2].isupper()


# -- hashtags made of ordinary words ---------------------------------------------------------------
#
# "#MedTwitter", "#nursehumor", "#SocialWork": a community tag says what the writer does, not who they
# are. "#TeamOakfield", "#JusticeForJayden", "#StMarysWard7" and "#Leeds" name someone or somewhere.

# Clippings professionals tag with that the dictionary lacks ("#MedTwitter", "#LeavingCert", "#PhysioLife").
HASHTAG_CLIPPINGS = vocab.words("hashtag_clippings")

# Titles and "St": the piece after them is a name ("#DrSmith", "#StMarys"). "Professor" is read as the
# word in a tag.
_TITLE_PIECES = (vocab.words("titles") - {"professor"}) | {"st", "saint"}

# Everyday words Webster's 2nd also lists with a capital for some rare sense; in a tag they are the word.
_CAPITALISED_COMMON = frozenset("school tech media case".split())

# After another word in a lowercase tag these make a place or a surname, not two words ("oakfield").
_PLACE_ENDINGS = vocab.words("place_name_endings")

# Two-letter words a lowercase tag may contain, never as its last piece.
_SHORT_PIECES = vocab.words("two_letter_words")

_HASHTAG_MAX = 40  # longer bodies are left to the other rules rather than segmented
_PIECE_MAX = 20


def _name_like(low: str) -> bool:
    """A word the dictionary also lists with a capital ("grace", "jay", "marys" for "Mary's") could be
    the person the tag is about."""
    if low in FUNCTION_WORDS or low in _SHORT_PIECES or low in NOT_NAMES or low in MODERN_WORDS:
        return False
    if low in _CAPITALISED_COMMON:
        return False
    return is_listed_as_name(low) or (low.endswith("s") and is_listed_as_name(low[:-1]))


@lru_cache(maxsize=8192)
def _word_piece(low: str) -> bool:
    """A lowercase piece of a tag that is an ordinary word and cannot be a name."""
    if low in _TITLE_PIECES:
        return False
    if low in HASHTAG_CLIPPINGS or low in PLATFORMS or low in EVERYDAY_TERMS:
        return True
    return is_ordinary_word(low) and not _name_like(low)


def _camel_piece(piece: str) -> bool:
    if len(piece) == 1:  # "#LifeAsANurse", "#IAmANurse"
        return piece in ("A", "I")
    if piece in EVERYDAY_ACRONYMS or piece in PUBLIC_BODIES:  # as written: "ED" yes, "Ed" no
        return True
    if piece.isupper() and piece.lower() not in MODERN_WORDS:
        return False  # "#TeamGB", "#UKNurses": capitals that are no listed acronym
    return _word_piece(piece.lower())


def _year(piece: str) -> bool:
    """ "#NurseLife2024": a year says when, not who; other numbers may be a ward or a class ("#Ward7")."""
    return len(piece) == 4 and piece.isdigit() and piece[:2] in ("19", "20")


def _camel_split(body: str) -> list[str]:
    """ "MedTwitter" -> Med, Twitter; "NHSWorkforce" -> NHS, Workforce; "NurseLife2024" -> Nurse, Life, 2024."""
    pieces: list[str] = []
    for part in body.split("_"):
        start = 0
        for i in range(1, len(part)):
            prev, c = part[i - 1], part[i]
            nxt = part[i + 1] if i + 1 < len(part) else ""
            if (
                (prev.isdigit() != c.isdigit())
                or (prev.islower() and c.isupper())
                or (prev.isupper() and c.isupper() and nxt.islower())  # "NHSWorkforce": the W starts a word
            ):
                pieces.append(part[start:i])
                start = i
        if part:
            pieces.append(part[start:])
    return [p for p in pieces if p]


def _segment_lowercase(run: str) -> tuple[int, bool] | None:
    """Split a lowercase run ("nursehumor") into ordinary words; (number of pieces, whether one has four
    letters or more), or None when it cannot be split."""
    if _word_piece(run):  # one word, whatever else it could be cut into ("nursing" is no "nur" + "sing")
        return 1, len(run) >= 4
    n = len(run)
    # states[i]: the (pieces so far capped at 2, has a long piece) ways to reach position i
    states: list[set[tuple[int, bool]]] = [set() for _ in range(n + 1)]
    states[0].add((0, False))
    for i in range(n):
        if not states[i]:
            continue
        for j in range(i + 1, min(n, i + _PIECE_MAX) + 1):
            piece = run[i:j]
            if not _run_piece(piece, first=i == 0, last=j == n):
                continue
            for count, long_ in states[i]:
                states[j].add((min(count + 1, 2), long_ or len(piece) >= 4))
    if not states[n]:
        return None
    return max(states[n])


def _common_word(w: str) -> bool:
    """``w``, or what it is an inflection or British spelling of, is in both Webster's 2nd and GCIDE
    ("lives" -> "live"): the everyday core, without the rare entries only one of them has ("camb", "che",
    "nur"), which would split any name ("cambridge" = "camb" + "ridge")."""
    common = _word_sets()[1]
    for form in (w, *american_forms(w)):
        if form in common:
            return True
        for cut, add in _INFLECTIONS_NOT_AGENT:
            if form.endswith(cut) and len(form) - len(cut) >= 3 and form[: -len(cut)] + add in common:
                return True
    return False


def is_word_piece(low: str) -> bool:
    """A lowercase piece of a hashtag that is an ordinary word, a common clipping or an everyday name, and no name."""
    return _word_piece(low)


def is_common_word(word: str) -> bool:
    """``word`` (lowercase) is everyday English: in both Webster's 2nd and GCIDE, or an inflection of such a word."""
    return _common_word(word)


def _run_piece(piece: str, first: bool, last: bool) -> bool:
    """A piece of a lowercase tag: stricter than a CamelCase piece, since nothing but the dictionary
    says where the words meet."""
    if len(piece) == 1:
        return piece in ("a", "i") and not first and not last
    if len(piece) == 2:
        return piece in _SHORT_PIECES and not last
    if piece in _TITLE_PIECES or (not first and piece in _PLACE_ENDINGS):
        return False
    if piece.upper() in EVERYDAY_ACRONYMS or piece.upper() in PUBLIC_BODIES:  # "#nhsworkforce", "#icunurse"
        return True
    if piece in HASHTAG_CLIPPINGS or piece in PLATFORMS or piece in EVERYDAY_TERMS or piece in MODERN_WORDS:
        return True
    if piece in NOT_NAMES:  # "#wellbeingwednesday": days and months are capitalised in the dictionary
        return True
    return _word_piece(piece) and _common_word(piece)


@lru_cache(maxsize=4096)
def is_compound_of_words(text: str) -> bool:
    """True when a hashtag ("#MedTwitter", "nursehumor", "#LeavingCert2025") is two or more ordinary words
    run together, so it names a community or a topic rather than anyone: each piece a dictionary word, an
    everyday name (NHS, Twitter) or a common clipping (med, cert), or a year. False for a single word
    ("#Leeds", "#Hope": other rules judge those), for a piece that could be a name ("#JusticeForJayden",
    "#PrayForGrace", "#StMarysWard7", "#TeamOakfield") and for a lowercase run that ends like a place
    ("#liverpool", "#oakfield").

    A body with capitals is split where the writer put them ("#Barnsley" and "#MEDTWITTER" are one piece
    each); an all-lowercase one is split by dynamic programming over the core of the dictionary."""
    body = text.strip().lstrip("#")
    if not body or len(body) > _HASHTAG_MAX or not any(c.isalpha() for c in body):
        return False
    if not all(c.isalnum() or c == "_" for c in body):
        return False
    if is_listed_as_name(body):  # "#Manchester", "#manchester"
        return False
    words = 0
    if any(c.isupper() for c in body):
        # split where the writer put the capitals; a word capitalised as one ("#Barnsley", "#Nursehumor")
        # is one piece, since that is how places and names are written
        pieces = _camel_split(body)
        for piece in pieces:
            if piece.isdigit():
                if not _year(piece):
                    return False
                continue
            if not _camel_piece(piece):
                return False
            words += 1
        return words >= 2
    has_long = False
    for part in re.findall(r"[^\W\d_]+|\d+", body):
        if part.isdigit():
            if not _year(part):
                return False
            continue
        split = _segment_lowercase(part)
        if split is None:
            return False
        words += split[0]
        has_long = has_long or split[1]
    # a run of short words is too easily a name ("carson" is "car" + "son", "kayla" "kay" + "la")
    return words >= 2 and has_long
