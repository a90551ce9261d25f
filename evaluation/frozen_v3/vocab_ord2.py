"""Ordinary titles for the smaller languages, plus the ordinary title composer."""
from vocab_ord import ORD

ORD.update({
    "pl": {"game": ["{g} z widzami", "spokojne {g}", "{g} do rana", "pierwszy raz w {g}", "{g} część {n}", "nocne {g} 🌙", "wracam do {g}"],
           "ranked": ["rankedy {g} | !rank", "droga do globala | {g}", "{g} ranked dzień {n}", "soloq {g}"],
           "chat": ["gadamy z czatem", "dzień dobry ☀️", "oglądamy wasze klipy", "nocne rozmowy", "pytania i odpowiedzi", "kawka i pogaduchy"],
           "extra": ["!discord", "!sub", "!tiktok", "!ig", "| !konkurs"]},
    "zh": {"game": ["{g} 和水友一起玩", "{g} 休闲局", "{g} 通宵", "第一次玩{g}", "{g} 第{n}期", "深夜{g} 🌙", "回归{g}"],
           "ranked": ["{g} 冲分", "{g} 排位上王者", "{g} 单排冲分 第{n}天", "{g} 天梯"],
           "chat": ["陪聊", "早安 ☀️", "看水友的视频", "深夜聊天", "聊聊最近的事", "唠嗑"],
           "extra": ["关注一下", "!群", "新人求关注", "抽奖"]},
    "tr": {"game": ["{g} izleyicilerle", "rahat {g}", "sabaha kadar {g}", "ilk kez {g}", "{g} bölüm {n}", "gece {g} 🌙", "{g} geri döndük"],
           "ranked": ["{g} rank kasıyoruz", "{g} radyant yolunda", "{g} rekabetçi gün {n}", "solo {g}"],
           "chat": ["sohbet yayını", "günaydın ☀️", "klipleriniz izleniyor", "gece sohbeti", "soru cevap", "çay ve sohbet ☕"],
           "extra": ["!dc", "!abone", "!insta", "| !çekiliş"]},
    "it": {"game": ["{g} con la community", "{g} tranquillo", "{g} fino a tardi", "prima volta su {g}", "{g} parte {n}", "{g} notturno 🌙"],
           "ranked": ["ranked {g} | !rank", "verso il diamante | {g}", "{g} ranked giorno {n}", "soloq {g}"],
           "chat": ["chiacchiere con la chat", "buongiorno ☀️", "reagiamo alle vostre clip", "chiacchiere notturne", "domande e risposte"],
           "extra": ["!discord", "!social", "!sub", "!ig"]},
    "ar": {"game": ["{g} مع المتابعين", "{g} رايق", "{g} للصبح", "أول مرة ألعب {g}", "{g} الحلقة {n}", "سهرة {g} 🌙"],
           "ranked": ["{g} رانك", "{g} نطلع رانك", "تحدي رانك {g} اليوم {n}"],
           "chat": ["سوالف مع الشات", "صباح الخير ☀️", "نشوف مقاطعكم", "سوالف آخر الليل", "أسئلة وأجوبة"],
           "extra": ["!دسكورد", "!سناب", "!تويتر", "!discord"]},
    "th": {"game": ["{g} กับคนดู", "{g} ชิลๆ", "{g} ยันเช้า", "เล่น {g} ครั้งแรก", "{g} ตอนที่ {n}", "{g} ดึกๆ 🌙"],
           "ranked": ["{g} ไต่แรงค์", "{g} แรงค์ วันที่ {n}", "{g} ดันแรงค์"],
           "chat": ["คุยกับแชท", "สวัสดีตอนเช้า ☀️", "ดูคลิปคนดู", "คุยเล่นดึกๆ", "ถามตอบ"],
           "extra": ["!discord", "!donate", "!fb"]},
    "uk": {"game": ["{g} з глядачами", "спокійний {g}", "{g} до ранку", "вперше в {g}", "{g} частина {n}", "нічний {g} 🌙"],
           "ranked": ["апаємо ранг | {g}", "{g} рейтинг день {n}", "соло {g}"],
           "chat": ["спілкуємось з чатом", "доброго ранку ☀️", "дивимось ваші кліпи", "нічні балачки", "відповідаю на питання"],
           "extra": ["!тг", "!дс", "!донат", "| !розіграш"]},
    "vi": {"game": ["{g} cùng anh em", "{g} chill", "cày {g} xuyên đêm", "lần đầu chơi {g}", "{g} phần {n}", "{g} đêm khuya 🌙"],
           "ranked": ["leo rank {g}", "{g} leo thách đấu", "{g} rank ngày {n}"],
           "chat": ["tâm sự cùng chat", "chào buổi sáng ☀️", "xem clip của mọi người", "chém gió đêm khuya", "hỏi đáp"],
           "extra": ["!fb", "!donate", "!discord"]},
    "id": {"game": ["{g} bareng viewers", "{g} santai", "mabar {g} sampai pagi", "pertama kali main {g}", "{g} part {n}", "{g} malam 🌙"],
           "ranked": ["push rank {g}", "{g} menuju mythic", "{g} rank hari ke-{n}", "solo rank {g}"],
           "chat": ["ngobrol sama chat", "selamat pagi ☀️", "nonton klip kalian", "ngobrol tengah malam", "tanya jawab"],
           "extra": ["!saweria", "!ig", "!discord", "!tiktok"]},
    "hi": {"game": ["{g} with subscribers", "chill {g} stream", "{g} till morning", "first time {g}", "{g} part {n}", "{g} raat ko 🌙"],
           "ranked": ["{g} rank push", "{g} road to conqueror", "{g} ranked day {n}"],
           "chat": ["chat ke saath baatein", "good morning dosto ☀️", "aapke clips dekhte hain", "late night gupshup", "Q&A"],
           "extra": ["!insta", "!discord", "!member"]},
    "cs": {"game": ["{g} s diváky", "pohodové {g}", "{g} do rána", "poprvé {g}", "{g} díl {n}", "noční {g} 🌙"],
           "ranked": ["ranked {g}", "{g} cesta na global", "{g} ranked den {n}"],
           "chat": ["pokec s chatem", "dobré ráno ☀️", "koukáme na vaše klipy", "noční pokec"],
           "extra": ["!discord", "!ig", "!sub"]},
    "nl": {"game": ["{g} met kijkers", "chill {g}", "{g} tot de ochtend", "eerste keer {g}", "{g} deel {n}", "nachtelijke {g} 🌙"],
           "ranked": ["ranked {g}", "{g} op weg naar diamond", "{g} ranked dag {n}"],
           "chat": ["kletsen met chat", "goedemorgen ☀️", "jullie clips kijken", "nachtpraat"],
           "extra": ["!discord", "!socials", "!sub"]},
    "sv": {"game": ["{g} med tittarna", "lugn {g}", "{g} hela natten", "första gången {g}", "{g} del {n}", "natt-{g} 🌙"],
           "ranked": ["ranked {g}", "{g} mot diamond", "{g} ranked dag {n}"],
           "chat": ["snack med chatten", "god morgon ☀️", "kollar era klipp", "nattsnack"],
           "extra": ["!discord", "!sub", "!insta"]},
    "hu": {"game": ["{g} a nézőkkel", "nyugis {g}", "{g} reggelig", "először {g}", "{g} {n}. rész", "éjszakai {g} 🌙"],
           "ranked": ["ranked {g}", "{g} úton a gyémánt felé", "{g} ranked {n}. nap"],
           "chat": ["dumcsi a chattel", "jó reggelt ☀️", "nézzük a klipjeiteket", "éjszakai beszélgetés"],
           "extra": ["!discord", "!sub", "!insta"]},
    "el": {"game": ["{g} με τους viewers", "χαλαρό {g}", "{g} μέχρι το πρωί", "πρώτη φορά {g}", "{g} μέρος {n}", "νυχτερινό {g} 🌙"],
           "ranked": ["ranked {g}", "{g} για diamond", "{g} ranked μέρα {n}"],
           "chat": ["κουβέντα με το chat", "καλημέρα ☀️", "βλέπουμε τα clips σας", "νυχτερινή κουβέντα"],
           "extra": ["!discord", "!sub", "!insta"]},
})

