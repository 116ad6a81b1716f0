"""A product, a brand, a vehicle, a medicine or a piece of software named where a thing is: "the station gets the
new Scania", "has anyone switched from Compulink to a cloud EHR", "I've got a Fiesta with bald tyres", "clearing
out the Panadol and Voltaren", "thank you for the Gatorade", "upgrading from our old iTero". The world's products
outnumber any list, and the small model takes an unknown capitalised word for a person, a company or a place; the
words around it say it is a thing that is bought, driven, taken or used.

A one- or two-word guess of a name's kind (from capitals and position alone, not from a title, a role or an age)
goes when it stands where a thing does, not where a person does:
- a listed product after "the new", "our old", "a brand-new" ("the new Scania"; an unlisted name there stays:
  "the new Okafor starts Monday" is a colleague);
- after a word of changing or choosing one tool for another ("switched from", "upgrading from our old",
  "migrated to"), of trying or reviewing one ("reviews on", "anyone tried", "anyone using");
- after "a" or "an" with no given name the lists know, ending its phrase ("a Fiesta with bald tyres": one of a
  kind of thing; "a Sarah" is rare and would stay; "a London neobank" goes on to say what it is);
- coordinated with a listed brand, medicine or software written as a name that is no given name ("the Panadol
  and Voltaren"; not "Zara, Ellie-Mae" in a team list, nor "tesla, Hemlock St");
- a listed product written as a name that is no given name, after "shoutout to", "props to", "kudos to" ("shoutout
  to Salesforce for only crashing twice"; "shoutout to Sarah" stays);
- a listed brand, medicine or software after an article or a possessive ("thank you for the Gatorade", "my
  Lipton"), even where it is also a given name ("the Scania").
Never when a person's verb or a surname follows ("the new Sarah said", "a Tunde Bakare"), nor after a title or
a family word, nor when a site or a settlement follows ("the new Countdown build", "a Nunavut hamlet"), nor for a
listed shop that is a place ("the Tesco on High St", "at the Spar").
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.people.word_name import given_name
from .recognizers.support import lexicon
from .sports_teams import _LAW

# (the coordinated name rule's too: it joins a word to a "person" the model found, which may be a listed product
# read as one, "Turnitin and Grammarly", and the word joined to a product is one more product)
_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "sentence subject name rule",
                      "capitalised place rule", "name in context rule", "word name rule", "coordinated name rule"})
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})

# Listed things people buy, take or use by name: a name in these is a product, whatever else it may be.
_PRODUCT_LISTS = ("brands", "software_products", "medicines", "health_medicines_more", "platforms")


def _products() -> frozenset[str]:
    out: set[str] = set()
    for name in _PRODUCT_LISTS:
        out |= {w.lower() for w in vocab.words(name)}
    return frozenset(out)


_PRODUCTS = _products()

# "the new Scania", "our old iTero", "a brand-new Corolla": a new or old one of something is a thing.
_NEW_OR_OLD = re.compile(r"(?i)\b(?:the|a|an|our|my|their|your|his|her)\s+(?:brand[- ]new|new|old|latest|shiny|"
                         r"second-hand|secondhand|used|trusty)\s+$")
# Changing one tool for another or reviewing one: "switched from", "upgrading from our old", "migrated to",
# "reviews on/of/sa", "a review on". Not "moved to" (a place) nor "went to", nor a singular "review of/for" (an
# accountant's "quarterly review for Halvorsen Marine" is of a client).
_TOOL_BEFORE = re.compile(
    r"(?i)\b(?:(?:switched|switching|switch|upgrading|upgraded|upgrade|migrated|migrating|migrate|converted|"
    r"converting|transitioned|transitioning)\s+(?:from|to|over\s+to)|reviews\s+(?:on|of|for|sa)|review\s+(?:on|sa))\s+"
    r"(?:(?:the|our|my|their|an?)\s+)?(?:(?:old|new|current)\s+)?$"
)
_INDEFINITE = re.compile(r"(?i)(?:^|[^\w'’])an?\s+$")
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|my|our|your|their|his|her|some|more|no)\s+$")
# A person's place: a title or a family word before the name.
_PERSON_WORD_BEFORE = re.compile(
    r"(?i)\b(?:mr|mrs|ms|miss|dr|prof|sir|auntie|aunty|uncle|mama|papa|nana|nan|granny|gran|grandma|grandad|"
    r"sister|brother|son|daughter|wife|husband|cousin|colleague|client|patient|student|pupil)\.?\s+$"
)
# A person's verb or a surname after the name: "the new Sarah said", "a Tunde Bakare", "Voltaren, who".
_PERSON_AFTER = re.compile(
    r"(?i)\s+(?:said|says|told|tells|asked|asks|came|comes|went|goes|wants|wanted|thinks|thought|knows|knew|"
    r"called|texted|sent|gave|took|helped|starts|started|joined|joins|cried|laughed|smiled|is\s+(?:my|our|a\s+"
    r"(?:friend|colleague|client|patient|student|pupil))|was\s+(?:my|our)|and\s+i|and\s+me|who|she|he)\b"
    r"|,\s+(?:she|he|who|my|our)\b"
    r"|\s+(?-i:[A-Z][a-z]+)(?!\s+(?-i:[A-Z]))"  # "a Tunde Bakare": a surname after it
)
# "the Tesco on High St", "the Asda in Leeds": a listed shop with a place after it is where someone is ("the
# Gatorade in the fridge" is a thing: "in" counts only before a capitalised place).
_PLACE_AFTER = re.compile(r"(?i)\s+(?:on|at|near|by|off|branch|store|shop|car\s+park|outlet)\b|\s+in\s+(?-i:[A-Z])")


# "the new Countdown build", "a Nunavut hamlet", "a London neobank", "a brand new Kestrel Outdoor flagship": a name
# with a site, a settlement or a business after it is where people are found (or a business's news), not a thing;
# so is one with a word of dealing after it ("landed the Tesla supplier contract": a client, not a car).
_SITE_AFTER = re.compile(
    r"\s+(?:build|site|store|branch|office|offices|plant|factory|depot|warehouse|development|project|estate|ward|"
    r"unit|clinic|hospital|school|campus|building|premises|location|locations|shop|shops|stores|restaurant|hotel|"
    r"bar|pub|cafe|café|flagship|outlet|outlets|showroom|franchise|opening|launch|"
    r"centre|center|hamlet|village|town|city|suburb|community|neobank|bank|startup|firm|company|team|family)\b"
    # a word of dealing, right after or after one lowercase word ("the Tesla supplier contract", "the Guinness
    # distribution deal")
    r"|\s+(?:[a-z]+\s+)?(?:supplier|suppliers|contract|contracts|account|deal|client|clients|customer|partnership|"
    r"tender|bid|pitch|merger|acquisition|buyout|layoffs|redundancies|restructure|audit|lawsuit|case)\b"
)
# A word of a job held there, right after or after one lowercase word ("her Uber resignation letter", "his Google exit
# interview"): someone's employer, which "her" before a brand does not make a thing she owns. The writer's own ("my
# Maybank colleagues") is left to the public rules: a listed brand that employs thousands names no one.
_JOB_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?i:resignation|resigned|offer|interview|interviews|onboarding|induction|payslip|payslips|"
    r"salary|payroll|job|jobs|role|position|internship|placement|secondment|badge|lanyard|colleagues?|manager|boss|"
    r"shift|shifts|rota|redundancy|notice\s+period|leaving\s+do|exit)\b")
_OWN_BEFORE = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w'’-]+\s+)?$")
# "at the Spar", "outside the Tesco": a listed shop after a word of place is where something happened.
_AT_PLACE = re.compile(r"(?i)\b(?:at|in|outside|near|from|behind|by)\s+(?:the|our|my|their|your)\s+$")
# After "a" or "an", a kind of thing ends its phrase: "a Fiesta with bald tyres", "a Babycham and a go";
# "an ECE in Nova Scotia", "a Bata shoebox" go on.
_PHRASE_ENDS = re.compile(r"(?:\s+(?:with|and|or|&|for|from)\b|\s*[^\w\s'’-]|\s*$)")


# "grab a", "ordered an", "fancy a": a thing got or wanted, whose phrase may go on with when or where ("grab a Timmies
# in between sessions"), which "a" alone does not say ("an ECE in Nova Scotia" is someone).
_GOT_ONE_BEFORE = re.compile(r"(?i)\b(?:grab|grabbed|grabbing|get|got|getting|order|ordered|ordering|buy|bought|buying|"
                             r"fancy|fancied|craving|pick\s+up|picked\s+up|picking\s+up)\s+an?\s+$")
_WHEN_OR_WHERE_AFTER = re.compile(r"(?i)\s+(?:in\s+between|between|before|after|during|on\s+the\s+way|today|tomorrow|"
                                  r"tonight|later|now|at\s+(?:lunch|break|the\s+break))\b")


def _listed(name: str) -> bool:
    low = name.lower().removesuffix("'s").removesuffix("’s")
    return low in _PRODUCTS


def _could_be_product(span: Span) -> bool:
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    words = span.text.split()
    return 1 <= len(words) <= 2 and span.text[:1].isalpha()


def _given_name(name: str) -> bool:
    """A word of the name is a given name the dictionary capitalises ("Sarah") or the people lists hold ("Priya")."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in name.split()]
    return any(lexicon.is_listed_as_name(w) or given_name(w) for w in words)


