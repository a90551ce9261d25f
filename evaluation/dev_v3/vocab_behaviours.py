"""Behaviour table: how many streamers of each kind, their session pattern, language mode, audience and category."""

import math
import vocab_games as VG
import vocab_langs as VL
import vocab_sports as VS
import vocab_works_world as VW

# (behaviour, streamers, session pattern, language mode, violation type or None)
SPEC = [
    ("gaming_ordinary", 6150, "normal", "normal", None), ("ranked_grind", 1500, "normal", "normal", None),
    ("just_chatting", 2400, "normal", "normal", None), ("irl_stream", 350, "normal", "normal", None),
    ("creative_art", 350, "normal", "normal", None), ("asmr", 120, "normal", "normal", None),
    ("own_music_performance", 350, "normal", "normal", None), ("dj_set", 140, "normal", "normal", None),
    ("royalty_free_radio_247", 40, "allday", "normal", None), ("chess", 150, "normal", "normal", None),
    ("food_drink", 80, "normal", "normal", None), ("coding_gamedev", 120, "normal", "normal", None),
    ("science_tech", 60, "normal", "normal", None), ("animal_cam_247", 40, "allday", "normal", None),
    ("retro_gaming", 160, "normal", "normal", None), ("slots_casino", 150, "normal", "normal", None),
    ("other_special_category", 250, "normal", "normal", None), ("obscure_game_tiny", 300, "normal", "normal", None),
    ("sports_game_real_teams", 750, "normal", "normal", None), ("sports_talk_no_footage", 260, "match_or_normal", "normal", None),
    ("fantasy_betting_talk", 80, "normal", "normal", None), ("film_tv_talk_no_footage", 260, "normal", "normal", None),
    ("official_rights_holder", len(__import__("vocab_hard").OFFICIAL), "normal_long", "fixed", None),
    ("esports_official", len(__import__("vocab_hard").OFFICIAL_ESPORTS), "normal_long", "fixed", None),
    ("esports_watch_party", 150, "normal", "normal", None), ("ingame_movie_night", 60, "normal", "normal", None),
    ("filmmaking_in_game", 50, "normal", "normal", None), ("rp_series_episode", 500, "normal", "normal", None),
    ("tabletop_episode", 80, "normal", "normal", None), ("podcast_episode", 200, "normal", "normal", None),
    ("charity_marathon", 50, "long", "normal", None), ("subathon_24h", 120, "long", "normal", None),
    ("legit_hop", 120, "legit_hop", "normal", None), ("viewbot_spike", 60, "viewbot", "normal", None),
    ("placeholder_title_habitual", 450, "normal", "normal", None), ("uncategorised_negative", 300, "normal", "normal", None),
    ("tricky_words_in_name_or_title", 300, "normal", "normal", None), ("licensed_game_own_category", 450, "normal", "normal", None),
    # positives
    ("film_tv_named", 50, "pirate", "pirate", "film_tv"), ("film_tv_disguised", 50, "pirate", "pirate", "film_tv"),
    ("loop_247_show", 15, "allday", "pirate", "film_tv"), ("loop_247_tv_channel", 8, "allday", "pirate", "mixed"),
    ("loop_247_chart_radio", 7, "allday", "pirate", "music"), ("concert_rebroadcast", 10, "pirate", "pirate", "music"),
    ("sports_pirate_named", 34, "match", "pirate", "live_sports"), ("sports_pirate_in_sports_game", 18, "match", "pirate", "live_sports"),
    ("sports_pirate_disguised", 18, "match", "pirate", "live_sports"), ("ppv_rebroadcast", 14, "pirate", "pirate", "ppv"),
    ("pirate_special_events", 10, "pirate", "pirate", "mixed"), ("pirate_uncategorised", 10, "pirate", "pirate", "mixed"),
    ("film_in_matching_game_category", 10, "pirate", "pirate", "film_tv"), ("pirate_hop_obscure", 8, "pirate_hop", "pirate", "mixed"),
    ("evasive_hop", 14, "evasive", "normal", "mixed"),
]

MATCHING_GAME = [("A Minecraft Movie", "Minecraft"), ("The Super Mario Galaxy Movie", "Super Mario Bros. Wonder"),
                 ("Five Nights at Freddy's 2", "Five Nights at Freddy's: Security Breach"), ("Sonic the Hedgehog 3", "Sonic Frontiers"),
                 ("One Piece", "One Piece Odyssey"), ("Dragon Ball Super", "Dragon Ball: Sparking! ZERO"),
                 ("Demon Slayer: Infinity Castle", "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles 2"),
                 ("The Simpsons", "The Simpsons: Hit & Run"), ("Squid Game", "Squid Game: Unleashed"), ("Naruto Shippuden", "Naruto x Boruto Ultimate Ninja Storm Connections"),
                 ("Attack on Titan", "Attack on Titan 2"), ("SpongeBob SquarePants", "SpongeBob SquarePants: The Cosmic Shake"),
                 ("South Park", "South Park: The Stick of Truth"), ("Stranger Things", "Stranger Things 3: The Game"), ("Bluey", "Bluey: The Videogame"),
                 ("Harry Potter and the Philosopher's Stone", "Hogwarts Legacy"), ("The Lord of the Rings: The Return of the King", "The Lord of the Rings: Return to Moria"),
                 ("The Dark Knight", "Batman: Arkham Knight"), ("Shrek 2", "Shrek SuperSlam"), ("Dune: Part Two", "Dune: Awakening"),
                 ("Jujutsu Kaisen", "Jujutsu Kaisen Cursed Clash"), ("The Godfather", "The Godfather")]

