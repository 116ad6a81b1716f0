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

# Common words newer than the dictionary, and chat words, that start sentences in posts. Written in
# capitals ("FYI", "TBH") they are not names either (see ``is_not_a_name``).
MODERN_WORDS = frozenset(
    """
    debug website web online offline internet email e-mail app apps blog blogs vlog podcast podcasts selfie selfies smartphone
    wifi info ok okay lol omg btw fyi tbh imo imho idk til icymi tldr ngl smh afaik iirc fomo wfh asap shoutout shout-out
    parkrun lockdown hashtag emoji emojis login logout signup inbox spreadsheet laptop laptops fridge telly
    proud yikes wow yay ugh hmm huh oops phew meh haha hi hey hiya cheers thanks thx pls plz yep yeah nope
    teammate teammates coworker coworkers workload wellbeing self-care mindfulness burnout rota rotas
    debrief handover admin uni grad postgrad newbie mum mums dad dads nan nana gran grandad grandma grandpa max
    """.split()
)

# Common medicines, by generic and brand name: nurses and carers name them, capitalised or not, and the
# (American) dictionary knows few of them ("Paracetamol overdose can look fine for a day").
MEDICINES = frozenset(
    """
    paracetamol acetaminophen ibuprofen naproxen diclofenac aspirin codeine co-codamol cocodamol tramadol morphine
    oramorph oxycodone fentanyl methadone buprenorphine naloxone gabapentin pregabalin amitriptyline sertraline
    fluoxetine citalopram escitalopram mirtazapine venlafaxine diazepam lorazepam midazolam zopiclone melatonin
    quetiapine olanzapine risperidone aripiprazole lithium clozapine haloperidol methylphenidate ritalin
    amoxicillin penicillin flucloxacillin doxycycline clarithromycin co-amoxiclav trimethoprim nitrofurantoin
    metronidazole omeprazole lansoprazole ranitidine metformin insulin gliclazide levothyroxine warfarin apixaban
    rivaroxaban heparin clopidogrel atorvastatin simvastatin amlodipine ramipril lisinopril bisoprolol furosemide
    salbutamol ventolin beclometasone prednisolone hydrocortisone adrenaline epipen calpol nurofen piriton
    cetirizine loratadine antihistamine antihistamines antibiotics antidepressants paracetamols
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


# The lists below are general knowledge, not taken from any dataset. Each name identifies no one
# when a post mentions it, so none is a person, a place or an organisation to hide.

# Everyday terms spaCy takes for organisations (any case).
EVERYDAY_TERMS = frozenset("q&a faq faqs covid covid-19 covid19 coronavirus brexit".split())

# Public platforms, apps and meeting tools everybody uses (any case).
PLATFORMS = frozenset(
    """
    linkedin facebook fb instagram insta tiktok twitter reddit whatsapp youtube snapchat chatgpt pinterest
    tumblr discord mastodon bluesky wikipedia google gmail netflix spotify
    zoom teams slack skype facetime outlook excel powerpoint onedrive sharepoint
    """.split()
)

# National public bodies and professional regulators everyone in a profession deals with, as written.
PUBLIC_BODIES = frozenset(
    """
    NHS NMC GMC HCPC CQC DfE DHSC NICE BMA RCN RCM RCGP GDC GPhC BACP UKCP BPS SRA BSB CPS HMRC DWP DVLA
    HSE ONS MHRA UKHSA BBC UCAS Ofsted OFSTED Ofqual Ofcom Ofgem Ofwat Cafcass CAFCASS
    FDA CDC NIH IRS FBI DMV OSHA WHO UN EU NATO UNICEF
    """.split()
)

# Names of more than one word of the kinds above (lowercase).
EVERYDAY_PHRASES = frozenset(
    {"microsoft teams", "google meet", "google docs", "google drive", "google classroom", "zoom call",
     "nhs england", "nhs scotland", "nhs wales", "nhs digital", "social work england"}
)

# Acronyms that name a kind of thing rather than a particular one, matched as written ("ED" is an
# emergency department, "Ed" a person): hospital, school and office units and roles, tests, form
# fields and everyday abbreviations.
EVERYDAY_ACRONYMS = frozenset(
    """
    ICU NICU PICU HDU CCU ITU SCBU MAU AMU CDU ED ER OR A&E GP GPs SEN SENCO SENDCO EHCP CAMHS ADHD ASD OCD PTSD
    DBT CBT EMDR RE IT HR PR QA UX UI CEO CFO CTO COO VP EBITDA KPI KPIs OKR OKRs ROI PB PBs PRs
    MRI CT ECG EKG IV DNR NG PEG OT PT SLT SALT HCA RN RGN RMN NQT ECT PGCE GCSE GCSEs SATs DM DMs DBS HIPAA
    ATM IBAN SSN PIN ID DOB VAT PAYE NI ZIP SIM RIP AKA RSVP NB PS ETA TBC TBD EOD COB OOO DIY
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
    return len(core) > 1 and core.isupper() and low in MODERN_WORDS


_PREFIXES = frozenset({"post", "pre", "anti", "non"})


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


def looks_capitalised(word: str) -> bool:
    """'Jacob', 'Ó Briain', 'McDonald' yes; 'jacob', 'NHS', '4B' no."""
    if len(word) < 2 or not (word[0].isupper() and word[0].isalpha()):
        return False
    rest = word[1:]
    # "McDonald", "DiCaprio" have one more capital; "CEOs", "NHSx" are acronyms
    return any(c.islower() for c in rest) and sum(c.isupper() for c in rest) <= 1 and not rest[:2].isupper()
