"""Session 50 (roles50): a colleague named by a job title only one person holds ("the new head of department",
"Da new VP", "the ward sister on ...", "the teacher I'm TA for") and a complaint about them, in the writers'
Englishes; each class beside a close harmless case. Wording written for these tests."""

from __future__ import annotations

from review_helpers import kinds, rewrites, span

from rewriter.generalise import generalise
from rewriter.review import Reviewer
from rewriter.review.context import Post
from rewriter.review.roles import roles_held


def held(text: str) -> list[str]:
    return [text[r.start:r.end] for r in roles_held(Post(text))]


# -- the reading: a title one person holds, in a definite frame -------------------------------------------


def test_a_title_one_person_holds_after_the_or_our():
    assert held("Our bursar has signed off the contract again") == ["Our bursar"]
    assert held("the matron on Elm ward told us to sit down") == ["the matron"]


def test_any_trade_made_one_by_new():
    assert held("the new phlebotomist on lates keeps moving my stuff") == ["the new phlebotomist"]
    assert held("wor new clinical lead is barely here") == ["wor new clinical lead"]


def test_a_trade_the_writer_works_for():
    assert held("The pharmacist I work under never checks the rota") == ["The pharmacist I work under"]


def test_no_title_for_the_writers_own_role_nor_anyones():
    assert held("I'm the new deputy head as of today!") == []
    assert held("Tip: your line manager should sign this off") == []
    assert held("any head of department will tell you") == []


def test_no_title_for_another_firms_nor_a_thing_named_by_it():
    assert held("their CEO is blaming us already") == []
    assert held("Candidate for the CFO role ghosted us") == []
    assert held("blamed me in the DSL meeting") == []


def test_no_title_for_someone_served_nor_a_body_part():
    assert held("our new patient in bay 4 keeps pressing the buzzer") == []
    assert held("the head of the bed needs raising") == []


# -- venting raised on the title, rewritten general --------------------------------------------------------


def test_venting_about_a_new_title_holder_in_dialect():
    text = "Ar kid, the new head of department is sayin we've gotta double mark everythin cos he day trust us."
    assert ("the new head of department", "a senior colleague") in rewrites(text, "venting")


def test_venting_in_pidgin_names_the_title():
    text = "Da new VP stay so junk. He wen yell at my student in front of everybody."
    assert ("Da new VP", "a senior colleague") in rewrites(text, "venting")


def test_a_peer_is_a_colleague():
    text = "that jumped-up new science teacher gave my tutee a detention for yawning. poor kid."
    assert ("that jumped-up new science teacher", "a colleague") in rewrites(text, "venting")


def test_the_name_said_with_the_title_goes_with_it():
    text = "senior partner Gav made the trainee cry AGAIN. proper nightmare"
    found = rewrites(text, "venting", [span(text, "Gav", "PERSON")])
    assert ("senior partner Gav", "a senior colleague") in found


def test_the_rewrite_says_a_senior_colleague():
    text = "The new ortho consultant screamed at a student nurse in front of patients AGAIN."
    risks = Reviewer(model=False).review(text, [])
    out = generalise(text, [], "nurse", [r for r in risks]).text
    assert out.startswith("A senior colleague screamed at a student nurse")


def test_the_complaint_is_the_nearest_ones():
    text = "had to report our rugby coach (the one with the red car 🙄) to the principal for making them run laps"
    assert ("the principal", "a senior colleague") not in rewrites(text, "venting")


# -- no venting: praise, the writer's own day, the weather, traffic, public bodies ----------------------


def test_praise_of_a_title_holder_is_no_venting():
    assert "venting" not in kinds("Our new head is brilliant, so glad she joined us.")
    assert "venting" not in kinds("The new finance director starts Monday, welcome aboard!")


def test_a_harmless_post_keeps_its_title():
    text = "Our CEO announced the new parental leave policy today. Proud to work here."
    assert not rewrites(text, "venting")


def test_the_writers_own_day_and_the_weather_are_no_venting():
    assert "venting" not in kinds("Sick of this weather. Third day of rain, I've had enough now.")
    assert "venting" not in kinds("Traffic on the M5 is a joke again, fuming.")
    assert "venting" not in kinds("Absolutely knackered after a 12 hour shift, sick of nights tbh.")


def test_dialect_complaint_with_nobody_from_work_is_no_venting():
    assert "venting" not in kinds("Cor blimey, the bus is late again. Yow couldn't mek it up.")
