"""health_detail: health information about someone others can pick out raises a risk; the writer's own
health and family, general health advice, groups and anonymous clients do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


@pytest.mark.parametrize(
    "text, names",
    [
        ("My colleague Sarah has been off with cancer for months.", ["Sarah"]),
        ("Mr Okafor in bed 12 had a seizure overnight, he's stable now.", []),
        ("One of my year 10 students told me she's pregnant.", []),
        ("A 16yo in our little town overdosed at the weekend.", []),
        ("Our receptionist is off with depression again and nobody's covering.", []),
    ],
)
def test_health_of_someone_identifiable(text, names):
    spans = [span(text, n, "PERSON") for n in names]
    assert "health_detail" in kinds(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "I was diagnosed with anxiety at 30 and therapy changed my life.",
        "My nan's dementia is getting worse, hug your grandparents.",
        "HbA1c of 48 or over means diabetes. Get your bloods done.",
        "A client with anxiety taught me something about patience today.",
        "Presenting next week on ADHD in adult women!",
        "Burnout is a system signal, not a personal failing.",
    ],
)
def test_own_health_advice_groups_and_anonymous_clients(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had to order eculizumab for a lad in our little town. He's a regular at the chippy.",
        "Saw a 16yo with fibrodysplasia ossificans progressiva at our clinic today.",
        "Spotted the only case of male breast cancer in the town this year. Pretty sure I know him from the rugby club.",
    ],
)
def test_health_by_its_stem_or_said_of_him(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer knows the person outside work: readers who know them both can tell who it is
        "Processed a referral today for a man with prostate cancer, and I know him from the rugby club.",
        "Pretty sure I know her from the school gates, and she's on our methadone list now.",
        # a message to people who know the person
        "If anyone from the clinic sees this, a patient says call her about her insulin script.",
        "A lad I see for his gambling lives in our little village and shouted hello in the shop queue.",
    ],
)
def test_health_with_someone_the_readers_can_pick_out(text):
    assert "health_detail" in kinds(text)


def test_she_in_a_post_about_the_writers_own_family_is_not_someone_served():
    text = "Took my nan (94 next week!!) to her hydro session and she outswam me. Physio brain: 'great hip ROM'."
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coach life: my star striker (16) tore his ACL on Saturday and he's devastated.",
        "The lad in bed 6 finally got his kidney yesterday, whole ward was cheering.",
        "One GP practice in a town of 2k has 3 patients with Wilson's disease. Wonder if they're related.",
    ],
)
def test_an_injury_an_organ_or_a_few_people_in_a_small_story(text):
    assert "health_detail" in kinds(text)


def test_a_colleagues_possessive_is_one_person_not_many():
    text = "My coworker's been out 3 weeks, turns out she had a miscarriage and nobody told us."
    assert "health_detail" in kinds(text)


# A class of false alarm found in drafts by other writers (issue 11, writers c and d): an awareness day,
# week or month tells readers about a condition, not about a person; one that tells of someone the writer
# serves is still a risk. Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "It's Marfan syndrome awareness month 💙 the families she's supported are incredible.",
        "Awareness week for endometriosis: if she tells you it hurts, believe her.",
    ],
)
def test_an_awareness_post_tells_of_a_condition(text):
    assert "health_detail" not in kinds(text)


def test_an_awareness_post_about_someone_served_is_still_a_risk():
    text = "It's epilepsy awareness week and one of my pupils, 9, had her first seizure in class today."
    assert "health_detail" in kinds(text)


# Health said in lay words, found in drafts by other writers (issue 11, writers c and d): "off with her
# nerves", "she's 30 weeks", "in a sling", "a deletion on chromosome 16", a drug by its brand ("viagra"),
# "sundowning". Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "My boss told the whole office that Priya is off with her nerves again.",
        "A 16yo girl in my form, she's 28 weeks and her parents only found out on Sunday.",
        "Our goalie, 11, played on with a sprained ankle and now she's in a sling for a fortnight.",
        "Mr Doyle in the corner shop asked me loudly about his viagra refill, in a queue of six.",
        "Our Bernie, 92, has started sundowning and only the radio settles him.",
    ],
)
def test_health_said_in_lay_words(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The project is 3 weeks late and I've stopped losing weight over it.",
        "My nerves before my own exam were something else.",
    ],
)
def test_lay_words_said_of_nobody(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our school raised £400 for the neonatal unit at the hospital. He says thank you, love from the head.",
        "Mental health first aid training for all staff next week. She'll run it in the hall.",
        "CW: suicide\n\nTwenty years in this job and I still think about the families. Look after each other.",
        "The printer's broken again and he's blaming the Wi-Fi. Send coffee.",
        "My manager was in early. The printer's broken again, the wifi is down and I'm fuming.",
    ],
)
def test_a_health_word_naming_a_service_a_topic_or_a_thing_tells_of_no_one(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hollis, 82, moved to the palliative unit today. His family are with him.",
        "My client Dana, 34, broke her wrist on the ice yesterday.",
    ],
)
def test_a_health_detail_about_someone_beside_a_service_still_counts(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of my pupils is in foster care and doing brilliantly this term.",
        "A girl in my Year 8 form has been on a child protection plan since September.",
        "A boy in my class had an allergic reaction at lunch today, all sorted now.",
        "One of my pupils was permanently excluded from school this week.",
    ],
)
def test_a_childs_care_status_or_health_event_needs_no_further_pointer(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our foster care training for new carers runs on Saturday.",
        "Looked after children need stable placements, not more paperwork.",
        "CPR refresher today: Stayin' Alive is stuck in my head again.",
        "A client asked me about allergies in general. Interesting chat.",
    ],
)
def test_care_status_or_health_events_of_no_one_child(text):
    assert "health_detail" not in kinds(text)


def test_medicines_and_clinical_words_ending_in_iasis_tell_of_a_named_person():
    text = "Mrs Haddad came in for her codeine again. Her psoriasis is loads better too."
    assert "health_detail" in kinds(text, [span(text, "Haddad", "PERSON")])
    assert "health_detail" not in kinds("Codeine is now pharmacy-only in our area.")


# -- someone told by a kin or role word and what they do, with no name -----------------------------------
# The detector's guesses are not needed: "Auntie who runs the spaza" is as known to her neighbours as a name.


@pytest.mark.parametrize(
    "text",
    [
        "Auntie who runs the spaza by the taxi rank came for her ARVs and told the queue her son is also positive.",
        "The lad who works at the garage came in with his shingles again.",
        "The uncle in bed 3 has sepsis and his daughter is flying in tonight.",
        "The gentleman who owns the chemist on the corner started chemo, his wife told me.",
    ],
)
def test_someone_told_by_a_kin_or_role_word_and_what_they_do_is_identifiable(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client who attends the clinic has anxiety, and she is doing so well.",
        "My auntie who runs the spaza came for her ARVs today.",
        "A patient came for her ARVs today and she was so calm.",
        "Auntie, your chemo tips helped so many of us. Thank you!",
    ],
)
def test_an_anonymous_someone_or_the_writers_own_relative_is_not(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Made some new teaching aids for my Year 3 class today, laminator working overtime.",
        "Bought visual aids for the whole of Year 6, the kids loved them.",
    ],
)
def test_aids_that_help_are_not_the_syndrome(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My client in bed 4 has aids and nobody visits.",
        "The man in bay 3 with AIDS had his first visitor today.",
    ],
)
def test_aids_said_as_what_someone_has_is_the_syndrome(text):
    assert "health_detail" in kinds(text)


# Session 38: the field a professional works in, or an approach to it, named by a health word ("hospice work",
# "mental health literacy", "a trauma-informed school") is the writer's line of work, no one's health.
@pytest.mark.parametrize(
    "text",
    [
        "Twelve years of palliative work and my cat still thinks she runs the place. He just yawns at me.",
        "Addiction work teaches you patience. She says I'm calmer at home now, ha.",
        "Our whole staff did the trauma-informed training last term and he says it's changed how he runs a classroom.",
        "Autism-friendly hours at the pool start this Saturday, she asked me to share.",
    ],
)
def test_a_health_word_naming_a_field_of_work_or_an_approach_tells_of_no_one(text):
    assert "health_detail" not in kinds(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Priya's addiction work-up came back this morning and she's gutted.", "Priya"),
        ("Mr Okafor, 71, has started hospice care at home. His daughter rang me.", "Mr Okafor"),
        ("Dana's dementia nursing needs have doubled since March, she's 84 now.", "Dana"),
    ],
)
def test_a_field_word_after_someones_health_still_counts(text, name):
    assert "health_detail" in kinds(text, [span(text, name, "PERSON")])


# The same health words in the other languages posts are written in (review_health_words_other_languages.txt)
@pytest.mark.parametrize(
    "text, names",
    [
        ("Mama Chidinma for bed 12 dey vex since morning, she na-arịa ọrịa shuga, I understand.", ["Chidinma"]),
        ("Colega mea Ioana a intrat în chimio săptămâna asta, nimeni nu știe.", ["Ioana"]),
        ("Minha funcionária Glória descobriu um câncer de mama essa semana.", ["Glória"]),
    ],
)
def test_health_of_someone_identifiable_in_another_language(text, names):
    spans = [span(text, n, "PERSON") for n in names]
    assert "health_detail" in kinds(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Terminei a quimio hoje! Obrigada a todos pelo carinho.",  # the writer's own
        "Campanha de doação para o hospital do câncer, ajudem gente!",  # a cause, no one's condition
        "Sukari imepanda bei sokoni leo, chai imekuwa ghali.",  # "sukari" is sugar, no health word
    ],
)
def test_health_words_of_another_language_about_no_one(text):
    assert "health_detail" not in kinds(text)
