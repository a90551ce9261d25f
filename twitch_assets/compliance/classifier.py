"""The local judge's learned part: a multilingual character n-gram classifier of titles.

Features are hashed (no vocabulary to ship): character 2-5-grams and word 1-2-grams of the
normalised title, plus the words of the category and its kind, so the model learns whether a title
fits where it is streamed. The model is multinomial logistic regression over film_tv, live_sports,
ppv, music, none. A second, three-weight logistic "stacker" turns the classifier's violation
log-odds and the explicit rule score into one violation probability.
Weights ship in ``data/local_judge.npz`` (see ``training``); nothing is fetched at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from twitch_assets.compliance.lexicon import ALL_TYPES

SHIPPED_MODEL = Path(__file__).parent / "data" / "local_judge.npz"
MODEL_VERSION = "charngram-lr-v1"

_TITLE_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**18, alternate_sign=False, norm="l2")
_TITLE_WORDS = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=2**16, alternate_sign=False, norm="l2",
                                 token_pattern=r"[^ ]+")
_CATEGORY = HashingVectorizer(analyzer="word", n_features=2**12, alternate_sign=False, norm="l2", token_pattern=r"[^ ]+")
N_FEATURES = 2**18 + 2**16 + 2**12


def features(normalised_titles: list[str], normalised_categories: list[str], category_kinds: list[str]) -> sp.csr_matrix:
    categories = [f"{c} kind_{k}" for c, k in zip(normalised_categories, category_kinds)]
    return sp.hstack(
        [_TITLE_CHARS.transform(normalised_titles), _TITLE_WORDS.transform(normalised_titles), _CATEGORY.transform(categories)],
        format="csr",
    )


@dataclass(frozen=True)
class TitleClassifier:
    coef: np.ndarray  # classes x features
    intercept: np.ndarray  # classes
    stacker: np.ndarray  # bias, classifier log-odds, rule score / 100

    classes = ALL_TYPES

    @classmethod
    def load(cls, path: Path = SHIPPED_MODEL) -> "TitleClassifier":
        with np.load(path) as saved:
            coef = sp.csr_matrix((saved["data"], saved["indices"], saved["indptr"]), shape=tuple(saved["shape"]))
            return cls(coef.toarray().astype(np.float32), saved["intercept"], saved["stacker"])

    def save(self, path: Path) -> None:
        coef = sp.csr_matrix(self.coef.astype(np.float32))
        np.savez_compressed(path, data=coef.data, indices=coef.indices, indptr=coef.indptr, shape=np.array(coef.shape),
                            intercept=self.intercept, stacker=self.stacker)

    def probabilities(self, matrix: sp.csr_matrix) -> np.ndarray:
        logits = np.asarray(matrix @ self.coef.T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def violation_probability(self, class_probabilities: np.ndarray, rule_scores: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(stacker_inputs(class_probabilities, rule_scores) @ self.stacker)))


def stacker_inputs(class_probabilities: np.ndarray, rule_scores: np.ndarray) -> np.ndarray:
    p_none = np.clip(class_probabilities[:, ALL_TYPES.index("none")], 1e-6, 1 - 1e-6)
    log_odds = np.log((1 - p_none) / p_none)
    return np.column_stack([np.ones(len(p_none)), log_odds, np.asarray(rule_scores) / 100.0])
