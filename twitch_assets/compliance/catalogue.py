"""World knowledge for the scorer: names of copyrighted works and broadcasters, and a fast matcher.

The shipped catalogue (``data/catalogue/``, built by ``benchmarks/build_catalogue.py``, sources in
``data/catalogue/SOURCES.md``) holds normalised names of well-known films, TV shows, anime, TV
channels, sports competitions and sports events. ``find_works`` finds the longest catalogue name in
each title, on whole words only.

It also holds sports teams (football clubs and national teams, NBA, NFL, NHL and MLB teams), kept
apart: a team's name is never what ``find_works`` returns, and a team never hides a work. A fixture
names two teams, so ``find_teams`` returns every team in a title, left to right. All names of one
team share its display name ("Barça", "FC Barcelona" and "Barcelona" are all "FC Barcelona").

A name under 4 characters (an acronym: "HBO", "TF1", "PSG", "A&E") matches only written in capitals,
as whole words: "HBO" and "PSG", not "hbo" nor "PSGs".

A second list holds video game titles. They are never returned: a game title that contains a work's
name ("The Last of Us Part II", "Naruto Shippuden: Ultimate Ninja Storm 4") hides that name, since
a title naming a game is a game stream.

Matching is by word n-grams: a title's normal form is split into tokens and each run of tokens that
starts with a catalogue name's first token is looked up in a dict, longest first. Han and kana
characters are tokens of their own, as those scripts do not put spaces between words.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from twitch_assets.compliance.text import fold_accents, normalise

CATALOGUE_DIR = Path(__file__).parent / "data" / "catalogue"
WORKS_FILE = CATALOGUE_DIR / "works.tsv.gz"
GAMES_FILE = CATALOGUE_DIR / "game_titles.tsv.gz"

KINDS = ("film", "tv_show", "anime", "tv_channel", "sports_competition", "sports_event", "sports_team")
TEAM_KIND = "sports_team"
WORK_COLUMNS = ("name", "display_name", "kind", "needs_context", "source")
GAME_COLUMNS = ("name", "source")

# Han ideographs, hiragana, katakana (with the prolonged sound mark): scripts written without spaces.
_UNSPACED_CHAR = re.compile("([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# Longer titles are cut: nothing this long is one stream title, and the work stays bounded.
_MAX_TITLE_CHARS = 500
# Chat commands (!prime, !guide) and mentions (@user): not part of what the stream shows.
_CHAT_HANDLE = re.compile(r"(?<!\S)[!@]\S+")
# A name shorter than this (letters and digits) is an acronym: it matches only in capitals.
SHORT_NAME_CHARS = 4


def normalise_name(text: object) -> str:
    """The normal form titles and names are compared in: ``text.normalise`` case-folded, with every
    Han or kana character a word of its own."""
    if not isinstance(text, str):
        return ""
    text = text[:_MAX_TITLE_CHARS]
    folded = normalise(text)
    if text.isascii():
        return folded
    return " ".join(_UNSPACED_CHAR.sub(r" \1 ", folded.casefold()).split())


def title_tokens(title: str) -> list[str]:
    """A title's words in normal form; an empty word stands where a chat command or mention was cut
    out, so that no name is matched across it."""
    tokens: list[str] = []
    for part in _CHAT_HANDLE.split(title[:_MAX_TITLE_CHARS]):
        if tokens and tokens[-1]:
            tokens.append("")
        tokens += normalise_name(part).split()
    return tokens


@dataclass(frozen=True)
class WorkMatch:
    kind: str
    display_name: str
    matched_text: str  # the matched words, in normal form
    needs_context: bool  # an ambiguous name: a match counts only with a broadcast cue
    source: str


@dataclass(frozen=True)
class CatalogueEntry:
    display_name: str
    kind: str
    needs_context: bool
    source: str


@dataclass(frozen=True)
class Catalogue:
    works: dict[str, CatalogueEntry]
    games: frozenset[str]
    # first token -> the word counts of names (works or games) starting with it, longest first
    lengths_by_first_token: dict[str, tuple[int, ...]]
    teams: dict[str, CatalogueEntry] = field(default_factory=dict)
    # the same for names of teams or games
    team_lengths_by_first_token: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.works)


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    header, *lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    if tuple(header.split("\t")) != columns:
        raise ValueError(f"{path.name}: columns {header.split()}, expected {list(columns)}")
    return [dict(zip(columns, line.split("\t"))) for line in lines]


def _lengths_by_first_token(names) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for name in names:
        tokens = name.split()
        lengths.setdefault(tokens[0], set()).add(len(tokens))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


def build_catalogue(works: dict[str, CatalogueEntry], games: frozenset[str],
                    teams: dict[str, CatalogueEntry] | None = None) -> Catalogue:
    """The matcher's catalogue; entries of kind sports_team among ``works`` go with ``teams``."""
    teams = {**{n: e for n, e in works.items() if e.kind == TEAM_KIND}, **(teams or {})}
    works = {n: e for n, e in works.items() if e.kind != TEAM_KIND}
    return Catalogue(
        works=works,
        games=games,
        lengths_by_first_token=_lengths_by_first_token((*works, *games)),
        teams=teams,
        team_lengths_by_first_token=_lengths_by_first_token((*teams, *games)) if teams else {},
    )


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    works: dict[str, CatalogueEntry] = {}
    teams: dict[str, CatalogueEntry] = {}
    # A name can be both a work's and a team's: one row each.
    for row in _read_tsv(WORKS_FILE, WORK_COLUMNS):
        entry = CatalogueEntry(row["display_name"], row["kind"], row["needs_context"] == "1", row["source"])
        (teams if entry.kind == TEAM_KIND else works)[row["name"]] = entry
    games = frozenset(row["name"] for row in _read_tsv(GAMES_FILE, GAME_COLUMNS))
    return build_catalogue(works, games, teams)


