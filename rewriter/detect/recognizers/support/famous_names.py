"""Famous names: well-known people (real and fictional), landmarks, works, organisations and events
that the rules know by name from WordNet, Wikipedia's Vital Articles and its biographies
(data/famous_people.txt, wikipedia_people.txt, famous_things.txt, built by benchmarks/make_famous_names.py).

Naming one identifies no one ("a Roald Dahl marathon with the kids", "Florence Nightingale would be
proud"), so the model's person, place or organisation on one is dropped. Context still decides, and
recall comes first: a famous person's name stays flagged where the post makes them someone the writer
knows or serves ("my client Grace ...", "one of my residents, ...", "her patient ..."); public.py then
reads the private context every public name gets (a client, an employer, a site of the writer's own).
A first name alone is never famous: the people list holds full names only.
"""

from __future__ import annotations

import re

from .... import vocab
from . import lexicon
from .names import ROLE_NOUNS

# As written, two words or more; wikipedia_people.txt adds English Wikipedia's biographies whose names
# few private people carry ("Matthew McConaughey", "Keir Starmer"); famous_surnames.txt the people known by
# one word no private person is likely to carry ("Shakespeare", "Goethe").
# famous_people_wide.txt adds the rest of Pantheon's people (a biography in 25 languages or more: "Katherine
# Mansfield", "Viktor Frankl") whose names are not on the lists many private people carry.
FAMOUS_PEOPLE = (vocab.words("famous_people") | vocab.words("famous_people_top") | vocab.words("famous_people_wide")
                 | vocab.words("wikipedia_people") | vocab.words("famous_surnames"))
# English Wikipedia's biographies whose names many private people carry too: famous only beside their
# public work. wikipedia_people_common.txt ("Ed Sheeran") in the name's sentence
# (_PUBLIC_CONTEXT); wikipedia_people_commonest.txt, a common English given name and surname both ("Taylor
# Swift", "James Talbot"), only with the work attached to the name (_WORK_ATTACHED_*).
# Read with the rest at import (about 0.2 s, in the engine's start), not on the first post that names someone.
_COMMON_FAMOUS = (vocab.words("wikipedia_people_common"), vocab.words("wikipedia_people_commonest"))
FAMOUS_THINGS = vocab.words("famous_things")  # as written
# The full names (two words or more) of the lists few private people share a name with, and of the most-read
# people of Wikipedia (famous_people_top.txt, by page views: "Taylor Swift", "Freddie Mercury", "Michelle Obama"
# are on the common lists by their parts, but so well known that a post naming them means them).
_RARE_FULL_NAMES = frozenset(n for n in vocab.words("famous_people") | vocab.words("wikipedia_people")
                             | vocab.words("famous_people_top") | vocab.words("famous_people_wide") if " " in n)
# Their last words: a surname no listed full name ends with can never be one said earlier in the post, so the
# search below (a pattern built for that word) is not even built for it.
_RARE_LAST_WORDS = frozenset(n.rsplit(" ", 1)[1] for n in _RARE_FULL_NAMES)


# The lesser-known tiers (wikipedia_people.txt: English Wikipedia's biographies; famous_people_wide.txt: Pantheon
# below its most-read tier) hold names a private person may carry too ("David Seaman", "Katherine Mansfield"). In a
# sentence that tells a care story about the name (someone served, a health word, an age beside it: "Visited David
# Seaman at home, his leg ulcer is healing") that private person is likelier than the figure, and recall comes
# first; the household names (famous_people.txt, famous_people_top.txt) stay public.
_LESSER_KNOWN = (frozenset(vocab.words("famous_people_wide")) | vocab.words("wikipedia_people")) - vocab.words(
    "famous_people") - vocab.words("famous_people_top") - vocab.words("famous_surnames")
# the plain one-word entries of the review's health words ("ulcer", "bloods", "chemo"), its notation's
# patterns left out, and the people the writer serves or works with ("patient", "client", "resident")
# (less the words of a fall, said of falling for a book or a singer as often as of a patient: "fell for her")
_CARE_WORDS = frozenset(e for e in vocab.entries("review_health_words") if e.isalpha()) - {
    "fell", "fall", "falls", "fallen", "falling"} | frozenset(
    e.lower() for e in vocab.entries("own_people") if e.isalpha()) | frozenset(
    # where and how the writer sees someone they serve
    "ward bed beds visit visited visiting discharged admitted readmitted appointment clinic caseload".split())
