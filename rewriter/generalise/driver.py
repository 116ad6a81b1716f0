"""The generaliser's driver: each span goes to the handler for its kind, each post-level risk the review
can fix safely is replaced by its general phrase (or dropped), the replacements are stitched into the
text in order, and the result is tidied."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..detect.recognizers.support.kind_evidence import HONORIFIC_AFTER
from ..detect.reshape import prepare_spans
from ..review import Risk
from .. import vocab
from ..spans import Span
from .ages import age_span
from .animals import named_after_kind, named_before_kind, pet_by_slot, pet_span
from .conditions import condition_span
from .contacts import contact_span
from .context import Context, Replacing, name_tokens
from .details import distinctive_span
from .english import DETERMINERS, FUNCTION_WORDS, article_for, capitalised, in_sentence_case, opens_after_emoji, opens_sentence, possessive_after, predicate_at, spaced, tidy, with_article
from .figures import figure_span, money_span
from .fit import described_noun_end, determiner_said_before, fitted, possessed_slot
from .organisations import codename_span, organisation_span
from .people import (answered_name, handle_span, household_span, nickname_slot, person_span, role_acronym_named,
                     someone_span, thing_span)
from .places import NAME_ENDING_AFTER, kind_of_place, place_span
from .references import case_name_span, reference_span
from .names import trimmed, whole_names, with_later_mentions
from .slots import family_in_context, head_before, hospital_part_of, place_as_modifier, staff_ward, town_after_place, unit_after
from .times import date_span
from ..detect.foreign_sentences import everyday_english
from .unread import ENGLISH, KEEP, PLACEHOLDER, placeholder, treatment, unread_clause


@dataclass
class Replacement:
    start: int  # the region of the original text replaced (may be wider than the span)
    end: int
    text: str
    span: Span | None  # what was replaced: a detected span, or
    risk: Risk | None = None  # a phrase the review found, with the general words it gave


@dataclass
class Generalised:
    text: str
    replacements: list[Replacement] = field(default_factory=list)


def other_span(ctx: Context, span: Span) -> Replacing:
    return ctx.article_phrase(span, span.suggestion or "something more general")


# The handler for each family of kinds (kinds.py says which family an entity type belongs to).
# The last words of a sports club's name (rewriter/data/club_name_endings.txt): "Kahuwera Rovers", "Ballyfin GAA".
_CLUB_NAME = re.compile(rf"(?i)\s(?:{vocab.alternation('club_name_endings')})$")

# A floor someone lives on (detect/recognizers/places/home_floor.py): "14th floor", "23/F".
_HOME_FLOOR = re.compile(r"(?i)\d{1,3}(?:st|nd|rd|th)\s+(?:floor|storey|story)|\d{1,2}/F")

HANDLERS: dict[str, Callable[[Context, Span], Replacing]] = {
    "person": person_span,
    "someone": someone_span,
    "household": household_span,  # "the Hendersons'": a family the words around a name show
    "thing": thing_span,  # "a red Corsa": a make the words around a name show
    "condition": condition_span,  # "with MND": a health condition the model took for a name
    "handle": handle_span,
    "age": age_span,
    "place": place_span,
    "organisation": organisation_span,
    "time": date_span,
    "money": money_span,
    "figure": figure_span,
    "codename": codename_span,
    "reference": reference_span,
    "contact": contact_span,
    "distinctive": distinctive_span,
    "case": case_name_span,
    "kept": lambda ctx, span: (span.start, span.end, span.text),  # a match's sides, two brands compared: public, as written
    "other": other_span,
}

# The rest of a hashtag after a span inside it ("#Team" + "Oakfield2024"), and what may follow a
# closing block of tags: more tags, mentions, emoji, punctuation.
_HASHTAG_TAIL = re.compile(r"\w*")
_ONLY_TAGS = re.compile(r"(?:\s*(?:[#@]\w+|[^\w\s#@]+))*\s*")


def generalise(text: str, spans: list[Span], role: str = "other", risks: Sequence[Risk] = (),
               unread: bool = False, treated: Mapping[Span, str] | None = None) -> Generalised:
    """Replace every span in ``text`` by a general phrase for ``role``, and every risk the review gave a
    rewrite for by that rewrite ("" drops the phrase); the rest of the text is kept. ``unread``: the review read
    the post as written mostly in another language or script (unread_text); a span in a clause of it that is not
    English gets a placeholder or stays as typed (generalise/unread.py), and a risk's rewrite there is not made.
    ``treated``: unread.treatment(text, span, unread) of spans the caller has already asked it of (unread.treatments),
    so it is not worked out twice; any other span's is worked out here."""
    treated = treated or {}
    fixable = [risk for risk in risks if risk.rewrite is not None]
    if unread:
        # a risk's general words are English: in a clause of another language its phrase stays, and the spans in it
        # are not swallowed by it (a phrase dropped is dropped in any language)
        fixable = [risk for risk in fixable if risk.rewrite == "" or not unread_clause(text, risk.start, risk.end, True)]
    if not spans and not fixable:
        return Generalised(text, [])
    ctx = Context.for_role(text, role)
    prepared, regions = _risk_regions(with_later_mentions(text, whole_names(text, prepare_spans(text, spans))), fixable, text)
    ctx.spans = tuple(prepared)
    pieces: list[str] = []
    replacements: list[Replacement] = []
    capital_owed = False  # a sentence's opening words were dropped: the next word takes the capital
    address_ends = _addresses_after_people(text, prepared)
    others: list[tuple[set[str], str]] = []  # the names said "someone else" so far, by their words, and how said
    for item in sorted([*prepared, *regions], key=lambda item: (item.start, item.end)):
        if item.start < ctx.cursor:  # already swallowed by a wider replacement
            continue
        is_risk = isinstance(item, Risk)
        how = ENGLISH if is_risk else treated[item] if item in treated else treatment(text, item, unread)
        if how == KEEP:
            continue  # a guess on a word of another language stays as typed (marked again by the re-check)
        handled = None  # the handler's (start, end, new) for the span, when already asked below
        if how == PLACEHOLDER and item.kind.family in ("age", "figure"):
            handled = _span_replacement(ctx, item)
            if _says_no_new_words(ctx, item, handled):
                # "tiene 87 años" -> "tiene 80+ años", "on annonce 22 mises à pied" -> "on annonce des mises à pied":
                # the handler's words are the language's own
                how = ENGLISH
        if how == PLACEHOLDER:
            # no English words in a clause of another language: a span with evidence becomes a placeholder (a risk's
            # English rewording there was never made, above; a phrase it drops is dropped as in any post)
            start, end, new = placeholder(text, item, item.kind.family)
            between = text[ctx.cursor:start]
            pieces.append(capitalised(between) if capital_owed and between.strip() else between)
            pieces.append(new)
            replacements.append(Replacement(start, end, new, item))
            ctx.cursor, capital_owed = end, False
            continue
        start, end, new = ((item.start, item.end, _risk_rewrite(text, item)) if is_risk
                           else handled if handled is not None else _span_replacement(ctx, item))
        start, end = _bracket_whole(text, start, end, ctx.cursor)
        if not is_risk:
            start, new = _article_before_adjective(ctx, item, start, end, new)
        if not is_risk and new.strip():
            start, end, new = _bracket_of_general_words(ctx, item, start, end, new)
        if not is_risk and id(item) in address_ends and end == item.end and new.strip() and not new.endswith("'s"):
            # "under Mrs E. Thistlewood, Flat 4, 22 Canal Street" -> "under a customer's address"
            end, new = address_ends[id(item)], new + "'s address"
        opening = opens_sentence(text, start)
        between = text[ctx.cursor:start]
        if not new.strip() and _CLAUSE_ENDS.match(text, end):
            so_far = "".join(pieces) + between
            stranded = _PREPOSITION_THE.search(so_far)
            if stranded:  # "on the N2 that's all over socials," all gone -> never "on the,"
                pieces, between = [so_far[:stranded.start()]], ""
        if not is_risk and not opening and _possessed_name_after(replacements, item, start, new, between):
            # "Table 9 at Bella's Trattoria" as two names -> "at an organisation", never "at an
            # organisation's the area": the name after a replaced possessive is the same place
            pieces[-1] = re.sub(r"['’]s(\s*)$", r"\1", pieces[-1])
            replacements[-1].text = pieces[-1]
            new = ""
        if not is_risk and not opening and _runs_on(replacements, item, start, new, between, text):
            # "Constable Aoife McCready" as two names -> "the officer", never "the officer someone else"; "at
            # SMK Taman Seri Indah" -> "at a school", never "at a school another student": one phrase
            new = ""
            if not re.match(r"[\w'’]", text[end:end + 1]):
                between = ""  # the space goes with the phrase, unless a word follows ("a place the nan")
        apposed = None if is_risk or opening else _in_apposition(replacements, item, start, end, new, between, text)
        if apposed is not None:
            # one person becoming two: "Our only Year 6 boy, little Tai, lost his house" -> "A young child lost his
            # house", never "A young child, someone, lost": the name in commas only named who was just described
            between, end, new = "", apposed, ""
        aliased = None if is_risk or opening else _bracketed_alias(replacements, item, start, end, between, text)
        if aliased is not None:
            # one person named twice: "our best patient Shazza (Sharon Pettigrew)", "Nanna Dot (Dorothy Kell)" -> "our best
            # patient", "the nanna", never "the nanna (someone else)": the bracket only gave the full name of who was just said
            between, end, new = "", aliased, ""
        if (not new and text[end:end + 1].isalnum() and (start > 0 and text[start - 1].isspace() or text[start:start + 1].isspace()
                or text[end - 1:end].isspace()) and ("".join(pieces[-1:]) + between)[-1:].isalnum()):
            new = " "  # "Case J.M. (DOB 03/07/2015) moved" -> "A family member moved", never "membermoved"
        foreign = _FOREIGN_ARTICLE.search(between) if not is_risk and _ENGLISH_ARTICLE.match(new) else None
        if foreign:
            # "Ay no, la señora Guadalupe came in" -> "Ay no, the lady came in", never "la the lady": a Spanish, French or
            # Italian article before a title that went with the name; the English phrase brings its own
            between = between[:foreign.start()]
            if foreign.group(0)[:1].isupper():
                new = capitalised(new)
        if not is_risk and not opening:
            new = determiner_said_before(ctx, "".join(pieces) + between, new)
            said_someone = _SOMEONE_SAID.fullmatch(new.strip())
            owner = _OWNER_RIGHT_BEFORE.search(between) if said_someone else None
            if owner and (said_someone.group(2) or owner.group(1).lower() in ("our", "wor", "wir", "oor")):
                # "our Mrs P's dog" said as "someone's": "someone's dog", never "our someone's dog"; and the North's
                # "our" before a name ("Here's wor Ellie-Mae"), which owns no one once the name is "someone". Not
                # "his" or "my" before a bare "someone": there the name was most often a thing ("ate his
                # Whataburger", "with his Purple Heart"), and "ate someone else" says worse than it did
                between = between[:owner.start()]
                if owner.group(1)[0].isupper():
                    new = capitalised(new)
        if not is_risk:
            new = _third_person_said(others, item, new, "".join(pieces) + between)
        if capital_owed and not between.strip():
            new = capitalised(new)
        elif capital_owed:
            between = capitalised(between)
        new = in_sentence_case(text, start, new)
        new = _full_stop_kept(text, start, end, new)
        if _shouted(text, start, end):
            new = new.upper()  # "SHOUTOUT TO SARAH JENKINS ON WARD 7" -> "SHOUTOUT TO SOMEONE ON A HOSPITAL WARD"
        # a capital the writer gave after an emoji is owed too: "🎉 Hope, the field is lucky to have you" -> "🎉 The field ..."
        capital_owed = (opening or opens_after_emoji(text, start) or capital_owed and not between.strip()) and not new
        pieces.append(between)
        pieces.append(new)
        replacements.append(Replacement(start, end, new, None, item) if is_risk else Replacement(start, end, new, item))
        ctx.cursor = end
    pieces.append(capitalised(text[ctx.cursor:]) if capital_owed else text[ctx.cursor:])
    out = "".join(pieces)
    out = tidy(out, text) if replacements else out
    if _HAS_WORD.search(text) and not _HAS_WORD.search(out):
        return _in_place(text, prepared)
    return Generalised(out, replacements)


