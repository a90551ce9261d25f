"""Text normalisation shared by the rules, the classifier, the cache key and the injection guard.

Titles are untrusted and written to dodge filters: full-width letters, accents, zero-width
characters, emoji and punctuation between the words. Everything downstream matches on one
normal form: NFKC-folded, accents stripped, lower case, runs of non-word characters as one space.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# Where a title splits into independent statements; an injected instruction is dropped whole.
_SEGMENT_BREAK = re.compile(r"[.!?;:|\n\[\]{}()<>\u2022\u2014\u2013]+|\s-\s|\s/\s")


def normalise(text: object) -> str:
    if not isinstance(text, str) or not text:
        return ""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def segments(text: object) -> list[str]:
    """The title cut at sentence-like breaks, each segment kept as written."""
    if not isinstance(text, str):
        return []
    return [part for part in (p.strip() for p in _SEGMENT_BREAK.split(text)) if part]


def content_key(title: object, game_name: object) -> str:
    """Cache key of what a stream shows: its normalised title and category, hashed."""
    digest = hashlib.sha256(f"{normalise(title)}\x1f{normalise(game_name)}".encode()).hexdigest()
    return digest[:32]