LANG_GAME_BOOST = {
    "ru": {"Dota 2": 5, "Counter-Strike": 3, "World of Tanks": 8, "Escape from Tarkov": 2}, "uk": {"Dota 2": 4, "Counter-Strike": 3, "World of Tanks": 6},
    "pt": {"Counter-Strike": 2, "League of Legends": 1.5, "Free Fire": 10, "Grand Theft Auto V": 2}, "es": {"Fortnite": 1.5, "Minecraft": 1.5, "Grand Theft Auto V": 2, "League of Legends": 1.5},
    "ko": {"League of Legends": 4, "MapleStory": 10, "Lost Ark": 10}, "ja": {"Street Fighter 6": 5, "Apex Legends": 3, "Monster Hunter Wilds": 3, "VALORANT": 2},
    "tr": {"VALORANT": 2, "Counter-Strike": 2, "PUBG: BATTLEGROUNDS": 2, "Metin2": 20}, "de": {"Minecraft": 1.5, "Grand Theft Auto V": 1.5},
    "fr": {"League of Legends": 1.5, "Grand Theft Auto V": 1.5}, "pl": {"Counter-Strike": 2.5, "Tibia": 10, "Metin2": 10},
    "th": {"Mobile Legends: Bang Bang": 15, "Free Fire": 10, "PUBG: BATTLEGROUNDS": 3}, "id": {"Mobile Legends: Bang Bang": 20, "Free Fire": 10},
    "vi": {"League of Legends": 2, "Free Fire": 10}, "tl": {"Mobile Legends: Bang Bang": 20, "Dota 2": 3}, "zh": {"League of Legends": 2, "Genshin Impact": 2},
    "hi": {"Free Fire": 5, "Grand Theft Auto V": 2, "Minecraft": 2}, "ar": {"Fortnite": 2, "Call of Duty: Warzone": 2},
}

HEAD_NAMES = [g[0] for g in VG.HEAD]
HEAD_SHORT = {g[0]: g[3] for g in VG.HEAD}
MID_NAMES = [g[0] for g in VG.MID]
SPORT_NAMES = {g[0] for g in VG.SPORTS_GAMES}
LICENSED_NAMES = {g[0] for g in VG.LICENSED}
COMPETITIVE = {"League of Legends", "Counter-Strike", "VALORANT", "Fortnite", "Call of Duty: Warzone", "Marvel Rivals", "Apex Legends", "Dota 2",
               "Overwatch 2", "Teamfight Tactics", "Rainbow Six Siege X", "Deadlock", "PUBG: BATTLEGROUNDS", "Hearthstone", "Street Fighter 6",
               "Delta Force", "Battlefield 6", "Tekken 8", "Super Smash Bros. Ultimate", "Clash Royale", "Mobile Legends: Bang Bang", "Brawl Stars",
               "Rocket League", "EA Sports FC 26", "Free Fire", "StarCraft II", "Age of Empires II", "osu!", "Halo Infinite", "War Thunder", "World of Tanks",
               "Hunt: Showdown 1896", "Yu-Gi-Oh! Master Duel", "Magic: The Gathering", "Pokémon Trading Card Game Pocket"}
MATURE = {g[0] for g in VG.HEAD if g[2]} | {g[0] for g in VG.MID if g[1]}


def loguni(rng, lo, hi):
    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))


def pareto(rng, alpha=0.82, cap=120000):
    return min(cap, int((1.0 / (1.0 - rng.random())) ** (1.0 / alpha)) - 1)


BIG_SPECIAL = {"IRL", "Sports", "Special Events", "Talk Shows & Podcasts", "Music", "Chess", "Slots", "Art", "Food & Drink", "DJs"}


def audience_cap(game, beh):
    """Very large audiences live in head games and Just Chatting; niche categories stay smaller."""
    if beh in ("official_rights_holder", "esports_official", "evasive_hop"):
        return 10 ** 6
    if game in HEAD_NAMES or game == "Just Chatting":
        return 120000
    if game in MID_NAMES or game in BIG_SPECIAL or game in SPORT_NAMES or game in LICENSED_NAMES:
        return 25000
    return 4000


