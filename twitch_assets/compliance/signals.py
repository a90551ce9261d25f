"""Stage 1 of the cascade: cheap, vectorised signals for every live stream.

``compute_signals`` turns a ``streamer_category_history`` frame into per-stream rule scores:
- content: what the title (and tags) announce, from the multilingual cues in ``lexicon``, lowered by
  hard negatives (reaction, podcast, charity, gameplay, sports video games, esports, own music);
- evasion: the context that hides it (a title that does not fit its category, a near-dead category
  one channel carries, a hop from the usual popular category, a young account, text addressed to
  moderators or AI judges).

Injection guard: text that addresses the judge is cut out of what any judge sees, switches off
every hard negative for that stream and adds evasion, so it can only raise a score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from twitch_assets.compliance.lexicon import (
    _EPISODE_WORDS,
    _FILM_NAMES,
    CUE_INDEX,
    CUES,
    GENERIC,
    INJECTION_PATTERN,
    INJECTION_REGEX,
    LIVE_FRAMING,
    RELEASE_FRAMING,
    RELEASE_PACKAGING,
    RUN_FRAMING,
    RUN_WORDS,
    NEGATIVE,
    PLACEHOLDER_WORDS,
    TAG_TYPES,
    TAG_WEIGHT,
    VIOLATION_TYPES,
    _SPORTS_GAME_NAMES,
    bounded,
)
from twitch_assets.compliance.catalogue import WorkMatch, find_teams, find_works
from twitch_assets.compliance.context import burner, running_hours
from twitch_assets.compliance.evasion import evasive_hop
from twitch_assets.compliance.policy import ScoringPolicy
from twitch_assets.compliance.segment import unsquash
from twitch_assets.compliance.text import deobfuscate, is_disguised, normalise, segments, split_at_invisible

NON_GAME_CATEGORIES = frozenset({
    "just chatting", "irl", "talk shows podcasts", "sports", "special events", "art", "asmr", "travel outdoors",
    "food drink", "science technology", "pools hot tubs and beaches", "politics", "animals aquariums and zoos",
    "fitness health", "makers crafting", "beauty body art", "software and game development", "music", "djs",
    "music performing arts", "movies tv", "watch parties", "always on", "crypto", "",
})
MUSIC_CATEGORIES = frozenset({"music", "djs", "music performing arts"})
SPORTS_CATEGORIES = frozenset({"sports", "sports fitness"})
MATURE_LABELS = frozenset({"ViolentGraphic", "SexualThemes", "ProfanityVulgarity", "DrugsIntoxication"})
_SPORTS_GAME = re.compile(rf"(?<![\w]){_SPORTS_GAME_NAMES}(?![\w])")

# Category kinds
NON_GAME, SPORTS_GAME, GAME = "non_game", "sports_game", "game"

_POSITIVE = [i for i, cue in enumerate(CUES) if cue.kind in VIOLATION_TYPES]
_GENERIC = [i for i, cue in enumerate(CUES) if cue.kind == GENERIC]
_NEGATIVE = [i for i, cue in enumerate(CUES) if cue.kind == NEGATIVE]
PACKAGED_PLACEHOLDER_POINTS = 40.0
_VETO = [i for i, cue in enumerate(CUES) if cue.name in ("sports_video_game", "no_footage")]
_ON_CATEGORY = [i for i, cue in enumerate(CUES) if cue.reads == "category"]
# Hard negatives read in the title itself (not the category's name): evidence of what the stream is.
_TITLE_NEGATIVE = [i for i in _NEGATIVE if CUES[i].reads == "text"]
# A numbered episode ("Ep. 41", "episode 225", "#41") in a talk category (a non-game category that is
# not about films, sports or music) is a podcast or show episode unless something names a film or a
# series; see ``_podcast_episode``.
TALK_CATEGORIES = (NON_GAME_CATEGORIES | {"podcasts", "talk shows"}) - MUSIC_CATEGORIES - SPORTS_CATEGORIES - {
    "special events", "movies tv", "watch parties", "always on"}
_FILM_EVIDENCE = [i for i, cue in enumerate(CUES) if cue.name in (
    "full_film", "episode_code", "dubbed_release", "streaming_service", "release_tag", "release_quality")]
_FULL_EPISODE = CUE_INDEX["full_episode"]
# A show recorded live ("episode 41 (live)", "live episode") is not a rebroadcast of one.
_LIVE_EPISODE = bounded(rf"(?:{_EPISODE_WORDS}) \d+ (?:live|ao vivo|en vivo|en direct|in diretta|live recording)"
                        r"|live (?:episode|show|recording|taping)")
_RAW_NUMBER = r"(?:^|[^\w&])#\s?\d{1,4}(?!\w)"
# Read in the same pass as the cues: a numbered episode, one recorded live, a film or series named.
_EPISODE_PATTERNS = [bounded(rf"(?:{_EPISODE_WORDS}) ?\d{{1,4}}"), _LIVE_EPISODE, bounded(_FILM_NAMES),
                     bounded(RUN_FRAMING), bounded(RELEASE_FRAMING), bounded(LIVE_FRAMING), bounded(RUN_WORDS),
                     bounded(RELEASE_PACKAGING),
                     # an episode's code, a range of episodes, an episode subtitled: a series' own numbering
                     bounded(r"s\d{1,2} ?e\d{1,3}|[1-3]?\dx\d{2}|t\d{1,2} ?e ?p? ?\d{1,3}|(?:ep|eps|episode|episodes) \d{1,4} \d{1,4}"
                             r"|(?:ep|episode) \d{1,4} (?:sub|dub|subbed|dubbed)")]
_FILM_NAMED = 2  # columns of the matches of _EPISODE_PATTERNS
_FRAMING = slice(3, 6)  # run, release, live
_RUN, _RELEASE = 3, 4
_RUN_WORDS = 6  # a run in words, no episode code
_RELEASE_PACKAGING = 7  # offered whole, in a quality, dubbed, for free
_SERIES_NUMBERING = 8
# "Inside Out 2 [2024] FULL 4K", "Чебурашка (2023) смотреть онлайн": a film release's name, whatever the film.
_BRACKETED_YEAR = r"[(\[]\s*(?:19[3-9]\d|20[0-4]\d)\s*[)\]]"
# "Peaky.Blinders.S04E11.deutsch", "Das.Kanu.des.Manitu.1080": a scene release's dotted name.
_DOTTED_NAME = r"^[^\s.]+(?:\.[^\s.]+){2,}$"
_RELEASE_LANGUAGE = bounded(r"deutsch|english|ingles|espanol|francais|italiano|portugues|turkce|polski|magyarul|"
                            r"latino|castellano|hindi|tamil|sub indo|русский|українською")
RELEASE_SHAPED_POINTS = 40.0
# A work offered as a pirate would (see ``named_works``): for free, dubbed, with a release's tags.
_OFFERED = [CUE_INDEX[name] for name in ("free_access", "dubbed_release", "release_tag")]


def _weights() -> tuple[np.ndarray, np.ndarray]:
    """Cue -> type weight matrices for the positive and the negative cues."""
    positive = np.zeros((len(CUES), len(VIOLATION_TYPES)))
    negative = np.zeros((len(CUES), len(VIOLATION_TYPES)))
    for i, cue in enumerate(CUES):
        if cue.kind in VIOLATION_TYPES:
            positive[i, VIOLATION_TYPES.index(cue.kind)] = cue.weight
        for target in cue.against:
            negative[i, VIOLATION_TYPES.index(target)] = cue.weight
    return positive, negative


_POSITIVE_WEIGHTS, _NEGATIVE_WEIGHTS = _weights()
_GENERIC_WEIGHTS = np.array([CUES[i].weight for i in _GENERIC])


@dataclass(frozen=True)
class SanitisedTitle:
    text: str
    injected: bool


def sanitise(title: object) -> SanitisedTitle:
    """Drop every segment from the first text addressed to moderators or AI judges to the segment's end."""
    kept, injected = [], False
    for part in segments(title):
        match = INJECTION_REGEX.search(normalise(part))
        if match is None:
            kept.append(part)
            continue
        injected = True
        head = _raw_prefix(part, match.start())
        if head:
            kept.append(head)
    return SanitisedTitle(" ".join(kept) if injected else (title if isinstance(title, str) else ""), injected)


