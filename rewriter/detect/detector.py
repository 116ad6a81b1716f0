"""The detector: normalise, run Presidio with our recognizers, add the watch list, drop the allow list,
resolve overlaps, and map every span back onto the text exactly as the user typed it."""

from __future__ import annotations

import functools
from dataclasses import replace
import os
import re
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence

import phonenumbers

from .. import vocab
from ..config import Config
from ..kinds import kind
from ..spans import Span
from ..text import Normalised, canonical, normalise
from .ahead import answered_ahead
from .engine import build_analyzer
from .counted_things import outside_counted_things
from .observances import outside_observances
from .foreign_sentences import outside_unsupported_guesses
from .other_englishes import after_opening_verb_of_another_language, outside_other_englishes
from .words_not_names import outside_words_not_names
from .public_figures import outside_public_performers
from .own_family import children_served_names, is_kin_word_name, own_family_names
from .sports_teams import outside_sports_teams
from .dishes import outside_dishes
from .products import outside_products
from .public_context import outside_public_context, patient_as_adjective
from .public_forms import outside_public_forms
from .citations import outside_citations
from .own_trips import outside_own_trips
from .public_roads import outside_public_roads
from .nation_words import outside_nation_words
from .leisure_grounds import outside_leisure_grounds
from .own_workplace import outside_own_workplace
from .quasi import is_age_threshold, is_own_age, is_own_class, is_own_family_birthday, is_quasi, without_lone_quasi
from .shouting import unshout
from .recognizers.support import lexicon
from .recognizers.support.public import BIG_REGIONS as _BIG_REGIONS, COUNTRIES as _COUNTRIES, is_place_or_language_word
from .watchlist import WatchList
from .span_veto import without_vetoed
from . import token_proposals
from .apposed_ages import ages_after_names
from .work_talk import without_guesses_off_work
from .whole_runs import whole_runs

# Presidio's own recognizer names are not meaningful to a user; ours are already readable.
SOURCE_NAMES = {
    "SpacyRecognizer": "language model (spaCy)",
    "OfflineEmailRecognizer": "e-mail pattern",
    "PhoneRecognizer": "phone number pattern",
    "UrlRecognizer": "link pattern",
    "IpRecognizer": "IP address pattern",
    "CreditCardRecognizer": "card number pattern",
    "IbanRecognizer": "bank account pattern",
    "GatedPhoneRecognizer": "phone number pattern",
    "GatedUrlRecognizer": "link pattern",
    "CardNumberRecognizer": "card number pattern",
}


@functools.lru_cache(maxsize=512)  # a handful of names, asked for every span
def source_label(recognizer: str) -> str:
    """A readable source for a span: "AgeAfterNameRecognizer" -> "age after name rule"."""
    if recognizer in SOURCE_NAMES:
        return SOURCE_NAMES[recognizer]
    base = recognizer.removesuffix("Recognizer")
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", base)
    return (" ".join(w.lower() for w in words) + " rule") if words else recognizer

# A very long draft is analysed in pieces so memory and time stay flat; pieces overlap so a name
# cut at a boundary is still seen whole in one of them.
CHUNK = 2_000
OVERLAP = 200


