"""How well ``flagged`` matches the truth, on sets kept apart from what the local judge learns.

    python -m twitch_assets.compliance.evaluation [--judge local] [--hours 24] [--streams 10000] [--seed 7]
        [--skip-simulator] [--skip-handlabelled] [--skip-independent] [--show-flagged] [--json PATH]

(a) Simulator day: ``--hours`` consecutive simulated hours of ``--streams`` live streams each, with
    the simulator's ground truth.
(b) Independent sets: ``evaluation/<name>/hours*.jsonl.gz``, labelled hours written by helpers that
    never read the scorer, its lexicon or its training corpus (``frozen_*`` is the test set: run it,
    never tune on it; see ``evaluation/README.md``).
    Hours of (a) and (b) go through the platform's own pure path (category popularity, streamer
    history over the earlier hours, then ``score_hour`` with a verdict cache carried across hours and
    this table's own earlier flags, as the asset reads them from ``compliance_scores``): precision,
    recall, F1 of ``flagged``; recall per violation type; the evasive hoppers; the flag rate of each
    behaviour (legitimate hops and sports video games among them).
(c) Hand-labelled set: ``data/handlabelled.csv``, titles with their context written for this project.
(d) Real titles: ``../shared/data/real_titles_dev.jsonl``, real streamers' ordinary titles: the
    share flagged is the real-world false-flag rate (``--show-flagged`` lists them with reasons).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from twitch_assets.compliance.cache import MemoryVerdictCache
from twitch_assets.compliance.context import MEMORY_COLUMNS, earlier_flags
from twitch_assets.compliance.judges.base import Judge
from twitch_assets.compliance.lexicon import VIOLATION_TYPES
from twitch_assets.compliance.policy import ScoringPolicy, default_policy
from twitch_assets.compliance.scoring import score_hour

HANDLABELLED = Path(__file__).parent / "data" / "handlabelled.csv"
DEFAULT_START = datetime(2026, 11, 25, 0, tzinfo=timezone.utc)


def binary_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict:
    truth, predicted = np.asarray(truth, dtype=bool), np.asarray(predicted, dtype=bool)
    tp = int((truth & predicted).sum())
    fp = int((~truth & predicted).sum())
    fn = int((truth & ~predicted).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn, "support": int(truth.sum()), "n": len(truth)}


def report_metrics(joined: pd.DataFrame, group_columns: tuple[str, ...] = ()) -> dict:
    """Overall, per violation type (recall, and type accuracy among the caught) and per group."""
    truth = joined["is_violation"].to_numpy(dtype=bool)
    flagged = joined["flagged"].to_numpy(dtype=bool)
    out = {"overall": binary_metrics(truth, flagged), "per_type": {}}
    for kind in VIOLATION_TYPES:
        of_type = joined["truth_type"].to_numpy() == kind
        predicted_type = flagged & (joined["violation_type"].to_numpy() == kind)
        caught = of_type & flagged
        out["per_type"][kind] = {
            **binary_metrics(of_type, predicted_type),
            "recall_flagged": round(float(caught.sum() / of_type.sum()), 4) if of_type.any() else None,
        }
    for column in group_columns:
        out[f"flag_rate_by_{column}"] = {
            str(k): {"n": int(len(g)), "flag_rate": round(float(g["flagged"].mean()), 4)}
            for k, g in joined.groupby(column, sort=True)
        }
    return out


# --- (a) hours replayed through the platform's pure path -----------------------------------------
@dataclass(frozen=True)
class LabelledHour:
    """One hour to replay: what ``hydrated_streams`` would hold, and the truth for its streams."""

    moment: datetime
    hydrated: pd.DataFrame  # STREAM_COLUMNS
    truth: pd.DataFrame  # stream_id, truth_type, is_violation, is_evasive_hop, behaviour (+ any groups)


def replay_hours(hours: Iterable[LabelledHour], judge: Judge, policy: ScoringPolicy,
                 group_columns: tuple[str, ...] = ("behaviour",)):
    """Each hour through category popularity, streamer history over the earlier hours, then
    ``score_hour`` with a verdict cache carried across hours and this table's own earlier flags (as
    the asset reads them from ``compliance_scores``); compared with the truth."""
    from twitch_assets.analysis.history import EARLIER_COLUMNS, streamer_history_frame
    from twitch_assets.analysis.popularity import EARLIER_COLUMNS as CATEGORY_EARLIER_COLUMNS
    from twitch_assets.analysis.popularity import category_popularity_frame

    cache = MemoryVerdictCache()
    earlier_scores = pd.DataFrame(columns=MEMORY_COLUMNS)
    earlier_history = pd.DataFrame(columns=EARLIER_COLUMNS)
    earlier_categories = pd.DataFrame(columns=CATEGORY_EARLIER_COLUMNS)
    joined, timings = [], []
    for labelled in hours:
        hour = pd.Timestamp(labelled.moment).tz_convert("UTC").tz_localize(None)
        categories = category_popularity_frame(labelled.hydrated, earlier_categories, hour)
        history = streamer_history_frame(labelled.hydrated, categories, earlier_history, hour)
        started = time.perf_counter()
        earlier_scores = earlier_flags(earlier_scores, hour)
        result = score_hour(history, judge, policy, cache, labelled.moment, earlier_scores)
        timings.append({"seconds": time.perf_counter() - started, **{
            k: result.stats.get(k, 0) for k in ("candidates", "cache_hits", "judge_requests", "flagged")}})
        joined.append(result.scores.merge(labelled.truth, on="stream_id", how="inner"))
        earlier_history = _appended(earlier_history, history[EARLIER_COLUMNS])
        earlier_categories = _appended(earlier_categories, categories[CATEGORY_EARLIER_COLUMNS])
        earlier_scores = _appended(earlier_scores, result.scores[MEMORY_COLUMNS])
    all_hours = pd.concat(joined, ignore_index=True)
    metrics = report_metrics(all_hours, group_columns)
    metrics["evasive_hoppers"] = _share_flagged(all_hours, all_hours["is_evasive_hop"].to_numpy(dtype=bool))
    metrics["hours"] = len(timings)
    metrics["streams_per_hour"] = round(len(all_hours) / max(len(timings), 1))
    metrics["scoring_seconds_per_hour"] = round(float(np.mean([t["seconds"] for t in timings])), 3)
    metrics["judge_requests"] = int(sum(t["judge_requests"] for t in timings))
    metrics["cache_hits"] = int(sum(t["cache_hits"] for t in timings))
    return metrics, all_hours


def _appended(frame: pd.DataFrame, more: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([df for df in (frame, more) if len(df)], ignore_index=True) if len(more) else frame


def _share_flagged(joined: pd.DataFrame, rows: np.ndarray) -> dict:
    """How many rows, and the share of them flagged (recall for positives, false flags for negatives)."""
    return {"n": int(rows.sum()), "flagged_share": round(float(joined.loc[rows, "flagged"].mean()), 4) if rows.any() else None}


def simulator_hours(hours: int, streams: int, seed: int, start: datetime = DEFAULT_START) -> Iterator[LabelledHour]:
    """The simulator's hours, with its ground truth."""
    from twitch_assets.analysis.history import STREAM_COLUMNS
    from twitch_assets.simulator.population import build_population

    for offset in range(hours):
        moment = start + timedelta(hours=offset)
        population = build_population(seed, moment, streams)
        hydrated = population.frame().rename(columns={"created_at": "account_created_at"})[STREAM_COLUMNS]
        truth = population.truth().rename(columns={"violation_type": "truth_type"})
        yield LabelledHour(moment, hydrated, truth[list(TRUTH_COLUMNS) + ["title_style"]])


