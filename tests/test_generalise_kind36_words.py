"""A person's kind from the words beside the name (session 36, words36): judges of unseen drafts found a
crewmate thanked in an aside called "a patient" and a judge named as the court names one ("Hartigan J") called
"Someone". Invented sentences of the same shape, each with a near miss."""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path


# a comma aside calling the named person a peer at work makes them a colleague, whatever the writer's role
@pytest.mark.parametrize("draft, role", [
    ("Big shout to [Ffion Pryce-Rowlands], best crewmate anyone could ask for, leaving after years.", "paramedic"),
    ("Cake for [Tunde], the best teammate on nights, back from leave.", "nurse"),
])
def test_peer_in_an_aside_is_a_colleague(draft, role):
    out = gen(draft, "PERSON", role=role)
    assert "a colleague" in out and "patient" not in out.split(",")[0], out


def test_a_colleague_in_the_next_clause_is_not_the_names():
    out = gen("Finance picked [Malta], and a colleague from Leeds is coming as Abba.", "PERSON", role="nurse")
    assert "picked a colleague" not in out and "another colleague" not in out, out


def test_a_patients_coworker_is_not_the_writers_colleague():
    out = gen("Flowers from [Ffion Pryce-Rowlands], my patient's coworker, today.", "PERSON", role="nurse")
    assert "a colleague" not in out, out


# a surname with the letters a court puts after its judges is the judge
@pytest.mark.parametrize("draft, expected", [
    ("Hearing ran late. [Hartigan J] was NOT amused.", "The judge was NOT amused."),
    ("We appeared before [Okafor CJ] this morning.", "before the judge this morning"),
])
def test_judge_by_the_courts_letters(draft, expected):
    assert expected in gen(draft, "PERSON", role="lawyer")


def test_initial_alone_is_no_judge():
    assert "judge" not in gen("Spoke with [Hartigan J.] about his claim.", "PERSON", role="lawyer")
