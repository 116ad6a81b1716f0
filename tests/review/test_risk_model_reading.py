"""How the risk model reads a post (rewriter/review/risk_model.py, _BagOfWords): the same scores as spaCy's
own textcat.predict, to the last bit, whether the tokens come from the detector's recent texts
(rewriter/detect/token_ids.py) or from the model's tokenizer; and that shared map of token ids itself."""

from __future__ import annotations

import threading

import numpy
import pytest

from conftest import labelled_texts
from rewriter.detect.token_ids import MAX_CHARS, RECENT, RecentTokenIds, tokenizer_fingerprint
from rewriter.review import Reviewer
from rewriter.review import risk_model

TOKENIZER, TEXTCAT, LABELS = risk_model._parts()
READER = risk_model._reader()


def _thinc(text: str) -> numpy.ndarray:
    return TEXTCAT.predict([TOKENIZER(risk_model.model_text(text))])[0]


def _own_ids(text: str) -> numpy.ndarray:
    return TOKENIZER(risk_model.model_text(text)).to_array("ORTH").astype("uint64")




EDGES = ["a", "x" * 3000, "Hello 😀", "don't!", "Mr. O'Neill e-mailed me@x.com :)", "line one\nline two", "  lead",
         "trailing ", "trailing  ", "trailing\n", "trailing \n", "trailing\t", "trailing\u00a0", "trailing\r\n"]


def test_the_shipped_model_is_read_without_thinc():
    assert READER is not None  # the bag of words _BagOfWords reads; else every post would go through thinc


def test_scores_are_thincs_to_the_last_bit_on_every_labelled_draft():
    texts = labelled_texts() + EDGES
    assert len(texts) > 1000
    differing = [t for t in texts if not numpy.array_equal(READER.predict(_own_ids(t)).view(numpy.uint32),
                                                           _thinc(t).view(numpy.uint32))]
    assert differing == []


def test_the_scores_function_gives_thincs_floats():
    text = "Board told us this morning that half the warehouse goes in March."
    assert risk_model.scores(text) == {kind: float(p) for kind, p in zip(LABELS, _thinc(text).tolist())}


@pytest.mark.parametrize("text", EDGES + ["Spoke to Marcus's mum today about the hearing.", "Ward 7 again!! 😤 #nhs"])
def test_the_detectors_tokens_serve_only_as_the_models_own_would(detector, text):
    detector.detect(text)
    assert numpy.array_equal(READER.token_ids(text), _own_ids(text))


def test_a_post_just_detected_is_not_tokenised_again(detector):
    text = "Lovely chat with the new starter on the ward today, she is going to be great."
    detector.detect(text)
    hits = RECENT.hits
    assert numpy.array_equal(READER.token_ids(text), _own_ids(text))
    assert RECENT.hits == hits + 1


def test_the_review_is_the_same_with_and_without_the_detectors_tokens(detector):
    reviewer = Reviewer()
    hits = RECENT.hits
    texts = labelled_texts()[:300]
    for text in texts:
        spans = detector.detect(text)
        with_ids = reviewer.review(text, spans)
        RECENT.clear()
        assert reviewer.review(text, spans) == with_ids
    assert RECENT.hits - hits >= 50  # the model reads the posts the rules found nothing in: from the detector


# -- the map itself ------------------------------------------------------------------------------------

def test_an_entry_is_found_only_for_the_same_text_and_tokenizer():
    recent = RecentTokenIds(size=4)
    recent.remember("fp", "some text", [1, 2], [0, 5])
    ids, starts = recent.get("fp", "some text")
    assert ids.tolist() == [1, 2] and starts.tolist() == [0, 5]
    assert recent.get("other tokenizer", "some text") is None
    assert recent.get("fp", "some text ") is None and recent.get("fp", "Some text") is None


def test_entries_are_copies_and_cannot_be_changed():
    recent = RecentTokenIds()
    ids = numpy.array([7, 8], dtype=numpy.uint64)
    recent.remember("fp", "t", ids, [0, 1])
    ids[0] = 99
    kept, _ = recent.get("fp", "t")
    assert kept.tolist() == [7, 8]
    with pytest.raises(ValueError):
        kept[0] = 1


def test_the_oldest_entries_go_first_and_a_long_text_is_not_kept():
    recent = RecentTokenIds(size=2)
    for i in range(3):
        recent.remember("fp", f"text {i}", [i], [0])
    assert len(recent) == 2 and recent.get("fp", "text 0") is None and recent.get("fp", "text 2") is not None
    recent.remember("fp", "text 1", [1], [0])  # remembered again: now the newest
    recent.remember("fp", "text 3", [3], [0])
    assert recent.get("fp", "text 2") is None and recent.get("fp", "text 1") is not None
    recent.remember("fp", "x" * (MAX_CHARS + 1), [1], [0])
    assert recent.get("fp", "x" * (MAX_CHARS + 1)) is None
    with pytest.raises(ValueError):
        recent.remember("fp", "t", [1, 2], [0])


def test_the_map_takes_many_threads_at_once():
    recent = RecentTokenIds(size=16)

    def work(n: int) -> None:
        for i in range(500):
            text = f"{n} {i % 40}"
            recent.remember("fp", text, [n, i % 40], [0, 2])
            found = recent.get("fp", text)
            assert found is None or found[0].tolist() == [n, i % 40]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(recent) <= 16


def test_a_tokenizer_with_other_rules_has_another_fingerprint():
    import spacy

    plain, changed = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer
    assert tokenizer_fingerprint(plain) == tokenizer_fingerprint(TOKENIZER)
    changed.add_special_case("xxpost", [{"ORTH": "xx"}, {"ORTH": "post"}])
    assert tokenizer_fingerprint(changed) != tokenizer_fingerprint(plain)


def test_the_detector_remembers_what_it_tokenised_with_its_tokenizers_fingerprint(detector):
    text = "Met Priya from the Leeds office for coffee."
    detector.detect(text)
    engine = detector.analyzer.nlp_engine
    ids, starts = RECENT.get(engine.tokenizer_fingerprint, text)
    doc = engine.nlp["en"].make_doc(text)
    assert ids.tolist() == [t.orth for t in doc] and starts.tolist() == [t.idx for t in doc]
