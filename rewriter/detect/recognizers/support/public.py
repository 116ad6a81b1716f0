"""Public things: big places, brands, public bodies and offices, and well-known people in public context.

Naming one of these identifies no one ("flying to Lagos", "bought it at Boots", "Tesla's Q3 numbers came
out", "the Health Secretary said"), so the model's person, place or organisation on one is dropped.
Context decides, and recall comes first: the same name stays flagged when the post makes it a client,
customer, account or employer ("we lost Tesco, our biggest account"), or a site of the writer's own
("our Leeds clinic", "the Swindon depot"), or when it stands where a person does ("proud of Lagos").
Software and spreadsheet functions in ordinary use ("from WordPress to Hugo", "VLOOKUP") are public
things too (software.py), and so is a name inside a set phrase ("Jack of all trades", set_phrases.py).
So are a famous or fictional figure by what the sentence does with them ("in the words of Dolly Parton",
"my inner Atticus Finch"), a landmark or a holiday place the writer visits ("off to Seville"), a national
event ("the Budget"), a named storm, a song in quotes the sentence calls one, and the writer's own pet
(not_people.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .... import vocab
from . import lexicon
from .lexicon import FUNCTION_WORDS
from .landmark_cases import landmark_case
from .famous_names import (famous_in_public_work, famous_person, famous_surname_in_public_work, is_famous_name,
                           listed_public_figure, thanked_for_public_work, work_of_public_figure, _sentence_window)
from .names import in_person_slot
from .not_people import is_own_pet
from .set_phrases import inside_set_phrase
from .software import is_software_mention, is_versioned_product

# as written: cities, countries, US states; and big cities by their own names ("Praha", "Den Haag")
BIG_PLACES = vocab.words("big_places") | vocab.words("big_places_in_own_languages")
# Big cities that are also given names ("London", "Sydney"): public only after a word of being or going there.
BIG_PLACES_NAMED_LIKE_PEOPLE = vocab.words("big_places_named_like_people")
# Big places that are also common surnames or given names ("Preston", "Bolton"): public only after a place word.
BIG_PLACES_NAMED_LIKE_SURNAMES = vocab.words("big_places_named_like_surnames")
# as written: nations, regions, "UK"; and the US states, a region of millions as a province is ("across rural Iowa",
# "Louisiana summers"), less those also people's names ("Georgia", "Virginia", "Washington"), which stay big places
US_STATES = vocab.words("us_state_names")
BIG_REGIONS = vocab.words("big_regions") | (
    US_STATES - BIG_PLACES_NAMED_LIKE_PEOPLE - BIG_PLACES_NAMED_LIKE_SURNAMES
    - vocab.words("countries_named_like_people"))
METROPOLISES = vocab.words("metropolises")  # as written: cities of a million or more, not given names
# Their short names and nicknames ("NYC", "Brum", "Jozi"): read as the city is, by the metropolis rule.
CITY_SHORT_NAMES = vocab.words("city_short_names")
# Boroughs, districts and first-level divisions (big_areas.txt: "Shoreditch", "Midtown", "Kelantan"): hundreds of
# thousands each, public where the writer is in or goes to one ("happy hour in Midtown", "a flat in Shoreditch").
BIG_AREAS = vocab.words("big_areas")
# Towns of 15,000 to 49,999 people, without accents (towns.txt, from GeoNames): public only where the writer goes
# there or talks of its weather, and never one that is an everyday word or a name people carry ("Deal", "March").
TOWNS = vocab.words("towns")
# A site of one employer after a city's name ("the Batam shipyard", "our Lagos branch"): a workplace, which
# the city alone is not.
_SITE_AFTER = re.compile(
    r"\s+(?i:branch|branches|office|offices|site|plant|factory|shipyard|yard|depot|warehouse|store|shop|campus|hq|"
    r"headquarters|hub|centre|center|clinic|hospital|school|ward|unit|station|base|mill|mine|port|team|facility)\b"
)
COUNTRIES = vocab.words("countries")  # as written, less those that are common given names ("Jordan")
# Those countries ("India", "Kenya", "Jordan"): a country where the model calls the word a place.
COUNTRIES_NAMED_LIKE_PEOPLE = vocab.words("countries_named_like_people")
# Major languages ("Bangla", "Punjabi", "Tagalog"): no one's name.
LANGUAGES = vocab.words("major_languages")
# Big places and regions by their first letters, so "Kenyan", "Ghanaian", "Peruvian" are recognised as a
# place's people ("Kenya", "Ghana", "Peru"): the first 4 to 8 letters of each name.
NATION_STEMS = frozenset(p[:k] for p in BIG_PLACES | BIG_REGIONS for k in range(4, min(len(p), 8) + 1))
# Holiday islands, resorts and tourist towns GeoNames' list misses ("Seville", "Santorini"): public after a
# word of going or being there; world-famous landmarks ("the Taj Mahal"): public anywhere.
TRAVEL_PLACES = vocab.words("travel_places")
LANDMARKS = vocab.words("landmarks")

# as written: brands in ordinary use, and companies in the big stock-market indices
BRANDS = vocab.words("brands") | vocab.words("listed_companies")
PUBLIC_BODIES = vocab.words("public_bodies") | vocab.words("national_bodies")  # as written
PUBLIC_EVENTS = vocab.words("public_events")  # as written: "Budget", "Eurovision"
# National newspapers, after "the" ("out of the Guardian"): "Standard", "Independent" alone are everyday words.
NATIONAL_NEWSPAPERS = vocab.words("national_newspapers")
_THE_BEFORE_NAME = re.compile(r"\b(?i:the)\s+(?=[A-Z])")
# Universities by their own names (generated from a maintained list): a full name or a campus ("UWI Mona"); and
# one-word short forms, "~" before them in the file ("Makerere"), read as the university beside its words only.
_UNIVERSITY_ENTRIES = vocab.words("universities")
UNIVERSITIES = frozenset(e for e in _UNIVERSITY_ENTRIES if not e.startswith("~"))
UNIVERSITY_SHORT_FORMS = frozenset(e[1:] for e in _UNIVERSITY_ENTRIES if e.startswith("~"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace(",", " ").replace("-", " ").split() if w[:1].isupper())


# A university by the initials of its listed name ("UCC" of University College Cork, "UCT" of the University of Cape
# Town): three to six capitals, read as a university only beside a university's words, as a short form is.
# (a name the list opens with "The" is known by the rest's initials: "CUHK" of "The Chinese University of Hong Kong")
UNIVERSITY_INITIALS = frozenset(i for i in map(_initials, UNIVERSITIES | {u[4:] for u in UNIVERSITIES if u.startswith("The ")})
                                if 3 <= len(i) <= 6 and i.isalpha())

# A university is named in its own language or word order as often as the list's: "Stellenbosch Universiteit" and
# "Universiteit Stellenbosch" of the listed "University of Stellenbosch", "Universität Wien" of "University of
# Vienna" only when the list has that form. Its place or founder's words, with the head word ("University", its
# Latin cousins in other languages) and "of"/"de"/"van" taken off, is the same university; a core that is an
# everyday word ("University of Technology") is left out, as many universities share it.
_UNIVERSITY_HEAD = r"(?:The\s+)?(?:University|Universiteit|Universität|Universitat|Université|Universidad|Università|Universidade|Universitas|Universiti|Universitet|Uniwersytet|Univerzita|Univerzitet)"
_UNIVERSITY_CORE = re.compile(
    rf"{_UNIVERSITY_HEAD}(?:\s+(?:of|de|del|van|di|du|der|des|degli|da|do|la|the)){{0,2}}\s+(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
    rf"|(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}?)\s+{_UNIVERSITY_HEAD}")


def _university_core(name: str) -> str | None:
    m = _UNIVERSITY_CORE.fullmatch(name)
    if m is None:
        return None
    core = m.group("a") or m.group("b")
    return None if re.match(rf"{_UNIVERSITY_HEAD}$", core) or lexicon.is_ordinary_word(core.lower()) else core


UNIVERSITY_CORES = frozenset(c for c in map(_university_core, UNIVERSITIES) if c)
# A university's own words in the sentence: "graduation at Makerere", "exams start Monday", "lecture".
_UNIVERSITY_WORDS = re.compile(
    r"(?i)\b(?:graduat\w*|convocation|commencement|lectur\w*|campus|semester|faculty|undergrad\w*|postgrad\w*|"
    r"research\s+day|alumni|alumnus|alma\s+mater|exams?|students|uni|university|degree|phd|masters|🎓)|🎓")
# What only higher education has, for a university by its initials: "the CBT postgrad at UCC", "lecture at UCT".
_HIGHER_EDUCATION_WORDS = re.compile(
    r"(?i)\b(?:graduat\w*|convocation|commencement|lectur\w*|campus|semester|faculty|undergrad\w*|postgrad\w*|alumni|"
    r"alumnus|alma\s+mater|uni|university|degree|phd|masters|msc|mba|dissertation|thesis)\b")
# One person the writer serves, in the singular: "my student", "a patient", "this client" (the students as a whole,
# "UWI students, exams start Monday", are no one).
_ONE_SERVED = re.compile(rf"(?i)\b(?:my|our|a|an|the|this|that|one)\s+(?:\w+\s+)?(?:{vocab.alternation('own_people')})\b(?!s)")


_THIRD_PERSON = re.compile(r"\b(?i:he|she|his|her|him|hers)\b")
# A degree or its study, then "at" or "from" ("the MSc at", "a PhD from", "studying nursing at", "graduated from"):
# a university's place word after it is the university (UNIVERSITY_CORES: "Salford" of "University of Salford").
_DEGREE_AT_BEFORE = re.compile(
    r"\b(?:MSc|MA|BSc|BA|BEd|MEd|PhD|DPhil|LLB|LLM|MBA|MRes|MPhil|PGCE|PGDip|PGCert|(?i:degree|masters|master['’]s|"
    r"doctorate|undergrad|postgrad|studying|studied|graduated))\b(?:\s+[\w'’-]+){0,2}?\s+(?i:at|from)\s+$")


def is_university(text: str, start: int, end: int, name: str) -> bool:
    """A university by its name, or by its short form with a university's words in the sentence, and no one person
    served there, no client nor contract: the writer's own, which thousands attend ("Proud to have attended
    graduation at Makerere today", "UWI Mona was pure vibes for Research Day")."""
    # the model may take a lower-case word after it in ("[Makerere today]")
    name = re.sub(r"(?:\s+[a-z][\w'’-]*)+$", "", name)
    # a department the model took in after a listed name, as an everyday word ("the HKU Psychiatry symposium", "UCL
    # Medicine open day"): the university's, which thousands attend
    department = re.fullmatch(r"(.+?)\s+([A-Z][a-z]+)", name)
    if (department and name not in UNIVERSITIES and department.group(1) in UNIVERSITIES
            and lexicon.is_ordinary_word(department.group(2).lower())):
        name = department.group(1)
    # listed whole, or in another language or word order ("Stellenbosch Universiteit"): a full name either way; or by
    # its place's word alone after a degree or a study of one ("my offer for the MSc at Salford", "a PhD from Cardiff")
    full = (name in UNIVERSITIES or _university_core(name) in UNIVERSITY_CORES
            or (name in UNIVERSITY_CORES and _DEGREE_AT_BEFORE.search(text, max(0, start - 40), start) is not None))
    if not full and name not in UNIVERSITY_SHORT_FORMS and name not in UNIVERSITY_INITIALS:
        return False
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(ends, default=len(text))
    if not full and not _UNIVERSITY_WORDS.search(text, left, min(len(text), right + 3)):
        return False
    if (not full and name not in UNIVERSITY_SHORT_FORMS
            and not _HIGHER_EDUCATION_WORDS.search(text, left, min(len(text), right + 3))):
        return False  # initials are many schools' and firms' too: "exams" or "students" alone do not make a university
    # a sentence about him or her makes it that person's ("publishing her first story while studying at the University
    # of Nicosia"), as one person served does
    return not (_ONE_SERVED.search(text, left, right) or _THIRD_PERSON.search(text, left, right)
                or _client_context(text, start, end))
