"""Titles for non-gaming ordinary kinds (IRL, ASMR, art, music made by the streamer, DJs...).
{n} = a number, {x} = a filler picked from the kind's own list."""

KIND = {
    "irl": {"en": ["walking around Tokyo at night 🇯🇵", "IRL | fishing trip day {n}", "driving to the coast, chat picks the music (royalty free)",
                   "late night grocery run lol", "IRL in Seoul — street food tour", "hiking + chatting", "gym then errands IRL",
                   "exploring an abandoned mall (legally)", "IRL | train ride across Europe day {n}"],
            "es": ["IRL paseando por CDMX", "de viaje por Perú día {n}", "IRL en la feria 🎡"], "pt": ["IRL rolê em SP", "viagem pro nordeste dia {n}"],
            "ja": ["【IRL】夜の渋谷散歩", "【IRL】温泉旅行 {n}日目"], "ko": ["IRL 홍대 산책", "제주도 여행 {n}일차"],
            "ru": ["IRL гуляем по Питеру", "IRL рыбалка"], "de": ["IRL durch Berlin", "IRL Wandern in den Alpen"]},
    "asmr": {"en": ["ASMR tapping & mouth sounds 💤", "ASMR for sleep | ear to ear whispers", "ASMR cranial nerve exam roleplay",
                    "ASMR triggers, no talking", "relaxing ASMR — you WILL fall asleep"],
             "ja": ["【ASMR】耳かき 囁き 💤", "【ASMR】寝かしつけ"], "ko": ["ASMR 팅글 귀청소", "수면 ASMR"],
             "es": ["ASMR para dormir 💤", "ASMR susurros"], "pt": ["ASMR pra dormir", "ASMR sussurros"]},
    "creative": {"en": ["drawing commissions | !prices", "painting a landscape in oils 🎨", "sculpting a dragon in clay", "character design for my webcomic",
                        "pixel art speedpaint", "knitting a sweater, day {n}", "3D modelling a cozy room in Blender", "nail art + chat 💅"],
                 "ja": ["【お絵描き】イラスト作業", "【作業配信】漫画描く"], "ko": ["그림 방송 커미션", "드로잉 작업"],
                 "es": ["dibujando sus OCs 🎨", "pintura en acuarela"], "pt": ["desenhando ao vivo 🎨"], "ru": ["рисую на заказ 🎨"]},
    "music_performance": {"en": ["playing guitar covers — song requests open 🎸", "piano improv + your requests", "writing a new song live",
                                  "karaoke night (me singing, badly)", "producing a beat from scratch in FL Studio", "cello practice, don't judge",
                                  "singing 90s covers acoustic", "original songs only 🎤 !spotify"],
                          "ja": ["【歌枠】アニソン歌います🎤", "【ピアノ】弾き語り"], "ko": ["노래방송 신청곡 받아요", "기타 커버"],
                          "es": ["cantando sus peticiones 🎤", "tocando la guitarra en vivo"], "pt": ["tocando violão ao vivo", "cantando pedidos de vocês"],
                          "ru": ["пою ваши заказы 🎤", "играю на гитаре"], "de": ["ich singe eure Wünsche 🎤"]},
    "dj_set": {"en": ["house & techno DJ set 🎧", "drum & bass mix all night", "DJ set — my own edits & unreleased IDs",
                      "vinyl only set | deep house", "afro house sunrise session", "hard techno warehouse vibes", "DnB | !tracklist"],
               "es": ["sesión de reggaetón old school 🎧", "DJ set tech house"], "pt": ["set de funk 🎧", "DJ set house"],
               "de": ["Techno Set aus dem Keller", "Hardtechno DJ Set"], "ru": ["диджей сет техно"]},
    "podcast": {"en": ["The Late Shift Podcast Ep. {n}", "Two Idiots Talk — episode {n}", "Podcast #{n} w/ special guest",
                       "Morning Rundown ep {n} ☕", "gaming news podcast #{n}", "Overthinking It — Episode {n}"],
                "es": ["Podcast Ep. {n} 🎙️", "La Tertulia #{n}"], "pt": ["Podcast #{n} 🎙️", "Resenha Cast ep {n}"],
                "ru": ["подкаст выпуск {n}"], "de": ["Podcast Folge {n}"], "fr": ["Podcast épisode {n}"]},
    "chess": {"en": ["speedrunning chess to 2000", "bullet chess vs viewers", "titled arena!!", "learning the Caro-Kann, day {n}", "chess puzzles w/ chat"],
              "es": ["ajedrez con subs ♟️"], "ru": ["шахматы с подписчиками"], "de": ["Schach gegen Zuschauer"]},
    "pools": {"en": ["pool day ☀️ hot tub chats", "beach stream 🏖️", "hot tub and chill"], "es": ["día de piscina ☀️"], "pt": ["piscina com o chat"]},
    "food": {"en": ["cooking ramen from scratch 🍜", "baking bread day {n}", "mukbang + chat", "trying snacks from your countries"],
             "ko": ["먹방 + 소통", "야식 먹방"], "ja": ["【料理】カレー作る"], "es": ["cocinando en vivo 🍳"], "pt": ["cozinhando ao vivo"]},
    "travel": {"en": ["sailing day {n} ⛵", "van life morning", "camping in the rain"], "es": ["de viaje en moto día {n}"]},
    "science": {"en": ["building a home lab server", "soldering a keyboard", "Linux rice + chill", "coding a Discord bot"],
                "de": ["Elektronik basteln"], "ja": ["【自作PC】組み立てる"]},
    "devs": {"en": ["making my indie game — devlog {n}", "Godot gamedev, day {n}", "fixing bugs in my roguelike"]},
    "retro": {"en": ["retro night: SNES classics", "N64 collection stream", "CRT gaming on original hardware"]},
    "tabletop": {"en": ["Ashes of Vel — Campaign 2 Episode {n}", "D&D one-shot with viewers", "The Salt Crown | Session {n}",
                        "Call of Cthulhu: The Drowned Choir ep {n}", "Pathfinder 2e weekly game - session {n}"],
                 "es": ["rol en vivo: Las Crónicas de Sal sesión {n}"], "pt": ["RPG de mesa — sessão {n}"], "de": ["Pen & Paper Runde {n}"]},
    "fitness": {"en": ["morning workout with chat 💪", "yoga flow", "leg day, pain"], "pt": ["treino ao vivo"]},
    "politics": {"en": ["news roundup + debate", "talking politics (calmly)"], "es": ["noticias del día y debate"], "de": ["Politik Talk"]},
    "animals": {"en": ["puppy cam 🐶", "my reptiles' feeding day", "bird feeder cam"], "ja": ["【猫】うちの猫見て"]},
    "study": {"en": ["study with me 📚 pomodoro 50/10", "co-working | get stuff done"], "ko": ["스터디윗미 📚"], "ja": ["【作業用】勉強しよう"]},
    "writing": {"en": ["writing my novel, chapter {n}", "NaNoWriMo sprint with chat"]},
    "gambling": {"en": ["slots bonus hunt 🎰 18+", "poker grind | 18+", "high roller slots"], "pt": ["caça bônus slots 18+"],
                 "de": ["Bonus Hunt 🎰 18+"]},
    "sports_talk": {"en": ["sports talk w/ chat", "NBA morning talk ☕", "transfer rumours + chat"], "es": ["hablando de fútbol con el chat"],
                    "pt": ["papo de futebol"], "ru": ["болтаем о футболе"]},
    "special": {"en": ["charity game night", "community awards show", "fan convention walk-around"]},
}

