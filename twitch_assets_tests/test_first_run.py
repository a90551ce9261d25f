"""`make run`'s plan: history first on the simulator, the present only on real Twitch."""

from datetime import datetime, timezone

from twitch_assets.first_run import partitions_to_snapshot

NOW = datetime(2026, 11, 26, 13, 25, tzinfo=timezone.utc)


def test_the_simulator_snapshots_the_missing_earlier_hours_then_the_hour_in_progress():
    stored = {datetime(2026, 11, 26, 9), datetime(2026, 11, 26, 11)}
    assert partitions_to_snapshot(NOW, True, stored, 6) == [
        "2026-11-26-07:00", "2026-11-26-08:00", "2026-11-26-10:00", "2026-11-26-12:00", "2026-11-26-13:00",
    ]


def test_real_twitch_snapshots_the_hour_in_progress_only():
    assert partitions_to_snapshot(NOW, False, set(), 6) == ["2026-11-26-13:00"]


def test_the_hour_in_progress_is_snapshotted_again_even_when_stored():
    assert partitions_to_snapshot(NOW, True, {datetime(2026, 11, 26, 13)}, 0) == ["2026-11-26-13:00"]
