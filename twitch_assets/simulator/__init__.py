"""A local Twitch Helix simulator: a real HTTP server over a deterministic, labelled population.

``SimulatorServer(SimulatorConfig(...))`` serves, on 127.0.0.1:

- ``POST /oauth2/token`` (client credentials) and ``GET /oauth2/validate``;
- ``GET /helix/streams`` (``first``, ``after``/``before``, ``user_id``, ``user_login``, ``game_id``,
  ``language``, ``type``), ``/helix/users``, ``/helix/channels``, ``/helix/games``, ``/helix/games/top``;
- admin calls the pipeline never makes: ``/_sim/truth?hour=2026-11-26T13`` and ``/_sim/health``.

The hour's population is a pure function of (seed, hour, streams_per_hour): ``build_population``.
Streamers persist across hours; each hour carries ground truth per stream (``behaviour``,
``violation_type``, ``is_violation``, ``is_evasive_hop``, ``title_style``, ``usual_game_id``,
``is_rights_holder``). ``OFFICIAL_BROADCASTERS`` lists the rights holders whose sports streams are
licensed (an allow-list for compliance). The listing drifts in wall time, the bucket limits, tokens
expire, and faults are injected as configured: see ``SimulatorConfig``.
"""

from .behaviour import BEHAVIOURS, VIOLATION_TYPES
from .catalog import OFFICIAL_BROADCASTERS
from .config import SimulatorConfig
from .population import Population, build_population
from .server import SimulatorServer

__all__ = [
    "BEHAVIOURS", "OFFICIAL_BROADCASTERS", "VIOLATION_TYPES", "Population", "SimulatorConfig", "SimulatorServer",
    "build_population",
]
