"""The default judge: offline, on this CPU, no service and no key.

It is the shipped character n-gram classifier (``classifier``) stacked with the explicit rules
(``lexicon``), run over all candidates at once. Its confidence is the distance of the violation
probability p from a coin flip, |2p - 1|, so that ``Verdict.content_score`` is 100 p.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cached_property

import numpy as np
import pandas as pd

from twitch_assets.compliance.classifier import MODEL_VERSION, SHIPPED_MODEL, TitleClassifier, features
from twitch_assets.compliance.judges.base import VERDICT, Judge, JudgeOutcome, JudgeRequest, JudgeRun, Verdict
from twitch_assets.compliance.lexicon import ALL_TYPES, VIOLATION_TYPES
from twitch_assets.compliance.signals import content_signals, out_of_place
from twitch_assets.compliance.text import normalise

_VIOLATION_COLUMNS = [ALL_TYPES.index(t) for t in VIOLATION_TYPES]


class LocalJudge(Judge):
    name = "local"
    model = MODEL_VERSION

    def __init__(self, model_path=SHIPPED_MODEL):
        self._model_path = model_path

    @cached_property
    def classifier(self) -> TitleClassifier:
        return TitleClassifier.load(self._model_path)

    def judge_many(self, requests: Sequence[JudgeRequest]) -> JudgeRun:
        started = time.perf_counter()
        if not requests:
            return JudgeRun({}, 0.0)
        titles = pd.Series([r.title for r in requests], dtype=object)
        tags = pd.Series([list(r.tags) for r in requests], dtype=object)
        games = pd.Series([r.game_name for r in requests], dtype=object)
        number = lambda values: np.array([np.nan if v is None else v for v in values], dtype=float)
        displaced = out_of_place([r.switched_to_less_popular for r in requests],
                                 number([r.usual_category_popularity_pct for r in requests]),
                                 number([r.category_popularity_pct for r in requests]),
                                 number([r.streamer_category_share for r in requests]),
                                 number([r.viewer_count for r in requests]))
        rules = content_signals(titles, tags, games, displaced)
        matrix = features(rules["normalised_text"].tolist(), [normalise(g) for g in games], rules["category_kind"].tolist())
        probabilities = self.classifier.probabilities(matrix)
        fits = rules["title_fits_category"].to_numpy(dtype=bool)
        p_violation = self.classifier.violation_probability(probabilities, rules["rule_content_score"].to_numpy())
        # Type: the classifier's most likely violation class, nudged towards what the rules saw.
        rule_boost = np.zeros_like(probabilities[:, _VIOLATION_COLUMNS])
        for column, violation_type in enumerate(VIOLATION_TYPES):
            rule_boost[:, column] = (rules["rule_type"].to_numpy() == violation_type) * rules["rule_content_score"].to_numpy() / 200.0
        best = (probabilities[:, _VIOLATION_COLUMNS] + rule_boost).argmax(axis=1)
        # The classifier reads shapes, not facts: without evidence of copyrighted content its verdict
        # stays a suggestion (below the flag line), however sure it is; with evidence (a work offered
        # whole, a real work, event or feed named) it may raise the rules' score, never lower it, as
        # it cannot know a show or a league it never saw.
        evidence = rules["content_evidence"].to_numpy(dtype=bool)
        p_violation = np.minimum(p_violation, rules["content_ceiling"].to_numpy() / 100.0)
        p_violation = np.where(evidence, np.maximum(p_violation, rules["rule_content_score"].to_numpy() / 100.0), p_violation)
        outcomes = {}
        for i, request in enumerate(requests):
            is_violation = p_violation[i] >= 0.5
            violation_type = VIOLATION_TYPES[best[i]] if is_violation else "none"
            evidence = [*rules["content_reasons"].iat[i],
                        f"title classifier reads it as {ALL_TYPES[int(probabilities[i].argmax())]}; "
                        f"with the rules p(violation)={p_violation[i]:.2f}"]
            verdict = Verdict(violation_type, float(abs(2 * p_violation[i] - 1)), tuple(evidence), bool(fits[i]))
            outcomes[request.content_key] = JudgeOutcome(request.content_key, VERDICT, verdict)
        return JudgeRun(outcomes, time.perf_counter() - started)