def _raw_prefix(part: str, normalised_offset: int) -> str:
    """The words of ``part`` before the match, whose offset is in normalised text."""
    words_before = len(normalise(part)[:normalised_offset].split())
    return " ".join(part.split()[:words_before]).strip()


def match_matrix(texts: pd.Series, patterns: list[str]) -> np.ndarray:
    """Boolean matrix (rows x patterns) of RE2 matches, computed by DuckDB over each distinct text once.

    Python's ``re`` costs about 4 us per pattern and title (14 s for 100k titles); RE2 inside DuckDB
    runs the same patterns in a fraction of that.
    """
    codes, uniques = pd.factorize(texts, sort=False)
    if len(uniques) == 0:
        return np.zeros((len(codes), len(patterns)), dtype=bool)
    columns = ", ".join(f"regexp_matches(text, '{p.replace(chr(39), chr(39) * 2)}') AS p{i}" for i, p in enumerate(patterns))
    distinct = pd.DataFrame({"position": np.arange(len(uniques)), "text": pd.Series(uniques, dtype=object)})
    with duckdb.connect() as connection:
        connection.register("distinct_texts", distinct)
        matched = connection.execute(f"SELECT {columns} FROM distinct_texts ORDER BY position").fetchnumpy()
    hits = np.column_stack([np.asarray(matched[f"p{i}"], dtype=bool) for i in range(len(patterns))])
    return hits[codes]


_CUE_PATTERNS = [cue.bounded for cue in CUES]


# Chat commands (!discord), hashtags (#ad), age markers (18+) and numbers say nothing about content.
_NOT_CONTENT = re.compile(r"(?:^|(?<=\s))[!#]\S+|\b18\s?\+|\+\s?18\b|\d+")
_CHAT_COMMAND = r"(?:^|(?<=\s))[!❗]\S+"
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+")


def _is_placeholder_normalised(normalised_title: str) -> bool:
    return {word for word in normalised_title.split() if not word.isdigit()} <= PLACEHOLDER_WORDS


def _is_placeholder(title: object) -> bool:
    """A title made only of words that say nothing about content ("live", "Untitled stream | !discord", "👀")."""
    core = normalise(_NOT_CONTENT.sub(" ", title)) if isinstance(title, str) else ""
    return set(core.split()) <= PLACEHOLDER_WORDS


def _tag_points(tags: pd.Series) -> tuple[np.ndarray, list[list[str]]]:
    """Type points from content tags (rows x types) and the tags that gave them."""
    points = np.zeros((len(tags), len(VIOLATION_TYPES)))
    found: list[list[str]] = [[] for _ in range(len(tags))]
    for row, row_tags in enumerate(tags):
        if not isinstance(row_tags, (list, tuple, np.ndarray)):
            continue
        for tag in row_tags:
            kind = TAG_TYPES.get(normalise(tag))
            if kind is not None:
                points[row, VIOLATION_TYPES.index(kind)] = TAG_WEIGHT
                found[row].append(str(tag))
    return points, found


