"""A local Twitch Helix simulator: a real HTTP server over a deterministic, labelled population."""

from .config import SimulatorConfig
from .population import Population, build_population
from .server import SimulatorServer

__all__ = ["Population", "SimulatorConfig", "SimulatorServer", "build_population"]
