"""People the text does not place at work (issue 10, session 9): a name guessed from capitals in a post
that is not about work is nobody's patient or client, nor are the names joined to it; a place is never
generalised as a person; the general words a rewrite puts in raise no risk the post did not have; a
role the text itself gives ("a wee student") is kept when only the name goes."""

from __future__ import annotations

import re

import pytest

from rewriter.detect import work_talk
from rewriter.generalise import generalise
from rewriter.spans import Span

SPACY = "language model (spaCy)"


def _span(text: str, word: str, entity_type: str = "PERSON", source: str = SPACY, nth: int = 0) -> Span:
    m = list(re.finditer(re.escape(word), text))[nth]
    return Span(m.start(), m.end(), word, entity_type, 0.85, source, "why", "a suggestion")


@pytest.fixture
def score(monkeypatch):
    """work_score fixed at a value the test sets, through the classifier (so the cache is exercised)."""
    calls: list[str] = []
    value = {"p": 0.2}

    class _Doc:
        @property
        def cats(self):
            return {work_talk.LABEL: value["p"]}

    def classifier():
        def read(text):
            calls.append(text)
            return _Doc()
        return read

    clear = getattr(work_talk.work_score, "cache_clear", lambda: None)
    clear()
    monkeypatch.setattr(work_talk, "_classifier", classifier)
    yield value, calls
    clear()  # no fake score stays cached for the tests after


def test_the_work_talk_score_is_read_once_per_post_however_many_guesses(score):
    _, calls = score
    text = "Beach day with Kofi, then Ama turned up, then Esi came too."
    spans = [_span(text, name) for name in ("Kofi", "Ama", "Esi")]
    out = generalise(text, spans, "nurse").text
    assert "patient" not in out
    assert len(calls) == 1, calls


COORDINATED = "coordinated name rule"


@pytest.mark.parametrize("draft, joined, expected", [
    # a guess and the name joined to it by "and": one plural, nobody's patient
    ("Took Kofi and Ama down to the beach after my last night shift.", ("Kofi", "Ama"),
     "Took a couple of friends down to the beach after my last night shift."),
    ("Kofi, Ama and Esi came round after my shift, so good to laugh.", ("Kofi", "Ama", "Esi"),
     "A few friends came round after my shift, so good to laugh."),
    ("Off shift and straight to Kofi and Ama's wedding.", ("Kofi", "Ama"), "Off shift and straight to two friends' wedding."),
])
def test_names_joined_to_an_unplaced_guess_are_nobodys_patient(score, draft, joined, expected):
    first, *rest = joined
    spans = [_span(draft, first)] + [_span(draft, name, source=COORDINATED) for name in rest]
    assert generalise(draft, spans, "nurse").text == expected


def test_a_name_joined_to_an_unplaced_guess_alone_is_someone_else(score):
    # the first name has a possessive of its own: not one plural, but still nobody's patient
    draft = "Kofi's and Ama's kids came to the beach after my shift."
    spans = [_span(draft, "Kofi"), _span(draft, "Ama", source=COORDINATED)]
    out = generalise(draft, spans, "nurse").text
    assert "patient" not in out and "someone" in out, out


def test_names_joined_to_a_guess_in_a_post_about_work_keep_the_roles_word(score):
    value, _ = score
    value["p"] = 0.9
    draft = "Kofi and Ama both went home today after weeks with us."
    spans = [_span(draft, "Kofi"), _span(draft, "Ama", source=COORDINATED)]
    out = generalise(draft, spans, "nurse").text
    assert out.startswith("Two patients both went home"), out  # the list said once, in the plural


def test_a_name_joined_to_a_named_patient_is_not_unplaced(score):
    draft = "Mr Mensah and Ama went home today."
    spans = [_span(draft, "Mr Mensah", source="titled name rule"), _span(draft, "Ama", source=COORDINATED)]
    assert "friends" not in generalise(draft, spans, "nurse").text


@pytest.mark.parametrize("draft, word, expected", [
    # a verb of going or taking, then "down to"/"out to"/"up to" a name: a place, never "someone else"
    ("Took the kids down to Bondi after my shift.", "Bondi", "Took the kids out after my shift."),
    ("Headed out to Bondi for a swim before work.", "Bondi", "Headed out for a swim before work."),
    ("Drove the kids up to Kendal for the weekend.", "Kendal", "Drove the kids away for the weekend."),
    ("Moved down to Penzance and never looked back.", "Penzance", "Moved away and never looked back."),
])
def test_a_place_gone_to_is_a_place_whatever_the_detector_called_it(score, draft, word, expected):
    assert generalise(draft, [_span(draft, word)], "nurse").text == expected


