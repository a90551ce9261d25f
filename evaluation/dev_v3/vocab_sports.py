"""Sports vocabulary: leagues, clubs, derbies, today's fixtures (Wed 25 Nov 2026), fighters, events."""

# league -> (languages that follow it most, clubs)
LEAGUES = {
    "Premier League": (("en", "ar", "hi", "id", "th", "vi", "tl", "ms"), ["Arsenal", "Manchester City", "Liverpool", "Chelsea", "Manchester United", "Tottenham", "Newcastle", "Aston Villa", "Brighton", "West Ham", "Everton", "Nottingham Forest", "Crystal Palace", "Sunderland", "Leeds United"]),
    "LaLiga": (("es", "ca", "ar"), ["Real Madrid", "Barcelona", "Atlético de Madrid", "Sevilla", "Real Betis", "Athletic Club", "Real Sociedad", "Valencia", "Villarreal", "Celta", "Osasuna", "Girona", "Rayo Vallecano", "Espanyol"]),
    "Serie A": (("it",), ["Inter", "Milan", "Juventus", "Napoli", "Roma", "Lazio", "Atalanta", "Fiorentina", "Bologna", "Torino", "Genoa", "Como"]),
    "Bundesliga": (("de",), ["Bayern München", "Borussia Dortmund", "Bayer Leverkusen", "RB Leipzig", "VfB Stuttgart", "Eintracht Frankfurt", "SC Freiburg", "Werder Bremen", "1. FC Köln", "Hamburger SV", "Union Berlin", "Borussia Mönchengladbach"]),
    "Ligue 1": (("fr", "ar"), ["PSG", "OM", "OL", "AS Monaco", "LOSC", "RC Lens", "OGC Nice", "Stade Rennais", "RC Strasbourg", "FC Nantes", "Paris FC"]),
    "Süper Lig": (("tr", "az"), ["Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor", "Başakşehir", "Samsunspor", "Göztepe", "Kocaelispor"]),
    "Liga Portugal": (("pt",), ["Benfica", "FC Porto", "Sporting CP", "SC Braga", "Vitória SC"]),
    "Eredivisie": (("nl",), ["Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht"]),
    "Brasileirão": (("pt",), ["Flamengo", "Palmeiras", "Corinthians", "São Paulo", "Santos", "Grêmio", "Internacional", "Vasco", "Botafogo", "Fluminense", "Atlético-MG", "Cruzeiro", "Bahia", "Fortaleza"]),
    "Liga Profesional": (("es",), ["Boca Juniors", "River Plate", "Racing", "Independiente", "San Lorenzo", "Estudiantes", "Vélez", "Rosario Central", "Newell's"]),
    "Liga MX": (("es",), ["América", "Chivas", "Cruz Azul", "Pumas", "Tigres", "Monterrey", "Toluca", "Santos Laguna"]),
    "Liga BetPlay": (("es",), ["Atlético Nacional", "Millonarios", "América de Cali", "Junior", "Santa Fe", "Deportivo Cali"]),
    "PKO Ekstraklasa": (("pl",), ["Legia Warszawa", "Lech Poznań", "Raków Częstochowa", "Jagiellonia", "Pogoń Szczecin", "Górnik Zabrze", "Widzew Łódź", "Wisła Płock"]),
    "РПЛ": (("ru", "kk"), ["Зенит", "Спартак", "ЦСКА", "Локомотив", "Динамо", "Краснодар", "Ростов", "Рубин"]),
    "УПЛ": (("uk",), ["Шахтар", "Динамо Київ", "Дніпро-1", "Полісся", "Олександрія"]),
    "J1リーグ": (("ja",), ["浦和レッズ", "鹿島アントラーズ", "ヴィッセル神戸", "横浜F・マリノス", "川崎フロンターレ", "サンフレッチェ広島", "FC東京", "ガンバ大阪"]),
    "K리그1": (("ko",), ["전북 현대", "울산 HD", "FC 서울", "포항 스틸러스", "대전 하나시티즌"]),
    "دوري روشن": (("ar",), ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "القادسية"]),
    "الدوري المصري": (("ar",), ["الأهلي", "الزمالك", "بيراميدز", "المصري", "الإسماعيلي"]),
    "MLS": (("en", "es"), ["Inter Miami", "LA Galaxy", "LAFC", "Seattle Sounders", "Columbus Crew", "FC Cincinnati"]),
    "Chance Liga": (("cs", "sk"), ["Sparta Praha", "Slavia Praha", "Viktoria Plzeň", "Baník Ostrava"]),
    "Super League Greece": (("el",), ["Olympiacos", "Panathinaikos", "AEK", "PAOK"]),
    "Allsvenskan": (("sv",), ["Malmö FF", "AIK", "Djurgården", "Hammarby", "IFK Göteborg"]),
    "Indian Super League": (("hi", "en"), ["Mohun Bagan SG", "East Bengal", "Kerala Blasters", "Bengaluru FC", "Mumbai City", "FC Goa"]),
    "Thai League 1": (("th",), ["บุรีรัมย์ ยูไนเต็ด", "ท่าเรือ", "บีจี ปทุม", "เมืองทอง"]),
    "Liga 1 Indonesia": (("id",), ["Persib", "Persija", "Persebaya", "Arema FC", "PSM Makassar"]),
    "V.League 1": (("vi",), ["Hà Nội FC", "Công An Hà Nội", "Thép Xanh Nam Định", "Hoàng Anh Gia Lai"]),
}