_CARE_WORD = re.compile(r"[a-z]+")
# an age beside the name: "David Seaman, 84,", "David Seaman (84)", "84-year-old David Seaman", "aged 84"
_AGE_NEAR = re.compile(r"(?:^[,(]\s*\d{1,3}\b|\b\d{1,3}[- ]?(?:year|yr)s?[- ]old\b|\baged\s+\d{1,3}\b"
                       # "..., 84 and sharp as a tack", "..., 91 today"
                       r"|,\s*\d{1,3}\s+(?:and|&|today|this|next|years?|yrs?|yo)\b)", re.I)


def _care_story_around(text: str, start: int, end: int) -> bool:
    """The sentence of text[start:end] names someone served, a health word or an age beside the name."""
    left, right = _sentence_window(text, start, end)
    words = set(_CARE_WORD.findall(text[left:start].lower())) | set(_CARE_WORD.findall(text[end:right].lower()))
    return (not words.isdisjoint(_CARE_WORDS) or _AGE_NEAR.search(text[end:right]) is not None
            or _AGE_NEAR.search(text[max(left, start - 16):start]) is not None)


def is_listed_famous(name: str) -> bool:
    """``name``, as written, is on one of the lists of well-known people ("Beyoncé", "Roald Dahl")."""
    return name in FAMOUS_PEOPLE or any(name in listed for listed in _COMMON_FAMOUS)
_FAMILY_NOUNS = vocab.alternation("family_nouns")

# An honour or office the model takes into the name: "Queen Elizabeth II", "Sir Isaac Newton".
_HONOUR = re.compile(r"(?:Queen|King|Sir|Dame|Saint|St\.?|Prince|Princess|Pope|President|Emperor|Empress)\s+")
# The capitalised word just before or after a span the model cut short ("Florence" of "Florence
# Nightingale", "Dahl" of "Roald Dahl").
_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w.'’-]*)")

# Someone the writer knows or serves: "my client", "our new receptionist", "one of my residents,",
# "her colleague", "patient", "my Usain Bolt" (a pupil so called). One word at most between "my" and
# the name: "read her some Maya Angelou" is no one the writer knows.
_KNOWN_BEFORE = re.compile(
    # "Our new HCA Taylor Swift": a role by its letters after a determiner
    rf"(?:\b(?i:my|our|the|their)\s+(?:(?i:new|old|lovely|fave|favourite)\s+)?(?-i:[A-Z]{{2,5}})\s+|"
    rf"\b(?i:my|our|his|her|their|your)\s+(?:[\w'’-]+\s+)?|\b(?i:one\s+of\s+(?:my|our)\s+[\w'’-]+),?\s+|"
    rf"\b(?i:{ROLE_NOUNS}|{_FAMILY_NOUNS})\b,?\s+|\b(?i:bed|room|case)\s+\d+\w?,?\s+)$"
)
# After the name, the same: "Usain Bolt, one of my clients", "Walt Whitman (my patient)", "Grace's case".
# "Doris Day was my patient", "Tom Jones is one of our residents": said to be someone the writer serves.
_KNOWN_AFTER = re.compile(
    rf"(?:['’]s)?\s*[,(]?\s*(?i:(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:one\s+of\s+)?(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:{ROLE_NOUNS})\b|"
    r"(?:case|notes|file|referral|admission|discharge|appointment|bed)\b)"
    # "Taylor Swift from accounts came to the gig": of a team or a place the writer works with
    r"|\s+from\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?i:accounts|payroll|hr|it|finance|admin|marketing|sales|legal|"
    r"reception|ops|operations|estates|facilities|pharmacy|theatres?|team|office|department|dept|ward|site|unit|"
    r"next\s+door|upstairs|downstairs)\b"
    # "Freddie Mercury came in for his bloods today": a visit or an admission of someone the writer sees
    r"|\s+(?:came|comes|come|was|got)\s+(?:in|back|round)\s+(?:for|with|to|today|again|this)\b"
    r"|\s+(?:was|got|has\s+been)\s+(?:admitted|discharged|readmitted|referred|seen\s+(?:today|by))\b"
    # "Shout out to Michelle Obama for the talk on rotas": thanked for a colleague's work, not a public one
    r"|\s+for\s+(?:the|her|his|their)\s+(?i:talk|presentation|session|training|teaching|update|handover|cover|"
    r"help|support)\b"
)


# A family or a case by its surname alone: "the Delacroix hearing", "the Picasso kids", "Goethe family".
_FAMILY_OR_CASE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?i:family|families|household|hearing|case|file|kids|children|boys|girls|twins|estate|wedding|"
    r"funeral|house|home|account|order|matter|appeal|trial|custody|adoption|referral|report|assessment|visit)\b"
)


