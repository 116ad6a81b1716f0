"""Is this capitalised word an ordinary English word, or probably a name? Shared by the name, place and
organisation recognizers.

The test is a dictionary that keeps capitals: Webster's Second (public domain, shipped by the PyPI
package ``english-words`` with GCIDE to fill its gaps) lists "healing" and "software" in lowercase but "Jacob" and "Todd" only
with a capital, and has no "megan" or "okafor" at all. A word whose lowercase form is in it, or whose
simple inflection is ("debugging" -> "debug"), is ordinary; anything else that is capitalised is a
candidate name. Words too new for a 1934 dictionary are listed by hand below, and British spellings
the American dictionary lacks ("behaviour", "organisation", "paediatric") are read as their American
forms.

Nothing here comes from any dataset the detector is measured on.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Common words newer than the dictionary, and chat words, that start sentences in posts.
MODERN_WORDS = frozenset(
    """
    debug website web online offline internet email e-mail app apps blog blogs vlog podcast podcasts selfie selfies smartphone
    wifi info ok okay lol omg btw fyi tbh imo idk shoutout shout-out parkrun covid lockdown zoom
    facetime hashtag emoji emojis login logout signup inbox spreadsheet laptop laptops fridge telly
    proud yikes wow yay ugh hmm huh oops phew meh haha hi hey hiya cheers thanks thx pls plz yep yeah nope
    teammate teammates coworker coworkers workload wellbeing self-care mindfulness burnout rota rotas
    debrief handover admin uni grad postgrad newbie mum mums dad dads nan nana grandma grandpa
    """.split()
)

# Irregular past forms the dictionary lacks, which start sentences in notes ("Withdrew consent today.").
IRREGULAR_FORMS = frozenset(
    """
    withdrew began overslept overheard overcame woken forgiven undertaken overtaken foresaw oversaw overdid
    outgrew rewrote reran overdrew withdrawn
    """.split()
)

# Capitalised in the dictionary, but never a person's name in a post: days, months, holidays,
# languages and the like. (Specific days and dates are another recognizer's business.)
NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    christmas xmas easter halloween diwali eid hanukkah ramadan thanksgiving
    english french german spanish italian welsh scottish irish british american european african asian
    maths math science history geography art music pe
    god lord jesus christ bible
    i im ive id ill
    mr mrs ms miss mx dr prof sir madam
    st rd ave apt dept no nos ref tel fax
    """.split()
)


@lru_cache(maxsize=1)
def _dictionary() -> set[str]:
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], alpha=True)
    lower = set(filter(str.islower, web2))
    names = set(map(str.lower, web2 - lower)) - lower
    # GCIDE (Webster's 1913 + WordNet) capitalises every headword, so it cannot tell names from
    # words by itself; it fills the gaps in Webster's 2nd ("box", "proud") where that one does not
    # know the word as a name.
    gcide = set(map(str.lower, get_english_words_set(["gcide"], alpha=True)))
    gcide -= names
    lower |= gcide
    return lower  # a set: treated as read-only


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
    if w in MODERN_WORDS or w in IRREGULAR_FORMS:
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
    return _inflected_word(w) or any(_inflected_word(form, agent=False) for form in american_forms(w))


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
    if w in MODERN_WORDS or w in IRREGULAR_FORMS:
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


def is_not_a_name(word: str) -> bool:
    """Days, months, holidays, languages, titles: capitalised, but never a person or place in a post."""
    return word.lower().strip(".'’") in NOT_NAMES


def looks_capitalised(word: str) -> bool:
    """'Jacob', 'Ó Briain', 'McDonald' yes; 'jacob', 'NHS', '4B' no."""
    if len(word) < 2 or not (word[0].isupper() and word[0].isalpha()):
        return False
    rest = word[1:]
    # "McDonald", "DiCaprio" have one more capital; "CEOs", "NHSx" are acronyms
    return any(c.islower() for c in rest) and sum(c.isupper() for c in rest) <= 1 and not rest[:2].isupper()