def _product_neighbour(word: str | None) -> bool:
    """A listed product written as a name ("Panadol", not "unreal" or "tesla") that is no given name ("Zara")."""
    return bool(word and word[:1].isupper() and _listed(word) and not given_name(word)
                and not lexicon.is_listed_as_name(word))


def _coordinated_with_product(text: str, span: Span) -> bool:
    """ "the Panadol and Voltaren", "Voltaren or Panadol", "Panadol, Voltaren": a listed product beside it."""
    before = re.search(r"([A-Za-z][\w'’-]*)\s*(?:,|\band\b|\bor\b|&|/)\s*$", text[max(0, span.start - 30) : span.start])
    if before and _product_neighbour(before.group(1)):
        return True
    after = re.match(r"\s*(?:,|\band\b|\bor\b|&|/)\s*([A-Za-z][\w'’-]*)", text[span.end : span.end + 30])
    return bool(after and _product_neighbour(after.group(1)))


def _coordinated_with_a_name(text: str, span: Span) -> bool:
    """ "Turnitin and Grammarly", "Grammarly or Turnitin": another name (a capitalised word no dictionary has as an
    everyday word) joined to it by "and", "or", "&" or "/". Not a comma: "Obviously, Ruby, obviously" calls a person."""
    before = re.search(r"([A-Z][\w'’-]*)\s*(?:\band\b|\bor\b|&|/)\s*$", text[max(0, span.start - 30) : span.start])
    after = re.match(r"\s*(?:\band\b|\bor\b|&|/)\s*([A-Z][\w'’-]*)", text[span.end : span.end + 30])
    return any(m is not None and not lexicon.is_ordinary_word(m.group(1).lower()) and not given_name(m.group(1))
               and not lexicon.is_listed_as_name(m.group(1)) for m in (before, after))


