"""Issue 11, session 23: the small-community risk of a named local place. A school, a hospital, a home, a club
or a street by its name, in a post that tells of someone there, is a place its neighbours know, so the story
points at that person: the detector's school, hospital and street spans (read by their kind), and a name put
before the kind of place it is ("the Thornwick youth club", "the Ardcullen road"). Each class beside posts of
the same shape on the other side: the place with no one in the story, the writer's own family there, a big
city's street, a day or a plain word before the kind of place. Run with the real detector's spans, as the
pipeline does; the last tests check that the risk model still reads a post whose only rule risk is this one."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)

from rewriter.review import Reviewer, Risk


# -- a named school, hospital, home or street with someone served in the story ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The old gentleman on Primrose Close rang again about his hearing aid, third time this week. Bless him.",
        "Lovely girl in Year 5 at Hazelmere Primary read her first whole book today and her mum cried at pickup.",
        "Twins delivered at Brambleton Cottage Hospital last night, mum was an absolute star.",
        "Sat with a resident at St Ninian's this afternoon who told me about her first dance with her late husband.",
        "Spent the morning with a lad from the Thornwick youth club who's just been kicked out by his dad.",
    ],
)
def test_a_named_local_place_in_a_story_about_someone(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Proud of everyone at Hazelmere Primary for the bake sale total this week!",
        "My daughter starts at Hazelmere Primary on Monday and I'm not ok.",
        "New bins on Primrose Close at last, the council listened.",
        "Stuck in traffic on the Ardcullen road again, send coffee.",
        "Brunch on Canal Street in Manchester with the girls was unreal.",
    ],
)
def test_a_named_place_with_no_one_in_the_story_or_only_the_writers_own(review, text):
    assert "small_community" not in review(text)


# -- a street where crowds go tells on someone only when its own sentence tells of them --------------------------


def test_a_shop_on_a_named_street_where_someone_was_threatened(review):
    assert "small_community" in review("Our chemist on Tollard Street had a bloke threaten the pharmacist over his script. She's shaken.")


def test_a_busy_street_with_someone_only_in_the_next_sentence(review):
    assert "small_community" not in review("Late shift on Tollard Street tonight. A lad in a dinosaur onesie tried to hug the horse.")


# -- a name before the kind of place, not a day or a plain word ------------------------------------------------


def test_a_name_before_a_road_in_a_story_of_someone_there(review):
    assert "small_community" in review("Crash on the Ardcullen road this morning, we had the driver. He's 19 and still in theatre.")


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday clinic ran over again and the lad in bay 2 was not impressed, bless him.",
        "Sunday school was chaos but the little girl who does the readings was a star.",
        "Left school at 16 and now I'm a nurse, never give up on yourself.",
    ],
)
def test_a_day_or_a_word_before_the_kind_of_place_is_no_name(review, text):
    assert "small_community" not in review(text)


# -- the risk model still reads a post whose only rule risk is a named local place -----------------------------


class _Model:
    """Stands in for the risk model: a whole-post health detail and small community on any post the rules
    found nothing (that it was measured on) in."""

    def __init__(self):
        self.read: list[set[str]] = []

    def find(self, text: str, found: set[str]) -> list[Risk]:
        self.read.append(set(found))
        if found:
            return []
        return [Risk(kind, 0, len(text), text, "why", "advice", None, by_model=True) for kind in ("health_detail", "small_community")]


def _with_model() -> tuple[Reviewer, _Model]:
    reviewer = Reviewer(model=False)
    reviewer.model = model = _Model()
    return reviewer, model


def test_the_model_still_adds_its_kinds_beside_a_named_local_place(detector):
    reviewer, model = _with_model()
    text = "Lovely girl in Year 5 at Hazelmere Primary read her first whole book today and her mum cried at pickup."
    risks = reviewer.review(text, detector.detect(text))
    assert model.read == [set()]
    assert [(r.kind, r.by_model) for r in risks if r.kind == "small_community"] == [("small_community", False)]
    assert [r.kind for r in risks if r.by_model] == ["health_detail"]


def test_the_model_does_not_read_a_post_with_another_rule_risk(detector):
    reviewer, model = _with_model()
    text = "Screenshot of the DMs from the lad on Primrose Close who found me on Instagram. Bless him."
    risks = reviewer.review(text, detector.detect(text))
    assert model.read and model.read[0]
    assert not any(r.by_model for r in risks)
