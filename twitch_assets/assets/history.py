"""Analysis assets: category popularity and each streamer's category history."""