_OFFICES = vocab.alternation("public_offices")

# "the Health Secretary", "King Charles", "President Biden", "the Mayor of London": an office, alone or
# before one name.
_OFFICE = re.compile(rf"(?:[Tt]he\s+)?(?:{_OFFICES})(?:\s+[A-Z][\w'’-]+)?")

# Before the name: the post makes it a client, customer or employer ("our client Tesco", "we lost
# Boots", "I work at Aldi", "signed Nike").
# ("Signed," before a comma is a letter's sign-off, "Signed, a nurse in Ontario", no deal.)
_PRIVATE_BEFORE = re.compile(
    r"\b(?i:our|their|client|clients|customer|customers|account|accounts|lost|losing|signed(?!\s*,)|won|pitched|"
    r"pitching|onboarded|employer|contract|contracts|tender|works?\s+(?:at|for)|support|supporting|apply\s+to|(?:sdk|api|app|integration|platform|pilot|poc|migration|dashboard|portal|firmware|website|build|prototype|proposal|pitch|pentest|audit)\s+for|(?:weeks?|months?|years?|decade)\s+at|"
    r"applying\s+to|applied\s+to|interview\s+(?:at|with)|offer\s+from|hired\s+by|"
    r"worked\s+(?:at|for)|working\s+(?:at|for)|job\s+at|shift\s+at|manager\s+at|boss\s+at)\b[^.!?\n]{0,25}$"
)
# Whose the product right after is: "our Falcon 2.0", "the client's Nimbus 3", "a customer's".
_OWN_OR_CLIENTS_BEFORE = re.compile(r"\b(?i:our|their|my|his|her|client|clients|customer|customers|partner)(?:['’]s?)?\s+(?:new\s+|next\s+|own\s+)?$")
# The same, as a client or a contract only: a big public body that employs the writer names no one.
_CLIENT_BEFORE = re.compile(
    r"\b(?i:client|clients|customer|customers|account|accounts|lost|losing|signed|won|pitched|pitching|onboarded|"
    r"contract|contracts|tender|proposal|pitch|(?:sdk|api|app|integration|platform|pilot|poc|migration|dashboard|"
    r"portal|website|build|prototype|pentest|audit)\s+for)\b[^.!?\n]{0,25}$"
)
_CLIENT_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:,\s*|\s+(?:is|was|are|were|as)\s+)?(?:(?:our|my|a|the|their)\s+)?(?:\w+\s+)?(?i:"
    r"client|clients|customer|customers|account|accounts|contract|deal|pitch|brief|rollout|tender|partnership)\b"
)
# Before a place: where someone lives, comes from or has family is about a person, not travel or news
# ("I live in Bristol", "born in Lagos", "his grandson in Lisbon", "my sister from Toronto").
_RESIDENCE_BEFORE = re.compile(
    rf"\b(?i:live|lives|living|lived|based|born|grew\s+up|raised|moved|moving|relocated|relocating|resident|"
    rf"residing|home|house|address|located|native|originally|(?:grand|great-grand|step)?(?:{vocab.alternation('family_nouns')})|friend|"
    # (a relative's or a client's home by its possessive: "at his daughter's casa in Pilsen", "her son's flat in Leith")
    rf"friends|colleague|patient|client|resident)s?(?:['’]s?)?\s+(?:\w+\s+)?(?:in|to|from|near|at)\s+(?:the\s+)?$"
)
# Or the one person a post is about, and where they are from: "a 6yo girl from Moratuwa", "the woman from
# Bhimdatta", "a 5 yr old from Matara", "the caller from Stockport", "Mr Blackwood from Spalding": with the
# rest of the story the town narrows the person down (many people "from" a place, "nurses from Kerala", are
# a group, and stay public).
_ONE_PERSON_FROM_BEFORE = re.compile(
    r"(?:\b(?i:girl|boy|woman|man|lady|gentleman|guy|lad|lass|kid|child|baby|toddler|teen|teenager|caller|customer|"
    r"pupil|student|gent|fella|bloke|chap|yo|y/o|yr\s+old|year\s+old|years\s+old)|"
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+|(?P<name>\b[A-Z][a-z]+)(?:\s+[A-Z]\.?)?)"
    # (the person's age may stand between, as a case is told: "Benedict Santos (47) from", "Ingrid, 23, from")
    r"(?:\s*\(\d{1,3}\)|,\s*\d{1,3},?)?\s+from\s+$"
)
# After the name: the same, or a site of the writer's own ("Leeds distribution centre", "Crawley clinic").
# (The word between may not be "city" or "town" before "centre": "in Dublin city centre", "Leeds town centre" is the
# public heart of a city, where thousands go, not a site of the writer's.)
_PRIVATE_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:,\s*|\s+(?:is|was|are|were|as)\s+)?(?:(?:our|my|a|the|their)\s+)?"
    r"(?:(?!(?i:city|town)\s+(?i:centre|center)\b)\w+\s+)?(?i:"
    r"client|clients|customer|customers|account|accounts|employer|contract|branch|site|office|offices|depot|"
    r"clinic|ward|warehouse|plant|store|shop|team|unit|hub|centre|center|practice|surgery|school|campus|"
    r"distribution|franchise|location|head\s+office|HQ|factory|lab|project|deal|pitch|brief|rollout|"
    r"account\s+manager|partnership|resignation|interview|job|role|position|payroll|onboarding|colleagues?|"
    r"manager|boss|shift|rota|contractor|staff)\b"
)
# A place spoken to: "Lagos, I'm coming home", "Dublin, here I come".
# "Ghana, we move.", "Lagos, my love": a place the writer speaks to, then of themselves.
_SPOKEN_TO = re.compile(r"(?i),\s+(?:i['’]m|i\s+am|we['’]re|we\s+are|here\s+i|here\s+we|i['’]ll|we['’]ll|you|thank|see\s+you|i\s+miss|i\s+love|we|my\s+love|my\s+home)\b")
# A city called out to after a comma, closing its sentence: "Hay fever season's here, Edinburgh!" (a person named
# like a city is in BIG_PLACES_NAMED_LIKE_PEOPLE, which this leaves alone: "Thanks, Sydney!").
_CALLED_TO_AFTER_COMMA = re.compile(r",\s+$")
_CALLED_OUT_END = re.compile(r"\s*!")
# A city's sight everyone may visit, named by the city (perhaps with one word between): "York railway museum",
# "the Durham cathedral tour", "Cologne Cathedral". A workplace there is read by the private context ("I work at
# the Leeds museum").
_CITY_SIGHT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?i:museum|cathedral|minster|castle|zoo|aquarium|botanic\s+gardens|art\s+gallery|marathon|half\s+marathon|"
    r"christmas\s+market|pride|carnival|fringe|"
    # its public shore and parks, where the city walks and runs: "along the Auckland waterfront", "the Durban promenade"
    r"waterfront|harbourfront|harborfront|seafront|promenade|esplanade|boardwalk|riverside|riverfront|quayside|"
    r"beachfront|foreshore|botanic\s+garden|botanical\s+gardens?)\b"
)
# A big place's public event, named by the place: a trophy, a race, a festival or a show that carries a city's or a
# nation's name ("the Melbourne Cup", "Calcutta Cup day", "the Dubai Shopping Festival", "London Marathon",
# "Monaco Grand Prix", "Edinburgh Fringe"): tens of thousands go, millions watch, and it names no one. The place
# must be a big one (a village's "Oakfield Cup" or "Little Hinton Show" is a small event that may identify, and stays);
# at most two capitalised words between ("Shopping", "Film").
_PLACE_EVENT = re.compile(
    r"(.+?)\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Cup|Trophy|Marathon|Half\s+Marathon|Grand\s+Prix|Open|Derby|Stakes|Shield|"
    r"Sevens|Classic|Festival|Fringe|Carnival|Pride|Expo|Fashion\s+Week|Motor\s+Show|Air\s+Show|Rugby\s+Sevens)"
    r"(?:\s+(?i:day|final|week))?"
)
# A place of millions as its people at large, after a word of quantity: "half of Lagos was at the gig", "all of
# Karachi", "the great state of Georgia" (an orator's "the great state of"): a city of a million or more, a region or
# a state is meant as a crowd or a jurisdiction, not as anyone's home. Not a town's "whole of" (a small community:
# "the whole of Ho is talking"), and not a record held there ("the only pupil in the whole of Orkney with ..."). A possessive after ("half of Lagos's nurses") is still
# the place, unless people carry its name ("the whole of Georgia's family"); the private context (whose home, site or
# client it is) is read after.
_CROWD_OF_BEFORE = re.compile(
    r"\b(?i:(?:the\s+)?whole\s+of|half\s+of|all\s+of|most\s+of|the\s+rest\s+of|(?:the\s+)?great\s+(?:state|city|nation)\s+of|"
    r"the\s+(?:state|city)\s+of|the\s+people\s+of|everyone\s+in|everybody\s+in|the\s+entire)\s+$"
)
# A trip by its verb alone, with no word of going: "Flew Toronto → Vancouver", "booked Lisbon".
_FLOWN_OR_BOOKED_BEFORE = re.compile(r"\b(?i:flew|flown|flying|fly|booked|booking)\s+$")
# Another place beside this one, joined by "and", "or", "&", "vs", a comma or an arrow: "Cork and Kerry",
# "Lagos or Leeds", "Toronto → Vancouver" (up to three capitalised words, the longest listed form wins).
_JOIN = r"(?:\s*(?:,|&|→|->|–|/)\s*|\s+(?i:and|or|vs\.?|versus|to|then)\s+)"
_PLACE_AFTER = re.compile(rf"{_JOIN}(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})")
_PLACE_BEFORE_JOIN = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*){_JOIN}(?:the\s+)?$")
# A big city's airport or main station as the model spans it, city and all: "Sydney Airport", "Manchester
# Piccadilly station" is left to the street and facility rules.
_CITY_HUB = re.compile(r"(.+?)\s+(?:International\s+)?(?:Airport|Central\s+Station|Central|Railway\s+Station|Station)")
# A hill, a peak or a trail walked, the verb right before its name: "hiked Dragon's Back", "climbed Ben Nevis",
# "heading up Arthur's Seat". No one is climbed, and a person walked with takes "with".
_CLIMBED_BEFORE = re.compile(
    r"\b(?i:hiked|hiking|hike|climbed|climbing|climb|summited|summiting|bagged|trekked|trekking|scrambled\s+up|"
    r"walked\s+up|walking\s+up|heading\s+up|headed\s+up|went\s+up|ran\s+up)\s+(?:the\s+)?$")
