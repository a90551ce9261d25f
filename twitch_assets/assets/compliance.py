"""Compliance assets: the hourly risk score of every live streamer."""
