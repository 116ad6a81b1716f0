"""Garbles judged in the deterministic rewrites of the analysis sets after session 20, by the slot the
general words landed in, each pinned on made-up sentences of the same shape (issue 10, "Grammar"), with
what must stay as it was beside each:

- a place before an "-ing" word and a place's noun was its modifier ("at [X] trading centre" -> "at the
  local trading centre", never "elsewhere trading centre");
- "anyone else in [X]" is "anyone else in town", never "anyone else elsewhere";
- "the whole of [X]" is "the whole area", never "the whole of the area";
- a percentage after "is" before a noun says how much of it: "is [80%] listening" -> "is mostly
  listening", "I'm [90%] sure" -> "I'm pretty sure", never "is a large listening";
- "She's [who she is], <clause>" with nothing left to say who goes whole: the clause opens the sentence;
- "out in [X]" after a person or a copula is "elsewhere" whole, never "out elsewhere";
- "Nanny" before a name is a grandmother: "the gran", never "the nanny";
- a photo offer dropped keeps the emoji that closed it ("Pics below 🎂 #carehome" -> "🎂"), never a camera or
  an arrow, which point at the photo.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from rewriter.generalise import generalise
from rewriter.kinds import KINDS
from test_generalise import marked  # tests/ is on the path


def gen(draft: str, *kinds: str, role: str = "other") -> str:
    """Like test_generalise.gen, with each kind's own default suggestion, as the detector gives it."""
    text, spans = marked(draft, *kinds)
    spans = [replace(s, suggestion=KINDS[s.entity_type].suggestion) for s in spans]
    return generalise(text, spans, role).text


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Our landlord at [Nsumbi] trading centre came by again.", "Our landlord at the local trading centre came by again."),
        ("Dropped the old sofa at [Kilburn] recycling centre.", "Dropped the old sofa at the local recycling centre."),
    ],
)
def test_a_place_before_an_ing_word_and_a_place_noun_is_its_modifier(draft, expected):
    assert gen(draft, "LOCATION", role="pharmacist") == expected


def test_a_place_before_an_ing_verb_keeps_the_verb():
    out = gen("Saw her in [Ballymore] buying milk.", "LOCATION", role="nurse")
    assert "buying milk" in out and "local buying" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Anyone else in [Glenbrae] find it funny?", "Anyone else in town find it funny?"),
        ("Does everybody else on [Inchmorra] know?", "Does everybody else in town know?"),
    ],
)
def test_anyone_else_in_a_place_is_in_town(draft, expected):
    assert gen(draft, "LOCATION", role="pharmacist") == expected


def test_anyone_else_before_a_place_without_in_is_left_to_its_handler():
    out = gen("Anyone else from [Glenbrae] here?", "LOCATION", role="pharmacist")
    assert "in town" not in out and "Glenbrae" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Honestly the whole of [Ballymore] heard you last night.", "Honestly the whole area heard you last night."),
        ("The whole of [Kilbride] will know by teatime.", "The whole area will know by teatime."),
        ("Ugh. Whole of [Kilbride] will know by teatime.", "Ugh. The whole area will know by teatime."),
    ],
)
def test_the_whole_of_a_place_is_the_whole_area(draft, expected):
    assert gen(draft, "LOCATION", role="nurse") == expected


def test_half_of_a_place_keeps_its_words():
    out = gen("Half of [Ballymore] turned up.", "LOCATION", role="nurse")
    assert out.startswith("Half of ") and "area area" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Sales is [80%] listening.", "Sales is mostly listening."),
        ("This job is [30%] paperwork.", "This job is partly paperwork."),
        ("I'm [100%] sure he lied.", "I'm completely sure he lied."),
        ("I'm [90%] sure I saw him.", "I'm pretty sure I saw him."),
        ("Revenue was [18%] higher than forecast.", "Revenue was much higher than forecast."),
    ],
)
def test_a_percentage_after_is_says_how_much(draft, expected):
    assert gen(draft, "FIGURE", role="sales executive") == expected


