"""Title and tag choice for a streamer in a given state ("main", "pre", "hop", "ret", "spike")."""

import vocab_behaviours as B
import vocab_hard as VH
import vocab_langs as VL
import vocab_sports as VS
import vocab_titles as T

_SLOTS = ["!bonus big wins 🎰 {cmd}", "slots w/ chat | 18+ | play responsibly", "bonus hunt #{n} 🎰", "slots & chill 18+", "bonus buys only lol {cmd}"]
OWN_LEAGUE = {"lec": "LEC", "lck": "LCK", "cblol": "CBLOL", "lvpes": "Superliga", "otplol_": "LFL", "eslcs": "ESL Pro League", "blastpremier": "BLAST Premier",
              "pgl": "PGL", "valorant_americas": "VCT Americas", "valorant_emea": "VCT EMEA", "esl_dota2": "DreamLeague", "rocketleague": "RLCS",
              "mpl_id": "MPL ID", "capcomfighters": "Capcom Pro Tour"}
_HARD_KEY = {"creative_art": "art", "asmr": "asmr", "own_music_performance": "own_music", "dj_set": "dj", "royalty_free_radio_247": "lofi",
             "chess": "chess", "food_drink": "food", "coding_gamedev": "coding", "science_tech": "science", "animal_cam_247": "animals",
             "ingame_movie_night": "movie_night_ingame", "filmmaking_in_game": "filmmaking", "rp_series_episode": "rp_episode",
             "tabletop_episode": "tabletop", "podcast_episode": "podcast", "charity_marathon": "charity", "subathon_24h": "subathon",
             "uncategorised_negative": "uncat"}


def _gaming(rng, s):
    g = s["game"] if s["game"] else "games"
    for _ in range(10):
        t = VL.pick(s["lang"], "game", rng)
        if "{rank}" not in t or g in B.COMPETITIVE:
            break
    return T.fill(rng, t, s["lang"], g=B.short(rng, g))


def _placeholder(rng, lang):
    return rng.choice(VL.field(lang, "ph") + VL.EN["ph"][:12])


def _mixed(rng, s):
    c, lang = s["content"], s["lang"]
    vt = s["vt"]
    if vt == "film_tv":
        if rng.random() < 0.65:
            return T.film_named(rng, lang, c["work"]), None
        return T.film_disguised(rng, lang, c["work"])
    if vt == "live_sports":
        if rng.random() < 0.7:
            return T.sport_named(rng, lang, c["a"], c["b"], c["lg"], c.get("sport", "football")), None
        return T.sport_disguised(rng, lang, c["a"], c["b"], c["lg"], c.get("sport", "football"))
    if vt == "ppv":
        return T.ppv_title(rng, lang, disguise=rng.random() < 0.3)
    return T.music_title(rng, lang), None