# The model may stop before the possessive: "[Arthur]'s Seat".
_POSSESSIVE_NAME_AFTER = re.compile(r"['’]s\s+[A-Z][a-z]+")
# Words after which a name is a place: "flew to Leeds", "based in Accra", "from Lagos".
# (and the Scots forms of "to", "into" and "from": "a week aff tae Edinburgh", "hame fae Glasgow")
# (Not "all over": "it was all over Leeds by teatime" is news spread through a town, which a hold-out labels a leak.)
_PLACE_BEFORE = re.compile(r"\b(?i:in|to|from|near|around|across|visit|visited|visiting|outside|via|tae|intae|fae|frae)\s+(?:the\s+)?$")
# The same words in the other languages drafts mix with English, lowercase as written ("ulan na pud sa Manchester",
# "skater à Moncton", "în Wolverhampton", "pergi Langkawi"; data/place_prepositions_other_languages.txt). A word
# before it would make it part of a phrase of English ("Sa" opening a sentence, "the Di Maria goal"), so lowercase
# after a space, a line's start or punctuation only.
_OTHER_LANGUAGE_PLACE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\[\"'‘“,;:]))(?:{vocab.alternation('place_prepositions_other_languages')})\s+$")
# Someone the writer serves or works beside, or "he" or "she", in the languages drafts mix in
# (data/people_words_other_languages.txt): a place or a body in such a sentence is part of someone's story.
_OTHER_LANGUAGE_PEOPLE = re.compile(rf"(?i)(?<![\w'’-]){vocab.alternation('people_words_other_languages')}(?![\w'’-])")


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")


def _someone_in_other_words(text: str, start: int, end: int) -> bool:
    """A word of another language for a client, a colleague, "he" or "she" in the sentence of text[start:end], or
    another capitalised word there that is no place and does not open the sentence ("for Sir Eduardo sa Bed 7, ...
    ex-shipyard worker daw sa Birkenhead", "Salamat sa St Brigid's parish sa Huyton"): a person or a site the place
    narrows down, which the English private context cannot read in the other language's words."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(ends, default=len(text))
    if _OTHER_LANGUAGE_PEOPLE.search(text, left, right) is not None:
        return True
    first = True
    for m in _CAPITALISED_WORD.finditer(text, left, right):
        opening, first = first and not text[left : m.start()].strip(" \"'‘“(-"), False
        word = _core(m.group())
        if (opening or start <= m.start() < end or word.isupper() or _big_place(word) or word in BIG_AREAS
                or lexicon.is_not_a_name(word) or (lexicon.is_ordinary_word(word.lower()) and not lexicon.is_listed_as_name(word))):
            continue  # the place itself, another place, initials, an everyday word in capitals ("Sunday")
        return True
    return False


_OTHER_LANGUAGE_PLACE_LEAD = re.compile(rf"(?:{vocab.alternation('place_prepositions_other_languages')})\s+(.+)")
_IN_OR_GOING_TO_BEFORE = re.compile(
    r"\b(?i:in|inna|near|around|across|outside|visit|visited|visiting|(?:fly|flying|flew|flown|move|moving|moved|going|"
    r"went|gone|trip|travel|travelling|traveling|travelled|traveled|drive|driving|drove|off|aff|train|back|home|hame)\s+(?:to|tae))\s+(?:central\s+)?$"
)
# The writer going, coming back or staying: "off to", "back from", "holiday in", "saw", "walked".
_TRAVEL_BEFORE = re.compile(
    r"\b(?i:off\s+to|back\s+from|(?:holiday|holidays|weekend|week|fortnight|honeymoon|trip|break|city\s+break|"
    r"getaway|stag|hen)\s+(?:in|to|on)|landed\s+in|saw|seen|walked|climbed|explored|exploring|visit|visited|"
    r"visiting)\s+(?:the\s+)?$"
)
# The writer going to a place, staying there or talking of its weather: "Off to", "went straight to", "a long
# weekend in", "Snow in", "raining again in". Where someone lives or works is read by the private context after.
_GOING_OR_WEATHER_BEFORE = re.compile(
    r"\b(?i:off\s+to|back\s+from|landed\s+in|visiting|visited|"
    r"(?:go|goes|going|gone|went|heading|headed|head|drove|driving|drive|popped|nipped|travelled|traveled|trip|road\s+trip|"
    r"day\s+trip|getaway|escape)\s+(?:straight\s+|down\s+|up\s+|over\s+|out\s+|back\s+)?to|"
    r"(?:holiday|holidays|weekend|week|fortnight|break|day\s+out|staycation|stay|staying|camping|honeymoon)\s+in|"
    r"(?:snow|snowing|rain|raining|sun|sunshine|sunny|fog|foggy|frost|frosty|ice|icy|hail|storms?|floods?|flooding|"
    r"heatwave|thunder|freezing|roasting|boiling|weather)\s+(?:again\s+|today\s+|this\s+morning\s+)?(?:in|over|on|across))"
    r"\s+(?:the\s+)?$"
)


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# One thing in the place, a determiner and its noun right before "in": "a fintech in", "our office in", "the
# only bakery in"; not a stay ("a long weekend in", "a week in") nor the people the writer is with ("with the fam
# in Kisumu"), which are the writer's trip.
_ONE_BUSINESS_IN_BEFORE = re.compile(
    r"\b(?i:a|an|the|our|my|their|only|one)\s+(?!(?i:long\s+|short\s+|quick\s+|lovely\s+)?(?i:weekend|week|fortnight|"
    r"holiday|day|night|break|trip|stay|getaway|fam|family|folks|kids|parents|crew|gang|lads|girls)\b)(?:[\w'’-]+\s+)?[\w'’-]+\s+(?i:in|near)\s+(?:the\s+)?$")


def _area_or_town_visited(text: str, start: int, name: str) -> bool:
    """A district or division of a big place (big_areas.txt) after a word of being in or going to it, or a town
    of tens of thousands (towns.txt) after a word of going there or of its weather; neither one that people
    carry as a name ("a card from Sutton", "off to see Deal"), nor an everyday word."""
    before = text[max(0, start - 40) : start]
    if _ONE_BUSINESS_IN_BEFORE.search(before):
        return False  # "we're a fintech in Shoreditch", "the only bakery in Penzance": one business or home narrowed down
    area = name in BIG_AREAS and bool(_IN_OR_GOING_TO_BEFORE.search(before) or _GOING_OR_WEATHER_BEFORE.search(before))
    town = _plain(name) in TOWNS and bool(_GOING_OR_WEATHER_BEFORE.search(before))
    if not (area or town):
        return False
    if name in BIG_PLACES_NAMED_LIKE_PEOPLE or name in BIG_PLACES_NAMED_LIKE_SURNAMES:
        return False
    if " " in name:
        return not lexicon.is_listed_as_name(name.split()[0])  # "Causeway Bay"; not "Sam Town", a person's name first
    return not lexicon.is_ordinary_word(name.lower()) and not lexicon.is_listed_as_name(name)


# National sides and big clubs by their fans' names (sports_teams.txt: "Bokke", "Villa", "Windies"), public in a
# sentence of sport: a win, a match, a final, a sport's emoji.
SPORTS_TEAMS = vocab.words("sports_teams")
_SPORT_WORDS = re.compile(
    r"(?i)\b(?:win|wins|won|winning|lose|loses|lost|losing|beat|beats|beaten|draw|drew|match|game|games|score|scored|"
    r"goals?|cup|league|final|finals|semis?|semi-final|season|campaign|fixture|kick-?off|derby|squad|tries|innings|"
    r"wickets?|cricket|football|rugby|soccer|netball|hockey|tournament|world\s+cup|afcon|six\s+nations|test\s+match|"
    r"prem|premiership|play-?offs?|up\s+the|come\s+on|c['’]mon|supporters?|fans?|stadium|"
    # a side's road to a tournament and the fixtures fans name ("Super Eagles go qualify this time", "the Clásico,
    # half Madrid half Barça"): said of a listed side, a sport's
    r"qualif(?:y|ies|ied|ying|iers?)|cl[aá]sico|superclásico|superclasico)\b|[⚽🏏🏀🏉🎾🏈⚾🏆🥅]"
)


def is_sports_team(text: str, start: int, end: int, name: str) -> bool:
    """``name`` is a national side or a big club by its fans' name, in a sentence about sport ("Bokke won so the
    clinic turned up in green and gold", "Villa win tonight"), and not a client's or a contract's ("the Villa
    account")."""
    if name not in SPORTS_TEAMS:
        return False
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    right = min(ends, default=len(text))
    before = text[max(0, start - 40) : start]
    if _KNOWN_PERSONALLY_BEFORE.search(before) or _TITLE_BEFORE.search(before[-12:]):
        return False  # "my colleague Villa won the raffle", "Mr Villa": a person the writer knows
    return bool(_SPORT_WORDS.search(text, left, right)) and not _client_context(text, start, end)


# A listed company in the news ("Nvidia shares fell", "Acme's share price"): only market words, since a
# private firm has results and announcements too.
_NEWS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?i:shares|stock\s+price|stock|earnings|share\s+price|IPO|market\s+cap)\b"
)
# A well-known person's public work: "Simon Sinek's book", "Brené Brown's TED talk".
_PUBLIC_WORK_AFTER = re.compile(
    # the work's own title may stand before its kind ("Taylor Swift's Eras tour")
    r"(?:['’]s)?\s+(?:(?:new|latest|famous|old|first|last|best|classic|recent|brilliant|amazing|great)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:podcast|TED|"
    r"documentary|album|novel|novels|memoir|autobiography|Netflix|talk|keynote|lecture|book|books|speech|song|songs|poem|"
    r"poems|film|films|sermon|essay|column|masterclass|tour|concert|biography|quote)\b(?!\s+(?:club|group|night))"
    # a pupil's school concert or a colleague's talk at work is no public work
    r"(?![^.!?\n]{0,25}\b(?:at|in)\s+(?:the\s+)?(?:school|church|assembly|work|the\s+office|our|my)\b)"
)
# Before the name: what one does with a public figure's work ("sang Vera Lynn", "quoting Maya Angelou",
# "a talk by Brené Brown"); one given name may stand between, as the model often takes only the surname.
_PUBLIC_WORK_BEFORE = re.compile(
    r"(?:(?i:podcast|TED\s+talk|documentary|album|novel|memoir|book|talk|keynote|lecture|song|poem|speech|quote|film)\s+by|"
    r"\b(?i:sang|sings|singing|(?:to|tried\s+to|learn\s+to|learned\s+to|learnt\s+to)\s+sing|quoting|quoted|quotes|covering|covered)|"
    r"\b(?i:listening|listened|listen)\s+to)\s+"
    r"(?P<given>[A-Z][\w'’-]+\s+)?$"
)
# A well-known, historical or fictional figure by what the sentence does with them: "channelling my inner
# Atticus Finch", "in the words of Dolly Parton", "quoting Audre Lorde", "rereading Viktor Frankl's Man's
# Search for Meaning" (a possessive before a capitalised title).
_FIGURE_BEFORE = re.compile(
    r"(?:\b(?i:quoting|quoted|quotes|channelling|channeling|channel)|\b(?i:in\s+the\s+(?:immortal\s+|wise\s+|famous\s+)?"
    r"words\s+of))\s+(?:(?i:the\s+(?:great|late|legendary|wonderful)\s+))?$"
)
_INNER_BEFORE = re.compile(r"\b(?i:my|our|your|her|his|their)\s+(?i:inner)\s+$")
_READING_BEFORE = re.compile(r"\b(?i:reading|rereading|re-reading|read|reread|re-read|finished|finishing|devouring|quoting)\s+$")
_TITLE_OF_WORK_AFTER = re.compile(r"['’]s\s+[A-Z]")
# A writer's latest work, read or finished, without its title: "Just finished Zadie Smith's new one", "read Sam
# Altman's latest blog post", "finished Witi Ihimaera's latest and wow". A colleague's "latest draft" or
# "latest report" is work at work, and is not here.
_LATEST_WORK_AFTER = re.compile(
    r"['’]s\s+(?:(?:latest|newest|new)\s+(?i:book|novel|album|memoir|blog(?:\s+post)?|essay|collection|podcast|"
    r"single|record|thriller|series|film)\b|(?:latest|newest|new\s+one)(?=\s*(?:[^\w\s]|$)|\s+(?:and|on|in|over|last|this)\b))")
