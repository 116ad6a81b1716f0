"""What the app needs from the domain, behind one small object so tests can swap in fakes.

Each method is slow (spaCy about a second, the model longer) and is called from a worker thread.
The app reaches the domain only through these entry points: the detector, the reviewer, the model
loader and the rewrite pipeline. Their modules are imported in those methods, in the worker, so that the
app paints its first screen without waiting for them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config

# The workers import the domain's modules at the same time (the detector's and the model's, at start-up), and
# both reach spaCy and Presidio: two threads importing one package at once can meet a module half initialised
# ("cannot import name 'get_string_id' from partially initialized module 'spacy.strings'"), and then neither
# the detector nor the model loads. The imports take turns; the slow loading after them does not.
_IMPORTS = threading.Lock()


@dataclass
class Services:
    config: Config
    model_path: str | None = None  # --model PATH, overrides the config
    watchlist: object | None = field(default=None, repr=False)
    reviewer: object | None = field(default=None, repr=False)

    def load_watchlist(self):
        if self.watchlist is None:
            with _IMPORTS:
                from ..detect.watchlist import load_default  # lazy: in the worker (see above)

            self.watchlist = load_default()
        return self.watchlist

    def load_detector(self):
        with _IMPORTS:
            from ..detect import Detector  # lazy: in the worker (see above)

        # The app checks the draft on every pause in typing: a helper process takes half the work.
        detector = Detector(self.config, watchlist=self.load_watchlist(), helper=True)
        # The first call's costs (lazy set-up in spaCy and Presidio, patterns compiled on first use): here,
        # in the worker, not on the user's first keystroke.
        detector.warm()
        return detector

    def load_reviewer(self):
        """The post-level reviewer, one for the app: the pipeline's, and the risk list's."""
        if self.reviewer is None:
            with _IMPORTS:
                from ..review import Reviewer  # lazy: in the worker (see above)

            self.reviewer = Reviewer()
            self.reviewer.warm()  # the risk model loads here, in the worker, not on the first keystroke
        return self.reviewer

    def model_label(self) -> str:
        """A short name for the status bar before the model has loaded."""
        path = self.model_path or self.config.model.path
        return Path(path).name if path else "default model"

    def find_model(self):
        """Which model file will be used (cheap: nothing is loaded); raises ModelError when none."""
        with _IMPORTS:
            from ..llm import find_model  # lazy: in the worker (see above)

        return find_model(self.model_path, self.config.model.path)

    def load_backend(self, choice=None):
        """Start the model's process and load the model in it; raises ModelError with a message for the
        user. In a process of its own, a crash in llama.cpp's native code cannot take the draft with it."""
        with _IMPORTS:
            from ..llm import ModelProcess  # lazy: in the worker (see above)
            from ..pipeline import Pipeline

        backend = ModelProcess(choice or self.find_model(), self.config.model)
        # Load the weights and evaluate the shared prompt now, so the first rewrite is as quick as the rest.
        Pipeline(self.config, None, backend).prepare()
        return backend

    def make_pipeline(self, detector, backend):
        with _IMPORTS:
            from ..pipeline import Pipeline  # lazy: in the worker (see above)

        return Pipeline(self.config, detector, backend, self.load_reviewer())


def backend_name(backend, fallback: str) -> str:
    for attr in ("model_name", "name"):
        value = getattr(backend, attr, None)
        if isinstance(value, str) and value:
            return value
    return fallback


class SerialDetector:
    """The detector shared by the highlighter and the pipeline, used by one thread at a time.

    spaCy and Presidio make no promise about concurrent calls on one pipeline; highlighting and a
    rewrite's verification can overlap, so calls take turns. Everything else is passed through.
    """

    def __init__(self, detector):
        self._detector = detector
        self._lock = threading.Lock()

    def detect(self, text, role=None):
        with self._lock:
            return self._detector.detect(text, role=role)

    def detect_many(self, texts, roles=None, batch_size=64):
        with self._lock:
            return list(self._detector.detect_many(texts, roles, batch_size))

    def __getattr__(self, name):
        return getattr(self._detector, name)
