"""Run the recognizers of a Presidio AnalyzerEngine over one text, without the engine's per-call upkeep.

``AnalyzerEngine.analyze`` rebuilds on every call what never changes between two posts: the recognizer
list (as a set, so in no fixed order), the supported entities, every recognizer's thresholds (copied),
and it splits the results by recognizer with two list scans per recognizer. That is about a millisecond
per post — a fifth of the budget for a keystroke re-check. ``RecognizerRun`` works that out once and
then does what ``analyze`` does, step for step:

1. the first pass: every recognizer for the language (and the requested entities) analyzes the text,
   in registry order;
2. each result is labelled with its recognizer's id and name if it has none;
3. the results are regrouped by recognizer in registry order (a result naming no selected recognizer is
   dropped, as Presidio drops it); then the second pass: a recognizer that builds on the others'
   results gets them all (the ones ``enhance_using_context`` is overridden on: repeated names, names
   joined by "and", a person's company; see ``recognizers/support/people.py``) and adds its own;
4. the engine's context enhancer raises scores near context words;
5. results under their recognizer's threshold (for the entity, else its default, else the engine's) go;
6. Presidio's own duplicate removal: zero scores, and results inside a result of the same type that
   scores at least as much.

With a helper process (``offload.py``), step 1 runs the recognizers marked ``TEXT_ONLY`` there, at
the same time as spaCy runs here; their results are put back in registry order, so nothing downstream
can tell the difference. The helper first finds the regex matches of the name recognizers marked
``PREMATCH`` (which read the doc, so they run here, but only to check each match) and sends them ahead;
spaCy's doc is ready later, and those recognizers read the matches instead of scanning the text again.

Over many posts (``many``), the part-of-speech tags the recognizers ask for are added to all the docs
that ask at once, which costs about a third as much per doc as one by one.

The engine stays the single source of recognizers and of the spaCy pipeline; a recognizer added to its
registry later is picked up on the next call.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .recognizers.support.doc_tokens import defer_tags, pending_tagger
from .recognizers.support.names import PREMATCHED

RECOGNIZER_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
RECOGNIZER_NAME = RecognizerResult.RECOGNIZER_NAME_KEY


class _TagsLater(BaseException):
    """A recognizer asked for the tags of a doc that ``RecognizerRun.many`` tags later. A BaseException,
    so that no recognizer's ``except Exception`` can swallow it and carry on without the tags."""


def _ask_later(doc) -> None:
    raise _TagsLater


