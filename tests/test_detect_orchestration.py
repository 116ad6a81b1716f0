"""The detector's lean path (RecognizerRun + ContextWordEnhancer) gives what Presidio's own analyze and
lemma context enhancer give, on the real engine."""

from __future__ import annotations

import copy

import pytest
from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from rewriter.detect.analysis import RecognizerRun
from rewriter.detect.context import ContextWordEnhancer, token_index
from rewriter.detect.recognizers.support.doc_tokens import token_starts

TEXTS = [
    "Call me on 020 7946 0958 after the session, or text 07700 900123.",
    "My mobile:   07700 900 461\n\n   office 0161 496 0000 (desk)",
    "Gregory Walsh opened up about the accident; Gregory was quiet after.",
    "IBAN GB82 WEST 1234 5698 7654 32 and server ip 192.168.0.12, card 4111 1111 1111 1111.",
    "Mrs. Abernathy in bed 5 on the cardiac ward at Royal Infirmary keeps asking for her cat.",
    "tel.07700900123",
    "",
    "   ",
]


def _raw_results(analyzer, text):
    """Every recognizer's results before context, labelled with the recognizer as the engine does."""
    artifacts = analyzer.nlp_engine.process_text(text, "en")
    recognizers = analyzer.registry.recognizers
    raw = []
    for recognizer in recognizers:
        found = recognizer.analyze(text=text, entities=analyzer.get_supported_entities("en"), nlp_artifacts=artifacts)
        for result in found or []:
            meta = result.recognition_metadata = result.recognition_metadata or {}
            meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
            meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            raw.append(result)
    return raw, artifacts, recognizers


def _presidio_enhanced(text, raw, artifacts, recognizers):
    results = copy.deepcopy(raw)
    for r in results:  # Presidio's enhancer writes to an explanation every result must have
        r.analysis_explanation = r.analysis_explanation or AnalysisExplanation("x", r.score)
    return LemmaContextAwareEnhancer().enhance_using_context(text, results, artifacts, recognizers)


@pytest.mark.parametrize("text", TEXTS)
def test_context_scores_are_presidios(detector, text):
    raw, artifacts, recognizers = _raw_results(detector.analyzer, text)
    expected = _presidio_enhanced(text, raw, artifacts, recognizers)
    ours = ContextWordEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    assert [(r.start, r.end, r.entity_type, r.score) for r in ours] == [
        (r.start, r.end, r.entity_type, r.score) for r in expected
    ]


def test_a_context_word_before_a_number_raises_its_score_and_is_recorded(detector):
    # "call" would not do: spaCy lists it as a stop word, so it is never a context keyword
    text = "Ring me on 020 7946 0958 after the session."
    raw, artifacts, recognizers = _raw_results(detector.analyzer, text)
    before = {id(r): r.score for r in raw}
    boosted = [r for r in ContextWordEnhancer().enhance_using_context(text, raw, artifacts, recognizers) if r.score > before[id(r)]]
    assert boosted, "the phone number after 'call' should gain from the context word"
    assert all(r.analysis_explanation.supportive_context_word == "ring" for r in boosted)
    assert all(r.score == pytest.approx(min(max(before[id(r)] + 0.35, 0.4), 1.0)) for r in boosted)


def test_a_result_already_boosted_by_its_recognizer_is_left_alone(detector):
    text = "Ring me on 020 7946 0958 after the session."
    raw, artifacts, recognizers = _raw_results(detector.analyzer, text)
    assert raw
    for r in raw:
        r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    before = [r.score for r in raw]
    after = ContextWordEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    assert [r.score for r in after] == before


def test_the_token_under_an_offset_is_presidios_including_gaps(detector):
    text = "Ring  me:\n\n   0161 496 0000 \t(desk)  ok"
    doc = detector.analyzer.nlp_engine.process_text(text, "en").tokens
    starts = [t.idx for t in doc]
    for char in range(len(text)):
        try:
            expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", char, doc, starts)
        except ValueError:
            with pytest.raises(ValueError):
                token_index(doc, starts, char)
            continue
        assert token_index(doc, starts, char) == expected, char


