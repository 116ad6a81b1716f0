"""A record said in a clause of its own, dropped (generalise/story_records.py); who a news piece told of, and a
clip called viral, made plain (generalise/story_coverage.py, stories.py): each class on both sides, with
sentences written for the class and the review's phrase given as the review would raise it."""

from __future__ import annotations

from rewriter.generalise.stories import story_rewrites
from rewriter.generalise.story_coverage import coverage
from rewriter.generalise.story_records import records_said_alone
from rewriter.review import Risk


def raised(text: str, phrase: str, kind: str = "rare_or_unique") -> Risk:
    at = text.index(phrase)
    return Risk(kind, at, at + len(phrase), phrase, "why", "advice", None, False)


def without_record(text: str, phrase: str) -> str:
    """``text`` with the regions records_said_alone gives for the review's ``phrase`` applied."""
    out = text
    for r in sorted(records_said_alone(text, [raised(text, phrase)]), key=lambda r: -r.start):
        out = out[:r.start] + r.rewrite + out[r.end:]
    return out


# -- a record as a sentence of its own ------------------------------------------------------------------

def test_record_sentence_goes():
    text = "We delivered twins at the birth centre last night!! First time in the history of this unit. Mum was brilliant."
    assert without_record(text, "First time in the history of") == (
        "We delivered twins at the birth centre last night!! Mum was brilliant.")


def test_record_with_what_they_did_stays():
    text = "Huge shoutout to my client who just aged out of care! First kid from our group home ever to go to college. So proud."
    assert records_said_alone(text, [raised(text, "First kid from our group home ever")]) == []


def test_record_sentence_last_in_the_post_goes():
    text = "Sent a toddler who swallowed a magnet straight to theatre this morning. First case like that for our hospital!"
    assert without_record(text, "First case") == "Sent a toddler who swallowed a magnet straight to theatre this morning."


def test_record_opening_a_sentence_before_a_comma_goes():
    text = "Home visit up the valley today, triplets at two weeks. Only set of triplets born in the county this year, neighbours out with soup."
    assert without_record(text, "Only set of triplets") == (
        "Home visit up the valley today, triplets at two weeks. neighbours out with soup.")  # the driver capitalises


def test_record_as_the_subject_of_its_sentence_stays():
    text = "Busy clinic today on the ward. The first patient with it in the region came in this morning. All went well."
    assert records_said_alone(text, [raised(text, "The first patient")]) == []


def test_record_with_a_perfect_of_its_own_stays():
    text = "Quiet week otherwise on the unit. The first baby born in the new wing has gone home. Lovely family."
    assert records_said_alone(text, [raised(text, "The first baby")]) == []


def test_a_first_day_is_no_record():
    text = "First day back on the ward after leave. Handover took an hour and the coffee machine is broken."
    assert records_said_alone(text, [raised(text, "First day back")]) == []


def test_record_taken_up_by_a_pronoun_stays():
    text = "Retirement do today for our old sister. The first nurse I ever worked with, she taught me everything."
    assert records_said_alone(text, [raised(text, "The first nurse I ever worked with")]) == []


def test_record_that_gives_a_reason_stays():
    text = "Long clinic again this week. Only Portuguese-speaking doc in the county so it's always me. Tired but glad."
    assert records_said_alone(text, [raised(text, "Only Portuguese-speaking doc in the county")]) == []


def test_writers_own_record_stays():
    text = "Big news for me this month: I'm the first nurse in the practice to finish the prescribing course."
    assert records_said_alone(text, [raised(text, "the first nurse in the practice")]) == []


# -- a record as an aside closing its sentence ------------------------------------------------------------

def test_record_aside_after_a_comma_goes():
    text = "Odd admission yesterday: a lad with tetanus after a garden cut, first one our unit has ever seen. Doing well now."
    assert without_record(text, "first one our unit has ever seen") == (
        "Odd admission yesterday: a lad with tetanus after a garden cut. Doing well now.")


def test_record_aside_after_a_dash_goes():
    text = "The cat came in with a thyroid tumour — first case I've seen in 15 years. She is going to be fine."
    assert without_record(text, "first case I've seen in 15 years") == (
        "The cat came in with a thyroid tumour. She is going to be fine.")


def test_record_aside_closed_by_an_emoji_goes():
    text = "Scanned a mum today with a molar pregnancy, first I've ever seen in 8 yrs 😳 Referred her on."
    assert without_record(text, "first I've ever seen") == "Scanned a mum today with a molar pregnancy 😳 Referred her on."


def test_record_aside_mid_sentence_stays_for_one_of_a_kind():
    text = "My student, the first ever in our department to get no corrections, passed her viva today."
    assert records_said_alone(text, [raised(text, "the first ever")]) == []


def test_no_record_in_a_post_without_the_risk():
    text = "We delivered twins last night!! First time in the history of this unit. Mum was brilliant."
    assert records_said_alone(text, [raised(text, "First time in the history of", "news_event")]) == []


