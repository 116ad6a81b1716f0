"""Issue 11, session 17: classes of risky posts the review missed on writers w, x, y, z and za (a confidence
held, one of a kind beyond people, other languages' superlatives, medicines and measures of someone, money
taken at work, an open case before a regulator, local outlets, someone served seeking the writer out, a
birth in a vehicle), each beside a harmless post of the same shape that must stay clear of that kind. Run
with the real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- confidential_business: a confidence held, said from inside ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foal born at our stud this spring has a bad tendon. The owner's asked us not to share anything yet.",
        "Restructure at our depot is happening before Easter and the memo hasn't even gone out yet. Grim.",
        "Oga don talk say 25 staff go leave our branch next month, e never reach public. I dey fear.",
        "Lost our biggest account after the 400k billing mess. Boss hajui bado 😬",
        "Audit report on our warehouse is done but it's not published yet and management want it softened.",
    ],
)
def test_a_confidence_held_from_inside_is_confidential(review, text):
    assert "confidential_business" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't know yet if I got the job, fingers crossed everyone 🤞",
        "Police have asked us not to talk about the crash on the bypass, so I won't. Hug your kids.",
        "Made a banana bread that could win awards, recipe not published yet because I'm lazy 😂",
    ],
)
def test_no_confidence_of_a_business_without_one(review, text):
    assert "confidential_business" not in review(text)


# -- rare_or_unique: one of a kind beyond people, and in other languages -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Treating the last blacksmith in our valley who still shoes horses by hand. His wrist is shot.",
        "The only elephant calf born at our sanctuary this year has an eye infection, poor thing.",
        "Harbour master fined the skipper again, he's the only trawler still out in this weather.",
        "Si Lola Caring, ang pinakamatandang manghihilot sa isla, nadulas kahapon. Ipagdasal natin 🙏",
        "Delivered a baby boy in the back of a taxi outside the station last night, mum and baby grand.",
        "Our resident Mabel is 98 tomorrow and still wins at bingo.",
    ],
)
def test_one_of_a_kind_is_rare(review, text):
    assert "rare_or_unique" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "The only pub in the village does a great Sunday roast, highly recommend.",
        "The last patient of the day was an absolute sweetheart.",
        "The only thing still working in this office is the kettle.",
        "I was born in the back of a taxi apparently, mum never lets me forget it.",
        "Parcels delivered in the back of the van got soaked again today.",
    ],
)
def test_ordinary_onlys_and_lasts_are_not_rare(review, text):
    assert "rare_or_unique" not in review(text)


# -- health_detail: a medicine or a measure of someone ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our Edna in room 12 still won't take her memantine unless it's in yoghurt, bless her.",
        "Mama Ngozi for bed 7, her HbA1c come back 12.8 and she still dey eat puff puff 😭",
        "Uncle Tan came back again, refuses to wear glasses to drive, his right eye 6/60 already!",
        "One of my clients, Mrs Farah Qureshi from Gulberg, 150 kg, wants to lose weight before the wedding.",
    ],
)
def test_a_medicine_or_measure_of_someone_is_health(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "New PB today: deadlifted 140kg for 3 reps 💪",
        "Eye test today, still 6/6 in both eyes, smug.",
        "Reminder: memantine and donepezil training is on Thursday in the seminar room.",
    ],
)
def test_own_measures_and_training_are_not_health(review, text):
    assert "health_detail" not in review(text)


# -- venting: money or favours taken at work, pushed to lie for someone ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shop owner Dionne keeps 'borrowing' from the tip jar and thinks we don't notice.",
        "Dis man Clive from the yard owe mi 60 thousand since March. Clive, mi see yuh.",
        "Site manager Gary wants us to say the scaffold was checked. It wasn't. Not going to lie for him.",
    ],
)
def test_money_taken_or_lying_for_someone_is_venting(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skimming through the new guidelines tonight with a cuppa, exciting stuff.",
        "My brother still owes me a pint from the World Cup bet 😂",
    ],
)
def test_everyday_skimming_and_family_debts_are_not_venting(review, text):
    assert "venting" not in review(text)


# -- ongoing_case, news_event, small_community, client_contact -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rockfall on level 9 at our pit, two blokes hurt, investigation open and management say it's fine.",
        "Builder we sub for is fighting a lien I put on his job. Small claims in March.",
        "Our biggest donor is under HMRC investigation and the trustees are panicking.",
    ],
)
def test_an_open_case_is_ongoing(review, text):
    assert "ongoing_case" in review(text)


def test_a_public_case_against_a_big_company_is_not_ongoing(review):
    assert "ongoing_case" not in review("Apple is under EU investigation again lol, pass the popcorn")


@pytest.mark.parametrize(
    "text",
    [
        "The lad from the quarry drowning that made KTV news, his funeral is with us Friday.",
        "The girl who fell from the pier, on every Cornish news site, is on our ward now.",
    ],
)
def test_a_local_outlet_is_news(review, text):
    assert "news_event" in review(text)


def test_reading_the_sunday_paper_is_not_news(review):
    assert "news_event" not in review("My patient was reading the Sunday paper in bed all morning, bless him.")


@pytest.mark.parametrize(
    "text",
    [
        "Sanjay from the trawler got a fine off the inspector. Whole harbour in Kilmore knows it was him.",
        "Half the county has rung asking about him. We tell them nothing.",
        "The new owner of the garage out our way is being prosecuted. Only two garages in the valley so it's obvious who.",
    ],
)
def test_readers_knowing_who_is_small_community(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client I've been seeing for a year just walked into my church and sat right behind me 😳",
        "A dad whose son I taught came to thank me personally at the school gate with a cake.",
    ],
)
def test_someone_served_seeking_the_writer_out_is_contact(review, text):
    assert "client_contact" in review(text)


def test_a_friend_at_church_is_not_contact(review):
    assert "client_contact" not in review("Lovely service at my church this morning, the choir were on form.")


# -- more of the same classes: a business event by its date, a title held years running, a first of a kind --


def test_a_business_event_by_its_day_of_month_is_confidential(review):
    assert "confidential_business" in review("Our app is sunsetting the free plan on 3 Sept and the price goes up. Shh.")


def test_a_day_of_month_of_ones_own_is_not_confidential(review):
    assert "confidential_business" not in review("Moving house on 3 Sept, send snacks and strong arms 📦")


@pytest.mark.parametrize(
    "text",
    [
        "Proud of Kwame in Form 2 at St Peter's, spelling bee champ 4 years running 🏆",
        "Our wee village of 90 people got its first ever vet this month. Everyone's bringing their dogs round.",
    ],
)
def test_a_title_held_or_a_first_of_a_kind_is_rare(review, text):
    assert "rare_or_unique" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm pub quiz champ 3 years running, fear me",
        "My first ever marathon done!! Legs are jelly",
    ],
)
def test_the_writers_own_titles_and_firsts_are_not_rare(review, text):
    assert "rare_or_unique" not in review(text)


def test_a_birth_told_by_its_course_is_health(review):
    assert "health_detail" in review("Posting this birth photo with permission 🌿 this mama laboured 38 hours at home in Ballymore. Strongest woman I know.")


def test_the_word_labour_at_work_is_not_health(review):
    assert "health_detail" not in review("Labour Day weekend, finally a lie-in 😴")
