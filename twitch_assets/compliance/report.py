"""What people see: the flagged leaderboard (markdown and plain text) and the popularity chart."""

from __future__ import annotations

import base64
import io
import unicodedata

import numpy as np
import pandas as pd

LEADERBOARD_COLUMNS = ["user_login", "viewer_count", "game_name", "risk_score", "violation_type", "judge_status", "reasons"]


def flagged(scores: pd.DataFrame, limit: int = 25) -> pd.DataFrame:
    """Flagged streamers, riskiest and most watched first."""
    rows = scores[scores["flagged"].fillna(False).astype(bool)]
    return rows.sort_values(["risk_score", "viewer_count"], ascending=False).head(limit)


def _short(reasons, count: int = 4) -> str:
    items = list(reasons) if isinstance(reasons, (list, tuple, np.ndarray)) else []
    return "; ".join(items[:count]) + (f"; +{len(items) - count} more" if len(items) > count else "")


def flagged_markdown(scores: pd.DataFrame, limit: int = 25) -> str:
    rows = flagged(scores, limit)
    if rows.empty:
        return "_no streamer flagged this hour_"
    escape = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    lines = ["| streamer | viewers | category | risk | type | judge | reasons |", "| --- | ---: | --- | ---: | --- | --- | --- |"]
    for row in rows.itertuples(index=False):
        lines.append(
            f"| {escape(row.user_login)} | {row.viewer_count:,} | {escape(row.game_name)} | {row.risk_score:.0f} | "
            f"{row.violation_type} | {row.judge_status} | {escape(_short(row.reasons))} |"
        )
    return "\n".join(lines)


def printable(text: object, width: int) -> str:
    """Untrusted text (a title, a login) made safe for one terminal line: control, format and bidi
    characters dropped, whitespace collapsed, cut to ``width``."""
    if not isinstance(text, str):
        return ""
    kept = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    kept = " ".join(kept.split())
    return kept if len(kept) <= width else kept[: width - 1] + "…"


def leaderboard_text(scores: pd.DataFrame, limit: int = 20) -> str:
    """The flagged leaderboard as plain text, for a terminal: each streamer's title, category and
    usual category beside the reasons."""
    rows = flagged(scores, limit)
    total = int(scores["flagged"].fillna(False).astype(bool).sum()) if not scores.empty else 0
    header = f"Compliance: {total:,} of {len(scores):,} live streamers flagged"
    if rows.empty:
        return header + "."
    lines = [header + f" (top {len(rows)}):"]
    for row in rows.itertuples(index=False):
        usual = getattr(row, "usual_game_name", None)
        usual = printable(usual, 40) if isinstance(usual, str) and usual else "unknown"
        lines.append(f"{row.risk_score:>4.0f}  {printable(row.user_login, 30)} ({row.viewer_count:,} viewers)"
                     f"  {row.violation_type}")
        lines.append(f"      title:    {printable(row.title, 100)}")
        lines.append(f"      category: {printable(row.game_name, 40) or 'none'}  (usually: {usual})")
        lines.append(f"      why:      {_short(row.reasons, 4)}")
    return "\n".join(lines)


def hops_text(history: pd.DataFrame, scores: pd.DataFrame | None = None, limit: int = 10) -> str:
    """This hour's hops into much less popular categories (``streamer_category_history``), the
    largest audiences first, with where they came from and whether they were flagged."""
    hops = history[history["switched_to_less_popular"].fillna(False).astype(bool)]
    header = f"Hops into much less popular categories: {len(hops):,}"
    if hops.empty:
        return header + "."
    flagged_ids = set() if scores is None else set(scores.loc[scores["flagged"].fillna(False).astype(bool), "user_id"])
    lines = [header + f" (top {min(limit, len(hops))} by audience):"]
    for row in hops.sort_values("viewer_count", ascending=False).head(limit).itertuples(index=False):
        before = row.previous_viewer_count
        kept = f", had {before:,.0f} before" if pd.notna(before) else ""
        mark = "  FLAGGED" if row.user_id in flagged_ids else ""
        lines.append(
            f"  {printable(row.user_login, 30)}: {printable(row.previous_game_name, 30)} "
            f"(popularity {row.previous_category_popularity_pct:.0f}) -> {printable(row.game_name, 30)} "
            f"(popularity {row.category_popularity_pct:.0f}), {row.viewer_count:,} viewers{kept}, "
            f"{row.streamer_category_share:.0%} of the category{mark}"
        )
    return "\n".join(lines)


def popularity_chart_png(scores: pd.DataFrame) -> bytes:
    """Streamer viewers (log) against their category's popularity percentile; hops and flags marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 4.8), dpi=100)
    viewers = pd.to_numeric(scores["viewer_count"], errors="coerce").fillna(0).clip(lower=0) + 1
    popularity = pd.to_numeric(scores["category_popularity_pct"], errors="coerce")
    hop = scores["switched_to_less_popular"].fillna(False).astype(bool)
    flag = scores["flagged"].fillna(False).astype(bool)
    axes.scatter(popularity[~hop & ~flag], viewers[~hop & ~flag], s=4, c="#b0b0b0", alpha=0.4, label="stream", rasterized=True)
    axes.scatter(popularity[hop & ~flag], viewers[hop & ~flag], s=22, facecolors="none", edgecolors="#1f77b4",
                 label="moved to a much less popular category")
    axes.scatter(popularity[flag & ~hop], viewers[flag & ~hop], s=18, c="#d62728", marker="x", label="flagged")
    axes.scatter(popularity[flag & hop], viewers[flag & hop], s=40, c="#d62728", marker="D", label="flagged after a hop")
    axes.set_yscale("log")
    axes.set_xlabel("category popularity percentile (100 = most watched)")
    axes.set_ylabel("streamer viewers + 1 (log)")
    axes.set_title("Streamers against their category's popularity")
    axes.legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()


def chart_markdown(scores: pd.DataFrame) -> str:
    if scores.empty:  # a log axis over no points is an error, and there is nothing to show
        return "_no live streams this hour: nothing to chart_"
    encoded = base64.b64encode(popularity_chart_png(scores)).decode()
    return f"![viewers against category popularity](data:image/png;base64,{encoded})"