def simulator_day(judge: Judge, policy: ScoringPolicy, hours: int, streams: int, seed: int, start: datetime = DEFAULT_START):
    return replay_hours(simulator_hours(hours, streams, seed, start), judge, policy, ("behaviour", "title_style"))


def independent_hours(folder: Path) -> Iterator[LabelledHour]:
    """Hours written by someone who never read the scorer (``evaluation/<set>/hours*.jsonl.gz``, one
    file or one a hour): one JSON object a line per stream and hour, the ``hydrated_streams`` fields
    plus the labels."""
    from twitch_assets.analysis.history import STREAM_COLUMNS

    files = sorted(Path(folder).glob("hours*.jsonl.gz"))
    if not files:
        raise ValueError(f"{folder}: no hours*.jsonl.gz")
    rows = pd.concat([pd.read_json(path, lines=True, dtype={"user_id": str, "stream_id": str, "game_id": str})
                      for path in files], ignore_index=True)
    path = folder
    missing = sorted({*STREAM_COLUMNS, "snapshot_hour", *TRUTH_COLUMNS} - {*rows.columns, "truth_type"} - {"violation_type"})
    if missing:
        raise ValueError(f"{path}: missing columns {missing}")
    for column in ("snapshot_hour", "started_at", "account_created_at"):
        rows[column] = pd.to_datetime(rows[column], utc=True).dt.tz_localize(None)
    for column in ("game_id", "game_name", "title", "language", "broadcaster_type"):
        rows[column] = rows[column].fillna("").astype(str)
    rows = rows.rename(columns={"violation_type": "truth_type"})
    for hour, frame in rows.groupby("snapshot_hour", sort=True):
        frame = frame.reset_index(drop=True)
        yield LabelledHour(hour.tz_localize("UTC").to_pydatetime(), frame[STREAM_COLUMNS], frame[list(TRUTH_COLUMNS)])