# A public figure as the measure of a fan's hopes, or an author by their new book: "he reckons he's gonna be the
# next Richie McCaw", "the holds list for the new Louise Penny", "a future Serena Williams". Said of a name in
# full; a private person is "the new starter", "the new HCA", not "the new <full name>".
_FANDOM_BEFORE = re.compile(r"\b(?i:the\s+next|the\s+new|a\s+future|a\s+mini|a\s+budding)\s+$")
# ... but not a new colleague by their full name and where they sit or start: "the new Sarah Jones in accounts",
# "the new Ben Hall starting Monday", "the next Tom Price on my list".
_NEWCOMER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:from|in|at|on|of|who|with|starting|starts|started|joining|joins|joined|arriving|"
    r"is\s+(?:starting|joining|in\s+(?:bed|room))|appointment|referral|case|file|patient|client)\b")
# "As Florence Nightingale said, ...": "as" before and a saying after.
_AS_BEFORE = re.compile(r"\b(?i:as)\s+(?:(?i:the\s+(?:great|late|legendary|wonderful)\s+))?$")
_SAID_AFTER = re.compile(
    r"\s+(?:(?:once|famously|herself|himself|themselves|rightly|so\s+rightly|always)\s+)?(?i:said|says|put\s+it|wrote|"
    r"taught\s+us|reminds\s+us|would\s+say)\b"
)
# After the name, what is said of someone long gone or famous: "Mary Seacole would be proud", "Nye Bevan
# would be turning in his grave", "a Marcus Aurelius quote".
_FIGURE_AFTER = re.compile(
    r"\s+(?:(?i:would\s+(?:be\s+)?(?:so\s+|very\s+)?(?:proud|approve|be\s+(?:turning|rolling|spinning)|turn|roll|spin)|"
    # a judgement passed by someone absent on what the writer saw: "Walter White would be ashamed of my students'
    # equations", "Freddie Mercury would have wept" (a colleague "would love this", "would hate the rota": not here)
    r"would\s+(?:have\s+)?(?:be\s+)?(?:so\s+|very\s+|absolutely\s+)?(?:ashamed|horrified|appalled|mortified|disgusted|"
    r"weep|wept|cry|cried|cringe|cringed|faint|fainted)|"
    # a character of a show or a book, as its portrayal of a kind of person: "Saul Goodman is the most accurate
    # portrayal of a strip-mall lawyer" (not "is a character", said of colleagues)
    r"(?:is|was)\s+(?:the|a|an)\s+(?:(?:most|least|best|worst|perfect|realest|truest|only)\s+)?(?:\w+\s+)?(?:portrayal|depiction)\s+of|"
    r"(?:is|must\s+be|will\s+be)\s+(?:turning|rolling|spinning)\s+in\s+(?:his|her|their)\s+grave))\b"
)
_QUOTE_AFTER = re.compile(r"\s+(?i:quote|quotes|quotation|maxim|line(?!\s+(?:manager|managers|management|installer|worker|workers|engineer|staff|lead|leader)))\b")
# A leading word the model takes into the name: "Quoting Audre Lorde".
_CUE_IN_SPAN = re.compile(r"(?i:quoting|channelling|channeling|rereading|reading)\s+")
_TITLES = vocab.words("titles")

# Who the writer knows: then a name with a talk or a book is a colleague's or a friend's, not a public figure's.
_KNOWN_PERSONALLY_BEFORE = re.compile(
    rf"(?i:\b(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}|\b(?:{vocab.alternation('role_nouns')})s?\s+)$"
)

# A courtesy title just before: "Mr Costa", "Dr Greggs" are people, whatever else the word names.
_TITLE_BEFORE = re.compile(rf"\b(?i:{vocab.alternation('titles')})\.?\s+$")
_MISS_BEFORE = re.compile(r"\b(?i:miss)\s+$")
# A brand as the writer's own errand: "the big Tesco shop", "a Greggs run", "my Sainsbury's meal deal".
_ERRAND_AFTER = re.compile(r"(?:['’]s)?\s+(?i:shop|run|meal\s+deal|delivery|order|sausage\s+roll|coffee|haul|trip)s?\b")
_ERRAND_BEFORE = re.compile(r"(?:^|[.!?:;\n]\s*|\b(?i:the|a|my|our|a\s+quick|an?\s+emergency)\s+(?:(?i:big|weekly|usual|monthly|quick|online|food|little|late-night|emergency)\s+)?)$")
# A named storm or hurricane: "Storm Éowyn", "Hurricane Milton" (named by the weather services).
_NAMED_STORM = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+[A-ZÀ-Ý][\w'’-]+")
# A song, film or show title in quotes where the sentence says so: "had 'Mr Brightside' stuck in my head",
# "belting out 'Dancing Queen'"; a nickname in quotes ("'the Tornado'") has none of these.
_TITLE_CUE_BEFORE = re.compile(
    r"\b(?i:song|songs|track|tune|album|single|film|movie|show|series|episode|musical|play|book|novel|poem|hymn|anthem|"
    r"sang|sing|singing|sung|belting|belted|blasting|blasted|played|playing|listening\s+to|listened\s+to|watched|covers?\s+of|"
    r"watching|rewatching|karaoke|danced\s+to|dancing\s+to|read|reading|quoting)\b[^.!?\n]{0,20}$"
)
_TITLE_CUE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+\s+){0,2}?(?i:stuck\s+in\s+my\s+head|on\s+repeat|came\s+on|comes\s+on|playing|at\s+karaoke|"
    r"on\s+the\s+radio|soundtrack|singalong|sing-along)\b"
)
_OPEN_QUOTES, _CLOSE_QUOTES = "'‘\"“", "'’\"”"

# A named person just before: "Stefanie F. Schneider from Allianz", "Raj Patel at Siemens".
_PERSON_OF_COMPANY = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?)*\s+[A-Z][\w'’-]+,?\s+(?:from|at|of|with)\s+$")

def _core(name: str) -> str:
    """ "Tesla's" -> "Tesla", "the UK" -> "UK"."""
    name = name.strip(" .,;:!?\"“”'‘’()")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if name.startswith(("the ", "The ")):
        name = name[4:]
    return name


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*)+$")


def _brand_named(text: str, start: int, end: int, name: str) -> bool:
    """The name, or the name as the model cut it ("Nando" of "Nando's", "Sheets" of "Google Sheets"), is
    a listed brand."""
    if name in BRANDS or (text[end : end + 2] in ("'s", "’s") and name + text[end : end + 2] in BRANDS):
        return True
    # the model may take the brand's person in with it: "the Siemens rep", "a Tesla engineer", "the Pfizer
    # team": a listed brand and lowercase words after it (a role at the brand names no one; "our", a client or a
    # contract around it is read by the private context as for the brand alone)
    bare = _LOWER_TAIL.sub("", name)
    if bare != name and bare in BRANDS:
        return True
    previous = re.search(r"([A-Z][\w&'’-]*)\s+$", text[max(0, start - 20) : start])
    return previous is not None and f"{previous.group(1)} {name}" in BRANDS


def _inside(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a match of ``pattern`` (searched from 30 characters either side; the matches'
    offsets are the text's own, so they are compared as they are)."""
    left = max(0, start - 30)
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, left, end + 30))


# A work named beside its kind: "Matilda, the book that made me want to teach", "Beloved, the novel by Toni
# Morrison". Writers name a book, a film or a show so without quotes. The kind must go on to say what the
# work is ("that ...", "by ...", "about ...", "which ..."): "Thanks Grace, the book was lovely" speaks to a
# person, and "the book club", "the show's producer" are other things.
_WORK_KINDS = r"(?:book|novel|film|movie|musical|play|series|show|sitcom|album|song|poem|picture\s+book|memoir)"
_WORK_KIND_APPOSED_AFTER = re.compile(
    rf",\s+(?i:the|that|this)\s+(?i:{_WORK_KINDS})\s+(?i:that|which|by|about|where|everyone|every|I|we)\b")
# Spoken to, not named: "Thanks Grace, the book that ...", "Hi Sam, the show that ...".
_SPOKEN_TO_BEFORE = re.compile(r"\b(?i:thanks|thank\s+you|cheers|hi|hey|hello|dear|love\s+you|ta)\s*,?\s*$")


def _work_beside_its_kind(text: str, start: int, end: int) -> bool:
    """text[start:end] is a book, a film, a show or a song the sentence names beside its kind."""
    return bool(_WORK_KIND_APPOSED_AFTER.match(text, end)) and not _SPOKEN_TO_BEFORE.search(text, max(0, start - 16), start)


