"""newsclaims: a sourced record of who claimed what in news coverage.

>>> import newsclaims
>>> with newsclaims.open("news.db") as archive:          # doctest: +SKIP
...     report = archive.ingest(["saved-pages/"])
...     hits = archive.search('"artillery shells"')
"""

from __future__ import annotations

from .archive import Archive, open
from .errors import (
    FetchError,
    InputError,
    ModelMissing,
    NewsclaimsError,
    NotFound,
    StorageError,
    UsageError,
)
from .model import (
    CleanDocument,
    Copy,
    Document,
    DocumentSummary,
    ExtractReport,
    IngestReport,
    Metadata,
    Problem,
    RawDocument,
    SearchHit,
    Span,
)
from .options import CleanOptions, DedupOptions, IngestOptions, ReadOptions

__version__ = "0.1.0"

__all__ = [
    "Archive",
    "CleanDocument",
    "CleanOptions",
    "Copy",
    "DedupOptions",
    "Document",
    "DocumentSummary",
    "ExtractReport",
    "FetchError",
    "IngestOptions",
    "IngestReport",
    "InputError",
    "Metadata",
    "ModelMissing",
    "NewsclaimsError",
    "NotFound",
    "Problem",
    "RawDocument",
    "ReadOptions",
    "SearchHit",
    "Span",
    "StorageError",
    "UsageError",
    "__version__",
    "open",
]