class Detector:
    """Finds identifying spans. Build once (the spaCy model takes about a second), call many times."""

    def __init__(
        self, config: Config | None = None, watchlist: WatchList | None = None, analyzer=None, helper: bool = False
    ):
        """``helper=True`` starts a helper process that shares the work of each ``detect`` call (see
        offload.py): worth it for a long-lived detector on a machine with two cores or more, such as
        the app's; a one-off check would spend more starting it than it saves."""
        # Lazy: it imports Presidio (slow), and `watch`, `--help` and the app's first paint import
        # this module without detecting anything.
        from .analysis import RecognizerRun

        self.config = config or Config()
        started = time.perf_counter()
        self.helper = None
        self.analyzer = analyzer or build_analyzer(self.config.detection.spacy_model)
        self.load_seconds = time.perf_counter() - started
        if helper and (os.cpu_count() or 1) >= 2:
            from .offload import TextRecognizerHelper  # lazy: only the app's detector has a helper

            # Started once spaCy is loaded, so the two do not share the cores while the user waits;
            # until the helper is ready (about a second) every recognizer runs here.
            self.helper = TextRecognizerHelper()
            weakref.finalize(self, self.helper.close)
        self.watchlist = watchlist
        self._allow = [canonical(term) for term in self.config.detection.allow if canonical(term)]
        self._entities = list(self.config.detection.entities) or None
        # What analyzer.analyze does, minus its per-call upkeep (see analysis.py); same results.
        self._analyze = RecognizerRun(self.analyzer, self._entities, helper=self.helper)

    def warm(self) -> None:
        """Pay the first call's costs now, not on a user's first keystroke: lazy set-up inside spaCy and
        Presidio (about 0.2 s), and the patterns of the words that tie a time to someone (about 0.15 s,
        compiled the first time a post has a time beside a name)."""
        self.detect("Warm-up text with a name, Jane Smith, in it.")
        _cue(_DATED_EVENT_LISTS)
        _cue(_SERVED_LISTS)
        # the token tagger (3.9 MB, loaded on the first flagged post with a number: token_proposals.py), so that the
        # first such post a user types does not wait for it
        token_proposals.load_tagger()

    def close(self) -> None:
        """Stop the helper process, if any (it also stops by itself when this process ends)."""
        if self.helper is not None:
            self.helper.close()
            self.helper = None
            if hasattr(self, "_analyze"):
                self._analyze.helper = None

    # -- public entry points -------------------------------------------------------------------

    def detect(self, text: str, role: str | None = None) -> list[Span]:
        """Every identifying span in ``text``, offsets into ``text`` as given, sorted by position."""
        norm = normalise(text)
        analysed = unshout(norm.text)  # "MR PATEL WAS LOVELY" read as "Mr Patel was lovely"; same offsets
        if len(analysed) <= CHUNK:
            # what _finish and the recognizers check of the whole text, the helper answers ahead (ahead.py)
            checks = (("observances", norm.original), ("own_family", norm.original), ("private_matter", norm.original),
                      ("own_pets", analysed))
            raw = [(r, 0) for r in self._analyze(analysed, checks=checks)]
            return self._finish(norm, raw, role)
        # A long draft: spaCy over the pieces in batches, then the recognizers piece by piece.
        pieces = list(_chunks(analysed))
        docs = self.analyzer.nlp_engine.process_batch([p for _, p in pieces], language="en", batch_size=8)
        raw = []
        for (offset, piece), (_, artifacts) in zip(pieces, docs):
            for r in self._analyze(piece, artifacts):
                raw.append((r, offset))
        return self._finish(norm, raw, role)

    def detect_many(
        self, texts: Iterable[str], roles: Sequence[str | None] | None = None, batch_size: int = 64
    ) -> Iterator[list[Span]]:
        """Like ``detect`` for many texts, running spaCy over them in batches (much faster per post).

        ``roles`` gives each text's writer role for the suggestions (default: the config's role)."""
        texts = list(texts)
        roles = list(roles) if roles is not None else [None] * len(texts)
        norms = [normalise(t) for t in texts]
        nlp_engine = self.analyzer.nlp_engine
        short = [i for i, n in enumerate(norms) if len(n.text) <= CHUNK]
        texts_read = [unshout(norms[i].text) for i in short]
        docs = nlp_engine.process_batch(texts_read, language="en", batch_size=batch_size)
        analysed = self._analyze.many([(t, art) for t, (_, art) in zip(texts_read, docs)])
        results = dict(zip(short, analysed))
        for i, norm in enumerate(norms):
            if i in results:
                yield self._finish(norm, [(r, 0) for r in results.pop(i)], roles[i])
            else:
                yield self.detect(texts[i], roles[i])

    # -- internals -----------------------------------------------------------------------------

    def _finish(self, norm: Normalised, raw, role: str | None) -> list[Span]:
        role = role or self.config.role
        threshold = self.config.detection.threshold
        found: list[Span] = []
        for r, offset in raw:
            if r.score < threshold:
                continue
            meta = r.recognition_metadata or {}
            start, end = _strip_space(norm.original, *norm.to_original(r.start + offset, r.end + offset))
            start = _after_opening_verb(norm.original, start, end)
            start = after_opening_verb_of_another_language(norm.original, start, end)
            start = _after_group_noun(norm.original, start, end)
            end = _before_trailing_dash(norm.original, start, end)
            if start >= end:
                continue
            recognizer = meta.get("recognizer_name", "")
            found_kind = kind(r.entity_type)
            found.append(
                Span(
                    start=start,
                    end=end,
                    text=norm.original[start:end],
                    entity_type=r.entity_type,
                    score=float(r.score),
                    source=source_label(recognizer),
                    why=meta.get("why") or found_kind.why,
                    suggestion=meta.get("suggestion") or found_kind.suggestion_for(role),
                    detail=meta.get("detail"),
                )
            )
        if self.watchlist is not None and len(self.watchlist):
            watched = (_without_edge_space(s, norm.original) for s in self.watchlist.find(norm, role))
            found.extend(s for s in watched if s.start < s.end)
        if "#" in norm.text:
            found = _outside_word_hashtags(found, norm)
        found = [s for s in found if not self._allowed(s)]
        # "Rare Disease Day", "Mental Health Awareness Week": on everyone's calendar, no one's condition or employer
        found = outside_observances(found, norm.original)
        # "the children sef", "mi see unuh", "Lawd": a word of another English is no one's name
        found = outside_other_englishes(found, norm.original)
        # "Udawałam, że ...", "Gweddïwch drosom ni", "mình": a name guess in a sentence mostly of another language,
        # with no evidence a name would have in any language (foreign_sentences.py)
        found = outside_unsupported_guesses(found, norm.original)
        # "don't tell Matron", "DON told us", "Lookin at you": a title said alone, a dropped-g verb
        found = outside_words_not_names(found, norm.original)
        # "an Esky", "a Tunnock's": a capitalised word counted with "a" is a thing, not a person
        found = outside_counted_things(found, norm.original)
        # "Burna Boy playlist loaded", "respect to Stormzy for that surprise set": a performer by their public work
        found = outside_public_performers(found, norm.original)
        # "Springboks replay on the staffroom TV", "Bafana are playing tonight": a team by its sport
        found = outside_sports_teams(found, norm.original)
        # "Poutine at 2am ... 🍟", "nobody talks shop over biryani": a dish where food is
        found = outside_dishes(found, norm.original)
        # "the station gets the new Scania", "switched from Compulink to a cloud EHR", "the Panadol and Voltaren": a
        # product, vehicle, medicine or software where a thing is bought, used or taken (products.py)
        found = outside_products(found, norm.original)
        # "Mwaiseni! If your car...", "Karachi Kings on TV", "Radiohead on repeat": a greeting to the readers, or
        # something watched or heard (public_context.py)
        found = outside_public_context(found, norm.original)
        # "the College of Policing", "the Mental Health Foundation", "the Gartner Symposium", "Squid Game season 2":
        # a profession's body, a charity, an event or a show by its own words (public_forms.py)
        found = outside_public_forms(found, norm.original, private_matter(norm.original))
        # "(Matthew 25:36)", "a devotion on Psalm 23", "the judgment in Uber BV v Aslam": scripture by chapter and
        # verse, and a landmark case's parties whatever rule read them (citations.py)
        found = outside_citations(found, norm.original)
        # "after 6 years at Deloitte I'm starting with KPMG", "our Bangalore office": the writer's own workplace in a
        # post that keeps nothing quiet and vents at no one (own_workplace.py)
        found = outside_own_workplace(found, norm.original)
        # "stuck in traffic on Thika Road", "cheering on the Ormeau Road" in a marathon post: a main road for its
        # traffic or a race, not where someone lives (public_roads.py)
        found = outside_public_roads(found, norm.original)
        # "across rural Iowa", "#Ireland", "beat England", "speak Malay", "Cymru am byth!": a nation, a state, a region,
        # a language or a people by its name points at no one, whatever kind it was read as (nation_words.py)
        found = outside_nation_words(found, norm.original)
        # "took the dog down Tynemouth Longsands", "a walk round Sefton Park", "watched the match at Kensington Oval": a
        # public ground as the writer's own outing, with no one else's story in its sentence (leisure_grounds.py)
        found = outside_leisure_grounds(found, norm.original)
        # "Away to Kinsale for the weekend with the mam", "told my brother to just buy the house in Douglas": a town
        # the writer's own family goes to or lives in, no one else in its sentence (own_trips.py)
        found = outside_own_trips(found, norm.original)
        spans = resolve_overlaps(found, norm.original)
        # Beside a contact, an address or an account number, or in a family's legal matter, a name is
        # private business, whatever the rest of the post is about.
        private_business = any(s.entity_type in _HARD_IDENTIFIERS for s in spans) or private_matter(norm.original)
        if not private_business:
            spans = without_guesses_off_work(spans, norm.original)
            # The writer's own family, named, in a post about their own life ("My daughter Ava started
            # Reception today") is not what a confidentiality check is for. Beside a contact, an address
            # or an account number, or in a family's legal matter, the same name is private business
            # ("remove my kid Lukas from the will"): then it stays.
            family = own_family_names(norm.original)
            if family:
                # but not a child the writer looks after for someone else ("CASA life: my kid Dre"): a client
                family = family - children_served_names(norm.original, role)
                # whatever kind the language model guessed for the name ("Saoirse" as a place)
                spans = [s for s in spans if not (s.entity_type in _NAME_KINDS and _name_part(s.text) in family)]
            # "Amma saved me a box of laddoos", "left at Nain's": a parent or grandparent in another language
            spans = [s for s in spans if not (s.entity_type in _NAME_KINDS and is_kin_word_name(norm.original, s.start, s.end))]
            # a name guess a classifier of spans, trained on labelled drafts, is confident identifies no one
            # ("Chickenjoy at 3am", "Stormzy's new album", "Diolch to the team"): span_veto.py
            spans = without_vetoed(spans, norm.original, role)
        # "Web Summit [Vancouver]", "on [Thika] Rd", "[Shelly]-[Ann Fraser]-Pryce": a piece of a run of capitalised
        # words is read as the whole run, public as a whole or one span (whole_runs.py); after every filter above,
        # so a piece one of them found public or no one's ("[Michelin Guide] Singapore") stays gone
        spans = resolve_overlaps(whole_runs(spans, norm.original, role), norm.original)
        if not private_business:
            # "Balik kampung finally after 2 years", "Going home after 2 years": a length read as a named person's
            # story (served_duration.py, built on the first pass's people) whose person every check above has
            # since found to be no one's name (a festival's or another language's word, the writer's own child) is
            # the writer's own time, and goes with that person
            spans = [s for s in spans if not _orphan_duration(s, spans, norm.original)]
        # the writer's own age or their own child's ("I'm 52", "told my 10yo I'm a lawyer") is their own life
        spans = [s for s in spans if not is_own_age(s, norm.original)]
        # an age that bounds a group in a rule or a statistic ("gratuit pour les plus de 65 ans", "everyone aged 50
        # and over") is no one's age
        spans = [s for s in spans if not is_age_threshold(s, norm.original)]
        # and so is an own relative's birthday ("My daughter Ava turned 7 today", "my mum's 80th"), beside a
        # name too, when none of the people served is in the post (quasi.is_own_family_birthday)
        if not private_business:
            spans = [s for s in spans if not is_own_family_birthday(s, norm.original, whole_post=True)]
        if all(is_quasi(s) for s in spans):
            # the writer's own class as a group ("My Year 2s did their first assembly") and an own relative's
            # birthday ("Happy 80th birthday to my Granny Pearl"), with nothing else identifying, point at no one
            spans = [s for s in spans if not (is_own_class(s, norm.original) or is_own_family_birthday(s, norm.original))]
            # Times, school years and ages alone point at no one ("Monday mood", "my Year 4s", "I'm 52"):
            # kept when tied to someone the writer serves or when the post has a story risk (quasi.py).
            # A time is a client's or a case's when one is near ("Client from my Tuesday 6pm slot",
            # "Hearing is Wednesday", "adjourned to the 14th"); a date of birth singles someone out anywhere.
            text = norm.original
            spans = without_lone_quasi(
                spans, text,
                lambda s: bool(_someone_near(text, *_within_sentence(text, s, 40))
                               or _case_event_near(text, max(0, s.start - 40), s.end + 40)
                               or _BIRTH_BEFORE.search(text[max(0, s.start - 24) : s.start])),
            )
        else:
            spans = [s for s in spans if s.entity_type != "DATE_TIME" or _time_tied(s, spans, norm.original)]
        # on a post already flagged, a number no recognizer read that the token tagger reads as private ("raising
        # 3 grandkids", "Mr Feeney (81)", "at 3.40am"): token_proposals.py
        if spans:
            proposed = token_proposals.proposed(norm.original, spans, role)
            if proposed:
                # a chapter and verse the tagger reads as a clock time ("(Matthew 25:36)")
                proposed = outside_citations(proposed, norm.original)
                proposed = [s for s in proposed if not is_age_threshold(s, norm.original)]  # "kids aged 11 and under"
            spans = sorted([*spans, *proposed], key=lambda s: (s.start, s.end))
            # "little brook, fifteen, on the phone": an age in words after a name already found (apposed_ages.py)
            spans = sorted([*spans, *ages_after_names(norm.original, spans, role)], key=lambda s: (s.start, s.end))
        return spans

    def _allowed(self, span: Span) -> bool:
        if not self._allow or span.entity_type == "WATCHED":
            return False
        text = canonical(span.text)
        return any(text == term or (text and _contains_words(term, text)) for term in self._allow)