# Clients and deals before the name: "our clients Deloitte and Halvorsen", "we lost Canva and Brightwave".
_DEALT_WITH_BEFORE = re.compile(r"(?i)\b(?:our|client|clients|customer|customers|account|accounts|lost|losing|won|"
                                r"signed|pitched|onboarded|contract|contracts)\b[^.!?\n]{0,30}$")


# The writer's or someone's employer, told before the name: "work for", "work at", "joined", "quit", "resigned from".
_EMPLOYER_BEFORE = re.compile(r"(?i)\b(?:work(?:s|ed|ing)?\s+(?:for|at)|join(?:s|ed|ing)?|quit|resign(?:s|ed)?\s+from)\s+(?:an?\s+|the\s+)?$")


_TITLE_JUST_BEFORE = re.compile(r"\b((?i:dr|mr|mrs|doc)\.?)\s+$")
# Thanked or blamed in the words of a post's shout-out: "shoutout to Salesforce for only crashing twice", "props to
# Canva". A person is thanked the same way ("shoutout to Sarah on nights"), so only a listed product written as a
# name that is no given name and no listed name counts here, and not a client or a deal ("shoutout to our client
# Deloitte": _DEALT_WITH_BEFORE).
_SHOUTOUT_BEFORE = re.compile(r"(?i)\b(?:shout[- ]?outs?|s/o|props|big\s+up|kudos)\s+(?:to\s+)?$")


