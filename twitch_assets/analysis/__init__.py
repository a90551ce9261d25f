"""Pure pandas analysis of the hourly snapshots: category popularity and streamer category history.

No Dagster and no I/O here: the assets in ``twitch_assets.assets.history`` read the inputs and call
these functions, so the logic is tested on DataFrames built in the tests.
"""
