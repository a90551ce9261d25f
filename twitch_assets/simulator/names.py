"""Logins and display names, vectorised over streamers.

A login ends with a fixed-length code that is a bijection of the streamer's number, so logins are
unique without a global de-duplication pass. Display names follow the login's letters, except for
the localized names Twitch allows, which here come in the streamer's own script.
"""

from __future__ import annotations

import numpy as np

from .hashing import integers, uniform

_HANDLE_WORDS = [
    "shadow", "fox", "pixel", "night", "owl", "wolf", "lazy", "panda", "ninja", "ghost", "storm", "cozy",
    "frost", "lucky", "mango", "turbo", "bear", "raven", "salty", "tiger", "chill", "noob", "pro", "king",
    "queen", "dark", "lord", "potato", "gamer", "taco", "spicy", "neko", "kitsune", "loco", "pepe", "vibe",
    "sleepy", "captain", "doctor", "mister", "lil", "big", "sir", "zero", "nova", "luna", "sol", "rio",
    "hydra", "fuego", "bruja", "chico", "junge", "frosch", "mec", "ragazzo", "gato", "lobo", "kaiser",
    "zorro", "papi", "mama", "chef", "bard", "monk", "tank", "heal", "snipe", "clutch", "rush",
]
_HANDLE_PATTERNS = ["{a}{b}{t}", "{a}_{b}_{t}", "{a}{t}", "the{a}{b}{t}", "{a}{b}tv{t}", "x{a}x{t}", "{a}_{t}"]

_CODE_ALPHABET = np.array(list("abcdefghijklmnopqrstuvwxyz0123456789"))
_CODE_MULTIPLIER = 2654435761  # odd and not a multiple of 3: a bijection modulo 36**k

# Localized display names in the streamer's script, keyed by language code.
_NATIVE_PARTS = {
    "ja": ["夜", "桜", "猫", "狐", "ゆき", "たろう", "ゲーム", "配信", "さくら", "ハル", "まったり", "にゃん"],
    "ko": ["밤", "하늘", "고양이", "여우", "민수", "지우", "게임", "방송", "별빛", "토끼", "감자", "호랑이"],
    "zh": ["小", "龙", "猫", "星", "游戏", "主播", "阿", "明", "月", "风", "熊猫", "老王"],
    "zh-hk": ["阿", "仔", "星", "遊戲", "港", "貓", "龍", "直播"],
    "ru": ["Тёмный", "Лис", "Кот", "Волк", "Саша", "Мишка", "Стример", "Игрок", "Дима", "Ёжик"],
    "uk": ["Козак", "Лис", "Сонце", "Їжак", "Тарас", "Гравець", "Ґава"],
    "ar": ["\u200fصقر", "نجم", "ليث", "أبو", "فهد", "ذئب", "قمر", "سلطان"],
    "th": ["แมว", "น้อง", "เกม", "ไลฟ์", "ฟ้า", "ดาว", "หมี"],
    "el": ["Λύκος", "Αετός", "Νίκος", "Παίκτης", "Ήλιος"],
    "hi": ["शेर", "राजा", "गेमर", "तारा", "भाई"],
    "es": ["Señor", "Niño", "Peña", "Muñeco", "Ñandú", "Corazón"],
    "pt": ["Ação", "João", "Pão", "Coração", "Mãe"],
    "fr": ["Élodie", "Gaëlle", "Frère", "Château", "Crème"],
    "de": ["Müller", "Bär", "Größe", "Fuchs", "Käse"],
    "tr": ["Çılgın", "Şahin", "Ağa", "Gölge", "Işık"],
    "pl": ["Żubr", "Łoś", "Ślimak", "Jeż", "Ćma"],
}
_EMOJI = ["", "", "", "", "🦊", "🌙", "🔥", "✨", "🎮", "👑"]


def login_codes(numbers: np.ndarray, width: int) -> np.ndarray:
    """Unique base-36 codes of ``width`` characters for distinct numbers below 36**width."""
    permuted = (numbers.astype(np.int64) * _CODE_MULTIPLIER) % (36**width)
    digits = np.empty((len(numbers), width), dtype="<U1")
    for position in range(width - 1, -1, -1):
        digits[:, position] = _CODE_ALPHABET[permuted % 36]
        permuted //= 36
    return digits.view(f"<U{width}").ravel().astype(object)  # rows of one-char cells read as strings


def code_width(count: int) -> int:
    width = 4
    while 36**width < count:
        width += 1
    return width


def make_logins(seed: int, numbers: np.ndarray, width: int) -> list[str]:
    codes = login_codes(numbers, width)
    a = integers(seed, "login/a", len(_HANDLE_WORDS), numbers)
    b = integers(seed, "login/b", len(_HANDLE_WORDS), numbers)
    pattern = integers(seed, "login/pattern", len(_HANDLE_PATTERNS), numbers)
    return [
        _HANDLE_PATTERNS[p].format(a=_HANDLE_WORDS[x], b=_HANDLE_WORDS[y], t=code)
        for p, x, y, code in zip(pattern.tolist(), a.tolist(), b.tolist(), codes)
    ]


def _styled(login: str, style: int) -> str:
    if style == 0:
        return login.upper()
    if style <= 5:
        return "_".join(part[:1].upper() + part[1:] for part in login.split("_"))
    return login


def make_display_names(seed: int, numbers: np.ndarray, logins: list[str], languages: np.ndarray) -> list[str]:
    style = integers(seed, "display/style", 10, numbers).tolist()  # 0: UPPER, 1-5: Title, else as login
    localize = (uniform(seed, "display/localize", numbers) < 0.45).tolist()
    part_a = integers(seed, "display/a", 1 << 20, numbers).tolist()
    part_b = integers(seed, "display/b", 1 << 20, numbers).tolist()
    emoji = integers(seed, "display/emoji", len(_EMOJI), numbers).tolist()
    names = []
    for i, login in enumerate(logins):
        parts = _NATIVE_PARTS.get(languages[i])
        if parts and localize[i]:
            names.append(parts[part_a[i] % len(parts)] + parts[part_b[i] % len(parts)] + _EMOJI[emoji[i]])
        else:
            names.append(_styled(login, style[i]))
    return names
