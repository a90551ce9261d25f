"""Materialization metadata shared by every asset: previews, counts, request telemetry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
from dagster import MetadataValue


def preview(frame: pd.DataFrame, columns: Sequence[str], rows: int = 10) -> MetadataValue:
    """A markdown table of the first rows, with cell text kept short and pipes escaped."""
    if frame.empty:
        return MetadataValue.md("_no rows_")
    shown = frame.loc[:, list(columns)].head(rows).copy()
    for column in shown.columns:
        shown[column] = shown[column].map(_cell)
    header = "| " + " | ".join(shown.columns) + " |"
    rule = "| " + " | ".join("---" for _ in shown.columns) + " |"
    body = ["| " + " | ".join(values) + " |" for values in shown.itertuples(index=False)]
    return MetadataValue.md("\n".join([header, rule, *body]))


def _cell(value) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "..."


def numeric(stats: Mapping[str, object], prefix: str = "") -> dict[str, MetadataValue]:
    """Numbers become charted metadata; nested maps become JSON."""
    out: dict[str, MetadataValue] = {}
    for key, value in stats.items():
        name = f"{prefix}{key}"
        if isinstance(value, bool):
            out[name] = MetadataValue.bool(value)
        elif isinstance(value, int):
            out[name] = MetadataValue.int(value)
        elif isinstance(value, float):
            out[name] = MetadataValue.float(value)
        elif isinstance(value, Mapping):
            out[name] = MetadataValue.json(dict(value))
        elif value is None:
            continue
        else:
            out[name] = MetadataValue.text(str(value))
    return out
