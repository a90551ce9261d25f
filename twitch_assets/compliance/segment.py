"""Squashed titles: "peakyblinders11bolumfullizle", "cazetvaovivo24h", words run together so that no
word matcher sees them.

A long run of letters and digits is split into words when, and only when, known words cover it
entirely (the words squashed titles are sold with, the catalogue's names of four letters or more,
teams of three, digits) and one of them says how it is sold. An ordinary long word ("streamers",
"Feierabendstream", a hashtag, a login) is left alone unless it is made of nothing but such words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from twitch_assets.compliance.text import normalise

SQUASHED_MIN_CHARS = 10
_LONGEST_WORD = 40
_SQUASHED = re.compile(rf"[^\W_]{{{SQUASHED_MIN_CHARS},}}")
_DIGITS = re.compile(r"\d+")
# The words a squashed title is sold with (what it is, how it is offered), in the languages the
# lexicon reads. Only runs that hold one of them (of three letters or more) are split.
FRAMING_WORDS = frozenset("""
live livestream stream streaming vivo directo direct diretta canli yayin izle online zywo transmisja
full free gratis gratuit bedava hd fhd uhd 1080p 720p 4k 24h 24x7 nonstop marathon maraton
movie movies film filme filmes pelicula peliculas episode episodes episodio episodios capitulo capitulos
temporada season saison staffel bolum bolumler tek parca todos todas os as los las completo completa
complet komplett dublado legendado doblado subtitulado vostfr dubbed subbed ao en watch ver assistir
regarder guarda concert concierto konzert album discography match partido jogo partita mac
""".split())


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Squashed form -> the words it stands for: the framing words and the catalogue's names."""
    from twitch_assets.compliance.catalogue import load_catalogue

    words = {word: word for word in FRAMING_WORDS}
    catalogue = load_catalogue()
    for names, shortest in ((catalogue.works, 4), (catalogue.teams, 3)):  # teams: "psgarsenal"
        for name in names:
            squashed = name.replace(" ", "")
            if len(squashed) >= shortest and squashed.isalnum():
                words.setdefault(squashed, name)
    return words


def split_squashed(run: str, framed: bool = False) -> str | None:
    """``run`` (one word) as the fewest known words that cover it entirely, when one of them is a
    framing word of three letters or more (or the title is ``framed`` elsewhere); otherwise None."""
    text = normalise(run).replace(" ", "")
    vocabulary = _vocabulary()
    n = len(text)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (words so far, where the last word starts)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            if best[start] is None:
                continue
            piece = text[start:end]
            if (piece in vocabulary or _DIGITS.fullmatch(piece)) and (best[end] is None or best[start][0] + 1 < best[end][0]):
                best[end] = (best[start][0] + 1, start)
    if best[n] is None or best[n][0] < 2:
        return None
    pieces, end = [], n
    while end > 0:
        start = best[end][1]
        pieces.append(text[start:end])
        end = start
    if not framed and not any(piece in FRAMING_WORDS and len(piece) >= 3 for piece in pieces):
        return None
    return " ".join(vocabulary.get(piece, piece) for piece in reversed(pieces))


def unsquash(title: str) -> str:
    """The title with each squashed run of words spaced out (see ``split_squashed``); once one run
    says how the title is sold, the others ("peakyblinders11" beside "bolumfullizle") need not."""
    if not isinstance(title, str) or not _SQUASHED.search(title):
        return title
    spaced = _SQUASHED.sub(lambda m: split_squashed(m.group(0)) or m.group(0), title)
    if spaced == title or not _SQUASHED.search(spaced):
        return spaced
    return _SQUASHED.sub(lambda m: split_squashed(m.group(0), framed=True) or m.group(0), spaced)
