"""Shared vocabulary: languages, tags, decorations, placeholder titles, slot fillers."""

# language code -> share of streamers (percent), display tag
LANGS = [
    ("en", 45.0, "English"), ("es", 10.5, "Español"), ("pt", 7.0, "Português"), ("de", 5.0, "Deutsch"),
    ("ru", 5.5, "Русский"), ("fr", 4.5, "Français"), ("ja", 4.0, "日本語"), ("ko", 2.5, "한국어"),
    ("it", 2.0, "Italiano"), ("tr", 2.0, "Türkçe"), ("pl", 2.0, "Polski"), ("zh", 2.0, "中文"),
    ("ar", 1.3, "العربية"), ("th", 1.0, "ไทย"), ("uk", 0.9, "Українська"), ("nl", 0.8, "Nederlands"),
    ("id", 0.6, "BahasaIndonesia"), ("vi", 0.5, "TiếngViệt"), ("cs", 0.5, "Čeština"), ("sv", 0.4, "Svenska"),
    ("ro", 0.4, "Română"), ("hu", 0.3, "Magyar"), ("fi", 0.3, "Suomi"), ("da", 0.3, "Dansk"),
    ("el", 0.3, "Ελληνικά"), ("no", 0.2, "Norsk"),
]
LANG_TAG = {c: t for c, _, t in LANGS}

# rough UTC offset of a language's main audience (for activity curves)
LANG_TZ = {"en": -5, "es": -3, "pt": -3, "de": 2, "fr": 2, "it": 2, "pl": 2, "nl": 2, "sv": 2, "cs": 2,
           "hu": 2, "da": 2, "no": 2, "ro": 3, "fi": 3, "el": 3, "ru": 3, "uk": 3, "tr": 3, "ar": 3,
           "th": 7, "vi": 7, "id": 7, "zh": 8, "ja": 9, "ko": 9}

GENERIC_TAGS = ["Chill", "Funny", "NoBackseating", "LGBTQIA", "Vtuber", "DropsEnabled", "FirstPlaythrough",
                "Blind", "Interactive", "Cozy", "ADHD", "Girl", "Gamer", "Friendly", "NoSpoilers",
                "Streamer", "Family", "SafeSpace", "Casual", "Adult", "Competitive", "Educational"]
KIND_TAGS = {
    "game": ["FPS", "PvP", "Coop", "Speedrun", "Strategy", "RPG", "Survival", "Ranked", "Shooter",
             "Multiplayer", "Singleplayer", "Retro", "Horror", "Indie", "MMO", "Sandbox"],
    "jc": ["JustChatting", "Talk", "React", "Community", "Morning", "Coffee"],
    "irl": ["IRL", "Travel", "Outdoors", "Walking", "Fitness", "Gym", "Japan", "Tokyo"],
    "podcast": ["Podcast", "TalkShow", "Interview", "Comedy", "News", "Politics"],
    "music": ["Music", "Lofi", "OriginalMusic", "Guitar", "Piano", "Singing", "Producer", "Radio247"],
    "dj": ["DJ", "House", "Techno", "DnB", "Vinyl", "Electronic", "DJProgram"],
    "creative": ["Art", "Drawing", "Digital", "Coding", "GameDev", "Cooking", "Crafts", "Tech"],
    "chess": ["Chess", "Blitz", "Bullet", "Rapid", "Educational"],
    "sports": ["Sports", "Football", "Soccer", "NFL", "NBA", "FantasyFootball", "Analysis"],
    "events": ["Event", "Charity", "Esports", "Live"],
    "tabletop": ["DnD", "TTRPG", "Roleplay", "Pathfinder", "ActualPlay"],
    "casino": ["Slots", "Casino", "Gambling"],
    "asmr": ["ASMR", "Relaxing", "Sleep", "Tingles"],
}
PIRATE_TAGS = ["Movies", "Film", "HD", "1080p", "FullHD", "Pelicula", "Filme", "Kino", "Anime", "Series",
               "Football", "Futbol", "Soccer", "UFC", "Boxing", "MMA", "Live", "247", "Free", "Cinema",
               "Фильмы", "Сериалы", "Dizi", "Film", "Peliculas", "Filmes", "Desenhos", "Cartoons"]

