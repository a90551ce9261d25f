"""Counter-based randomness: a value is a pure function of (seed, keys, salt).

Per-entity draws (a streamer's hourly noise, a session's decisions) must not depend on which other
entities happen to be live, so they are hashed from their keys rather than taken from a stream of
random numbers. Everything here is vectorised over numpy arrays.
"""

from __future__ import annotations

import zlib

import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijection on uint64 with good avalanche."""
    x = x + _GOLDEN
    x = (x ^ (x >> np.uint64(30))) * _MIX1
    x = (x ^ (x >> np.uint64(27))) * _MIX2
    return x ^ (x >> np.uint64(31))


def hash64(seed: int, salt: str, *keys) -> np.ndarray:
    """uint64 hashes of the broadcast keys (ints or int arrays), at least one-dimensional."""
    with np.errstate(over="ignore"):
        h = _mix64(np.atleast_1d(np.uint64(seed & 0xFFFFFFFFFFFFFFFF) ^ np.uint64(zlib.crc32(salt.encode()))))
        for key in keys:
            h = _mix64(h ^ np.asarray(key).astype(np.int64).astype(np.uint64))
    return h


def uniform(seed: int, salt: str, *keys) -> np.ndarray:
    """Floats in [0, 1)."""
    return (hash64(seed, salt, *keys) >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))


def integers(seed: int, salt: str, high, *keys) -> np.ndarray:
    """Integers in [0, high); ``high`` may be an array broadcast against the keys."""
    return (uniform(seed, salt, *keys) * np.asarray(high)).astype(np.int64)


def normal(seed: int, salt: str, *keys) -> np.ndarray:
    """Standard normals by Box-Muller from two hashed uniforms."""
    u1 = 1.0 - uniform(seed, salt + "/u1", *keys)  # in (0, 1]: log is finite
    u2 = uniform(seed, salt + "/u2", *keys)
    return np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)


def weighted_choice(u: np.ndarray, weights) -> np.ndarray:
    """Indices into ``weights`` drawn by the uniforms ``u``."""
    cumulative = np.cumsum(np.asarray(weights, dtype=np.float64))
    return np.minimum(np.searchsorted(cumulative / cumulative[-1], u, side="right"), len(cumulative) - 1)