_HAS_WORD = re.compile(r"[^\W\d_]{2}")



def _in_place(text: str, spans: Sequence[Span]) -> Generalised:
    """Each span's suggestion where it stood, nothing else touched: the last resort when the rules, each dropping a
    clause they could not fit, would leave a post with no words at all. A blank offered as the rewrite loses what the
    writer meant to say; a plain general phrase in place keeps it, and is checked again like any rewrite."""
    pieces, replacements, cursor = [], [], 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor:
            continue
        new = in_sentence_case(text, span.start, span.suggestion or "something more general")
        pieces += [text[cursor:span.start], new]
        replacements.append(Replacement(span.start, span.end, new, span))
        cursor = span.end
    pieces.append(text[cursor:])
    return Generalised("".join(pieces), replacements)


_SOMEONE_ELSE = re.compile(r"(?i)\bsomeone else(?=['’]s\b|\b)")
_BARE_SOMEONE = re.compile(r"(?i)\bsomeone\b(?![ \t]+else\b)")
_SOMEONE_ELSE_SAID = re.compile(r"(?i)\bsomeone else\b")


def _third_person_said(others: list[tuple[set[str], str]], span: Span, new: str, written: str) -> str:
    """``new`` for ``span``, with its "someone else" said as the reader counts the people in ``written`` (the
    rewrite so far). "Else" points back to a "someone" the reader has met: where none stands before it (the first
    name became "our resident", "the lady" or went with its clause: "Reight, who's gonna tell ... Mrs Haigh's been
    ringin us" read "Someone else's been ringin us"), the name is the first "someone". Where "someone else" already
    stood for a different name it is "another person" ("the funeral costs for Jimmy. Cheers to Dave at ..." ->
    "... for someone else. Cheers to another person at", never two different "someone else"s, session 40's judges).
    The same name again is said as it was the first time."""
    said = _SOMEONE_ELSE.search(new)
    if said is None:
        return new  # (whatever the span's kind: "the manager at La Perla Cantina who docked him" -> "at someone")
    tokens = name_tokens(span.text)
    earlier = next((word for seen, word in others if tokens & seen), None)
    if earlier is not None:
        word = earlier
    elif not _BARE_SOMEONE.search(written):
        word = "someone"
    elif not _SOMEONE_ELSE_SAID.search(written):
        word = "someone else"
    else:
        word = "another person"
    others.append((tokens, word))
    if said.group(0)[0].isupper():
        word = word[0].upper() + word[1:]
    return new[:said.start()] + word + new[said.end():]