_DURATION_SOURCE = source_label("ServedDurationRecognizer")
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _orphan_duration(span: Span, spans: list[Span], text: str) -> bool:
    """A served-duration span with no name left before it in its sentence (within the recognizer's reach)."""
    if span.source != _DURATION_SOURCE:
        return False
    return not any(
        o.entity_type in _NAME_KINDS and o.end <= span.start and span.start - o.end <= 120
        and _SENTENCE_STOP.search(text, o.end, span.start) is None
        for o in spans
    )


# What makes a post private business rather than the writer's own life.
_HARD_IDENTIFIERS = frozenset({
    "WATCHED", "HANDLE", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "STREET_ADDRESS", "MONEY", "CREDIT_CARD",
    "IBAN_CODE", "REFERENCE_NUMBER", "CASE_NAME",
})

# A family's legal or money matter: a will, custody, a divorce, a court case or date. Not "court" alone: a
# lawyer's own day ("finished my court reports", "Court vacation starts", "the Court of Session's portal").
_PRIVATE_MATTER = re.compile(
    r"(?i)\b(?:(?:the|my|his|her|their|a)\s+will\b|wills?\s+and\s+probate|probate|custody|inheritance|inherit|divorce|"
    r"adoption|guardianship|power\s+of\s+attorney|trust\s+fund|beneficiar\w*|child\s+support|maintenance\s+payments|"
    r"restraining\s+order|family\s+court|court\s+(?:case|date|hearing|appearance|order|summons)s?|"
    r"(?:his|her|their|['’]s)\s+court)"
)