def _quoted_title(text: str, start: int, end: int) -> bool:
    """text[start:end] is all or part of a phrase in quotes that the sentence calls a song, film or show."""
    opening = max((text.rfind(q, max(0, start - 40), start + 1) for q in _OPEN_QUOTES), default=-1)
    if opening < 0 or (opening > 0 and text[opening - 1].isalnum()):
        return False  # no quote before, or an apostrophe inside a word
    # the model's span may hold the closing quote ("play Bob Marley 'Three Little Birds' all morning" taken as
    # "Three Little Birds'"): the quote is then its last character, and the span opens right after the opening one (a
    # possessive's apostrophe, "Marcus' party", is no closing quote)
    after = end - 1 if end > start + 1 and text[end - 1] in _CLOSE_QUOTES and opening == start - 1 else end
    closing = min((i for i in (text.find(q, after, after + 40) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closing < 0 or (closing + 1 < len(text) and text[closing + 1].isalpha()):
        return False
    if "\n" in text[opening:closing] or len(text[opening + 1 : closing].split()) > 8:
        return False
    return bool(_TITLE_CUE_BEFORE.search(text[max(0, opening - 40) : opening]) or _TITLE_CUE_AFTER.match(text, closing + 1))


def _client_context(text: str, start: int, end: int) -> bool:
    """The post makes the name a client, customer or contract of the writer's ("we won the Met Police
    contract", "our client NHS England")."""
    return bool(_CLIENT_BEFORE.search(text[max(0, start - 60) : start]) or _CLIENT_AFTER.match(text, end))


def client_context(text: str, start: int, end: int) -> bool:
    """The words around text[start:end] make it a client, customer or contract of the writer's."""
    return _client_context(text, start, end)


def private_context(text: str, start: int, end: int) -> bool:
    """The words around text[start:end] make it a client, an employer, a site of the writer's own, or where
    someone lives."""
    return _private_context(text, start, end)


# Someone taken or brought to a place: "Took me own mam to Whitby", "brought my two to Emerald Park": a trip, not
# where they live.
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?i:took|take|takes|taking|brought|bring|brings|bringing|drove|drive|driving)\s+(?:[\w'’-]+\s+){1,4}(?i:to)\s+(?:the\s+)?$"
)


# A record held in a place (nation_words.py and the regions below): "the only person in Queensland", "oldest woman in Cornwall", "first baby in Wales born
# with": a superlative or "only" earlier in the clause, and "in", "across" or "from" right before the name.
RECORD_BEFORE = re.compile(
    r"(?i)\b(?:only|first|last|oldest|youngest|rarest|sole|biggest|longest|smallest|earliest|one\s+of\s+(?:the\s+)?\w+)\b"
    r"[^.!?\n,;]{0,60}\b(?:in|across|from|of)\s+(?:the\s+)?(?:\w+\s+)?$"
    # or right before it: "the only other Ugandan at the firm", "the first Welsh speaker"
    r"|\b(?i:only|sole|lone|first|last)\s+(?:(?i:other|ever|remaining)\s+)?$")
# One thing of the place, by a determiner before and a noun after ("the Munster match", "a Midlands family business",
# "ex-Malaysian bank"): which one is narrowed down, as support/public.py's place_before_a_noun reads.
ONE_THING_BEFORE = re.compile(r"(?:\b(?i:a|an|the|one|certain|our|their|this|that|my|his|her|its)\s+|\b(?i:ex)-)$")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# Every one of a kind of people: "Every EMI-paying uncle in Pune", "all the aunties in Lagos": a whole group there,
# no one's home.
# So is anyone of a kind the post speaks to, or one more of many: "If you're a new mam in Cardiff", "another family from
# Joburg moving to the Western Cape" (a trend, which no household is).
_EVERY_BEFORE = re.compile(
    # ("all" before a number counts things done, no one's homes: "did all 14 steps at his daughter's casa in")
    r"\b(?i:every|all(?!\s+\d)(?:\s+the)?|each|any|if\s+you['’]re\s+an?|if\s+you\s+are\s+an?|another)\s+(?:[\w'’-]+\s+){0,4}$")


# The writer going or being home, "home" said as where one goes, not as a house someone has: "I'll be home in Cork for
# Christmas", "Going home to Sylhet after 2 years", "flying home to Accra", "flying home from Aberdeen". "Their home in Multan", "a home in
# Mthatha", "my client's home in" have a determiner or a possessive before "home", and stay someone's residence.
_GOING_HOME_BEFORE = re.compile(
    r"\b(?i:go|goes|going|gone|went|head|heading|headed|fly|flying|flew|travel|travelling|traveling|drive|driving|drove|"
    r"back|be|get|getting|got|come|coming|came|am|i['’]m)\s+home\s+(?:(?i:for\s+\w+|again|finally|soon)\s+)?"
    # (or leaving a place for home: "finally flying home from Aberdeen" says the place is not home)
    r"(?i:in|to|from)\s+(?:the\s+)?$")


def _private_context(text: str, start: int, end: int, person_slot: bool = True) -> bool:
    before = text[max(0, start - 60) : start]
    home = _RESIDENCE_BEFORE.search(before)
    residence = (home is not None and not _TAKEN_TO_BEFORE.search(before) and not _EVERY_BEFORE.search(before[: home.start()])
                 and not _GOING_HOME_BEFORE.search(before))
    return bool(_PRIVATE_BEFORE.search(before) or residence or _PRIVATE_AFTER.match(text, end)
                or (person_slot and in_person_slot(text, start)) or (_is_place(_core(text[start:end])) and _one_person_from(before)))


# A listed body's name, then "of" and a nation or region ("Law Society of NI", "the Bar of Ireland"), as the model
# spans it, whole or cut before the nation ("[the Law Society of] NI"): the nation's own body, as the listed one is
# England's or Kenya's.
_BODY_OF = re.compile(r"(.+?)\s+of(?:\s+the)?(?:\s+(.+))?")
_NATION_AFTER = re.compile(r"\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _listed_body_of_nation(text: str, end: int, name: str) -> bool:
    m = _BODY_OF.fullmatch(name)
    if m is None or m.group(1) not in PUBLIC_BODIES:
        return False
    nation = m.group(2)
    if nation is None:
        after = _NATION_AFTER.match(text, end)
        if after is None:
            return False
        words = after.group(1).split()
        return any(" ".join(words[:k]) in BIG_REGIONS or " ".join(words[:k]) in COUNTRIES for k in range(len(words), 0, -1))
    return nation in BIG_REGIONS or nation in COUNTRIES


# A public agency by the ending of its one-word name ("Socialstyrelsen", "Skatteverket", "Gesundheitsamt"), after a
# field's word of four letters or more ("Kassan", "Verket" alone are a till and a works).
_AGENCY_NAME = re.compile(rf"[A-ZÅÄÖÆØÜ][a-zåäöæøüß]{{3,}}(?:{vocab.alternation('agency_name_endings')})")


def agency_by_its_ending(name: str) -> bool:
    """``name`` is one word, a field's word and an agency's ending: a country's or a region's public body."""
    return _AGENCY_NAME.fullmatch(name) is not None and not name.lower().endswith("gesamt")


def _named_like_people(name: str) -> bool:
    """ "Georgia", "Sydney", "Preston": a big place people carry as a name ("the whole of Georgia's family")."""
    return (name in BIG_PLACES_NAMED_LIKE_PEOPLE or name in BIG_PLACES_NAMED_LIKE_SURNAMES
            or name in COUNTRIES_NAMED_LIKE_PEOPLE)


def _place_of_millions(name: str) -> bool:
    """A city of a million or more, a region, a US state or a country: "the whole of" a town of 50,000 is a small
    community that talks ("the whole of Ho is talking", "the whole of Cape Coast will know"), and stays found."""
    return (name in METROPOLISES or name in CITY_SHORT_NAMES or name in BIG_REGIONS or name in US_STATES
            or name in COUNTRIES or name in COUNTRIES_NAMED_LIKE_PEOPLE)


_BIG_PLACES_IN_OWN_LANGUAGES = vocab.words("big_places_in_own_languages")


def _too_big_for_an_unread_story(name: str) -> bool:
    """A place named in another language's words is public only where no story told in that language could narrow
    it to one person: a city of millions, a region, a state, a country, or a city of a quarter of a million or more
    by its own name ("sa Toronto", "i Dalarna", "în București"). A town of 50,000 to a million is left found: the
    English private context cannot read what the sentence tells there ("yung dating tambay sa Malabon na nahuli
    noon", a former client arrested there, a test of test_detect_langid_sentences.py)."""
    return _place_of_millions(name) or name in _BIG_PLACES_IN_OWN_LANGUAGES


def _big_place(name: str) -> bool:
    """A city, a region, a state or a country by a listed name, whether or not people also carry it."""
    return (name in BIG_PLACES or name in BIG_PLACES_NAMED_LIKE_PEOPLE or name in BIG_PLACES_NAMED_LIKE_SURNAMES
            or name in METROPOLISES or name in CITY_SHORT_NAMES or name in BIG_REGIONS or name in US_STATES
            or name in COUNTRIES or name in COUNTRIES_NAMED_LIKE_PEOPLE)


def _is_place(name: str) -> bool:
    """A city, region or country by its name (a person "from" a company is its employee: "a man from Unilever")."""
    return name in BIG_PLACES or name in BIG_REGIONS or name in METROPOLISES or name in COUNTRIES or name in TRAVEL_PLACES


_PUBLIC_PLACES = ((BIG_PLACES - BIG_PLACES_NAMED_LIKE_SURNAMES) | METROPOLISES | CITY_SHORT_NAMES | COUNTRIES | BIG_REGIONS
                  | BIG_AREAS | TRAVEL_PLACES)


def _city_not_a_name(name: str) -> bool:
    """A big place by its name that is no common given name or surname: alone, no one's name."""
    return name in _PUBLIC_PLACES


def _listed_place(words: str, from_start: bool) -> bool:
    """The capitalised words next to a place, or their part nearest to it, name a public place too."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        if " ".join(parts[:k] if from_start else parts[-k:]).rstrip(".,'’") in _PUBLIC_PLACES:
            return True
    return False


def _beside_another_place(text: str, start: int, end: int) -> bool:
    """Another public place is joined to text[start:end]: "Lagos or Leeds", "Toronto → Vancouver"."""
    after = _PLACE_AFTER.match(text, end)
    if after and _listed_place(after.group(1), from_start=True):
        return True
    before = _PLACE_BEFORE_JOIN.search(text[max(0, start - 40) : start])
    return bool(before and _listed_place(before.group(1), from_start=False))


def _city_beside_a_place_or_flown(text: str, start: int, end: int, name: str) -> bool:
    """A public city beside another public place, or after "flew" or "booked"; the model's span may hold the
    verb that opens the sentence too ("Flew Toronto")."""
    first, _, rest = name.partition(" ")
    if rest and rest in _PUBLIC_PLACES and lexicon.is_ordinary_word(first):
        start = text.find(rest, start)
    elif not _city_not_a_name(name):
        return False
    return _beside_another_place(text, start, end) or bool(_FLOWN_OR_BOOKED_BEFORE.search(text[max(0, start - 20) : start]))


# A trip's next stop: a public place, then "then" or an arrow, then the name ("Edinburgh then London", "Manila →
# Sydney"). "and" or a comma may join a place and a person ("Lagos and Florence cried"); a stop after a stop does not.
_STOP_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)(?:\s+(?i:then|and\s+then)\s+|\s*(?:→|->|—>)\s*)$")


def _after_a_place_on_the_way(text: str, start: int) -> bool:
    before = _STOP_BEFORE.search(text[max(0, start - 40) : start])
    return bool(before and _listed_place(before.group(1), from_start=False))


# A holiday's or festival's one word ("Pasko", "Koningsdag", "Vesak"; holiday_names.txt, festivals.txt): no one's name.
_HOLIDAY_WORDS = frozenset(w.lower() for f in ("festivals", "holy_days") for w in vocab.words(f)) | frozenset(
    n.lower() for n in vocab.entries("holiday_names") if " " not in n and not n.startswith("~"))


def _one_person_from(before: str) -> bool:
    """The place follows one person and "from" (see _ONE_PERSON_FROM_BEFORE); a capitalised word there is a
    name when it is no everyday word or the dictionary lists it as a name too ("Gemma from Stockport"), not
    when it is a word alone ("Greetings from Lagos", "Back from Lisbon", "Live from London")."""
    m = _ONE_PERSON_FROM_BEFORE.search(before)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    if lexicon.is_not_a_name(name) or name.lower() in FUNCTION_WORDS or name.lower() in _HOLIDAY_WORDS:
        return False  # "Maligayang Pasko from Leeds", "Happy Diwali from Leicester": a holiday's wish, no one
    return not lexicon.is_ordinary_word(name) or lexicon.is_listed_as_name(name)


def _inside_office(text: str, start: int, end: int) -> bool:
    """ "The Health Secretary": the model often takes only "Health"."""
    left = max(0, start - 30)
    return any(
        left + m.start() <= start and end <= left + m.end() and m.group().split()[-1][0].isupper()
        for m in _OFFICE.finditer(text[left : end + 30])
    )


# "a Pune auto-parts maker", "our Lagos fintech": the city modifies one business or place after a determiner,
# which narrows down which one (the city alone does not)
_OWNED_THING_AFTER = re.compile(r"(?i)\b(?:a|an|the|our|my|their|his|her|its|this|that)\s+\|\s(?-i:[a-z])")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """A name on a line of its own, a comma at most after it: a line of an address or a signature
    ("Martin Karlsen\n\nLos Angeles\nUnited States"), where a city is part of where someone is found."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" ,")


def is_public_mention(text: str, start: int, end: int, entity_type: str) -> bool:
    """True when text[start:end], which the model calls ``entity_type``, is a public thing named in
    ordinary use or as news, so no one is identified by it."""
    if inside_set_phrase(text, start, end):
        return True  # "Jack of all trades", "Murphy's law": a set phrase names no one
    if job_title(_core(text[start:end])):
        return True  # "Today I start as Head of Operations", "Senior PM at a fintech": a job, which thousands hold
    if entity_type in ("PERSON", "ORGANIZATION") and is_own_pet(text, start, end):
        return True  # "my dog Pretzel", "Pickle the cockapoo": the writer's animal names no one
    if _NAMED_STORM.fullmatch(_core(text[start:end])) or _inside(_NAMED_STORM, text, start, end):
        return True  # "Storm Éowyn knocked out power"
    if _quoted_title(text, start, end):
        return True  # "'Mr Brightside' stuck in my head"
    if entity_type in ("PERSON", "ORGANIZATION") and work_of_public_figure(text, start):
        return True  # "Johann Hari's Lost Connections": a public figure's book or campaign, by its title
    if entity_type in ("PERSON", "ORGANIZATION") and _work_beside_its_kind(text, start, end):
        return True  # "Matilda, the book that made me want to teach", "Beloved, the novel by Toni Morrison"
    if entity_type in ("PERSON", "ORGANIZATION") and landmark_case(text, start, end):
        return True  # "Gideon v. Wainwright turned 60", "Rereading Dobbs v Jackson for a seminar": a landmark case
    name = _core(text[start:end])
    if name and is_sports_team(text, start, end, name):
        return True  # "Bokke won", "Villa win tonight": a team followed by millions, in a sentence of sport
    if name and name in BIG_PLACES and _MISS_BEFORE.search(text[max(0, start - 12) : start]):
        return True  # "Miss Mombasa.", "miss Lagos so much": a big place missed, not a Miss
    if not name or (_TITLE_BEFORE.search(text[max(0, start - 12) : start]) and not famous_person(text, start, end, name)):
        return False  # "Mr Costa": a person; "Sir Edmund Hillary" is a famous one
    if entity_type in ("PERSON", "ORGANIZATION") and listed_public_figure(text, start, end, name):
        # "Shout-out to Roald Dahl for Matilda" in a teacher's post about her pupils: the full name of a listed
        # public figure few private people share is public whatever else the post says (famous_person has read
        # the words that would make them the writer's own: "my client ...", "Mr ...")
        return True
    if (is_versioned_product(text, start, end, name) and not _OWN_OR_CLIENTS_BEFORE.search(text[max(0, start - 30) : start])
            and not _client_context(text, start, end)):
        # "from Postgres 12 to 16", "Python 3.12": a product's release anyone installs; "our Falcon 2.0" is the
        # writer's own product and "the client's Nimbus 3.1" or "moved the client to Falcon 2" someone's, and stay
        return True
    brand = _brand_named(text, start, end, name)
    if brand and _ERRAND_BEFORE.search(text[max(0, start - 30) : start]) and _ERRAND_AFTER.match(text, end):
        return True  # "the big Tesco shop": the writer's own errand, not a store they run
    if ((name in PUBLIC_BODIES or _listed_body_of_nation(text, end, name)
         or (agency_by_its_ending(name) and not _someone_in_other_words(text, start, end)))
            and not _client_context(text, start, end)):
        # "twenty years with Greater Manchester Police": an employer of thousands names no one; "passed my exams
        # wi the Law Society of NI": a listed body of a nation, whole or cut before the nation by the model
        return True
    if (_government_department(name) or inside_public_body(text, start, end)) and not _client_context(text, start, end):
        # "Huge thanks to the Department of Education", "the Iowa Department of Public Health", "check the Met
        # Office" (the model took "Office" alone): a government department or a listed body, whatever slot it is in
        return True
    if name in NATIONAL_NEWSPAPERS and _THE_BEFORE_NAME.search(text, max(0, start - 4), start + 4) and not _client_context(text, start, end):
        return True  # "the VC is trying to keep it out of the Guardian": a national paper, read by millions
    if is_university(text, start, end, name):
        return True  # "Proud to have attended graduation at Makerere today": the writer's own university
    if entity_type == "ORGANIZATION" and _national_service(name) and not _client_context(text, start, end):
        # "Big thanks to Digital Health and Care Wales": a nation's own service by its words, thanked as a person is
        return True
    if public_act_by_acronym(text, start, end, name):
        # "ISRO's Chandrayaan-3 landing", "the AFCON final", "Big thanks to ICAN for the webinar" (thanked, as a
        # person is, which the person slot would read as one)
        return True
    if (entity_type == "PERSON" and famous_in_public_work(text, start, end, name)
            and (not in_person_slot(text, start) or thanked_for_public_work(text, start, end))):
        # "a signed Ed Sheeran CD", "their class talks on Robert Burns": a public person beside their work;
        # famous_in_public_work has read the words that make them someone the writer knows
        return True
    if famous_surname_in_public_work(text, start, end, name) and not in_person_slot(text, start):
        return True  # "Kipchoge's pace in the marathon": a public person by surname, beside their public work
    # The private context is read last, and only for a mention public by its name and the words around
    # it: its two long alternations cost more than every other check together, and most mentions are
    # not public anyway.
    if _city_beside_a_place_or_flown(text, start, end, name):
        # A city beside another public place, or flown to or booked: "Lagos or Leeds, the struggle is real",
        # "Flew Toronto → Vancouver", "booked Lisbon for our anniversary". Two places side by side are travel
        # or news, and a person does not sit in that pair ("Torpy and Salinas": Torpy is no place), so the
        # person's slot the model reads after a verb ("Flew Toronto") does not count; whose home or site it
        # is, and the one person "from" it, do.
        return not _private_context(text, start, end, person_slot=False)
    return _public(text, start, end, entity_type, name, brand) and not _private_context(text, start, end)


def _public(text: str, start: int, end: int, entity_type: str, name: str, brand: bool) -> bool:
    """``is_public_mention`` before the private context is considered."""
    if is_software_mention(text, start, end, name):
        return True  # "from WordPress to Hugo", "the App Store", "VLOOKUP"
    if is_famous_name(text, start, end, name):
        return True  # "a Roald Dahl marathon", "Florence Nightingale would be proud", "saw the Red Fort"
    centre = _CITY_CENTRE.fullmatch(name)
    if centre and centre.group(1) in (BIG_PLACES | BIG_PLACES_NAMED_LIKE_PEOPLE | METROPOLISES | CITY_SHORT_NAMES):
        return True  # "drinks in Glasgow city centre": the heart of a big city, where thousands go every day
    hub = _CITY_HUB.fullmatch(name)
    if hub and hub.group(1) in (BIG_PLACES | BIG_PLACES_NAMED_LIKE_PEOPLE | METROPOLISES):
        # "every blue screen at Sydney Airport on the news", "Lagos Central Station": a big city's airport or
        # main station, which millions pass through (the writer's shift there is read by the private context)
        return True
    if name in _GAMES_CITIES and _GAMES_YEAR_AFTER.match(text, end):
        return True  # "a lap of honour at Barcelona '92", "since London 2012": the Games a city held, watched by billions
    if name in BIG_PLACES and _CITY_SIGHT_AFTER.match(text, end):
        return True  # "the York railway museum", "Durham cathedral": a sight everyone visits, named by its city
    event = _PLACE_EVENT.fullmatch(name)
    if event and _big_place(event.group(1)):
        return True  # "the Melbourne Cup", "the Dubai Shopping Festival": a big place's public event
    if (_place_of_millions(name) and _CROWD_OF_BEFORE.search(text, max(0, start - 30), start)
            and not RECORD_BEFORE.search(text, max(0, start - 90), start)
            and not (text[end : end + 2] in ("'s", "’s") and _named_like_people(name))):
        return True  # "tellin the whole of Belfast", "half of London", "the great state of Georgia"
    if entity_type == "ORGANIZATION" and _PERSON_OF_COMPANY.search(text[max(0, start - 40) : start]):
        return False  # "Stefanie F. Schneider from Allianz": where a named person works
    before = text[max(0, start - 30) : start]
    after_place_word = _PLACE_BEFORE.search(before) is not None or (
        _OTHER_LANGUAGE_PLACE_BEFORE.search(before) is not None and _too_big_for_an_unread_story(name)
        and not _someone_in_other_words(text, start, end))
    # the model may take the other language's place word in ("[sa Dumaguete]"): the place after it is read as after one
    lead = _OTHER_LANGUAGE_PLACE_LEAD.fullmatch(name)
    if lead and _too_big_for_an_unread_story(lead.group(1)) and not _someone_in_other_words(text, start, end):
        return True
    if name in LANDMARKS or (name in TRAVEL_PLACES and (after_place_word or _TRAVEL_BEFORE.search(text[max(0, start - 30) : start]))):
        return True  # "saw the Taj Mahal", "off to Seville", "a week in Santorini"
    if (name in BIG_PLACES or name in BIG_REGIONS) and after_place_word:
        return True
    if _CONFERENCE.fullmatch(name) and _CONFERENCE_CUE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "speaking at ADA SmileCon in October", "see you at PyCon": a conference thousands attend
    if _area_or_town_visited(text, start, name):
        return True  # "happy hour in Midtown", "Off to Taupō for the long weekend", "Snow in Penzance again"
    if _CLIMBED_BEFORE.search(text, max(0, start - 24), start) and (
            " " in name or "'" in name or "’" in name or _POSSESSIVE_NAME_AFTER.match(text, end)):
        return True  # "hiked Dragon's Back", "climbed Ben Nevis": a hill or a trail the writer walked, named by two words
    if name in BIG_PLACES and name not in BIG_PLACES_NAMED_LIKE_PEOPLE and _SPOKEN_TO.match(text, end):
        return True  # "Lagos, I'm coming home!", "London, we did it": a city spoken to, the writer's own life
    if name in BIG_PLACES and name not in BIG_PLACES_NAMED_LIKE_PEOPLE and _CALLED_TO_AFTER_COMMA.search(text[max(0, start - 3) : start]) and _CALLED_OUT_END.match(text, end):
        return True  # "Hay fever season's here, Edinburgh!": a city the writer calls out to, as to its readers
    if ((name in METROPOLISES or name in CITY_SHORT_NAMES) and not in_person_slot(text, start) and not _SITE_AFTER.match(text, end)
            and not _alone_on_line(text, start, end) and not _OWNED_THING_AFTER.search(text[max(0, start - 12) : start] + "|" + text[end : end + 2])):
        return True  # "Nairobi never disappoints", "Karachi biryani": a city of millions, whatever the model calls it
    if name in BIG_PLACES_NAMED_LIKE_PEOPLE and _IN_OR_GOING_TO_BEFORE.search(text[max(0, start - 30) : start]):
        return True  # "a talk in London", "flying to Sydney"; not "a card from Florence", "wrote to Sydney"
    if name in BIG_PLACES_NAMED_LIKE_PEOPLE and _after_a_place_on_the_way(text, start):
        return True  # "a week in Edinburgh then London", "Manila → Sydney": the next stop of a trip
    if (name in BIG_REGIONS or name in COUNTRIES or name in COUNTRIES_NAMED_LIKE_PEOPLE) and _nation_in_a_bodys_name(text, start, end):
        return True  # "Called to the Bar of England and Wales", "the Law Society of Scotland", whatever the model calls it
    if name in COUNTRIES and " " in name:
        return True  # "the Sierra Leone crew", "Costa Rica": a country of two words is no one's name, whatever the model calls it
    if entity_type == "LOCATION" and _part_of_a_region(name):
        return True  # "attorneys in North Texas", "Southern Ontario": a part of a region or a country is as big as a city
    if (name in BIG_REGIONS or name in COUNTRIES) and entity_type == "LOCATION" and not (
            name in US_STATES and (RECORD_BEFORE.search(text, max(0, start - 90), start) or (
                ONE_THING_BEFORE.search(text, max(0, start - 14), start) and LOWER_WORD_AFTER.match(text, end)))):
        # a city can be a person's name too ("Mama Ngozi", "See you Monday, Sutton"), so it is a place
        # only after a word that takes one; "the UK", "Yorkshire" and countries are places anywhere
        # (a US state, new among the regions, not where a record is held there, "the first case of Alabama rot", nor
        # before one thing of it, "a certain Ohio hospital chain")
        return True
    if (name in COUNTRIES_NAMED_LIKE_PEOPLE and entity_type == "LOCATION" and not in_person_slot(text, start)
            and (text[max(0, start - 1) : start] == "#" or text[end : end + 2] in ("'s", "’s") or text[start:end].endswith(("'s", "’s")))):
        # "WHO recognise India's fall", "#India": a country the model reads as a place in its possessive or its tag,
        # though people carry its name (alone, "France is moving in that direction" may be a person's)
        return True
    if brand or name in PUBLIC_BODIES or name in PUBLIC_EVENTS:
        return True
    if entity_type == "ORGANIZATION" and _national_service(name):
        return True  # "Pharmacy First Scotland", "Public Health Wales", "Sport England": a nation's own service
    if _OFFICE.fullmatch(name) or _inside_office(text, start, end):
        return True
    if entity_type == "ORGANIZATION" and _NEWS_AFTER.match(text, end):
        return True
    if entity_type in ("PERSON", "ORGANIZATION") and _is_public_figure(text, start, end):
        return True
    if entity_type != "PERSON":
        return False
    words = name.split()
    work = _PUBLIC_WORK_BEFORE.search(text[max(0, start - 40) : start])
    possessive = text[start:end].endswith(("'s", "’s")) or text[end : end + 1] in "'’"
    public_work = (
        # "sang Vera Lynn", "sang Vera [Lynn]"; not "listening to Sam" (a first name alone)
        (work is not None and (len(words) >= 2 or work.group("given")))
        or (len(words) >= 2 and possessive and _PUBLIC_WORK_AFTER.match(text, end) is not None)
    )
    # but not someone the writer knows ("my friend Maya Angelou's talk"): read last, as the costliest
    return bool(public_work) and not _KNOWN_PERSONALLY_BEFORE.search(text[max(0, start - 40) : start])


# A Games' year after a big city's name: "Barcelona '92", "London 2012" (not a range of years lived there: "London 2012-16").
_GAMES_YEAR_AFTER = re.compile(r"\s+(?:['’]\d{2}|(?:19|20)\d{2})(?![\w–-])")

_OF_BEFORE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+)+of\s+(?:the\s+)?$")
_AND_NATION_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_NATION_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:and|&)\s+(?:the\s+)?$")


# A body by its acronym in capitals ("ISRO", "AFCON", "MRT", "ICAN") doing a public thing (data/public_acts.txt):
# right after it, past at most two names or numbers of the thing ("ISRO's Chandrayaan-3 landing", "the MRT
# breakdown", "the AFCON final"), or thanked for it ("thanks to ICAN for the webinar"). A client's or employer's
# acronym is read by the private context after _public (our, client, account, contract, lost, pitched ...), and
# its business (the ABC account, the ABC audit) is no public act.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_PUBLIC_ACTS = vocab.alternation("public_acts")
_PUBLIC_ACT_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:new|latest|[A-Z0-9][\w'’-]*)\s+){{0,2}}?(?i:{_PUBLIC_ACTS})\b")
_THANKED_BEFORE = re.compile(r"\b(?i:thanks|thank\s+you|shout-?out|kudos)\s+(?i:to\s+)?$")
_FOR_PUBLIC_ACT_AFTER = re.compile(
    rf"\s+(?i:for)\s+(?i:the|a|an|their|its|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{_PUBLIC_ACTS})\b")


def public_act_by_acronym(text: str, start: int, end: int, name: str) -> bool:
    """``name`` is a body's acronym in capitals doing a public thing, and nothing before or after it makes it
    the writer's client, employer or site."""
    if (not _ACRONYM.fullmatch(name) or _PRIVATE_BEFORE.search(text[max(0, start - 60) : start])
            or _PRIVATE_AFTER.match(text, end) or _client_context(text, start, end)):
        return False
    if _PUBLIC_ACT_AFTER.match(text, end):
        return True
    # thanked: three capitals or more, as two ("thanks to JT for the webinar") are more often a person's initials
    return bool(len(name) >= 3 and _THANKED_BEFORE.search(text, max(0, start - 20), start) and _FOR_PUBLIC_ACT_AFTER.match(text, end))


def _nation_in_a_bodys_name(text: str, start: int, end: int) -> bool:
    """A nation or region after a capitalised name and "of" ("the Bar of England", "Law Society of Scotland",
    "Bank of England"), or joined by "and" to another ("England and Wales", "Scotland & Northern Ireland"): a
    jurisdiction or a body's reach, which no one is named after."""
    if _OF_BEFORE.search(text, max(0, start - 60), start):
        return True
    after = _AND_NATION_AFTER.match(text, end)
    if after and any(p in BIG_REGIONS or p in COUNTRIES for p in (after.group(1), after.group(1).split()[0])):
        return True
    before = _NATION_AND_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and any(p in BIG_REGIONS or p in COUNTRIES for p in (before.group(1), before.group(1).split()[-1])))


_PART_OF_A_PLACE = frozenset(
    "north south east west northern southern eastern western central upper lower inner outer greater rural coastal "
    "mid north-east north-west south-east south-west far deep old new".split()
)


_JOINING = frozenset({"and", "&", "for"})


def _part_of_a_region(name: str) -> bool:
    """ "North Texas", "Southern Ontario", "Far North Queensland": words for a part of a place, then a region, a US
    state or a big city (not a town named so, "West Bromwich": its last word is no big place)."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _PART_OF_A_PLACE:
        return False
    for k in range(1, len(words)):
        if all(w.lower() in _PART_OF_A_PLACE for w in words[:k]):
            rest = " ".join(words[k:])
            # a country's part is left to the rules of the country ("serving Southern Cyprus": its own name is read)
            if (rest in BIG_REGIONS or rest in BIG_PLACES) and rest not in COUNTRIES:
                return True
    return False


def _national_service(name: str) -> bool:
    """Everyday words and then a nation ("Pharmacy First Scotland", "Public Health Wales", "Sport England", "Law
    Society of Scotland"): the nation's own service or body. Not a firm's branch ("Halvorsen Marine UK": a word no dictionary has), nor a
    broadcaster's ("BBC Scotland": initials)."""
    words = name.split()
    if len(words) < 2 or words[-1] not in BIG_REGIONS and words[-1] not in COUNTRIES:
        return False
    head = words[:-1]
    if len(head) >= 2 and head[-1] == "of":  # "Law Society of Scotland", "Bank of England"
        head = head[:-1]
    if len(head) >= 3 and head[0] not in _JOINING and head[-1] not in _JOINING:
        # "Digital Health and Care Wales": everyday words may be joined inside the name
        head = [w for w in head if w not in _JOINING]
    if all(w.lower() in _PART_OF_A_PLACE for w in head):
        return False  # "Southern Tunisia", "rural Wales": a part of the place, which the place rules read
    return all(w.isalpha() and w[:1].isupper() and w[1:].islower() and lexicon.is_ordinary_word(w.lower())
               and not lexicon.is_listed_as_name(w) for w in head)


# A government department by its form: "Department of Education", "Department for Work and Pensions", "Ministry of
# Health", "Office for National Statistics", perhaps after a state or a nation ("Iowa Department of Public Health").
# Every government has one of each, so the name points at no one; its words are checked as everyday words below.
_DEPARTMENT = re.compile(r"(?:(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?(?:Department|Dept\.?|Ministry|Office)\s+(?:of|for)\s+"
                         r"(?:the\s+)?(?P<words>[A-Z][a-z]+(?:,?\s+(?:(?:and|&|of|the|for)\s+)?[A-Z][a-z]+){0,5})")


def _government_department(name: str) -> bool:
    """``name`` is a government department named by what it does in everyday words ("Department of Education",
    "Ministry of Health and Social Care"), after a big place at most; not a firm's ("Department of Halvorsen": a word
    no dictionary has, or a name people carry)."""
    m = _DEPARTMENT.fullmatch(name)
    if m is None or (m.group("place") and not _city_not_a_name(m.group("place")) and m.group("place") not in US_STATES):
        return False
    words = [w for w in re.split(r"[\s,&]+", m.group("words")) if w and w not in ("and", "of", "the", "for")]
    return all(lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w) for w in words)


# Listed public bodies of two words or more ("Met Office", "Home Office", "Lancashire Constabulary"), for a span
# the model cut out of one ("Office" of "the Met Office").
_MULTIWORD_BODIES = sorted((b for b in PUBLIC_BODIES if " " in b), key=len, reverse=True)
_PUBLIC_BODY = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, _MULTIWORD_BODIES)) + r")(?![\w'’-])")


