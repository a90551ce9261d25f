"""twitch_assets: hourly snapshots of live Twitch streams and copyright-compliance scoring.

``defs`` (the Dagster code location) is loaded on first access, so the Helix client and the
simulator import without Dagster or the asset definitions (PEP 562).
"""

__all__ = ["defs"]


def __getattr__(name: str):
    if name == "defs":
        from twitch_assets.definitions import defs

        return defs
    raise AttributeError(f"module 'twitch_assets' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "defs"])
