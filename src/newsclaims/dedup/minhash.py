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


# MinHash with affine permutations over 32-bit hashes, as datasketch 2.0 does by default
# ("affine32"): each shingle's CRC-32 goes through the MurmurHash3 32-bit finalizer, then
# through num_perm maps h -> a*h + b (mod 2^32, odd a) drawn from RandomState(seed); the
# signature keeps the minimum per map. It is written out here (and checked against
# datasketch in the tests) because signatures and band keys are stored: they must not
# change when a library changes its default scheme, and workers then need not import
# datasketch (and with it scipy) at all.
_FMIX = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int):  # -> (a, b) uint32 arrays
    import numpy as np

    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv):  # hv: uint32 array; multiplication wraps modulo 2^32 as intended
    import numpy as np

    s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def signature(tokens: Sequence[str], options: DedupOptions) -> bytes:
    """MinHash signature of a text's word shingles, as bytes (``num_perm`` uint32 values)."""
    import zlib

    import numpy as np

    a, b = _permutations(options.num_perm, options.seed)
    items = shingles(tokens, options.shingle_size)
    if not items:
        return np.full(options.num_perm, 0xFFFFFFFF, dtype=_DTYPE).tobytes()
    hv = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in items), dtype=np.uint32, count=len(items))
    with np.errstate(over="ignore"):
        phv = _fmix32(hv).reshape(-1, 1) * a + b
    return np.asarray(phv.min(axis=0), dtype=_DTYPE).tobytes()


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
    lsh_threshold = max(0.3, options.threshold - 0.2)
    return optimal_layout(lsh_threshold, options.num_perm, 0.2, 0.8)


def optimal_layout(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    """datasketch's choice of LSH bands and rows (``datasketch.lsh._optimal_param``), without scipy.

    Among all (bands b, rows r) with b * r <= num_perm, the one with the least weighted area
    under the false-positive curve below ``threshold`` and the false-negative curve above
    it. Both curves are polynomials in the similarity s of degree b * r, so Gauss-Legendre
    quadrature with num_perm / 2 + 1 nodes integrates them exactly (datasketch integrates
    numerically with scipy, whose import alone costs the ingest process ~0.7 s of CPU); a
    test checks that both choose the same layouts.
    """
    import numpy as np

    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    # quadrature points and weights on [0, threshold] (false positives) and [threshold, 1]
    below, w_below = threshold / 2 * nodes + threshold / 2, threshold / 2 * weights
    above, w_above = (1 - threshold) / 2 * nodes + (1 + threshold) / 2, (1 - threshold) / 2 * weights
    best, layout = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = float(np.dot(w_below, 1 - (1 - below**r) ** b))
            fn = float(np.dot(w_above, (1 - above**r) ** b))
            error = fp * fp_weight + fn * fn_weight
            if error < best:
                best, layout = error, (b, r)
    return layout


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
