"""Per-behaviour streamer profiles (language, audience, usual category, content) and their titles."""

import vocab_behaviours as B
import vocab_games as VG
import vocab_hard as VH
import vocab_langs as VL
import vocab_sports as VS
import vocab_titles as T
import vocab_works_world as VW

SIMPLE_CAT = {"just_chatting": "Just Chatting", "asmr": "ASMR", "own_music_performance": "Music", "dj_set": "DJs", "chess": "Chess",
              "food_drink": "Food & Drink", "coding_gamedev": "Software and Game Development", "science_tech": "Science & Technology",
              "animal_cam_247": "Animals, Aquariums, and Zoos", "tabletop_episode": "Tabletop RPGs", "uncategorised_negative": "",
              "pirate_special_events": "Special Events", "pirate_uncategorised": ""}
OTHER_SPECIAL = ["Fitness & Health", "Politics", "Co-working & Studying", "Writing & Reading", "Pools, Hot Tubs, and Beaches", "Poker",
                 "Crypto", "Games + Demos", "Always On", "Talk Shows & Podcasts", "Beauty & Body Art", "Makers & Crafting"]
BETTING_WORDS = ("fantasy", "betting", "pronó", "palpites", "Kicktipp", "pronos", "fantacalcio", "typy", "iddaa", "прогнозы", "dream11", "prediction")
WORK_BY_NAME = {w["name"]: w for w in VW.WORKS}


def _mixed_content(rng, lang):
    r = rng.random()
    if r < 0.5:
        return "film_tv", {"work": B.film_work(rng, lang)}
    if r < 0.8:
        _, c = B.sports_content(rng, True)
        return "live_sports", c
    if r < 0.9:
        return "ppv", {}
    return "music", {}


