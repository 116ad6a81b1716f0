"""AgeAfterNameRecognizer (people/age_after_name.py): An age written straight after a name ("Li Wei (34)",
"Oliver, 7,", "Mrs Hale (82F)") or alone between commas after a word for a person ("Their son, 17, came off
his motorbike")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_after_name import AgeAfterNameRecognizer

AFTER_NAME = AgeAfterNameRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Their son, 17, came off his motorbike", "17"),
        ("a lovely lady today, 67, with dementia", "67"),
        ("My patient, 92, still does the crossword", "92"),
        ("the little girl, 4, asked for a sticker", "4"),
    ],
)
def test_a_number_between_commas_after_a_person_word(text, age):
    assert texts(AFTER_NAME, text) == [age]


@pytest.mark.parametrize(
    "text",
    [
        "My son, 2009 was the best year.",
        "The kid, 50%, got the top mark.",
        "A child, 10, 20, 30, counting in tens.",
        "Our patient, 2 days post-op, was walking.",
        "The man at the counter, £50, sorted it.",
        "The client, 1:1, went well.",
        "patient pain score, 7, after the morphine",
        "the patient in bed, 4, needs obs",
        "That lady, 130, is not an age.",
        "Steps: 1, 2, 3, done.",
    ],
)
def test_numbers_between_commas_that_are_not_ages(text):
    assert texts(AFTER_NAME, text) == []


def test_age_in_brackets_after_a_name():
    assert texts(AFTER_NAME, "My patient Li Wei (34) just beat stage 3 lymphoma.") == ["(34)"]
    assert texts(AFTER_NAME, "Mrs Hale (82F) was discharged") == ["(82F)"]
    assert texts(AFTER_NAME, "Oliver, 7, asked if I was a real doctor") == ["7"]


def test_numbers_after_ordinary_capitalised_words_are_not_ages():
    assert texts(AFTER_NAME, "See Chapter (3) for details") == []
    assert texts(AFTER_NAME, "On Monday, 5 people came") == []
    assert texts(AFTER_NAME, "we had (34) replies") == []


def test_an_age_after_a_lowercase_name_with_a_family_word_before_it():
    text = "my lovely lady on tuesdays (nanny peg, 91, lives on her own up the lane)"
    assert texts(AFTER_NAME, text) == ["91"]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Lovely chat with a retired nurse, 84, about his garden.", "84"),
        ("We lost Winifred, 103, who ran the corner shop for years.", "103"),
        ("my favourite resident Mabel (97, still dancing) won again", "97"),
        ("Interviewed an engineer this week, 58, who had never used git.", "58"),
    ],
)
def test_an_age_after_a_role_a_centenarian_and_a_bracket_of_details(text, age):
    assert age in texts(AFTER_NAME, text)


def test_a_bracket_of_details_after_an_ordinary_word_is_no_age():
    assert texts(AFTER_NAME, "See Monday (3, maybe 4) for the plan.") == []


def test_now_and_an_age_in_an_aside():
    assert texts(AFTER_NAME, "A lad I supported years ago, now 20, sent me a card.") == ["20"]
    assert texts(AFTER_NAME, "The queue, now 20 people long, was moving.") == []


@pytest.mark.parametrize("text, age", [("Mr K, 81, told me a joke.", "81"), ("Mrs P., 90, still does the crossword.", "90")])
def test_an_age_after_a_titled_initial(text, age):
    assert age in [text[r.start : r.end] for r in AgeAfterNameRecognizer().analyze(text, None)]


def test_a_titled_initial_and_its_age_through_the_detector(find):
    # "Mr K, 81": the age of a person from work, with a name: found and generalised
    assert ("81", "AGE") in find("Mr K, 81, told me the secret is porridge.")


@pytest.mark.parametrize(
    "text, age",
    [
        ("Kid on my caseload (11, in foster care since the summer) made me a card", "11"),
        ("My little client (4, selective mutism) said her first word to me today", "4"),
        ("One of our residents, 88 now, sharp as a tack, still does the crossword", "88"),
    ],
)
def test_an_age_opening_a_bracket_after_a_person_word_or_told_as_now(text, age):
    assert age in texts(AFTER_NAME, text)


@pytest.mark.parametrize(
    "text",
    [
        "My daughter (7, obsessed with dinosaurs) made me a card",  # the writer's own child
        "My wee son, 6, lost a tooth",
        "Our team (12, all remote) shipped the release",  # a count of a group, no person word
        "The client (3 sessions in) opened up",  # no comma: a count
    ],
)
def test_no_age_for_the_writers_own_child_or_a_count(text):
    assert texts(AFTER_NAME, text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("Pt RS, 47, back on the ward after a fall.", "47"),
        ("Update from a client: D, 29, finally got the keys to her flat.", "29"),
        ("Our lovely Pearl, 100 today!! Cake all round.", "100"),
        ("The girl (only 17) cried all through the hearing.", "17"),
        ("Her son (just 15) had been missing since Friday.", "15"),
        ("Thinking of the wee girl we took into care in the night, only 4, asking for her mammy.", "4"),
    ],
)
def test_an_age_after_initials_a_name_on_the_day_in_a_bracket_or_told_as_only(text, age):
    assert age in texts(AFTER_NAME, text)


@pytest.mark.parametrize(
    "text",
    [
        "Spent the week in the UK, 34 degrees in London.",  # a region, not initials
        "Booked the GP, 10 minutes late as always.",  # an everyday acronym
        "My son (only 7) asked what I do at work.",  # the writer's own child
        "Interviewed ten people today, only 3.",  # a count: no one person in the sentence
        "Q3, 12 deals closed.",  # a quarter and a count
    ],
)
def test_no_age_after_acronyms_own_children_or_counts(text):
    assert texts(AFTER_NAME, text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        # the age with its unit in brackets after a full name, the day between a name and its age, a lowercase
        # name no dictionary knows
        ("Our Std 8 topper Vihaan Deshpande (13 yrs) selected for the state chess team!", "(13 yrs)"),
        ("Met Rukhsana Apa today, 60, who has run a tea stall for decades.", "60"),
        ("shout out to niamh ní fhlatharta, 19, my patient on the day unit", "19"),
    ],
)
def test_an_age_beside_a_name_written_loosely(text, age):
    assert age in texts(AFTER_NAME, text)


@pytest.mark.parametrize(
    "text",
    [
        "Worked at Tesco (3 yrs) before this job.",
        "we need at least, 19, maybe 20 chairs",
        "Sales were up today, 15, in total",
        "bought oranges, 12, and apples",
    ],
)
def test_a_duration_a_count_or_a_word_before_a_number_is_no_age(text):
    assert texts(AFTER_NAME, text) == []


# session 35: the age after where the named person is from ("Mrs Doreen Paquette from Lac-Brûlé, 91, came in")
@pytest.mark.parametrize("text, age", [
    ("Lady at the counter today, Mrs Edna Vautrin from Lac-Brûlé, 91, came in with her forms", "91"),
    ("Mr Obi from Port Elin, 78 who still drives, came by", "78"),
])
def test_an_age_after_where_the_named_person_is_from(text, age):
    assert age in texts(AFTER_NAME, text)


@pytest.mark.parametrize("text", [
    "Greetings from Dublin, 12 of us made it",  # a count, not an age
    "Flights from Leeds, 40 a week now",
])
def test_a_count_after_a_place_is_no_age(text):
    assert texts(AFTER_NAME, text) == []


@pytest.mark.parametrize("text, age", [
    ("Brought in overnight: Padraig 'Spuds' MacGillivray, 51, singing the whole time", "51"),
    ("Visited Siobhan O'Dowd, 84, who keeps bees", "84"),
])
def test_an_age_after_a_surname_with_a_capital_inside(text, age):
    assert age in texts(AFTER_NAME, text)


def test_a_count_after_a_capitalised_brand_with_a_capital_inside_is_no_age():
    assert texts(AFTER_NAME, "Ordered from McDonalds, 4 burgers, 2 shakes") == []
