"""The token tagger's reading for the span veto (rewriter/detect/token_veto.py): a name guess in which the tagger,
reading its sentence, finds no private token goes; a private client's or patient's name stays; and the numpy
reading of the tagger is thinc's own, window or whole post."""

from __future__ import annotations

import numpy as np
import pytest

from rewriter.detect import span_veto, token_veto

TEXTS = [
    "Tired but happy. Gràcies a tothom for the lovely send off at handover, I will miss you lot",
    "Had a long session with Declan Harrow today and he finally talked about the crash. Huge step for him.",
    "Little Kezia in bay 4 finally ate her whole dinner today, her mum nearly cried",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_numpy_reading_is_thincs_own(text):
    nlp, tagger, _ = token_veto._model()
    _, reader, _ = token_veto._reader()
    doc = nlp.make_doc(text)
    want = tagger.model.ops.to_numpy(tagger.model.predict([doc])[0])
    assert np.allclose(reader.logits(reader.ids(doc)), want, atol=1e-4)


def test_a_window_scores_as_the_whole_post():
    # a window of three tokens either side of the span is all the tagger's CNN reads: the same score as the
    # whole text's, for a span at the start, in the middle and at the end
    nlp, reader, column = token_veto._reader()
    text = TEXTS[1]
    logits = reader.logits(reader.ids(nlp.make_doc(text)))
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    whole = e[:, column] / e.sum(axis=1)
    doc = nlp.make_doc(text)
    for part in ("Had", "Declan Harrow", "him."):
        start = text.index(part)
        toks = [t.i for t in doc if t.idx < start + len(part) and start < t.idx + len(t.text)]
        got = token_veto.private_scores(text, [(start, start + len(part))])[0]
        assert got == pytest.approx(float(whole[toks].max()), abs=1e-5)


def test_another_languages_thanks_is_vetoed(detector, monkeypatch):
    # a word of Catalan thanks the capital rules take for a name: the tagger sees nothing private in it
    text = TEXTS[0]
    monkeypatch.setattr(span_veto, "THRESHOLD", 2.0)  # the bag-of-words veto off: the tagger alone
    assert not any("Gràcies" in s.text for s in detector.detect(text, role="nurse"))
    monkeypatch.setattr(token_veto, "THRESHOLD", 0.0)  # and without it the guess is there
    assert any("Gràcies" in s.text for s in detector.detect(text, role="nurse"))


@pytest.mark.parametrize("text, name, role", [
    (TEXTS[1], "Declan Harrow", "therapist"),
    (TEXTS[2], "Kezia", "nurse"),  # a child in a bay, which spaCy calls a place
])
def test_a_client_or_patient_is_kept(detector, text, name, role):
    assert any(name in s.text for s in detector.detect(text, role=role))
    start = text.index(name)
    assert token_veto.private_scores(text, [(start, start + len(name))])[0] >= token_veto.THRESHOLD


def test_a_range_without_tokens_scores_nothing_and_the_switch_turns_it_off(monkeypatch):
    text = TEXTS[0]
    assert token_veto.private_scores(text, [(len(text), len(text))]) == [0.0]
    monkeypatch.setattr(token_veto, "THRESHOLD", 0.0)
    monkeypatch.setattr(span_veto, "THRESHOLD", 2.0)
    from rewriter.spans import Span

    start = text.index("Gràcies")
    guess = Span(start=start, end=start + 7, text="Gràcies", entity_type="PERSON", score=0.85,
                 source="proper noun name rule", why="", suggestion="someone")
    assert span_veto.without_vetoed([guess], text) == [guess]