def inside_public_body(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a listed public body's name of two words or more, as written."""
    return _inside(_PUBLIC_BODY, text, start, end)


# A job title in capitals: seniority words, then a role's initials ("Senior PM", "L5 PM", "Deputy HoD", role_acronyms.txt)
# or "Head of", "Director of", "VP of" and everyday words ("Head of Operations", "Director of People and Culture").
_ROLE_INITIALS = "|".join(re.escape(w.upper()) for w in sorted(vocab.words("role_acronyms"), key=len, reverse=True)) + "|HoD"
_SENIORITY = r"(?:Senior|Snr|Sr|Junior|Jr|Lead|Principal|Staff|Deputy|Assistant|Associate|Acting|Interim|Group|Regional|Global|L\d{1,2})"
_JOB_TITLE = re.compile(
    rf"(?:{_SENIORITY}\s+)*(?:{_ROLE_INITIALS})"
    rf"|(?:{_SENIORITY}\s+)*(?:Head|Director|VP|Vice\s+President|Chief|Manager)\s+of\s+"
    r"(?P<words>[A-Z][a-z]+(?:,?\s+(?:(?:and|&)\s+)?[A-Z][a-z]+){0,3})")


def job_title(name: str) -> bool:
    """``name`` is a job title (seniority and a role's initials, or "Head of" and everyday words), no one's name."""
    m = _JOB_TITLE.fullmatch(name)
    if m is None:
        return False
    if m.group("words") is None:
        return " " in name  # "Senior PM"; a role's initials alone are read by the acronym lists
    words = [w for w in re.split(r"[\s,&]+", m.group("words")) if w and w != "and"]
    return all(lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w) for w in words)


