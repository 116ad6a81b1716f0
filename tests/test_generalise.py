"""The deterministic floor: role-aware replacements that read well on their own.

Spans are written by hand here (marked with [brackets] in the draft) so these tests pin the
generaliser alone; the last tests run it on what the real detector finds.
"""

from __future__ import annotations

import re

import pytest

from rewriter.detect.reshape import prepare_spans
from rewriter.generalise import generalise
from rewriter.generalise.english import article_for, tidy
from rewriter.spans import Span


def marked(draft: str, *types: str) -> tuple[str, list[Span]]:
    """'Met [Marcus] today' -> ('Met Marcus today', [Span over 'Marcus' of the given type])."""
    spans, text, pos = [], "", 0
    for i, m in enumerate(re.finditer(r"\[([^\]]+)\]", draft)):
        text += draft[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.append(Span(start, len(text), m.group(1), types[i], 0.9, "test", "why", "a suggestion"))
        pos = m.end()
    text += draft[pos:]
    return text, spans


def gen(draft: str, *types: str, role: str = "other") -> str:
    text, spans = marked(draft, *types)
    return generalise(text, spans, role).text


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Lunch with my colleague [Will] today.", ("PERSON",), "engineer", "Lunch with my colleague today."),
        ("I saw her neighbour [Tom] again.", ("PERSON",), "other", "I saw her neighbour again."),
        ("Spoke to mum [Aisha] after school.", ("PERSON",), "teacher", "Spoke to the mum after school."),
        ("[Marcus] told me he is sleeping better.", ("PERSON",), "therapist", "A client told me he is sleeping better."),
        ("So proud of [Marcus's] progress.", ("PERSON",), "therapist", "So proud of my client's progress."),
        ("[Mr. Kowalski] in bed 12 made me laugh.", ("PERSON",), "nurse", "A patient made me laugh."),
        ("Mr [Kowalski] in bed 12 made me laugh.", ("PERSON",), "nurse", "A patient made me laugh."),
        ("[Lily Chen] in my [Year 5] class read aloud.", ("PERSON", "AGE"), "teacher", "A student in my class read aloud."),
        ("Attended [a 92-year-old] who fell.", ("AGE",), "paramedic", "Attended an older patient who fell."),
        ("Attended a [92-year-old] who fell.", ("AGE",), "paramedic", "Attended an older patient who fell."),
        ("A [13yo] client told me a secret.", ("AGE",), "therapist", "A teenage client told me a secret."),
        ("Saw a [7-year-old] today.", ("AGE",), "nurse", "Saw a young child today."),
        ("[Doris] [turned 100] today!", ("PERSON", "AGE"), "care worker", "A resident had a milestone birthday today!"),
        ("She is [turning 40] soon.", ("AGE",), "other", "She is having a milestone birthday soon."),
        ("Visited [Sunny Meadows Care Home] again.", ("FACILITY",), "care worker", "Visited a care home again."),
        ("Our trip to [Oakfield Primary] went well.", ("FACILITY",), "teacher", "Our trip to a local school went well."),
        ("Busy night on [Ward 7] again.", ("FACILITY",), "nurse", "Busy night on a hospital ward again."),
        ("Verdict expected on [Thursday].", ("DATE_TIME",), "lawyer", "Verdict expected this week."),
        ("She fell on [Sunday] and waited.", ("DATE_TIME",), "paramedic", "She fell recently and waited."),
        ("It ships [next Monday]!", ("DATE_TIME",), "engineer", "It ships soon!"),
        ("We won [Initech Ltd] as a customer.", ("ORGANIZATION",), "engineer", "We won a client company as a customer."),
        ("[Initech] cut my hours.", ("ORGANIZATION",), "hr", "My employer cut my hours."),
        ("We lost [$40,000] on it.", ("MONEY",), "analyst", "We lost a significant sum on it."),
        ("[Project Falcon] slipped again.", ("CODENAME",), "engineer", "A new project slipped again."),
        ("Project [Falcon] slipped again.", ("CODENAME",), "engineer", "A new project slipped again."),
        ("Shoutout to [@mia.runs_2009] for her PB!", ("HANDLE",), "coach", "Shoutout to an athlete for her PB!"),
    ],
)
def test_role_aware_replacements(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_the_same_person_again_is_the_client_and_another_person_is_another():
    out = gen("[Marcus] came in. Later [Marcus] laughed, and [Dana] joined.", "PERSON", "PERSON", "PERSON", role="therapist")
    assert out == "A client came in. Later the client laughed, and another client joined."


def test_an_article_before_the_span_gives_way_and_agrees():
    assert gen("She is at the [Royal Infirmary] now.", "FACILITY", role="nurse") == "She is at a hospital now."
    assert gen("We met an [Okafor] once.", "PERSON", role="other") == "We met someone once."
    assert gen("Saw [Abe] at an [Oak Lodge] event", "PERSON", "FACILITY", role="care worker").startswith("Saw a resident at a care home")


def test_no_doubled_words_or_stray_punctuation():
    out = gen("My patient [Li Wei] ([34]) just beat it.", "PERSON", "AGE", role="doctor")
    assert out == "My patient just beat it."
    assert not re.search(r"\b(\w+) \1\b", out)
    assert tidy("a a client , the the ward ( ) .") == "a client, the ward."


def test_a_name_used_as_an_adjective_just_goes():
    assert gen("Report for the [Okonkwo] children is due.", "PERSON", role="social worker") == "Report for the children is due."
    assert gen("My [thursday evening] group was lovely", "DATE_TIME", role="counsellor") == "My evening group was lovely"


def test_lower_case_writers_stay_lower_case():
    out = gen("[emma] from my group brought me flowers", "PERSON", role="counsellor")
    assert out == "a client from my group brought me flowers"


def test_case_names_and_references_collapse():
    out = gen("Settlement reached in [Patterson] v. [Dunmore Logistics], case [22-CV-4471]. Done.",
              "PERSON", "ORGANIZATION", "REFERENCE_NUMBER", role="lawyer")
    assert out == "Settlement reached in a case. Done."


def test_contacts_become_how_not_what():
    assert gen("Ping me at [hr.sam@initrode.co.uk]", "EMAIL_ADDRESS", role="hr") == "Ping me by e-mail"
    assert gen("Call [0161 496 0731] if you can.", "PHONE_NUMBER", role="pharmacist") == "Call us if you can."


def test_a_link_found_inside_a_handle_grows_to_the_handle():
    text = "Go @mia.runs_2009!"
    span = Span(4, 11, "mia.run", "URL", 0.6, "t", "w", "s")
    (grown,) = prepare_spans(text, [span])
    assert grown.text == "@mia.runs_2009" and grown.entity_type == "HANDLE"


def test_nothing_to_replace_leaves_the_text_exactly():
    draft = "Healing is  not linear ,really."
    assert generalise(draft, [], "therapist").text == draft


@pytest.mark.parametrize("word, article", [("hour", "an"), ("older", "an"), ("university", "a"), ("client", "a"), ("adult", "an")])
def test_article_for(word, article):
    assert article_for(word) == article


def test_on_what_the_real_detector_finds(detector):
    from rewriter.verify import leaks

    drafts = [
        ("therapist", "Had a session with Gregory Walsh this morning and he finally opened up. Huge step for him."),
        ("nurse", "Mrs. Abernathy in bed 5 on the cardiac ward at Royal Infirmary keeps asking for her cat."),
        ("engineer", "Project Nightingale ships to Vandelay Industries next Monday, biggest contract yet!"),
    ]
    for role, draft in drafts:
        spans = detector.detect(draft, role=role)
        assert spans, draft
        out = generalise(draft, spans, role).text
        assert leaks(out, spans) == [], out
        assert not detector.detect(out, role=role), out
        assert out[0].isupper() and "  " not in out


def test_a_date_next_to_a_vague_time_just_goes():
    assert gen("My colleague quit today, on [Friday].", "DATE_TIME", role="engineer") == "My colleague quit today."
    assert gen("She called on [Friday] about it.", "DATE_TIME", role="support") == "She called recently about it."


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Our new grad [rosie] on the ward handled her first code blue.", "Our new grad on the ward handled her first code blue."),
        ("Spoke to mum [Aisha] after school.", "Spoke to the mum after school."),
        ("Lunch with my colleague [Will] today.", "Lunch with my colleague today."),
        ("I saw her neighbour [Tom] again.", "I saw her neighbour again."),
        ("Our lovely little neighbour [Tom] came round.", "Our lovely little neighbour came round."),
        ("Sam's mum [Aisha] waved.", "Sam's mum waved."),
        ("My colleague said mum [Aisha] called.", "My colleague said the mum called."),
    ],
)
def test_a_role_noun_that_has_a_determiner_gets_no_extra_the(draft, expected):
    assert gen(draft, "PERSON") == expected
    assert " the the " not in gen(draft, "PERSON").lower()