DERBIES = {
    ("Real Madrid", "Barcelona"): ["El Clásico", "Clásico", "el clasico"],
    ("Real Madrid", "Atlético de Madrid"): ["Derbi madrileño"],
    ("Sevilla", "Real Betis"): ["Gran Derbi sevillano"],
    ("Inter", "Milan"): ["Derby della Madonnina", "Derby di Milano"],
    ("Inter", "Juventus"): ["Derby d'Italia"], ("Roma", "Lazio"): ["Derby della Capitale"],
    ("Bayern München", "Borussia Dortmund"): ["Der Klassiker", "Klassiker"],
    ("PSG", "OM"): ["Le Classique", "le Clasico"],
    ("Galatasaray", "Fenerbahçe"): ["Kıtalararası Derbi", "derbi"], ("Beşiktaş", "Fenerbahçe"): ["derbi"],
    ("Benfica", "FC Porto"): ["O Clássico"], ("Benfica", "Sporting CP"): ["Derby de Lisboa", "Dérbi"],
    ("Flamengo", "Fluminense"): ["Fla-Flu"], ("Corinthians", "Palmeiras"): ["Derby Paulista", "Dérbi"],
    ("Grêmio", "Internacional"): ["Gre-Nal"], ("Boca Juniors", "River Plate"): ["Superclásico", "el Súper"],
    ("América", "Chivas"): ["Clásico Nacional", "Clásico de clásicos"],
    ("Liverpool", "Everton"): ["Merseyside derby"], ("Arsenal", "Tottenham"): ["North London derby", "NLD"],
    ("Manchester United", "Manchester City"): ["Manchester derby"], ("Ajax", "Feyenoord"): ["De Klassieker"],
    ("Спартак", "ЦСКА"): ["Главное дерби", "дерби"], ("Legia Warszawa", "Lech Poznań"): ["hit kolejki"],
    ("الأهلي", "الزمالك"): ["القمة", "ديربي القاهرة"], ("الهلال", "النصر"): ["ديربي الرياض"],
    ("Olympiacos", "Panathinaikos"): ["ντέρμπι αιωνίων"], ("Sparta Praha", "Slavia Praha"): ["pražské derby"],
    ("Persib", "Persija"): ["El Clasico Indonesia"],
}