def profile(rng, beh, mode, vt, idx):
    s = {"beh": beh, "vt": vt, "content": {}, "ccl": [], "kind": "film"}
    lang = B.pick_lang(rng, "pirate" if mode == "pirate" else "normal")
    med = B.pareto(rng)
    game = None
    c = s["content"]
    if beh in SIMPLE_CAT:
        game = SIMPLE_CAT[beh]
    if beh in ("gaming_ordinary", "tricky_words_in_name_or_title", "placeholder_title_habitual", "charity_marathon"):
        game = B.any_game(rng, lang, med) if beh != "charity_marathon" or rng.random() < 0.7 else "Just Chatting"
        if beh == "placeholder_title_habitual" and rng.random() < 0.25:
            game = rng.choice(["Just Chatting", rng.choice(VG.OBSCURE_LIST)])
    elif beh == "ranked_grind":
        game = B.head_game(rng, lang) if rng.random() < 0.75 else B.mid_game(rng, lang)
        while game not in B.COMPETITIVE:
            game = B.head_game(rng, lang) if rng.random() < 0.75 else B.mid_game(rng, lang)
    elif beh == "irl_stream":
        game = rng.choices(["IRL", "Travel & Outdoors", "Food & Drink"], [7, 2, 1])[0]
    elif beh == "creative_art":
        game = rng.choices(["Art", "Makers & Crafting", "Beauty & Body Art"], [7, 2, 1])[0]
    elif beh == "royalty_free_radio_247":
        game, med = rng.choices(["Music", "Co-working & Studying", "Just Chatting"], [17, 2, 1])[0], B.loguni(rng, 3, 4000)
    elif beh == "animal_cam_247":
        med = B.loguni(rng, 1, 400)
    elif beh == "retro_gaming":
        c["og"] = rng.choice(VG.OBSCURE_LIST)
        game = "Retro" if rng.random() < 0.6 else c["og"]
    elif beh == "slots_casino":
        game, s["ccl"] = rng.choice(["Slots", "Slots", "Virtual Casino"]), ["Gambling"]
    elif beh == "other_special_category":
        game = rng.choice(OTHER_SPECIAL)
        s["ccl"] = ["DebatedSocialIssuesAndPolitics"] if game == "Politics" else (["Gambling"] if game in ("Poker", "Crypto") else [])
    elif beh == "obscure_game_tiny":
        game, med = rng.choice(VG.OBSCURE_LIST), rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 6])
    elif beh == "sports_game_real_teams":
        game, key = rng.choice(VG.SPORTS_GAMES + [g for g in VG.SPORTS_GAMES if g[1] == "football"] * 2)
        sport = {"rl": "none", "golf": "none", "tennis": "none"}.get(key, key)
        if key in ("ufc", "wwe", "boxing"):
            c["fighters"] = VS.UFC_FIGHTERS if key == "ufc" else VS.BOXERS if key == "boxing" else ["Cody Rhodes", "Roman Reigns", "CM Punk", "Rhea Ripley", "Gunther"]
        elif key == "f1":
            c["fighters"] = VS.F1_DRIVERS
        c["sport"] = sport
        c["a"], c["b"], c["lg"] = VS.sport_pair(rng, lang, sport if sport in ("nba", "nfl", "nhl", "mlb", "cricket") else "football")
    elif beh in ("sports_talk_no_footage", "fantasy_betting_talk"):
        if beh == "sports_talk_no_footage" and rng.random() < 0.5:
            lang, c2 = B.sports_content(rng, False)
            c.update(c2)
        else:
            c["a"], c["b"], c["lg"] = VS.sport_pair(rng, lang, rng.choice(["football"] * 6 + ["nfl", "nba", "cricket"]))
        game = rng.choices(["Sports", "Just Chatting", "Talk Shows & Podcasts", "EA Sports FC 26"], [4, 3.5, 2, 0.5])[0]
        if beh == "fantasy_betting_talk":
            s["ccl"] = ["Gambling"] if rng.random() < 0.6 else []
    elif beh in ("film_tv_talk_no_footage", "podcast_episode"):
        c["work"] = B.film_work(rng, lang, loop=beh == "podcast_episode")
        c["a"], c["b"], c["lg"] = VS.sport_pair(rng, lang)
        game = (rng.choices(["Just Chatting", "Talk Shows & Podcasts", "Art"], [6, 3, 1])[0] if beh == "film_tv_talk_no_footage"
                else rng.choices(["Talk Shows & Podcasts", "Just Chatting"], [4, 1])[0])
    elif beh == "official_rights_holder":
        o = VH.OFFICIAL[idx]
        s["login"], s["name"], lang, game, s["otitles"] = o
        med = B.loguni(rng, 800, 45000)
        c["work"] = B.film_work(rng, "ja") if "anime" in o[0] or "toei" in o[0] or "crunchy" in o[0] else B.film_work(rng, lang)
    elif beh == "esports_official":
        s["login"], s["name"], lang, game = VH.OFFICIAL_ESPORTS[idx]
        med = B.loguni(rng, 2500, 90000)
    elif beh == "esports_watch_party":
        game = rng.choice(list(VS.ESPORTS))
        med = B.loguni(rng, 3000, 30000) if rng.random() < 0.1 else B.loguni(rng, 3, 3000)
    elif beh == "ingame_movie_night":
        game = rng.choice(["Grand Theft Auto V", "Minecraft", "The Sims 4", "Roblox", "VRChat", "Grand Theft Auto VI"])
    elif beh == "filmmaking_in_game":
        game = rng.choice(["Grand Theft Auto V", "Garry's Mod", "Halo Infinite", "The Movies", "Hollywood Animal", "Art", "Software and Game Development"])
    elif beh == "rp_series_episode":
        game = rng.choices(["Grand Theft Auto V", "Grand Theft Auto VI", "Roblox", "Minecraft", "Arma Reforger"], [12, 2, 4, 1, 1])[0]
    elif beh == "tabletop_episode":
        game = rng.choice(["Tabletop RPGs", "Dungeons & Dragons"])
    elif beh == "subathon_24h":
        game = "Just Chatting" if rng.random() < 0.5 else B.head_game(rng, lang)
        med = max(med, B.loguni(rng, 2000, 20000) if rng.random() < 0.1 else B.loguni(rng, 5, 2000))
    elif beh == "legit_hop":
        game, med = B.head_game(rng, lang), B.loguni(rng, 40, 9000)
        c["ng"] = rng.choice(VG.NEW_SMALL) if rng.random() < 0.7 else None
        c["og"] = rng.choice(VG.OBSCURE_LIST)
    elif beh == "viewbot_spike":
        med = rng.choice([0, 1, 1, 2, 3, 4, 6, 9])
        game = rng.choice(["obscure", B.any_game(rng, lang, 1), "Just Chatting"])
        c["ph"] = rng.random() < 0.3
    elif beh == "licensed_game_own_category":
        game, c["lic"] = rng.choice([g for g in VG.LICENSED])
        c["lic"] = c["lic"] or "movie studio"
    # ---- positives ----
    elif beh in ("film_tv_named", "film_tv_disguised"):
        c["work"] = B.film_work(rng, lang)
        game, med = B.pirate_category(rng, lang, "film"), B.loguni(rng, 3, 700)
    elif beh == "loop_247_show":
        c["work"] = B.film_work(rng, lang, loop=True)
        game, med = rng.choice(["Just Chatting", "Retro", "obscure", "Special Events", "Always On", "obscure", ""]), B.loguni(rng, 2, 250)
    elif beh == "loop_247_tv_channel":
        ch = B.tv_channel(rng, lang)
        c["chan"], lang, s["vt"] = ch[0], ch[1], "live_sports" if ch[2] == "sport" else "film_tv"
        game = rng.choice(["Just Chatting", "Special Events", "obscure", "Always On"] + (["Sports", "Sports"] if ch[2] == "sport" else []))
        med = B.loguni(rng, 4, 400)
    elif beh == "loop_247_chart_radio":
        game, med = rng.choice(["Music", "Music", "Just Chatting", "DJs"]), B.loguni(rng, 2, 70)
    elif beh == "concert_rebroadcast":
        game, med = B.pirate_category(rng, lang, "music"), B.loguni(rng, 8, 2500)
    elif beh in ("sports_pirate_named", "sports_pirate_in_sports_game", "sports_pirate_disguised"):
        lang, c2 = B.sports_content(rng, rng.random() < 0.25)
        c.update(c2)
        med = B.loguni(rng, 15, 5000)
        if beh == "sports_pirate_in_sports_game":
            game = rng.choice(B.SPORT_GAME_FOR.get(c["sport"], ["EA Sports FC 26"]))
        else:
            game = B.pirate_category(rng, lang, "sport")
    elif beh == "ppv_rebroadcast":
        game, med = B.pirate_category(rng, lang, "ppv"), B.loguni(rng, 15, 3500)
        if game == "EA Sports UFC 5" and rng.random() < 0.35:
            game = rng.choice(["WWE 2K25", "Undisputed"])
    elif beh in ("pirate_special_events", "pirate_uncategorised", "pirate_hop_obscure"):
        s["vt"], c2 = _mixed_content(rng, lang)
        c.update(c2)
        med = B.loguni(rng, 8, 1500)
        if beh == "pirate_hop_obscure":
            game, med = ("Just Chatting" if rng.random() < 0.6 else B.head_game(rng, lang)), B.loguni(rng, 20, 700)
    elif beh == "film_in_matching_game_category":
        wn, game = rng.choice(B.MATCHING_GAME)
        c["work"], med = WORK_BY_NAME[wn], B.loguni(rng, 5, 800)
    elif beh == "evasive_hop":
        game, med = B.head_game(rng, lang, top=6), B.loguni(rng, 550, 18000)
        r = rng.random()
        live = [f for f in VS.FIXTURES if lang in f[5] and 2.0 <= f[4] <= 4.0]
        if r < 0.35 and live:
            f = rng.choice(live)
            s["vt"], c["fixture"] = "live_sports", f
        elif r < 0.85:
            s["vt"], c["work"] = "film_tv", B.film_work(rng, lang)
        else:
            s["vt"] = rng.choice(["ppv", "music"])
    if game is None:
        game = B.any_game(rng, lang, med)
    s.update(lang=lang, med=min(med, B.audience_cap(game, beh)), game=game)
    if game in B.MATURE:
        s["ccl"] = s["ccl"] + ["MatureGame"]
    if rng.random() < 0.06:
        s["ccl"] = s["ccl"] + [rng.choice(["ProfanityVulgarity", "ProfanityVulgarity", "DrugsIntoxication", "SexualThemes", "ViolentGraphic"])]
    return s
