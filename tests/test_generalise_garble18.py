"""Garbles read in the deterministic rewrites of the writer and fresh sets (session 18), each pinned on
made-up sentences of the same shape (issue 10, "Grammar" and "The right kind and the right words"):

- a region that ended its sentence with a full stop ("closing in Feb. 60 staff") keeps the stop: never
  "closing soon Dozens of staff"; a title's own stop ("Mr. Okafor") is no sentence's end;
- a date after "adjourned to" with no "the" is "a later date", never "adjourned to recently";
- an event's date said in the present ("court date is 14 March") is ahead: "soon", never "recently";
- a month after "since ..." in its clause is past: "since her op in March" -> "earlier this year", never "soon";
- an age said of someone who is very old reads "elderly" ("he was elderly and still asking"), never the
  comparative "older" with nothing to compare;
- a number before "years clean" or "years sober" is how long, not how old: "a few years clean", never "a
  child years clean";
- a school year said by its ordinal ("in 4th grade") is a school year, never "in young".
"""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise
from test_generalise import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("The stores are closing [in Feb.] [60 staff] and nobody knows.", ("DATE_TIME", "FIGURE"), "retail supervisor",
         "The stores are closing soon. "),
        ("The stores at [Brightway Home] are closing [in Feb.] Nobody knows yet.", ("ORGANIZATION", "DATE_TIME"), "retail supervisor",
         "closing soon. Nobody knows yet."),
        ("Went to see [Mr.] Okafor today.", ("PERSON",), "nurse", "Okafor today."),
    ],
)
def test_a_sentence_keeps_its_full_stop(draft, types, role, expected):
    assert expected in gen(draft, *types, role=role)


def test_a_titles_stop_is_not_doubled_or_added():
    out = gen("Saw [Mr. Okafor] on the ward.", "PERSON", role="nurse")
    assert ".." not in out and "Mr" not in out, out


@pytest.mark.parametrize(
    "draft, expected, wrong",
    [
        ("Judgement adjourned to [3 November]. Please stop asking me.", "adjourned to a later date.", "recently"),
        ("The hearing was postponed again to [14 March] and the client is furious.", "postponed again to a later date", "recently"),
        ("Chief finally moving out, court date is [14 March]. Fam I can't.", "court date is soon.", "recently"),
        ("Down 20 lbs since her gastric sleeve [in March] and feeling great!", "since her gastric sleeve earlier this year", "soon"),
        ("First time walking since his stroke [in August]. Small wins.", "since his stroke earlier this year", "soon"),
    ],
)
def test_a_date_keeps_its_tense(draft, expected, wrong):
    out = gen(draft, "DATE_TIME", role="lawyer")
    assert expected in out and wrong not in out, out


@pytest.mark.parametrize(
    "draft, types, expected, wrong",
    [
        ("Sat with a patient on his last night, he was [94] and still asking about the score.", ("AGE",),
         "he was elderly and still asking", "older"),
        ("Did a piece over the scars on her wrist today, [she's 2] years clean from self harm.", ("AGE",),
         "she's a few years clean", "child"),
        ("He's [10] years sober this week and we had cake.", ("AGE",), "He's a few years sober", "child"),
        ("Third time this week a girl in [4th grade] shows up with a tummy ache.", ("AGE",),
         "a girl shows up", "young"),
    ],
)
def test_an_age_in_its_slot(draft, types, expected, wrong):
    out = gen(draft, *types, role="nurse")
    assert expected in out and wrong not in out, out


def test_a_middle_age_is_still_middle_aged():
    assert "was only middle-aged" in gen("The lady on the ward was only [41].", "AGE", role="nurse")


@pytest.mark.parametrize(
    "text, role, gone, kept",
    [
        ("Our regional manager told us the stores at Brightway Home are closing in Feb. 60 staff. Nobody knows yet",
         "retail supervisor", ["Brightway", "Feb", "60"], ["closing soon. Dozens of staff."]),
        ("This matter is trending everywhere. Judgement adjourned to 3 November. Abeg stop asking me", "lawyer",
         ["November", "recently"], ["adjourned to a later date."]),
        ("Jenna's down 42 lbs since her gastric sleeve in March and her A1C is normal now!!", "personal trainer",
         ["March", "soon"], ["since her gastric sleeve earlier this year"]),
        ("Sat with Mr. Fitzgerald on his last night, he was 94 and still asking about the Leafs score.", "hospice nurse",
         ["Fitzgerald", "94", "older"], ["he was elderly and still asking"]),
        ("Did a semicolon piece on a lassie's wrist today, she's 2 years clean from self harm.", "tattoo artist",
         ["child years"], ["she's a few years clean"]),
        ("Third time this week Kayleigh in 4th grade shows up with a tummy ache.", "school nurse",
         ["Kayleigh", "4th", "in young"], ["shows up with a tummy ache"]),
    ],
)
def test_with_the_real_detector(detector, text, role, gone, kept):
    out = generalise(text, detector.detect(text, role=role), role).text
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