def pick_lang(rng, mode):
    langs = list(VL.WEIGHTS)
    w = [VL.WEIGHTS[l] * (VL.PIRATE_TILT.get(l, 1.0) if mode == "pirate" else 1.0) for l in langs]
    return rng.choices(langs, w)[0]


def _boosted(rng, names, base_w, lang):
    b = LANG_GAME_BOOST.get(lang, {})
    return rng.choices(names, [bw * b.get(n, 1.0) for n, bw in zip(names, base_w)])[0]


def head_game(rng, lang, top=None):
    names, w = HEAD_NAMES[:top] if top else HEAD_NAMES, [g[1] for g in VG.HEAD][:top] if top else [g[1] for g in VG.HEAD]
    return _boosted(rng, names, w, lang)


def mid_game(rng, lang):
    return _boosted(rng, MID_NAMES, [1.0] * len(MID_NAMES), lang)


def any_game(rng, lang, med):
    p_head = 0.78 if med >= 500 else (0.55 if med >= 40 else 0.38)
    r = rng.random()
    if r < p_head:
        return head_game(rng, lang)
    if r < 0.985:
        return mid_game(rng, lang)
    return rng.choice(VG.OBSCURE_LIST)


def short(rng, game):
    if game in HEAD_SHORT and rng.random() < 0.6:
        return rng.choice(HEAD_SHORT[game])
    return game


def pirate_category(rng, lang, kind):
    """Where a pirate puts a rebroadcast (kind: film, sport, music, ppv)."""
    r = rng.random()
    if kind == "sport":
        opts = [("Sports", 0.45), ("Just Chatting", 0.25), ("Special Events", 0.08), ("obscure", 0.1), ("", 0.04), ("head", 0.08)]
    elif kind == "music":
        opts = [("Music", 0.55), ("Just Chatting", 0.2), ("Special Events", 0.08), ("DJs", 0.07), ("obscure", 0.05), ("", 0.05)]
    elif kind == "ppv":
        opts = [("Sports", 0.4), ("Just Chatting", 0.25), ("EA Sports UFC 5", 0.12), ("Special Events", 0.1), ("obscure", 0.08), ("", 0.05)]
    else:
        opts = [("Just Chatting", 0.42), ("head", 0.14), ("mid", 0.1), ("obscure", 0.12), ("IRL", 0.04), ("Talk Shows & Podcasts", 0.04),
                ("Retro", 0.04), ("Art", 0.03), ("Special Events", 0.03), ("", 0.04)]
    acc = 0.0
    for name, p in opts:
        acc += p
        if r < acc:
            break
    if name == "head":
        return head_game(rng, lang)
    if name == "mid":
        return mid_game(rng, lang)
    if name == "obscure":
        return "obscure"
    return name


SPORT_GAME_FOR = {"football": ["EA Sports FC 26", "EA Sports FC 26", "eFootball", "FIFA 23", "Pro Evolution Soccer 2021"], "basketball": ["NBA 2K26"],
                  "hockey": ["NHL 26"], "cricket": ["Cricket 24"], "kabaddi": ["Cricket 24", "EA Sports FC 26"], "tennis": ["TopSpin 2K25"],
                  "snooker": ["PGA TOUR 2K25"], "volleyball": ["EA Sports FC 26"], "nba": ["NBA 2K26"], "nfl": ["Madden NFL 26"], "f1": ["F1 25"]}


def sports_content(rng, mode_replay, lang_mode="pirate"):
    """A fixture for a sports pirate. Returns (lang, dict). Live fixtures chosen by language of their audience."""
    if not mode_replay:
        fx = rng.choices(VS.FIXTURES, [4 if f[1] == "UEFA Champions League" else 1.5 for f in VS.FIXTURES])[0]
        langs = list(fx[5])
        lang = rng.choices(langs, [VL.WEIGHTS.get(l, 0.1) * VL.PIRATE_TILT.get(l, 1) for l in langs])[0]
        return lang, {"sport": fx[0], "lg": fx[1], "a": fx[2], "b": fx[3], "ko": fx[4]}
    lang = pick_lang(rng, lang_mode)
    sport = rng.choices(["football", "nba", "nfl", "cricket", "f1", "khl"], [8, 1.5, 1, 1.2, 0.8, 0.6])[0]
    if sport == "f1":
        return lang, {"sport": "f1", "lg": "F1", "a": rng.choice(VS.F1_RACES), "b": "full race", "ko": None}
    a, b, lg = VS.sport_pair(rng, lang, sport)
    return lang, {"sport": {"khl": "hockey"}.get(sport, sport), "lg": lg, "a": a, "b": b, "ko": None}


def film_work(rng, lang, loop=False):
    kinds = VW.KINDS_LOOPABLE if loop else None
    return VW.works_for(lang, rng, kinds)


def tv_channel(rng, lang):
    local = [c for c in VW.TV_CHANNELS if c[1] == lang]
    return rng.choice(local if local and rng.random() < 0.85 else VW.TV_CHANNELS)