def title(rng, s, state):
    """Return (title, disguise technique or None)."""
    beh, lang, c, g = s["beh"], s["lang"], s["content"], s["game"]
    if beh == "evasive_hop":
        return (_placeholder(rng, lang), "placeholder") if state == "hop" else (T.decorate(rng, _gaming(rng, s), lang), None)
    if beh == "legit_hop":
        if state == "hop":
            if c.get("ng"):
                return T.hard(rng, "legit_hop", lang, ng=c["ng"]), None
            return T.hard(rng, "legit_hop_retro", lang, og=c["og"]), None
        return T.decorate(rng, _gaming(rng, s), lang), None
    if beh in _HARD_KEY:
        w = c.get("work", {}).get("name", "Frieren")
        return T.decorate(rng, T.hard(rng, _HARD_KEY[beh], lang, g=B.short(rng, g or "Minecraft"), gfull=g, w=w, a=c.get("a", "Arsenal")), lang), None
    if beh in ("gaming_ordinary", "obscure_game_tiny"):
        return T.decorate(rng, _gaming(rng, s), lang), None
    if beh == "esports_watch_party" or beh == "esports_official":
        lges, teams = VS.ESPORTS[g]
        t1, t2 = rng.sample(teams, 2)
        key = "esports_watch" if beh == "esports_watch_party" else "esports_official"
        lge = OWN_LEAGUE.get(s["login"]) or rng.choice(lges)
        return T.hard(rng, key, lang, lge=lge, t1=t1, t2=t2, n=str(rng.randint(1, 9))), None
    if beh == "ranked_grind":
        return T.decorate(rng, T.ranked(rng, lang, B.short(rng, g)), lang), None
    if beh == "just_chatting":
        return T.decorate(rng, T.fill(rng, VL.pick(lang, "chat", rng), lang), lang), None
    if beh == "irl_stream":
        if g == "Food & Drink":
            return T.hard(rng, "food", lang), None
        return T.decorate(rng, T.fill(rng, VL.pick(lang, "irl", rng), lang), lang), None
    if beh == "retro_gaming":
        return T.hard(rng, "retro", lang, og=c["og"]), None
    if beh == "slots_casino":
        return T.fill(rng, rng.choice(_SLOTS), lang), None
    if beh == "other_special_category":
        if g == "Fitness & Health":
            return T.hard(rng, "fitness", lang, n=str(rng.randint(1, 30))), None
        return T.decorate(rng, T.fill(rng, VL.pick(lang, "chat", rng), lang), lang), None
    if beh == "sports_game_real_teams" and c.get("sport") == "none":
        return T.decorate(rng, _gaming(rng, s), lang), None
    if beh == "sports_game_real_teams" and c.get("sport") in ("f1", "cricket"):
        tb = {"f1": {"en": ["{g} career mode w/ {f} | race {n}", "{g} My Team season {n}", "{g} ranked lobbies | {cmd}", "{g} time trial grind"]},
              "cricket": {"en": ["{g} career mode: {a} ep {n}", "{a} vs {b} Test sim in {g}", "{g} online w/ viewers", "{g} IPL-style tournament w/ chat"]}}[c["sport"]]
        return T.decorate(rng, T.hard(rng, None, lang, table=tb, g=g, a=c["a"], b=c["b"], f=rng.choice(c.get("fighters") or ["Norris"])), lang), None
    if beh == "sports_game_real_teams" and c.get("fighters"):
        f, f2 = rng.sample(c["fighters"], 2)
        return T.decorate(rng, T.hard(rng, None, lang, table=VH.SPORT_GAME_FIGHT, g=B.short(rng, g), f=f, f2=f2), lang), None
    if beh == "sports_game_real_teams" and c.get("sport") != "football":
        return T.decorate(rng, T.hard(rng, None, lang, table=VH.SPORT_GAME_US, g=g, a=c["a"], b=c["b"]), lang), None
    if beh == "sports_game_real_teams":
        return T.decorate(rng, T.hard(rng, "sports_game", lang, a=c["a"], b=c["b"], lg=c["lg"], g=B.short(rng, g)), lang), None
    if beh == "sports_talk_no_footage":
        return T.fill(rng, VL.pick(lang, "talk_s", rng), lang, a=c["a"], b=c["b"], lg=c["lg"]), None
    if beh == "fantasy_betting_talk":
        from vocab_content import BETTING_WORDS
        lst = [t for t in VL.field(lang, "talk_s") if any(k in t for k in BETTING_WORDS)] or [t for t in VL.EN["talk_s"] if any(k in t for k in BETTING_WORDS)]
        return T.fill(rng, rng.choice(lst), lang, a=c["a"], b=c["b"], lg=c["lg"], n=str(rng.randint(1, 20))), None
    if beh == "film_tv_talk_no_footage":
        w = c["work"]["name"] if rng.random() < 0.8 or not c["work"]["abbr"] else c["work"]["abbr"][0]
        return T.fill(rng, T.work_tpl(rng, lang, "talk_f", c["work"]), lang, w=w), None
    if beh == "official_rights_holder":
        return T.fill(rng, rng.choice(s["otitles"]), lang, w=c["work"]["name"], g="Fortnite", n=str(rng.randint(1, 12))), None
    if beh == "viewbot_spike":
        return (_placeholder(rng, lang) if c.get("ph") else T.decorate(rng, _gaming(rng, s), lang)), None
    if beh == "placeholder_title_habitual":
        return _placeholder(rng, lang), None
    if beh == "tricky_words_in_name_or_title":
        if rng.random() < 0.6:
            return T.hard(rng, "tricky", lang, g=B.short(rng, g or "Fortnite")), None
        return T.decorate(rng, _gaming(rng, s), lang), None
    if beh == "licensed_game_own_category":
        return T.decorate(rng, T.hard(rng, "licensed", lang, g=g, lic=c["lic"]), lang), None
    # ---- positives ----
    if beh == "film_tv_named":
        return T.film_named(rng, lang, c["work"]), None
    if beh == "film_tv_disguised":
        return T.film_disguised(rng, lang, c["work"])
    if beh == "loop_247_show":
        return T.loop_title(rng, lang, c["work"], disguise=rng.random() < 0.35)
    if beh == "loop_247_tv_channel":
        return T.channel_title(rng, lang, c["chan"]), None
    if beh == "loop_247_chart_radio":
        return T.music_title(rng, lang, radio_only=True), None
    if beh == "concert_rebroadcast":
        return T.music_title(rng, lang), None
    if beh in ("sports_pirate_named", "sports_pirate_in_sports_game", "sports_pirate_disguised"):
        if beh == "sports_pirate_named" or (beh == "sports_pirate_in_sports_game" and rng.random() < 0.6):
            return T.sport_named(rng, lang, c["a"], c["b"], c["lg"], c["sport"]), None
        return T.sport_disguised(rng, lang, c["a"], c["b"], c["lg"], c["sport"])
    if beh == "ppv_rebroadcast":
        return T.ppv_title(rng, lang, disguise=rng.random() < 0.4)
    if beh in ("pirate_special_events", "pirate_uncategorised", "pirate_hop_obscure"):
        return _mixed(rng, s)
    if beh == "film_in_matching_game_category":
        if rng.random() < 0.6:
            return T.film_named(rng, lang, c["work"]), None
        return T.film_disguised(rng, lang, c["work"])
    return T.decorate(rng, _gaming(rng, s), lang), None


