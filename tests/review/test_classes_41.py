"""Session 41's classes, found on fresh40a-d (drafts no rule was tuned to): cue families said in other Englishes
and the languages writers switch into (exasperation, a lost pregnancy, a death, blood sugar, sickness words,
news outlets), a client's figures told by the one who keeps their books, and a result not public until a date.
Each with the side that must not be raised. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span

# -- exasperation in other Englishes and code-switched posts, beside someone from work or named ----------------
# (like "ugh": in the named person's own sentence, or within two of someone from work)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Steups, Mr Baptiste cancel on me for the fourth Saturday running and still want the discount.", "Mr Baptiste"),
        ("Our supervisor Jansen changed the rota AGAIN without asking anybody. Belachelijk.", "Jansen"),
        ("Wickedness. Sister Ngozi still put me for three nights in a row after I begged for one off.", "Sister Ngozi"),
        ("Gatvol with our area manager Pieterse, he signs off the leave and then cancels it the same day.", "Pieterse"),
    ],
)
def test_exasperation_in_other_englishes_beside_someone_is_venting(text, name):
    assert "venting" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Steups, the rain start again just as I reach the bus stop. Long day.",
        "Belachelijk warm vandaag, 31 degrees in April. Ice cream for everybody at home.",
        "Gatvol of load shedding tonight, cooking pap by candlelight 🕯️",
        "Aiyo, Mrs Lim brought me kuih again today, so sweet of her 😭",
    ],
)
def test_exasperation_at_the_day_or_a_kind_word_is_no_venting(text):
    spans = [span(text, "Mrs Lim", "PERSON")] if "Mrs Lim" in text else []
    assert "venting" not in kinds(text, spans)


# -- a lost pregnancy, a death, blood sugar and sickness words, said of someone the post is about ---------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Please keep our receptionist Thandi in your thoughts, she lost the baby on Friday.", "Thandi"),
        ("Ma Efua for bed 6 lose her pregnancy yesterday, we all cry small.", "Ma Efua"),
        ("Auntie Marlene down the road, de nurse say she sugar too high again, so no more sweet bread.", "Marlene"),
        ("Mr Oduya passed peaceful in the small hours with his daughters beside him.", "Mr Oduya"),
        ("Our Joost sent in another ziekmelding this morning, number two this month.", "Joost"),
        ("Dona Célia from the Tuesday day centre faleceu ontem, 94 anos. Saudades.", "Dona Célia"),
        ("Please pray for Nurse Adjoa, she lost the baby last week and is back on nights already.", "Nurse Adjoa"),
    ],
)
def test_health_said_in_other_words_about_someone_is_a_health_detail(text, name):
    assert "health_detail" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Lost the baby monitor charger somewhere between the car and the ward. Again.",
        "Mrs Achterberg lost the baby's left sock in the car park, found it in her handbag 😂",
        "Passed this morning's exam!! Three years of revision and it's done 🎓",
        "Sugar too high in these new protein bars, don't fall for the label folks.",
    ],
)
def test_the_same_words_about_things_or_the_writer_are_no_health_detail(text):
    spans = [span(text, "Mrs Achterberg", "PERSON")] if "Mrs Achterberg" in text else []
    assert "health_detail" not in kinds(text, spans)


# -- a story in the papers or on the news, in another language ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mijn cliënt Ruud, the one from the flat fire in de krant last week, is home at last.",
        "The break-in at the school where I coach, the one in der Zeitung, we can't talk about it yet.",
        "Dona Lúcia, the one who saiu no jornal after the landslide, came for her check-up today.",
    ],
)
def test_a_story_in_the_papers_in_another_language_is_news(text):
    spans = [span(text, n, "PERSON") for n in ("Ruud", "Dona Lúcia") if n in text]
    assert "news_event" in kinds(text, spans)


def test_reading_the_paper_in_another_language_is_no_story():
    assert "news_event" not in kinds("Sunday coffee and the crossword in de krant, bliss ☕")


# -- a client's figures told by the one who keeps their books -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Finished the year-end for Kowalczyk Joinery today, turnover up to £488,900 and he still wants to go part-time.",
        "Audit at Fairbank Timber found R240k missing from the stores account and no paper trail at all.",
        "My client the florist on Quay Street, TT$38,000 in arrears with the tax office and she still buying stock.",
        "My client keeps asking me to move numbers around. Revenue NZ$2,400,000 can't become half that on paper.",
    ],
)
def test_a_clients_figures_told_by_their_bookkeeper_are_confidential(text):
    spans = [span(text, n, "ORGANIZATION") for n in ("Kowalczyk Joinery", "Fairbank Timber") if n in text]
    assert "confidential_business" in kinds(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Read a great book for the course today: revenue up 40% at the biggest supermarkets in the country.",
        "Tesco reported revenue of £61 billion this year, says the BBC. Busy day on the tills regardless.",
        "Closed the books on another year of the choir. Tea, cake and 12 new members 🎶",
    ],
)
def test_public_figures_and_a_year_closed_are_not(text):
    assert "confidential_business" not in kinds(text)


# -- a result not public until a date ------------------------------------------------------------------------


def test_a_result_not_published_till_a_date_is_confidential():
    text = "Our trust got the CQC report back, Inadequate for maternity, not published till the 30th. Gutted for the team."
    assert "confidential_business" in kinds(text)


def test_a_public_report_is_not():
    text = "The CQC report on maternity care came out this week, worth a read for anyone in the field."
    assert "confidential_business" not in kinds(text)


# -- harmless: an exclamation of wonder at a place, a condition inside a charity's name -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saw a man walk his pet duck on a lead through the subway at rush hour. Only in New York baby.",
        "Generator, church choir and a goat at the petrol station queue this morning. Only in Lagos! 😂",
    ],
)
def test_only_in_a_place_said_in_wonder_is_no_rarity(text):
    assert "rare_or_unique" not in kinds(text)


def test_the_only_one_in_a_place_is_still_a_rarity():
    text = "Amara is the only wheelchair user in Kelderby primary, and she just won the school sports day sprint."
    assert "rare_or_unique" in kinds(text, [span(text, "Amara", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Shaking a bucket for the Irish Cancer Society outside Tesco all morning, my sister came along too. Buy a pin!",
        "Our ward raised £400 for Alzheimer's Society this week, and Mrs Hale on the front desk baked for it.",
    ],
)
def test_a_condition_inside_a_charitys_name_is_no_health_detail(text):
    spans = [span(text, "Mrs Hale", "PERSON")] if "Mrs Hale" in text else []
    assert "health_detail" not in kinds(text, spans)


def test_a_named_persons_cancer_is_still_a_health_detail():
    text = "Our receptionist Mrs Hale has Cancer again, a second round of chemo starts Monday."
    assert "health_detail" in kinds(text, [span(text, "Mrs Hale", "PERSON")])


# -- a picture shared, said in other Englishes; reassurance is no "no photo" -------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mr Ramdass grandson first day of school, he so proud in de uniform. Video in de comments 😂", "Mr Ramdass"),
        ("Trimmed little Kai's fringe today, he sat like a statue for his mum. Pic in story 💇", "Kai"),
        ("Sobrang proud kay Jomar, he passed his board exam! Pinost ko yung photo sa story, don't worry he said ok.", "Jomar"),
        ("Our reception class planted the sunflower bed today, swipe to see Elif and Tomasz with their trowels 🌻", "Tomasz"),
    ],
)
def test_a_picture_shared_in_other_englishes_is_a_photo(text, name):
    assert "photo" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mr Ramdass grandson first day of school today. No pics in de comments please, he shy 🙈", "Mr Ramdass"),
        ("Swipe to see the new treatment room, fresh paint and all! Booking from Monday.", None),
    ],
)
def test_no_picture_or_no_one_in_it_is_no_photo(text, name):
    assert "photo" not in kinds(text, [span(text, name, "PERSON")] if name else [])


# -- readers will know who, in other Englishes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fixed the roof for the old uncle at the kopitiam corner today, everybody know him one, he sings to the birds.",
        "To the customer with the green Land Rover who parks across two bays every Friday, yow know who yam.",
    ],
)
def test_readers_told_they_know_who_in_other_englishes_is_small_community(text):
    assert "small_community" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "As most of you will know by now, our Sue has moved to the Leeds office. Cake on Friday!",
        "Everybody know the canteen closes at 2 on Fridays, bring your own lunch lah.",
    ],
)
def test_knowing_the_rota_or_the_canteen_is_no_small_community(text):
    assert "small_community" not in kinds(text)


# -- a named event with a number in its name, placed with Pidgin "for" -------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two of my patients came in from the Highway 16 pile-up, Mr Olsen is still in theatre.", "Mr Olsen"),
        ("Mama Chidi husband wey dey the bus crash for Ore road yesterday still dey our ward.", "Mama Chidi"),
    ],
)
def test_an_event_named_with_a_number_or_placed_with_for_is_news(text, name):
    assert "news_event" in kinds(text, [span(text, name, "PERSON")])


def test_a_crash_course_for_a_ward_is_no_news():
    text = "Did the crash course for Ward 7 yesterday with Sister Abena, lovely group."
    assert "news_event" not in kinds(text, [span(text, "Sister Abena", "PERSON")])