def test_a_named_grad_after_our_new_on_what_the_real_detector_finds(detector):
    text = "Our new grad rosie on ward 9 handled her first code blue."
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert "rosie" not in out and "ward 9" not in out
    assert out.startswith("Our new grad ") and "the grad" not in out


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a closing block of tags loses the identifying tag, not just its letters
        ("Last day at [Oakfield Primary] #proudteacher #[Oakfield] 🎉", ("FACILITY", "FACILITY"),
         "Last day at a local school #proudteacher 🎉"),
        ("Great shift with the team #[MedTwitter]", ("ORGANIZATION",), "Great shift with the team"),
        # a span inside a longer tag takes the whole tag with it
        ("Sports day done #Team[Oakfield]2024", ("FACILITY",), "Sports day done"),
        # inside a sentence the tag reads as the plain phrase, without its "#"
        ("Proud of #[TeamOakfield] today", ("ORGANIZATION",), "Proud of an organisation today"),
    ],
)
def test_hashtags_go_whole(draft, types, expected):
    out = gen(draft, *types)
    assert out == expected
    assert "#a" not in out and "#someone" not in out


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a day and its time are one moment: one replacement, not "recently recently"
        ("Student in my [Tues] [9am] seminar handed in an essay.", ("DATE_TIME", "DATE_TIME"),
         "Student in my morning seminar handed in an essay."),
        ("Met her [Tuesday] [9am] at the clinic.", ("DATE_TIME", "DATE_TIME"), "Met her recently at the clinic."),
        ("Discharged on [Friday] at [3pm].", ("DATE_TIME", "DATE_TIME"), "Discharged recently."),
        ("our [Monday] 6.30pm evening group was lovely", ("DATE_TIME",), "our evening group was lovely"),
        # a shortened weekday reads as the day it stands for (session 50): never "till recently"
        ("hearing adjourned till [Thurs], gutted", ("DATE_TIME",), "hearing adjourned till later, gutted"),
    ],
)
def test_a_day_and_its_time_go_together(draft, types, expected):
    assert gen(draft, *types) == expected


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("[Client Ref: ANX-2291] called again.", "therapist", "A client called again."),
        ("[Client Ref: ANX-2291] called again.", "nurse", "A patient called again."),
        ("[Ticket 55102] reopened", "support", "A ticket reopened"),
        # a noun a register numbers keeps its noun, never "a case" (session 50)
        ("[Candidate 4127] turned up for the wrong paper", "teacher", "A candidate turned up for the wrong paper"),
        ("poor lad at [desk 4417] threw up", "teacher", "poor lad at a desk threw up"),
    ],
)
def test_a_labelled_reference_becomes_what_its_label_names(draft, role, expected):
    assert gen(draft, "REFERENCE_NUMBER", role=role) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the word that names the label's kind stays with the label; only the number goes (never "ER a case")
        ("ER [case ER-7734] closed at last.", "ER case closed at last."),
        ("ER case [ER-7734] closed at last.", "ER case closed at last."),
        ("Finally shut the HR [ticket #4471] today", "Finally shut the HR ticket today"),
        # near miss: a label after an everyday word or opening its sentence is still replaced as before
        ("Closed [case ER-7734] at last.", "Closed a case at last."),
        ("[Ticket 55102] reopened", "A ticket reopened"),
    ],
)
def test_a_label_named_by_a_word_before_it_keeps_the_word(draft, expected):
    assert gen(draft, "REFERENCE_NUMBER", role="employee relations advisor") == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("Lady on the ward was only [41].", ("AGE",), "Lady on the ward was only middle-aged."),
        # session 50: the half goes with its age; "he" with a dropped "h"; an aside of "only" and the age
        ("a little lad today, [four] and a half, at school", ("AGE",), "a little lad today, a young child, at school"),
        ("[Stan] [\'e\'s 101] come [Tuesday] an\' sharp", ("PERSON", "AGE", "DATE_TIME"), "Someone \'e\'s elderly an\' sharp"),
        ("she get so much talent, only [14] an already mo betta", ("AGE",), "she get so much talent, only a teenager an already mo betta"),
        ("youngest was [14 months] and hungry.", ("AGE",), "youngest was a baby and hungry."),
        ("Dad was [58] when he died", ("AGE",), "Dad was middle-aged when he died"),
        ("Today our [Head of Procurement] was walked out.", ("DISTINCTIVE_DETAIL",), "Today a senior colleague was walked out."),
    ],
)
def test_an_age_said_of_someone_and_a_one_person_title(draft, types, expected):
    assert gen(draft, *types) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("the new module hit its target on the test track in [Milton Keynes].", "the new module hit its target on the test track in town."),
        ("Two arrests out near [Gundagai] before lunch.", "Two arrests out nearby before lunch."),
        ("I confide in [Sarah] a lot.", "I confide in someone a lot."),
    ],
)
def test_a_person_after_in_or_near_is_a_place(draft, expected):
    assert gen(draft, "PERSON") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # where a thing or people are: "in town" ("the pub elsewhere" is nonsense)
        ("I rocked up at the pub in [Tumbarra] after shift.", "I rocked up at the pub in town after shift."),
        ("Everyone in [Little Hadley] knows which house I go into.", "Everyone in town knows which house I go into."),
        ("Our little surgery in [Kilbride] is closing.", "Our little surgery in town is closing."),
        ("People in [Ballyrush] talk.", "People in town talk."),
        # where someone went or was sent: "elsewhere"
        ("Two siblings placed with foster carers in [Redbridge] tonight.", "Two siblings placed with foster carers elsewhere tonight."),
        ("She grew up in [Dundalk].", "She grew up elsewhere."),
    ],
)
def test_in_a_town_after_a_noun_is_in_town_after_a_verb_elsewhere(draft, expected):
    assert gen(draft, "LOCATION") == expected


