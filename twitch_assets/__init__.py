"""twitch_assets: hourly snapshots of live Twitch streams and copyright-compliance scoring."""

from twitch_assets.definitions import defs

__all__ = ["defs"]
