"""One exception tree. The CLI maps these to one-line messages and exit codes."""

from __future__ import annotations


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""

    exit_code = 1


class InputError(NewsclaimsError):
    """An input could not be read. Carries the input's name and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched (refused, timed out, too large, redirect loop, HTTP error)."""


class StorageError(NewsclaimsError):
    """The archive could not be opened, migrated or written."""


class NotFound(NewsclaimsError):
    """A document, claim or entity asked for by id or name does not exist."""


class ModelMissing(NewsclaimsError):
    """The NLP model is not installed. The message says how to install it."""

    exit_code = 3


class UsageError(NewsclaimsError):
    exit_code = 2
