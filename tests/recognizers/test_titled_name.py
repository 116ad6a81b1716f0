"""TitledNameRecognizer (people/titled_name.py): Names after a courtesy or professional title: "Dr."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.titled_name import TitledNameRecognizer


@pytest.mark.parametrize("text, name", [("Dr. Okafor was lovely today.", "Okafor"), ("saw mr patel again", "patel")])
def test_name_after_a_title(find, text, name):
    assert (name, "PERSON") in find(text)


def test_a_title_keeps_only_capitalised_words_after_the_first():
    rec = TitledNameRecognizer()
    text = "Dr. Okafor and mr patel met"
    found = {text[r.start : r.end] for r in rec.analyze(text, ["PERSON"], None)}
    assert found == {"Okafor", "patel"}


def test_title_outscores_the_model(detector):
    spans = [s for s in detector.detect("I got to sit with Mr Okafor today.") if "Okafor" in s.text]
    assert spans and all(s.entity_type == "PERSON" and s.score >= 0.9 for s in spans)
