"""The exit codes (a contract, see README) and the usage error: kept apart from the commands' shared code
so that `rewriter` can catch ctrl+c from its first moment, before the slow imports start."""

from __future__ import annotations

from ..errors import RewriterError

# 0 clean (no identifier, no risk), 1 not clean (identifying spans or risks found / no clean rewrite),
# 2 usage, config or input error, 130 interrupted (ctrl+c; 128 + SIGINT, as shells report it).
EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(RewriterError):
    pass