def test_a_place_the_generaliser_cannot_name_takes_the_recognizers_suggestion():
    text = "came off his bike on the A64 after a shift on 4 North"
    road = Span(text.index("A64"), text.index("A64") + 3, "A64", "LOCATION", 0.6, "road number rule", "why", "a main road")
    ward = Span(text.index("4 North"), text.index("4 North") + 7, "4 North", "FACILITY", 0.8, "numbered room rule", "why",
                "a hospital ward")
    assert generalise(text, [road, ward]).text == "came off his bike on a main road after a shift on a hospital ward"
    # a generic suggestion says no more than the generaliser's own words
    town = Span(text.index("A64"), text.index("A64") + 3, "A64", "LOCATION", 0.85, "spaCy", "why", "a local area")
    assert generalise(text, [town]).text == "came off his bike on a main road after a shift on 4 North"  # a road by its number


def test_a_rare_condition_is_known_by_its_detail_not_its_suggestion():
    from rewriter.kinds import Detail

    text = "She has early onset Wilson's disease."
    start, end = text.index("Wilson"), text.index(".")
    condition = Span(start, end, text[start:end], "DISTINCTIVE_DETAIL", 0.5, "named condition rule", "why",
                     "a rare condition", Detail.RARE_CONDITION)
    assert generalise(text, [condition]).text == "She has early onset a rare condition."
    # a suggestion that happens to read the same is no such signal: the detail's own words are ("disease" names
    # an illness; "a tattoo of a kiwi" does not)
    plain = Span(start, end, text[start:end], "DISTINCTIVE_DETAIL", 0.5, "test", "why", "a rare condition")
    assert generalise(text, [plain]).text == "She has early onset a rare condition."
    text = "She has the only tattoo of a kiwi."
    start = text.index("the only")
    plain = Span(start, len(text) - 1, text[start:-1], "DISTINCTIVE_DETAIL", 0.5, "test", "why", "a rare condition")
    assert "condition" not in generalise(text, [plain]).text


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("one from a [yr 8] girl at the school", "one from a girl at the school"),
        ("A [Year 11] from my form messaged me", "A pupil from my form messaged me"),
        ("the craic in [2nd class] today", "the craic in class today"),
    ],
)
def test_a_school_year_goes_where_a_person_noun_follows_and_stands_for_the_pupil_alone(draft, expected):
    assert gen(draft, "AGE", role="teacher") == expected


