"""Real TV channels and 24/7 shows (rebroadcast by pirates), music works and chart radio,
and the legitimate side: official rights holders, official league channels, esports events."""

TV_CHANNELS = {  # lang: [channel names] (news, general, kids)
    "en": ["CNN", "Fox News", "Sky News", "BBC One", "MSNBC", "Cartoon Network", "Nickelodeon", "Disney Channel", "Adult Swim", "Comedy Central"],
    "es": ["Las Estrellas", "Telemundo", "Antena 3", "Telefe", "Caracol TV", "Azteca 7", "Discovery Kids", "Canal 13"],
    "pt": ["TV Globo", "SBT", "Record TV", "Band", "GloboNews", "Cartoon Network Brasil", "Gloob"],
    "ru": ["Первый канал", "Россия 1", "НТВ", "СТС", "ТНТ", "Карусель", "Пятница!"],
    "de": ["ProSieben", "RTL", "ZDF", "Das Erste", "Sat.1", "KiKA", "Super RTL"], "fr": ["TF1", "M6", "France 2", "BFM TV", "Gulli", "Canal+"],
    "ja": ["NHK総合", "日本テレビ", "テレビ朝日", "フジテレビ", "TBS"], "ko": ["KBS1", "MBC", "SBS", "JTBC", "tvN", "투니버스"],
    "tr": ["TRT 1", "Show TV", "Kanal D", "ATV", "Star TV"], "it": ["Rai 1", "Canale 5", "Italia 1", "Rai Yoyo"],
    "pl": ["TVP1", "Polsat", "TVN", "TVP Info"], "ar": ["MBC 1", "MBC Masr", "Spacetoon", "Rotana Cinema"], "th": ["ช่อง 3", "ช่อง 7HD", "ช่อง one31"],
    "uk": ["1+1", "ICTV", "СТБ"], "vi": ["VTV1", "VTV3", "HTV7"], "id": ["RCTI", "SCTV", "Indosiar"], "hi": ["Aaj Tak", "Star Plus", "Sony SAB", "Colors TV"],
    "cs": ["ČT1", "Nova", "Prima"], "nl": ["NPO 1", "RTL 4", "SBS6"], "sv": ["SVT1", "TV4"], "hu": ["RTL", "TV2", "M1"], "el": ["ANT1", "MEGA", "ALPHA"],
    "zh": ["CCTV-1", "湖南卫视", "浙江卫视"],
}

SHOWS_247 = {  # lang: [long-running shows / cartoons / anime / telenovelas pirates loop 24/7]
    "en": ["The Simpsons", "Family Guy", "SpongeBob SquarePants", "Friends", "The Office", "Seinfeld", "Futurama", "Bob's Burgers",
           "King of the Hill", "Tom and Jerry", "Mr. Bean", "Bluey", "Peppa Pig", "Regular Show", "Adventure Time", "Scooby-Doo"],
    "es": ["El Chavo del 8", "Bob Esponja (latino)", "Los Simpson (latino)", "La Rosa de Guadalupe", "Betty la fea", "Dragon Ball Z latino",
           "Pasión de Gavilanes", "Chespirito", "Malcolm el de en medio", "Padre de familia"],
    "pt": ["Chaves", "Os Simpsons dublado", "Todo Mundo Odeia o Chris", "Avenida Brasil", "Chiquititas", "Carrossel", "A Grande Família",
           "Pica-Pau", "Naruto Clássico dublado", "Eu, a Patroa e as Crianças"],
    "ru": ["Смешарики", "Маша и Медведь", "Ну, погоди!", "Кухня", "Интерны", "Папины дочки", "Счастливы вместе", "Сваты", "Лунтик"],
    "de": ["SpongeBob deutsch", "Die Simpsons", "King of Queens", "Two and a Half Men", "Sturm der Liebe", "Kommissar Rex", "Pokémon deutsch"],
    "fr": ["Les Simpson VF", "Kaamelott", "Un gars, une fille", "Caméra Café", "Naruto VF", "Les Mystérieuses Cités d'or"],
    "ja": ["ドラえもん", "クレヨンしんちゃん", "名探偵コナン", "ちびまる子ちゃん", "サザエさん", "それいけ!アンパンマン"],
    "ko": ["짱구는 못말려", "뽀로로", "무한도전", "런닝맨", "포켓몬스터"], "zh": ["喜羊羊与灰太狼", "熊出没", "蜡笔小新", "名侦探柯南", "甄嬛传"],
    "tr": ["Kurtlar Vadisi", "Diriliş Ertuğrul", "Avrupa Yakası", "Kuzey Güney", "Arka Sokaklar"], "it": ["I Simpson", "Don Matteo", "Un posto al sole"],
    "pl": ["Świat według Kiepskich", "Ranczo", "Kapitan Bomba", "Miodowe lata"], "ar": ["باب الحارة", "المحقق كونان", "سبونج بوب"],
    "th": ["ชินจัง", "โดราเอมอน"], "uk": ["Свати", "Леся+Рома"], "vi": ["Doraemon lồng tiếng", "Shin cậu bé bút chì"],
    "id": ["Upin & Ipin", "Doraemon dub indo", "Si Doel Anak Sekolahan"], "hi": ["Taarak Mehta Ka Ooltah Chashmah", "Chhota Bheem", "Doraemon Hindi", "Shinchan Hindi"],
    "cs": ["Simpsonovi CZ", "Krkonošské pohádky"], "hu": ["Szomszédok", "Simpson család"], "el": ["Το Καφέ της Χαράς"], "nl": ["Flodder", "SpongeBob NL"],
    "sv": ["Bolibompa"],
}

