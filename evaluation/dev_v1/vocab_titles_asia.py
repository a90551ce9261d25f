"""Japanese, Korean, Chinese, Thai, Vietnamese, Indonesian and Arabic templates (ordinary streams)."""

JA = {
    "game": ["【{g}】初見プレイ #{n}", "【{g}】まったり配信", "{g}やる", "【{g}】{d}日目", "【{G}】完全初見 ※ネタバレ禁止",
             "{g} 参加型 【誰でも歓迎】", "【{g}】クリアまで耐久", "【{g}】朝活 ☀", "{g}練習", "【{g}】深夜のんびり",
             "【{g}】{f}とコラボ!", "【{g}】縛りプレイ part{n}", "【{g}】新アプデきた!", "【{g}】ハードコア {d}日目", "雑談しながら{g}"],
    "ranked": ["【{g}】{rank}目指す ランク", "【{g}】ランクマ {rank}帯", "{g} ランク {rank}まで寝れない", "【{g}】カスタム→ランク"],
    "chat": ["【雑談】おはよう☕", "【雑談】最近の話", "【雑談】質問答えるよ", "【雑談】誕生日配信🎂", "【雑談】のんびり夜ふかし",
             "【雑談】マシュマロ読む", "【雑談】お知らせあり", "【朝活】雑談"],
    "irl": ["【IRL】{city}散歩", "【IRL】{city}食べ歩き", "【IRL】夜の{city}"],
    "podcast": ["{pod}ラジオ 第{ep}回", "【ラジオ】{pod} #{ep}", "{pod} 第{ep}回 ゲスト:{guest}"],
    "tabletop": ["【TRPG】{camp} 第{ep}話", "【クトゥルフ神話TRPG】{camp}", "【マーダーミステリー】{camp}"],
    "charity": ["【チャリティー】24時間配信 {charity}"],
    "ingame_movie": ["【{g}】映画撮影するぞ", "【{g}】ホラー映画鑑賞会…じゃなくてホラーゲーム"],
    "reaction": ["【雑談】{work}の感想会(映像なし)", "{work} 考察 ※ネタバレあり", "【同時視聴風】{club}vs{club2} 映像なし実況"],
    "fc": ["【{g}】{team}で監督キャリア #{n}", "【{g}】アルティメットチーム"],
    "hop": ["【{G}】初見でやってみる", "【{G}】リスナーおすすめのゲーム", "【{G}】懐かしすぎる"],
    "music": ["【歌枠】オリジナル曲", "【作業用】作曲配信", "【ピアノ】自作曲"],
    "radio": ["【24時間】作業用BGM ローファイ(自作)"],
    "creative": ["【お絵描き】イラスト作業", "【作業配信】Live2D制作", "【料理】晩ごはん作る"],
    "watchparty": ["【同時視聴】{event} ({esteam} vs {esteam2}) ※公式ミラー配信"],
    "uncat": ["テスト配信", "準備中"],
}

KO = {
    "game": ["{g} 첫 플레이", "{g} 방송 ㄱㄱ", "{g} {d}일차", "오늘도 {g}", "{g} 시참 (누구나 환영)", "{g} 엔딩까지",
             "{g} 뉴비 배우는 중", "{g} 하드코어 {d}일차", "{g} with {f}", "새벽 {g} 🌙", "{g} 신규 업데이트!"],
    "ranked": ["{g} 랭크 {rank} 가자", "{rank} 찍을 때까지 {g}", "{g} 솔랭 {rank}", "{g} 랭겜 | {cmds}"],
    "chat": ["저챗 ☕", "소통 방송", "오늘 하루 얘기", "질문 받아요", "생일 방송 🎂", "같이 유튜브 보기", "아침 소통"],
    "irl": ["{city} 산책 | IRL", "{city} 먹방 투어", "야외 방송"],
    "podcast": ["{pod} 팟캐스트 #{ep}", "{pod} {ep}화 게스트 {guest}"],
    "tabletop": ["TRPG {camp} {ep}화", "크툴루 TRPG 세션"],
    "reaction": ["{work} 리뷰 (스포 있음, 영상 없음)", "{club} vs {club2} 같이 응원 (화면 없음)", "{work} 결말 해석"],
    "fc": ["{g} {team} 감독 모드 #{n}", "{g} 스쿼드 배틀"],
    "hop": ["{G} 처음 해봄", "시청자 추천 게임 {G}", "추억의 {G}"],
    "music": ["자작곡 라이브", "작곡 방송", "노래방송 (자작곡)"],
    "creative": ["그림 방송 ✏️", "코딩 방송", "요리 방송"],
    "watchparty": ["{event} 같이보기 | {esteam} vs {esteam2} (공식 허가)", "{event} 코스트리밍"],
    "esports_rerun": ["[재방송] {event} {esteam} vs {esteam2}", "{event} 다시보기 | Day {n}"],
    "uncat": ["테스트", "곧 시작"],
}

ZH = {
    "game": ["【{g}】第一次玩", "{g} 輕鬆玩", "{g} 第{d}天", "{g} 開台啦", "【{g}】破關挑戰", "{g} 跟觀眾一起玩", "{g} 練習中",
             "深夜{g} 🌙", "{g} 新版本更新!", "{g} 和{f}一起", "【{G}】全收集 part{n}"],
    "ranked": ["{g} 衝{rank}", "{g} 排位 {rank}", "{rank}之路 | {g}"],
    "chat": ["聊天台 ☕", "跟大家聊聊", "問答時間", "生日台 🎂", "早安聊天", "一起看YouTube"],
    "irl": ["{city}街頭散步 | IRL", "{city}美食探店"],
    "podcast": ["{pod} Podcast 第{ep}集", "{pod} EP{ep} 嘉賓 {guest}"],
    "tabletop": ["跑團 {camp} 第{ep}集", "克蘇魯跑團"],
    "reaction": ["{work} 心得討論(無畫面)", "{club} vs {club2} 聊天陪看(無轉播畫面)"],
    "hop": ["第一次玩 {G}", "觀眾推薦：{G}", "懷舊 {G}"],
    "music": ["自創歌曲直播", "彈琴 | 原創", "編曲直播"],
    "creative": ["畫圖台 ✏️", "寫程式", "煮飯直播"],
    "watchparty": ["{event} 官方授權 co-stream | {esteam} vs {esteam2}"],
    "uncat": ["測試", "準備中"],
}