# Courtesy titles: "Mr Usain Bolt" is someone the writer deals with, whatever their name; "Sir Edmund
# Hillary", "Dr Michael Mosley" may be the famous ones.
_COURTESY_BEFORE = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|master)\.?\s+$")


_VERB_FORM = re.compile(r"(?:ing|ed)$")

# A work's kind closing a span: "... Eras Tour", "... World Tour", "... Greatest Hits Album".
_WORK_KIND_END = re.compile(r"\s(?:Tour|Album|Concert|Film|Movie|Musical|Documentary|Show|Biopic)$")


def _candidates(text: str, start: int, end: int, name: str) -> list[str]:
    """The name as given, without an honour, and widened by one capitalised word on either side."""
    found = [name]
    honour = _HONOUR.match(name)
    if honour:
        found.append(name[honour.end() :])
    lead = name.split(" ", 1)
    if len(lead) == 2 and lexicon.is_ordinary_word(lead[0]) and (" " in lead[1] or _VERB_FORM.search(lead[0])):
        # "Reading Cristiano Ronaldo", "Quoting Shakespeare": the model took the verb before into the name. A
        # word before a famous surname alone is more often the person's own first name that is also a word
        # ("Ivy Thackeray", "Mavis Thackeray": private people who share a famous surname).
        found.append(lead[1])
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before:
        found.append(f"{before.group(1)} {name}")
    after = _WORD_AFTER.match(text, end)
    if after:
        found.append(f"{name} {after.group(1).rstrip('.')}")
    words = name.split()
    if len(words) >= 3 and _WORK_KIND_END.search(name):
        # "Taylor Swift Eras Tour": the model took the work's title and kind into the name; the person is its head
        found.extend(" ".join(words[:k]) for k in (2, 3) if k < len(words))
    return found


def famous_person(text: str, start: int, end: int, name: str) -> bool:
    """``name`` (text[start:end] without "the" or "'s"), or the full name it is part of, is a famous
    person's, and nothing around it makes them someone the writer knows."""
    found = [c for c in _candidates(text, start, end, name) if c in FAMOUS_PEOPLE]
    if not found:
        return False
    if all(c in _LESSER_KNOWN for c in found) and _care_story_around(text, start, end):
        return False
    if _COURTESY_BEFORE.search(text, max(0, start - 8), start):
        return False
    if all(" " not in c for c in found) and _FAMILY_OR_CASE_AFTER.match(text, end):
        return False  # "the Delacroix hearing": a surname alone, of a family or a case the writer deals with
    return not (_KNOWN_BEFORE.search(text, max(0, start - 40), start) or _KNOWN_AFTER.match(text, end))


# A saint's name is most often a school's, a church's or a hospital's ("St. Anselm's Junior", "St Mary's"):
# the whole-name rule below leaves it to the rules of places.
_SAINT = re.compile(r"(?i:St\.?|Saint)\s")
# The full name runs on into a capitalised word: "Nelson Mandela Bay", "Florence Nightingale Hospital" (a
# possessive does not: "Malala Yousafzai's Malala Fund" is hers).
_NAME_RUNS_ON = re.compile(r"\s+[A-Z]")


def _surname_of_figure_named_before(text: str, start: int, word: str) -> bool:
    """``word`` (one capitalised word) ends the full name of a listed public figure said earlier in the post,
    where that full name is public (listed_public_figure)."""
    if not word[:1].isupper() or word not in _RARE_LAST_WORDS or word not in text[:start]:
        return False
    for m in re.finditer(rf"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)?[A-Z][\w'’.-]*\s+{re.escape(word)}\b", text[:start]):
        for full_start in sorted({m.start(), text.find(" ", m.start(), m.end() - len(word) - 1) + 1} - {0} | {m.start()}):
            full = text[full_start : m.end()]
            if full in _RARE_FULL_NAMES and listed_public_figure(text, full_start, m.end(), full):
                return True
    return False


