"""Classes careful readers marked garbled or over-removed in the judged rewrites (dd2s13, fresh10-12),
each pinned on made-up sentences of the same shape (issue 10, "Grammar" and "The right kind and the right
words"):

- a count of people said as "a number of X" loses the scale that is the point ("2 staff for a number of
  residents"): the size stays, the number goes ("dozens of residents");
- a word that opens a sentence after an emoji ("... discharge 🥰 Grandma Betty from ...") keeps its capital
  when the name is replaced, where the writer capitalises after their emoji;
- the writer's own firm named after "my manager at" is where they work, not "a client company"; a firm
  bought is "a company";
- a name before a unit's noun ("the whole Bristol office", "the Leeds depot") is that unit: "the whole
  office", never "the whole organisation" or "a site";
- a place in a post that says it is a village is "the village", never "town";
- "101 years young" is a saying: "young at heart", never "an older patient" in apposition;
- a small count after "just"/"only" stays small: "just a few dozen kids", never "just many kids";
- a duration opening a clause ("an outage — 6 hrs, 40k locked out") is "for hours", never the bare "hours,";
- a surname left after a first name ("dressed as [Conor] McGregor") goes with it: never "someone McGregor",
  which the next pass makes "someone someone";
- a weekday a sentence waits for ("till the custody hearing Thursday") is ahead even where a word just
  before it was replaced: "this week", never "recently";
- a part of one firm or place ("Half of Dunmore Logistics is ...") is "half of the company", never "half of
  a company"; "the whole of a local place" is "the whole area";
- a day after "is back", "she's off" is ahead: "is back this week", never "is back recently";
- a police rank's letters before a name go with it: "for an officer", never "for PC someone";
- a weekday and a clock time before a noun ("my Tuesday 6pm slot") keep the part of the day ("my evening
  slot"): the bare "my slot" reads as a word left out.
"""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise
from rewriter.review import Risk
from rewriter.spans import Span
from test_generalise import gen, marked  # tests/ is on the path


def counted(draft: str, noun: str, role: str = "hr") -> str:
    """The draft's one [count] as a FIGURE span with the recognizer's suggestion "a number of <noun>"."""
    text, spans = marked(draft, "FIGURE")
    span = spans[0]
    spans = [Span(span.start, span.end, span.text, "FIGURE", 0.9, "test", "why", f"a number of {noun}")]
    return generalise(text, spans, role).text


@pytest.mark.parametrize(
    "draft, noun, expected",
    [
        ("They cut nights to 2 carers for [57 residents] and nobody batted an eye.", "residents",
         "They cut nights to 2 carers for dozens of residents and nobody batted an eye."),
        ("The outage left [25k customers] without cards for a day.", "customers",
         "The outage left thousands of customers without cards for a day."),
        ("Closing the depot means [160 staff] lose their jobs in spring.", "staff",
         "Closing the depot means over a hundred staff lose their jobs in spring."),
        ("They are letting go ~[300 people] next quarter, not public yet.", "people",
         "They are letting go hundreds of people next quarter, not public yet."),
        ("[4 staff] made redundant this week and no one told the board.", "staff",
         "A few staff made redundant this week and no one told the board."),
        ("Go-live is June, [13 engineers], a big contract.", "engineers",
         "Go-live is June, a dozen or so engineers, a big contract."),
        ("A supplier with [1,400 employees] and no HR team.", "employees",
         "A supplier with over a thousand employees and no HR team."),
    ],
)
def test_a_count_keeps_its_size(draft, noun, expected):
    assert counted(draft, noun) == expected


def test_a_long_number_is_no_count():
    # a card or account number the recognizer took for a count keeps the plain words
    assert counted("Card? [3570819296969220 Our offices] are located at the corner.", "offices") == \
        "Card? A number of offices are located at the corner."


def test_a_count_after_only_stays_small():
    assert counted("With only [140 residents] we still can't staff nights.", "residents") == \
        "With only a hundred or so residents we still can't staff nights."


