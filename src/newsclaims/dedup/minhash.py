"""MinHash signatures over word shingles, and LSH band keys for candidate look-up.

Signatures are computed in the pure per-document step (workers); band keys are what
the storage layer indexes, so candidate look-up is an indexed query rather than an
in-memory LSH structure that would have to be rebuilt on every run.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Sequence

from ..options import DedupOptions

_DTYPE = "<u4"  # little-endian uint32: stable bytes on every platform
_ITEMSIZE = 4


def shingles(tokens: Sequence[str], size: int) -> set[str]:
    """Word n-gram shingles; a text shorter than ``size`` words is one shingle."""
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@lru_cache(maxsize=8)
def _template(num_perm: int, seed: int):
    # Building a MinHash draws its permutations from an RNG; do it once and copy it.
    # Shingles are hashed with CRC-32 rather than datasketch's default SHA-1: five times
    # faster per document, and datasketch's affine32 scheme mixes the 32-bit input anyway.
    import zlib

    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed, hashfunc=zlib.crc32)


def signature(tokens: Sequence[str], options: DedupOptions) -> bytes:
    """MinHash signature of a text's word shingles, as bytes (``num_perm`` uint32 values)."""
    mh = _template(options.num_perm, options.seed).copy()  # never updated, so a fresh MinHash
    items = shingles(tokens, options.shingle_size)
    if items:
        mh.update_batch([s.encode("utf-8") for s in items])
    import numpy as np

    return np.asarray(mh.hashvalues, dtype=_DTYPE).tobytes()


def estimate(a: bytes, b: bytes) -> float:
    """Jaccard similarity estimated from two signatures."""
    import numpy as np

    va = np.frombuffer(a, dtype=_DTYPE)
    vb = np.frombuffer(b, dtype=_DTYPE)
    if len(va) != len(vb) or not len(va):
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


@lru_cache(maxsize=8)
def band_layout(options: DedupOptions) -> tuple[int, int]:
    """(bands, rows) for LSH: tuned for recall a little below the verification threshold.

    Candidates are verified afterwards, so a false positive costs one comparison while a
    false negative loses a duplicate: weight recall.
    """
    from datasketch.lsh import _optimal_param

    lsh_threshold = max(0.3, options.threshold - 0.2)
    return _optimal_param(lsh_threshold, options.num_perm, 0.2, 0.8)


def band_keys(sig: bytes, options: DedupOptions) -> list[tuple[int, int]]:
    """(band number, key) pairs; two signatures sharing any pair are candidates."""
    bands, rows = band_layout(options)
    step = rows * _ITEMSIZE
    keys = []
    for band in range(bands):
        chunk = sig[band * step : (band + 1) * step]
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys
