from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsclaims.dedup.minhash import band_keys, band_layout, estimate, jaccard, shingles, signature
from newsclaims.options import DedupOptions

OPTS = DedupOptions()


def tokens(text: str) -> list[str]:
    return text.lower().split()


def test_shingles_and_jaccard():
    assert shingles(["a", "b", "c"], 2) == {"a b", "b c"}
    assert shingles(["a"], 5) == {"a"}
    assert shingles([], 5) == set()
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3


def test_signature_is_deterministic_and_estimates_jaccard(article):
    from tests.helpers import variant

    a = tokens(article)
    b = tokens(variant(article, 3))
    sa, sb = signature(a, OPTS), signature(b, OPTS)
    assert sa == signature(a, OPTS)
    assert len(sa) == OPTS.num_perm * 4
    true = jaccard(shingles(a, 5), shingles(b, 5))
    assert abs(estimate(sa, sb) - true) < 0.12
    assert estimate(sa, sa) == 1.0


def test_near_copies_share_a_band_and_strangers_do_not(article):
    from tests.helpers import variant

    a = set(band_keys(signature(tokens(article), OPTS), OPTS))
    b = set(band_keys(signature(tokens(variant(article, 4)), OPTS), OPTS))
    other = set(band_keys(signature(tokens("completely different words " * 40 + "x y z"), OPTS), OPTS))
    assert a & b
    assert not (a & other)
    bands, rows = band_layout(OPTS)
    assert bands * rows <= OPTS.num_perm and len(a) == bands


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from("alpha beta gamma delta shells tanks rose fell".split()), max_size=40))
def test_signature_of_any_token_list(words):
    sig = signature(words, OPTS)
    assert len(band_keys(sig, OPTS)) == band_layout(OPTS)[0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), max_size=60), st.sampled_from([16, 128]), st.integers(0, 5))
def test_signature_equals_datasketch_affine32_minhash(words, num_perm, seed):
    """Stored signatures must stay what datasketch 2.0 computes with the affine32 scheme,
    CRC-32 shingle hashes and the same seed (the scheme is written out in minhash.py)."""
    import zlib

    import numpy as np
    from datasketch import MinHash

    options = DedupOptions(num_perm=num_perm, seed=seed)
    reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=zlib.crc32, scheme="affine32")
    items = shingles(words, options.shingle_size)
    if items:
        reference.update_batch([s.encode("utf-8") for s in items])
    assert signature(words, options) == np.asarray(reference.hashvalues, dtype="<u4").tobytes()


def test_band_layout_is_datasketchs_choice():
    import pytest

    lsh = pytest.importorskip("datasketch.lsh")
    from newsclaims.dedup.minhash import optimal_layout

    for num_perm in (16, 32, 64, 128, 256):
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9):
            for weights in ((0.2, 0.8), (0.5, 0.5)):
                expected = lsh._optimal_param(threshold, num_perm, *weights)
                assert optimal_layout(threshold, num_perm, *weights) == expected, (num_perm, threshold, weights)
