"""How well ``flagged`` matches the truth, on two sets kept apart from what the local judge learns.

    python -m twitch_assets.compliance.evaluation [--judge local] [--hours 24] [--streams 10000] [--seed 7]
                                                  [--skip-simulator] [--skip-handlabelled] [--json PATH]

(a) Simulator day: ``--hours`` consecutive simulated hours of ``--streams`` live streams each. Each
    hour goes through the platform's own pure path (category popularity, streamer history over the
    earlier hours, then ``score_hour`` with a verdict cache carried across hours and this table's own
    earlier flags, as the asset reads them from ``compliance_scores``) and is compared with
    the simulator's ground truth: precision, recall, F1 of ``flagged``; recall per violation type; the
    evasive hoppers; the flag rate of each hard-negative behaviour.
(b) Hand-labelled set: ``data/handlabelled.csv``, titles with their context written for this
    project, scored the same way, per judge.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime, timedelta, timezone
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


# --- (a) the simulator day --------------------------------------------------------------------
def _hydrated_like(population, columns: list[str]) -> pd.DataFrame:
    """What hydrated_streams would hold for the hour (no truth columns)."""
    frame = population.frame().rename(columns={"created_at": "account_created_at"})
    return frame[columns]


def simulator_day(judge: Judge, policy: ScoringPolicy, hours: int, streams: int, seed: int, start: datetime = DEFAULT_START):
    from twitch_assets.analysis.history import EARLIER_COLUMNS, STREAM_COLUMNS, streamer_history_frame
    from twitch_assets.analysis.popularity import EARLIER_COLUMNS as CATEGORY_EARLIER_COLUMNS
    from twitch_assets.analysis.popularity import category_popularity_frame
    from twitch_assets.simulator.population import build_population

    cache = MemoryVerdictCache()
    earlier_scores = pd.DataFrame(columns=MEMORY_COLUMNS)
    earlier_history = pd.DataFrame(columns=EARLIER_COLUMNS)
    earlier_categories = pd.DataFrame(columns=CATEGORY_EARLIER_COLUMNS)
    joined, timings = [], []
    for offset in range(hours):
        moment = start + timedelta(hours=offset)
        hour = pd.Timestamp(moment).tz_convert("UTC").tz_localize(None)
        population = build_population(seed, moment, streams)
        hydrated = _hydrated_like(population, STREAM_COLUMNS)
        categories = category_popularity_frame(hydrated, earlier_categories, hour)
        history = streamer_history_frame(hydrated, categories, earlier_history, hour)
        started = time.perf_counter()
        # The asset's path: this table's own trailing day, as ``assets.compliance`` reads it from the warehouse.
        earlier_scores = earlier_flags(earlier_scores, hour)
        result = score_hour(history, judge, policy, cache, moment, earlier_scores)
        timings.append({"hour": str(hour), "rows": len(history), "seconds": time.perf_counter() - started, **{
            k: result.stats[k] for k in ("candidates", "cache_hits", "judge_requests", "flagged")}})
        truth = population.truth().rename(columns={"violation_type": "truth_type"})
        joined.append(result.scores.merge(
            truth[["stream_id", "truth_type", "is_violation", "is_evasive_hop", "behaviour", "title_style"]],
            on="stream_id", how="inner"))
        earlier_history = pd.concat([earlier_history, history[EARLIER_COLUMNS]], ignore_index=True)
        earlier_categories = pd.concat([earlier_categories, categories[CATEGORY_EARLIER_COLUMNS]], ignore_index=True)
        earlier_scores = pd.concat([df for df in (earlier_scores, result.scores[MEMORY_COLUMNS]) if len(df)], ignore_index=True)
    all_hours = pd.concat(joined, ignore_index=True)
    metrics = report_metrics(all_hours, ("behaviour", "title_style"))
    hoppers = all_hours["is_evasive_hop"].to_numpy(dtype=bool)
    metrics["evasive_hoppers"] = {"n": int(hoppers.sum()),
                                  "recall": round(float(all_hours.loc[hoppers, "flagged"].mean()), 4) if hoppers.any() else None}
    metrics["hours"] = hours
    metrics["streams_per_hour"] = streams
    metrics["scoring_seconds_per_hour"] = round(float(np.mean([t["seconds"] for t in timings])), 3)
    metrics["judge_requests"] = int(sum(t["judge_requests"] for t in timings))
    metrics["cache_hits"] = int(sum(t["cache_hits"] for t in timings))
    return metrics, all_hours


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


def build_judge(kind: str) -> Judge:
    from twitch_assets.compliance.resource import judge_resource

    return judge_resource(kind=kind).build_judge()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate compliance flagging against ground truth.")
    parser.add_argument("--judge", default=None, help="local (default), openai or bedrock; default from COMPLIANCE_JUDGE")
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--streams", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-simulator", action="store_true")
    parser.add_argument("--skip-handlabelled", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the full metrics here")
    args = parser.parse_args(argv)
    judge = build_judge(args.judge or "")
    policy = default_policy()
    results: dict = {"judge": judge.judge_id}
    if not args.skip_simulator:
        started = time.perf_counter()
        results["simulator"], _ = simulator_day(judge, policy, args.hours, args.streams, args.seed)
        results["simulator"]["seconds"] = round(time.perf_counter() - started, 1)
        _print_set(f"simulator day: {args.hours} h x {args.streams:,} streams, seed {args.seed}", results["simulator"])
        hop = results["simulator"]["evasive_hoppers"]
        print(f"  evasive hoppers: n={hop['n']} recall={hop['recall']}")
    if not args.skip_handlabelled:
        results["handlabelled"], _ = handlabelled(judge, policy)
        _print_set(f"hand-labelled set ({results['handlabelled']['overall']['n']} titles)", results["handlabelled"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _print_set(title: str, metrics: dict) -> None:
    o = metrics["overall"]
    print(f"{title}\n  flagged: precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}"
          f"  (tp {o['tp']}, fp {o['fp']}, fn {o['fn']}, violations {o['support']} of {o['n']})")
    for kind, m in metrics["per_type"].items():
        print(f"  {kind:12s} n={m['support']:5d}  recall(flagged)={m['recall_flagged']}  precision(type)={m['precision']}  recall(type)={m['recall']}")
    for key, groups in metrics.items():
        if key.startswith("flag_rate_by_"):
            print(f"  {key}: " + ", ".join(f"{k}={v['flag_rate']:.3f} (n={v['n']})" for k, v in groups.items()))


if __name__ == "__main__":
    raise SystemExit(main())