TRUTH_COLUMNS = ("stream_id", "truth_type", "is_violation", "is_evasive_hop", "behaviour")
LEGITIMATE_HOPS = ("legit_hop", "legitimate_hop")


def independent_set(folder: Path, judge: Judge, policy: ScoringPolicy):
    metrics, joined = replay_hours(independent_hours(folder), judge, policy)
    behaviour = joined["behaviour"].astype(str)
    metrics["legitimate_hops"] = _share_flagged(joined, behaviour.str.contains("legit").to_numpy())
    metrics["sports_video_games"] = _share_flagged(joined, behaviour.str.contains("sports_video_game|sports_game").to_numpy())
    return metrics, joined


# --- (b) the hand-labelled set ----------------------------------------------------------------
def handlabelled_frame(path: Path = HANDLABELLED, hour: datetime = DEFAULT_START) -> pd.DataFrame:
    """The hand-labelled rows as a ``streamer_category_history`` frame (context from the file)."""
    labelled = pd.read_csv(path, keep_default_na=False, dtype=str)
    snapshot = pd.Timestamp(hour).tz_convert("UTC").tz_localize(None)
    n = len(labelled)
    number = lambda name: pd.to_numeric(labelled[name], errors="coerce")
    return pd.DataFrame({
        "snapshot_hour": snapshot,
        "user_id": [f"hand{i}" for i in range(n)],
        "user_login": labelled["user_login"].where(labelled["user_login"] != "", [f"hand_{i}" for i in range(n)]),
        "stream_id": [f"hand-stream-{i}" for i in range(n)],
        "title": labelled["title"],
        "tags": [[] for _ in range(n)],
        "language": labelled["language"],
        "game_id": labelled["game_name"],
        "game_name": labelled["game_name"],
        "viewer_count": number("viewer_count").fillna(0).astype(int),
        "category_popularity_pct": number("category_popularity_pct"),
        "streamer_category_share": number("streamer_category_share"),
        "category_baseline_viewers_24h": np.nan,
        "usual_game_id": labelled["usual_game_name"],
        "usual_game_name": labelled["usual_game_name"],
        "usual_category_popularity_pct": number("usual_category_popularity_pct"),
        "switched_to_less_popular": labelled["switched_to_less_popular"].str.lower().eq("true"),
        "account_created_at": snapshot - pd.to_timedelta(number("account_age_days").fillna(1000), unit="D"),
        "content_classification_labels": [[] for _ in range(n)],
        "truth_type": labelled["label"],
        "is_violation": labelled["label"] != "none",
        "group": labelled["group"],
    })


def handlabelled(judge: Judge, policy: ScoringPolicy, path: Path = HANDLABELLED):
    frame = handlabelled_frame(path)
    result = score_hour(frame.drop(columns=["truth_type", "is_violation", "group"]), judge, policy, MemoryVerdictCache(),
                        DEFAULT_START)
    joined = result.scores.merge(frame[["stream_id", "truth_type", "is_violation", "group", "language"]], on="stream_id")
    metrics = report_metrics(joined, ("group", "language"))
    metrics["judge_stats"] = {k: v for k, v in result.stats.items() if k.startswith("judge_")}
    return metrics, joined


# --- (c) real titles: the real-world false-flag set ------------------------------------------
REAL_TITLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "real_titles_dev.jsonl"


def real_titles_frame(path: Path, hour: datetime = DEFAULT_START) -> pd.DataFrame:
    """Real streamers' titles (ordinary streams) as one hour of ``streamer_category_history``. The set
    has no history, so the category's standing and the streamer's past are unknown (null)."""
    rows = pd.read_json(path, lines=True, dtype=False)
    snapshot = pd.Timestamp(hour).tz_convert("UTC").tz_localize(None)
    n = len(rows)
    game = rows["game_name"].fillna("").astype(str)
    return pd.DataFrame({
        "snapshot_hour": snapshot,
        "user_id": [f"real{i}" for i in range(n)],
        "user_login": [f"real_{i}" for i in range(n)],
        "stream_id": [f"real-stream-{i}" for i in range(n)],
        "title": rows["title"].fillna("").astype(str),
        "tags": [[] for _ in range(n)],
        "language": rows["language"].fillna("").astype(str),
        "game_id": game,
        "game_name": game,
        "viewer_count": pd.to_numeric(rows["viewer_count"], errors="coerce").fillna(0).astype(int),
        "category_popularity_pct": np.nan,
        "streamer_category_share": np.nan,
        "category_baseline_viewers_24h": np.nan,
        "usual_game_id": "",
        "usual_game_name": "",
        "usual_category_popularity_pct": np.nan,
        "switched_to_less_popular": False,
        "account_created_at": pd.NaT,
        "content_classification_labels": [[] for _ in range(n)],
    })