ALBUMS = [("Taylor Swift", "The Life of a Showgirl"), ("Bad Bunny", "DeBÍ TiRAR MáS FOToS"), ("Kendrick Lamar", "GNX"),
          ("Billie Eilish", "HIT ME HARD AND SOFT"), ("The Weeknd", "Hurry Up Tomorrow"), ("Travis Scott", "UTOPIA"), ("Stray Kids", "KARMA"),
          ("BLACKPINK", "DEADLINE"), ("Sabrina Carpenter", "Man's Best Friend"), ("Karol G", "Tropicoqueta"), ("Drake", "ICEMAN"),
          ("Rosalía", "LUX"), ("Peso Pluma", "ÉXODO"), ("Tyler, The Creator", "DON'T TAP THE GLASS"), ("Playboi Carti", "MUSIC"),
          ("BTS", "Arirang"), ("Ado", "残夢"), ("Morgenshtern", "LAST ONE"), ("Ed Sheeran", "Play"), ("Linkin Park", "From Zero")]
CONCERTS = [("Taylor Swift", "The Eras Tour"), ("Coldplay", "Music of the Spheres World Tour"), ("BTS", "Yet To Come in Busan"),
            ("BLACKPINK", "DEADLINE World Tour"), ("Bad Bunny", "No Me Quiero Ir de Aquí residency"), ("Oasis", "Live '25 Wembley"),
            ("Metallica", "M72 World Tour"), ("Rammstein", "Stadium Tour"), ("Beyoncé", "Cowboy Carter Tour"), ("The Weeknd", "After Hours til Dawn"),
            ("Stray Kids", "dominATE tour"), ("Kendrick Lamar & SZA", "Grand National Tour"), ("Linkin Park", "From Zero World Tour"),
            ("Kenshi Yonezu", "JUNK tour"), ("Shakira", "Las Mujeres Ya No Lloran World Tour")]

CHART_RADIO = {"en": ["Billboard Hot 100 radio 24/7 🔥 non-stop hits", "TOP 50 Spotify Global 24/7 📻", "UK Top 40 24/7 radio 🎶"],
               "ko": ["Melon TOP 100 실시간 24시간 🎧", "K-POP 24/7 radio 💜 BTS BLACKPINK Stray Kids"], "ja": ["Oricon チャート 24時間 ヒット曲"],
               "es": ["Los 40 Principales 24/7 éxitos", "Reggaeton 24/7 🔥 éxitos 2026"], "pt": ["Top Hits Brasil 24h 🎶 sertanejo e funk"],
               "ru": ["Русские хиты 24/7 | лучшие песни"], "de": ["Deutsche Charts 24/7 Radio"], "fr": ["NRJ HITS 24/7 en continu"],
               "tr": ["Türkçe Pop 7/24 hit şarkılar"], "hi": ["Bollywood hits 24/7 🎶 Arijit Singh"], "pl": ["Polskie Hity 24/7 📻"],
               "vi": ["Hot Hits Việt 24/7"], "id": ["Top Hits Indonesia 24 jam"]}

