"""More works: anime, K-dramas, Turkish dizi, Indian, Russian, Asian, Arabic. Same line format as vocab_works."""

from vocab_works import _WORKS

_WORLD = """
One Piece|anime|*|OP,ワンピース,ван пис|🏴‍☠️👒|pirate rubber boy;straw hat show
Jujutsu Kaisen|anime|*|JJK,呪術廻戦|🤞👁️|sorcerer school anime
Chainsaw Man|anime|*|CSM,チェンソーマン|🪚😈|Denji show
Frieren: Beyond Journey's End|anime|*|Frieren,葬送のフリーレン|🧝‍♀️🌸|elf mage anime
Solo Leveling|anime|*|SL,俺だけレベルアップな件,나 혼자만 레벨업|⚔️🟦|Sung Jinwoo anime
Dandadan|anime|*|DDD,ダンダダン|👽👻|Okarun anime
Kaiju No. 8|anime|*|KN8,怪獣8号|🦖🔢|kaiju anime
Spy x Family|anime|*|SxF,スパイファミリー|🕵️🥜|Anya show
Demon Slayer|anime|*|KNY,Kimetsu,鬼滅の刃|👹🗡️|Tanjiro anime
Demon Slayer: Infinity Castle|anime_film|*|Infinity Castle,無限城編|🏯👹|Infinity Castle movie
Attack on Titan|anime|*|AoT,SnK,進撃の巨人|🧱🗡️|titan anime
Naruto Shippuden|anime|*|Naruto,ナルト|🍥🦊|ninja anime
Dragon Ball Super|anime|*|DBS,ドラゴンボール|🐉🟠|goku show
Bleach: Thousand-Year Blood War|anime|*|Bleach TYBW,BLEACH|⚔️💀|Ichigo anime
Oshi no Ko|anime|*|OnK,推しの子|⭐👁️|idol anime
Blue Lock|anime|*|BL,ブルーロック|⚽🔒|egoist football anime
Haikyu!!|anime|*|HQ,ハイキュー|🏐🐦‍⬛|volleyball anime
My Hero Academia|anime|*|MHA,BNHA,僕のヒーローアカデミア|🦸💥|Deku anime
Hunter x Hunter|anime|*|HxH|🎣⚡|Gon and Killua
Detective Conan|anime|ja,zh,fr,es,it|名探偵コナン,Case Closed|🕵️🎀|Conan
Doraemon|anime|ja,zh,es,it,vi,id,th|ドラえもん,哆啦A夢|🐱🔔|blue robot cat
Crayon Shin-chan|anime|ja,zh,es,it,ko|クレヨンしんちゃん,蜡笔小新,Shin Chan|🖍️👦|Shin chan
Pokémon Horizons|anime|*|ポケモン,Pokémon anime|⚡🐭|pokemon anime
Sailor Moon|anime|*|セーラームーン|🌙💫|moon prism anime
Neon Genesis Evangelion|anime|*|Eva,エヴァ|🤖🟣|Shinji robot anime
Your Name.|anime_film|*|君の名は。|☄️🧶|Shinkai movie
Spirited Away|anime_film|*|千と千尋の神隠し,El viaje de Chihiro|🐉🛁|Chihiro
The Boy and the Heron|anime_film|*|君たちはどう生きるか|🐦🔥|Ghibli heron
Godzilla Minus One|film|*|ゴジラ-1.0,Godzilla -1|🦖💥|godzilla
Squid Game|kdrama|*|SG,오징어 게임|🦑🎮|red light green light show
Queen of Tears|kdrama|*|QoT,눈물의 여왕|👑😢|Queen of Tears
Crash Landing on You|kdrama|*|CLOY,사랑의 불시착|🪂🇰🇵|CLOY
Goblin|kdrama|*|도깨비,Guardian|🗡️🕯️|Goblin drama
The Glory|kdrama|*|더 글로리|♟️🔥|revenge drama
Moving|kdrama|ko,en|무빙|🦸✈️|Moving
Lovely Runner|kdrama|*|선재 업고 튀어|⌚💙|Sun-jae drama
When Life Gives You Tangerines|kdrama|*|폭싹 속았수다|🍊🌊|tangerine drama
Reply 1988|kdrama|*|응답하라 1988|📼🏘️|Reply 88
Extraordinary Attorney Woo|kdrama|*|이상한 변호사 우영우|🐋⚖️|Woo Young-woo
Kurtlar Vadisi|dizi|tr,ar,az|KV,Kurtlar Vadisi Pusu|🐺🇹🇷|Polat Alemdar
Diriliş: Ertuğrul|dizi|tr,ar,ur,en|Ertuğrul,Resurrection Ertugrul,قيامة أرطغرل|🏹🐎|Ertuğrul Bey
Kuruluş: Osman|dizi|tr,ar,en|Kuruluş Osman,المؤسس عثمان|⚔️🏕️|Osman Bey
Yalı Çapkını|dizi|tr,ar|YÇ|🏠💔|Ferit ve Seyran
Kızılcık Şerbeti|dizi|tr|KŞ|🍷🏠|Kızılcık
Muhteşem Yüzyıl|dizi|tr,ar|MY,حريم السلطان|👑🕌|Sultan Süleyman
Aşk-ı Memnu|dizi|tr,ar|AM,العشق الممنوع|🍎💔|Bihter
Kara Sevda|dizi|tr,es|KS,Amor eterno|❤️🖤|Kemal ve Nihan
Ezel|dizi|tr|Ezel|🎲🃏|Ezel
Çukur|dizi|tr|Çukur|🕳️🔫|Yamaç
Leyla ile Mecnun|dizi|tr|LiM|😂📻|İsmail Abi
Mirzapur|indian_series|hi,en|Mirzapur S3|🔫🏰|Kaleen Bhaiya
Panchayat|indian_series|hi,en|Panchayat S4|🏡💧|Phulera
Sacred Games|indian_series|hi,en|SG|🔱🕵️|Ganesh Gaitonde
Scam 1992|indian_series|hi,en|Scam 92|📈💰|Harshad Mehta
Kota Factory|indian_series|hi|KF|📚⚫|Jeetu Bhaiya
The Family Man|indian_series|hi,en|TFM|🕵️👨‍👩‍👧|Srikant Tiwari
Taarak Mehta Ka Ooltah Chashmah|indian_series|hi|TMKOC|🏘️😂|Gokuldham
Pushpa 2: The Rule|indian|hi,en,ta|Pushpa 2|🔥🪓|Pushpa Raj
Jawan|indian|hi,en|Jawan|🪖💥|SRK Jawan
Stree 2|indian|hi|Stree 2|👻🏘️|Sarkate
Kalki 2898 AD|indian|hi,en|Kalki|🚀🔱|Kalki
RRR|indian|*|RRR|🔥💧|Naatu Naatu movie
Jailer|indian|hi,ta,en|Jailer 2|🕶️🔥|Thalaivar
Sholay|indian|hi|Sholay|🐎🏜️|Gabbar
Слово пацана. Кровь на асфальте|ru_series|ru,uk,kk|Слово пацана,Slovo patsana|🩸🧢|пацаны с асфальта
Бригада|ru_series|ru|Бригада|🔫🚬|Саша Белый
Интерны|ru_series|ru|Интерны|🏥😂|Быков
Кухня|ru_series|ru,uk|Кухня|🍳🔪|Claude Monet
Универ|ru_series|ru|Универ|🎓🍺|общага
Реальные пацаны|ru_series|ru|РП|😎🏙️|Колян
Папины дочки|ru_series|ru|ПД|👧👧👧|Васнецовы
Жуки|ru_series|ru|Жуки|🐞🏡|Жуки ТНТ
Брат 2|film|ru,uk|Брат-2|🔫🇺🇸|Данила Багров
Иван Васильевич меняет профессию|film|ru|ИВМП|👑⏳|Гайдай
Ирония судьбы, или С лёгким паром!|film|ru,uk|Ирония судьбы|❄️🛁|Женя Лукашин
Чебурашка|film|ru|Чебурашка 2|🍊🐻|Чебурашка
Маша и Медведь|cartoon|*|Masha and the Bear,Маша|👧🐻|Masha
Смешарики|cartoon|ru|Смешарики|🟣🐰|Крош
Ну, погоди!|cartoon|ru,uk|Ну погоди|🐺🐰|волк и заяц
甄嬛传|asia_series|zh|Empresses in the Palace,甄嬛|👑🌸|后宫剧
三体|asia_series|zh,en|3 Body Problem,Three-Body|🪐🔢|三体剧
哪吒之魔童闹海|film|zh,*|Ne Zha 2,哪吒2|🔥🐉|哪吒
流浪地球2|film|zh|The Wandering Earth 2|🌍🚀|流浪地球
繁花|asia_series|zh|Blossoms Shanghai|🌸🏙️|阿宝
狂飙|asia_series|zh|The Knockout|🐟🔪|高启强
想見你|asia_series|zh|Someday or One Day|⏳💌|想見你
我可能不會愛你|asia_series|zh|IMNLY|👫📷|李大仁
ธี่หยด|film|th|Death Whisperer,Tee Yod|👻🪵|ธี่หยด
หลานม่า|film|th|How to Make Millions Before Grandma Dies|👵💸|หลานม่า
บุพเพสันนิวาส|asia_series|th|Love Destiny|📜❤️|พี่หมื่น
เด็กใหม่|asia_series|th|Girl from Nowhere|🎒😈|นาโนะ
F4 Thailand|asia_series|th|F4TH|🌸👑|F4
KKN di Desa Penari|film|id,ms|KKN|💃👻|Badarawuhi
Pengabdi Setan 2: Communion|film|id|Pengabdi Setan|👻🔔|Ibu
Upin & Ipin|cartoon|ms,id|Upin Ipin|👦👦|Kampung Durian Runtuh
Ikatan Cinta|asia_series|id|IC|❤️🏠|Aldebaran
Preman Pensiun|asia_series|id|PP|🕶️🍜|Kang Mus
Mai|film|vi|Mai Trấn Thành|🌸💔|phim Mai
Lật Mặt 7|film|vi|Lật Mặt|👵🏍️|Lý Hải
Bố Già|film|vi|Bo Gia|👴🛵|Ba Sang
باب الحارة|asia_series|ar|Bab al-Hara|🚪🕌|أبو عصام
الاختيار|asia_series|ar|El Ekhteyar|🪖🇪🇬|الاختيار
جعفر العمدة|asia_series|ar|Gaafar El Omda|👳💰|محمد رمضان
الهيبة|asia_series|ar|Al Hayba|🔫🏔️|جبل
طاش ما طاش|asia_series|ar|Tash Ma Tash|😂🇸🇦|طاش
ما وراء الطبيعة|asia_series|ar|Paranormal|👻📖|رفعت إسماعيل
Hanzawa Naoki|asia_series|ja|半沢直樹|💼🙇|倍返し
VIVANT|asia_series|ja|ヴィヴァン|🐎🏜️|別班
"""

