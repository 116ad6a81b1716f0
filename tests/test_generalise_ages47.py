"""How the rewrite says an age told in another language's own words (wording written for these tests): the number
becomes its band in figures and the sentence keeps its words ("tiene 87 años y sigue" -> "tiene 80+ años y sigue",
never "tiene y sigue"); an age adjective joined to its number before a noun goes whole ("23-letni student" ->
"student"); another language's "at" still goes with the age it stood before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, role, said, gone",
    [
        ("La tía Lupe vino a la clínica otra vez, tiene 87 años y sigue fuerte.", "dental nurse", "tiene 80+ años y",
         "87"),
        ("Domnul Vasilescu are 62 de ani și azi a primit diagnosticul de Alzheimer.", "nurse", "are 60+ de ani",
         "62"),
        ("Mój pacjent Tomek, 23-letni student z Lublina, prosił żeby nie mówić rodzicom.", "nurse", "student z", "23"),
    ],
)
def test_an_age_in_another_languages_words_keeps_its_sentence(floor, text, role, said, gone):
    out = floor(text, role)
    assert said in out and gone not in out, out


def test_the_treatments_given_are_those_generalise_works_out_itself(detector):
    """The pipeline asks each span's treatment once and hands the answers to generalise (pipeline.generalised):
    the same rewrite as when generalise works them out, on a post of another language with an age in it."""
    from rewriter.generalise.driver import generalise
    from rewriter.generalise.unread import KEEP, treatment, treatments

    text = "La tía Lupe vino a la clínica otra vez, tiene 87 años y sigue fuerte. Dice que su hijo vive en Tijuana."
    spans = detector.detect(text)
    treated = treatments(text, spans, True)
    assert treated == {span: treatment(text, span, True) for span in spans}
    given = generalise(text, spans, "nurse", (), True, treated=treated)
    assert given == generalise(text, spans, "nurse", (), True)
    assert "80+ años" in given.text and "87" not in given.text, given.text
    assert [s for s in spans if treated[s] == KEEP] == [s for s in spans if treatment(text, s, True) == KEEP]