OFFICIAL = [  # (login, display, category, lang, title, kind); official channels streaming content they hold the rights to
    ("joyofpainting_official", "JoyOfPainting_Official", "Art", "en", "The Joy of Painting marathon — Season {n} 🎨🌲 (official channel)", "marathon"),
    ("pokemonmarathon_tv", "PokemonMarathonTV", "Special Events", "en", "Official Pokémon anime marathon — Indigo League eps {n}-{m}", "marathon"),
    ("riffcinema_official", "RiffCinema_Official", "Special Events", "en", "Riff Cinema 24/7 — official stream, episode {n}", "marathon"),
    ("kingsleague_es", "KingsLeague", "Sports", "es", "🔴 KINGS LEAGUE | Jornada {n} EN DIRECTO — señal oficial", "sports"),
    ("queensleague_oficial", "QueensLeague", "Sports", "es", "QUEENS LEAGUE 👑 jornada {n} — transmisión oficial", "sports"),
    ("ballerleague_uk", "BallerLeagueUK", "Sports", "en", "BALLER LEAGUE UK | Matchday {n} LIVE — official stream", "sports"),
    ("kingsleague_br", "KingsLeagueBrasil", "Sports", "pt", "KINGS LEAGUE BRASIL — rodada {n} AO VIVO (oficial)", "sports"),
    ("indiefilmfest_live", "IndieFilmFest", "Special Events", "en", "Festival premiere: 'Salt Roads' — presented by the filmmakers", "film"),
    ("animeplus_official", "AnimePlus公式", "Special Events", "ja", "【公式】TVアニメ一挙放送 第{n}話〜第{m}話", "marathon"),
    ("ligapro_femenil_tv", "LigaProFemenilTV", "Sports", "es", "EN VIVO | Liga Femenil Jornada {n} (transmisión oficial)", "sports"),
    ("velada_oficial", "LaVeladaOficial", "Special Events", "es", "LA VELADA — repetición oficial de los combates 🥊", "sports"),
    ("tnashow_replays", "TNA_Replays", "Sports", "en", "Official TNA classic matches — Vault episode {n}", "marathon"),
]
LEAGUE_CHANNELS = [  # (login, display, category, lang, title)
    ("globalcs_league", "GlobalCSLeague", "Counter-Strike", "en", "REBROADCAST | Vitality vs Spirit | Grand Final Map {n}"),
    ("lol_champ_korea", "LoLChampKorea", "League of Legends", "ko", "[재방송] T1 vs Gen.G | 결승 {n}세트"),
    ("valorant_masters_tv", "ValorantMastersTV", "Valorant", "en", "REBROADCAST: Fnatic vs Sentinels | Playoffs Map {n}"),
    ("dota_major_reruns", "DotaMajorReruns", "Dota 2", "ru", "ПОВТОР | Team Spirit vs Tundra | Гранд-финал карта {n}"),
    ("lec_rerun", "LECRerun", "League of Legends", "en", "RERUN | G2 vs FNC | Week {n} — official"),
    ("rocketleague_series", "RLChampionshipSeries", "Rocket League", "en", "RLCS rebroadcast — Day {n} playoffs"),
    ("cbfl_oficial", "CBFL_Oficial", "Free Fire", "pt", "REPRISE OFICIAL | Liga Brasileira de Free Fire — rodada {n}"),
    ("mpl_id_official", "MPL_ID", "Mobile Legends: Bang Bang", "id", "MPL ID Season {n} — siaran ulang resmi"),
]
ESPORTS = {"League of Legends": ["T1 vs Gen.G", "G2 vs FNC", "BLG vs HLE", "KC vs MKOI", "LCK Finals", "LEC Finals", "Worlds Finals"],
           "Counter-Strike": ["Vitality vs Spirit", "NaVi vs FaZe", "MOUZ vs Falcons", "FURIA vs MIBR", "Major Playoffs"],
           "Valorant": ["Fnatic vs Sentinels", "PRX vs EDG", "LOUD vs G2", "VCT Champions", "Masters Playoffs"],
           "Dota 2": ["Team Spirit vs Tundra", "Falcons vs Liquid", "BetBoom vs PARIVISION", "The International"],
           "Rocket League": ["Karmine Corp vs Falcons", "RLCS Worlds"], "Mobile Legends: Bang Bang": ["RRQ vs ONIC", "M7 World Championship"],
           "Street Fighter 6": ["Capcom Cup", "EVO Japan Top 8"], "Fortnite": ["FNCS Grand Finals"], "Apex Legends": ["ALGS Championship"]}