def is_short_name(name: str) -> bool:
    return len(name.replace(" ", "")) < SHORT_NAME_CHARS


@lru_cache(maxsize=4096)
def _in_capitals(name: str) -> re.Pattern[str]:
    """A short name's words in capitals, as whole words of a title without its accents."""
    words = r"[\W_]+".join(re.escape(word.upper()) for word in name.split())
    return re.compile(r"(?<![^\W_])" + words + r"(?![^\W_])")


def _written_in_capitals(name: str, title: str) -> bool:
    text = fold_accents(_CHAT_HANDLE.sub(" ", title[:_MAX_TITLE_CHARS]))
    return bool(_in_capitals(name).search(text))


def _candidates(tokens: list[str], names: dict[str, CatalogueEntry], games: frozenset[str],
                lengths_by_first: dict[str, tuple[int, ...]], title: str) -> list[tuple[int, int, CatalogueEntry]]:
    """Per start token, the longest catalogue name there, unless a longer game title holds it."""
    game_spans: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, CatalogueEntry]] = []
    for start, token in enumerate(tokens):
        lengths = lengths_by_first.get(token)
        if lengths is None:
            continue
        remaining = len(tokens) - start
        found_name = found_game = False
        for length in lengths:
            if length > remaining:
                continue
            key = " ".join(tokens[start:start + length])
            if not found_game and key in games:
                game_spans.append((start, start + length))
                found_game = True
            if not found_name:
                entry = names.get(key)
                if entry is not None and (not is_short_name(key) or _written_in_capitals(key, title)):
                    candidates.append((start, start + length, entry))
                    found_name = True
            if found_name and found_game:
                break
    # A longer game title around the name: the title names the game, not the work.
    return [(start, end, entry) for start, end, entry in candidates
            if not any(g_start <= start and end <= g_end and g_end - g_start > end - start
                       for g_start, g_end in game_spans)]


def _match(tokens: list[str], start: int, end: int, entry: CatalogueEntry) -> WorkMatch:
    matched_text = " ".join(tokens[start:end])
    return WorkMatch(entry.kind, entry.display_name, matched_text, entry.needs_context, entry.source)


def _best_match(tokens: list[str], catalogue: Catalogue, title: str) -> WorkMatch | None:
    best: tuple[tuple[int, int, bool], int, int, CatalogueEntry] | None = None
    for start, end, entry in _candidates(tokens, catalogue.works, catalogue.games,
                                         catalogue.lengths_by_first_token, title):
        rank = (end - start, sum(len(t) for t in tokens[start:end]), not entry.needs_context)
        if best is None or rank > best[0]:
            best = (rank, start, end, entry)
    if best is None:
        return None
    _, start, end, entry = best
    return _match(tokens, start, end, entry)


def _all_teams(tokens: list[str], catalogue: Catalogue, title: str) -> list[WorkMatch]:
    matches: list[WorkMatch] = []
    after = 0  # the first token not yet inside a match
    for start, end, entry in _candidates(tokens, catalogue.teams, catalogue.games,
                                         catalogue.team_lengths_by_first_token, title):
        if start >= after:
            matches.append(_match(tokens, start, end, entry))
            after = end
    return matches


def find_works(titles: Sequence[str], catalogue: Catalogue | None = None) -> list[WorkMatch | None]:
    """Per title, the longest (then most specific) catalogue name it contains on whole words, or None.

    Titles repeat a lot across streams and hours, so each distinct title is matched once."""
    catalogue = catalogue or load_catalogue()
    memo: dict[object, WorkMatch | None] = {}
    results: list[WorkMatch | None] = []
    for title in titles:
        key = title if isinstance(title, str) else None
        if key not in memo:
            memo[key] = _best_match(title_tokens(key), catalogue, key) if key else None
        results.append(memo[key])
    return results


def find_teams(titles: Sequence[str], catalogue: Catalogue | None = None) -> list[list[WorkMatch]]:
    """Per title, every sports team it names on whole words, left to right and not overlapping (at
    each place the longest name: "Real Madrid CF", not "Real Madrid" and then nothing). A fixture
    names two teams of different display names; every team's name needs context."""
    catalogue = catalogue or load_catalogue()
    memo: dict[object, list[WorkMatch]] = {}
    results: list[list[WorkMatch]] = []
    for title in titles:
        key = title if isinstance(title, str) else None
        if key not in memo:
            memo[key] = _all_teams(title_tokens(key), catalogue, key) if key and catalogue.teams else []
        results.append(list(memo[key]))
    return results