def listed_public_figure(text: str, start: int, end: int, name: str) -> bool:
    """``name`` is, exactly, the full name (two words or more) of a person on the lists few private people
    share a name with (famous_people.txt, wikipedia_people.txt: "Roald Dahl", "Mia Mottley"), and nothing
    around it makes them someone the writer knows (famous_person: "my client ...", "Mr ...", "bed 4 ...").
    Such a name is public in any post, whatever else the post says: a teacher's post that names her pupils
    ("Shout-out to Roald Dahl for Matilda. Reading it to my Grade 7s") still names the author, and a
    thanks or a shout-out takes a public person as it takes a private one. The lists of names many private
    people carry too (wikipedia_people_common/commonest.txt: "Kwame Boateng", "Rohit Sharma", "Stanley Kerr")
    are not read here: 14 labelled leaks of the tuning sets are private people named so, in posts with no
    word of care or work beside the name."""
    bare = name[_HONOUR.match(name).end():] if _HONOUR.match(name) else name
    if " " not in bare and _surname_of_figure_named_before(text, start, bare):
        # "Shout-out to Roald Dahl for Matilda ... Ngiyabonga, Dahl": the surname alone, after the figure's full
        # name earlier in the post, is the same public person; a courtesy title or "my client" still makes it
        # someone the writer knows (famous_person, below)
        if _FAMILY_OR_CASE_AFTER.match(text, end):
            return False
        return not (_COURTESY_BEFORE.search(text, max(0, start - 8), start) or _KNOWN_BEFORE.search(text, max(0, start - 40), start)
                    or _KNOWN_AFTER.match(text, end))
    if " " not in bare or _SAINT.match(name) or bare not in _RARE_FULL_NAMES:
        return False
    if text[end - 2 : end] not in ("'s", "’s") and _NAME_RUNS_ON.match(text, end):
        return False  # "Nelson Mandela Bay", "the Roald Dahl Museum": a place or a body named after them
    return famous_person(text, start, end, name)


# Public work or public life close to a name: a song, a tour, a film, a match, a book, an office. "Taylor
# Swift" beside "tour" is the singer; "Ryan Reynolds" beside "clocked in" may be a colleague.
_PUBLIC_CONTEXT = re.compile(
    r"(?i)\b(?:songs?|singles?|albums?|tracks?|lyrics|concerts?|gigs?|tours?|tix|tickets|radio|speakers?|playlists?|"
    r"on\s+(?:repeat|loop)|full\s+volume|karaoke|CDs?|vinyl|spotify|memes?|stan|fans?|sing|sang|singing|quot(?:ed|ing)|"
    r"films?|movies?|cinema|box\s+office|netflix|episodes?|trailer|starring|oscars?|biopic|actor|actress|"
    r"watching|watched|rewatch\w*|"
    r"match|goals?|century|innings|wickets?|cricket|football|tennis|wimbledon|f1|grand\s+prix|olympics?|marathon|"
    r"world\s+cup|champions?|championship|league|medals?|batting|bowling|striker|"
    r"novels?|books?|author|poet|poems?|poetry|memoir|essays?|copies|verses?|talks?\s+on|"
    r"mp|minister|pm|president|prime\s+minister|government|election|convoy|rally|parliament|senator|"
    r"governor|commissioner|dressed\s+as|whatever\s+you\s+think\s+of|"
    # a nation's highest court, whose judges are public officers named in the news ("a career on the Supreme Court")
    r"supreme\s+court|cour\s+suprême|constitutional\s+court|"
    # business news: the head of a listed firm or a bank ("Jamie Dimon's memo has the banks talking"; not "a bank"
    # alone: "Jamie Dimon from the food bank" is a volunteer)
    r"ceo|billionaire|tycoon|wall\s+street|banks|bankers|banking|shareholders|earnings|"
    # a performer live, a speaker on a stage: "going to see Hozier at the 3Arena", "keynote"; not "panel" (an
    # interview or a hiring panel sits with colleagues) nor "legend" (said of colleagues too)
    r"\d*arenas?|stadium|festival|live\s+at|keynote|podcast|band|singer|rapper|"
    # music playing in a shop or on the radio: "a new jam", "shop bumping with Vybz Kartel", "tunes"
    r"jams?|tunes|bumping|blasting)\b"
    # or the emoji of a book, music, film or a sport beside the name: "Louise Penny next 📚"
    r"|[📚📖🎶🎵🎧🎤🎬🎥⚽🏏🏀🏉🎾]"
)
_PUBLIC_REACH = 60
# The work attached to the name: "Taylor Swift tickets", "a signed Ed Sheeran CD", "Whitney Houston at full
# volume", "Taylor Swift's new album"; "class talks on Robert Burns", "a song by Whitney Houston".
_WORK_ATTACHED_AFTER = re.compile(
    # the work's own title may stand before its kind ("Taylor Swift Eras Tour lesson", "Taylor Swift's Eras tour")
    r"(?:['’]s)?\s+(?:(?:new|latest|last|first|signed|old)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?i:songs?|single|album|track|concert|gig|tour|tickets|tix|"
    r"CDs?|vinyl|film|movie|biopic|documentary|novels?|memoir|poems?|lyrics|playlist|on\s+(?:the\s+)?radio|on\s+loop|"
    r"on\s+repeat|at\s+full\s+volume|blasting)\b"
)
_WORK_ATTACHED_BEFORE = re.compile(
    r"\b(?i:(?:songs?|album|track|film|movie|novel|poems?|book|memoir|documentary)\s+by|talks?\s+on|lessons?\s+on|"
    r"essays?\s+on|tickets\s+(?:to|for)|starring|sang|sing|singing|quoted|quoting|dressed\s+as|"
    # a speaker on a stage: "the panel with Adam Grant", "a keynote by Brené Brown"; not an interview's, a hiring's
    # or a review's panel, which sits with colleagues
    r"(?:(?<![Ii]nterview\s)(?<![Hh]iring\s)(?<![Ss]election\s)(?<![Rr]eview\s)(?<![Aa]ppeal\s)panel|keynote|"
    r"fireside\s+chat|podcast|masterclass|TED\s+talk)\s+(?:with|by|from))\s+(?:the\s+)?$"
)
# "our new HCA Taylor Swift": two words between "our" and the name still make them the writer's own.
_OURS_BEFORE = re.compile(r"\b(?i:my|our|his|her|their|your)\s+(?:[\w'’-]+\s+){1,2}$")


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The name's sentence, cut to _PUBLIC_REACH characters either side."""
    left = max([text.rfind(c, 0, start) + 1 for c in "!?\n"] + [m.end() for m in re.finditer(r"\.\s", text[:start])][-1:]
               + [start - _PUBLIC_REACH, 0])
    ends = [i for i in (text.find(c, end) for c in "!?\n") if i >= 0]
    dot = re.search(r"\.(?:\s|$)", text[end:])
    if dot:
        ends.append(end + dot.start())
    return left, min(ends + [end + _PUBLIC_REACH, len(text)])