def test_a_determined_count_still_just_goes():
    # "all 14 branches" -> "all branches": the determiner already says which
    assert counted("All [14 branches] close in June.", "branches") == "All branches close in June."


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Lovely chat before his scan 🥰 [Uncle Desmond] from bay 4 made us all laugh!", ("PERSON",), "nurse",
         "Lovely chat before his scan 🥰 The uncle made us all laugh!"),
        ("New starter today! 🎉 [Femi] joins us on the platform team.", ("PERSON",), "engineer",
         "New starter today! 🎉 A colleague joins us on the platform team."),
    ],
)
def test_a_capital_after_an_emoji_stays(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_writer_who_runs_on_after_emoji_keeps_lower_case():
    # "😍 pic below": this writer does not start a sentence after an emoji, so neither does the rewrite
    out = gen("Best morning ever 😍 pic below, and 😂 [Marjorie] says hi", "PERSON", role="care worker")
    assert "😂 a resident says hi" in out, out


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("My manager at [Quillon Partners] keeps my slides and presents them as his.", ("ORGANIZATION",), "analyst",
         "My manager at work keeps my slides and presents them as his."),
        ("Our CTO at [Brackwell Labs] cancelled the retro again.", ("ORGANIZATION",), "engineer",
         "Our CTO at work cancelled the retro again."),
        ("The model says we should acquire [Tindale Systems] before Q3.", ("ORGANIZATION",), "analyst",
         "The model says we should acquire a company before Q3."),
    ],
)
def test_the_writers_own_firm_is_not_a_client(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_client_company_is_still_a_client():
    out = gen("Demo for [Tindale Systems] went well today.", "ORGANIZATION", role="analyst")
    assert out == "Demo for a client company went well today.", out


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("They are about to close the whole [Swindon office] and nobody knows.", ("ORGANIZATION",), "engineer",
         "They are about to close the whole office and nobody knows."),
        ("Found out the [Hull depot] is closing next year.", ("FACILITY",), "hr",
         "Found out the depot is closing next year."),
        ("Forty roles at the [Dundee warehouse] will go.", ("FACILITY",), "hr", "Forty roles at the warehouse will go."),
    ],
)
def test_a_name_before_a_units_noun_is_that_unit(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Living in a village this small is hard. Everyone in [Upper Brackley] knows my car.", ("LOCATION",), "nurse",
         "Living in a village this small is hard. Everyone in the village knows my car."),
        ("Many of you in [Thornby] will remember her. Soup in the village hall after.", ("LOCATION",), "vicar",
         "Many of you in the village will remember her. Soup in the village hall after."),
    ],
)
def test_a_village_is_not_a_town(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_village_just_said_is_not_said_again():
    out = gen("My Pilates class in the village hall in [Llanwern] is full of clients.", "LOCATION", role="therapist")
    assert out == "My Pilates class in the village hall is full of clients.", out


def test_a_post_with_a_town_keeps_town():
    out = gen("Many of you in [Thornby] will remember her. The town misses her.", "LOCATION", role="vicar")
    assert "in town" in out, out


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("A client from my [Wednesday 7pm] slot added me on Insta.", ("DATE_TIME",), "therapist",
         "A client from my evening slot added me on Insta."),
        ("Our [Friday] morning huddle got cancelled again.", ("DATE_TIME",), "nurse",
         "Our morning huddle got cancelled again."),
        ("My [Thursday] group brought me flowers.", ("DATE_TIME",), "counsellor", "My group brought me flowers."),
    ],
)
def test_a_weekday_modifier_keeps_its_part_of_day(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Discharge day for [Nana Pat], [96 years young] and still bossing us about!", ("PERSON", "AGE"), "nurse",
         "Discharge day for the nana, young at heart and still bossing us about!"),
    ],
)
def test_years_young_is_a_saying(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our tiny school has just 27 kids and Ruairi won the county maths prize!!", "just a few dozen kids"),
        ("She has only 4 grandkids left at home now, bless her.", "only a handful of grandkids"),
        ("Of the twelve foster kids she raised, only 5 of them still ring her.", "only a handful of them"),
        ("She raised 7 grandkids alone on a pension.", "raised several grandkids"),
    ],
)
def test_a_small_count_after_just_stays_small(text, expected):
    from rewriter.generalise.story_counts import counts

    someone = Span(0, 3, text[:3], "PERSON", 0.9, "test", "why", "someone")  # the post describes someone
    out = text
    for risk in sorted(counts(text, [], [someone]), key=lambda r: -r.start):
        out = out[:risk.start] + risk.rewrite + out[risk.end:]
    assert expected in out, out


@pytest.mark.parametrize(
    "text, role, gone, kept",
    [
        ("Our new manager has cut nights to 2 staff for 41 residents at Fernlea Lodge. Someone will get hurt.",
         "care worker", ["41", "Fernlea", "a number of"], ["dozens of residents"]),
        ("My manager at Kestrow Capital takes my models and presents them as his own.", "analyst",
         ["Kestrow", "client company"], ["My manager at work"]),
        ("Leadership is about to close the whole Swindon office and none of them have been told.", "software engineer",
         ["Swindon", "organisation"], ["the whole office"]),
        ("Selfie with my favourite patient before discharge 🥰 Grandad Stan from Larch ward, 98 years young and "
         "funnier than all of us!", "nurse", ["98", "Stan", "older patient"], ["young at heart"]),
        ("Client from my Wednesday 7pm slot just sent me a follow request 😬 do I ignore it?", "therapist",
         ["Wednesday", "7pm"], ["my evening slot"]),
    ],
)
def test_with_the_real_detector(detector, text, role, gone, kept):
    spans = detector.detect(text, role=role)
    out = generalise(text, spans, role).text
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


