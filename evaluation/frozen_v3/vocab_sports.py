"""Real teams, leagues, players and fight cards used by sports titles (pirate and legitimate)."""

FOOTBALL = {  # league: [(team, abbreviation)]
    "Premier League": [("Arsenal", "ARS"), ("Chelsea", "CHE"), ("Liverpool", "LIV"), ("Manchester City", "MCI"), ("Manchester United", "MUN"),
                       ("Tottenham", "TOT"), ("Newcastle", "NEW"), ("Aston Villa", "AVL"), ("Brighton", "BHA"), ("West Ham", "WHU")],
    "LaLiga": [("Real Madrid", "RMA"), ("Barcelona", "FCB"), ("Atlético de Madrid", "ATM"), ("Sevilla", "SEV"), ("Real Betis", "BET"),
               ("Athletic Club", "ATH"), ("Villarreal", "VIL"), ("Real Sociedad", "RSO"), ("Valencia", "VAL")],
    "Serie A": [("Inter", "INT"), ("Milan", "MIL"), ("Juventus", "JUV"), ("Napoli", "NAP"), ("Roma", "ROM"), ("Lazio", "LAZ"), ("Atalanta", "ATA")],
    "Bundesliga": [("Bayern München", "FCB"), ("Borussia Dortmund", "BVB"), ("Bayer Leverkusen", "B04"), ("RB Leipzig", "RBL"),
                   ("Eintracht Frankfurt", "SGE"), ("VfB Stuttgart", "VFB")],
    "Ligue 1": [("PSG", "PSG"), ("Olympique de Marseille", "OM"), ("Olympique Lyonnais", "OL"), ("AS Monaco", "ASM"), ("LOSC Lille", "LOSC")],
    "Brasileirão": [("Flamengo", "FLA"), ("Palmeiras", "PAL"), ("Corinthians", "COR"), ("São Paulo", "SAO"), ("Vasco", "VAS"),
                    ("Grêmio", "GRE"), ("Internacional", "INT"), ("Atlético Mineiro", "CAM"), ("Botafogo", "BOT"), ("Fluminense", "FLU")],
    "Liga Profesional": [("Boca Juniors", "BOC"), ("River Plate", "RIV"), ("Racing Club", "RAC"), ("Independiente", "IND"), ("San Lorenzo", "SLO")],
    "Liga MX": [("América", "AME"), ("Chivas", "GDL"), ("Cruz Azul", "CAZ"), ("Pumas", "PUM"), ("Tigres", "TIG"), ("Monterrey", "MTY")],
    "Süper Lig": [("Galatasaray", "GS"), ("Fenerbahçe", "FB"), ("Beşiktaş", "BJK"), ("Trabzonspor", "TS")],
    "РПЛ": [("Зенит", "ZEN"), ("Спартак", "SPA"), ("ЦСКА", "CSKA"), ("Локомотив", "LOK"), ("Краснодар", "KRA")],
    "Eredivisie": [("Ajax", "AJA"), ("PSV", "PSV"), ("Feyenoord", "FEY")],
    "Ekstraklasa": [("Legia Warszawa", "LEG"), ("Lech Poznań", "LPO"), ("Raków Częstochowa", "RCZ")],
    "AFC Champions League Elite": [("Al Hilal", "HIL"), ("Al Nassr", "NAS"), ("Al Ahli", "AHL"), ("Urawa Reds", "URA"), ("Ulsan HD", "ULS"),
                                   ("Vissel Kobe", "VIS"), ("Shanghai Port", "SHP"), ("Buriram United", "BUR")],
    "A-League": [("Sydney FC", "SYD"), ("Melbourne Victory", "MVC"), ("Western Sydney Wanderers", "WSW")],
}
NATIONS = [("Brazil", "🇧🇷"), ("Argentina", "🇦🇷"), ("France", "🇫🇷"), ("Spain", "🇪🇸"), ("England", "🏴󠁧󠁢󠁥󠁮󠁧󠁿"), ("Germany", "🇩🇪"),
           ("Portugal", "🇵🇹"), ("Mexico", "🇲🇽"), ("Japan", "🇯🇵"), ("Korea Republic", "🇰🇷"), ("Türkiye", "🇹🇷"), ("Poland", "🇵🇱"), ("Italy", "🇮🇹")]
NBA = [("Lakers", "LAL"), ("Celtics", "BOS"), ("Warriors", "GSW"), ("Knicks", "NYK"), ("Nuggets", "DEN"), ("Thunder", "OKC"), ("Bucks", "MIL"),
       ("Mavericks", "DAL"), ("Heat", "MIA"), ("Suns", "PHX"), ("76ers", "PHI"), ("Spurs", "SAS"), ("Timberwolves", "MIN"), ("Cavaliers", "CLE")]
NFL = [("Chiefs", "KC"), ("Eagles", "PHI"), ("Bills", "BUF"), ("Cowboys", "DAL"), ("49ers", "SF"), ("Ravens", "BAL"), ("Lions", "DET"), ("Packers", "GB")]
CRICKET = [("India", "IND"), ("Australia", "AUS"), ("England", "ENG"), ("Pakistan", "PAK"), ("South Africa", "SA"), ("New Zealand", "NZ"),
           ("Sri Lanka", "SL"), ("Bangladesh", "BAN")]
