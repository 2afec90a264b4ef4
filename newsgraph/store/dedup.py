"""Near-duplicate detection for syndicated copies: MinHash over word shingles, banded for lookup."""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: candidates from an estimated Jaccard of about 0.5 up
ROWS = NUM_PERM // BANDS
SHINGLE = 5
NEAR_DUPLICATE = 0.7  # estimated Jaccard at or above which two texts are one story

_WORD = re.compile(r"\w+", re.UNICODE)
_rng = np.random.default_rng(20230317)
_MULT = _rng.integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_XOR = _rng.integers(0, 2**63 - 1, size=NUM_PERM, dtype=np.uint64)


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    digests = [int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams]
    return np.array(digests, dtype=np.uint64)


def minhash(text: str) -> list[int]:
    """The MinHash signature (NUM_PERM unsigned 64-bit values) of a text's word 5-shingles."""
    h = _shingle_hashes(text)
    with np.errstate(over="ignore"):
        mixed = (h[:, None] ^ _XOR[None, :]) * _MULT[None, :]
        mixed ^= mixed >> np.uint64(29)
    return [int(v) for v in mixed.min(axis=0)]


def bands(signature: list[int]) -> list[int]:
    """One 63-bit hash per band of the signature, for candidate lookup."""
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(v) for v in signature[b * ROWS : (b + 1) * ROWS])
        out.append(int.from_bytes(hashlib.blake2b(chunk.encode(), digest_size=8).digest(), "little") >> 1)
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=False) if x == y) / min(len(a), len(b))
