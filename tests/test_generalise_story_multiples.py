"""A rare multiple birth said in general words where the review raised a risk on it
(generalise/story_multiples.py, through stories.story_rewrites): both sides, with sentences written for the
class and the review's phrase given as the review would raise it."""

from __future__ import annotations

from rewriter.generalise.stories import story_rewrites
from rewriter.generalise.story_multiples import general_multiples
from rewriter.review import Risk


def raised(text: str, phrase: str, kind: str = "health_detail") -> Risk:
    at = text.index(phrase)
    return Risk(kind, at, at + len(phrase), phrase, "why", "advice", None, False)


def rewritten(text: str, *risks: Risk) -> str:
    out = text
    for r in sorted((r for r in story_rewrites(text, risks) if r.rewrite is not None), key=lambda r: -r.start):
        out = out[:r.start] + r.rewrite + out[r.end:]
    return out


def test_a_set_of_quadruplets_becomes_multiple_babies():
    text = "Night shift done, we fitted hearing aids for a set of quadruplets and everyone is doing well."
    assert rewritten(text, raised(text, "quadruplets")) == (
        "Night shift done, we fitted hearing aids for multiple babies and everyone is doing well.")


def test_bare_quadruplets_become_multiple_babies():
    text = "Night shift done, we delivered quadruplets by section and everyone is doing well."
    assert rewritten(text, raised(text, "quadruplets")) == (
        "Night shift done, we delivered multiple babies by section and everyone is doing well.")


def test_the_family_with_the_quins_keeps_its_babies():
    text = "Dropped the food parcel round to the family with the quins, mum was in tears."
    assert rewritten(text, raised(text, "quins", "rare_or_unique")) == (
        "Dropped the food parcel round to the family with the babies, mum was in tears.")


def test_conjoined_twins_become_twins_and_the_hashtag_goes():
    text = "Picked up Siamese twins on the anomaly scan this afternoon. Still shaking. #sonographer #siamesetwins"
    assert rewritten(text, raised(text, "Siamese twins")) == (
        "Picked up twins on the anomaly scan this afternoon. Still shaking. #sonographer")


def test_conjoined_twins_as_the_subject_keep_their_sentence():
    text = "Conjoined twins born on the unit tonight!! Praying for the surgery team."
    assert rewritten(text, raised(text, "Conjoined twins")) == "Twins born on the unit tonight!! Praying for the surgery team."


def test_a_wider_rewrite_keeps_no_birth_as_written():
    # the rare_or_unique rewrite of "the only ... with sextuplets" keeps the birth word; it is made general too
    text = "Visited the only household in Carrick with sextuplets today."
    only = raised(text, "only household", "rare_or_unique")
    assert "sextuplets" not in rewritten(text, only, raised(text, "sextuplets"))


def test_plain_twins_stay():
    text = "Delivered twins on the unit tonight, both boys, both loud."
    assert rewritten(text, raised(text, "twins")) == text


def test_the_writers_own_triplets_stay():
    text = "First day of school for my triplets and I cried in the car park, so proud of them."
    assert rewritten(text, raised(text, "triplets")) == text


def test_no_risk_on_the_word_leaves_it():
    # the review raised something else in the post: the birth is not what it read as a detail
    text = "Quads day at the gym, then a long shift on the ward with a grumpy consultant."
    assert rewritten(text, raised(text, "grumpy consultant", "venting")) == text


def test_general_multiples_on_a_rewrite_string():
    assert general_multiples("a family in a small town with triplets") == "a family in a small town with multiple babies"
    assert general_multiples("Triplets!! all well") == "Multiple babies!! all well"
    assert general_multiples("our twins and my quads") == "our twins and my quads"


def test_triplets_grown_to_school_age_become_children_not_babies():
    text = "A set of triplets at our tiny school all got detention on the same day 😂 their mum is going to kill them"
    assert rewritten(text, raised(text, "triplets", "rare_or_unique")) == (
        "Some children at our tiny school all got detention on the same day 😂 their mum is going to kill them")


def test_triplets_born_at_school_time_are_still_babies():
    # a birth told in the sentence decides, whatever else it says
    text = "Our school cook's daughter had triplets born at 32 weeks last night, all in NICU."
    assert "multiple babies born" in rewritten(text, raised(text, "triplets"))