# A describing word the writer put right before a name ("Here's wee Morag (4)", "with poor old Bernard"): a
# determiner before the word says who ("our wee Tomasz"), and without one, the article of the general words
# must stand before it, never after ("Here's wee a child" is the class; "Here's a wee child" the fix).
_ADJECTIVES_BEFORE = re.compile(r"(?<![\w'’-])((?:(?:" + vocab.alternation("name_adjectives") + r")[ \t]+)+)$", re.IGNORECASE)
_ARTICLE_OPENING = re.compile(r"(?i)(a|an|the|another)[ \t]+(?=[a-z])")
# A possessive right before a replaced name, with nothing between (other Englishes' too: "wor", "wir", "oor").
_OWNER_RIGHT_BEFORE = re.compile(r"(?i)(?<![\w'’])(my|our|your|their|his|wor|wir|oor|yer)[ \t]+$")
# The general words for a person that take no article: "someone", "someone else's", "another person".
_SOMEONE_SAID = re.compile(r"(?i)(someone else|someone|another person)(['’]s)?")
# "Here's", "that's", "she's": an "is" after a word, never a possessive that determines what follows.
# The word after a dropped name, when it is a verb or a word of grammar: "wee [Hemi] turned 5", "wee [Jago] didn't".
_SUBJECTS_VERB = re.compile(r"(?:(?<=\s)[ \t]*|[ \t]+)([a-z][\w'’]*)")
_PAST_FORMS = vocab.words("common_past_forms") | vocab.words("irregular_past_forms")
_IS_SAID = re.compile(r"(?i)(?:here|there|it|that|this|he|she|who|what|where|how|let)['’]s")


def _article_before_adjective(ctx: Context, span: Span, start: int, end: int, new: str) -> tuple[int, str]:
    """(start, new) with the article of a person's general words moved before the describing words the name
    had: "wee [Morag (4)]" -> "a wee child"; unchanged when a determiner stands before those words ("our
    wee") or the words are no article's ("someone")."""
    if span.kind.family not in ("person", "someone", "age"):
        return start, new
    article = _ARTICLE_OPENING.match(new)
    described = _ADJECTIVES_BEFORE.search(ctx.text, ctx.cursor, start)
    someone = _SOMEONE_SAID.fullmatch(new.strip())
    if not described or not (article or someone) and new.strip():
        return start, new
    before = re.search(r"([\w'’]+)[ \t]*$", ctx.text[ctx.cursor:described.start()])
    if before and before.group(1).lower() == "an" and article_for(described.group(1)) == "a":
        before = None  # "an little [Hope]": other Englishes' "and" before a consonant, never the article
    if before and (before.group(1).lower() in DETERMINERS or before.group(1).lower() in ("a", "an", "the", "another", "one")
                   or re.search(r"['’]s$", before.group(1)) and not _IS_SAID.fullmatch(before.group(1))):
        # "our wee [Tomasz]": the determiner is the phrase's already; a name dropped after it leaves the
        # describing word without its noun ("Our wee had a milestone birthday"): "one" stands for the name
        if not new.strip() and _SUBJECTS_VERB.match(ctx.text, end) and (
                _SUBJECTS_VERB.match(ctx.text, end).group(1).lower() in FUNCTION_WORDS | _PAST_FORMS
                or _SUBJECTS_VERB.match(ctx.text, end).group(1).lower().endswith(("ed", "n't"))):
            # (only where the name was the one doing the verb: "the lovely [Nowak] family" keeps its noun)
            return start, "one" + (" " if ctx.text[end:end + 1] not in " \t" else "")
        return start, new
    words = " ".join(described.group(1).lower().split())
    if not article and someone:
        # "an little [Hope] in Y1" as a second person: "another little one", never "little someone else": the
        # describing words need a noun, and "one" stands for the child or resident they described
        first = "another" if someone.group(1).lower() in ("someone else", "another person") else article_for(words)
        phrase = f"{first} {words} one{someone.group(2) or ''}"
        return described.start(), capitalised(phrase) if described.group(1)[0].isupper() else phrase
    if not article:
        return start, new
    rest = new[article.end():]
    first = article.group(1)
    phrase = (with_article("a " + words + " " + rest) if first.lower() in ("a", "an") else first.lower() + " " + words + " " + rest)
    if first[0].isupper():
        phrase = phrase[0].upper() + phrase[1:]
    return described.start(), phrase