def tags(rng, s):
    lang, vt, beh = s["lang"], s["vt"], s["beh"]
    out = []
    if rng.random() < (0.45 if lang == "en" else 0.75):
        out.append(VL.LANG.get(lang, VL.EN)["tag"])
    if lang in T.REGION_TAGS and rng.random() < 0.3:
        out.append(rng.choice(T.REGION_TAGS[lang]))
    pool = T.GAME_TAGS
    if vt in T.PIRATE_TAGS and beh != "evasive_hop" and rng.random() < 0.7:
        pool = T.PIRATE_TAGS[vt]
        if vt == "film_tv":
            pool = pool + T.FILM_TAGS_LANG.get(lang, []) * 2
        elif vt == "live_sports":
            pool = pool + T.SPORT_TAGS.get(s["content"].get("sport", "football"), T.SPORT_TAGS["football"]) * 2
    elif beh in ("film_tv_talk_no_footage", "podcast_episode") and rng.random() < 0.5:
        pool = T.PIRATE_TAGS["film_tv"][:6] + ["Review", "Discussion", "NoSpoilers", "Podcast"]
    elif beh in ("sports_talk_no_footage", "fantasy_betting_talk", "sports_game_real_teams") and rng.random() < 0.6:
        pool = T.PIRATE_TAGS["live_sports"][:6] + ["FantasyFootball", "Betting", "CareerMode", "Ultimate Team".replace(" ", "")]
    elif beh in ("own_music_performance", "dj_set", "royalty_free_radio_247", "loop_247_chart_radio", "concert_rebroadcast"):
        pool = ["Music", "Lofi", "DJ", "Techno", "House", "247", "Chill", "Study", "Original", "LiveMusic", "Guitar", "Singing", "CopyrightFree"]
    if s["med"] > 300:
        pool = [t for t in pool if t != "SmallStreamer"]
    k = rng.choice([0, 1, 2, 2, 3, 4, 5])
    for t in rng.sample(pool, min(k, len(pool))):
        if t not in out:
            out.append(t)
    return out[:10]