def real_titles(judge: Judge, policy: ScoringPolicy, path: Path = REAL_TITLES):
    """The share of real ordinary titles flagged, and every flagged one with its reasons."""
    frame = real_titles_frame(path)
    scores = score_hour(frame, judge, policy, MemoryVerdictCache(), DEFAULT_START).scores
    flagged = scores[scores["flagged"].to_numpy(dtype=bool)]
    return {
        "n": len(scores),
        "flagged": len(flagged),
        "flagged_share": round(len(flagged) / max(len(scores), 1), 4),
        "flagged_titles": [
            {"title": r.title, "game_name": r.game_name, "content_score": float(r.content_score),
             "violation_type": r.violation_type, "reasons": list(r.reasons)}
            for r in flagged.itertuples()
        ],
    }, scores


# --- the command ------------------------------------------------------------------------------
INDEPENDENT_SETS = Path(__file__).resolve().parents[2] / "evaluation"


def build_judge(kind: str) -> Judge:
    from twitch_assets.compliance.resource import judge_resource

    return judge_resource(kind=kind).build_judge()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate compliance flagging against ground truth.")
    parser.add_argument("--judge", default=None, help="local (default), openai, bedrock or llamacpp; default from COMPLIANCE_JUDGE")
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--streams", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-simulator", action="store_true")
    parser.add_argument("--skip-handlabelled", action="store_true")
    parser.add_argument("--skip-independent", action="store_true")
    parser.add_argument("--real-titles", type=Path, default=REAL_TITLES,
                        help="real ordinary titles (JSONL); skipped when the file is absent")
    parser.add_argument("--sets", type=Path, default=INDEPENDENT_SETS,
                        help="folder of independently written sets, each <name>/hours*.jsonl.gz")
    parser.add_argument("--show-flagged", action="store_true", help="print every flagged real title with its reasons")
    parser.add_argument("--json", type=Path, default=None, help="also write the full metrics here")
    args = parser.parse_args(argv)
    judge = build_judge(args.judge or "")
    policy = default_policy()
    results: dict = {"judge": judge.judge_id}
    if not args.skip_simulator:
        started = time.perf_counter()
        results[f"simulator {args.hours}h x {args.streams}"], _ = simulator_day(judge, policy, args.hours, args.streams, args.seed)
        results[f"simulator {args.hours}h x {args.streams}"]["seconds"] = round(time.perf_counter() - started, 1)
    if not args.skip_handlabelled:
        results["hand-labelled"], _ = handlabelled(judge, policy)
    if not args.skip_independent and args.sets.is_dir():
        for folder in sorted({path.parent for path in args.sets.glob("*/hours*.jsonl.gz")}):
            results[folder.name], _ = independent_set(folder, judge, policy)
    if args.real_titles.is_file():
        results["real titles"], _ = real_titles(judge, policy, args.real_titles)
    print(side_by_side(results))
    if args.show_flagged and "real titles" in results:
        for row in results["real titles"]["flagged_titles"]:
            print(f"  {row['title']!r} [{row['game_name']}] {row['violation_type']} {row['content_score']:.0f}: "
                  + "; ".join(row["reasons"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0


def side_by_side(results: dict) -> str:
    """One line per set: precision, recall, evasive-hop recall, hard negatives flagged, real false flags."""
    def cell(value, digits=3):
        return "-" if value is None else f"{value:.{digits}f}"

    lines = [f"judge: {results['judge']}",
             f"{'set':<28} {'n':>7} {'precision':>9} {'recall':>7} {'evasive':>8} {'legit hops':>10} {'sports VG':>9} {'flagged':>8}"]
    for name, metrics in results.items():
        if name == "judge":
            continue
        if "overall" not in metrics:  # the real titles: only the false-flag share
            lines.append(f"{name:<28} {metrics['n']:>7,} {'-':>9} {'-':>7} {'-':>8} {'-':>10} {'-':>9} {metrics['flagged_share']:>8.2%}")
            continue
        o = metrics["overall"]
        lines.append(
            f"{name:<28} {o['n']:>7,} {cell(o['precision']):>9} {cell(o['recall']):>7} "
            f"{cell(metrics.get('evasive_hoppers', {}).get('flagged_share')):>8} "
            f"{cell(metrics.get('legitimate_hops', {}).get('flagged_share')):>10} "
            f"{cell(metrics.get('sports_video_games', {}).get('flagged_share')):>9} {o['fp'] + o['tp']:>8,}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
