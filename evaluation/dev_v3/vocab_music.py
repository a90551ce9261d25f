"""Music vocabulary: chart artists by language, tours, radio stations, royalty-free sources."""

ARTISTS = {
    "*": ["Taylor Swift", "Drake", "Kendrick Lamar", "SZA", "Bad Bunny", "Billie Eilish", "Sabrina Carpenter",
          "The Weeknd", "Dua Lipa", "Ed Sheeran", "Ariana Grande", "Lady Gaga", "Bruno Mars", "Coldplay",
          "Travis Scott", "Olivia Rodrigo", "Chappell Roan", "Doja Cat", "BLACKPINK", "BTS", "ROSÉ", "Post Malone",
          "Morgan Wallen", "Beyoncé", "Tate McRae", "Benson Boone", "Justin Bieber", "Rihanna"],
    "es": ["Karol G", "Peso Pluma", "Feid", "Rosalía", "Shakira", "Quevedo", "Aitana", "Myke Towers", "Bizarrap",
           "Duki", "Tini", "María Becerra", "Anuel AA", "Fuerza Regida", "Junior H", "Grupo Frontera", "Rauw Alejandro", "Milo J"],
    "pt": ["Anitta", "Marília Mendonça", "Henrique & Juliano", "Jorge & Mateus", "Ana Castela", "MC Ryan SP",
           "Matuê", "Luísa Sonza", "Gusttavo Lima", "Zé Neto & Cristiano", "Veigh", "L7NNON"],
    "de": ["Apache 207", "Luciano", "Capital Bra", "Helene Fischer", "Rammstein", "Nina Chuba", "Ski Aggu", "Shirin David", "Bonez MC"],
    "fr": ["Jul", "Aya Nakamura", "Ninho", "PNL", "SDM", "Gims", "Werenoi", "Tiakola", "Damso", "Angèle"],
    "it": ["Sfera Ebbasta", "Geolier", "Måneskin", "Annalisa", "Anna", "Tedua", "Lazza", "Olly", "Marracash"],
    "ru": ["Miyagi & Andy Panda", "Инстасамка", "Macan", "Егор Крид", "Баста", "Zivert", "Король и Шут", "Jakone", "Dabro"],
    "uk": ["KAZKA", "Jerry Heil", "Okean Elzy", "Kalush Orchestra", "Артем Пивоваров"],
    "pl": ["Sanah", "Dawid Podsiadło", "Mata", "Quebonafide", "Taco Hemingway", "Sobel", "White 2115", "Young Leosia"],
    "tr": ["Tarkan", "Sezen Aksu", "Semicenk", "UZI", "Lvbel C5", "Mabel Matiz", "Ezhel", "Motive", "Mor ve Ötesi"],
    "ar": ["عمرو دياب", "محمد رمضان", "ويجز", "مروان بابلو", "نانسي عجرم", "إليسا", "أحمد سعد"],
    "ko": ["IU", "SEVENTEEN", "Stray Kids", "aespa", "NewJeans", "IVE", "LE SSERAFIM", "Jung Kook", "ATEEZ"],
    "ja": ["YOASOBI", "Ado", "米津玄師", "Mrs. GREEN APPLE", "King Gnu", "Official髭男dism", "Vaundy", "Creepy Nuts", "藤井風"],
    "hi": ["Arijit Singh", "Diljit Dosanjh", "AP Dhillon", "Badshah", "Shreya Ghoshal", "Karan Aujla", "Anirudh"],
    "th": ["Jeff Satur", "LISA", "Bodyslam", "Three Man Down", "Palmy", "Billkin"],
    "id": ["Tulus", "Mahalini", "Nadin Amizah", "Denny Caknan", "Juicy Luicy", "Bernadya"],
    "vi": ["Sơn Tùng M-TP", "HIEUTHUHAI", "Đen Vâu", "MONO", "Hòa Minzy", "Soobin"],
    "zh": ["周杰倫", "五月天", "鄧紫棋", "林俊傑", "蔡依林", "告五人", "薛之謙"],
    "nl": ["Froukje", "Frenna", "Suzan & Freek", "Kris Kross Amsterdam"],
    "sv": ["Zara Larsson", "Yasin", "Miss Li", "Veronica Maggio"],
    "el": ["Snik", "Light", "Marseaux", "Παντελής Παντελίδης"],
}

TOURS = ["The Eras Tour", "Music of the Spheres World Tour", "DeBÍ TiRAR MáS FOToS World Tour", "Grand National Tour",
         "Deadline World Tour", "Short n' Sweet Tour", "Radical Optimism Tour", "After Hours til Dawn",
         "Hit Me Hard and Soft Tour", "Mayhem Ball", "ARIRANG World Tour", "dominATE World Tour",
         "Rock in Rio", "Lollapalooza", "Glastonbury", "Primavera Sound", "Coachella", "Tomorrowland", "Untold",
         "Tropical Carnival", "Sunburn Festival", "Summer Sonic", "Kpop Masterz"]

RADIO = {
    "en": ["Capital FM", "BBC Radio 1", "Kiss FM", "Z100", "Hot 97", "Top 40 Hits"],
    "es": ["LOS40", "Cadena 100", "Radio Disney Latinoamérica", "Exa FM", "Rock & Pop", "Europa FM"],
    "pt": ["Rádio Jovem Pan", "Mix FM", "Antena 3", "Rádio Comercial", "Band FM"],
    "de": ["1LIVE", "Radio Energy", "bigFM", "Bayern 3", "Antenne Bayern"], "fr": ["NRJ", "Skyrock", "Fun Radio", "RTL2"],
    "it": ["RDS", "Radio Deejay", "RTL 102.5", "Radio 105"], "ru": ["Радио Рекорд", "Европа Плюс", "DFM", "Русское Радио"],
    "pl": ["RMF FM", "Radio ZET", "Eska"], "tr": ["Power FM", "Kral FM", "Virgin Radio Türkiye"],
    "ar": ["Mix FM KSA", "Nogoum FM", "Radio Rotana"], "ja": ["J-WAVE", "TOKYO FM"], "ko": ["KBS Cool FM"],
    "nl": ["Qmusic", "Radio 538"], "id": ["Prambors", "Gen FM"], "th": ["Cool Fahrenheit"],
}

# royalty-free / licensed-for-streaming sources used by legitimate 24/7 radios
ROYALTY_FREE = ["StreamBeats", "NCS (NoCopyrightSounds)", "Pretzel", "Epidemic Sound", "Monstercat Gold (licensed)",
                "Chillhop (licensed for streams)", "own productions", "Lofi Girl (licensed)", "artist-approved tracks",
                "Creative Commons tracks", "Soundstripe", "my own beats"]
LOFI_STYLES = ["lofi hip hop", "chillhop", "synthwave", "jazzhop", "ambient", "city pop inspired", "vaporwave", "piano lofi",
               "dark academia lofi", "rainy cafe lofi", "deep house", "drum & bass", "phonk", "study beats"]
DJ_GENRES = ["techno", "house", "tech house", "drum & bass", "afro house", "amapiano", "hardstyle", "trance", "melodic techno",
             "baile funk", "reggaeton", "cumbia", "UK garage", "dubstep", "disco", "italo disco", "hard techno", "psytrance"]
INSTRUMENTS = ["guitar", "piano", "drums", "violin", "bass", "saxophone", "cello", "ukulele", "synth", "vocals", "beatmaking", "FL Studio"]