# A work's title in quotes, two capitalised words or more: "a cover of 'Bohemian Rhapsody'", "rereading 'The
# Design of Everyday Things'".
_QUOTED_TITLE = re.compile(r"(?<![\w'’])['‘\"“](?:The\s+|A\s+)?[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w'’-]*)+[.!?,]?['’\"”](?![\w'’])")


def _work_titled_before(text: str, start: int) -> bool:
    """A work's title in quotes earlier in the post, before the name's sentence: "...a cover of 'Bohemian
    Rhapsody'. I have heard it 4,000 times. Freddie Mercury deserved better." Read only for a full name from
    Wikipedia's biographies that private people carry too but not the commonest ones ("Taylor Swift", "James
    Talbot"); the words of public work alone do not reach across sentences ("Freddie Mercury came in for his
    bloods. We talked about films." is a patient)."""
    left, _ = _sentence_window(text, start, start)
    return _QUOTED_TITLE.search(text, 0, left) is not None


def famous_in_public_work(text: str, start: int, end: int, name: str) -> bool:
    """``name`` is the full name of a public person many private people share ("Ed Sheeran", "Taylor
    Swift"), beside their public work or life (in the sentence: "Ed Sheeran memes in the group chat"; for
    the commonest names, attached to the name: "Taylor Swift tickets"), and nothing around it makes them
    someone the writer knows."""
    common, commonest = _COMMON_FAMOUS
    found = [c for c in _candidates(text, start, end, name) if c in common or c in commonest]
    if not found:
        return False
    if any(c in common for c in found):
        left, right = _sentence_window(text, start, end)
        public = (_PUBLIC_CONTEXT.search(text, left, start) or _PUBLIC_CONTEXT.search(text, end, right)
                  or (any(" " in c and c in common for c in found)
                      and (_work_titled_before(text, start) or possessive_title_after(text, start, end))))
    else:
        # the span may be the name cut short ("Whitney" of "Whitney Houston"): the work is read around the full name
        full = max(found, key=len)
        at = text.find(full, max(0, start - len(full)))
        a, b = (at, at + len(full)) if at >= 0 else (start, end)
        public = (_WORK_ATTACHED_AFTER.match(text, b) or _WORK_ATTACHED_BEFORE.search(text, max(0, a - 30), a)
                  or (" " in full and _sport_or_politics_not_ours(text, a, b)))
    if not public:
        return False
    if _COURTESY_BEFORE.search(text, max(0, start - 8), start) or _OURS_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _KNOWN_BEFORE.search(text, max(0, start - 40), start) or _KNOWN_AFTER.match(text, end):
        return False
    from ...work_talk import served_near  # lazy: work_talk imports this package

    return not served_near(text, start, end)