CMDS = ["!discord", "!drops", "!socials", "!yt", "!merch", "!prime", "!sub", "!tiktok", "!insta", "!pc",
        "!specs", "!sens", "!crosshair", "!settings", "!giveaway", "!schedule", "!vpn", "!gg", "!code",
        "!sponsor", "!energy", "!keyboard", "!song", "!rules", "!lurk", "!opgg", "!rank", "!twitter", "!x"]
CMDS_LANG = {"es": ["!redes", "!horario", "!sorteo"], "pt": ["!redes", "!pix", "!sorteio", "!grupo"],
             "de": ["!befehle", "!gewinnspiel", "!zeiten"], "fr": ["!reseaux", "!planning", "!concours"],
             "ru": ["!донат", "!тг", "!телеграм"], "pl": ["!donate", "!konkurs"], "tr": ["!bağış", "!dc"]}

EMOJI_PRE = ["🔴", "🔴 LIVE", "🔴LIVE", "🟢", "‼️", "⚡", "🔥", "💜", "🎮", "✨", "🌸", "👑", "💀", "🚨", "[LIVE]",
             "(LIVE)", "LIVE:", "🔴 AO VIVO" , "⭐", "🌙", "☕", "🏆", "🎉", "[DROPS]", "[18+]", "(18+)",
             "[EN]", "[ENG]", "[PL]", "[DE/EN]", "🇧🇷", "🇪🇸", "🇲🇽", "🇦🇷", "🇩🇪", "🇫🇷", "🇯🇵", "🇰🇷", "🇹🇷"]
EMOJI_ANY = ["😂", "🤣", "😈", "😎", "🥲", "😭", "💯", "🙏", "🤝", "🎯", "😴", "🫡", "🐐", "🤡", "💪", "👀",
             "🥶", "🍕", "🎂", "❤️", "💙", "💚", "💛", "🖤", "🐸", "🦊", "🐱", "🐺", "⚔️", "🛡️", "🏹", "🧠"]

# placeholder titles: used by ordinary streamers *and* by evasive hoppers
PLACEHOLDERS_COMMON = [".", "..", "...", "-", "_", "a", "x", "?", "!", "🍿", "📺", "🎬", "⚽", "🥊", "♥", "❤",
                       "💤", "🌙", "✨", "👀", "🙂", "🔴", "zzz", "chill", "stream", "untitled", "Untitled",
                       "test", "testing", "live", "LIVE", "no title", "title", "brb", "hi", "yo", "vibes",
                       "late night", "sleepy", "ok", "lol", ":)", "o/", "hmm", "🫠", "..."]
PLACEHOLDERS = {
    "en": ["just vibin", "chillin", "eh", "idk", "title later", "stream", "new stream", "quiet stream"],
    "es": ["directo", "en vivo", "sin título", "probando", "hola", "relax", "stream", "directito"],
    "pt": ["ao vivo", "sem título", "live", "testando", "de boa", "oi", "live on", "on"],
    "de": ["ohne Titel", "Stream", "chillig", "live", "moin", "Test", "servus", "gemütlich"],
    "fr": ["live", "sans titre", "stream", "tranquille", "test", "coucou", "tranquillou", "go"],
    "ru": ["стрим", "без названия", "тест", "чилл", "привет", "эфир", "ку", "стримчик"],
    "ja": ["配信", "無題", "テスト", "まったり", "雑", "。", "ねむい", "作業", "ー"],
    "ko": ["방송", "제목 없음", "테스트", "ㅎㅇ", "ㅋㅋ", "켜둠", "방제", "ㅇ"],
    "zh": ["直播", "无标题", "测试", "随便", "。。", "摸鱼", "开播", "无"],
    "it": ["live", "senza titolo", "stream", "prova", "relax", "ciao"],
    "tr": ["yayın", "canlı", "başlıksız", "test", "takılıyoruz", "selam"],
    "pl": ["stream", "na żywo", "bez tytułu", "test", "luz", "siema"],
    "ar": ["بث", "مباشر", "تجربة", "بدون عنوان", "هلا"],
    "th": ["ไลฟ์", "สตรีม", "ทดสอบ", "ชิลๆ"],
    "uk": ["стрім", "без назви", "тест", "привіт"],
    "nl": ["stream", "chill", "test", "zonder titel", "hoi"],
    "id": ["live", "santai", "tes", "mabar", "halo"],
    "vi": ["live", "test", "chill", "không tiêu đề"],
    "cs": ["stream", "bez názvu", "test", "čau"],
    "sv": ["stream", "test", "hej", "lugnt"],
}

