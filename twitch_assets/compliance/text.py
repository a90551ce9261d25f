"""Text normalisation shared by the rules, the classifier, the cache key and the injection guard.

Titles are untrusted and written to dodge filters: full-width letters, accents, zero-width
characters, emoji and punctuation between the words. Everything downstream matches on one
normal form: NFKC-folded, accents stripped, lower case, runs of non-word characters as one space.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_ZERO_WIDTH_IN_WORD = re.compile(r"\w[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]+\w")
# Accents are the marks of the combining-diacritics blocks ("película", "ç", "й" decomposed): folded
# away. The marks that are part of other scripts' letters (Thai and Devanagari vowels, kana voicing)
# stay, and belong to the word they are in.
_ACCENTS = {cp: None for start, end in ((0x300, 0x370), (0x483, 0x48A), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00),
                                        (0x20D0, 0x2100), (0xFE20, 0xFE30)) for cp in range(start, end)}
# Latin letters whose accent is part of the letter (no decomposition): "canlı", "Wisła", "Đá bóng".
_ACCENTS |= str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                           "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h"})
_MARKS = "".join(chr(cp) for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp))[0] == "M")
_NON_WORD = re.compile(f"[^\\w{re.escape(_MARKS)}]+|_+")
# Where a title splits into independent statements; an injected instruction is dropped whole.
_SEGMENT_BREAK = re.compile(r"[.!?;:|\n\[\]{}()<>\u2022\u2014\u2013]+|\s-\s|\s/\s")


def fold_accents(text: str) -> str:
    """``text`` NFKC-folded, without zero-width characters or accents, re-composed (Hangul syllables
    and voiced kana come back whole). Lexicon patterns go through it too, so they meet titles in the
    same form."""
    if text.isascii():
        return text
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text).translate(_ACCENTS))


def normalise(text: object) -> str:
    if not isinstance(text, str) or not text:
        return ""
    return " ".join(_NON_WORD.sub(" ", fold_accents(text).lower()).split())


def segments(text: object) -> list[str]:
    """The title cut at sentence-like breaks, each segment kept as written."""
    if not isinstance(text, str):
        return []
    return [part for part in (p.strip() for p in _SEGMENT_BREAK.split(text)) if part]


def content_key(title: object, game_name: object) -> str:
    """Cache key of what a stream shows: its normalised title and category, hashed."""
    digest = hashlib.sha256(f"{normalise(title)}\x1f{normalise(game_name)}".encode()).hexdigest()
    return digest[:32]


# --- disguised words ------------------------------------------------------------------------------
# Cyrillic and Greek letters that look like Latin ones: folded only inside a word that mixes them with
# Latin letters ("Моrосco"), so Russian or Greek written as such is left alone.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕкмтнвАВЕКМНОРСТХУІЈЅοαειкνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijskmthbABEKMHOPCTXYIJSoaeikvptuxABEZHIKMNOPTYX",
)
_LOOKALIKE_CHARS = frozenset("аеорсухіјѕкмтнвАВЕКМНОРСТХУІЈЅοαειкνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
# Letters in boxes and circles that NFKC leaves alone (🅻🅸🆅🅴, 🇱🇮🇻🇪).
_BOXED = {**{0x1F170 + i: chr(ord("A") + i) for i in range(26)}, **{0x1F1E6 + i: chr(ord("A") + i) for i in range(26)}}
_LEET = str.maketrans("0134578@$", "oieastbas")
_WORD = re.compile(r"\w+|[@$]")
# Numbers that belong in titles: S01E02, 1080p, 4k, 24h, 2x04, FC25, PS5, 60fps, 1st.
_NOT_LEET = re.compile(r"(?:s\d+e\d+|\d+x\d+|\d+(?:p|k|h|fps|st|nd|rd|th)|[a-z]{1,3}\d+|\d+[a-z]{1,2})", re.IGNORECASE)
# Single characters strung with one separator: "w a t c h", "M*a*g*o*m*e*d", "P.e.a.k.y".
# Digits in a word are mostly a name (FC25, PS5, F1), but a word that says what is shown, spelt with
# digits ("fr33", "movi3", "viv0"), is a disguise whatever its shape.
_LEET_CONTENT_WORDS = frozenset({
    "free", "film", "filme", "movie", "movies", "live", "vivo", "full", "stream", "online", "episode", "series",
    "season", "concert", "match", "fight", "watch", "completo", "gratis", "hd"})
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W_]([ *._·~+\-/])(?:[^\W_]\1)+[^\W_](?![^\W_])")


def _fold_word(word: str) -> str:
    if any(c in _LOOKALIKE_CHARS for c in word) and any("a" <= c.lower() <= "z" for c in word):
        word = word.translate(_LOOKALIKES)
    # l for I and I for l: "LlVE" is LIVE, "fuII" is full.
    others = word.replace("l", "").replace("I", "")
    if len(word) >= 3 and others.isalpha():
        if "l" in word and others.isupper():
            word = word.replace("l", "I")
        elif "I" in word[1:] and others.islower():
            word = word[0] + word[1:].replace("I", "l")
    letters = sum(c.isalpha() for c in word)
    digits = [i for i, c in enumerate(word) if c.isdigit()]
    between = any(0 < i < len(word) - 1 and word[i - 1].isalpha() and word[i + 1].isalpha() for i in digits)
    if digits and letters >= 2:
        leet = word.translate(_LEET)
        if leet.isalpha() and ((between or len(digits) >= 2) and not _NOT_LEET.fullmatch(word)
                               or leet.lower() in _LEET_CONTENT_WORDS):
            return leet
    return word


def deobfuscate(text: object) -> str:
    """The title with disguised words spelt plainly: lookalike letters from other scripts, boxed
    letters, leetspeak ("p3licula", "B0c4") and letters strung apart ("w a t c h", "M*a*g*o"). Plain
    titles come back unchanged. Used for matching only; what is stored and shown is the title itself."""
    if not isinstance(text, str) or not text:
        return ""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)).translate(_BOXED)
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(m.group(1), ""), text)
    if _only_lookalikes_beside_latin(text):
        # "АО VIVО", "Benfica х Porto": whole words of lookalikes in a Latin title are Latin too.
        return _WORD.sub(lambda m: _fold_word(m.group(0)), text.translate(_LOOKALIKES))
    return _WORD.sub(lambda m: _fold_word(m.group(0)), text)


def _only_lookalikes_beside_latin(text: str) -> bool:
    """Whether the Cyrillic or Greek letters in ``text`` are all Latin lookalikes and it has Latin
    letters: no Russian or Greek is written with lookalikes alone."""
    foreign = {c for c in text if "\u0370" <= c <= "\u04ff"}
    return bool(foreign) and foreign <= _LOOKALIKE_CHARS and any("a" <= c.lower() <= "z" for c in text)


def is_disguised(text: object) -> bool:
    """Whether the title hides words from plain matching (see ``deobfuscate``); full-width letters too."""
    if not isinstance(text, str) or not text:
        return False
    return (normalise(deobfuscate(text)) != normalise(text) or any("\uff01" <= c <= "\uff5e" for c in text)
            or _ZERO_WIDTH_IN_WORD.search(text) is not None)


def split_at_invisible(text: str) -> str:
    """The title as a plain reader's matcher sees it: a word split by invisible characters
    ("J\u200bo\u200bk\u200be\u200br") stays split, where ``normalise`` would join it."""
    return _ZERO_WIDTH.sub(" ", text)
