"""A story's one-of-a-kind phrases and its news coverage made general (generalise/story_rarity.py one_of_a_kind,
generalise/story_coverage.py): each class on both sides, with sentences written for the class. Real detector, real
review, the deterministic rewrite."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.generalise.story_coverage import coverage
from rewriter.generalise.story_rarity import one_of_a_kind
from rewriter.pipeline import Pipeline
from rewriter.review import Reviewer, Risk


@pytest.fixture(scope="module")
def pipeline(detector):
    return Pipeline(Config(), detector, None, Reviewer())


def rewrite(pipeline, text: str, role: str = "nurse") -> str:
    return pipeline.rewrite(text, role=role, use_llm=False).text


def risk(kind: str = "rare_or_unique", start: int = 0, end: int = 1, by_model: bool = False) -> Risk:
    return Risk(kind, start, end, "x", "why", "advice", None, by_model)


def kinds(text: str, risks=None) -> dict[str, str]:
    return {r.text: r.rewrite for r in one_of_a_kind(text, [risk()] if risks is None else risks)}


def dropped(text: str, phrase: str) -> list[str]:
    at = text.index(phrase)
    return [r.text for r in coverage(text, [risk("news_event", at, at + len(phrase))])]


# -- one of a kind -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("Sat with the only deaf lad at Hollins Grammar on his exam stress.", "the only deaf lad at Hollins Grammar", "a deaf lad"),
        ("My patient was the last tin miner left in the valley and proud of it.", "the last tin miner left in the valley",
         "a tin miner"),
        ("Strapped up the only NBA-drafted player from our little town today.",
         "the only NBA-drafted player from our little town", "a player"),
        ("Her landlord is one of the two vets in our village, so I'll stop there.", "one of the two vets in our village", "a vet"),
        ("He's the youngest person ever to sail solo round the cape, and he's shy with it.", "the youngest person ever",
         "one of the youngest people"),
        ("My pupil is the first girl in the history of Kestrel Academy to reach the national maths final!",
         "the first girl in the history of Kestrel Academy", "one of the few girls"),
        ("Our oldest resident on Birch Ward turned a hundred today.", "Our oldest resident on Birch Ward", "One of our oldest residents"),
        ("We just settled the first ever product liability claim in the province for a faulty hoist.",
         "the first ever product liability claim in the province", "a product liability claim"),
        ("Their family runs the only bakery left in the district and the twins help out.",
         "the only bakery left in the district", "a bakery"),
        # a headline's "Only" with no determiner opens the sentence
        ("Only birth centre in the county with a pool is shutting, I hear.", "Only birth centre in the county", "A birth centre"),
        ("So proud. Only patient on the island with this kind of implant and she's home.", "Only patient on the island",
         "A patient"),
        # what the one did stays after the kind
        ("Only boy born early to survive in the valley this year. Proud of him.", "Only boy born early",
         "One of the few boys born early"),
        # the only case of a named condition in a place: the condition and the place go, the rarity stays
        ("Had the only known case of Marwick syndrome in our district in for a fitting today.",
         "the only known case of Marwick syndrome in our district", "a rare case"),
        ("Met the first patient with Tarrow disease on the island, lovely lad.",
         "the first patient with Tarrow disease on the island", "a patient with a rare condition"),
    ],
)
def test_a_one_of_a_kind_becomes_a_plain_description(text, region, words):
    assert kinds(text).get(region) == words


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # an aside set off by commas goes whole; the sentence reads on
        ("My client, the only female crane driver on the docks, is being pushed out.", ", the only female crane driver on the docks,"),
        ("She's 91, the last native Manx speaker in our home, and she sings to me.", "the last native Manx speaker in our home,"),
        ("Triplets tonight, the first set in the unit's 30-year history!", ", the first set in the unit's 30-year history"),
        # an aside with no determiner, as people write it
        ("My client, only female crane driver on the docks, is being pushed out.", ", only female crane driver on the docks,"),
    ],
)
def test_a_one_of_a_kind_aside_goes_whole(text, gone):
    assert kinds(text).get(gone) == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'm the only physio on the island, so everyone knows me.",  # the writer's own
        "Being the only nurse in a village of 400 is a lot.",  # the writer's own
        "She cried for the first time in years today.",  # a time, not a kind
        "The last 3 years in this job have flown.",  # a time
        "It'll be the first birth on the island since 1990, no pressure.",  # a first said as what something is
        "Our first case this morning was a sprained wrist.",  # the writer's own first, no record
        "The only other Ugandan at the firm just got let go.",  # who they are is the head itself
        "The only survivor of the Carrow Point ferry sinking is my client.",  # the name runs on past the place
        "Apparently she's the only diagnosed case in the county.",  # "a case" says nothing
        "We only hire nurses in the region, so apply!",  # a bare "only" inside a clause is an adverb
        "He came off his bike, only farm on that road so you know.",  # no determiner, no aside, no sentence opening
        "Only pharmacy for miles and we just filled a script no one else could.",  # the writer's own workplace, as a reason
        "He sleeps in our reading room. Only public library in town, he's nowhere else to go.",  # a reason, after a comma
        "I was the only case of chickenpox in our class that year.",  # the writer's own
    ],
)
def test_what_is_no_rewritable_one_of_a_kind_stays(text):
    assert kinds(text) == {}


def test_nothing_is_touched_without_a_rarity_a_small_place_or_a_news_story():
    text = "Sat with the only deaf lad at Hollins Grammar on his exam stress."
    assert kinds(text, [risk("venting")]) == {}
    assert kinds(text, [risk("rare_or_unique", by_model=True)]) == {}


def test_the_rewrite_reads_and_loses_the_record(pipeline):
    text = "Proud coach moment: my swimmer is the first girl from Ashby Otters ever picked for the national squad! Her mum cried."
    result = rewrite(pipeline, text, "teacher")
    assert "first girl" not in result and "Ashby" not in result
    assert "one of the few girls picked for the national squad!" in result


def test_an_aside_in_the_subject_goes_with_both_commas(pipeline):
    text = "The whistleblower I interviewed, the only female auditor in that finance office, testifies today. Nervous for her."
    result = rewrite(pipeline, text, "lawyer")
    assert "only" not in result
    assert "interviewed testifies today" in result


def test_a_harmless_post_with_a_first_is_left_as_written(pipeline):
    text = "First day back after the holidays and the kettle is already on. Best staffroom in the county ☕"
    assert rewrite(pipeline, text, "teacher") == text


# -- coverage ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "gone"),
    [
        ("Gave evidence about the death on our ward, the one that was all over the Chronicle. Barely slept.",
         "all over the Chronicle", ", the one that was all over the Chronicle"),
        ("Took the 999 call for the barn fire that's been all over the news. Worst night.", "all over the news",
         " that's been all over the news"),
        ("Not saying much but the two girls in the smash you'll have read about in the Valley Echo — one can't walk.",
         "in the Valley Echo", " you'll have read about in the Valley Echo"),
        ("The pensioner who went viral for chasing off the burglars? He's on my ward.", "went viral",
         " who went viral for chasing off the burglars"),
        ("Ran ourselves ragged since the caretaker's arrest hit the papers. Kids are scared.", "hit the papers", " hit the papers"),
        ("The bank shut our account. It'll be all over the news when it's announced. Gutted.", "all over the news",
         "It'll be all over the news when it's announced. "),
        ("Born at 25 weeks, and she's in the papers today because she finally went home.", "in the papers",
         "she's in the papers today because "),
        # the sentence's last clause, joined by a comma or a dash: it goes with what joins it, the stop stays
        ("First crew at the quarry collapse on Friday, it's all over the news.", "all over the news",
         ", it's all over the news"),
        ("Sat with the driver's mum for hours — it was on the news last night.", "on the news",
         " — it was on the news last night"),
    ],
)
def test_coverage_goes_with_its_clause(text, phrase, gone):
    assert gone in dropped(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the coverage is what the sentence says; no clause can go cleanly
        ("If you've been following it in the papers you'll know why I'm tired.", "in the papers"),
        ("Watching the rocket launch on the news with my daughter tonight.", "on the news"),
        # the sentence also tells what happened: it stays whole
        ("We were all over the local news last night after the quarry collapse. Rural trauma is hard.", "all over the local news"),
    ],
)
def test_coverage_that_cannot_go_cleanly_stays(text, phrase):
    assert dropped(text, phrase) == []


def test_coverage_is_left_in_a_post_with_no_news_story():
    text = "Took the 999 call for the barn fire that's been all over the news. Worst night."
    assert coverage(text, [risk("venting")]) == []


def test_the_rewrite_drops_the_coverage_and_reads(pipeline):
    text = "Still shaking. I treated the lorry driver from the M6 pile-up, the one that was all over the Evening Post. Hug your people."
    result = rewrite(pipeline, text, "nurse")
    assert "Post" not in result and "all over" not in result
    assert result.count(".") >= 2 and ", ." not in result and ",." not in result


# -- the writer's own workplace, a rare condition by kind, an event by its year, a working life ---------------------


def test_the_writers_own_workplace_is_theirs():
    assert kinds("Working at the only pharmacy on the island means I know everyone's business.") == {}


def test_a_coverage_where_it_was_seen_stays():
    text = "If you saw the bus crash on the news, we had six of them in resus."
    assert dropped(text, "on the news") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our new client has a rare muscle disease and nobody in town has heard of it.", "a rare condition"),
        ("Her son has a very rare bone disease, so the whole village rallies round him.", "a rare condition"),
    ],
)
def test_a_rare_condition_by_its_kind_becomes_a_rare_condition(pipeline, text, words):
    result = rewrite(pipeline, text, "teacher")
    assert "a rare condition" in result
    assert "muscle" not in result and "bone" not in result


def test_a_rare_day_is_no_condition(pipeline):
    text = "Rare sunny day on the ward, we all had lunch outside ☀️"
    assert rewrite(pipeline, text, "nurse") == text


def test_a_one_of_a_kind_opening_the_post_keeps_what_they_did(pipeline):
    text = "The only blind climber ever to summit the Old Man of Storr trains at our wall 🧗 so proud of her"
    result = rewrite(pipeline, text, "teacher")
    assert result.startswith("One of the few blind climbers to summit")


def test_a_viral_video_aside_goes_whole():
    text = "One of my pupils is the lad who pulled the dog out of the river, the video that went viral on TikTok 😂 proud"
    assert ", the video that went viral on TikTok" in dropped(text, "went viral")