# A bracket that held only a place's or a firm's name: "Patient on Aisling Ward (room 12) absconded" with the room
# said as "a room" left "on the ward (a room) absconded" (session 40's judges: "dangling '(a room)'"). An aside
# that held only the name says nothing once the name is general words: it goes whole, with the space before it.
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*$")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def _bracket_of_general_words(ctx: Context, span: Span, start: int, end: int, new: str) -> tuple[int, int, str]:
    """(start, end, new) widened over the brackets round it, with nothing said, when the region filled them."""
    if span.kind.family not in ("place", "organisation"):
        return start, end, new
    opened = _BRACKET_OPENS.search(ctx.text, ctx.cursor, start)
    closed = _BRACKET_CLOSES.match(ctx.text, end)
    if not opened or not closed:
        return start, end, new
    before = ctx.text[:opened.start()].rstrip()
    if not before or before[-1] in ".!?\n":
        return start, end, new  # "(Room 4) was ..." opens its sentence: the words stand for the subject
    return opened.start(), closed.end(), ""


_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.!?,;:)]|$)")
# The rest of a bracket a replaced region opened, on its line: "Pic below (with permission!!)".
_BRACKET_REST = re.compile(r"[^()\n]{0,80}\)")
_BRACKET_OPENING = re.compile(r"\([^()\n]{0,80}$")


def _bracket_whole(text: str, start: int, end: int, cursor: int) -> tuple[int, int]:
    """A region that opens a bracket without closing it, or closes one it did not open, takes the rest of the
    bracket along: a dropped "Pic below (with permission!!" never leaves "pet.)", and "the Beacons (Bannau
    Brycheiniog" read as one name never leaves "now, I know I KNOW)" hanging. An aside cut in two reads as
    nonsense; gone whole, the sentence around it stands."""
    region = text[start:end]
    opened = region.count("(") - region.count(")")
    if opened > 0:
        rest = _BRACKET_REST.match(text, end)
        if rest:
            end = rest.end()
    elif opened < 0:
        head = _BRACKET_OPENING.search(text, cursor, start)
        if head:
            start = head.start()
    return start, end


# A word whose full stop is its own, not a sentence's: "Mr. Okafor", "St. Brendan's", "Sta. Cruz".
_ABBREVIATED = frozenset("mr mrs ms mx dr st sta sto mt fr sr jr prof rev gen capt sgt lt col no nos vs etc approx".split())
# Words that open a sentence, never a name: after "St." they say the sentence ended there.
_OPENS_A_SENTENCE = frozenset("no yes i we he she it they you the this that but and so then now honestly anyway".split())
_SENTENCE_AFTER = re.compile(r"[ \t]+[A-Z0-9]")  # "closing in Feb. 60 staff": a count may open one


def _full_stop_kept(text: str, start: int, end: int, new: str) -> str:
    """A region that ended its sentence with a full stop ("closing in Feb. 60 staff") keeps it: "closing soon.
    Dozens of staff", never "closing soon Dozens of staff". A title's own stop ("Mr. Okafor") is no
    sentence's end."""
    region = text[start:end].rstrip()
    said = new.rstrip()
    if not said or not region.endswith(".") or region.endswith("..") or said[-1] in ".!?…":
        return new
    if not _SENTENCE_AFTER.match(text, end):
        return new
    last = re.search(r"([\w'’]+)\.$", region)
    if not last or len(last.group(1)) == 1:
        return new  # "J. Smith": the stop is the initial's
    if last.group(1).lower() in _ABBREVIATED:
        after = re.match(r"[ \t]+([A-Za-z]+)\b", text[end:])
        if not after or after.group(1).lower() not in _OPENS_A_SENTENCE:
            return new  # "Mr. Okafor", "St. Brendan's": the stop is the word's
        # "lives on Marlowe St. No, mate": a street's stop that also ends the sentence
    return said + "." + new[len(said):]


_PREPOSITION_THE = re.compile(r"(?i)[ \t]+(?:on|at|in|near|off|by|along|from|into|onto|to)[ \t]+(?:the|a|an)[ \t]*$")
_NAMED_FAMILIES = ("person", "someone", "place", "organisation")


_TITLE_HEAD = re.compile(r"(?i)(?:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+")


def _runs_on(replacements: list[Replacement], item: Span, start: int, new: str, between: str, text: str) -> bool:
    """Does the replacement for ``item`` follow the last one with only spaces between, both a name's general
    words? Two general phrases side by side say one thing twice and read as nonsense."""
    if not replacements or not new.strip() or between.strip() or "\n" in between:
        return False
    if start != item.start and not (start < item.start and _TITLE_HEAD.fullmatch(text, start, item.start)):
        return False  # "AP [Mr. Donnelly]": a title the handler took along is still the name's
    last, at, i = replacements[-1], start - len(between), len(replacements) - 1
    while not last.text and last.span is not None and last.end == at and i > 0:
        # a phrase dropped between the two ("Baby Aaliyah[ from NICU] bed 4") leaves them side by side all the same
        before = replacements[i - 1]
        if not re.fullmatch(r"[ \t]*", text[before.end:last.start]):
            break
        at, last, i = before.end, before, i - 1
    if last.span is None or not last.text.strip() or last.end != at or last.text.endswith(("'s", "’s")):
        return False
    said_who = last.span.kind.family == "age" and item.kind.family in _NAMED_FAMILIES and re.search(
        r"(?i)\b(?:child|kid|teenager|baby|toddler|pupils?|students?|learner|adult|patient|client|resident|man|woman|boy|girl)$",
        last.text.strip())  # "my 3rd grader Marcus" -> "my young child", never "my young child a student"
    if not said_who and (last.span.kind.family not in _NAMED_FAMILIES or item.kind.family not in _NAMED_FAMILIES):
        return False
    if any("ADDRESS" in s.entity_type or re.search(r"\d", s.text) and s.entity_type != "FACILITY" for s in ((item,) if said_who else (last.span, item))):
        return False  # an address after a name is its own phrase ("a customer's address" is said elsewhere)
    return not re.match(r"(?i)\s*(?:at|in|on|from|of|to|with|for|by|near|and|or)\b", new)


