"""Fixtures shared by all tests."""

from __future__ import annotations

import pytest

from tests.helpers import ARTICLE


@pytest.fixture
def article() -> str:
    return ARTICLE