# A big city's centre, which the model may take whole ("Glasgow city centre", "Leeds town centre")
_CITY_CENTRE = re.compile(r"(.+?)\s+(?i:city|town)\s+(?i:centre|center)")
# A conference by its one-word brand name joined to "Con", "Conf", "Fest" or "Summit" ("SmileCon", "PyCon",
# "DevFest"), perhaps after its body's initials or before its year ("ADA SmileCon", "PyCon 2025"); public where the
# writer speaks at, attends or goes to it (the private context still reads "our SmileCon", a client's event).
_CONFERENCE = re.compile(r"(?:[A-Z][A-Z&]{1,7}\s+)?[A-Z][a-z]+(?:Con|CON|Conf|Fest|Summit)(?:\s+(?:20)?\d{2})?")
_CONFERENCE_CUE_BEFORE = re.compile(
    r"(?i:\b(?:speak|speaking|spoke|talk|talking|present|presenting|presented|keynote|panel|booth|stand|poster|attend|"
    r"attending|attended|at|to|from|for)\s+(?:the\s+|this\s+year['’]s\s+)?|#)$")


def is_public_figure(text: str, start: int, end: int) -> bool:
    """text[start:end], two capitalised words or more, is a well-known, historical or fictional figure by what the
    sentence does with them (_is_public_figure), and the post gives it no private context."""
    return _is_public_figure(text, start, end) and not _private_context(text, start, end)


