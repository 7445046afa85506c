"""De-duplication: exact copies by fingerprint, near copies by MinHash LSH."""

from .minhash import signature
from .placer import Deduplicator, Placement

__all__ = ["Deduplicator", "Placement", "signature"]
