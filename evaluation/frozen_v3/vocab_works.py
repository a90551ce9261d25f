"""Copyrighted works: films, series, anime, telenovelas. Localised titles per language,
abbreviations and emoji hints used by disguised titles."""

FILMS = ["Dune: Part Two", "Oppenheimer", "Inside Out 2", "Deadpool & Wolverine", "Gladiator II", "Wicked", "Moana 2",
         "Interstellar", "The Dark Knight", "Avatar: The Way of Water", "Spider-Man: Across the Spider-Verse", "John Wick: Chapter 4",
         "Barbie", "Top Gun: Maverick", "The Batman", "Titanic", "Shrek 2", "Kung Fu Panda 4", "Godzilla x Kong: The New Empire",
         "Avengers: Endgame", "Sinners", "Superman", "Jurassic World Rebirth", "Zootopia 2", "Avatar: Fire and Ash",
         "A Minecraft Movie", "The Super Mario Bros. Movie", "Five Nights at Freddy's 2", "Lilo & Stitch", "Thunderbolts*",
         "Mission: Impossible – The Final Reckoning", "The Conjuring: Last Rites", "Wicked: For Good", "F1 The Movie",
         "Joker: Folie à Deux", "Despicable Me 4", "The Lord of the Rings: The Return of the King", "Pulp Fiction", "Fight Club"]

FILMS_LOCAL = {
    "es": ["Intensa-Mente 2", "Coco", "El Padrino", "Amores perros", "El laberinto del fauno", "Mufasa: El Rey León", "Relatos salvajes"],
    "pt": ["Tropa de Elite", "Cidade de Deus", "Ainda Estou Aqui", "O Auto da Compadecida 2", "Divertida Mente 2", "Minha Mãe é uma Peça"],
    "ru": ["Брат 2", "Ирония судьбы", "Головоломка 2", "Дюна 2", "Мастер и Маргарита", "Чебурашка", "Холоп 2", "Вызов"],
    "de": ["Der Schuh des Manitu 2", "Das Boot", "Fack ju Göhte", "Alles steht Kopf 2", "Im Westen nichts Neues"],
    "fr": ["Intouchables", "Le Comte de Monte-Cristo", "Vice-Versa 2", "Astérix et Obélix : Mission Cléopâtre", "Bienvenue chez les Ch'tis"],
    "ja": ["千と千尋の神隠し", "君の名は。", "劇場版 鬼滅の刃 無限城編", "名探偵コナン 隻眼の残像", "すずめの戸締まり", "ゴジラ-1.0"],
    "ko": ["기생충", "범죄도시4", "파묘", "서울의 봄", "올드보이", "부산행"],
    "zh": ["哪吒之魔童闹海", "流浪地球2", "满江红", "长津湖", "你好，李焕英"],
    "tr": ["Recep İvedik 7", "Babam ve Oğlum", "Eşkıya", "Organize İşler 2", "Kuru Otlar Üstüne"],
    "it": ["La vita è bella", "Perfetti sconosciuti", "C'è ancora domani", "Quo vado?"],
    "pl": ["Chłopaki nie płaczą", "Kiler", "Miś", "Pitbull", "Listy do M. 6"],
    "hi": ["Pushpa 2: The Rule", "Jawan", "Animal", "Stree 2", "Kalki 2898 AD", "Saiyaara"],
    "th": ["ธี่หยด 2", "หลานม่า", "สัปเหร่อ"], "vi": ["Mai", "Lật Mặt 7", "Địa Đạo"], "id": ["Agak Laen", "KKN di Desa Penari", "Jumbo"],
    "uk": ["Мавка. Лісова пісня", "Довбуш", "Щедрик"], "cs": ["Pelíšky", "Vesničko má středisková", "Kulový blesk"],
    "hu": ["Üvegtigris", "A Tanú", "Valami Amerika"], "el": ["Κυνόδοντας", "Safe Sex", "Λούφα και παραλλαγή"],
    "sv": ["Sällskapsresan", "Jönssonligan"], "nl": ["Alles is Liefde", "New Kids Turbo"], "ar": ["ولاد رزق 3", "الفيل الأزرق 2", "الحريفة"],
}