# Today's live fixtures. kickoff = hours after 14:00 UTC (2.75 = 16:45 UTC). Matches run ~2h.
FIXTURES = [
    ("football", "UEFA Champions League", "Galatasaray", "Borussia Dortmund", 2.75, ("tr", "de", "en", "ar", "es")),
    ("football", "UEFA Champions League", "Kairat Almaty", "Inter", 2.75, ("it", "ru", "kk", "en")),
    ("football", "UEFA Champions League", "Real Madrid", "Liverpool", 6.0, ("es", "en", "pt", "ar", "fr", "id")),
    ("football", "UEFA Champions League", "Bayern München", "PSG", 6.0, ("de", "fr", "en", "ar", "pt")),
    ("football", "UEFA Champions League", "Barcelona", "Chelsea", 6.0, ("es", "ca", "en", "pt", "ar")),
    ("football", "UEFA Champions League", "Benfica", "Juventus", 6.0, ("pt", "it", "es")),
    ("football", "UEFA Champions League", "Arsenal", "Napoli", 6.0, ("en", "it", "th", "vi")),
    ("football", "AFC Champions League Elite", "الهلال", "الأهلي المصري", 1.0, ("ar",)),
    ("football", "AFC Champions League Elite", "النصر", "السد", 3.0, ("ar", "pt", "en")),
    ("football", "AFC Champions League Elite", "Buriram United", "Vissel Kobe", 0.0, ("th", "ja")),
    ("football", "Indian Super League", "Mohun Bagan SG", "East Bengal", 0.0, ("hi", "en")),
    ("football", "UEFA Women's Champions League", "Barcelona Femení", "Lyon", 2.75, ("es", "fr", "en")),
    ("hockey", "КХЛ", "СКА", "ЦСКА", -0.5, ("ru",)), ("hockey", "КХЛ", "Ак Барс", "Металлург Мг", 2.5, ("ru", "kk")),
    ("basketball", "EuroLeague", "Fenerbahçe Beko", "Real Madrid", 3.75, ("tr", "es", "el")),
    ("basketball", "EuroLeague", "Panathinaikos", "Žalgiris", 4.25, ("el", "en")),
    ("basketball", "EuroLeague", "Partizan", "Olympiacos", 4.5, ("el", "en", "ru")),
    ("kabaddi", "Pro Kabaddi League", "Patna Pirates", "Bengaluru Bulls", 0.5, ("hi", "en")),
    ("kabaddi", "Pro Kabaddi League", "Jaipur Pink Panthers", "Puneri Paltan", 1.5, ("hi", "en")),
    ("cricket", "T20I", "India", "South Africa", -0.5, ("hi", "en")),
    ("cricket", "Test", "Pakistan", "New Zealand", -4.0, ("en", "hi")),
    ("snooker", "UK Championship", "Judd Trump", "Zhao Xintong", 0.0, ("en", "zh")),
    ("tennis", "Davis Cup Finals", "Italy", "Spain", 1.0, ("it", "es", "en")),
    ("volleyball", "CEV Champions League", "Sir Sicoma Perugia", "Jastrzębski Węgiel", 3.5, ("pl", "it")),
]