FRIENDS = ["Tyler", "Jess", "Marco", "Nico", "Sam", "Alex", "Lena", "Yuki", "Mina", "Rafa", "Kuba", "Olly",
           "Dani", "Luca", "Emre", "Vova", "Sasha", "Kenji", "Hana", "Leo", "Mia", "Noah", "Bruno", "Tomek",
           "the boys", "the squad", "chat", "my gf", "my bf", "my brother", "my dad", "viewers"]

CHARITIES = ["St. Jude", "Make-A-Wish", "Doctors Without Borders", "Save the Children", "the Trevor Project",
             "Movember", "Extra Life", "Red Cross", "Médecins Sans Frontières", "UNICEF", "Mind UK",
             "Cancer Research UK", "Alzheimer's Association", "Special Effect", "AbleGamers", "Child's Play",
             "WWF", "Team Seas", "Ärzte ohne Grenzen", "Cruz Roja", "Restos du Cœur", "Institut Pasteur",
             "DKMS", "Wielka Orkiestra Świątecznej Pomocy", "Fundación Aladina", "GRAACC", "Teletón"]

CITIES = {
    "en": ["London", "NYC", "LA", "Chicago", "Toronto", "Sydney", "Dublin", "Austin", "Seattle", "Vegas"],
    "es": ["Madrid", "Barcelona", "CDMX", "Buenos Aires", "Bogotá", "Lima", "Santiago", "Sevilla"],
    "pt": ["São Paulo", "Rio", "BH", "Lisboa", "Porto", "Curitiba", "Recife", "Floripa"],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Wien", "Zürich", "Leipzig"],
    "fr": ["Paris", "Lyon", "Marseille", "Bordeaux", "Montréal", "Bruxelles", "Lille"],
    "ru": ["Москва", "Питер", "Казань", "Новосибирск", "Екатеринбург"],
    "ja": ["渋谷", "新宿", "大阪", "秋葉原", "京都", "福岡", "札幌"],
    "ko": ["서울", "홍대", "강남", "부산", "제주", "인천"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Bologna"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Antalya"],
    "pl": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"],
    "zh": ["台北", "高雄", "香港", "上海", "台中"],
}

# sports video game fillers (real clubs / players: hard negatives)
FOOTBALL_CLUBS = ["Real Madrid", "Barcelona", "Man City", "Arsenal", "Liverpool", "Man United", "Chelsea", "Spurs",
                  "Bayern", "Dortmund", "PSG", "Marseille", "Juventus", "Inter", "AC Milan", "Napoli", "Atlético",
                  "Benfica", "Porto", "Sporting", "Ajax", "Galatasaray", "Fenerbahçe", "Beşiktaş", "Flamengo",
                  "Palmeiras", "Corinthians", "Boca Juniors", "River Plate", "Club América", "Chivas", "Al Nassr",
                  "Al Hilal", "Wrexham", "Sunderland", "Leeds", "Legia Warszawa", "Lech Poznań", "Zenit", "Spartak"]
FOOTBALLERS = ["Mbappé", "Haaland", "Vinícius Jr", "Bellingham", "Lamine Yamal", "Salah", "Kane", "Saka",
               "Pedri", "Musiala", "Wirtz", "Messi", "Ronaldo", "Neymar", "Rodri", "Palmer", "Lewandowski",
               "Osimhen", "Arda Güler", "Endrick", "Kvaratskhelia", "Rashford", "Foden", "Ødegaard"]
NBA_TEAMS = ["Lakers", "Celtics", "Warriors", "Knicks", "Bulls", "Heat", "Nuggets", "Thunder", "Mavericks",
             "Bucks", "Suns", "76ers", "Spurs", "Cavaliers", "Timberwolves", "Pacers"]