@pytest.mark.parametrize(
    "draft, kept",
    [
        ("We saw an [18%] revenue drop.", "sharp revenue drop"),
        ("[30%] of revenue gone.", "large share of revenue"),
    ],
)
def test_a_percentage_elsewhere_keeps_its_share_words(draft, kept):
    out = gen(draft, "FIGURE", role="accountant")
    assert kept in out and "mostly" not in out and "partly" not in out, out


def test_a_clause_that_only_says_who_she_is_goes_whole():
    out = gen("Hearing pushed again. She's [the only Yazidi woman in Whitefox Lake], the whole community knows her. Sad.",
              "DISTINCTIVE_DETAIL", role="other")
    assert out == "Hearing pushed again. The whole community knows her. Sad."


@pytest.mark.parametrize(
    "draft, kept",
    [
        ("She's [the only Yazidi woman in Whitefox Lake] and she runs the choir.", "and she runs the choir"),
        ("Honestly he's [Dave Brennan], everyone fears him.", ", everyone fears him"),  # a role word still says who
    ],
)
def test_a_who_clause_with_words_left_or_no_clause_after_stays(draft, kept):
    kind = "PERSON" if "Dave" in draft else "DISTINCTIVE_DETAIL"
    out = gen(draft, kind, role="engineer")
    assert kept in out and ("She's" in out or "he's" in out), out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("acct 44, guy named [Randall] out in [Boise]. wow", "acct 44, guy elsewhere. wow"),
        ("He lives up in [Inverness] now.", "He lives elsewhere now."),
        ("Up in [Inverness] it snowed.", "Elsewhere it snowed."),
    ],
)
def test_out_in_a_place_is_elsewhere_whole(draft, expected):
    kinds = ("PERSON", "LOCATION") if "Randall" in draft else ("LOCATION",)
    assert gen(draft, *kinds, role="call centre agent") == expected


@pytest.mark.parametrize("draft", ["He grew up in [Inverness].", "Shout out in [Boise]!", "It broke down in [Perth] again."])
def test_a_phrasal_verb_keeps_its_particle(draft):
    out = gen(draft, "LOCATION", role="nurse")
    particle = next(p for p in ("up", "out", "down") if f" {p} in " in draft)
    assert f" {particle} " in out, out


def test_nanny_before_a_name_is_a_grandmother():
    assert gen("Popped in to see [Nanny Peg] today, she's 90.", "PERSON", role="other") == "Popped in to see the gran today, she's 90."


def test_our_nanny_before_a_name_stays_the_childminder():
    assert gen("Our nanny [Jess] picks the kids up.", "PERSON", role="other") == "Our nanny picks the kids up."


# -- a photo offer dropped keeps the emoji that closed it (a story region, tests/test_generalise_stories.py) --

from rewriter.generalise.stories import story_rewrites  # noqa: E402
from rewriter.review import Risk  # noqa: E402


def _photo_region(text: str, phrase: str):
    start = text.index(phrase)
    return story_rewrites(text, [Risk("photo", start, start + len(phrase), phrase, "why", "advice")])[0]


@pytest.mark.parametrize(
    "text, phrase, emoji",
    [
        ("Our resident turned a corner today and had two slices of cake. Pics below 🎂 #carehome", "Pics", "🎂"),
        ("Home visit went well, the little one painted the whole shed. snapped a pic of it bc honestly gallery-worthy 🦖",
         "snapped a pic", "🦖"),
        ("She is entering the competition and needs a laptop. Pic below 🙏🏾 #help", "Pic", "🙏🏾"),
    ],
)
def test_a_dropped_photo_offer_keeps_the_emoji_that_closed_it(text, phrase, emoji):
    found = _photo_region(text, phrase)
    assert found.text.startswith(phrase) and emoji in found.text and found.rewrite == emoji, found


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Verdict came back not guilty, so proud of him. Selfie below 📸 #JusticeForMarcus", "Selfie"),  # the camera is the photo
        ("Look what my class made for the fair today!! pics below 👇", "pics"),  # so is the arrow
        ("Look what my class made for the fair today!! pics in the comments, so proud of them", "pics"),
    ],
)
def test_a_photo_offer_without_a_closing_feeling_emoji_goes_whole(text, phrase):
    found = _photo_region(text, phrase)
    assert found.rewrite == "" and "#JusticeForMarcus" not in text.replace(found.text, ""), found
