"""Train the local judge from the synthetic corpus and write ``data/local_judge.npz``.

    python -m twitch_assets.compliance.training [--examples 24000] [--seed 20261126]

The corpus is split by template, not by row: the classifier learns from about 75% of the phrasings,
the stacker (classifier x rules) from examples written with the other 25%, so the stacker sees how
the classifier does on phrasings it never saw, which is what the evaluation sets and real titles are. The evaluation sets
(hand-labelled file, simulator day) are never read here.
"""

from __future__ import annotations

import argparse
import time
import zlib

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression

from twitch_assets.compliance import corpus
from twitch_assets.compliance.classifier import SHIPPED_MODEL, TitleClassifier, features, stacker_inputs
from twitch_assets.compliance.lexicon import ALL_TYPES
from twitch_assets.compliance.signals import content_signals
from twitch_assets.compliance.text import normalise


def _design(examples: list[corpus.Example]):
    frame = pd.DataFrame({"title": [e.title for e in examples], "game_name": [e.game_name for e in examples]})
    signals = content_signals(frame["title"], pd.Series([[]] * len(frame)), frame["game_name"])
    matrix = features(
        signals["normalised_text"].tolist(), [normalise(g) for g in frame["game_name"]], signals["category_kind"].tolist()
    )
    labels = np.array([ALL_TYPES.index(e.label) for e in examples])
    return matrix, labels, signals


def _held_out_template(template: str) -> bool:
    return zlib.crc32(template.encode()) % 4 == 0


def train(n_examples: int = 24_000, seed: int = 20261126) -> tuple[TitleClassifier, dict]:
    examples = corpus.generate(n_examples, seed)
    held_out = np.array([_held_out_template(e.template) for e in examples])
    matrix, labels, signals = _design(examples)
    model = LogisticRegression(C=20.0, max_iter=300)
    model.fit(matrix[~held_out], labels[~held_out])
    classifier = TitleClassifier(model.coef_.astype(np.float32), model.intercept_, np.zeros(3))
    probabilities = classifier.probabilities(matrix[held_out])
    rule_scores = signals["rule_content_score"].to_numpy()[held_out]
    inputs = stacker_inputs(probabilities, rule_scores)
    is_violation = labels[held_out] != ALL_TYPES.index("none")
    stacker = LogisticRegression(C=1.0, fit_intercept=False).fit(inputs, is_violation)
    classifier = TitleClassifier(classifier.coef, classifier.intercept, stacker.coef_[0])
    predicted = classifier.violation_probability(probabilities, rule_scores) >= 0.5
    report = {
        "examples": len(examples),
        "held_out_examples": int(held_out.sum()),
        "held_out_class_accuracy": float((probabilities.argmax(axis=1) == labels[held_out]).mean()),
        "held_out_violation_accuracy": float((predicted == is_violation).mean()),
        "stacker_weights": [round(float(w), 3) for w in stacker.coef_[0]],
    }
    return classifier, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=24_000)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args()
    started = time.perf_counter()
    classifier, report = train(args.examples, args.seed)
    classifier.save(SHIPPED_MODEL)
    print({**report, "seconds": round(time.perf_counter() - started, 1), "written": str(SHIPPED_MODEL)})


if __name__ == "__main__":
    main()