@answered_ahead("private_matter")  # ~20 us a post: the helper process answers it ahead (ahead.py)
def private_matter(text: str) -> bool:
    return _PRIVATE_MATTER.search(text) is not None


_NAME_KINDS = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})


def _name_part(text: str) -> str:
    # "Our Jack", "Wee Rory": the model may take the possessive or "wee" before a family member's or a pet's name,
    # and the role noun rule the animal's kind word before a pet's ("my cat Biscuit" read as "cat Biscuit")
    return _OWN_LEAD.sub("", text.removesuffix("'s").removesuffix("’s").strip())


_OWN_LEAD = re.compile(rf"^(?:Our|My|Wee|Little|(?:{vocab.alternation('pet_words')})s?)\s+")


# The people a professional serves ("client", "patients"): a time beside one is that person's.
_BIRTH_BEFORE = re.compile(r"(?i)\b(?:dob|d\.o\.b\.?|date\s+of\s+birth(?:\s+is)?|born(?:\s+on)?)\s*[:\-–]?\s*$")
_SERVED_NEAR = re.compile(rf"\b(?i:{vocab.alternation('own_people')})s?\b")
def _someone_near(text: str, left: int, right: int) -> bool:
    """One of the people the writer serves in text[left:right], not the whole of them ("Customers queue from 7am")."""
    return any(not _whole_group(text, m) for m in _SERVED_NEAR.finditer(text, left, right))


_CASE_EVENT_NEAR = re.compile(
    rf"\b(?i:{vocab.alternation('case_event_words')})(?:s|['’]s)?\b(?!\s+(?i:aids?|tests?|loss|impaired|service|duty)\b)"
)

# A trial of a medicine, a product or a worker, not a court's: "Clinical trials coordinator life: 9am SIV", "vaccine
# trials", "a free trial", "trial shift Saturday". A time beside one dates no case.
_NOT_A_COURT_TRIAL_BEFORE = re.compile(
    r"(?i)\b(?:clinical|vaccine|drug|medical|research|randomi[sz]ed|controlled|pilot|phase\s+(?:[1-4]|i{1,3}|iv)|"
    r"free|field|time|taste|product|feasibility|cancer|treatment)\s+$"
)
_NOT_A_COURT_TRIAL_AFTER = re.compile(r"(?i)\s*(?:shifts?|runs?|periods?|days?|lessons?|class(?:es)?|sessions?|versions?|sites?)\b")


def _not_a_court_trial(text: str, m: re.Match) -> bool:
    return m.group(0).lower().startswith("trial") and bool(
        _NOT_A_COURT_TRIAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        or _NOT_A_COURT_TRIAL_AFTER.match(text, m.end()))


def _case_event_near(text: str, left: int, right: int) -> bool:
    return any(not _not_a_court_trial(text, m) for m in _CASE_EVENT_NEAR.finditer(text, left, right))


# A day and month or a year ("3 March", "the 14th", "in 2019") is a date; a weekday, a month or a clock
# time alone ("Sunday", "in March", "9am") is a time of week, year or day.
_DAY_NUMBER = re.compile(r"(?i)\d(?!\d*\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|o['’]clock|hrs?\b))")
# A clock time with its minutes ("8:51", "04:30", "6.42pm", "5h10"): its digits are no day of a month.
_CLOCK_DIGITS = re.compile(r"(?i)\b(?:\d{1,2}h\d{2}|\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.?|p\.m\.?|h|hrs?))?|\d{1,2}\.\d{2}\s*(?:am|pm|a\.m\.?|p\.m\.?))(?![\d:.]\d)")


def _has_day_number(span_text: str) -> bool:
    return _DAY_NUMBER.search(_CLOCK_DIGITS.sub(" ", span_text)) is not None