# Who a person's general words said, so that a name after them in commas is the same person: a role, an age's
# noun ("a young child"), "someone".
_PERSON_SAID = re.compile(
    r"(?i)\b(?:someone|child|kid|teenager|baby|toddler|pupils?|students?|learner|adult|patient|client|resident|man|woman|boy|girl|"
    r"colleague|customer|doctor|nurse|lady|gentleman|teacher|parent|mum|dad|worker|member)$")
# After the name in commas, the clause goes on: a lower-case word that is not a list's "and" or "or".
_APPOSITION_CLOSES = re.compile(r"[ \t]*,(?=[ \t]+(?!(?:and|or|n|but|then|so)\b)[a-z])")


def _in_apposition(replacements: list[Replacement], item: Span, start: int, end: int, new: str, between: str, text: str) -> int | None:
    """Where the region of a person's name ends, past its closing comma, when the name stands in commas right after
    general words that said a person ("A young child, [little Tai], lost"); None otherwise."""
    if not replacements or not new.strip() or not re.fullmatch(r"[ \t]*,[ \t]*", between):
        return None
    if item.kind.family not in ("person", "someone") and not _PERSON_SAID.search(new.strip()):
        return None
    last = replacements[-1]
    if last.span is None or last.end != start - len(between) or not last.text.strip() or last.text.endswith(("'s", "’s")):
        return None
    if last.span.kind.family not in ("person", "someone", "age") or not _PERSON_SAID.search(last.text.strip()):
        return None
    if re.search(r"\d", item.text) or "ADDRESS" in item.entity_type:
        return None
    closes = _APPOSITION_CLOSES.match(text, end)
    return closes.end() if closes else None


# An article of Spanish, French or Italian right before a replacement ("la señora [X]", "el señor [X]", "le docteur [X]")
# and an English article opening the replacement.
_FOREIGN_ARTICLE = re.compile(r"(?<![\w'’-])(?:la|el|le|il|lo|los|las|les)[ \t]+$", re.IGNORECASE)
_ENGLISH_ARTICLE = re.compile(r"(?i)(?:the|a|an)[ \t]+\w")


def _bracketed_alias(replacements: list[Replacement], item: Span, start: int, end: int, between: str, text: str) -> int | None:
    """Where the bracket closes, when a person's name stands alone in brackets right after a replaced person's name
    ("Shazza (Sharon Pettigrew)", "Nanna Dot (Dorothy Kell)"): the same person's other name; None otherwise."""
    if item.kind.family != "person" or item.entity_type != "PERSON" or not re.fullmatch(r"[ \t]*\([ \t]*", between):
        return None
    last = replacements[-1] if replacements else None
    if last is None or last.span is None or last.end != start - len(between) or not last.text.strip():
        return None
    if last.span.kind.family != "person" or last.span.entity_type != "PERSON" or last.text.endswith(("'s", "’s")):
        return None
    closes = re.match(r"[ \t]*\)", text[end:])
    return end + closes.end() if closes else None


def _possessed_name_after(replacements: list[Replacement], item: Span, start: int, new: str, between: str) -> bool:
    """Does a place's or a firm's name follow a replaced possessive name with only a space between ("Bella's
    Trattoria", "Nando's Cardiff" found as two names)? The two are one name: one phrase, without the "'s"."""
    if not replacements or not new.strip() or between.strip() or "\n" in between or start != item.start or not between:
        return False
    last = replacements[-1]
    if last.span is None or last.end != start - len(between) or not re.search(r"['’]s\s*$", last.text):
        return False
    return item.kind.family in ("place", "organisation") and last.span.kind.family in ("place", "organisation", "person", "someone") \
        and not re.match(r"(?i)\s*(?:at|in|on|from|of|to|with|for|by|near|and|or)\b", new)


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]*[A-Z]\b")


def _shouted(text: str, start: int, end: int) -> bool:
    """Is the region written in capitals inside a stretch of capitals ("MR PATEL WAS LOVELY", not "the NHS")?"""
    region = text[start:end]
    if not any(c.isalpha() for c in region) or region.upper() != region:
        return False
    words = _CAPS_WORD.findall(region)
    before = re.search(r"([A-Za-z'’]+)[^A-Za-z\n]{0,3}$", text[max(0, start - 30):start])
    after = re.match(r"[^A-Za-z\n]{0,3}([A-Za-z'’]+)", text[end:end + 30])
    caps_beside = [m.group(1) for m in (before, after) if m and len(m.group(1)) >= 2 and m.group(1).isupper()]
    if not (len(words) + len(caps_beside) >= 3 or (len(words) >= 1 and len(caps_beside) >= 1 and len(region) > 4)):
        return False
    # An acronym beside an acronym is no shout when the words around are in lower case: "AIIMS OPD line at
    # 6am is" -> "An organisation OPD line", never "AN ORGANISATION OPD line"; a shout is mostly capitals
    line_before = text[max(0, start - 40):start].rsplit("\n", 1)[-1]
    line_after = text[end:end + 40].split("\n", 1)[0]
    before_words = re.findall(r"[A-Za-z'’]{2,}", line_before)[-3:]
    after_words = re.findall(r"[A-Za-z'’]{2,}", line_after)[:3]
    # a stretch of capitals on either side carries on into the region ("written NURSE ANITA IS THE BEST")
    return any(len(side) >= 2 and all(w.isupper() for w in side) for side in (before_words, after_words))