EMOJI = ["🔥", "😎", "💀", "✨", "🎮", "😴", "🥶", "👀", "🫡", "💜", "🤠", "🍕", "☕", "🌙", "⚡", "🐸", "😭", "🙏"]
SEPS = [" | ", " - ", " // ", " ✦ ", " • ", " ~ ", " :: "]
PREFIX = ["", "", "", "", "🔴 ", "[DROPS] ", "[18+] ", "[EN] ", "!new ", "(ON) "]
PLACEHOLDERS = [".", "-", "🔴", "⠀", "ㅤ", "stream", "live", "on", "zzz", "..", "hi", "w", "👀", "🎮", "-_-", "x", "💤",
                "title", "no title", "idk", "…", "live!"]
LOCAL_PH = {"ko": ["ㅇㅇ", "ㅎㅇ", "방송중"], "ja": ["配信", "まったり", "。"], "ru": ["стрим", "тест", "."], "uk": ["стрім"],
            "es": ["directo", "en vivo", "."], "pt": ["live", "ao vivo", "salve"], "zh": ["直播", "。"], "de": ["Stream"], "tr": ["yayın"]}


def placeholder(rng, lang):
    return rng.choice(LOCAL_PH[lang]) if lang in LOCAL_PH and rng.random() < 0.3 else rng.choice(PLACEHOLDERS)


def ordinary_title(rng, lang, group, g="", n=None):
    """Compose an ordinary title in `lang` from group 'game', 'ranked' or 'chat'."""
    bank = ORD.get(lang, ORD["en"])
    if rng.random() < 0.12 and lang != "en":
        bank = ORD["en"]  # code-switching into English is very common
    t = rng.choice(bank[group]).format(g=g, n=n if n is not None else rng.randint(2, 60))
    r = rng.random()
    if r < 0.30:
        t += rng.choice(SEPS) + rng.choice(bank["extra"])
    elif r < 0.45:
        t += " " + rng.choice(EMOJI)
    elif r < 0.52:
        t = t.upper()
    p = rng.choice(PREFIX)
    if p == "[EN] " and lang != "en":
        p = ""
    return (p + t)[:140]