LOFI_RADIO = ["lofi hip hop radio 📚 beats to study/relax to (all tracks licensed)", "24/7 synthwave radio 🌌 NCS & royalty free",
              "chillhop café ☕ 24/7 copyright-free music for streams", "jazz piano 24/7 — my own compositions", "rain sounds + lofi 24/7 💤 sleep",
              "DMCA-free gaming music 24/7 for streamers", "lo-fi japonês 24/7 sem copyright 🎧", "música sin copyright 24/7 para streamers",
              "24/7 ambient for coding 💻 (royalty free)", "Lofi Girl style 24/7 — licensed from the artists",
              "музыка без авторских прав 24/7", "作業用BGM 24時間 著作権フリー", "24시간 저작권 없는 음악 📚", "Musik ohne Copyright 24/7"]

CHARITY = {"en": ["24h charity marathon for the children's hospital ❤️ hour {n}", "charity stream — every sub goes to the animal shelter",
                   "fundraiser for cancer research | !donate | hour {n}"],
           "es": ["MARATÓN BENÉFICO 🎗️ hora {n}", "stream benéfico para el refugio de perritos 🐶"], "pt": ["live beneficente pro abrigo 🐶 hora {n}"],
           "de": ["Charity-Stream für den Tierschutz ❤️ Stunde {n}"], "ru": ["благотворительный марафон ❤️ час {n}"], "ja": ["チャリティー配信 ❤️ {n}時間目"],
           "fr": ["marathon caritatif ❤️ heure {n}"], "pl": ["stream charytatywny ❤️ godzina {n}"], "ko": ["자선 방송 ❤️ {n}시간째"]}
SUBATHON = {"en": ["SUBATHON DAY {n} ⏰ timer goes up with subs", "subathon day {n} | never ending stream"], "es": ["SUBATHON DÍA {n} ⏰"],
            "pt": ["SUBATHON DIA {n} ⏰ timer sobe com sub"], "ru": ["САБАТОН ДЕНЬ {n}"], "ja": ["サブアソン {n}日目"], "de": ["SUBATHON TAG {n}"],
            "fr": ["SUBATHON JOUR {n} ⏰"], "ko": ["서브어톤 {n}일차 ⏰"], "tr": ["SUBATHON {n}. GÜN ⏰"]}
H24 = {"en": ["24 HOUR STREAM 🔴 hour {n}", "24h stream — hour {n}, still awake"], "es": ["DIRECTO DE 24 HORAS ⏰ hora {n}"],
       "pt": ["LIVE DE 24 HORAS hora {n}"], "ko": ["24시간 방송 {n}시간째"], "ja": ["24時間耐久配信 {n}時間目"], "ru": ["СТРИМ 24 ЧАСА | {n} час"],
       "de": ["24H STREAM Stunde {n}"], "fr": ["STREAM DE 24H ⏰ heure {n}"], "pl": ["24H STREAM godzina {n}"]}


def by_lang(rng, bank, lang):
    return rng.choice(bank.get(lang) if lang in bank and rng.random() < 0.85 else bank["en"])


def kind_title(rng, lang, kind, n=None):
    d = KIND[kind]
    opts = d.get(lang) if (lang in d and rng.random() < 0.8) else d["en"]
    return rng.choice(opts).format(n=n if n is not None else rng.randint(2, 90))