NBA_PLAYERS = ["LeBron", "Curry", "Wemby", "SGA", "Luka", "Jokić", "Giannis", "Tatum", "Ant Edwards", "KD", "Jalen Brunson"]
NFL_TEAMS = ["Chiefs", "Eagles", "Cowboys", "Bills", "Ravens", "49ers", "Lions", "Packers", "Steelers", "Bears",
             "Dolphins", "Jets", "Giants", "Bengals", "Texans", "Commanders", "Browns", "Raiders"]
CFB_TEAMS = ["Georgia", "Alabama", "Ohio State", "Michigan", "Texas", "Oregon", "Notre Dame", "LSU", "Colorado", "USC"]
UFC_FIGHTERS = ["Jon Jones", "Tom Aspinall", "Islam Makhachev", "Ilia Topuria", "Alex Pereira", "Conor McGregor",
                "Khabib", "Dricus du Plessis", "Khamzat", "Sean O'Malley", "Merab", "Max Holloway", "Charles Oliveira",
                "Israel Adesanya", "Justin Gaethje", "Paddy Pimblett", "Jan Błachowicz", "Mateusz Gamrot"]
F1_DRIVERS = ["Verstappen", "Norris", "Leclerc", "Hamilton", "Piastri", "Russell", "Alonso", "Sainz", "Antonelli", "Bortoleto"]
F1_GPS = ["Monaco", "Silverstone", "Spa", "Monza", "Suzuka", "Interlagos", "Las Vegas", "Baku", "Imola", "Zandvoort", "Jeddah"]
MLB_TEAMS = ["Yankees", "Dodgers", "Mets", "Red Sox", "Cubs", "Braves", "Astros", "Phillies", "Mariners", "Blue Jays"]
NHL_TEAMS = ["Oilers", "Maple Leafs", "Panthers", "Rangers", "Bruins", "Avalanche", "Canadiens", "Penguins"]
WWE_NAMES = ["Cody Rhodes", "Roman Reigns", "CM Punk", "Rhea Ripley", "Seth Rollins", "Gunther", "Jey Uso", "Bianca Belair"]

# esports (official rebroadcasts / watch parties: hard negatives)
ESPORTS = {
    "League of Legends": (["T1", "Gen.G", "HLE", "BLG", "G2", "Fnatic", "KC", "FLY", "TES", "JDG", "DK", "KT"],
                          ["Worlds 2026", "LCK", "LEC", "LTA", "LPL", "MSI 2026"]),
    "VALORANT": (["Sentinels", "Fnatic", "PRX", "EDG", "G2", "Team Heretics", "Team Liquid", "LOUD", "DRX"],
                 ["VCT Champions 2026", "VCT EMEA", "VCT Americas", "VCT Pacific", "Masters"]),
    "Counter-Strike": (["Vitality", "NAVI", "FaZe", "Spirit", "MOUZ", "Falcons", "G2", "The MongolZ", "FURIA", "Aurora"],
                       ["IEM Cologne", "BLAST Premier", "PGL Major", "ESL Pro League", "IEM Katowice"]),
    "Dota 2": (["Team Spirit", "Tundra", "Gaimin Gladiators", "Team Liquid", "Falcons", "BetBoom", "Xtreme"],
               ["The International 2026", "DreamLeague", "PGL Wallachia", "Riyadh Masters"]),
    "Rocket League": (["Vitality", "Karmine Corp", "Falcons", "G2", "BDS", "Spacestation"], ["RLCS 2026", "RLCS Worlds"]),
    "Fortnite": (["Peterbot", "Pollo", "Queasy", "Veno", "Malibuca"], ["FNCS Global Championship", "FNCS Major 3"]),
    "Overwatch 2": (["Crazy Raccoon", "Team Falcons", "Twisted Minds", "Spacestation"], ["OWCS World Finals", "OWCS EMEA"]),
    "Apex Legends": (["TSM", "Alliance", "Falcons", "FNATIC"], ["ALGS Championship", "ALGS Split 2"]),
}