class RecognizerRun:
    def __init__(self, analyzer, entities: list[str] | None = None, language: str = "en", helper=None):
        self.analyzer = analyzer
        self.helper = helper  # an offload.TextRecognizerHelper, or None to run everything here
        self._remote_plan: dict[int, str] | None = None
        self._prematch_plan: list[str] = []  # recognizers whose regex matches the helper finds first
        self.language = language
        self.requested = list(entities) if entities else None
        self._registered: tuple = ()
        self._recognizers: list = []

    def __call__(self, text: str, nlp_artifacts=None, checks=()) -> list[RecognizerResult]:
        """The results ``analyzer.analyze(text, language, entities, nlp_artifacts=...)`` returns.
        ``checks``: (name, text) pairs of whole-text checks (ahead.py) the helper may answer ahead."""
        if tuple(self.analyzer.registry.recognizers) != self._registered:
            self._plan()
        # With a helper process, the text-only recognizers run there while spaCy runs here.
        remote = self._offload(text, checks) if nlp_artifacts is None else []
        if nlp_artifacts is None:
            nlp_artifacts = self.analyzer.nlp_engine.process_text(text, self.language)
            if remote:
                # the name patterns' matches, which the helper found first (see PREMATCHED)
                prematched = self.helper.collect_early()
                if prematched:
                    setattr(nlp_artifacts, PREMATCHED, prematched)
        found: list = [None] * len(self._recognizers)
        self._first_pass(text, nlp_artifacts, found, skip=remote)
        if remote:
            answers = self.helper.collect()
            if answers is None or len(answers) != len(remote):  # the helper failed: its share runs here
                answers = [
                    self._recognizers[i].analyze(text=text, entities=self._entities, nlp_artifacts=nlp_artifacts)
                    for i in remote
                ]
            for i, answer in zip(remote, answers):
                found[i] = answer
        return self._after_first_pass(text, nlp_artifacts, found, remote)

    def many(self, texts_and_artifacts: list[tuple]) -> list[list[RecognizerResult]]:
        """The results of calling this on each (text, nlp_artifacts), with the part-of-speech tags the
        recognizers ask for added to all the docs that ask at once: tagging docs together costs about a
        third as much per doc as tagging them one by one, and about a third of posts ask. A doc whose
        first pass reaches a recognizer that asks stops there, and resumes at that recognizer once every
        doc that asked is tagged (first-pass recognizers read only the text and the doc, never each
        other's results, so running them in two goes changes nothing)."""
        if tuple(self.analyzer.registry.recognizers) != self._registered:
            self._plan()
        results: list = [None] * len(texts_and_artifacts)
        waiting = []  # (position, results so far, the recognizer that asked for tags)
        for position, (text, artifacts) in enumerate(texts_and_artifacts):
            found: list = [None] * len(self._recognizers)
            add_tags = pending_tagger(artifacts.tokens)
            if add_tags is not None:
                defer_tags(artifacts.tokens, _ask_later)
            stopped_at = self._first_pass(text, artifacts, found)
            if stopped_at is not None:
                waiting.append((position, found, stopped_at))
                continue
            if add_tags is not None and pending_tagger(artifacts.tokens) is not None:
                defer_tags(artifacts.tokens, add_tags)  # the second pass may still ask, one doc at a time
            results[position] = self._after_first_pass(text, artifacts, found, ())
        if waiting:
            self.analyzer.nlp_engine.tag_many([texts_and_artifacts[position][1].tokens for position, _, _ in waiting])
            for position, found, stopped_at in waiting:
                text, artifacts = texts_and_artifacts[position]
                self._first_pass(text, artifacts, found, start=stopped_at)
                results[position] = self._after_first_pass(text, artifacts, found, ())
        return results

    def _first_pass(self, text, nlp_artifacts, found: list, start: int = 0, skip=()) -> int | None:
        """Step 1 from recognizer ``start`` on, into ``found``; the index of the recognizer that asked
        for tags ``many`` adds later (and so stopped the pass), or None when the pass is done."""
        i = start
        try:
            for i in range(start, len(self._recognizers)):
                if i not in skip:
                    found[i] = self._recognizers[i].analyze(text=text, entities=self._entities, nlp_artifacts=nlp_artifacts)
        except _TagsLater:
            return i
        return None

    def _after_first_pass(self, text, nlp_artifacts, found: list, remote) -> list[RecognizerResult]:
        """Steps 2 to 6 on the first pass's results (``remote``: the indexes the helper process ran)."""
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        ids, names = self._ids, self._names
        for i, results in enumerate(found):
            for result in results or ():
                meta = result.recognition_metadata
                if not meta:
                    meta = result.recognition_metadata = {}
                # A result from the helper carries the id of the helper's copy of the recognizer.
                if RECOGNIZER_ID not in meta or i in remote:
                    meta[RECOGNIZER_ID] = ids[i]
                if RECOGNIZER_NAME not in meta:
                    meta[RECOGNIZER_NAME] = names[i]
                by_recognizer.setdefault(meta[RECOGNIZER_ID], []).append(result)
        results = self._regroup(text, by_recognizer, nlp_artifacts)
        results = self.analyzer.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=self._recognizers, context=None
        )
        default = self.analyzer.default_score_threshold
        kept = []
        for result in results:
            thresholds = self._thresholds.get(result.recognition_metadata.get(RECOGNIZER_ID)) or {}
            minimum = thresholds.get(result.entity_type)
            if minimum is None:
                minimum = thresholds.get("default")
            if minimum is None:
                minimum = default
            if result.score >= minimum:
                kept.append(result)
        return EntityRecognizer.remove_duplicates(kept)

    def _offload(self, text: str, checks=()) -> dict[int, str]:
        """Hand the text-only recognizers to the helper; {index: name} of those it took (often none)."""
        if self.helper is None or not self.helper.available:
            return {}
        if self._remote_plan is None:
            self._remote_plan = {
                i: r.name for i, r in enumerate(self._recognizers)
                if getattr(r, "TEXT_ONLY", False) and self.helper.runs(r.name)
            }
            self._prematch_plan = [
                r.name for r in self._recognizers if getattr(r, "PREMATCH", False) and self.helper.prematches(r.name)
            ]
        if not self._remote_plan or not self.helper.submit(
                text, self._entities, list(self._remote_plan.values()), self._prematch_plan, checks):
            return {}
        return self._remote_plan

    def _regroup(self, text, by_recognizer, nlp_artifacts) -> list[RecognizerResult]:
        """Step 3: the first pass's results by recognizer in registry order, and each second-pass
        recognizer's, built on every other recognizer's results, where it stands in that order."""
        results: list[RecognizerResult] = []
        second_pass = self._second_pass
        for recognizer, recognizer_id in zip(self._recognizers, self._ids):
            own = by_recognizer.get(recognizer_id, [])
            if recognizer_id in second_pass:
                others = [r for rid, rs in by_recognizer.items() if rid != recognizer_id for r in rs]
                own = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=None,
                )
            results.extend(own)
        return results

    def _plan(self) -> None:
        """Work out once what Presidio's analyze works out on every call."""
        registered = tuple(self.analyzer.registry.recognizers)
        recognizers = [r for r in registered if r.supported_language == self.language]
        if self.requested:
            recognizers = [r for r in recognizers if any(e in r.supported_entities for e in self.requested)]
        if not recognizers:
            raise ValueError("No matching recognizers were found to serve the request.")
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        if self.requested:
            self._entities = self.requested
        else:
            self._entities = sorted({e for r in recognizers for e in r.get_supported_entities()})
        self._thresholds = {r.id: r.score_thresholds for r in recognizers}
        # The second pass: Presidio's base class returns the results unchanged; only an override reads
        # the others' results.
        self._second_pass = {
            r.id for r in recognizers if type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
        }
        self._recognizers = recognizers
        # Presidio's id is a property, read for every result and recognizer of every post: read once here.
        self._ids = [r.id for r in recognizers]
        self._names = [r.name for r in recognizers]
        self._registered = registered
        self._remote_plan = None