# What a time can date for someone: a birth, a hearing, an incident, a board's decision, a launch or a
# deal (data/dated_events and the review lists of legal, incident and business words).
_DATED_EVENT_LISTS = ("dated_events", "review_legal_process", "review_incidents", "review_business_events",
                      "review_business_matters")
# The people the writer serves and their families ("my client", "the kids", "his mum", "twins").
_SERVED_LISTS = ("own_people", "review_people_served", "person_words")


@functools.cache
def _cue(names: tuple[str, ...]) -> re.Pattern:
    """The entries of the lists as whole words, in the review lists' notation ("word*" any ending, a space
    also a hyphen), longest first; "Trial's in May" and "Jury's out" count as "trial" and "jury"."""
    entries = sorted({e.lower() for name in names for e in vocab.entries(name)}, key=len, reverse=True)
    phrases = [r"[\s\-]+".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in e.split())
               for e in entries]
    plurals = r"|(?:" + vocab.alternation("own_people")[3:-1] + r")s|little\s+ones?" if "own_people" in names else ""
    return re.compile(r"(?i)\b(?:" + "|".join(phrases) + plurals + r")\b")


# Someone's own slot: "your Tues 6pm", "her Thursday".
_SOMEONES = re.compile(r"(?i)\b(?:your|her|his|their)\s+$")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


def _within_sentence(text: str, span: Span, reach: int) -> tuple[int, int]:
    """Up to ``reach`` characters either side of the span, inside its sentence: "lectures resume Monday.
    Students, ..." puts no student's time on Monday."""
    left, right = _sentence_bounds(text, span.start, span.end)
    return max(left, span.start - reach), min(right, span.end + reach)


def _time_tied(span: Span, spans: list[Span], text: str) -> bool:
    """Is this time tied to something that could point at someone? A date with its day or year always
    is; a weekday, a month or a clock time is when its sentence has another identifier, when its sentence
    or the one before or after has an event it can date (a hearing, a birth, a crash, a board meeting) or
    one of the people the writer serves, or when it is someone's slot ("your Tues 6pm"). Not: "Sunday roast sorted me out", "I'm back at work Monday",
    "Doubles sold out by 9am", "receipts till August": the writer's own week, which names no one."""
    if _has_day_number(span.text) or _BIRTH_BEFORE.search(text[max(0, span.start - 24) : span.start]):
        return True
    if _SOMEONES.search(text[max(0, span.start - 8) : span.start]):
        return True
    left, right = _sentence_bounds(text, span.start, span.end)
    for other in spans:
        if other.start < right and left < other.end and other is not span:
            # another identifier in the sentence; a time next to a tied time goes with it ("Tues 6pm")
            if other.entity_type != "DATE_TIME" or (
                    abs(other.start - span.end) <= 2 or abs(span.start - other.end) <= 2) and _time_tied_alone(other, text):
                return True
    return _time_tied_alone(span, text)


def _time_tied_alone(span: Span, text: str) -> bool:
    if _has_day_number(span.text) or _SOMEONES.search(text[max(0, span.start - 8) : span.start]):
        return True
    # the event or the person may be told in the sentence before or after: "Still can't shake Saturday
    # night. We were the first crew on scene at the crash."
    left, right = _sentence_bounds(text, span.start, span.end)
    left, _ = _sentence_bounds(text, max(0, left - 2), max(0, left - 2))
    _, right = _sentence_bounds(text, min(len(text), right + 1), min(len(text), right + 1))
    # the customers as a whole are no business event either ("Customers queue from 7am"); results, deals and
    # launches are, however they are written ("Results only out next Thurs")
    served = _cue(_SERVED_LISTS)
    return bool(any(not (served.fullmatch(m.group(0)) and _whole_group(text, m)) and not _no_event(text, m)
                    for m in _cue(_DATED_EVENT_LISTS).finditer(text, left, right))
                or _someone_served(text, left, right))


# The people served as a whole: a plural opening its sentence ("Customers queue from 7am", "Patients asking me for
# tips") or after "all" or "everybody's" ("Happy Phagwah to all my customers, shop closed Monday", "a prayer for
# everybody's patients"). That is the writer's trade and its hours, no one person's time; "my client", "the kids
# from the crash", "a patient" are someone.
_WHOLE_BEFORE = re.compile(r"(?i)(?:(?:^|[.!?\n])[^\w]*|\b(?:all|everybody['’]s|everyone['’]s)\s+(?:(?:my|our|the|your)\s+)?)$")
# The people served spoken to as a group: a plural opening its sentence after at most two words ("Final year
# students,", "Dear parents:", "Hey Year 11 students!"), then a comma, a colon or "!": a call to all of them, as a
# notice is, and no one person's time.
# Not after a determiner, a possessive or a count: "My students, Amara and Tobi,", "Two students, both from ..." are
# some of them, told; a school year is no count ("Year 11 students:").
_VOCATIVE_BEFORE = re.compile(
    r"(?:^|[.!?\n])[^\w]*(?:(?i:year|grade|form|class|standard|std)\s+\d+\w*\s+)?"
    r"(?:(?!(?i:my|our|his|her|their|your|the|a|an|some|both|these|those|two|three|four|five|"
    r"several|few|many|\d+)\s)[\w'’-]+\s+){0,2}$")
_VOCATIVE_AFTER = re.compile(r"\s*[,:!]")
# Some of them, told apart by what follows: "Patients from the bus crash", "customers who complained".
_SOME_AFTER = re.compile(r"(?i)\s+(?:from|of|in|on|at|who|that|with|involved|hurt|injured|whose)\b")


# Event words in their everyday sense, which date nothing: "in case any of ye need a hand", "just in case" (a
# conjunction, not a case), and "passed" with an object ("Passed my PTCB", "passed CFA Level II", "passed her O/Ls"):
# an exam passed, not a death ("passed away", "Mr K passed on Tuesday").
_IN_CASE = re.compile(r"(?i)\bin\s+$")
_PASSED_SOMETHING = re.compile(r"\s+(?:(?i:my|our|her|his|their|the|a|an|all|both|every|me|ma|mi)\s|[A-Z]{2,}\b)")


