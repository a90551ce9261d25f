"""Calibrate the evasive-hop model (``compliance.evasion.HopModel``) on labelled development hours.

    .venv/bin/python benchmarks/calibrate_evasion.py [--hours 8] [--streams 5000] [--sets evaluation/dev_independent]

Replays the simulator's hours and the given independently written development sets through the
platform's history path, takes every stream that is away from the category it came from, and fits
a logistic regression of ``is_evasive_hop`` on the model's features. It prints the weights to put in
``HopModel`` and, for each set, how the fitted and the shipped weights do at p >= 0.5. The frozen
test set (``evaluation/frozen_*``) is never read here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

from twitch_assets.analysis.history import EARLIER_COLUMNS, streamer_history_frame
from twitch_assets.analysis.popularity import EARLIER_COLUMNS as CATEGORY_EARLIER_COLUMNS
from twitch_assets.analysis.popularity import category_popularity_frame
from twitch_assets.compliance import evaluation
from twitch_assets.compliance.evasion import FEATURES, HOP_MODEL, HopModel, hop_features, hop_probability
from twitch_assets.compliance.policy import default_policy
from twitch_assets.compliance.signals import compute_signals


def labelled_features(hours) -> pd.DataFrame:
    """The hop model's features and the truth for every stream-hour of ``hours``."""
    policy = default_policy()
    earlier = pd.DataFrame(columns=EARLIER_COLUMNS)
    earlier_categories = pd.DataFrame(columns=CATEGORY_EARLIER_COLUMNS)
    frames = []
    for labelled in hours:
        hour = pd.Timestamp(labelled.moment).tz_convert("UTC").tz_localize(None)
        categories = category_popularity_frame(labelled.hydrated, earlier_categories, hour)
        history = streamer_history_frame(labelled.hydrated, categories, earlier, hour)
        signals = compute_signals(history, policy)
        features = hop_features(history, ~signals["contrary_evidence"].to_numpy(dtype=bool),
                                signals["placeholder_title"].to_numpy(dtype=bool),
                                signals["account_age_days"].to_numpy(dtype=float))
        truth = history[["stream_id"]].merge(labelled.truth, on="stream_id", how="left")
        frames.append(features.assign(is_evasive_hop=truth["is_evasive_hop"].fillna(False).to_numpy(dtype=bool),
                                      moved=history["came_from_game_id"].notna().to_numpy()
                                      & (history["came_from_game_id"] != history["game_id"]).to_numpy()))
        earlier = pd.concat([df for df in (earlier, history[EARLIER_COLUMNS]) if len(df)], ignore_index=True)
        earlier_categories = pd.concat([df for df in (earlier_categories, categories[CATEGORY_EARLIER_COLUMNS]) if len(df)],
                                       ignore_index=True)
    return pd.concat(frames, ignore_index=True)


def report(name: str, frame: pd.DataFrame, model: HopModel) -> str:
    predicted = hop_probability(frame, model) >= 0.5
    truth = frame["is_evasive_hop"].to_numpy(dtype=bool)
    tp, fp, fn = int((predicted & truth).sum()), int((predicted & ~truth).sum()), int((~predicted & truth).sum())
    return f"  {name:<32} hops {int(truth.sum()):>4}  caught {tp:>4}  missed {fn:>4}  false {fp:>4}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=8)
    parser.add_argument("--streams", type=int, default=5000)
    parser.add_argument("--sets", type=Path, nargs="*", default=[Path("evaluation/dev_independent")])
    args = parser.parse_args()
    sets = {"simulator": labelled_features(evaluation.simulator_hours(args.hours, args.streams, 7))}
    for folder in args.sets:
        if folder.name.startswith("frozen"):
            raise SystemExit(f"{folder}: the frozen test set is not for calibration")
        sets[folder.name] = labelled_features(evaluation.independent_hours(folder))
    moved = pd.concat([frame[frame["moved"]] for frame in sets.values()], ignore_index=True)
    fit = LogisticRegression(C=1.0, class_weight="balanced").fit(moved[list(FEATURES)].to_numpy(dtype=float),
                                                                 moved["is_evasive_hop"].to_numpy(dtype=bool))
    fitted = HopModel(intercept=round(float(fit.intercept_[0]), 2), weights=tuple(round(float(w), 2) for w in fit.coef_[0]))
    print(f"fitted on {len(moved):,} moved stream-hours ({int(moved['is_evasive_hop'].sum())} evasive hops)")
    print(f"  intercept={fitted.intercept}, weights={dict(zip(FEATURES, fitted.weights))}")
    for label, model in (("fitted", fitted), ("shipped", HOP_MODEL)):
        print(label)
        for name, frame in sets.items():
            print(report(name, frame, model))


if __name__ == "__main__":
    main()