def test_a_count_after_a_determiner_just_goes():
    text, spans = marked("all [14 Wellspring Pharmacy branches] are being sold", "FIGURE")
    spans = [s.__class__(**{**s.__dict__, "suggestion": "a number of branches"}) for s in spans]
    assert generalise(text, spans, "other").text == "all branches are being sold"


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Trial's [in May]. Emotionally wrecked.", "Trial's soon. Emotionally wrecked."),
        ("Branches are being sold [in March] and staff haven't been told.",
         "Branches are being sold soon and staff haven't been told."),
        ("She was discharged [in March] and is doing well.", "She was discharged earlier this year and is doing well."),
        ("Clean [since June], so proud of him.", "Clean for months, so proud of him."),
    ],
)
def test_a_month_date_says_soon_or_recently_by_the_tense(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


def test_a_product_name_before_what_it_is_goes_and_a_codename_becomes_a_new_project():
    assert gen("the new [Axiom X2] headset drops soon", "CODENAME") == "the new headset drops soon"
    assert gen("[Project Falcon] ships next week.", "CODENAME") == "A new project ships next week."


def test_a_date_of_what_is_launching_is_still_to_come():
    assert gen("The SDK is launching [on 14 March], can't say more.", "DATE_TIME") == "The SDK is launching soon, can't say more."
    # a planned event and its date (walk-through: "launch is 14 March" became "launch is recently")
    assert gen("2,300 seats, launch is [14 March]", "DATE_TIME") == "2,300 seats, launch is soon"
    assert gen("Deadline's [Friday 3rd], send me your bits.", "DATE_TIME") == "Deadline's soon, send me your bits."


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a class or year code between the determiner and the role noun: the name goes, the rest stays
        ("Omo, my JSS2 student [Joy Nwachukwu] came first!", ("PERSON",), "teacher", "Omo, my JSS2 student came first!"),
        ("Our Y6 pupil [Sam Reid] read at assembly.", ("PERSON",), "teacher", "Our Y6 pupil read at assembly."),
        # a street with its own article used as a modifier: "the local ..."
        ("The DNA is back on [the Corrigan Lane] burglaries.", ("STREET_ADDRESS",), "police", "The DNA is back on the local burglaries."),
        # but not before a pronoun: "if you live on the Fairview Estate you'll hear" (a judge saw "on the local you'll")
        ("If you live on [the Fairview Estate] you'll hear about it.", ("STREET_ADDRESS",), "teacher",
         "If you live on a local estate you'll hear about it."),
    ],
)
def test_a_code_before_a_role_noun_and_a_street_with_its_article_as_a_modifier(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (the class's name is found too since session 39: a named class narrows a child down like a named room)
        ("Our Sunny (age 7, Otters class) read a page today.", "(a class)"),
        ("'Big Dom' in facilities has been reported again.", "in facilities has been reported"),
    ],
)
def test_a_name_in_quotes_or_before_an_age_in_brackets_leaves_tidy_words(detector, text, expected):
    out = generalise(text, detector.detect(text, role="teacher"), "teacher").text
    assert expected in out and "Sunny" not in out and "Dom" not in out
    assert "(," not in out and "'" not in out