CRICKET_EVENTS = ["1st Test Day 2", "2nd ODI", "3rd T20I", "2nd Test Day 4", "1st ODI", "Test Day 1"]
TENNIS = ["Sinner", "Alcaraz", "Djokovic", "Zverev", "Medvedev", "Fritz", "Draper", "Rune", "Sabalenka", "Swiatek", "Gauff", "Rybakina"]
TENNIS_EVENTS = ["ATP Finals", "WTA Finals", "Davis Cup", "Billie Jean King Cup"]
F1 = ["Las Vegas GP", "Qatar GP", "Abu Dhabi GP", "São Paulo GP", "Mexico City GP"]
F1_SESSIONS = ["FP1", "FP2", "Qualifying", "Sprint", "Race", "Grand Prix"]

UFC = [("Makhachev", "Topuria"), ("Pereira", "Ankalaev"), ("Aspinall", "Gane"), ("du Plessis", "Chimaev"), ("Dvalishvili", "O'Malley"),
       ("Oliveira", "Gaethje"), ("Holloway", "Poirier"), ("Pantoja", "Royval"), ("Shevchenko", "Grasso"), ("Jones", "Aspinall")]
UFC_NUM = [318, 319, 320, 321, 322, 323, 324, 325]
BOXING = [("Usyk", "Dubois"), ("Canelo", "Crawford"), ("Inoue", "Nakatani"), ("Tank Davis", "Shakur Stevenson"), ("Jake Paul", "Anthony Joshua"),
          ("Bivol", "Beterbiev"), ("Benavidez", "Morrell"), ("Zurdo Ramírez", "Opetaia")]
WRESTLING = ["WWE Survivor Series", "WWE Raw", "WWE SmackDown", "AEW Full Gear", "AEW Dynamite", "NJPW Wrestle Kingdom", "WWE NXT Deadline",
             "WWE Crown Jewel", "AEW Collision", "TNA Turning Point"]
PPV_OTHER = ["ONE Championship Friday Fights", "PFL World Championship", "Bellator Champions Series", "KSW 112", "Oktagon 80", "Hype FC 60",
             "RAF 9", "Glory 105", "Misfits Boxing 22"]

SPORTS_CHANNELS = ["beIN SPORTS 1 HD", "Sky Sports Main Event", "Sky Sports Premier League", "DAZN 1", "ESPN", "ESPN 2", "TNT Sports 1",
                   "Match TV", "Матч Премьер", "TUDN", "Fox Sports Argentina", "SporTV", "Premiere FC", "Eurosport 1", "Canal+ Sport",
                   "Star Sports 1", "Willow Cricket", "SSC Sports", "Polsat Sport", "Sport TV1", "TSN", "SuperSport Football", "Setanta Sports"]

# sports-game vocabulary for legitimate titles naming real teams and players
SG_TEMPLATES = {
    "football": ["{a} vs {b} | career mode ep {n}", "{a} career mode — season {s}", "FUT Champions grind {w}-{l}", "Ultimate Team pack opening 🎁",
                 "Division Rivals with {p}", "Pro Clubs with the lads", "{a} vs {b} CPU vs CPU simulation (prediction)",
                 "Road to Glory with {a} #{n}", "es:modo carrera con el {a} #{n}", "pt:modo carreira {a} ep {n}", "ru:карьера за {a} #{n}",
                 "de:Karrieremodus mit {a} #{n}", "fr:mode carrière {a} ép. {n}", "{a} vs {b} online friendlies", "eFootball Dream Team ft. {p}",
                 "FM save: {a} rebuild, season {s}", "tr:{a} ile kariyer modu #{n}", "FUT draft 🏆 {p} pulled!!"],
    "basketball": ["{c} MyNBA franchise — season {s}", "MyCareer: rookie to GOAT ep {n}", "{c} vs {d} play now online", "MyTEAM grind with {q}",
                   "Park with the squad 🏀", "{c} rebuild in MyGM"],
    "american_football": ["{e} franchise mode year {s}", "Madden Ultimate Team grind", "{e} vs {f} ranked H2H", "Road to Glory QB #{n}"],
    "f1": ["F1 25 career — {g} race", "league race night: {g}", "My Team season {s} — {g}", "hotlapping {g} for the leaderboard"],
    "mma": ["UFC 5 ranked with {h}", "UFC 5 career mode ep {n}", "{h} vs {i} online"],
    "wrestling": ["Universe mode: my own {k} card", "MyRise ep {n}", "WWE 2K showcase — {k} classics", "2K universe — booking {k}"],
    "baseball": ["Road to the Show ep {n}", "Diamond Dynasty grind", "Franchise mode year {s}"],
    "hockey": ["Be a Pro ep {n}", "HUT grind", "Franchise mode season {s}"],
    "cricket": ["{j} vs {m} Test career", "Cricket 24 career mode ep {n}", "{j} tour — online"],
    "tennis": ["Top Spin career ep {n}", "online ranked vs {t}", "MyCareer — Grand Slam run"],
    "boxing": ["Undisputed career mode ep {n}", "ranked Undisputed with {h}", "legacy mode ep {n}"],
    "golf": ["PGA career ep {n}", "ranked matchplay", "course creator showcase"],
}
FOOT_PLAYERS = ["Mbappé", "Haaland", "Vinícius Jr", "Bellingham", "Yamal", "Salah", "Saka", "Musiala", "Wirtz", "Kane", "Pedri", "Rodri",
                "Messi", "Ronaldo", "Neymar", "Raphinha", "Lautaro", "Olise", "Palmer", "Osimhen"]
NBA_PLAYERS = ["Wemby", "SGA", "Jokić", "LeBron", "Curry", "Giannis", "Luka", "Tatum", "Ant Edwards", "Brunson"]