def in_context(text: str, spans: list[Span], role: str = "other") -> list[Replacement | None]:
    """For each of ``spans``, what the rewrite puts there, read in context (the region it replaces and the
    words: "my colleague Sinead" -> "my colleague", not the kind's default "a patient"); None for a span the
    rewrite leaves to a wider one it cannot point to. The app shows these as the suggestions and applies
    one span with them."""
    replacements = [r for r in generalise(text, spans, role).replacements if r.span is not None]
    return [next((r for r in replacements if r.start <= s.start and s.end <= r.end), None) for s in spans]


def suggested_in_context(text: str, spans: list[Span], role: str = "other") -> list[Span]:
    """The spans with, as their suggestion, what the rewrite puts there in this sentence ("my colleague
    Sinead": "my colleague", not the kind's "a patient"): what the app's list and ``rewriter check`` show."""
    out = []
    for span, region in zip(spans, in_context(text, spans, role)):
        if region is not None:
            words = text[region.start : region.end]
            said = region.text.strip() or "(left out)"
            wider = words.strip() != span.text
            span = replace(span, suggestion=f"“{words.strip()}” → “{said}”" if wider else said)
        out.append(span)
    return out


def _says_no_new_words(ctx: Context, span: Span, handled: Replacing) -> bool:
    """Does the handler's rewrite of ``span`` (``handled``: its (start, end, new), from _span_replacement) bring no
    English word the draft did not have there? An age in another language's words is generalised in them ("87 años"
    -> "80+ años", "aos 87" dropped with its "at"), which reads better in that sentence than a placeholder; an English
    phrase ("in her eighties") would not."""
    start, end, new = handled
    if not new.strip() and not ctx.text[start:span.start].strip():
        return False  # a bare drop of the age alone leaves its sentence short of a word; its "at" going with it does not
    had = {w.casefold() for w in re.findall(r"[^\W\d_]+", ctx.text[min(start, span.start):max(end, span.end)])}
    # a word of the sentence's own language the handler chose ("des") is no English word either
    return all(w.casefold() in had or not everyday_english(w.casefold()) for w in re.findall(r"[^\W\d_]+", new))


def _span_replacement(ctx: Context, span: Span) -> Replacing:
    """(start, end, new) for ``span``: its handler's region, never narrower than the span, widened to the
    hashtag it is part of, and never glued to the words either side."""
    span = trimmed(ctx.text, span)
    family = family_in_context(ctx, span)
    if family == "kept":
        return span.start, span.end, span.text
    street = _STREET_TAIL.match(ctx.text, span.end) if family in ("place", "organisation") else None
    if street and not any(s.start == street.start(1) for s in ctx.spans):
        # "on Gympie[ Rd]", "Clonbur[ Rd] pharmacy": the street's word left outside the name is the name's, never
        # "on the area Rd"
        span = replace(span, end=street.end(), text=ctx.text[span.start:street.end()])
        family = "place"
    thanked = _thanked_in_a_list(ctx, span) if family in _NAMED_FAMILIES else None
    if thanked is not None:
        return thanked
    nicknamed = nickname_slot(ctx, span) if family in ("person", "someone", "organisation", "thing") else None
    if nicknamed is not None:
        # "we all call him 'the walrus'" -> "we all call him by a nickname": the words that give a nickname stay
        return nicknamed[0], nicknamed[1], spaced(ctx.text, nicknamed[0], nicknamed[1], nicknamed[2])
    if family in _NAMED_FAMILIES or family == "thing":
        # "the laziest Labrador", "Max the Labrador had": a kind of pet taken for a name is said as the animal
        animal = pet_span(ctx, span) or (
            (named_before_kind(ctx, span) or named_after_kind(ctx, span) or pet_by_slot(ctx, span))
            if family in ("person", "someone") or " " not in span.text.strip() else None)
        # (a one-word pet's name the model called a place or a firm, "put down Biscuit, the Hendersons' lab", too)
        said = ctx.animals.get(span.text.strip().lower()) if animal is None and family != "thing" else None
        if said is not None:  # "Bella's TPLO recovery" after "Bella's owner" -> "The patient's TPLO recovery"
            poss = possessive_after(ctx.text, span.end)
            animal = (span.start, span.end + poss, in_sentence_case(ctx.text, span.start, said) + ("'s" if poss else ""))
        if animal is not None:
            phrase = re.sub(r"(?i)^(?:a|an)\s+", "the ", re.sub(r"['’]s$", "", animal[2]))
            if animal[0] == span.start and re.fullmatch(r"(?i)the\s+[a-z]+", phrase):
                ctx.animals.setdefault(span.text.strip().lower(), phrase.lower())
            return animal[0], animal[1], spaced(ctx.text, animal[0], animal[1], animal[2])
    town = town_after_place(ctx, span) if family == "place" else None
    if town is not None and town >= ctx.cursor:
        return town, span.end, ""  # "at St. Ursula's Secondary, Couva who" -> "at a local school who": the school's town goes
    titled = role_acronym_named(ctx, span) if family in ("person", "organisation", "place") else None
    if titled is not None:
        return titled[0], titled[1], spaced(ctx.text, titled[0], titled[1], titled[2])
    owned_place = _possessed_place(ctx, span) if family in _NAMED_FAMILIES else None
    if owned_place is not None:
        return owned_place[0], owned_place[1], spaced(ctx.text, owned_place[0], owned_place[1], owned_place[2])
    answered = answered_name(ctx, span) if family in ("organisation", "place") and " " not in span.text.strip() else None
    if answered is not None:  # "Absolutely not Dermot." with the name taken for a place: said to him all the same
        return answered
    club = _CLUB_NAME.search(span.text.strip()) if family in ("person", "organisation", "place", "someone") else None
    if club is not None and re.match(r"(?i)(?!the\s)\S+\s", span.text.strip()) and not possessive_after(ctx.text, span.end):
        # ("The Rovers beat us 3-0" is a side by its sport word alone, said as "the team" below)
        # "Rich from Kahuwera Rovers did his ACL" -> "Rich from a local club": a name ending as a sports club's is a
        # club, whatever kind the model took it for (never "from someone"); a small one names its community
        club_start, club_end, club_new = ctx.article_phrase(span, "a local club")
        return club_start, club_end, spaced(ctx.text, club_start, club_end, club_new)
    if _HOME_FLOOR.fullmatch(span.text.strip()):
        # "The resident from the 14th floor who dialled 999" -> "from an upper floor who", never "from someone who":
        # a floor is said as a floor wherever the person slot after it would read it as one of them
        floor_start, floor_end, floor_new = ctx.article_phrase(span, "an upper floor")
        return floor_start, floor_end, spaced(ctx.text, floor_start, floor_end, floor_new)
    named_part = None
    if family in ("person", "organisation", "place"):
        named_part = unit_after(ctx, span, family) or hospital_part_of(ctx, span) or (
            (head_before(ctx, span) or staff_ward(ctx, span) or place_as_modifier(ctx, span)) if family == "place" else None)
    start, end, new = named_part if named_part is not None else HANDLERS[family](ctx, span)
    if named_part is None:
        start, end, new = fitted(ctx, span, family, start, end, new)
    else:
        start, end, new = possessed_slot(ctx, span, family, start, end, new)
    counted = _COUNT_BEFORE.search(ctx.text, ctx.cursor, start) if family in _PLURAL_OF else None
    if counted and _PLURAL_NAME.search(span.text) and end == span.end and _ONE_OF_THEM.fullmatch(new.strip()):
        # "I counted 11 Harry Potters, 6 Elsas" -> "11 people, 6 organisations", never "11 someone"
        new = _PLURAL_OF[family]
    if family == "money":
        glued = _CURRENCY_LETTERS.search(ctx.text, ctx.cursor, min(start, span.start))
        if glued:
            start = glued.start()  # "HK$38m" read as "$38m": the letters go too, never "HK a significant sum"
    if family in ("person", "someone") and end == span.end and new.strip() and not new.endswith(("'s", "’s")):
        honorific = HONORIFIC_AFTER.match(ctx.text, end)
        if honorific:  # "Neha di and Vikram bhai" -> "a colleague and another colleague", never "a colleague di"
            end = honorific.end()
    start = max(start, ctx.cursor)
    if start > span.start or end < span.end:  # a handler must cover at least the span
        start, end = min(start, span.start), max(end, span.end)
    if end > span.end and ctx.text[end - 1:end].isalpha() and ctx.text[end:end + 1].isalpha():
        # a handler's region that stops inside a word it reached for ("Sunday evening" of "Sunday evenings")
        # takes the word whole, never leaving its tail ("this week s of reading")
        end = re.match(r"[^\W\d_]*", ctx.text[end:]).end() + end
    if _DROPPED_G.match(ctx.text, end - 2) and end >= span.end:
        # a word written with its "g" dropped ("Bostin' shift", "nothin' doin'") taken for a name: the apostrophe is
        # the word's last letter and goes with it, never "Someone' shift" (a name's possessive is "'s", or "'" after an s)
        end += 1
    poss = possessive_after(ctx.text, end) if not new.strip() and end >= span.end else 0
    if poss and (not re.match(r"[ \t]+[A-Za-z]", ctx.text[end + poss:]) or predicate_at(ctx.text, end + poss)):
        end += poss  # "at St Aldhelm['s] told me" dropped: its possessive goes too, never "a hospital ward's told"
    tag = _hashtag_around(ctx, span)
    if tag is not None:
        # "#TeamOakfield" -> no "#an organisation": a trailing run of hashtags loses the
        # identifying one; inside a sentence the tag becomes the plain phrase
        tag_start, tag_end, trailing = tag
        start, end = min(start, tag_start), max(end, tag_end)
        if trailing:
            new = ""
    return start, end, spaced(ctx.text, start, end, new)