def _no_event(text: str, m: re.Match) -> bool:
    word = m.group(0).lower()
    if word == "case":
        return _IN_CASE.search(text, max(0, m.start() - 4), m.start()) is not None
    if word == "passed":
        return _PASSED_SOMETHING.match(text, m.end()) is not None and not text[m.end():m.end() + 6].lower().startswith(" away")
    if word in ("trial", "trials"):
        return _not_a_court_trial(text, m)
    return False


def _whole_group(text: str, m: re.Match) -> bool:
    """The match names no one person served: the people served as a whole, or "patient" said of someone's
    manner."""
    word = m.group(0).lower()
    if patient_as_adjective(text, m.start(), m.end()):
        return True
    if not word.endswith("s"):
        return False
    if _VOCATIVE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) and _VOCATIVE_AFTER.match(text, m.end()):
        return True  # "Final year students, submit your report by Friday", "Dear parents:": the group spoken to
    return _WHOLE_BEFORE.search(text[max(0, m.start() - 24) : m.start()]) is not None and not _SOME_AFTER.match(text, m.end())


def _someone_served(text: str, left: int, right: int) -> bool:
    return any(not _whole_group(text, m) and not _own_relative(text, m)
               for m in _cue(_SERVED_LISTS).finditer(text, left, right))


# The writer's own possessive before a relative, as other Englishes say it too ("my son", "our kid", "me own lad",
# "ma da", "mi granny", "wor lass", "my own two kids"), with at most a few describing words between.
_OWN_BEFORE = re.compile(
    r"(?i)\b(?:my|our|me|mi|ma|mah|wor)\s+(?:(?:own|ain|little|wee|small|big|baby|eldest|oldest|youngest|middle|"
    r"lovely|two|three|four|twin|new|dear)\s+){0,3}$"
)
# "me own lad", "my own two boys": "own" makes any word for a child the writer's own child.
_OWN_WORD_BEFORE = re.compile(r"(?i)\b(?:own|ain)\s+(?:(?:little|wee|two|three|four)\s+)?$")
_OWN_RELATIVE_WORDS = (vocab.words("family_nouns") | vocab.words("own_child_words")) - {"carer", "parent", "parents"}


def _own_relative(text: str, m: re.Match) -> bool:
    """The served-people cue ``m`` is the writer's own relative: "lechon for my son's 7th birthday last Sunday",
    "with my sister Saturday", "took my own two kids, langar from 6am". Their day is the writer's own life, no
    one served; "my client's son", "his mum", "a dad" (a patient's) are not the writer's."""
    word = m.group(0).lower()
    before = text[max(0, m.start() - 40) : m.start()]
    if _OWN_WORD_BEFORE.search(before):
        return True
    return (word in _OWN_RELATIVE_WORDS or word.rstrip("s") in _OWN_RELATIVE_WORDS) and _OWN_BEFORE.search(before) is not None


# "#" starting a tag: not inside a word, a link or an HTML entity ("C#", "page#top", "&#39;").
_HASHTAG = re.compile(r"(?<![\w&/#])#(\w+)")


# A tag of initials, perhaps with a year ("#AMR", "#SHRM24"), or initials and a word ("#UKPolitics", "#HKteachers"):
# a topic, a body or an event, as the community tags of ordinary words are. Three letters at least: two may be
# someone's initials ("#JL").
_INITIALS_TAG = re.compile(r"[A-Z]{3,6}\d{0,4}")
_INITIALS_AND_WORD_TAG = re.compile(r"[A-Z]{2,4}[A-Za-z]{3,}")
_TAG_WORD = re.compile(r"[A-Z]?[a-z]{3,}(?:[A-Z][a-z]+)*")


def _topic_tag(tag: str) -> bool:
    if _INITIALS_TAG.fullmatch(tag):
        return True
    if not _INITIALS_AND_WORD_TAG.fullmatch(tag):
        return False
    for cut in range(2, 5):  # "UKPolitics": "UK" and "Politics", not "UKP" and "olitics"
        word = tag[cut:]
        if tag[:cut].isupper() and _TAG_WORD.fullmatch(word) and (
            (lexicon.is_ordinary_word(word.lower()) and not lexicon.is_listed_as_name(word.capitalize()))
            or lexicon.is_compound_of_words(word)
        ):
            return True
    return False


# Two-letter region codes (ISO 3166, as phonenumbers keeps them): a tag's "PH", "SG", "NZ" says where its topic is;
# and "UK", which ISO keeps for GB and every tag writes ("#NursingUK").
_REGION_CODES = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"UK"}
_REGIONAL_TAG = re.compile(r"(?:(?P<before>[A-Z]{2})(?P<rest>[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)|(?P<body>[a-zA-Z]{4,}?)(?P<after>[A-Z]{2}))")


def _regional_tag(tag: str) -> bool:
    """A topic tag with a country's code before or after it: "#SGTech", "#mentalhealthPH", "#NursesNZ". The rest must
    be ordinary words as in any topic tag ("#JusticeForAmaraPH", "#OakfieldUK" stay)."""
    m = _REGIONAL_TAG.fullmatch(tag)
    if m is None:
        return False
    if m.group("before"):
        code, rest = m.group("before"), m.group("rest")
    else:
        code, rest = m.group("after"), m.group("body")
        if rest.isupper():
            return False
        # the country's people of a trade: "#nursesofNZ", "#teachersinUK", "#nursesfromPH"
        rest = _OF_BEFORE_CODE.sub("", rest) if len(_OF_BEFORE_CODE.sub("", rest)) >= 4 else rest
    if code not in _REGION_CODES:
        return False
    return lexicon.is_compound_of_words(rest) or lexicon.is_word_piece(rest.lower())