# -- news: who the piece told of; a clip called viral -----------------------------------------------------

def dropped(text: str, phrase: str) -> list[str]:
    return [r.text for r in coverage(text, [raised(text, phrase, "news_event")])]


def test_from_the_news_after_a_person_goes():
    text = "Treated the tram driver from last week's news, the one attacked at the depot. Lovely man."
    assert dropped(text, "last week's news") == [" from last week's news"]


def test_from_a_paper_article_goes():
    text = "Scanned someone today, the very tall guy from the Evening Chronicle article last month 😳 Nice guy though."
    assert dropped(text, "from the Evening Chronicle") == [" from the Evening Chronicle article last month"]


def test_from_a_place_stays():
    text = "Treated a bus driver from the depot today, the one near the market. Lovely man."
    assert dropped(text, "bus driver") == []


def test_broadcaster_programme_sentence_goes():
    text = "The man who collapsed in the library died last night, it's been on BBC Look East already. Thinking of his family."
    assert dropped(text, "BBC") == [", it's been on BBC Look East already"]


def test_viral_before_a_clip_goes():
    text = "Please don't share the viral video of the fight outside the school, his family is struggling."
    rewrites = {r.text: r.rewrite for r in story_rewrites(text, [raised(text, "the viral", "news_event")])}
    assert rewrites.get("viral ") == ""


def test_viral_as_an_illness_stays():
    text = "Please stay home with a viral infection, the ward cannot take another outbreak."
    rewrites = {r.text: r.rewrite for r in story_rewrites(text, [raised(text, "outbreak", "news_event")])}
    assert "viral " not in rewrites


# -- counts next to someone else's family; a baby's weight straight after the baby ---------------------------

from rewriter.generalise.story_counts import counts  # noqa: E402


def counted(text: str, phrase: str, kind: str = "health_detail") -> dict[str, str]:
    return {r.text: r.rewrite for r in counts(text, [raised(text, phrase, kind)])}


def test_their_family_size_goes():
    text = "Our client fled the fighting with her 5 kids and finally got refugee status this week."
    assert counted(text, "fled the fighting", "news_event") == {"5 ": ""}


def test_writers_own_family_size_stays():
    text = "Our client fled the fighting, and I sat with my 3 kids reading the news of it tonight."
    assert "3 " not in counted(text, "fled the fighting", "news_event")


def test_weight_straight_after_the_baby_goes():
    text = "A girl of fifteen came in fully dilated, nobody knew she was pregnant. Baby boy 2.1kg, both okay."
    assert counted(text, "pregnant") == {" 2.1kg": ""}


def test_weight_of_no_baby_stays():
    text = "Her dog is pregnant again and the vet says the boy 4kg of food a week is too much."
    assert counted(text, "pregnant") == {}


def test_record_measured_by_the_writers_career_stays():
    text = "Bed 6 on our unit, young farmer hurt by his own bull. First case like this in my 15 years. Wild."
    assert records_said_alone(text, [raised(text, "First case like this in my 15 years")]) == []


def test_record_measured_by_years_of_practice_stays():
    text = "Interesting case in clinic this week, a man convinced his wife is an impostor. First one I've seen in 20 yrs of practice!"
    assert records_said_alone(text, [raised(text, "First one I've seen")]) == []


def test_a_first_of_the_weather_is_no_record():
    text = "Morning from site 👷 first frost this morning in Leeds, coffee from the flask and the van heater broken."
    assert records_said_alone(text, [raised(text, "first frost this morning in Leeds")]) == []


def test_only_in_a_place_is_no_record():
    text = "Guest asked for two hundred white roses and a gold-plated console tonight. Only in Dubai habibi."
    assert records_said_alone(text, [raised(text, "Only in Dubai")]) == []


def test_only_as_just_in_an_aside_stays():
    text = "Hard week in the parish. His mother asked me to say nothing so I won't, only keep the family in your prayers."
    assert records_said_alone(text, [raised(text, "only keep the family")]) == []


def test_only_a_young_one_stays():
    text = "My customer married the head chef from the new place in town. Only a young person!! I do her nails next month."
    assert records_said_alone(text, [raised(text, "Only a young person")]) == []


def test_viral_after_seen_is_left_to_the_review():
    text = "If you've seen the viral video of the kid doing backflips at the talent show, yes that's my learner."
    rewrites = {r.text: r.rewrite for r in story_rewrites(text, [raised(text, "the viral", "news_event")])}
    assert "viral " not in rewrites


def test_record_opening_the_post_is_its_news_and_stays():
    text = "First ever quads born at our hospital in Leyte!! Sharing the pic of mommy holding them. Praying for them all."
    assert records_said_alone(text, [raised(text, "First ever quads born at our hospital in Leyte")]) == []