@pytest.mark.parametrize("draft, word", [
    ("Went up to Sam and asked if he was ok.", "Sam"),
    ("It's down to Sam now, I've done my bit.", "Sam"),
    ("Reached out to Dana about the rota.", "Dana"),
])
def test_a_person_gone_up_to_or_reached_out_to_stays_a_person(score, draft, word):
    out = generalise(draft, [_span(draft, word)], "nurse").text
    assert re.search(r"\b(?:someone|a patient)\b", out), out


@pytest.mark.parametrize("draft, expected", [
    ("Moved to the coast in 2019 and never looked back.", "Moved to the coast a few years ago and never looked back."),
    ("Been on this ward since 2021 with Kofi.", "Been on this ward for some years with"),
])
def test_a_year_after_in_or_since_reads(monkeypatch, draft, expected):
    from rewriter.generalise import times

    monkeypatch.setattr(times, "_this_year", lambda: 2026)
    year = re.search(r"\d{4}", draft)
    spans = [Span(year.start(), year.end(), year.group(), "DATE_TIME", 0.9, "test", "why", "a suggestion")]
    assert generalise(draft, spans, "nurse").text.startswith(expected)


def test_a_sentence_opening_past_verb_is_no_part_of_the_name_and_no_leak(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from rewriter.review import Reviewer

    draft = "Took Kofi and Ama down to Bondi after my last night shift, best way to reset."
    spans = detector.detect(draft, role="nurse")
    assert not any(s.text.startswith("Took") for s in spans), spans
    result = Pipeline(Config(), detector, None, Reviewer()).rewrite(draft, role="nurse", use_llm=False)
    assert result.status == "clean", result.reasons
    assert "patient" not in result.text and "someone" not in result.text, result.text
    # "Bondi", a famous beach on the writer's day off, may stay (the span veto, span_veto.py, reads it as nobody's)
    assert "Took" in result.text and "Kofi" not in result.text and "Ama " not in result.text, result.text


@pytest.fixture(scope="module")
def pipeline(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from rewriter.review import Reviewer

    return Pipeline(Config(), detector, None, Reviewer())


@pytest.mark.parametrize("role, draft", [
    # the review did not read these as venting; "a colleague" in the rewrite must not make them so
    ("teacher", "Had lunch with Mr Kowalski again. Ugh."),
    ("teacher", "Mrs Okafor keeps leaving her mugs in the sink again."),
    ("nurse", "Priya on the Rainbow team covered my breaks again, ugh."),
])
def test_the_general_words_a_rewrite_puts_in_raise_no_risk_the_post_did_not_have(pipeline, role, draft):
    result = pipeline.rewrite(draft, role=role, use_llm=False)
    assert result.risks == [], result.risks
    assert result.final_risks == [] and result.status == "clean", (result.text, result.reasons)


def test_a_risk_the_post_had_stays_and_words_a_rewrite_adds_still_count(pipeline):
    draft = "Mr Kowalski took my whiteboard pens again 🙄"
    result = pipeline.rewrite(draft, role="teacher", use_llm=False)
    assert [r.text for r in result.final_risks] == ["🙄"], result.final_risks  # not "again": only the post's own
    added = pipeline.verify(draft, "A colleague took my pens again, he is useless 🙄", result.spans, role="teacher")
    assert any(r.kind == "venting" and r.text == "useless" for r in added.final_risks), added.final_risks


def test_a_title_in_capitals_before_a_lower_case_word_is_an_acronym(detector):
    draft = "Kofi was diagnosed with MS last week, gutted for him."
    assert not any(s.text == "last" for s in detector.detect(draft, role="nurse"))
    assert any(s.text == "patel" for s in detector.detect("mr patel was lovely today", role="nurse"))


@pytest.mark.parametrize("draft, entity_type, expected", [
    # the role the text gives before the name stays; the name and its commas go
    ("Had a wee student with me today, Saoirse, absolute star.", "PERSON", "Had a wee student with me today, absolute star."),
    ("Our new manager at the depot, Gareth, has cut our breaks.", "PERSON", "Our new manager at the depot has cut our breaks."),
    ("Lovely wee student on placement with us, Aoife, asked the best questions.", "ORGANIZATION",
     "Lovely wee student on placement with us asked the best questions."),
    # the role the text gives after the name stands for them
    ("Saoirse, my wee student, did her first obs round today!", "PERSON", "My wee student did her first obs round today!"),
    ("Saoirse, a student nurse, was brilliant today.", "PERSON", "A student nurse was brilliant today."),
    ("Saoirse (my student) was brilliant today.", "PERSON", "My student was brilliant today."),
    ("So proud of Saoirse, my student.", "PERSON", "So proud of my student."),
])
def test_a_role_the_text_gives_is_kept_and_only_the_name_goes(score, draft, entity_type, expected):
    value, _ = score
    value["p"] = 0.9
    assert generalise(draft, [_span(draft, re.search(r"Saoirse|Gareth|Aoife", draft).group(), entity_type)], "nurse").text == expected


@pytest.mark.parametrize("draft, expected_part", [
    # commas around a name with no role before it: not an apposition to drop
    ("Went for a coffee, Saoirse, and then home.", "patient"),
    ("Saoirse, this one's for you.", ""),
])
def test_a_name_in_commas_with_no_role_beside_it_is_not_dropped_as_an_apposition(score, draft, expected_part):
    value, _ = score
    value["p"] = 0.9
    out = generalise(draft, [_span(draft, "Saoirse")], "nurse").text
    assert "Saoirse" not in out and expected_part in out, out


@pytest.mark.parametrize("draft, word, entity_type, role, expected", [
    # a pet's name after "called" and a title, or before "the" and what it is: the name goes
    ("Lovely lady in bed 6 has a cat called Mr Whiskers and shows me photos.", "Whiskers", "PERSON", "nurse",
     "Lovely lady in bed 6 has a cat and shows me photos."),
    ("Brought Biscuit the class hamster home for the holidays.", "Biscuit", "ORGANIZATION", "teacher",
     "Brought the class hamster home for the holidays."),
    ("Took Rolo the therapy dog to the group today.", "Rolo", "PERSON", "therapist", "Took the therapy dog to the group today."),
    # thanked, or after a role written as an acronym: a person whatever the detector called them
    ("Ta to Bazza for fixing my ute, legend.", "Bazza", "LOCATION", "other", "Ta to someone for fixing my ute, legend."),
    ("Shout out to our HCA Tendai for spotting it early.", "Tendai", "ORGANIZATION", "nurse",
     "Shout out to our HCA for spotting it early."),
    # a child in a class who asks is no place
    ("Jayden in Year 4 asked if I had a Nintendo.", "Jayden", "LOCATION", "teacher", "A student in Year 4 asked if I had a Nintendo."),
])
def test_what_the_words_around_a_name_say_it_is(score, draft, word, entity_type, role, expected):
    value, _ = score
    value["p"] = 0.9
    assert generalise(draft, [_span(draft, word, entity_type)], role).text == expected


def test_a_list_of_unplaced_names_is_one_plural_for_a_writer_of_any_role(score):
    draft = "Going to the festival with Priya and Tom, first time, any tips?"
    spans = [_span(draft, "Priya"), _span(draft, "Tom")]
    assert generalise(draft, spans, "other").text == "Going to the festival with a couple of friends, first time, any tips?"


@pytest.mark.parametrize("draft, word, entity_type, role, expected", [
    # handed over to: a colleague, never "elsewhere" nor a patient
    ("Handed over to Comfort on nights and she had the kettle on.", "Comfort", "LOCATION", "nurse",
     "Handed over to a colleague on nights and she had the kettle on."),
    # a role opening the sentence keeps its words, with no "the" between
    ("Student nurse Chloe did her first cannula today.", "Chloe", "PERSON", "nurse", "Student nurse did her first cannula today."),
    # a plural surname after "the" is a family, with or without the apostrophe
    ("Met the Ahmeds today, lovely family.", "Ahmeds", "PERSON", "social worker", "Met a family today, lovely family."),
    # a place has no birthday, and a name in a list of people is a person
    ("Craic was mighty at Siobhan's 30th last night.", "Siobhan", "LOCATION", "other", "Craic was mighty at someone's 30th last night."),
    ("Our ward clerk Deb is leaving, who will find the notes now.", "Deb", "ORGANIZATION", "nurse",
     "Our ward clerk is leaving, who will find the notes now."),
    ("Roast at my mate Gaz's, best in town.", "Gaz", "PERSON", "other", "Roast at my mate's, best in town."),
])
def test_more_of_what_the_words_around_a_name_say(score, draft, word, entity_type, role, expected):
    value, _ = score
    value["p"] = 0.9
    assert generalise(draft, [_span(draft, word, entity_type)], role).text == expected


def test_a_name_in_a_list_with_a_person_is_a_person(score):
    value, _ = score
    value["p"] = 0.9
    draft = "Amara and Zainab from 6B won the spelling bee."
    spans = [_span(draft, "Amara"), _span(draft, "Zainab", "LOCATION")]
    assert generalise(draft, spans, "teacher").text == "Two students from 6B won the spelling bee."


@pytest.mark.parametrize("draft, expected", [
    ("Sunday roast at my mate's, so good.", "Weekend roast at my mate's, so good."),
    ("Proper Friday drinks with the team.", "Proper drinks with the team."),
])
def test_a_weekday_before_a_noun_describes_it_and_goes(draft, expected):
    day = re.search(r"Sunday|Friday", draft)
    spans = [Span(day.start(), day.end(), day.group(), "DATE_TIME", 0.9, "test", "why", "a suggestion")]
    assert generalise(draft, spans, "other").text == expected


@pytest.mark.parametrize("draft, expected", [
    ("See you on Sunday morning!", "See you"),
    ("Sunday was lovely.", ""),
])
def test_a_weekday_that_says_when_is_still_a_time(draft, expected):
    day = re.search(r"Sunday", draft)
    spans = [Span(day.start(), day.end(), day.group(), "DATE_TIME", 0.9, "test", "why", "a suggestion")]
    out = generalise(draft, spans, "other").text
    assert out.startswith(expected) and out not in ("Morning!", "Was lovely."), out


def test_a_relative_named_in_commas_after_a_title_is_that_relative(score):
    value, _ = score
    value["p"] = 0.9
    draft = "Mrs Obi, Tunde's mum, sent in a card for the whole class."
    spans = [_span(draft, "Obi", source="titled name rule"), _span(draft, "Tunde", source="possessive name rule")]
    assert generalise(draft, spans, "teacher").text == "My student's mum sent in a card for the whole class."
    draft = "I told Mr Kowalski, my colleague, about it."
    assert generalise(draft, [_span(draft, "Kowalski", source="titled name rule")], "teacher").text == "I told my colleague about it."


@pytest.mark.parametrize("draft, expected", [
    # "the" goes before the words of a role, not between them
    ("Signed by license clerk Hubbard this morning.", "Signed by the license clerk this morning."),
    # a verb before the role is no part of it
    ("My colleague said mum Aisha called.", "My colleague said the mum called."),
])
def test_the_before_a_role_with_no_determiner(draft, expected):
    name = re.search(r"Hubbard|Aisha", draft)
    spans = [Span(name.start(), name.end(), name.group(), "PERSON", 0.9, "role noun name rule", "why", "s")]
    assert generalise(draft, spans, "other").text == expected


def test_a_guess_in_a_post_about_the_writers_own_time_is_someone(score):
    value, _ = score
    value["p"] = 0.74  # the classifier read a weekend away as about work
    draft = "Weekend at Hay-on-Wye with Sam, bought far too many books."
    assert generalise(draft, [_span(draft, "Sam")], "therapist").text == "Weekend at Hay-on-Wye with someone, bought far too many books."
    draft = "Weekend shift with Sam, bought far too many biscuits."  # a shift is work
    assert "a client" in generalise(draft, [_span(draft, "Sam")], "therapist").text


@pytest.mark.parametrize("draft, word, entity_type, role, expected", [
    ("Night off, breakfast with Ama then bed.", "Ama", "ORGANIZATION", "nurse", "Night off, breakfast with someone then bed."),
    ("Sunrise walk round Coogee after nights.", "Coogee", "ORGANIZATION", "nurse", "Sunrise walk round a local place after nights."),
    ("Our Charge Nurse Patience is retiring after 32 years.", "Patience", "PERSON", "nurse", "Our Charge Nurse is retiring after 32 years."),
])
def test_company_kept_and_places_walked_round(score, draft, word, entity_type, role, expected):
    assert generalise(draft, [_span(draft, word, entity_type, source="role noun name rule" if word == "Patience" else SPACY)], role).text == expected


def test_a_famous_name_the_draft_left_is_not_flagged_beside_the_rewrites_general_words(pipeline):
    draft = "Jayden in Year 4 asked if Henry VIII had a Nintendo. I love this job."
    result = pipeline.rewrite(draft, role="teacher", use_llm=False)
    assert "Henry VIII" in result.text and "Jayden" not in result.text, result.text
    assert result.status == "clean"


def test_a_school_year_after_a_person_goes_with_its_in():
    draft = "A student in Year 4 asked about it."
    year = draft.index("Year 4")
    spans = [Span(year, year + 6, "Year 4", "AGE", 0.9, "school year rule", "why", "s")]
    assert generalise(draft, spans, "teacher").text == "A student asked about it."
    draft = "Moved her in Year 4 to a new group."
    year = draft.index("Year 4")
    spans = [Span(year, year + 6, "Year 4", "AGE", 0.9, "school year rule", "why", "s")]
    assert "in their school year" in generalise(draft, spans, "teacher").text


@pytest.mark.parametrize("draft, role, p, expected", [
    # one span that is a list of names: said once, in the plural
    ("Proud of Tyler, Mia and Noah for reading to the Year 1s.", "teacher", 0.3, "Proud of three people for reading to the Year 1s."),
    ("Proud of Tyler, Mia and Noah for reading to the Year 1s.", "teacher", 0.9, "Proud of three students for reading to the Year 1s."),
    ("Brunch with Tyler and Mia, then a nap.", "nurse", 0.3, "Brunch with a couple of friends, then a nap."),
])
def test_a_span_that_is_a_list_of_names_is_said_in_the_plural(score, draft, role, p, expected):
    value, _ = score
    value["p"] = p
    word = re.search(r"Tyler, Mia and Noah|Tyler and Mia", draft).group()
    assert generalise(draft, [_span(draft, word)], role).text == expected


def test_a_list_with_a_titled_name_is_not_one_plural(score):
    value, _ = score
    value["p"] = 0.9
    draft = "Mr Mensah and Ama went home today."
    spans = [_span(draft, "Mensah", source="titled name rule"), _span(draft, "Ama", source=COORDINATED)]
    assert generalise(draft, spans, "nurse").text == "A patient and another patient went home today."


@pytest.mark.parametrize("draft, word, entity_type, role, expected", [
    # the one person the first sentence brought in, named as the next opens: that person
    ("Had a wee student with me today. Saoirse was brilliant with the patients.", "Saoirse", "PERSON", "nurse",
     "Had a wee student with me today. The student was brilliant with the patients."),
    ("Saw a new client today. Marcus is 19 and so angry at the world.", "Marcus", "ORGANIZATION", "therapist",
     "Saw a new client today. The client is a teenager and so angry at the world."),  # (the age as the detector gives it)
    # a name with a bed of its own is not the student brought in
    ("Had a student today. Doris in bed 4 loved her.", "Doris", "PERSON", "nurse", "Had a student today. A patient loved her."),
])
def test_a_name_opening_the_sentence_after_one_person_was_brought_in_is_that_person(score, draft, word, entity_type, role, expected):
    value, _ = score
    value["p"] = 0.9
    spans = [_span(draft, word, entity_type)]
    if "19" in draft:
        at = draft.index("19")
        spans.append(Span(at, at + 2, "19", "AGE", 0.9, "age rule", "why", "s"))
    assert generalise(draft, spans, role).text == expected


@pytest.mark.parametrize("draft, word, entity_type, expected", [
    ("Night shift done, breakfast with Ama at Dishoom then bed.", "Dishoom", "PERSON",
     "Night shift done, breakfast with Ama at a café then bed."),
    ("Dinner at the Nando's near the station, then bed.", "Nando", "ORGANIZATION", "Dinner at a restaurant near the station, then bed."),
    ("Drinks at the Crown with the girls tonight.", "Crown", "ORGANIZATION", "Drinks at a pub with the girls tonight."),
])
def test_a_meal_or_a_drink_at_a_name_was_had_at_a_place_of_that_kind(score, draft, word, entity_type, expected):
    assert generalise(draft, [_span(draft, word, entity_type)], "nurse").text == expected


@pytest.mark.parametrize("draft, words, entity_type, expected", [
    # a name describing the noun after it goes, like any modifier
    ("Have you been to a Taylor Swift concert before?", ("Taylor Swift",), "PERSON", "Have you been to a concert before?"),
    # a list right after the plural role it names only names them
    ("Acme is the brainchild of our 3 founders: Anna, Ben and Carl. The idea was born on the beach.", ("Anna", "Ben", "Carl"),
     "PERSON", "Acme is the brainchild of our 3 founders. The idea was born on the beach."),
])
def test_a_name_that_describes_or_only_names_people_just_said_goes(score, draft, words, entity_type, expected):
    assert generalise(draft, [_span(draft, w, entity_type) for w in words], "other").text == expected


def test_a_firm_named_like_a_list_is_not_people(score):
    draft = "Bergstrom, Schmidt and Murphy is a design agency."
    out = generalise(draft, [_span(draft, "Bergstrom, Schmidt and Murphy")], "other").text
    assert "friends" not in out and "people" not in out, out