# Thanked or shouted out for the public work itself: "Big shoutout to Brené Brown for the keynote", "thanks to
# Adam Grant for his podcast". A thanks takes a person, private or public, so a common listed name there is
# public only with the work right after it; the work must be one a colleague does not give at work (no "talk",
# "speech", "training": "Shout out to Priya Raman for the talk" is a colleague) and a book, a song or a film
# must be theirs ("for her book"; "for the book" may be one lent).
_THANKED_FOR_WORK_AFTER = re.compile(
    r"(?:['’]s)?\s+for\s+(?:(?:the|that|this)\s+(?:(?:amazing|incredible|brilliant|great|inspiring|powerful)\s+)?"
    r"(?i:keynote|podcast|album|documentary|TED\s+talk|masterclass)|"
    r"(?:her|his|their)\s+(?:new\s+|latest\s+)?(?i:keynote|podcast|album|documentary|TED\s+talk|masterclass|books?|novels?|"
    r"memoir|songs?|music|films?|show))\b")


# A work's or a public campaign's title in the possessive of the name: "Johann Hari's Lost Connections", "Michelle
# Obama's Reach Higher", "Elton John's Your Song". The tuning sets hold eight of these after a listed name many
# people carry, each the public person's work, and no private person so; a business or a place named after its
# owner ("Priya Raman's Bakery", "Tunde Bakare's Place") or a relative or a role ("Kwame Boateng's Mum", "... Manager")
# ends in a word that says so, and is left out.
_POSSESSIVE_TITLE_AFTER = re.compile(
    r"['’]s\s+((?:[A-Z][\w'’-]*)(?:\s+(?:(?:to|of|the|a|an|in|and|for|with|on)\s+)?[A-Z][\w'’-]*){0,4})")
_NOT_A_TITLE_WORDS = (
    frozenset(w.lower() for w in vocab.words("small_business_words"))
    | frozenset(w.strip().lower() for row in vocab.entries("facility_kinds") for w in row.split(":")[0].split(","))
    | frozenset(w.strip().lower() for row in vocab.entries("business_kinds") for w in row.split(":")[0].split(","))
    | frozenset(w.lower() for w in vocab.words("street_types"))
    | frozenset(w.lower() for w in vocab.words("family_nouns"))
    | frozenset("house home court lodge manor place centre center farm hall shop store cafe café salon bakery kitchen "
                "garage studio office team company group ltd limited inc llc estate".split())
)
# the people a role names ("Manager", "Nurse"), as the role nouns list gives them (not role_nouns_more.txt, whose
# words are read only after "my"/"our", and hold a pet's kind too)
_ROLE_WORDS = frozenset(w.lower() for w in vocab.entries("role_nouns")) | frozenset({"boss", "manager", "coach", "teacher"})


def possessive_title_after(text: str, start: int, end: int) -> bool:
    """A title in the possessive of the name text[start:end] ("Johann Hari's Lost Connections"), none of its
    words a business's, a place's, a relative's or a role's (_NOT_A_TITLE_WORDS)."""
    at = end - 2 if text[end - 2 : end] in ("'s", "’s") else end
    m = _POSSESSIVE_TITLE_AFTER.match(text, at)
    if m is None:
        return False
    words = re.findall(r"[\w'’-]+", m.group(1))
    return not any(w.lower() in _NOT_A_TITLE_WORDS or w.lower().removesuffix("s") in _ROLE_WORDS or w.lower() in _ROLE_WORDS
                   for w in words)