def test_one_of_a_kind_in_a_school_year_keeps_the_person_not_an_age_band():
    # walk-through: "the only Deaf girl in Year 9" (found as an age) became "a young child" for a 14-year-old
    assert gen("Proud moment: [the only Deaf girl in Year 9] signed the assembly.", "AGE", role="teacher") == (
        "Proud moment: a girl signed the assembly."  # her group's capitalised word made her the only one
    )
    assert gen("[The first boy in year 11] to get a scholarship!", "AGE", role="teacher") == "A boy who got a scholarship!"


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a reference with its label inside the span keeps the label's noun (it was "a case" for all); as the subject it is "the" one the post is about
        ("[Incident 24-118730] was the worst job of my life.", ("REFERENCE_NUMBER",), "paramedic", "The incident was the worst job of my life."),
        ("[Job 5512] overran again.", ("REFERENCE_NUMBER",), "engineer", "A job overran again."),
        # a share of something: "30% of revenue" -> "a large share of revenue" (it was "A notable change of revenue")
        ("[30%] of revenue gone just like that.", ("FIGURE",), "analyst", "A large share of revenue gone just like that."),
        ("We lost [12 per cent] of our customers.", ("FIGURE",), "analyst", "We lost a large share of our customers."),
        # a change by a percentage after the thing changed: "cut bonus 30%" (it was "cut bonus a notable change")
        ("New CFO wants to cut bonus [30%] this year.", ("FIGURE",), "hr", "New CFO wants to cut bonus sharply this year."),
        ("They're raising our prices [10%] in May.", ("FIGURE",), "analyst", "They're raising our prices significantly in May."),
        # session 50: the number of a part of a document goes, the part is said with an article (it was "lost page
        # some"); an amount before a participle with no noun after it is a noun (it was "a large raised")
        ("She lost page [12] of her own bundle.", ("FIGURE",), "lawyer", "She lost a page of her own bundle."),
        ("ran the half for charity, [£420] raised and my legs are gone", ("MONEY",), "other",
         "ran the half for charity, a significant sum raised and my legs are gone"),
        ("we got a [£40k] unsecured loan from them", ("MONEY",), "analyst", "we got a large unsecured loan from them"),
        ("wants to pay his fees at [£20] a month", ("MONEY",), "lawyer", "wants to pay his fees at a small amount a month"),
        # the thing changed is no preposition: "cut the budget from 10% to 8%" is a change from one figure to another
        ("Leadership cut the hike budget from [10%] to [8%] quietly.", ("FIGURE", "FIGURE"), "hr",
         "Leadership cut the hike budget significantly quietly."),
        # a described numbered room keeps its word with an article (it was "in private a room")
        ("The man in private [room 3] keeps ringing.", ("FACILITY",), "nurse", "The man in a private room keeps ringing."),
        ("Moved him to isolation [room 12] overnight.", ("FACILITY",), "nurse", "Moved him to an isolation room overnight."),
        ("Moved him to [room 12] overnight.", ("FACILITY",), "nurse", "Moved him to a room overnight."),
    ],
)
def test_a_labelled_reference_and_a_share_of_something(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_room_named_in_another_language_takes_no_adjective(detector):
    # the word before a room of another language is that language's, no adjective (it was "fra a room" -> "a fra room")
    # (in an English sentence; a sentence all in Danish keeps its own words and takes a placeholder, unread.py)
    draft = "Our guest fra værelse 508 has complained again about the noise."
    spans = detector.detect(draft, role="hotel receptionist")
    assert "værelse 508" in [s.text for s in spans]
    text = generalise(draft, spans, "hotel receptionist").text
    assert "a room" in text and "a fra room" not in text
    draft = "Vi har en gæst fra værelse 508 som har klaget igen."
    spans = detector.detect(draft, role="hotel receptionist")
    assert generalise(draft, spans, "hotel receptionist").text == "Vi har en gæst fra værelse [number] som har klaget igen."


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        # names and ages in brackets after the words that say who: the brackets go whole (judges' worst:
        # "(a family member!!)", "(a family member and another family member)")
        ("Care leaver I supported (Jade, now 18!!) just graduated.", "social worker", "Care leaver I supported just graduated."),
        ("Two siblings (Tyler, 6, and Mia, 4) placed with carers tonight.", "social worker", "Two siblings placed with carers tonight."),
    ],
)
def test_names_and_ages_in_brackets_after_who_they_are_go_with_the_brackets(detector, draft, role, expected):
    spans = detector.detect(draft, role=role)
    assert generalise(draft, spans, role).text == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a new hire is a role noun: the name goes, the role stays (it was "our newest hire a colleague")
        ("Congrats to our newest hire [Jack Oyelaran] who joins the Talent team!", "Congrats to our newest hire who joins the Talent team!"),
        ("Welcome to our new recruit [Sam Patel]!", "Welcome to our new recruit!"),
    ],
)
def test_a_new_hire_is_a_role(draft, expected):
    assert gen(draft, "PERSON", role="hr") == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a patient's identifier beside the person goes with its comma or brackets ("The patient, a case —")
        ("[Mrs Whitlock], [MRN 00483921] — sats dropping.", ("PERSON", "REFERENCE_NUMBER"), "A patient — sats dropping."),
        ("[Mr Jones] ([NHS no 485 777 3456]) went home today.", ("PERSON", "REFERENCE_NUMBER"), "A patient went home today."),
        # on its own it stands for the patient whose record it is (session 50: never "a case" or "a phone number")
        ("[MRN 00483921] is on the list again.", ("REFERENCE_NUMBER",), "A patient is on the list again."),
    ],
)
def test_a_patients_identifier_beside_them_goes_with_its_punctuation(draft, types, expected):
    assert gen(draft, *types, role="nurse") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a date of birth goes with its label ("DOB recently" was nonsense; "DOB," dangled)
        ("Baby boy, DOB [03/04/2024], weight 3.2kg, doing well.", "Baby boy, weight 3.2kg, doing well."),
        ("Admitted overnight (DOB [12/05/1958]) and settled.", "Admitted overnight and settled."),
        ("Baby girl born [03/04/2024], 3.2kg.", "Baby girl born recently, 3.2kg."),
    ],
)
def test_a_date_of_birth_goes_with_its_label(draft, expected):
    assert gen(draft, "DATE_TIME", role="midwife") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("If anyone from the clinic at Greenway Pharmacy sees this, call me.", "at a pharmacy sees this"),
        ("Our triplets were born at Ashgrove Maternity last year.", "born at a maternity unit last year"),
    ],
)
def test_an_organisation_named_by_its_kind_of_place_becomes_that_kind(detector, text, expected):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    result = Pipeline(Config(role="pharmacist"), detector).rewrite(text, use_llm=False)
    assert expected in result.text, result.text
    assert "Greenway" not in result.text and "Ashgrove" not in result.text