TH = {"game": ["{g} ชิลๆ", "เล่น {g} ครั้งแรก", "{g} วันที่ {d}", "{g} กับ {f}", "{g} ยาวๆ"],
      "ranked": ["{g} แรงค์ {rank}", "ดัน {rank} | {g}"], "chat": ["คุยเล่น ☕", "พูดคุยกับทุกคน"], "hop": ["ลองเล่น {G} ครั้งแรก"]}
VI = {"game": ["{g} cùng {f}", "lần đầu chơi {g}", "{g} ngày {d}", "{g} chill", "cày {g}"],
      "ranked": ["leo rank {rank} | {g}", "{g} rank {rank}"], "chat": ["trò chuyện ☕", "tâm sự đêm khuya"], "hop": ["lần đầu chơi {G}"]}
ID = {"game": ["mabar {g}", "main {g} santai", "{g} hari ke {d}", "{g} bareng {f}", "push rank {g}"],
      "ranked": ["push {rank} | {g}", "{g} ranked {rank}"], "chat": ["ngobrol santai ☕", "ngobrol bareng chat"], "hop": ["nyobain {G}"]}

AR = {
    "game": ["{g} مع {f}", "أول مرة ألعب {g}", "{g} اليوم {d}", "سهرة {g} 🌙", "{g} مع المتابعين", "{g} تحدي", "{g} بث ممتع"],
    "ranked": ["الطريق إلى {rank} | {g}", "{g} رانكد {rank}"],
    "chat": ["سوالف ☕", "نتكلم مع الشات", "أسئلة وأجوبة", "سهرة سوالف"],
    "podcast": ["بودكاست {pod} الحلقة {ep}", "{pod} | حلقة {ep} مع {guest}"],
    "fc": ["مهنة مدرب مع {team} #{n}", "{g} ألتميت تيم", "{team} ضد {team2} | {g}"],
    "reaction": ["{club} ضد {club2} | ردة فعل بدون بث المباراة", "نقاش عن {work} (بدون عرض)"],
    "hop": ["أول مرة أجرب {G}", "الشات اختار {G}"],
    "uncat": ["تجربة البث"],
}

# a few extra style fillers per language (podcast names, campaigns, RP servers, characters)
POD_NAMES = {
    "en": ["Late Night", "Couch Co-op", "Two Guys One Mic", "Hot Takes", "Pixel Talk", "Off the Rails", "Side Quest",
           "Respawn", "Good Vibes", "No Filter", "The Lobby", "Low Battery"],
    "es": ["Charlando Fuerte", "La Sobremesa", "Sin Filtro", "Café con Leche", "La Tertulia"],
    "pt": ["Papo Reto", "Resenha Cast", "Cafezinho", "Sem Filtro", "Podpah Raiz"],
    "de": ["Feierabend", "Laberrunde", "Kaffeeklatsch", "Ohne Filter"], "fr": ["Sans Filtre", "Le Débrief", "Café Croissant"],
    "ru": ["Без фильтров", "Кухня", "Разговоры"], "ja": ["夜ふかし", "ゆるトーク"], "ko": ["밤샘토크", "수다방"],
    "pl": ["Bez Filtra", "Kawa i Gadanie"], "tr": ["Muhabbet", "Gece Sohbeti"], "zh": ["深夜聊", "閒聊"], "ar": ["سوالف", "جلسة"],
}
CAMPAIGNS = ["Curse of Strahd", "Tomb of Annihilation", "The Shattered Crown", "Ashes of Valdris", "Storm King's Thunder",
             "Waterdeep: Dragon Heist", "The Sunless Citadel", "Masks of Nyarlathotep", "Abomination Vaults", "Ironfall",
             "The Hollow Court", "Blades in the Dark: Duskvol", "Rime of the Frostmaiden", "Saltmarsh", "Starfall Reach"]
RP_SERVERS = ["NoPixel", "NoPixel 4.0", "Prodigy RP", "ONX", "Eclipse RP", "District 10", "FiveM", "GTA World",
              "Cidade Alta", "Complexo RP", "Spainrp", "Marbella Vice", "Majestic RP", "GTA5RP", "Atlanta RP", "FATAL RP"]
RP_CHARS = ["Officer Jenkins", "Randy Bullet", "Tony Moretti", "Doc Harlow", "Mickey Blue", "Sgt. Kowalski", "Lil Rico",
            "Mama Rosa", "Judge Whitaker", "Cassidy Vale", "Big Mike", "Detective Park", "Viktor Ivanov", "Chico Loco"]
GUESTS = ["@jules", "special guest", "a real doctor", "my mom", "@kaiwrites", "a pro player", "the mayor", "@nina_art",
          "Dr. Hale", "an indie dev", "@retrotom", "a comedian"]
GENRES = ["house", "techno", "drum & bass", "hardstyle", "melodic techno", "afro house", "UK garage", "trance", "amapiano",
          "minimal", "disco", "jungle", "phonk (my edits)", "hard techno", "lo-fi house"]
