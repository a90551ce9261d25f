"""Context evidence for titles that say too little: what a trust-and-safety analyst knows besides the title.

Pirates edit titles mid-stream ("live", "Untitled") and burners never write one; the title then
carries no content evidence, but the context does:

- repeat offender: the streamer was flagged on their own title's content in the trailing 24 hours and
  is still on that stream (same ``stream_id``) or in that category. The memory decays with the hours
  since, and only flags on the title's own content count as its source, so a flag that the memory
  itself produced can never renew it: a false positive fades out within the day.
- category contagion (the 2019 Artifact hijack): a category where several streams, a good part of all
  of its streams, are flagged this hour on their own titles.
- burner: a days-old account drawing a large audience in Sports, Just Chatting, Special Events or a
  near-dead category (throwaway accounts behind pirate sports simulcasts, titled "Untitled").
- long-running: on air for a day or more without a break (24/7 rebroadcasts keep one stream going).

Each gives "context content" points, which only ever apply to a stream whose title is vague (a
placeholder such as "live" or "Untitled", no hard negative, does not name its own category); the
memory also to any undecided title (no content cue strong enough to flag, no contrary evidence) on
the very stream that was flagged. Context never outweighs a clean, fitting title, and never lowers
a score. All functions are pure.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twitch_assets.compliance.policy import ScoringPolicy

# What compliance_scores' own earlier hours must hold for the memory (the asset reads these columns).
MEMORY_COLUMNS = ["snapshot_hour", "user_id", "stream_id", "game_name", "flagged", "content_score", "violation_type"]
MEMORY_HOURS = 24
BURNER_CATEGORIES = frozenset({"sports", "just chatting", "special events"})


def earlier_flags(earlier: pd.DataFrame, hour: pd.Timestamp, hours: int = MEMORY_HOURS) -> pd.DataFrame:
    """The flagged rows of the ``hours`` before ``hour`` (naive UTC): what the asset reads, in pandas."""
    if earlier.empty:
        return earlier
    at = pd.to_datetime(earlier["snapshot_hour"])
    now = pd.Timestamp(hour)
    keep = earlier["flagged"].astype(bool) & (at >= now - pd.Timedelta(hours=hours)) & (at < now)
    return earlier.loc[keep.to_numpy()].reset_index(drop=True)


def own_content_flags(earlier: pd.DataFrame, hour: pd.Timestamp, policy: ScoringPolicy, hours: int = MEMORY_HOURS) -> pd.DataFrame:
    """The earlier rows that are flags on the title's own content, within ``hours`` before ``hour``.

    A flag carried by context has a content score below the flag line (``combine`` reports the
    title's own content), so it is not a source: the memory cannot feed on itself.
    """
    if earlier is None or earlier.empty:
        return pd.DataFrame(columns=MEMORY_COLUMNS)
    at = pd.to_datetime(earlier["snapshot_hour"], utc=True)
    now = pd.Timestamp(hour)
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    keep = (
        earlier["flagged"].astype("boolean").fillna(False).to_numpy(dtype=bool)
        & (pd.to_numeric(earlier["content_score"], errors="coerce").fillna(0).to_numpy() >= policy.flag_content_score)
        & (at < now).to_numpy() & (at >= now - pd.Timedelta(hours=hours)).to_numpy()
    )
    return earlier.loc[keep, MEMORY_COLUMNS].assign(snapshot_hour=at[keep])


def repeat_offender(history: pd.DataFrame, earlier: pd.DataFrame, hour: pd.Timestamp, policy: ScoringPolicy):
    """Per row of ``history``: decayed content carried from the streamer's own-content flags on the same
    stream or in the same category over the trailing day, the hours since, the type, and whether it
    was on this very stream (same ``stream_id``). 0 without one."""
    n = len(history)
    carried, since, kind = np.zeros(n), np.full(n, np.nan), np.full(n, None, dtype=object)
    same_stream = np.zeros(n, dtype=bool)
    flags = own_content_flags(earlier, hour, policy)
    if flags.empty or n == 0:
        return carried, since, kind, same_stream
    now = pd.Timestamp(hour)
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    rows = pd.DataFrame({"row": np.arange(n), "user_id": history["user_id"].astype(str).to_numpy(),
                         "stream_now": history["stream_id"].astype(str).to_numpy(),
                         "game_now": history["game_name"].fillna("").astype(str).to_numpy()})
    flags = flags.assign(user_id=flags["user_id"].astype(str), stream_id=flags["stream_id"].astype(str),
                         game_name=flags["game_name"].fillna("").astype(str))
    pairs = rows.merge(flags, on="user_id")
    pairs = pairs[(pairs["stream_id"] == pairs["stream_now"]) | (pairs["game_name"] == pairs["game_now"])]
    if pairs.empty:
        return carried, since, kind, same_stream
    hours_since = (now - pairs["snapshot_hour"]).dt.total_seconds().to_numpy() / 3600.0
    strength = pd.to_numeric(pairs["content_score"]).to_numpy() * 0.5 ** ((hours_since - 1.0) / policy.memory_half_life_hours)
    pairs = pairs.assign(strength=np.minimum(strength, pairs["content_score"].to_numpy(dtype=float)), hours_since=hours_since)
    best = pairs.sort_values("strength", ascending=False, kind="stable").drop_duplicates("row")
    at = best["row"].to_numpy()
    carried[at], since[at] = best["strength"].to_numpy(), best["hours_since"].to_numpy()
    kind[at] = best["violation_type"].to_numpy(dtype=object)
    same_stream[at] = (best["stream_id"] == best["stream_now"]).to_numpy(dtype=bool)
    return carried, since, kind, same_stream


def contagion(game_ids: np.ndarray, own_flag: np.ndarray, policy: ScoringPolicy):
    """Per row: the number of other streams flagged on their own content in its category this hour, and
    the share of the category's streams flagged when it counts as hijacked (at least
    ``contagion_min_flagged`` of them, making up ``contagion_min_share`` of its streams), else 0."""
    codes, _ = pd.factorize(pd.Series(game_ids, dtype=object).fillna(""))
    if len(codes) == 0:
        return np.zeros(0, dtype=int), np.zeros(0)
    streams = np.bincount(codes)
    flagged = np.bincount(codes, weights=own_flag.astype(float)).astype(int)
    others = flagged[codes] - own_flag.astype(int)
    hijacked = (flagged[codes] >= policy.contagion_min_flagged) & (flagged[codes] >= policy.contagion_min_share * streams[codes])
    return others, np.where(hijacked, flagged[codes] / streams[codes], 0.0)


def burner(game_norm: np.ndarray, age_days: np.ndarray, popularity: np.ndarray,
           viewers: np.ndarray, policy: ScoringPolicy) -> np.ndarray:
    """A days-old account with a large audience in Sports, Just Chatting, Special Events or a near-dead category."""
    where = np.isin(game_norm, list(BURNER_CATEGORIES)) | (popularity <= policy.dead_category_pct)
    return (age_days < policy.burner_account_days) & (viewers >= policy.burner_min_viewers) & where


def running_hours(history: pd.DataFrame) -> np.ndarray:
    """Hours since the stream started (NaN without ``started_at``)."""
    if "started_at" not in history or "snapshot_hour" not in history:
        return np.full(len(history), np.nan)
    started = pd.to_datetime(history["started_at"], utc=True, errors="coerce")
    snapshot = pd.to_datetime(history["snapshot_hour"], utc=True, errors="coerce")
    return ((snapshot - started).dt.total_seconds() / 3600.0).to_numpy(dtype=float)


def context_content(history: pd.DataFrame, signals: pd.DataFrame, own_flag: np.ndarray, earlier: pd.DataFrame | None,
                    hour, policy: ScoringPolicy) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[list[str]]]:
    """Per row: context content points (0 unless the title is vague), their type, context evasion points
    (a hijacked category raises every other stream's risk there; a title gone vague on a stream flagged
    earlier is itself evasive) and the reasons."""
    n = len(history)
    reasons: list[list[str]] = [[] for _ in range(n)]
    vague = signals["vague_title"].to_numpy(dtype=bool)
    game_norm = signals["category_norm"].to_numpy(dtype=object)
    viewers = pd.to_numeric(history["viewer_count"], errors="coerce").fillna(0).to_numpy(dtype=float)
    popularity = pd.to_numeric(history.get("category_popularity_pct", pd.Series(np.nan, index=history.index)),
                               errors="coerce").fillna(100.0).to_numpy(dtype=float)
    age = signals["account_age_days"].to_numpy(dtype=float)
    rule_type = signals["rule_type"].to_numpy(dtype=object)

    carried, since, carried_type, same_stream = repeat_offender(history, earlier, hour, policy)
    # On the very stream that was flagged, any title without contrary evidence leaves the memory standing;
    # in the same category on a new stream, only a vague one does.
    undecided = signals["undecided_title"].to_numpy(dtype=bool)
    carried = np.where(vague | (same_stream & undecided), carried, 0.0)
    others, hijacked_share = contagion(history["game_id"].fillna("").astype(str).to_numpy(dtype=object), own_flag, policy)
    hijacked = (hijacked_share > 0) & ~own_flag
    is_burner = burner(game_norm, age, popularity, viewers, policy)
    long_running = running_hours(history) >= policy.long_running_hours

    # An evasive hop speaks for any title that does not speak for itself (see ``evasion``).
    hop = signals["hop_probability"].to_numpy(dtype=float)
    hopped = (hop >= 0.5) & undecided
    hop_points = np.where(hopped, 100.0 * hop, 0.0)
    # A title that suggests films, sports or music, out of place: alone in a dead category, or far
    # from where the streamer usually is. Suggestion and place together are evidence.
    suggestive = (undecided & (signals["rule_positive_score"].to_numpy() >= policy.suggestive_content)
                  & ~signals["title_fits_category"].to_numpy(dtype=bool) & signals["out_of_place"].to_numpy(dtype=bool))
    hop_points = np.maximum(hop_points, np.where(suggestive, policy.suggestive_out_of_place_points, 0.0))
    points = np.maximum.reduce([
        carried,
        hop_points,
        np.where(hijacked, policy.contagion_points + (100.0 - policy.contagion_points) * hijacked_share, 0.0),
        np.where(is_burner, policy.burner_points, 0.0),
    ]) + np.where(long_running, policy.long_running_points, 0.0)
    points = np.where(vague, np.minimum(points, 100.0), np.minimum(np.maximum(carried, hop_points), 100.0))
    evasion = (np.where(hijacked, policy.contagion_evasion_points, 0.0) + np.where(carried > 0, policy.memory_evasion_points, 0.0)
               + np.where(hopped, policy.hop_evasion_points, 0.0))
    kind = np.where(carried_type != None, carried_type,  # noqa: E711
                    np.where(rule_type != "none", rule_type,
                             np.where(np.isin(game_norm, ["sports"]), "live_sports", "film_tv")))
    for i in np.flatnonzero(points > 0):
        if carried[i] > 0:
            reasons[i].append(f"flagged {since[i]:.0f} h ago for {str(carried_type[i]).replace('_', ' ')} on this stream"
                              " or in this category; title now vague")
        if hijacked[i]:
            reasons[i].append(f"{others[i]} other streams in this category flagged this hour (hijacked category)")
    for i in np.flatnonzero(hopped):
        reasons[i].extend(signals["hop_reasons"].iat[i])
    for i in np.flatnonzero(suggestive & ~hopped):
        reasons[i].append(f"a title suggesting {str(rule_type[i]).replace('_', ' ')} where the streamer is out of place")
    for i in np.flatnonzero((points == 0) & hijacked):
        reasons[i].append(f"{others[i]} other streams in this category flagged this hour (hijacked category)")
        if is_burner[i]:
            reasons[i].append(f"days-old account drawing {viewers[i]:.0f} viewers with a vague title")
        if long_running[i]:
            reasons[i].append("on air for a day or more without a break (24/7 pattern)")
    return points, kind, evasion, reasons