KINDS_FILMLIKE = ("film", "indian", "anime_film")
KINDS_LOOPABLE = ("series", "cartoon", "anime", "novela", "kdrama", "dizi", "ru_series", "asia_series", "indian_series")


def _parse(text):
    out = []
    for line in text.strip().split("\n"):
        parts = line.split("|")
        name, kind, langs, abbr, emo, nick = parts
        out.append({
            "name": name, "kind": kind,
            "langs": tuple(langs.split(",")),
            "abbr": [a for a in abbr.split(",") if a],
            "emoji": emo, "nick": nick.split(";"),
        })
    return out


WORKS = _parse(_WORKS) + _parse(_WORLD)


def is_film(w):
    return w["kind"] in KINDS_FILMLIKE


def works_for(lang, rng, kinds=None):
    """Pick a work plausible for a language (local works favoured, worldwide works allowed)."""
    local = [w for w in WORKS if lang in w["langs"] and (kinds is None or w["kind"] in kinds)]
    glob = [w for w in WORKS if "*" in w["langs"] and (kinds is None or w["kind"] in kinds)]
    if local and (rng.random() < 0.55 or not glob):
        return rng.choice(local)
    return rng.choice(glob or local)


# TV channels rebroadcast 24/7 (name, language, kind: "tv" entertainment or "sport")
TV_CHANNELS = [
    ("Sky Sports Main Event", "en", "sport"), ("TNT Sports 1", "en", "sport"), ("ESPN", "en", "sport"),
    ("Cartoon Network", "en", "tv"), ("Adult Swim", "en", "tv"), ("Nickelodeon", "en", "tv"),
    ("Disney Channel", "en", "tv"), ("HBO", "en", "tv"), ("BBC One", "en", "tv"), ("ITV1", "en", "tv"),
    ("beIN SPORTS 1", "ar", "sport"), ("MBC Masr", "ar", "tv"), ("Rotana Cinema", "ar", "tv"), ("SSC 1", "ar", "sport"),
    ("DAZN 1", "es", "sport"), ("Movistar Plus+ LaLiga", "es", "sport"), ("Antena 3", "es", "tv"), ("Telecinco", "es", "tv"),
    ("TyC Sports", "es", "sport"), ("ESPN Premium", "es", "sport"), ("TUDN", "es", "sport"), ("Las Estrellas", "es", "tv"),
    ("Telefe", "es", "tv"), ("Caracol TV", "es", "tv"), ("Win Sports+", "es", "sport"),
    ("SporTV", "pt", "sport"), ("Premiere FC", "pt", "sport"), ("TV Globo", "pt", "tv"), ("SBT", "pt", "tv"),
    ("Sport TV1", "pt", "sport"), ("RTL", "de", "tv"), ("ProSieben", "de", "tv"), ("Sky Sport Bundesliga", "de", "sport"),
    ("TF1", "fr", "tv"), ("M6", "fr", "tv"), ("Canal+ Sport", "fr", "sport"), ("beIN SPORTS France", "fr", "sport"),
    ("Rai 1", "it", "tv"), ("Canale 5", "it", "tv"), ("Sky Sport Calcio", "it", "sport"),
    ("Первый канал", "ru", "tv"), ("ТНТ", "ru", "tv"), ("СТС", "ru", "tv"), ("Матч ТВ", "ru", "sport"),
    ("Polsat", "pl", "tv"), ("TVN", "pl", "tv"), ("Canal+ Sport PL", "pl", "sport"), ("TVP Sport", "pl", "sport"),
    ("Show TV", "tr", "tv"), ("Kanal D", "tr", "tv"), ("ATV", "tr", "tv"), ("beIN SPORTS 1 TR", "tr", "sport"),
    ("NHK総合", "ja", "tv"), ("テレビ朝日", "ja", "tv"), ("フジテレビ", "ja", "tv"),
    ("tvN", "ko", "tv"), ("SBS", "ko", "tv"), ("JTBC", "ko", "tv"),
    ("CCTV-5", "zh", "sport"), ("三立台灣台", "zh", "tv"), ("湖南卫视", "zh", "tv"),
    ("Star Sports 1", "hi", "sport"), ("Sony SAB", "hi", "tv"), ("Colors TV", "hi", "tv"),
    ("ช่อง 3", "th", "tv"), ("Workpoint TV", "th", "tv"), ("RCTI", "id", "tv"), ("SCTV", "id", "tv"),
    ("VTV3", "vi", "tv"), ("K+ Sport 1", "vi", "sport"), ("Nova Sport", "cs", "sport"), ("RTL Klub", "hu", "tv"),
    ("Ziggo Sport", "nl", "sport"), ("Viaplay Sport", "sv", "sport"), ("Cosmote Sport 1", "el", "sport"),
]