def test_a_bed_that_does_something_is_its_patient(detector):
    from rewriter.generalise import generalise

    text = "Bed 14 on Ward 7B has pressed the buzzer every 4 mins asking for his wife."
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert out.startswith("A patient on a hospital ward has pressed the buzzer"), out
    text = "Patient in bed 12 is lovely."
    assert generalise(text, detector.detect(text, role="nurse"), "nurse").text == "Patient in bed is lovely."


def test_a_date_given_as_a_deadline_becomes_the_deadline(detector):
    from rewriter.generalise import generalise

    text = "Our audit of Halcyon Health found the gap. They've got until 30 June to fix it."
    out = generalise(text, detector.detect(text, role="engineer"), "engineer").text
    assert "They've got until the deadline to fix it." in out, out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Long night on Ward 6 at St Mary's. Quiet one.", "Long night on a hospital ward. Quiet one."),
        ("Six hours in A&E at the Royal Infirmary with my dad.", "Six hours in A&E with my dad."),
    ],
)
def test_a_hospital_after_the_unit_just_named_goes(detector, text, expected):
    from rewriter.generalise import generalise

    assert generalise(text, detector.detect(text, role="nurse"), "nurse").text == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        ("About to close the whole [Bristol office], and nobody knows.", ("ORGANIZATION",),
         "About to close the whole office, and nobody knows."),
        ("About to close the whole [Leeds] office, and nobody knows.", ("LOCATION",),
         "About to close the whole office, and nobody knows."),
        ("All the [Kestrel] team were told.", ("ORGANIZATION",), "All the team were told."),
    ],
)
def test_a_word_between_a_determiner_and_its_noun_takes_no_second_article(draft, types, expected):
    # was "the whole an organisation", "the whole the office": the replacement brought its own article
    assert gen(draft, *types) == expected