SERIES = ["Breaking Bad", "The Office", "Friends", "The Boys", "House of the Dragon", "Squid Game", "Stranger Things", "The Last of Us",
          "Game of Thrones", "The Bear", "Severance", "Wednesday", "Arcane", "Rick and Morty", "The Simpsons", "Family Guy",
          "Peaky Blinders", "The Walking Dead", "Better Call Saul", "Succession", "Shōgun", "Fallout", "The Witcher", "Dexter: Resurrection",
          "The Rings of Power", "Invincible", "Andor", "The Mandalorian", "Prison Break", "Lost", "Dr. House", "Euphoria"]
SERIES_LOCAL = {
    "es": ["La casa de papel", "Élite", "El Chavo del 8", "La Rosa de Guadalupe", "Narcos: México", "Cien años de soledad"],
    "pt": ["Sintonia", "Irmandade", "Avenida Brasil", "Os Normais", "Cidade Invisível"],
    "ru": ["Слово пацана", "Кухня", "Интерны", "Универ", "Сваты", "Реальные пацаны", "Триггер"],
    "de": ["Dark", "Babylon Berlin", "How to Sell Drugs Online (Fast)", "Tatort", "Stromberg"],
    "fr": ["Lupin", "Kaamelott", "Les Bracelets rouges", "Plus belle la vie"], "tr": ["Kurtlar Vadisi", "Yalı Çapkını", "Muhteşem Yüzyıl", "Kızılcık Şerbeti"],
    "ko": ["오징어 게임", "더 글로리", "눈물의 여왕", "무빙", "런닝맨", "나 혼자 산다"], "ja": ["VIVANT", "半沢直樹", "SHOGUN 将軍"],
    "zh": ["繁花", "狂飙", "甄嬛传", "庆余年 第二季"], "pl": ["Świat według Kiepskich", "Ranczo", "1670", "Ojciec Mateusz"],
    "it": ["Gomorra", "Mare fuori", "Boris", "Don Matteo"], "th": ["แปลรักฉันด้วยใจเธอ", "เธอคือพรหมลิขิต"], "hi": ["Mirzapur", "Panchayat", "Sacred Games"],
    "ar": ["باب الحارة", "الاختيار"], "uk": ["Слуга народу", "Спіймати Кайдаша"], "cs": ["Most!", "Arabela"], "hu": ["Aranyélet"],
    "el": ["Το Καφέ της Χαράς", "Άγριες Μέλισσες"], "vi": ["Về Nhà Đi Con"], "id": ["Ipar Adalah Maut"],
}

ANIME = ["One Piece", "Naruto Shippuden", "Jujutsu Kaisen", "Attack on Titan", "Demon Slayer", "Dragon Ball Super", "Dragon Ball Daima",
         "Frieren: Beyond Journey's End", "Solo Leveling", "Chainsaw Man", "My Hero Academia", "Spy x Family", "Bleach: Thousand-Year Blood War",
         "Hunter x Hunter", "Dan Da Dan", "Kaiju No. 8", "Oshi no Ko", "Blue Lock", "Haikyu!!", "Death Note", "Fullmetal Alchemist: Brotherhood",
         "Pokémon Horizons", "Detective Conan", "Boruto", "Sakamoto Days", "The Apothecary Diaries", "Re:Zero", "Mob Psycho 100"]