def test_token_starts_are_computed_once_per_doc(detector):
    doc = detector.analyzer.nlp_engine.process_text("Ask Dr. Amy Lee about it", "en").tokens
    first = token_starts(doc)
    assert list(first) == [t.idx for t in doc]
    assert token_starts(doc) is first


@pytest.mark.parametrize("text", TEXTS)
def test_recognizer_run_returns_what_analyze_returns(detector, text):
    expected = detector.analyzer.analyze(text, language="en")
    got = RecognizerRun(detector.analyzer)(text)

    def key(results):
        return [(r.start, r.end, r.entity_type, r.score, r.recognition_metadata["recognizer_name"]) for r in results]

    assert key(got) == key(expected)


def test_an_entities_filter_runs_only_the_recognizers_for_them(detector):
    text = "Gregory Walsh, call 020 7946 0958."
    got = RecognizerRun(detector.analyzer, ["PHONE_NUMBER"])(text)
    assert got and {r.entity_type for r in got} == {"PHONE_NUMBER"}
    with pytest.raises(ValueError):
        RecognizerRun(detector.analyzer, ["NO_SUCH_ENTITY"])(text)


def test_a_recognizer_added_to_the_registry_later_is_used(detector):
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(PatternRecognizer("ZEBRA", patterns=[Pattern("zebra", r"\bzebra\b", 0.6)]))
    engine = AnalyzerEngine(registry=registry, nlp_engine=detector.analyzer.nlp_engine, supported_languages=["en"])
    run = RecognizerRun(engine)
    assert [r.entity_type for r in run("a zebra and a yak")] == ["ZEBRA"]
    registry.add_recognizer(PatternRecognizer("YAK", patterns=[Pattern("yak", r"\byak\b", 0.6)]))
    assert sorted(r.entity_type for r in run("a zebra and a yak")) == ["YAK", "ZEBRA"]


def test_thresholds_of_a_recognizer_are_applied(detector):
    registry = RecognizerRegistry(supported_languages=["en"])
    zebra = PatternRecognizer("ZEBRA", patterns=[Pattern("zebra", r"\bzebra\b", 0.3)])
    zebra.score_thresholds = {"default": 0.5}
    registry.add_recognizer(zebra)
    registry.add_recognizer(PatternRecognizer("YAK", patterns=[Pattern("yak", r"\byak\b", 0.3)]))
    engine = AnalyzerEngine(registry=registry, nlp_engine=detector.analyzer.nlp_engine, supported_languages=["en"])
    assert [r.entity_type for r in RecognizerRun(engine)("a zebra and a yak")] == ["YAK"]
    assert [r.entity_type for r in engine.analyze("a zebra and a yak", language="en")] == ["YAK"]


@pytest.mark.parametrize(
    "text, boosted",
    [
        ("look, the zebra", True),  # "the" is a stop word: the walk forward reaches "zebra"
        ("zebra apple pear plum fig kiwi the", True),  # five keywords back: within reach
        ("zebra apple pear plum fig kiwi lime the", False),  # six keywords back: too far
        ("the yard had a zebra", False),  # "yard" is the first keyword forward, not a context word
        ("thezebra", True),  # glued to the match: substring matching
    ],
)
def test_context_window_is_presidios(detector, text, boosted):
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(
        PatternRecognizer("ARTICLE", patterns=[Pattern("the", r"the", 0.3)], context=["zebra"])
    )
    engine = AnalyzerEngine(registry=registry, nlp_engine=detector.analyzer.nlp_engine, supported_languages=["en"])
    raw, artifacts, recognizers = _raw_results(engine, text)
    assert len(raw) == 1
    expected = _presidio_enhanced(text, raw, artifacts, recognizers)
    ours = ContextWordEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    assert [r.score for r in ours] == [r.score for r in expected]
    assert (ours[0].score > 0.3) is boosted