NBA = ["Lakers", "Celtics", "Warriors", "Knicks", "Thunder", "Nuggets", "Bucks", "76ers", "Heat", "Mavericks", "Spurs", "Cavaliers", "Timberwolves", "Rockets", "Suns", "Bulls"]
NFL = ["Chiefs", "Eagles", "Bills", "Ravens", "Lions", "Cowboys", "49ers", "Packers", "Steelers", "Bengals", "Rams", "Commanders", "Texans", "Vikings", "Jets", "Giants"]
NHL = ["Maple Leafs", "Oilers", "Canadiens", "Rangers", "Bruins", "Panthers", "Avalanche", "Golden Knights"]
MLB = ["Dodgers", "Yankees", "Mets", "Phillies", "Blue Jays", "Cubs", "Braves", "Mariners"]
CRICKET = ["India", "Australia", "England", "Pakistan", "South Africa", "New Zealand", "Sri Lanka", "Bangladesh", "Afghanistan", "West Indies"]
IPL = ["CSK", "MI", "RCB", "KKR", "SRH", "RR", "DC", "PBKS", "GT", "LSG"]
KABADDI = ["Patna Pirates", "Bengaluru Bulls", "Jaipur Pink Panthers", "Puneri Paltan", "U Mumba", "Dabang Delhi", "Tamil Thalaivas", "Telugu Titans", "Haryana Steelers", "Gujarat Giants", "UP Yoddhas", "Bengal Warriorz"]
F1_DRIVERS = ["Verstappen", "Norris", "Piastri", "Leclerc", "Hamilton", "Russell", "Antonelli", "Alonso", "Sainz", "Bortoleto", "Colapinto", "Hadjar"]
F1_TEAMS = ["Ferrari", "McLaren", "Red Bull", "Mercedes", "Aston Martin", "Williams", "Audi", "Cadillac", "Alpine"]
F1_RACES = ["Las Vegas GP", "GP de São Paulo", "Gran Premio de México", "Qatar GP", "Abu Dhabi GP", "Japanese GP"]
KHL = ["СКА", "ЦСКА", "Ак Барс", "Металлург Мг", "Авангард", "Локомотив", "Динамо М", "Трактор", "Салават Юлаев", "Спартак"]

UFC_FIGHTERS = ["Islam Makhachev", "Ilia Topuria", "Alex Pereira", "Tom Aspinall", "Khamzat Chimaev", "Dricus du Plessis", "Merab Dvalishvili", "Sean O'Malley", "Conor McGregor", "Paddy Pimblett", "Justin Gaethje", "Charles Oliveira", "Alexandre Pantoja", "Valentina Shevchenko", "Zhang Weili", "Shavkat Rakhmonov", "Jack Della Maddalena", "Arman Tsarukyan", "Magomed Ankalaev", "Jon Jones", "Umar Nurmagomedov", "Diego Lopes", "Benoît Saint Denis", "Movsar Evloev"]
BOXERS = ["Canelo Álvarez", "Terence Crawford", "Oleksandr Usyk", "Tyson Fury", "Anthony Joshua", "Daniel Dubois", "Naoya Inoue", "Jake Paul", "Gervonta Davis", "Shakur Stevenson", "Dmitry Bivol", "Artur Beterbiev", "Devin Haney", "Ryan Garcia", "Teófimo López", "Jaron Ennis", "David Benavidez", "Junto Nakatani"]
PPV_EVENTS = [
    ("UFC {n}", "ufc", "*"), ("Noche UFC", "ufc", "es"), ("Riyadh Season Card", "boxing", "*"),
    ("Zuffa Boxing {n2}", "boxing", "en"), ("Misfits Boxing {n2}", "boxing", "en"),
    ("WWE Survivor Series: WarGames", "wwe", "*"), ("AEW Full Gear", "wwe", "en"),
    ("FAME MMA {n2}", "pl_freak", "pl"), ("PRIME MMA {n2}", "pl_freak", "pl"), ("Clout MMA {n2}", "pl_freak", "pl"),
    ("Hype FC {n2}", "ru_freak", "ru"), ("Top Dog FC {n2}", "ru_freak", "ru"), ("OKTAGON {n2}", "oktagon", "cs"),
    ("RIZIN.{n2}", "rizin", "ja"), ("ONE Championship {n2}", "one", "th"),
]
FREAK_FIGHTERS = {
    "pl_freak": ["Marcin Najman", "Alan Kwieciński", "Mamed Khalidov", "Taazy", "Don Kasjo", "Tańcula", "Boxdel", "Denis Załęcki"],
    "ru_freak": ["Шовхал Чурчаев", "Хейбати", "Мохнатый", "Регбист", "Ислам Каримов", "Тарасов"],
    "oktagon": ["Karlos Vémola", "Patrik Kincl", "Jiří Procházka", "David Kozma"],
    "rizin": ["朝倉未来", "平本蓮", "鈴木千裕", "クレベル・コイケ", "堀口恭司", "扇久保博正"],
    "one": ["Rodtang", "Superlek", "Tawanchai", "Nong-O", "Takeru", "Jonathan Haggerty"],
}

