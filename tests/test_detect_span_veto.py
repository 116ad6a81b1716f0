"""The span veto (rewriter/detect/span_veto.py): a name guess the span classifier is confident identifies no
one goes; a private client's name stays, and nothing but a name guess with words around it is ever read."""

from __future__ import annotations

import pytest

from rewriter.detect import span_veto, token_veto
from rewriter.spans import Span


def _span(text: str, part: str, entity_type: str = "PERSON", source: str = "language model (spaCy)") -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part, entity_type=entity_type, score=0.85, source=source,
                why="", suggestion="someone")


def _score(text: str, part: str, entity_type: str = "PERSON", source: str = "language model (spaCy)", role: str = ""):
    s = _span(text, part, entity_type, source)
    return span_veto.score(span_veto.features(text, s.start, s.end, s.entity_type, s.source, role))


# A public star and words of Tagalog in harmless posts: kept by every rule (the detector finds them with the
# veto off), vetoed by the classifier.
@pytest.mark.parametrize("text, word", [
    # (with "singing" or "on the radio" the famous-names rules now drop "Burna Boy" themselves)
    ("Whole staff room vibing to Burna Boy at lunch, what a vibe honestly", "Burna Boy"),
    # (opening the post, "Ingat kayo lagi mga kasama, ..." is an exclamation other_englishes.py drops itself)
    ("Night shift done, Ingat kayo lagi mga kasama sa ward, see you all next week", "Ingat"),
])
def test_a_public_star_or_another_languages_word_is_vetoed(detector, monkeypatch, text, word):
    found = [s.text for s in detector.detect(text, role="nurse")]  # with the shipped veto...
    monkeypatch.setattr(span_veto, "THRESHOLD", 2.0)  # ...and without it (nor the token tagger's reading)
    monkeypatch.setattr(token_veto, "THRESHOLD", 0.0)
    unvetoed = [s.text for s in detector.detect(text, role="nurse")]
    assert any(word in t for t in unvetoed)
    assert not any(word in t for t in found)


@pytest.mark.parametrize("text, name, role", [
    ("Finished the quarterly review for Halvorsen Marine today, their CFO still will not sign off the numbers",
     "Halvorsen Marine", "accountant"),
    ("Had a long session with Gregory Walsh today and he finally opened up about the accident. Huge step for him.",
     "Gregory Walsh", "therapist"),
])
def test_a_private_client_in_a_work_post_is_kept(find, text, name, role):
    assert any(name in found for found, _ in find(text, role))
    s = _span(text, name, "ORGANIZATION" if "Marine" in name else "PERSON")
    assert span_veto.score(span_veto.features(text, s.start, s.end, s.entity_type, s.source, role)) < span_veto.THRESHOLD


def test_only_name_guesses_with_words_around_them_are_read(monkeypatch):
    monkeypatch.setattr(span_veto, "score", lambda tokens: 1.0)  # the classifier sure of every span
    text = "Migrated my side project from Jenkins to GitHub Actions at the weekend, ping me on 07700 900123 or at Dr Lee's."
    guess = _span(text, "Jenkins", "LOCATION")
    fallback = _span(text, "GitHub Actions", "ORGANIZATION", "proper noun name rule")
    phone = _span(text, "07700 900123", "PHONE_NUMBER", "phone number pattern")
    titled = _span(text, "Dr Lee", "PERSON", "titled name rule")
    time = _span(text, "weekend", "DATE_TIME", "language model (spaCy)")
    assert span_veto.without_vetoed([guess, fallback, phone, titled, time], text) == [phone, titled, time]
    # a name the dictionary lists, and a guess in a post too short to read, are left to the rules
    listed = "Had coffee with Jennifer after the long shift today, she is doing well and says hi"
    assert span_veto.without_vetoed([_span(listed, "Jennifer")], listed) == [_span(listed, "Jennifer")]
    short = "What's your name? Elizabeth Hanson"
    assert span_veto.without_vetoed([_span(short, "Elizabeth Hanson")], short) == [_span(short, "Elizabeth Hanson")]


def test_the_fast_reading_is_the_pipelines_own():
    from spacy.tokens import Doc

    nlp = span_veto._classifier()
    text = "Whole staff room singing along to Burna Boy on the radio at lunch, what a vibe honestly"
    s = _span(text, "Burna Boy")
    tokens = span_veto.features(text, s.start, s.end, s.entity_type, s.source, "nurse")
    assert span_veto._reader() is not None
    assert span_veto.score(tokens) == pytest.approx(nlp.get_pipe("textcat")(Doc(nlp.vocab, words=tokens)).cats["PUBLIC"],
                                                    abs=1e-6)