def category_kind(normalised_names: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(normalised_names, sort=False)
    kinds = np.array(
        [NON_GAME if name in NON_GAME_CATEGORIES else SPORTS_GAME if _SPORTS_GAME.search(name) else GAME for name in uniques],
        dtype=object,
    )
    return pd.Series(kinds[codes] if len(codes) else [], index=normalised_names.index, dtype=object)


def _text_with_tags(titles: pd.Series, tags: pd.Series) -> pd.Series:
    tag_text = tags.map(lambda t: " ".join(map(str, t)) if isinstance(t, (list, tuple, np.ndarray)) else "")
    return titles.fillna("").astype(str) + " " + tag_text


def _norm(values: pd.Series) -> pd.Series:
    mapping = {value: normalise(value) for value in pd.unique(values)}
    return values.map(mapping)


def _num(frame: pd.DataFrame, column: str, default: float) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), default, dtype=float)
    return pd.to_numeric(frame[column], errors="coerce").astype(float).fillna(default).to_numpy()


def _flag(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.zeros(len(frame), dtype=bool)
    return frame[column].astype("boolean").fillna(False).to_numpy(dtype=bool)


def content_signals(titles: pd.Series, tags: pd.Series, game_names: pd.Series,
                    out_of_place: np.ndarray | None = None) -> pd.DataFrame:
    """What the title and tags announce, scored by the explicit rules; same index as ``titles``.
    ``out_of_place``: per row, whether the stream is not where it usually is (see ``out_of_place``)."""
    titles = titles.fillna("").astype(str)
    # Chat commands ("!album", "!movie") name bot replies, not what is on screen; disguised words
    # ("p3licula", "w a t c h", lookalike letters) are read as spelt plainly.
    spelt = pd.Series(_distinct_map(titles, deobfuscate, dtype=object), index=titles.index)
    unsquashed = pd.Series(_distinct_map(spelt, unsquash, dtype=object), index=titles.index)
    plain = unsquashed.str.replace(_CHAT_COMMAND, " ", regex=True)
    full_text = _norm(_text_with_tags(plain, tags))
    matches = match_matrix(full_text, [*_CUE_PATTERNS, *_EPISODE_PATTERNS, INJECTION_PATTERN])
    full_hits, episode_hits, injected = matches[:, :len(CUES)], matches[:, len(CUES):-1], matches[:, -1].copy()
    game_norm = _norm(game_names.fillna("").astype(str))
    full_hits[:, _ON_CATEGORY] = match_matrix(game_norm, [_CUE_PATTERNS[i] for i in _ON_CATEGORY])
    kind = category_kind(game_norm).to_numpy(dtype=object)
    displaced = np.zeros(len(titles), dtype=bool) if out_of_place is None else np.asarray(out_of_place, dtype=bool)
    _drop_structure_without_evidence(full_hits, episode_hits, kind, displaced)
    works = find_works_by_row(plain)
    _unmask_work_names(full_hits, full_text, works)
    disguised = _distinct_map(titles, is_disguised) | (unsquashed != spelt).to_numpy(dtype=bool)
    hidden_content = _hidden_content(titles, tags, disguised, full_hits, works)
    # Only streams that addressed the judge need a sanitised title (and its own cue matches).
    sanitised = titles.copy()
    clean_hits = full_hits.copy()
    if injected.any():
        rows = np.flatnonzero(injected)
        sanitised.iloc[rows] = titles.iloc[rows].map(lambda t: sanitise(t).text)
        clean_hits[rows] = match_matrix(_norm(_text_with_tags(sanitised.iloc[rows], tags.iloc[rows])), _CUE_PATTERNS)
        clean_hits[np.ix_(rows, _ON_CATEGORY)] = full_hits[np.ix_(rows, _ON_CATEGORY)]

    # Positive cues read the whole text (an injected sentence cannot hide them); negatives only the
    # sanitised text, and none at all once the stream addressed the judge.
    tag_points, content_tags = _tag_points(tags)
    own_game = (kind != NON_GAME) & ~displaced
    title_negative = clean_hits[:, _TITLE_NEGATIVE].any(axis=1) & ~injected
    dotted = plain.str.strip().str.contains(_DOTTED_NAME, regex=True).to_numpy(dtype=bool)
    if dotted.any():
        dotted[dotted] &= (episode_hits[dotted][:, [_RUN, _RELEASE, _RELEASE_PACKAGING]].any(axis=1)
                           | full_text[dotted].str.contains(_RELEASE_LANGUAGE, regex=True).to_numpy(dtype=bool))
    release_shaped = ((plain.str.contains(_BRACKETED_YEAR, regex=True).to_numpy(dtype=bool) & episode_hits[:, _RELEASE_PACKAGING])
                      | dotted) & ~title_negative
    named = named_works(works, plain, game_norm, *episode_hits[:, _FRAMING].T,
                        episode_hits[:, _RUN_WORDS], full_hits[:, _OFFERED].any(axis=1) | release_shaped | episode_hits[:, _SERIES_NUMBERING],
                        own_game, title_negative,
                        (kind == NON_GAME) | displaced, (kind == SPORTS_GAME) & ~displaced, full_hits[:, _VERSUS_CUES].any(axis=1))
    episode_hits[:, _FILM_NAMED] |= (named.points[:, VIOLATION_TYPES.index("film_tv")] > 0) | release_shaped
    positive = np.minimum(full_hits.astype(float) @ _POSITIVE_WEIGHTS + tag_points + named.points, 100.0)
    positive[release_shaped, VIOLATION_TYPES.index("film_tv")] += RELEASE_SHAPED_POINTS
    # A placeholder title ("live on") packaged as free/HD/24-7 hides what it shows: guess from the category.
    title_norm = _norm(titles)
    # Cheap on the normal form first; only short titles with a chat command or hashtag need the raw text.
    placeholder = _distinct_map(title_norm, _is_placeholder_normalised)
    closer = ~placeholder & (title_norm.str.count(" ") < 8).to_numpy(dtype=bool) & titles.str.contains("[!#]", regex=True).to_numpy(dtype=bool)
    placeholder[closer] = _distinct_map(titles[closer], _is_placeholder)
    packaged = placeholder & (full_hits[:, _GENERIC].any(axis=1)) & (tag_points.sum(axis=1) == 0)
    guessed = np.where((kind == SPORTS_GAME) | np.isin(game_norm.to_numpy(dtype=object), list(SPORTS_CATEGORIES)),
                       VIOLATION_TYPES.index("live_sports"), VIOLATION_TYPES.index("film_tv"))
    positive[packaged, guessed[packaged]] += PACKAGED_PLACEHOLDER_POINTS
    hidden_type = np.where(positive.max(axis=1, initial=0.0) > 0, positive.argmax(axis=1), guessed)
    positive[hidden_content, hidden_type[hidden_content]] += HIDDEN_CONTENT_POINTS
    negative = clean_hits.astype(float) @ _NEGATIVE_WEIGHTS
    podcast_episode = _podcast_episode(titles, game_norm, np.where(displaced, NON_GAME, kind), full_hits, episode_hits,
                                       tag_points) & ~injected & ~hidden_content
    negative[podcast_episode] += PODCAST_EPISODE_POINTS
    negative[injected] = 0.0
    generic = np.minimum(full_hits[:, _GENERIC].astype(float) @ _GENERIC_WEIGHTS, 35.0)
    type_scores = np.clip(positive - negative, 0.0, 100.0)
    # A film tag declares a film anywhere (no game is one); a sports or fight tag on a video game's
    # stream describes the game, and in a sports category the talk about sport.
    film_tagged = tag_points[:, VIOLATION_TYPES.index("film_tv")] > 0
    in_sports = np.isin(game_norm.to_numpy(dtype=object), list(SPORTS_CATEGORIES))
    tag_evidence = film_tagged | ((tag_points.sum(axis=1) > 0) & (kind == NON_GAME) & ~in_sports)
    # A title that names its own game ("... (Winning Eleven 9)") is about that game, whatever else it names.
    names_own_game = _names_category(title_norm, game_norm) & (kind != NON_GAME)
    # A work offered whole, disguised or released is evidence whatever else the title says; a league,
    # feed, fixture or tag only where the title does not say it is a review, a preview or a podcast.
    in_title = _evidence_in_title(full_hits, plain, tags)
    offered = (in_title[:, _OFFERED_WHOLE].any(axis=1) | hidden_content | release_shaped)
    named_only = (in_title.any(axis=1) | tag_evidence) & ~title_negative
    evidence = (offered | named_only | named.evidence) & ~names_own_game
    ceiling = np.where(evidence, RULES_MAX_CONTENT, SUGGESTION_MAX_CONTENT)
    rule_content = np.minimum(_with_packaging(type_scores.max(axis=1, initial=0.0), generic), ceiling)
    rule_type = np.where(rule_content >= 15.0, np.array(VIOLATION_TYPES, dtype=object)[type_scores.argmax(axis=1)]
                         if len(titles) else np.zeros(0, dtype=object), "none")
    return pd.DataFrame(
        {
            "normalised_text": full_text.to_numpy(dtype=object),
            "sanitised_title": sanitised.to_numpy(dtype=object),
            "injection": injected,
            "placeholder_title": placeholder,
            "rule_content_score": rule_content,
            "rule_positive_score": np.minimum(_with_packaging(positive.max(axis=1, initial=0.0), generic), ceiling),
            # What any verdict of the local judge may reach: without evidence of copyrighted content
            # (a whole work offered, a real event, feed or work named, a content tag) a title only suggests.
            "content_evidence": evidence,
            "content_ceiling": np.where(evidence, 100.0, SUGGESTION_MAX_CONTENT),
            "rule_type": rule_type,
            "category_kind": kind,
            "disguised_title": disguised,
            "title_fits_category": _title_fits_category(rule_type, kind, game_norm.to_numpy(dtype=object)),
            # The title itself says it is gameplay or commentary without footage: a veto on the content score.
            "hard_negative_veto": (clean_hits[:, _VETO].any(axis=1) | podcast_episode) & ~injected,
            # Evidence of what the stream legitimately is: a hard negative in the title, or the title
            # names the stream's own category ("Elden Ring blind run" in Elden Ring).
            "contrary_evidence": (_title_only_negative(plain, clean_hits, tags) | podcast_episode
                                  | _names_category(title_norm, game_norm)) & ~injected,
            "content_reasons": [named_reasons + reasons for named_reasons, reasons in zip(named.reasons, _content_reasons(
                full_hits, clean_hits, injected, rule_type, content_tags, packaged, podcast_episode,
                                         hidden_content, release_shaped))],
        },
        index=titles.index,
    )


HIDDEN_CONTENT_POINTS = 25.0
# Cues that say what is shown or how it is offered (not hard negatives, not the category's own name).
_CONTENT_CUES = [i for i, cue in enumerate(CUES) if cue.reads == "text" and cue.kind != NEGATIVE and cue.weight > 0]


def _evidence_in_title(full_hits: np.ndarray, plain: pd.Series, tags: pd.Series) -> np.ndarray:
    """The evidence cues (rows x ``_EVIDENCE``) that match in the title itself. Tags are labels a
    streamer picks from a list ("NBA", "Football" on a talk show): they suggest, but only the title can
    announce a league's match, a full film or a release."""
    evidence = full_hits[:, _EVIDENCE].copy()
    tagged = tags.map(lambda t: isinstance(t, (list, tuple, np.ndarray)) and len(t) > 0).to_numpy(dtype=bool)
    rows = np.flatnonzero(evidence.any(axis=1) & tagged)
    if rows.size:
        evidence[rows] &= match_matrix(_norm(plain.iloc[rows]), [_CUE_PATTERNS[i] for i in _EVIDENCE])
    return evidence


def _hidden_content(titles: pd.Series, tags: pd.Series, disguised: np.ndarray, full_hits: np.ndarray,
                    works: list[WorkMatch | None]) -> np.ndarray:
    """Rows whose title disguises the very words that say what it shows: a content cue ("fiIm",
    "c0ncert", "fr33") or a work's name (letters split by invisible characters) that matches only
    once the title is spelt plainly. Nobody disguises "film" to show a game; it is done to slip past
    matching, so it counts as evidence."""
    hidden = np.zeros(len(titles), dtype=bool)
    rows = np.flatnonzero(disguised)
    if not rows.size:
        return hidden
    literal = titles.iloc[rows].map(split_at_invisible).str.replace(_CHAT_COMMAND, " ", regex=True)
    literal_hits = match_matrix(_norm(_text_with_tags(literal, tags.iloc[rows])), [_CUE_PATTERNS[i] for i in _CONTENT_CUES])
    cue_hidden = (full_hits[np.ix_(rows, _CONTENT_CUES)] & ~literal_hits).any(axis=1)
    literal_works = find_works(list(literal))
    work_hidden = np.array([works[row] is not None and found is None for row, found in zip(rows, literal_works)], dtype=bool)
    hidden[rows] = cue_hidden | work_hidden
    return hidden


def find_works_by_row(plain_titles: pd.Series) -> list[WorkMatch | None]:
    """The catalogue work each title names (``find_works``), one lookup per distinct title."""
    codes, uniques = pd.factorize(plain_titles, sort=False)
    found = find_works(list(uniques))
    return [found[code] for code in codes]


def _unmask_work_names(full_hits: np.ndarray, full_text: pd.Series, works: list[WorkMatch | None]) -> None:
    """Read the title's hard negatives (in place) without the name of the work it names: "The Big
    Bang Theory" is not a theory, "Preview" not a preview."""
    rows = [i for i, work in enumerate(works) if work is not None and full_hits[i, _TITLE_NEGATIVE].any()]
    if not rows:
        return
    texts = [f" {full_text.iat[i]} ".replace(f" {works[i].matched_text} ", " ").strip() for i in rows]
    full_hits[np.ix_(rows, _TITLE_NEGATIVE)] = match_matrix(pd.Series(texts), [_CUE_PATTERNS[i] for i in _TITLE_NEGATIVE])


@dataclass(frozen=True)
class NamedWorks:
    points: np.ndarray  # rows x violation types
    evidence: np.ndarray  # rows
    reasons: list[list[str]]


NAMED_FRAMED_POINTS = 70.0  # a known work, channel, event or fixture named with broadcast framing: evidence
NAMED_ALONE_POINTS = 30.0  # named with nothing else: a suggestion
_FIGHT_EVENTS = ("ufc", "wrestlemania", "bellator", "boxing", "royal rumble", "summerslam", "pfl", "rizin")
# A release year right after a name ("Shrek (2001)"): the film of that name, not the word.
_YEAR_AFTER = r"(?:^| ){name} (?:19|20)\d\d(?: |$)"


def named_works(works: list[WorkMatch | None], plain_titles: pd.Series, game_norm: pd.Series, run: np.ndarray,
                release: np.ndarray, live: np.ndarray, run_words: np.ndarray, offered_release: np.ndarray,
                own_game: np.ndarray, title_negative: np.ndarray,
                outside_games: np.ndarray, sports_game: np.ndarray, versus: np.ndarray) -> NamedWorks:
    """What world knowledge says (``catalogue``): a well-known film, show, anime, TV channel, sports
    event or fixture named in the title.

    With broadcast framing a work is evidence: an unambiguous name needs any framing (a run: 24/7, all
    episodes, S01E02; a release: full, HD, free, dubbed; or live, watch), an ambiguous one ("Friends",
    any one-word name, unless a release year follows it) a run, a TV channel outside games also
    "live". A fixture (two real teams, or one in "A vs B") with framing is evidence outside sports
    video games. Nothing counts where the title says what else the stream is (a reaction, a review,
    gameplay: ``title_negative``) or where the work is the category's own game ("Naruto" in a Naruto
    game). In a video game's own category (``own_game``: an RP server's "Uncle", a skin named after a
    film, an RP server's "S02E05") only a name offered counts: an unambiguous one as a run in words
    (``run_words``: 24/7, all episodes) or as a release (``offered_release``: free, dubbed, a release
    tag or name, the series' own episode numbering), an ambiguous one ("Frieren 24/7 dub") as both."""
    n = len(plain_titles)
    points, evidence = np.zeros((n, len(VIOLATION_TYPES))), np.zeros(n, dtype=bool)
    reasons: list[list[str]] = [[] for _ in range(n)]
    games = game_norm.to_numpy(dtype=object)
    texts = _norm(plain_titles).to_numpy(dtype=object)
    for i, match in enumerate(works):
        if match is None or (games[i] and match.matched_text in games[i]) or match.matched_text[:1].isdigit():
            continue
        dated = re.search(_YEAR_AFTER.format(name=re.escape(match.matched_text)), texts[i]) is not None
        ambiguous = (match.needs_context or " " not in match.matched_text) and not dated
        # A channel is what is broadcast live: its name and "live" outside any game is a rebroadcast.
        # It has no episodes: "ep 100 | true crime hour" is a podcast's episode, not the channel's.
        channel = match.kind == "tv_channel"
        channel_live = channel and live[i] and outside_games[i]
        framed = (run_words[i] if channel else run[i]) or channel_live or (not ambiguous and (release[i] or live[i]))
        offered = (run_words[i] and offered_release[i]) or (not ambiguous and (run_words[i] or offered_release[i]))
        if (ambiguous and not framed) or title_negative[i] or (own_game[i] and not offered):
            continue
        if match.kind in ("sports_event", "sports_competition"):
            kind = "ppv" if any(word in match.matched_text for word in _FIGHT_EVENTS) else "live_sports"
        else:
            kind = "film_tv"
        points[i, VIOLATION_TYPES.index(kind)] = NAMED_FRAMED_POINTS if framed else NAMED_ALONE_POINTS
        evidence[i] = framed
        label = match.kind.replace("_", " ").replace("tv show", "TV show").replace("tv channel", "TV channel")
        reasons[i].append(f"names {match.display_name} ({label})" + (" with broadcast framing" if framed else ""))
    fixture_rows = np.flatnonzero((run | release | live) & ~title_negative & ~sports_game & ~points.any(axis=1))
    for i, teams in zip(fixture_rows, find_teams(list(plain_titles.iloc[fixture_rows]))):
        sides = list(dict.fromkeys(team.display_name for team in teams))
        if len(sides) >= 2 or (sides and versus[i]):
            points[i, VIOLATION_TYPES.index("live_sports")] = NAMED_FRAMED_POINTS
            evidence[i] = True
            reasons[i].append(f"names a fixture of {' and '.join(sides[:2])} with broadcast framing")
    return NamedWorks(points, evidence, reasons)


PODCAST_EPISODE_POINTS = 45.0
# Content the rules alone may give: below the flag line without evidence, never near 100 with it.
SUGGESTION_MAX_CONTENT = 45.0
RULES_MAX_CONTENT = 75.0
_EVIDENCE = [i for i, cue in enumerate(CUES) if cue.evidence and cue.kind in VIOLATION_TYPES]
# Columns of ``_EVIDENCE`` that offer a work whole rather than name it.
_OFFERED_WHOLE = [_EVIDENCE.index(CUE_INDEX[name]) for name in
                  ("full_film", "full_episode", "full_match", "full_fight", "full_album", "release_tag", "watch_free")]
_VERSUS_CUES = [CUE_INDEX["versus"], CUE_INDEX["versus_live"]]
_NAMED_SPORTS = [CUE_INDEX[name] for name in ("sports_event", "sports_broadcaster")]
_FULL_MATCH = CUE_INDEX["full_match"]
_EPISODE_CODE = CUE_INDEX["episode_code"]
_OTHER_FILM_EVIDENCE = [i for i in _FILM_EVIDENCE if i != _EPISODE_CODE]


def _drop_structure_without_evidence(full_hits: np.ndarray, episode_hits: np.ndarray, kind: np.ndarray,
                                     displaced: np.ndarray) -> None:
    """Unset (in place) the cues that read generic structure where nothing else says it is content,
    for streams in a video game's category that is where they belong (not ``displaced``: a stream
    that left its usual category or sits alone in a dead one is not playing that game).

    - "A vs B" in a video game's category is a match of that game (esports, a lobby, a duel) unless a
      real league, broadcaster or full match is named; in Sports or a talk category it stays a fixture.
    - "S07E84" in a video game's category is the streamer's own series (a roleplay server's seasons)
      unless a film or series is named, or offered whole.
    - "partida completa", "jogo completo" in a video game's category is a full game of that game.
    """
    in_game = (kind != NON_GAME) & ~displaced
    no_sports = ~full_hits[:, _NAMED_SPORTS].any(axis=1)
    full_hits[np.ix_(in_game & no_sports, [*_VERSUS_CUES, _FULL_MATCH])] = False
    film_named = episode_hits[:, 2] | full_hits[:, _OTHER_FILM_EVIDENCE].any(axis=1) | full_hits[:, _FULL_EPISODE]
    full_hits[in_game & (kind == GAME) & ~film_named, _EPISODE_CODE] = False


def _podcast_episode(titles, game_norm, kind, full_hits, episode_hits, tag_points) -> np.ndarray:
    """A numbered episode ("Ep. 41", "episode 225 (live)", "#41") in a talk or video game category (a
    podcast's, a tabletop campaign's, a let's play's) with nothing that
    names a film or a series (no S01E02 code, film word, release, quality or dub tag, streaming service,
    film tag, or "full episode" unless the episode is recorded live).

    Talk shows and podcasts number their episodes; a rebroadcast of a series names the series.
    """
    numbered, live_episode, film_named = episode_hits[:, :3].T
    in_talk = np.isin(game_norm.to_numpy(dtype=object), list(TALK_CATEGORIES)) | (kind == GAME)
    hashed = np.zeros(len(titles), dtype=bool)
    hashed[in_talk] = titles[in_talk].str.contains(_RAW_NUMBER, regex=True).to_numpy(dtype=bool)
    film = full_hits[:, _FILM_EVIDENCE].any(axis=1) | film_named
    film |= (tag_points[:, VIOLATION_TYPES.index("film_tv")] > 0) | (full_hits[:, _FULL_EPISODE] & ~live_episode)
    return (numbered | hashed) & in_talk & ~film


def _title_only_negative(plain_titles: pd.Series, clean_hits: np.ndarray, tags: pd.Series) -> np.ndarray:
    """Hard negatives said by the title itself. Tags are left behind when a streamer moves ("Ranked",
    "Esports" from the game they left), so they are no evidence of what the stream is now."""
    hits = clean_hits[:, _TITLE_NEGATIVE].any(axis=1)
    tagged = np.flatnonzero(hits & tags.map(lambda t: len(t) > 0 if isinstance(t, (list, tuple, np.ndarray)) else False).to_numpy())
    if len(tagged):
        title_hits = match_matrix(_norm(plain_titles.iloc[tagged]), [_CUE_PATTERNS[i] for i in _TITLE_NEGATIVE])
        hits[tagged] = title_hits.any(axis=1)
    return hits


def _names_category(title_norm: pd.Series, game_norm: pd.Series) -> np.ndarray:
    """Whether the title names the stream's category (a name of at least four characters), whole words."""
    pairs = pd.MultiIndex.from_arrays([title_norm.to_numpy(dtype=object), game_norm.to_numpy(dtype=object)])
    codes, uniques = pd.factorize(pairs)
    # Scripts written without spaces ("今日はNeverwinterやる") set the name apart by script instead.
    found = np.array([len(g) >= 4 and f" {g} " in f" {_UNSPACED.sub(' ', t)} " for t, g in uniques], dtype=bool)
    return found[codes] if len(codes) else np.zeros(0, dtype=bool)


def _distinct_map(values: pd.Series, function, dtype=bool) -> np.ndarray:
    """``function`` of each distinct value, spread back over the rows (an hour repeats many titles)."""
    codes, uniques = pd.factorize(values.fillna("").astype(str), sort=False)
    mapped = np.array([function(u) for u in uniques], dtype=dtype)
    return mapped[codes] if len(codes) else np.zeros(0, dtype=dtype)


def _with_packaging(best: np.ndarray, generic: np.ndarray) -> np.ndarray:
    """Pirate packaging (free, HD, 24/7) adds to a title that already announces some content."""
    return np.where(best >= 15.0, np.minimum(best + generic, 100.0), best)


def out_of_place(switched_to_less_popular, usual_popularity, popularity, share, viewers) -> np.ndarray:
    """Streams not where they usually are: moved into a much less popular category, far below their
    usual category's popularity, or alone with an audience in their category."""
    usual_popularity, popularity = np.asarray(usual_popularity, dtype=float), np.asarray(popularity, dtype=float)
    far = np.nan_to_num(usual_popularity - popularity, nan=0.0) >= 50.0
    alone = (np.nan_to_num(np.asarray(share, dtype=float)) >= 0.8) & (np.nan_to_num(np.asarray(viewers, dtype=float)) >= 20)
    return np.asarray(switched_to_less_popular, dtype=bool) | far | alone


def compute_signals(history: pd.DataFrame, policy: ScoringPolicy) -> pd.DataFrame:
    """One row per row of ``history`` (same index): rule scores, evasion score, their reasons."""
    tags = history["tags"] if "tags" in history else pd.Series([[]] * len(history), index=history.index)
    displaced = out_of_place(_flag(history, "switched_to_less_popular"), _num(history, "usual_category_popularity_pct", np.nan),
                             _num(history, "category_popularity_pct", np.nan), _num(history, "streamer_category_share", 0.0),
                             _num(history, "viewer_count", 0.0))
    signals = content_signals(history["title"], tags, history["game_name"], displaced)
    signals["out_of_place"] = displaced
    rule_type = signals["rule_type"].to_numpy(dtype=object)
    rule_content = signals["rule_content_score"].to_numpy()
    injected = signals["injection"].to_numpy(dtype=bool)
    evasion, evasion_reasons = _evasion(
        history, policy, rule_type, rule_content, signals["title_fits_category"].to_numpy(dtype=bool),
        signals["category_kind"].to_numpy(dtype=object), injected, signals["placeholder_title"].to_numpy(dtype=bool),
        signals["disguised_title"].to_numpy(dtype=bool),
    )
    allowlisted = history["user_login"].fillna("").astype(str).str.lower().isin(policy.allowlist).to_numpy()
    # Says too little to decide on its own: context (see ``context``) may speak for it.
    signals["undecided_title"] = (~signals["contrary_evidence"].to_numpy(dtype=bool) & ~injected
                                  & (signals["rule_positive_score"].to_numpy() < policy.flag_content_score))
    signals["vague_title"] = signals["placeholder_title"].to_numpy(dtype=bool) & signals["undecided_title"].to_numpy(dtype=bool)
    signals["category_norm"] = _norm(history["game_name"].fillna("").astype(str)).to_numpy(dtype=object)
    signals["account_age_days"] = _account_age_days(history)
    signals["hop_probability"], signals["hop_reasons"] = evasive_hop(
        history, ~signals["contrary_evidence"].to_numpy(dtype=bool), signals["placeholder_title"].to_numpy(dtype=bool),
        signals["account_age_days"].to_numpy(dtype=float))
    candidate = (rule_content >= policy.candidate_content_score) | (evasion >= policy.candidate_evasion_score) | injected
    signals["evasion_score"] = evasion
    signals["evasion_reasons"] = evasion_reasons
    signals["allowlisted"] = allowlisted
    signals["candidate"] = candidate & ~allowlisted
    return signals


def _title_fits_category(rule_type: np.ndarray, kind: np.ndarray, game: np.ndarray) -> np.ndarray:
    """Whether what the title announces belongs in its category (True when it announces nothing).

    Films and series have no legitimate category since Prime Video Watch Parties ended (2024-04);
    sports belong in Sports or a sports video game; music in Music or DJs.
    """
    is_music_cat = np.isin(game, list(MUSIC_CATEGORIES))
    is_sports_cat = np.isin(game, list(SPORTS_CATEGORIES)) | (kind == SPORTS_GAME)
    return np.select(
        [rule_type == "film_tv", np.isin(rule_type, ["live_sports", "ppv"]), rule_type == "music"],
        [False, is_sports_cat, is_music_cat],
        default=True,
    ).astype(bool)


def _evasion(history, policy, rule_type, rule_content, fits, kind, injected, placeholder_title, disguised):
    """Points for each way the context hides the content; capped at 100. Returns scores and reasons."""
    n = len(history)
    popularity = _num(history, "category_popularity_pct", 100.0)
    share = _num(history, "streamer_category_share", 0.0)
    viewers = _num(history, "viewer_count", 0.0)
    baseline = _num(history, "category_baseline_viewers_24h", np.nan)
    usual_popularity = _num(history, "usual_category_popularity_pct", np.nan)
    hopped = _flag(history, "switched_to_less_popular")
    usual_game = history["usual_game_id"].fillna("").astype(str).to_numpy() if "usual_game_id" in history else np.full(n, "")
    game_id = history["game_id"].fillna("").astype(str).to_numpy()
    away_from_usual = (usual_game != "") & (usual_game != game_id) & (usual_popularity - popularity >= 50)
    age_days = _account_age_days(history)
    running = running_hours(history)
    game_norm = _norm(history["game_name"].fillna("").astype(str)).to_numpy(dtype=object)
    burner_like = burner(game_norm, age_days, popularity, viewers, policy)
    labels = history["content_classification_labels"] if "content_classification_labels" in history else pd.Series([[]] * n)
    mature = labels.map(lambda ls: bool(MATURE_LABELS.intersection(ls)) if isinstance(ls, (list, tuple, np.ndarray)) else False).to_numpy(dtype=bool)

    has_content = rule_content >= 30.0
    spike = (viewers >= 50) & (viewers >= 5 * np.fmax(np.nan_to_num(baseline, nan=np.inf), 1.0))
    components = [
        (has_content & ~fits, 20.0, lambda i: f"title about {rule_type[i].replace('_', ' ')} does not fit its category"),
        (popularity <= 15.0, 15.0, lambda i: f"near-dead category (popularity {popularity[i]:.0f}/100)"),
        ((share >= 0.5) & (viewers >= 20), 20.0, lambda i: f"carries {share[i]:.0%} of the category's viewers"),
        (hopped, 25.0, lambda i: "moved into a much less popular category than before"),
        (away_from_usual & ~hopped, 15.0, lambda i: f"far from their usual category (popularity {usual_popularity[i]:.0f} -> {popularity[i]:.0f})"),
        (spike, 10.0, lambda i: f"{viewers[i] / max(baseline[i], 1.0):.0f}x the category's usual audience"),
        (age_days < 7, 20.0, lambda i: f"account created {max(age_days[i], 0):.0f} days ago"),
        ((age_days >= 7) & (age_days < policy.young_account_days), 10.0, lambda i: f"account created {age_days[i]:.0f} days ago"),
        (burner_like, 15.0, lambda i: f"days-old account drawing {viewers[i]:.0f} viewers in {history['game_name'].iat[i] or 'no category'}"),
        (running >= policy.long_running_hours, 15.0, lambda i: f"on air for {running[i]:.0f} h without a break"),
        (placeholder_title & (viewers >= 500), 10.0, lambda i: "placeholder title on a large audience"),
        (mature & (kind == NON_GAME) & has_content, 5.0, lambda i: "declares mature content labels outside a game"),
        (injected, 25.0, lambda i: "title or tags address moderators or AI judges (treated as evasion)"),
        (disguised, 15.0, lambda i: "title disguises its words (lookalike letters, leetspeak or spaced letters)"),
    ]
    score = np.zeros(n)
    reasons: list[list[str]] = [[] for _ in range(n)]
    for mask, points, describe in components:
        mask = np.asarray(mask, dtype=bool)
        score += points * mask
        for i in np.flatnonzero(mask):
            reasons[i].append(describe(i))
    return np.minimum(score, 100.0), reasons


def _account_age_days(history: pd.DataFrame) -> np.ndarray:
    if "account_created_at" not in history or "snapshot_hour" not in history:
        return np.full(len(history), np.nan)
    snapshot = pd.to_datetime(history["snapshot_hour"], utc=True)
    created = pd.to_datetime(history["account_created_at"], utc=True, errors="coerce")
    return ((snapshot - created).dt.total_seconds() / 86400.0).to_numpy(dtype=float)


def _content_reasons(full_hits, clean_hits, injected, rule_type, content_tags, packaged, podcast_episode,
                     hidden_content, release_shaped) -> list[list[str]]:
    """Human-readable content cues per stream: what fired for the type it points at, and the hard negatives."""
    reasons: list[list[str]] = [[f"tagged {', '.join(tags)}"] if tags else [] for tags in content_tags]
    for i in np.flatnonzero(hidden_content):
        reasons[i].append("disguises the very words that say what it shows (they match only when spelt plainly)")
    for i in np.flatnonzero(release_shaped):
        reasons[i].append("named like a film release (a year in brackets and release tags, or a dotted scene name)")
    for i in np.flatnonzero(packaged):
        reasons[i].append("placeholder title sold as free/HD/24-7")
    for i in np.flatnonzero(podcast_episode):
        reasons[i].append("hard negative: a numbered episode of the streamer's own show, podcast or campaign, no film or series named")
    type_of = np.array([cue.kind for cue in CUES], dtype=object)
    rows, cols = np.nonzero(full_hits)
    for i, j in zip(rows, cols):
        if type_of[j] == rule_type[i] or (type_of[j] == GENERIC and rule_type[i] != "none" and CUES[j].weight):
            reasons[i].append(CUES[j].reason)
    rows, cols = np.nonzero(clean_hits[:, _NEGATIVE])
    for i, j in zip(rows, cols):
        if not injected[i]:
            reasons[i].append(f"hard negative: {CUES[_NEGATIVE[j]].reason}")
    return reasons