def test_a_duration_opening_a_clause_says_for():
    from rewriter.generalise.stories import story_rewrites
    from rewriter.review import Risk

    text = "The 'planned works' at the depot were a full outage — 9 hrs, nobody could log in. Chaos."
    at = text.index("outage")
    risk = Risk("confidential_business", at, at + len("outage"), "outage", "why", "how")
    rewrites = [r for r in story_rewrites(text, [risk]) if r.rewrite is not None]
    assert any(r.text == "9 hrs" and r.rewrite == "for hours" for r in rewrites), rewrites


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Half the stag do came dressed as [Rory] McAllister from the band.", "Half the stag do came dressed as someone from the band."),
        # a weekday, a month or an everyday word after the name is no surname
        ("Told [Sarah] Monday that the rota is changing.", "Told someone Monday that the rota is changing."),
        ("Gave [Sarah] Lunch money again.", "Gave someone Lunch money again."),
    ],
)
def test_a_surname_left_behind_goes_with_the_first_name(draft, expected):
    assert gen(draft, "PERSON", role="other") == expected


def test_a_day_waited_for_stays_ahead_after_a_replacement():
    from rewriter.generalise.driver import generalise as generalise_all

    text = "Can't say much till the custody hearing Thursday but the dad has done everything we asked."
    at = text.index("custody hearing")
    risk = Risk("ongoing_case", at, at + len("custody hearing"), "custody hearing", "why", "how", rewrite="hearing")
    day = text.index("Thursday")
    spans = [Span(day, day + len("Thursday"), "Thursday", "DATE_TIME", 0.9, "test", "why", "recently")]
    out = generalise_all(text, spans, "social worker", [risk]).text
    assert out == "Can't say much till the hearing this week but the dad has done everything we asked.", out


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("New boss scrapped flexi time. Half of [Tarrow Freight] is job hunting now.", ("ORGANIZATION",), "hr",
         "New boss scrapped flexi time. Half of the company is job hunting now."),
        ("The whole of [Glenmoy] knows already.", ("PERSON",), "teacher", "The whole area knows already."),
    ],
)
def test_a_part_of_one_firm_or_place_is_the_firm_or_place(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("The lad who got excluded is back [Monday], joy.", "The lad who got excluded is back this week, joy."),
        ("She's off on [Friday] so cover is needed.", "She's off this week so cover is needed."),
        # the past stays the past
        ("He came back on [Monday] and went straight to bed.", "He came back recently and went straight to bed."),
    ],
)
def test_a_day_after_is_back_is_ahead(draft, expected):
    assert gen(draft, "DATE_TIME", role="teacher") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Disciplinary for PC [Dylan Morrow] is finally next month.", "Disciplinary for an officer is finally next month."),
        ("DS [Adebayo] has 'lost' my overtime forms again.", "A detective has 'lost' my overtime forms again."),
    ],
)
def test_a_rank_goes_with_the_name(draft, expected):
    assert gen(draft, "PERSON", role="police officer") == expected


def test_a_phrase_that_takes_a_counts_number_keeps_its_noun():
    """Session 50 (fresh49 "closing 2 of their 5 hotels" -> "closing some of their and cutting"): a risk's phrase
    that ends on a count's number rewrites the number; the noun counted stays after it."""
    from rewriter.generalise.driver import generalise as generalise_all

    text = "they're closing 2 of their 5 hotels and cutting jobs"
    at = text.index("2 of their 5")
    risk = Risk("confidential_business", at, at + len("2 of their 5"), "2 of their 5", "why", "how", rewrite="some of their")
    count = text.index("5 hotels")
    spans = [Span(count, count + len("5 hotels"), "5 hotels", "FIGURE", 0.5, "test", "why", "a number of hotels")]
    assert generalise_all(text, spans, "consultant", [risk]).text == "they're closing some of their hotels and cutting jobs"
    # near case: a span that is all number under the phrase goes with it as before
    spans = [Span(count, count + 1, "5", "FIGURE", 0.5, "test", "why", "some")]
    assert generalise_all(text, spans, "consultant", [risk]).text == "they're closing some of their hotels and cutting jobs"