# A list of who is thanked, a name among its other members: "Thank you to the ICS, FICM and every nurse who taught
# me". The name only adds one more to thank; in the general words it reads as a riddle ("Thank you to the ICS,
# someone and every nurse", session 40's judges), so it goes with its comma: "Thank you to the ICS and every nurse".
_THANKS_LIST_BEFORE = re.compile(r"(?i)\b(?:thanks|thank[ \t]+you|cheers|shout[ \t-]*outs?|grateful|big[ \t]+up)\b[^.!?\n]*?"
                                 r"\bto\b[^.!?\n]*[^\W\d_][^.!?\n]*?(,[ \t]*)$")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|[ \t](?:and|&)[ \t])")


def _thanked_in_a_list(ctx: Context, span: Span) -> tuple[int, int, str] | None:
    """(start, end, "") over the comma before a name and the name, when it stands inside a list of who is
    thanked after a member that is no name of its own; None otherwise."""
    text = ctx.text
    m = _THANKS_LIST_BEFORE.search(text, ctx.cursor, span.start)
    goes_on = _LIST_GOES_ON.match(text, span.end)
    if m is None or not goes_on or possessive_after(text, span.end):
        return None
    if any(s.start == goes_on.end() for s in ctx.spans):
        return None  # "the ward team, Aoife and Bríd": the names after are one group, said once
    comma = m.start(1)
    if any(s is not span and s.start < comma <= s.end + 1 for s in ctx.spans):
        return None  # the member before is a name too: the list of names is said once (the people handler)
    ctx.mention_unsaid(span)
    return comma, span.end, ""


# A street's word right after a place's name, left out of it: "Gympie Rd", "Clonbur Rd", "Water St".
_STREET_TAIL = re.compile(r"[ \t]+(Rd|Road|St|Street|Ave|Avenue|Hwy|Highway|Blvd|Tce|Terrace|Cres|Crescent|Ln|Lane)\b\.?(?![\w'’])")


# A count right before a name in the plural ("11 Harry Potters", "two Tescos"): the general words are plural too
# (a year is no count: "a bottle of 2005 Pétrus").
_COUNT_BEFORE = re.compile(r"(?i)(?<![\w.,£$€:/])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"dozens[ \t]+of|several|many|few)[ \t]+$")
_PLURAL_NAME = re.compile(r"[a-z](?:[^siu'’\W]s|es)$")  # "Elsas", "Potters", never "Pétrus", "Paris"
_ONE_OF_THEM = re.compile(r"(?i)someone(?:[ \t]+else)?|an?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|another[ \t]+[a-z]+")
_PLURAL_OF = {"person": "people", "someone": "people", "organisation": "organisations", "place": "places"}
_OWNED_PLACE_WORD = re.compile(r"[ \t]+([A-Z][a-z]{2,})\b")


