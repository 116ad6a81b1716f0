"""The Textual app. Only this package imports Textual; the domain knows nothing of it."""


def run(config, draft: str = "", model_path: str | None = None) -> int:
    from .app import run as _run

    return _run(config, draft, model_path)
