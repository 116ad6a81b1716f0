"""Errors a user can cause and fix. The command line turns each into one line and exit code 2."""


class RewriterError(Exception):
    """Base class: the message is complete and meant for the user."""


class ConfigError(RewriterError):
    pass


class InputError(RewriterError):
    pass


class ModelError(RewriterError):
    """The language model could not be found, loaded or run."""


class DetectorError(RewriterError):
    """The detector could not be built (for example the spaCy model is not installed)."""


class Cancelled(RewriterError):
    """The user cancelled a rewrite; nothing was changed."""


class ModelCrashed(ModelError):
    """The model's process died (a signal, out of memory) or hung, in the middle of a request.

    Nothing is lost but that request's answer: the generalised text stands, and the next request
    starts the model afresh."""