# - a name before a compound whose head is a person ("Bayliss account guy") is its modifier: "The account
#   guy", never "An organisation account guy";
# - a name before a place's noun after "at" or "in" ("at Brookfield mall", "in Ballyhaunis test centre", "at a
#   Joburg fintech") is "the local mall", "the local test centre", "a local fintech", never "at work mall",
#   "in town test centre" or "at the area fintech"; after "the whole" the name just goes.


@pytest.mark.parametrize(
    "draft, types, role, expected, wrong",
    [
        ("[Bayliss] account guy tried to add me on Insta after his meeting.", ("ORGANIZATION",), "receptionist",
         "The account guy tried to add me", "organisation"),
        ("Our [Harlow] sales rep quit today.", ("PERSON",), "sales rep", "Our sales rep quit today.", "someone"),
        ("Supervisor at [Brookfield] mall made us search a teen.", ("ORGANIZATION",), "security guard",
         "at the local mall made", "work mall"),
        ("Just placed a CFO at a [Joburg] fintech that hasn't announced yet.", ("LOCATION",), "recruiter",
         "at a local fintech that", "area"),
        ("She passed this morning in [Ballyhaunis] test centre, after failing twice.", ("LOCATION",), "driving instructor",
         "in the local test centre,", "town test"),
        ("The whole [Ashcombe] test centre clapped.", ("PERSON",), "driving instructor", "The whole test centre clapped.", "local"),
    ],
)
def test_a_name_before_a_compound_noun_goes(draft, types, role, expected, wrong):
    out = gen(draft, *types, role=role)
    assert expected in out and wrong not in out, out


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a short word of another language before a person's noun is no English compound: left as it was
        ("Mama yangu ni [Wanjiru] ni witness kwa case.", ("PERSON",), "ni witness"),
        ("[Mrs Okafor] hates nurses apparently.", ("PERSON",), "hates nurses"),
    ],
)
def test_not_every_word_before_a_persons_noun_is_a_compound(draft, types, expected):
    out = gen(draft, *types, role="teacher")
    assert expected in out and not out.startswith("The hates"), out


# - a name in commas after the person it names ("The youngest, Amara, hugged me", "a man in Ballymena, Derek,
#   says", "One of my 5th years, Aoife, just got") goes with both its commas, never "The youngest, someone
#   else, hugged me"; an age in commas after it ("The youngest, Amara, just 5, hugged") goes with its own.


@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("Got the family into their own flat, four kids. The youngest, Amara, hugged me on the doorstep.",
         "social worker", "The youngest hugged me on the doorstep."),
        ("Got the family into their own flat, four kids. The youngest, Amara, just 5, hugged me on the doorstep.",
         "social worker", "The youngest hugged me on the doorstep."),
        ("Claim of the year: a man in Ballymena, Derek, says an iguana chewed through his brake lines",
         "insurance adjuster", "a man in town says an iguana"),
        ("One of my 5th years, Aoife, just got called up to the county camogie panel", "teacher",
         "One of my 5th years just got called up"),
        ("One of my regulars, Doreen, brought scones again.", "nurse", "One of my regulars brought scones again."),
    ],
)
def test_a_name_in_commas_after_the_person_goes_with_its_commas(detector, text, role, expected):
    out = generalise(text, detector.detect(text, role=role), role).text
    assert expected in out, out


# - a date right after a verb in the present that says what happens on it ("contracts end 31 Jan", "goes to
#   ACAS on the 9th") or after an obligation ("Have to tell them on Monday") is ahead, whatever past the rest
#   of the sentence holds: "soon", "this week", never "recently"; "till after the launch on the 5th" too;
# - a weekday after an ordinal and before "running" is a week: "the 3rd week running", never "the 3rd
#   recently running".


@pytest.mark.parametrize(
    "draft, expected, wrong",
    [
        ("Solidarity with the cleaners who've just been told their contracts end [31 Jan]. Claim going in.",
         "their contracts end soon.", "recently"),
        ("The grievance we lodged for the cleaners goes to ACAS [on the 9th]. Management offered 40p.",
         "goes to ACAS soon.", "recently"),
        ("Rough week ahead. Have to tell 42 people [on Monday] their roles are gone.", "people this week their roles",
         "recently"),
        ("Client wants the report held till after the ribbon-cutting [on the 5th]. Ahem.", "ribbon-cutting soon.",
         "recently"),
        ("She came late for the 3rd [Sunday] running and the deacon is furious.", "the 3rd week running", "recently"),
        ("Board signed it off [Friday]. Need wine.", "signed it off recently.", "soon"),
        ("Her treatment ended [on the 3rd] and she went home.", "ended recently", "soon"),
    ],
)
def test_a_date_after_a_present_verb_is_ahead(draft, expected, wrong):
    out = gen(draft, "DATE_TIME", role="union rep")
    assert expected in out and wrong not in out, out