ANIME_LOCAL = {"ja": ["ワンピース", "呪術廻戦", "鬼滅の刃", "進撃の巨人", "葬送のフリーレン", "チェンソーマン", "名探偵コナン", "ダンダダン"],
               "ko": ["원피스", "주술회전", "나 혼자만 레벨업", "귀멸의 칼날"], "zh": ["海贼王", "咒术回战", "鬼灭之刃", "进击的巨人", "斗罗大陆", "凡人修仙传"],
               "ru": ["Ван Пис", "Магическая битва", "Атака титанов", "Клинок, рассекающий демонов"], "th": ["วันพีซ", "ดาบพิฆาตอสูร"],
               "vi": ["Thám Tử Lừng Danh Conan", "Đảo Hải Tặc"], "ar": ["ون بيس", "هجوم العمالقة"]}

ABBR = {"House of the Dragon": ["HOTD", "H0TD"], "Game of Thrones": ["GoT", "G.o.T"], "Jujutsu Kaisen": ["JJK", "jjk"],
        "Attack on Titan": ["AoT", "SnK"], "One Piece": ["OP", "1P", "op"], "Breaking Bad": ["BrBa", "BB"], "Demon Slayer": ["KnY", "DS"],
        "The Walking Dead": ["TWD"], "The Lord of the Rings: The Return of the King": ["LOTR RotK", "LotR 3"], "My Hero Academia": ["MHA", "BNHA"],
        "Fullmetal Alchemist: Brotherhood": ["FMAB"], "Hunter x Hunter": ["HxH", "hxh"], "Dragon Ball Super": ["DBS", "dbs"],
        "Avengers: Endgame": ["Endg4me", "A4"], "Spider-Man: Across the Spider-Verse": ["ATSV", "spidey verse 2"],
        "Dune: Part Two": ["Dune 2", "D2"], "Inside Out 2": ["IO2"], "Deadpool & Wolverine": ["DP3", "D&W"], "The Last of Us": ["TLOU", "tlou s2"],
        "Stranger Things": ["ST5", "Str4nger Th1ngs"], "Rick and Morty": ["R&M", "rnm"], "Naruto Shippuden": ["Shippuden", "nrt"],
        "Chainsaw Man": ["CSM", "csm"], "Solo Leveling": ["SL", "sololvl"], "Squid Game": ["SG3", "squid g"], "The Boys": ["TB S5"],
        "Frieren: Beyond Journey's End": ["Frieren"], "Detective Conan": ["DC", "Conan"], "Spy x Family": ["SxF"]}

EMOJI_HINT = {"Dune: Part Two": "🏜️🐛 2", "Inside Out 2": "🧠😭 2", "The Batman": "🦇🌃", "The Dark Knight": "🦇🃏", "Barbie": "💖👱‍♀️🎀",
              "Oppenheimer": "💣☢️👒", "Titanic": "🚢🧊💔", "Shrek 2": "🟢👹 2", "Moana 2": "🌊🛶 2", "Kung Fu Panda 4": "🐼🥋 4",
              "House of the Dragon": "🐉👑", "Squid Game": "🦑🎮", "Breaking Bad": "🧪💎", "One Piece": "🏴‍☠️👒", "Stranger Things": "🚲🔦👾",
              "Attack on Titan": "🧱👹", "Demon Slayer": "👹⚔️", "Game of Thrones": "🐺🐉👑", "The Office": "🏢📎", "Friends": "☕🛋️👫",
              "Spider-Man: Across the Spider-Verse": "🕷️🕸️🌌", "The Simpsons": "🍩💛", "Wicked": "💚🧙‍♀️", "Naruto Shippuden": "🍥🦊",
              "Dragon Ball Super": "🐉🔮", "Zootopia 2": "🐰🦊 2", "Superman": "🦸‍♂️🟥", "Avengers: Endgame": "⏳🧤", "Jurassic World Rebirth": "🦖🦕"}

TELENOVELAS = ["La Rosa de Guadalupe", "Betty la fea", "Rebelde", "Carrusel", "Chiquititas", "Avenida Brasil", "Malhação", "Pasión de Gavilanes",
               "Rubí", "María la del Barrio", "Yo soy Betty, la fea", "Café con aroma de mujer", "El Clon", "Terra Nostra", "Rebelde Way"]