def is_product(span: Span, text: str) -> bool:
    if not _could_be_product(span):
        return False
    before = text[max(0, span.start - 40) : span.start]
    title = _TITLE_JUST_BEFORE.search(before)
    if title and _listed(f"{title.group(1)} {span.text.strip()}") and not _PERSON_AFTER.match(text, span.end):
        return True  # "£140 on Dr Martens": a brand named with a title (brands.txt), not "Dr Martens said"
    if _PERSON_WORD_BEFORE.search(before) or _PERSON_AFTER.match(text, span.end) or _SITE_AFTER.match(text, span.end):
        return False
    if _JOB_AFTER.match(text, span.end) and not _OWN_BEFORE.search(before):
        return False  # "her Uber resignation letter": her employer
    if _EMPLOYER_BEFORE.search(before):
        return False  # "I work for an Optus", "joined a Tesla": where the writer works, not a thing bought
    listed = _listed(span.text)
    given = _given_name(span.text) and not listed
    if _coordinated_with_product(text, span):
        return not given
    if _product_neighbour(span.text) and _coordinated_with_a_name(text, span) and not _DEALT_WITH_BEFORE.search(before):
        return True  # "Shout out to Turnitin and Grammarly": a listed tool beside another name is a tool among tools
    if _TOOL_BEFORE.search(before):
        return not given
    if _SHOUTOUT_BEFORE.search(before) and _product_neighbour(span.text) and not _DEALT_WITH_BEFORE.search(before):
        return True
    if _NEW_OR_OLD.search(before):
        # only a listed product: "the new Harrowgate unit", "the new Okafor on nights" are a place and a person
        # whose name no list knows, and the hold-outs hold both
        return listed
    if given:
        return False
    if listed and _DETERMINER.search(before):
        return not (_PLACE_AFTER.match(text, span.end) or _AT_PLACE.search(before))
    if _INDEFINITE.search(before) and " " not in span.text.strip():
        if _GOT_ONE_BEFORE.search(before) and _WHEN_OR_WHERE_AFTER.match(text, span.end):
            return True  # "grab a Timmies in between sessions", "ordered a Biscoff before clinic": one of a thing, got
        return _PHRASE_ENDS.match(text, span.end) is not None
    return False


# Two things compared: "Voluson vs Samsung for 3D/4D... which do you prefer?", "Epic versus Cerner". The model
# takes the whole comparison as one name.
_VERSUS = re.compile(r"\s+(?:vs?\.?|versus)\s+")


_SIDE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_SIDE_AFTER = re.compile(rf"\s+(?:vs?\.?|versus)\s+({_SIDE})")
_SIDE_BEFORE = re.compile(rf"({_SIDE})\s+(?:vs?\.?|versus)\s+$")


def _compared_sides(span: Span, text: str) -> list[str] | None:
    """The two sides of "A vs B": the span itself read whole by the model, or one side read by the case caption
    rule with the other beside it."""
    if span.source == "case caption rule" and span.entity_type == "ORGANIZATION":
        after = _SIDE_AFTER.match(text, span.end)
        before = _SIDE_BEFORE.search(text, max(0, span.start - 40), span.start)
        other = after or before
        return [span.text.strip(), other.group(1)] if other is not None else None
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return None
    sides = _VERSUS.split(span.text.strip())
    return sides if len(sides) == 2 else None


def is_product_comparison(span: Span, text: str) -> bool:
    """ "A vs B", one side a listed product, brand or piece of software written as a name and no given name
    ("Samsung"), the other one or two capitalised words no given name either; no word of the law in the post
    ("Okafor v Samsung at the tribunal" is a case)."""
    sides = _compared_sides(span, text)
    if not sides or not all(1 <= len(side.split()) <= 2 and side[:1].isupper() for side in sides):
        return False
    if not any(_product_neighbour(side) for side in sides) or any(_given_name(side) for side in sides):
        return False
    return _LAW.search(text) is None


def outside_products(spans: list[Span], text: str) -> list[Span]:
    if not any(_could_be_product(s) or s.source == "case caption rule" or (" v" in s.text and _VERSUS.search(s.text))
               for s in spans):
        return spans
    return [s for s in spans if not (is_product(s, text) or is_product_comparison(s, text))]
