"""The evasive hop, as a model of its own: a streamer who takes their audience into a category where
nobody else is watching, so that nobody else is there to report what they show.

Unpopular categories draw fewer viewer reports, so a pirate with a large following moves there; the
audience follows, the title goes quiet. A legitimate hop looks different: the audience thins (many
viewers came for the old game), and the title talks about the new game. The model reads, per stream:

- ``left_popular``: the category they came from (the latest other one in the trailing day, also in
  the later hours of a long stay) was a popular one;
- ``alone``: they hold nearly all of the new category's viewers (its popularity without them is nil);
- ``followed``: a real audience came along (this hour's viewers against their audience there);
- ``quiet``: the title gives no sign of the new game (does not name it, no gameplay words, no hard
  negative): nothing a viewer or a moderator could check it against;
- ``placeholder``: the title is a placeholder ("live", "🍿", ".");
- ``young``: the account is young.

An evasive hop takes an audience somewhere: without ``alone`` or ``followed`` the probability is nil,
however quiet the title (a streamer with a habitual placeholder title who changes game is not
hiding anything from anyone). Otherwise it is a logistic function of these, with weights calibrated on labelled hours (see
``benchmarks/calibrate_evasion.py``: the development sets only, never the frozen test set). Every
factor that counted is named in the reasons, with its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

FEATURES = ("left_popular", "alone", "followed", "quiet", "placeholder", "young")


@dataclass(frozen=True)
class HopModel:
    """Logistic weights over ``FEATURES`` and the thresholds that define them."""

    # Fitted by benchmarks/calibrate_evasion.py on the simulator and evaluation/dev_independent.
    intercept: float = -7.51
    weights: tuple[float, ...] = (1.27, 2.11, 1.93, 4.69, 2.43, 0.0)
    usual_popularity_pct: float = 60.0  # the usual category counts as popular at or above this percentile
    alone_share: float = 0.8  # share of the new category's viewers held
    min_usual_audience: float = 100.0  # an audience worth following: their viewers where they came from
    followed_ratio: float = 0.5  # this hour's viewers against that usual audience
    young_account_days: float = 30.0


HOP_MODEL = HopModel()


def hop_features(history: pd.DataFrame, quiet: np.ndarray, placeholder: np.ndarray, account_age_days: np.ndarray,
                 model: HopModel = HOP_MODEL) -> pd.DataFrame:
    """The model's inputs, one row per row of ``history`` (positional), as booleans, with the numbers
    the reasons quote."""
    n = len(history)
    number = lambda name: (pd.to_numeric(history[name], errors="coerce").to_numpy(dtype=float)
                           if name in history else np.full(n, np.nan))
    game = history["game_id"].fillna("").astype(str).to_numpy(dtype=object)
    came_from = (history["came_from_game_id"].fillna("").astype(str).to_numpy(dtype=object)
                 if "came_from_game_id" in history else np.full(n, "", dtype=object))
    viewers = np.nan_to_num(number("viewer_count"))
    usual_viewers = number("came_from_viewer_count")
    usual_popularity = number("came_from_category_popularity_pct")
    share = np.nan_to_num(number("streamer_category_share"))
    moved = (came_from != "") & (game != came_from) & (game != "")
    with np.errstate(invalid="ignore", divide="ignore"):
        kept = np.where(usual_viewers > 0, viewers / usual_viewers, np.nan)
    return pd.DataFrame({
        "left_popular": moved & (np.nan_to_num(usual_popularity) >= model.usual_popularity_pct),
        "alone": moved & (share >= model.alone_share),
        "followed": moved & (np.nan_to_num(usual_viewers) >= model.min_usual_audience)
                    & (np.nan_to_num(kept) >= model.followed_ratio),
        "quiet": moved & np.asarray(quiet, dtype=bool),
        "placeholder": moved & np.asarray(placeholder, dtype=bool),
        "young": moved & (np.nan_to_num(account_age_days, nan=np.inf) < model.young_account_days),
        "viewers": viewers,
        "usual_viewers": usual_viewers,
        "usual_popularity": usual_popularity,
        "share": share,
    })


def hop_probability(features: pd.DataFrame, model: HopModel = HOP_MODEL) -> np.ndarray:
    inputs = features[list(FEATURES)].to_numpy(dtype=float)
    probability = 1.0 / (1.0 + np.exp(-(model.intercept + inputs @ np.asarray(model.weights))))
    took_an_audience = features["alone"].to_numpy(dtype=bool) | features["followed"].to_numpy(dtype=bool)
    return np.where(took_an_audience, probability, 0.0)


def evasive_hop(history: pd.DataFrame, quiet: np.ndarray, placeholder: np.ndarray, account_age_days: np.ndarray,
                model: HopModel = HOP_MODEL) -> tuple[np.ndarray, list[list[str]]]:
    """Per row: the probability that the stream is an evasive hop, and the reasons (for p >= 0.5)."""
    features = hop_features(history, quiet, placeholder, account_age_days, model)
    probability = hop_probability(features, model)
    came_from_names = (history["came_from_game_name"].fillna("").astype(str).to_numpy(dtype=object)
                       if "came_from_game_name" in history else np.full(len(history), "", dtype=object))
    reasons: list[list[str]] = [[] for _ in range(len(history))]
    for i in np.flatnonzero(probability >= 0.5):
        f = features.iloc[i]
        parts = []
        if f["left_popular"]:
            parts.append(f"came from {came_from_names[i] or 'a popular category'} (popularity {f['usual_popularity']:.0f})")
        if f["alone"]:
            parts.append(f"holds {f['share']:.0%} of the new category's viewers")
        if f["followed"]:
            parts.append(f"their audience followed ({f['usual_viewers']:,.0f} there, {f['viewers']:,.0f} now)")
        if f["quiet"]:
            parts.append("the title says nothing of the new game" + (" (a placeholder)" if f["placeholder"] else ""))
        if f["young"]:
            parts.append("a young account")
        reasons[i].append(f"evasive hop (p={probability[i]:.2f}): " + "; ".join(parts))
    return probability, reasons