# - "Mama" before a name is a respectful word for an older woman: "The lady in 214", never "The mum in 214";
#   in a post about a birth she is the mother ("Mama Hine is a legend" -> "The mum is a legend");
# - a firm named where a story was shown ("all over the Post", "that was on RTÉ", "the one on BBC Wales") is
#   the news, never "a hospital" because the post mentions a ward, nor "BBC an organisation";
# - a town's name before "paper" read as a family's ("in the Ennis paper") is "the local paper", never "a
#   family paper";
# - a place's name found apart from the possessive before it ("at Bella's Trattoria") is one phrase, never
#   "at an organisation's the area".


@pytest.mark.parametrize(
    "text, role, expected, wrong",
    [
        ("Y'all. Mama Rosalind in 214 just told me her late husband was a sorry excuse for a man. Bless her heart",
         "nurse", "The lady in 214", "mum"),
        ("Caught baby number 3 last night, a set of triplets born at our unit. Mama Hine is a legend.", "midwife",
         "The mum is a legend.", "lady"),
        ("The farmer from the slurry pit accident that was on RTÉ is on our ward. Half the county has rung.", "nurse",
         "The farmer from the slurry pit accident", "hospital"),
        ("the guy from the subway shove story all over the Post is on my floor. he's stable.", "nurse",
         "all over the news is on my floor", "organisation"),
        ("That lad who went missing off the mountain last week, the one on BBC Wales, he's home.", "police officer",
         "the one on the news, he's home", "BBC"),
        ("You'll probably have seen the story in the Ennis paper about the young fella who collapsed at the match.", "GP",
         "in the local paper about", "family paper"),
        ("Table 9 at Bella's Trattoria left me a 2 cent tip and a napkin that said smile more.", "waitress",
         "Table 9 at ", "'s the area"),
    ],
)
def test_a_name_in_its_slot_with_the_real_detector(detector, text, role, expected, wrong):
    out = generalise(text, detector.detect(text, role=role), role).text
    assert expected in out and wrong not in out, out


# - after a determiner, a name whose last words the detector left in capitals before a plain noun ("the Nimbus
#   Pay integration", "the Bondi Rd store", "the Zephyr X earbuds") goes whole: "the integration", never "an
#   organisation Pay integration" or "someone Rd store";
# - a family's name before a matter of its own ("the Hargreaves divorce") goes: "the divorce", never "a family
#   divorce".


@pytest.mark.parametrize(
    "text, role, expected, wrong",
    [
        ("cant believe we're shipping the Nimbus Pay integration for Harlow Foods before anyone's announced it lol.",
         "software engineer", "shipping the integration for", "Pay"),
        ("manager at the Bondi Rd store (Kayla) scheduled me 6 closes in a row", "barista", "manager at the local store", "Rd"),
        ("launch for the Zephyr X earbuds just got moved to September because the battery overheats", "product marketer",
         "launch for the earbuds just got moved", " X "),
        ("Mediation in the Hargreaves divorce went nowhere again.", "solicitor", "Mediation in the divorce went", "family"),
    ],
)
def test_a_name_before_its_nouns_goes_whole(detector, text, role, expected, wrong):
    out = generalise(text, detector.detect(text, role=role), role).text
    assert expected in out and wrong not in out, out


def test_a_name_of_its_own_after_a_name_is_not_swallowed():
    out = gen("We met [Sarah] and [Tom] Jones at the store.", "PERSON", "PERSON", role="teacher")
    assert "store" in out and "Sarah" not in out and "Tom" not in out, out


def test_a_streets_stop_that_ends_the_sentence_stays(detector):
    text = "He's 24 and lives above the bookies on Marlowe St. No, mate. Just no."
    out = generalise(text, detector.detect(text, role="probation officer"), "probation officer").text
    assert "street. No, mate." in out, out


@pytest.mark.parametrize(
    "draft, expected, wrong",
    [
        ("Just found out Dave in accounting is getting let go [Friday] and he brought in bars.", "let go this week", "recently"),
        ("Three continuances and now he wants the kids' therapist deposed [Friday]. Unreal.", "deposed this week", "recently"),
        ("She was getting discharged [on Friday] when she fell.", "discharged recently", "this week"),
    ],
)
def test_a_progressive_or_a_wish_puts_the_day_ahead(draft, expected, wrong):
    out = gen(draft, "DATE_TIME", role="bookkeeper")
    assert expected in out and wrong not in out, out
