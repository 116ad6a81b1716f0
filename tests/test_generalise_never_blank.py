"""A rewrite never comes out blank. The rules that drop a clause they cannot fit ("the clause goes whole") must
not, between them, drop every word of a post: a blank offered as the rewrite (and as "clean") loses all the writer
meant to say. Session 42 found one: a one-sentence post in Swahili around a village's name."""

from __future__ import annotations

from rewriter.generalise import generalise
from rewriter.generalise.driver import _in_place
from rewriter.review import Risk
from rewriter.spans import Span

from test_generalise import marked


def test_a_post_that_is_one_clause_of_another_language_keeps_its_words(floor):
    out = floor("Nimemtembelea shangazi tena in Kiambaa leo.", "nurse")
    assert out.startswith("Nimemtembelea shangazi tena ")
    assert "Kiambaa" not in out


def test_the_clause_still_goes_when_the_post_has_more_to_say():
    # the near miss: an English post around the quoted clause keeps its rule (the clause goes, the post stays)
    text, spans = marked("Long night on the ward. The only Polish I know is 'Dzień dobry, [Pani Basia]'. Home now.",
                         "PERSON")
    out = generalise(text, spans, "nurse").text
    assert "Basia" not in out and out.startswith("Long night on the ward.") and out.endswith("Home now.")


def test_a_risk_phrase_that_is_the_whole_post_leaves_the_post_to_be_reviewed_not_blank():
    text = "You've all seen it on the news."
    risk = Risk("news_event", 0, len(text), text, "why", "advice", rewrite="")
    assert generalise(text, [], "other", [risk]).text == text


def test_the_last_resort_puts_each_suggestion_where_its_span_stood():
    text = "Nimemtembelea Bi Wanjiru in Kiambaa."
    spans = [Span(text.index(word), text.index(word) + len(word), word, kind, 0.9, "test", "why", suggestion)
             for word, kind, suggestion in (("Bi Wanjiru", "PERSON", "a patient"), ("Kiambaa", "LOCATION", "a local area"))]
    out = _in_place(text, spans)
    assert out.text == "Nimemtembelea a patient in a local area."
    assert [r.text for r in out.replacements] == ["a patient", "a local area"]