_POSSESSOR_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})['’]s\s+$")


def work_of_public_figure(text: str, start: int) -> bool:
    """The words at ``start`` are the title of a work in the possessive of a public figure the post names
    ("Johann Hari's [Lost Connections]", "Michelle Obama's [Reach Higher]"): public as its author is."""
    m = _POSSESSOR_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    for k in range(len(m.group(1).split()), 1, -1):
        name = " ".join(m.group(1).split()[-k:])
        a = m.end(1) - len(name)
        if (is_listed_famous(name) and possessive_title_after(text, a, m.end(1))
                and (listed_public_figure(text, a, m.end(1), name) or famous_in_public_work(text, a, m.end(1), name))):
            return True
    return False


def thanked_for_public_work(text: str, start: int, end: int) -> bool:
    """The name text[start:end] is thanked for its public work (_THANKED_FOR_WORK_AFTER) or given with its
    work's title in the possessive (possessive_title_after)."""
    return _THANKED_FOR_WORK_AFTER.match(text, end) is not None or possessive_title_after(text, start, end)


def _sport_or_politics_not_ours(text: str, start: int, end: int) -> bool:
    """The full name's sentence is about sport or politics (a match, a final, a cricket or football emoji, an
    election) and says nothing of the writer's own people: "Congrats to the Matildas ⚽️ Sam Kerr still the
    GOAT", "Windies looking sharp 🏏 Brian Lara would be proud". Fans and the press name a player or a
    politician in full with no work attached; a coach's own player of the same name comes with "our", "my"
    or "we" in the sentence ("Sam Kerr scored twice for our under-12s"), and a patient or client of the same name
    with "he" or "her" ("Brian Lara came in after his cricket match"): both keep the name."""
    left, right = _sentence_window(text, start, end)
    if not (_SPORT_OR_POLITICS.search(text, left, start) or _SPORT_OR_POLITICS.search(text, end, right)):
        return False
    if _FROM_A_GROUP_AFTER.match(text, end):
        return False
    own = {m.group().lower() for m in _OWN_IN_SENTENCE.finditer(text, left, right)}
    if own and own <= {"we", "us"} and _national_fixture(text):
        # "Scotland v England at Murrayfield ... If Finn Russell disnae dae somethin daft we've got this": in a post
        # about a match between two nations, "we" is the fan's nation; "our", "my", "his" still make it the writer's own
        return True
    return not own


# Two nations or big places against each other: "Scotland v England", "Ireland vs France", "India v. Australia".
_NATIONS = (vocab.words("countries") | vocab.words("countries_named_like_people") | vocab.words("big_places")
            | vocab.words("big_regions"))  # the home nations ("Scotland", "Wales") are regions there
_FIXTURE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+vs?\.?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _national_fixture(text: str) -> bool:
    """The post names a match between two nations or big places ("Scotland v England")."""
    for m in _FIXTURE.finditer(text):
        a, b = m.group(1).split(), m.group(2).split()
        if any(" ".join(a[i:]) in _NATIONS for i in range(len(a))) and any(" ".join(b[:j]) in _NATIONS for j in range(1, len(b) + 1)):
            return True
    return False


# "<Name> from <a group>": how a colleague or an acquaintance is named ("James Talbot from the site team is off to
# the cricket", "Sam Kerr from accounts"); the press names a player by the side, not "from" it.
_FROM_A_GROUP_AFTER = re.compile(r"(?:['’]s)?\s+from\s+(?i:the\s+|our\s+)?[\w-]")
# The writer's own people or side in a sentence ("our under-12s", "my player", "we"), or one person's story ("his
# knee", "booked her in").
_OWN_IN_SENTENCE = re.compile(r"(?i)\b(?:my|our|ours|we|us|mine|he|she|him|his|her|hers)\b")


def _surname_bearers() -> tuple[dict[str, int], frozenset[str], dict[str, int]]:
    """How many people of wikipedia_people.txt carry each last word, and every first or last word of the lists
    of names private people carry too (wikipedia_people_common/commonest.txt, famous_people.txt), and how many
    people of all those lists carry each first word."""
    bearers: dict[str, int] = {}
    for full in _RARE_FAMOUS:
        words = full.split()
        if len(words) >= 2:
            bearers[words[-1]] = bearers.get(words[-1], 0) + 1
    # a surname private people carry too (the common lists' last words), or a given name (the first word of two
    # listed names or more: "Kipchoge Keino" alone leaves "Kipchoge" a surname)
    firsts: dict[str, int] = {}
    shared = set()
    for listed in (*_COMMON_FAMOUS, vocab.words("famous_people"), vocab.words("wikipedia_people")):
        for full in listed:
            words = full.split()
            if len(words) >= 2:
                firsts[words[0]] = firsts.get(words[0], 0) + 1
                if listed is not _RARE_FAMOUS:
                    shared.add(words[-1])
    return bearers, frozenset(shared | {w for w, n in firsts.items() if n >= 2}), firsts


_RARE_FAMOUS = vocab.words("wikipedia_people")
_SURNAME_BEARERS, _SHARED_NAME_WORDS, _GIVEN_NAME_BEARERS = _surname_bearers()
# the same words, for the name rules that ask whether a capitalised word is a name people carry
SHARED_NAME_WORDS = _SHARED_NAME_WORDS


def given_name_bearers(word: str) -> int:
    """How many people of the lists of names carry ``word`` (capitalised) as their first name: "Ben" 1,000 and
    more, "Hans" hundreds, "Lui" or "Og" a handful (a word of another language that a few people are named)."""
    return _GIVEN_NAME_BEARERS.get(word, 0)


# Before a surname alone: a capitalised word (it ends a longer name: "Alistair Penhallow", "Little Hadham") or a
# word that takes a place ("in Caithness", "half of Seacombe", "from Kilifi").
_NAME_OR_PLACE_BEFORE = re.compile(
    r"(?:(?:^|(?<![.!?\n])\s)(?-i:[A-Z][\w'’.-]*)|\b(?i:in|at|of|from|near|to|around|outside|across|via|into|towards?))\s+$")
# Sport and politics, where fans and the press name a person by surname alone ("Kipchoge's pace", "arguing about
# Osimhen after the match"); a singer, an actor or a speaker by surname alone is read only by the rules of full
# names ("starring Westgård", "Torpy and Salinas wrote that song" are as often a private name in a public frame).
_SPORT_OR_POLITICS = re.compile(
    r"(?i)\b(?:match|goals?|scored|century|innings|wickets?|cricket|football|tennis|wimbledon|f1|grand\s+prix|"
    r"olympics?|marathon|world\s+cup|champions?|championship|league|medals?|batting|bowling|striker|final|fixture|"
    r"penalty|transfer|squad|mp|minister|pm|president|prime\s+minister|government|election|parliament|senator|"
    r"governor)\b|[⚽🏏🏀🏉🎾]"
)


def famous_surname_in_public_work(text: str, start: int, end: int, name: str) -> bool:
    """``name`` is one word, the surname of one or two people of Wikipedia's biographies whose surname no
    language's lists of common surnames hold ("Kipchoge", "Osimhen"), in a sentence about public work or
    life in sport or politics (a match, a marathon, an election), and nothing around it makes them someone the
    writer knows: the press and fans call a public person by surname alone ("Kipchoge's pace in the
    marathon", "arguing about Osimhen after the final"). A surname many people of the lists carry ("Kohli",
    "Smith"), a given name, an everyday word, and a surname with a title ("Sister Mbeki", "Mr Okafor"), the
    writer's own ("my client Minshull") or a family or case ("the Emberton appeal") stay private."""
    word = re.sub(r"['’]s$", "", name)
    if (" " in word or not word[:1].isupper() or not word[1:].islower()
            or _SURNAME_BEARERS.get(word, 0) not in (1, 2) or word in _SHARED_NAME_WORDS
            or lexicon.is_ordinary_word(word.lower()) or lexicon.is_listed_as_name(word)):
        return False
    if _NAME_OR_PLACE_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Dr Alistair Penhallow", "Little Hadham", "half of Seacombe": a longer name's last word, or a place
    left, right = _sentence_window(text, start, end)
    # the public work in the name's sentence, or in the one just before, which sets the topic ("Covered the
    # marathon today. Kipchoge's pace ...")
    topic = _sentence_window(text, max(0, left - 2), max(0, left - 2))[0] if left > 1 else left
    if not (_SPORT_OR_POLITICS.search(text, topic, start) or _SPORT_OR_POLITICS.search(text, end, right)):
        return False
    if _COURTESY_BEFORE.search(text, max(0, start - 8), start) or _OURS_BEFORE.search(text, max(0, start - 40), start):
        return False
    if re.search(rf"(?<![.!?\n]\s)(?<!^)\b[A-Z][\w'’-]*\s+{re.escape(word)}\b", text):
        return False  # "a film directed by Joakim Westgård and starring Westgård": the surname of a full name the post gives
    if _FAMILY_OR_CASE_AFTER.match(text, end):
        return False
    if _KNOWN_BEFORE.search(text, max(0, start - 40), start) or _KNOWN_AFTER.match(text, end):
        return False
    from ...work_talk import served_near  # lazy: work_talk imports this package

    return not served_near(text, start, end)


def famous_thing(name: str) -> bool:
    """``name`` is a well-known landmark, work, organisation or event ("Red Fort", "Magna Carta")."""
    return name in FAMOUS_THINGS


def is_famous_name(text: str, start: int, end: int, name: str) -> bool:
    return famous_thing(name) or famous_person(text, start, end, name) or famous_in_public_work(text, start, end, name)