_OF_BEFORE_CODE = re.compile(r"(?i)(?:of|in|from)$")


_NATION_TAG = re.compile(r"(?P<place>[A-Z][a-z]{2,})(?P<rest>[A-Z][a-z]+(?:[A-Z][a-z]*)*)")
_PLATFORMS = vocab.words("platforms")


def _nation_tag(tag: str) -> bool:
    """A community tag of a nation or its people and a topic: "#ZimTeachers", "#KenyanTikTok", "#GhanaNurses": a
    country, a region or its people by name (is_place_or_language_word), or the first letters of a country no one
    is named ("Zim"), then ordinary words or a platform. Not a person's ("#JusticeForAmara": no place first; "#KenTeachers":
    Ken is a name)."""
    m = _NATION_TAG.fullmatch(tag)
    if m is None:
        return False
    place, rest = m.group("place"), m.group("rest")
    if not (is_place_or_language_word(place) or (
            len(place) >= 3 and not lexicon.is_listed_as_name(place) and not lexicon.is_ordinary_word(place.lower())
            and any(c.startswith(place) for c in _COUNTRIES))):
        return False
    return (rest.lower() in _PLATFORMS or lexicon.is_compound_of_words(rest) or lexicon.is_word_piece(rest.lower()))


def _country_tag(tag: str) -> bool:
    """A tag that is a country or a nation alone ("#Uganda", "#Ireland", "#NewZealand"): where the post's topic is,
    which millions share. Countries that are given names too ("#Jordan", "#Chad") are left out of COUNTRIES, and a
    tag for a person says so ("#JusticeForAmara")."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag)
    return spaced in _COUNTRIES or spaced in _BIG_REGIONS


# One word that a whole public shares, as a tag: a festival, a holiday or a public campaign ("#Movember", "#Vesak";
# festivals.txt, holy_days.txt, the one-word holiday names, public_events.txt). Not a city ("Back home #Leeds" says
# where the writer lives, and stays).
_PUBLIC_TAG_LISTS = ("festivals", "holy_days", "public_events")


@functools.cache
def _public_tag_words() -> frozenset[str]:
    words = {w.lower() for name in _PUBLIC_TAG_LISTS for w in vocab.words(name) if " " not in w}
    words |= {n.lower() for n in vocab.entries("holiday_names") if " " not in n and not n.startswith("~")}
    return frozenset(words)


@functools.cache
def _place_words() -> frozenset[str]:
    """Cities and towns of 15,000 or more by name, lowercase: a tag of one says where the writer is, as "#Leeds" does,
    however common a word of another language it is spelt like ("#Sevilla")."""
    return frozenset(w.lower() for name in ("big_places", "big_places_named_like_people", "towns", "travel_places",
                                            "big_areas", "metropolises") for w in vocab.words(name))


def _public_word_tag(tag: str) -> bool:
    """A tag of one word, written whole in lowercase or with one capital, that names something public: a festival, a
    holiday or a campaign ("#Movember", "#Vesak"), or a common word of another language ("#Kalayaan",
    freedom, the Philippines' Independence Day; "#Merdeka"; other_language_words.txt, which holds no given names and no
    word the dictionary lists with a capital). A tag about a person has their name in it, which no such list holds
    ("#JusticeForAmara", "#Oakfield" stay); a word the dictionary lists as a name, and a town's or a city's name
    ("#Sevilla", "#Leeds": where the writer is), are left to the other rules."""
    if not tag.isalpha() or not (tag.islower() or tag.istitle()) or len(tag) < 4:
        return False
    low = tag.lower()
    if low in _public_tag_words():
        return True
    return ((low in vocab.words("other_language_words") or low in vocab.words("other_language_words_transliterated"))
            and not lexicon.is_listed_as_name(tag)
            and low not in _place_words())


def _outside_word_hashtags(spans: list[Span], norm: Normalised) -> list[Span]:
    """Spans minus the community tags made of ordinary words ("#MedTwitter", "#nursehumor"): spaCy calls
    them people, and the rewrite would delete the tag from a clean post. A span wholly inside such tags is
    dropped; one reaching past them keeps only the words outside ("Jayden #MedTwitter" -> "Jayden").
    The watch list always wins, and a tag that could name someone ("#TeamOakfield") is no such tag."""
    tags = [
        norm.to_original(m.start(), m.end())
        for m in _HASHTAG.finditer(norm.text)
        if lexicon.is_compound_of_words(m.group(1)) or _topic_tag(m.group(1)) or _regional_tag(m.group(1))
        or _nation_tag(m.group(1)) or _country_tag(m.group(1)) or _public_word_tag(m.group(1))
    ]
    if not tags:
        return spans
    original = norm.original
    kept = []
    for s in spans:
        touched = [(a, b) for a, b in tags if a < s.end and s.start < b]
        if not touched or s.entity_type == "WATCHED":
            kept.append(s)
            continue
        rest = [i for i in range(s.start, s.end) if original[i].isalnum() and not any(a <= i < b for a, b in touched)]
        if not rest:
            continue
        start, end = rest[0], rest[-1] + 1
        if (start, end) == (s.start, s.end):
            kept.append(s)
        else:
            kept.append(s.moved(start, end, original[start:end]))
    return kept


_OPENING_VERB = re.compile(r"[A-Z][a-z]{2,}ed\s+(?=[A-Z])")
_OPENING_WORD = re.compile(r"([A-Z][a-z]{1,})\s+(?=[A-Z])")
# Past forms that are no -ed word ("Took", "Met", "Drove"), less those that are given names too ("Ran").
_IRREGULAR_PAST = frozenset(
    w for w in vocab.words("irregular_past_forms") | vocab.words("common_past_forms")
    if not w.endswith("ed") and not lexicon.is_listed_as_name(w.capitalize())
)


def _after_opening_verb(text: str, start: int, end: int) -> int:
    """Where a name starts when the sentence's first word, a verb in the past, was taken in with it
    ("Visited Harlow Foods' depot", "Commissioned Tidewater Energy's", "Took Kofi and Ama"): the verb is
    no part of the name."""
    m = _OPENING_VERB.match(text, start, end)
    if m and _sentence_starts_at(text, start) and _is_past_tense(m.group().strip()):
        return m.end()
    m = _OPENING_WORD.match(text, start, end)
    if m and m.group(1).lower() in _IRREGULAR_PAST and _sentence_starts_at(text, start):
        return m.end()
    return start


# A word for a group of people the model took in with the names after it: "Twins Fiadh & Oisín were born",
# "Couple Hank and Marge": the word says who they are, the names are what identifies.
# Only before names joined as a list, so a business named with the word keeps it ("Brothers Pizza").
_GROUP_NOUN = re.compile(r"(?i:twins|triplets|quads|quadruplets|siblings|couple|newlyweds|sisters|brothers)\s+"
                         r"(?=[A-Z][^\W\d_]+\s*(?:&|and|,)\s*[A-Z])")


def _after_group_noun(text: str, start: int, end: int) -> int:
    m = _GROUP_NOUN.match(text, start, end)
    return m.end() if m and m.end() < end else start


def _is_past_tense(word: str) -> bool:
    # a short one only by its verb with the "e" back ("Loved": love; not "Jared", "Ahmed")
    if len(word) <= 5:
        return lexicon.is_ordinary_word(word[:-1])
    return lexicon.is_ordinary_word(word)


_TRAILING_DASH = re.compile(r"\s+[-–—:]+$")


def _before_trailing_dash(text: str, start: int, end: int) -> int:
    """ "Oakfield Primary -": a dash or colon after a name, with a space before it, is punctuation."""
    m = _TRAILING_DASH.search(text, start, end)
    return m.start() if m else end


def _sentence_starts_at(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\n:;" or not re.search(r"[\w,]", before[-1])


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) so it neither starts nor ends with whitespace: spaCy's entities can take in
    a line break and an indent ("Sophie Lang\\n    "), and a highlight or a replacement must not."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _without_edge_space(span: Span, original: str) -> Span:
    start, end = _strip_space(original, span.start, span.end)
    if (start, end) == (span.start, span.end):
        return span
    return span.moved(start, end, original[start:end])


def _contains_words(outer: str, inner: str) -> bool:
    """True when ``inner`` appears in ``outer`` as whole words."""
    return f" {inner} " in f" {outer} "


def _chunks(text: str):
    if len(text) <= CHUNK:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):
            # cut at whitespace so no word is split by the boundary itself
            cut = text.rfind(" ", start + CHUNK // 2, end)
            end = cut if cut > 0 else end
        yield start, text[start:end]
        if end >= len(text):
            break
        start = max(end - OVERLAP, start + 1)


def resolve_overlaps(spans: list[Span], original: str) -> list[Span]:
    """Merge overlapping spans into one so nothing is reported twice and nothing is left half-covered.

    Spans that overlap, directly or through a chain, form one group; the group is reported as its
    strongest span (highest score, then longest) widened to the group's extent, because leaving
    part of an identifier uncovered is worse than covering a word too many. One sort and one sweep,
    so a long draft with thousands of spans stays fast.
    """
    merged: list[Span] = []
    group: list[Span] = []
    group_end = -1
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if group and span.start >= group_end:
            merged.append(_merge_group(group, original))
            group = []
        group.append(span)
        group_end = max(group_end, span.end) if len(group) > 1 else span.end
    if group:
        merged.append(_merge_group(group, original))
    return merged


_SPACY_SOURCE = SOURCE_NAMES["SpacyRecognizer"]
_WATCHED_KINDS_KEPT = frozenset({"ORGANIZATION", "LOCATION", "FACILITY", "STREET_ADDRESS"})


def _merge_group(group: list[Span], original: str) -> Span:
    if len(group) == 1:  # most spans overlap nothing
        return group[0]
    rank = lambda s: (s.score, s.end - s.start, -s.start)  # noqa: E731
    best = max(group, key=rank)
    if best.entity_type == "WATCHED":
        # The watch list says the words are private, not what they are: where detection read them as a
        # company or a place, they stay one ("Halvorsen Logistics" is no colleague), found by the list.
        read = [s for s in group if s.entity_type in _WATCHED_KINDS_KEPT and best.start <= s.start and s.end <= best.end]
        if read:
            best = replace(max(read, key=rank), start=best.start, end=best.end, text=best.text, source=best.source,
                           score=best.score)
    if best.source == _SPACY_SOURCE:
        # a rule sure of what the thing is beats spaCy's guess (see Kind.beats_spacy)
        specific = [s for s in group if s.kind.beats_spacy]
        if best.entity_type == "PERSON":
            # a person guess wins unless a rule read the whole phrase around it ("Huntington's disease")
            specific = [s for s in specific if s.start <= best.start and best.end <= s.end and s.end - s.start > best.end - best.start]
        elif best.entity_type not in ("ORGANIZATION", "LOCATION"):
            specific = []
        else:
            # a rule that read the same words as a place knows it is one ("the A38": a road, not a company)
            if best.entity_type == "ORGANIZATION":
                specific += [s for s in group if s.source != _SPACY_SOURCE and (s.start, s.end) == (best.start, best.end)
                             and s.entity_type in ("LOCATION", "FACILITY")]
        if specific:
            best = max(specific, key=rank)
    start, end = min(s.start for s in group), max(s.end for s in group)
    if (start, end) == (best.start, best.end):
        return best
    return best.moved(start, end, original[start:end])
