"""Asset checks: bad data stops here instead of spreading downstream."""