def _possessed_place(ctx: Context, span: Span) -> Replacing | None:
    """"Lincoln's Inn", "St Aldhelm's Hospital" with only the name found: the possessive and the capitalised
    word after it that says what kind of place it is are one place's name, said as that kind ("a hospital"),
    never "someone's someone" or "someone's Inn"."""
    text = ctx.text
    end = span.end
    poss = possessive_after(text, end)
    if not poss and not re.search(r"[^\W\d_]['’]s$", span.text):
        return None
    m = _OWNED_PLACE_WORD.match(text, end + poss)
    if m is None or m.group(1).lower() in FUNCTION_WORDS:
        return None
    kind = kind_of_place(text[span.start:m.end()])
    if kind is None:
        return None
    start, phrase = ctx.absorb_article(span.start, kind)
    return start, m.end(), phrase


_CURRENCY_LETTERS = re.compile(r"(?<![\w'’])[A-Z]{1,3}$")
_LIST_JOIN = re.compile(r"[ \t]*,[ \t]*")


def _addresses_after_people(text: str, spans: list[Span]) -> dict[int, int]:
    """For a person followed by the parts of their address, one after another with commas between
    ("Mrs E. Thistlewood, Flat 4, 22 Canal Street"): where the address ends, by the person span's id.
    The list is one phrase, "a customer's address", not "a customer, a local place, a local street"."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    ends: dict[int, int] = {}
    for i, span in enumerate(ordered):
        if span.kind.family != "person" or span.entity_type != "PERSON":
            continue
        end = span.end
        for after in ordered[i + 1:]:
            if after.entity_type != "STREET_ADDRESS" or not _LIST_JOIN.fullmatch(text, end, after.start):
                break
            end = trimmed(text, after).end
        if end > span.end:
            ends[id(span)] = end
    return ends


_DROPPED_G = re.compile(r"(?i)(?<=\w)in['’](?![\w'’])")


def _risk_regions(spans: list[Span], risks: list[Risk], text: str) -> tuple[list[Span], list[Risk]]:
    """Where a risk's phrase and a span overlap, the wider region wins: a span as wide or wider keeps its
    handler's replacement, which knows the grammar around it (the review runs again on the result); a
    wider phrase swallows the spans it touches, growing to cover them whole, so no part of an identifier
    is left behind. A leading article does not make a phrase wider: the span's handler takes it along
    anyway. Of overlapping phrases the widest is kept."""
    kept = list(spans)
    regions: list[Risk] = []
    for risk in sorted(risks, key=lambda r: (-(r.end - r.start), r.start)):
        if any(r.start < risk.end and risk.start < r.end for r in regions):
            continue
        touching = [s for s in kept if s.start < risk.end and risk.start < s.end]
        width = risk.end - risk.start - len(_LEADING_ARTICLE.match(risk.text).group(0))
        if any(s.end - s.start >= width for s in touching):
            continue
        start = min([risk.start, *(s.start for s in touching)])
        # a count the phrase ends on, with its noun after ("2 of their [5] hotels" under "some of their"): the noun
        # stays after the phrase's rewrite ("some of their hotels"), never "some of their and cutting"
        counted = [s for s in touching if risk.rewrite and s.start >= risk.start and s.end > risk.end
                   and _COUNTED_NOUN_REST.fullmatch(text, risk.end, s.end)]
        end = max([risk.end, *(s.end for s in touching if s not in counted)])
        ending = NAME_ENDING_AFTER.match(text, end)
        if ending and any(s.end == end and s.kind.family in ("place", "person") for s in touching):
            end = ending.end()  # "Only salon in Stonebury[ Vale]": the name's own last word goes with it
        if risk.rewrite and (len(risk.text.split()) > 1 or any(s.end == end for s in touching)):
            # "the crash on the Marrowby road" whole, never "a serious accident road" (a lone "Third" of "Third
            # visit" is a word of its own, no name describing the noun after it)
            end = described_noun_end(text, end)
        else:
            end = _sentence_dropped(text, start, end)
        regions.append(replace(risk, start=start, end=end, text=text[start:end]))
        kept = [s for s in kept if s not in touching]
    return kept, regions


_LEADING_ARTICLE = re.compile(r"(?:(?:the|a|an|my|our|this|that)\s+)?", re.IGNORECASE)
# what is left of a count's span past the phrase that took its number: the noun counted (" hotels", " staff")
_COUNTED_NOUN_REST = re.compile(r"[ \t]+[a-z][a-z'’-]*")


def _sentence_dropped(text: str, start: int, end: int) -> int:
    """Where a dropped phrase is a whole sentence ("Less than 1 in a million."), its full stop goes with it."""
    before = text[:start].rstrip()
    if before and before[-1] not in ".!?\n":
        return end
    m = re.match(r"[.!?]+", text[end:])
    return end + m.end() if m else end


def _hashtag_around(ctx: Context, span: Span) -> tuple[int, int, bool] | None:
    """(start, end, trailing) of the hashtag ``span`` is part of, or None. ``trailing``: only
    hashtags, mentions and emoji follow it on its line, as in the tag block closing a post."""
    text = ctx.text
    start = span.start
    while start > ctx.cursor and (text[start - 1].isalnum() or text[start - 1] in "_"):
        start -= 1
    if start == 0 or text[start - 1] != "#" or start - 1 < ctx.cursor:
        return None
    m = _HASHTAG_TAIL.match(text, span.end)
    end = m.end() if m else span.end
    rest = text[end:].split("\n", 1)[0]
    return start - 1, end, _ONLY_TAGS.fullmatch(rest) is not None


_DETERMINED_COUNT = re.compile(r"(?i)\b(?:all|both|every|each)\s+$")


def _risk_rewrite(text: str, risk: Risk) -> str:
    """The review's general words for a phrase, fitted to their slot: after "all" a count's "dozens of"
    cannot stand ("all 14 branches" -> "all branches", not "all dozens of branches"; "the hundreds of
    people" can)."""
    if risk.rewrite.endswith(" of") and _DETERMINED_COUNT.search(text[:risk.start]):
        return ""
    return risk.rewrite