def _is_public_figure(text: str, start: int, end: int) -> bool:
    """A well-known, historical or fictional figure by what the sentence does with them ("in the words of
    Dolly Parton", "a Marcus Aurelius quote"): two names or more, no title ("Mrs Evans would be proud" is
    someone the writer knows), and not someone the writer calls theirs ("my colleague Dana Whitfield")."""
    cue = _CUE_IN_SPAN.match(text, start)
    if cue:
        start = cue.end()
    words = _core(text[start:end]).split()
    if len(words) < 2 or "\n" in text[start:end] or words[0].lower().rstrip(".") in _TITLES or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, start - 40) : start]
    possessive = text[start:end].endswith(("'s", "’s"))
    after = end - 2 if possessive else end
    if (not possessive and _QUOTE_AFTER.match(text, end)) or _INNER_BEFORE.search(before):
        return True  # "my favourite Maya Angelou quote", "channelling my inner Atticus Finch"
    if _KNOWN_PERSONALLY_BEFORE.search(before):
        return False
    if _FANDOM_BEFORE.search(before) and not possessive and not _NEWCOMER_AFTER.match(text, end):
        return True  # "gonna be the next Richie McCaw", "the new Ian Rankin is on board"
    return bool(
        _FIGURE_BEFORE.search(before)
        or (_READING_BEFORE.search(before) and (_TITLE_OF_WORK_AFTER.match(text, after) or _LATEST_WORK_AFTER.match(text, after)))
        or (_AS_BEFORE.search(before) and _SAID_AFTER.match(text, end))
        or _FIGURE_AFTER.match(text, end)
        or _in_public_life(text, start, end)
    )


# -- public life by its stage, not by the person's name (judges of fresh48: "Someone's lap of honour elsewhere '92 with
# an organisation" for two Olympic runners, "Next month another person, The Dragon Can't Dance" for a novelist, "tried
# to sing someone" for a singer, "posters on famous Cambodians: someone, someone else"). A full name is public where its
# sentence puts it on a public stage:
# - a Games named by a big city and its year, or by its name: "at Barcelona '92", "London 2012", "the Olympics";
_GAMES = re.compile(r"(?:\b(?i:olympics?|olympic\s+games|paralympics?|commonwealth\s+games|world\s+cup|world\s+championships?)\b|"
                    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:['’]\d{2}|(?:19|20)\d{2})(?![\w–-]))")
# - a work's title set after the name and a comma, in a post about books or films: "Next month Earl Lovelace, The
#   Dragon Can't Dance" (a title opens with "The" or "A" and runs on in capitals);
_WORK_TITLE_AFTER = re.compile(r",\s+(?:The|A|An)\s+[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)+")
_WORKS = re.compile(r"(?i)\b(?:book|books|novel|novels|author|authors|poet|poems?|poetry|film|films|"
                    r"book\s+(?:club|circle)|critic|critics|literature|play|plays)\b|[📚📖🎬]")
# - a list after "famous" or "well-known" and the plural of who they are: "famous Cambodians: A, B, King C".
_FAMOUS_LIST_BEFORE = re.compile(r"(?<!\bmy\s)(?<!\bour\s)\b(?i:famous|well-known|historical|historic|legendary)\s+"
                                 r"[A-Za-z-]+s\s*:\s*(?:[^:.!?\n]{0,80}?,\s*)?$")
# (the writer's own people in the sentence make it their story: "my daughter ran at London 2012")
_OWN_WORDS = re.compile(r"(?i)\b(?:my|our|we|us|mine|ours)\b")


def _in_public_life(text: str, start: int, end: int) -> bool:
    """The full name text[start:end] stands on a public stage its sentence names (a Games, a work's title after
    it in a post of books or films, a list of famous people), and the sentence tells nothing of the writer's own."""
    left, right = _sentence_window(text, start, end)
    if _FAMOUS_LIST_BEFORE.search(text, max(left, start - 120), start):
        return True
    if _OWN_WORDS.search(text, left, right):
        return False
    name_end = end - 2 if text[start:end].endswith(("'s", "’s")) else end
    title = _WORK_TITLE_AFTER.match(text, name_end)
    if title and _WORKS.search(text) and not job_title(title.group(0).lstrip(", ").split(" ", 1)[1]):
        return True  # (not a role in capitals: "Mary Walsh, The Head of Care")
    games = [m for m in _GAMES.finditer(text, left, right) if not (m.start() < end and start < m.end())]
    return any(m.group(0)[:1].islower() or m.group(0).split()[0] in _GAMES_CITIES or m.group(0).split()[0].lower() in _GAMES_WORDS
               for m in games)


_GAMES_WORDS = frozenset({"olympics", "olympic", "paralympics", "commonwealth", "world"})
_GAMES_CITIES = BIG_PLACES | BIG_PLACES_NAMED_LIKE_PEOPLE | METROPOLISES


# A place's people by the place's name: "Ugandan", "Punjabi", "Hyderabadi", "Malayali" (of Malayalam): the first
# letters of a country, a region, a city of millions or a major language (not of every town: "Dmitri" is no one
# from Dmitrov).
_NATION_ENDING = re.compile(r"(?:ish|ian|an|ese|i|ic)$")
_PEOPLES_STEMS = frozenset(p[:k] for p in COUNTRIES | COUNTRIES_NAMED_LIKE_PEOPLE | BIG_REGIONS | METROPOLISES | LANGUAGES
                           for k in range(4, min(len(p), 8) + 1))
# The words the place's name may modify: a group in the plural ("teachers", "nurses", "girls"); a language also a
# thing in the singular ("the Bangla word").
_PLURAL_NOUN_TAGS = frozenset({"NNS"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_FAMILY_NOUNS = frozenset(w.lower() for w in vocab.words("family_nouns")) | {"whanau", "whānau", "family", "families"}
# Before the word: one of a kind or a count ("the only Tigrinya interpreter", "the one Ukrainian child", "two Kenyan
# nurses on our ward"), or the writer's own ("our Punjabi client"): a detail that narrows down who.
_NARROWING_BEFORE = re.compile(
    r"\b(?i:only|one|sole|single|lone|first|a|an|two|three|four|five|six|seven|eight|nine|ten|few|couple|our|my|his|her|"
    r"their|your|ex|former|\d+)[\s-]+(?:(?i:of\s+(?:the|our|my)\s+))?$"
)


def is_place_or_language_word(word: str) -> bool:
    """A region, a country, a major language, or a place's or language's people by its first letters ("Ontario",
    "India", "Bangla", "Ugandan", "Malayali"). Not a city: before a noun one narrows down which business or
    news ("a Pune auto-parts maker", "the Toowoomba news"), as a region or a country does not."""
    if word in BIG_REGIONS or word in COUNTRIES or word in COUNTRIES_NAMED_LIKE_PEOPLE or word in LANGUAGES:
        return True
    m = _NATION_ENDING.search(word)
    if m is None or not (word[:1].isupper() and word[1:].islower()) or word in BIG_PLACES or word in BIG_PLACES_NAMED_LIKE_PEOPLE:
        return False  # "Lekki", "Nairobi": the city itself, not its people
    stem = word[: m.start()]
    return len(stem) >= 4 and stem[:8] in _PEOPLES_STEMS


def place_before_a_noun(text: str, start: int, end: int, next_tag: Callable[[], str], next_word: str) -> bool:
    """text[start:end], one word, is a place, a language or a place's people before a group it modifies ("Ontario
    teachers:", "all the Malayali nurses", "Naija nurses are built different"), or a language before a thing ("the
    Bangla word for it"): a word before a noun says what kind, where a name would be the noun's subject ("Ethan
    kicks", tagged a verb) or stand alone. Not before a family ("the Te Rangi whānau"), nor after a count, "only"
    or the writer's own ("the only Tigrinya interpreter", "the one Ukrainian child"), nor where the post makes it a
    client's, an employer's or where someone lives, nor after a phrase that takes a person. ``next_tag`` gives
    the next word's tag: called only for a place or a language, as tagging a post costs more than reading it."""
    if not next_word.isalpha() or not next_word.islower() or next_word in _FAMILY_NOUNS:
        return False
    name = _core(text[start:end])
    if " " in name or not is_place_or_language_word(name):
        return False
    if next_tag() not in (_COMMON_NOUN_TAGS if name in LANGUAGES else _PLURAL_NOUN_TAGS):
        return False
    if _NARROWING_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    return not (in_person_slot(text, start) or _private_context(text, start, end) or _client_context(text, start, end))