ESPORTS = {
    "League of Legends": (["LCK", "LPL", "LEC", "LTA", "CBLOL", "LFL", "Superliga", "Prime League"], ["T1", "Gen.G", "HLE", "BLG", "JDG", "G2", "FNC", "KC", "MKOI", "FLY", "TL", "paiN", "LOUD", "VIT"]),
    "Counter-Strike": (["BLAST Premier", "IEM", "PGL", "ESL Pro League", "CCT"], ["Vitality", "Spirit", "MOUZ", "FaZe", "NaVi", "Falcons", "The MongolZ", "FURIA", "G2", "Aurora", "3DMAX", "Virtus.pro"]),
    "VALORANT": (["VCT", "VCT Game Changers", "Challengers"], ["Sentinels", "FNATIC", "PRX", "EDG", "Team Heretics", "LOUD", "G2", "Team Liquid", "DRX"]),
    "Dota 2": (["DreamLeague", "PGL Wallachia", "BLAST Slam", "FISSURE"], ["Team Spirit", "Tundra", "Gaimin Gladiators", "BetBoom", "Team Falcons", "PARIVISION", "Xtreme Gaming"]),
    "Rocket League": (["RLCS"], ["Karmine Corp", "Team Vitality", "NRG", "Falcons", "G2"]),
    "Mobile Legends: Bang Bang": (["MPL ID", "MPL PH", "M7"], ["ONIC", "RRQ Hoshi", "EVOS", "Team Liquid PH", "Falcons AP.Bren"]),
    "Street Fighter 6": (["Capcom Pro Tour", "EVO"], ["Punk", "MenaRD", "Kakeru", "Tokido", "Daigo"]),
}


def sport_pair(rng, lang, sport="football"):
    """Two teams a streamer of this language would plausibly name, plus a league label."""
    if sport == "nba":
        a, b = rng.sample(NBA, 2); return a, b, "NBA"
    if sport == "nfl":
        a, b = rng.sample(NFL, 2); return a, b, "NFL"
    if sport == "nhl":
        a, b = rng.sample(NHL, 2); return a, b, "NHL"
    if sport == "mlb":
        a, b = rng.sample(MLB, 2); return a, b, "MLB"
    if sport == "cricket":
        if rng.random() < 0.4:
            a, b = rng.sample(IPL, 2); return a, b, "IPL"
        a, b = rng.sample(CRICKET, 2); return a, b, rng.choice(["T20I", "ODI", "Test"])
    if sport == "kabaddi":
        a, b = rng.sample(KABADDI, 2); return a, b, "PKL"
    if sport == "khl":
        a, b = rng.sample(KHL, 2); return a, b, "КХЛ"
    local = [k for k, (ls, _) in LEAGUES.items() if lang in ls]
    if local and rng.random() < 0.75:
        lg = rng.choice(local)
    else:
        lg = rng.choice(["Premier League", "LaLiga", "Serie A", "Bundesliga", "Ligue 1"])
    if rng.random() < 0.25:
        pairs = [p for p in DERBIES if p[0] in LEAGUES[lg][1] and p[1] in LEAGUES[lg][1]]
        if pairs:
            p = rng.choice(pairs)
            return p[0], p[1], lg
    a, b = rng.sample(LEAGUES[lg][1], 2)
    return a, b, lg


def derby_nick(rng, a, b):
    for key in ((a, b), (b, a)):
        if key in DERBIES:
            return rng.choice(DERBIES[key])
    return None


def live_fixtures(hour_index):
    """Fixtures in play (or in their pre-match half hour) during the given hour index."""
    out = []
    for fx in FIXTURES:
        ko = fx[4]
        if ko - 0.75 < hour_index + 1 and ko + 2.0 > hour_index:
            out.append(fx)
    return out
