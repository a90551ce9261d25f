"""Language metadata: share of streamers, audience time zones, Twitch language tag,
login fragments and (for some scripts) localised display names."""

# code: (sampling weight for new streams before the time-of-day factor, utc offsets of the main audience, language tag used in Twitch tags)
LANGS = {
    "en": (0.3020, [-8, -6, -5, -5, 0, 8, 10], "English"),
    "es": (0.1255, [-6, -5, -3, 1], "Español"),
    "pt": (0.1150, [-3, -3, 0], "Português"),
    "ru": (0.0673, [3, 3, 5], "Русский"),
    "de": (0.0866, [1], "Deutsch"),
    "fr": (0.0599, [1, 1, -5], "Français"),
    "ja": (0.0298, [9], "日本語"),
    "ko": (0.0211, [9], "한국어"),
    "pl": (0.0379, [1], "Polski"),
    "zh": (0.0156, [8], "中文"),
    "tr": (0.0233, [3], "Türkçe"),
    "it": (0.0286, [1], "Italiano"),
    "ar": (0.0108, [3, 2, 4], "العربية"),
    "th": (0.0090, [7], "ไทย"),
    "uk": (0.0120, [2], "Українська"),
    "vi": (0.0052, [7], "TiếngViệt"),
    "id": (0.0058, [7], "BahasaIndonesia"),
    "hi": (0.0056, [5.5], "हिन्दी"),
    "cs": (0.0078, [1], "Čeština"),
    "nl": (0.0117, [1], "Nederlands"),
    "sv": (0.0075, [1], "Svenska"),
    "hu": (0.0075, [1], "Magyar"),
    "el": (0.0049, [2], "Ελληνικά"),
}

# relative chance that a streamer is live at a given local hour (0..23)
ACTIVITY = [0.62, 0.48, 0.34, 0.24, 0.17, 0.14, 0.15, 0.20, 0.27, 0.34, 0.40, 0.46,
            0.52, 0.57, 0.62, 0.68, 0.74, 0.82, 0.90, 0.97, 1.00, 0.97, 0.88, 0.75]

LOGIN_A = {
    "en": "shadow pixel frosty lazy captain nova grim toxic sir mr lil big sleepy chaos neon ghost "
          "vibe salty cozy tiny mad dark crispy wobbly based rusty spicy lucky sneaky".split(),
    "es": "el la don chino gato loco pana papi cuervo lobo tio rey chico flaco gordo capo "
          "mister nene perro panchito pollo".split(),
    "pt": "o mano gato lobo zika brabo careca tio baiano mineiro gordao cria menor "
          "pai moleque tchola".split(),
    "ru": "zloy dobryi kot medved volk bratan dimon sanya vovan kiber tyoma lyoha "
          "papka dedok zhuk".split(),
    "de": "der dr herr bube wurst kaiser zocker baer lord onkel opa kartoffel "
          "schnitzel hans".split(),
    "fr": "le la petit gros chat loup tonton monsieur baguette zizou frerot "
          "poulet croissant".split(),
    "ja": "yuki haru sora kuro shiro neko kitsune tanuki mochi ramen sakura ryu "
          "hoshi tsuki kame".split(),
    "ko": "jjang oppa hoya minji dokgo bbang tteok gom hwang kim park seo "
          "hyung daebak".split(),
    "pl": "pan kot wilk maly duzy grzybiarz kapitan ziomek janusz mordo bober".split(),
    "zh": "xiao long pang mao laoge dage feng yun tian a jiu shui".split(),
    "tr": "kral reis abi kurt aslan baba deli efsane hoca usta kaptan".split(),
    "it": "il zio lupo gatto capitano pizza mister re bomber fratm".split(),
    "ar": "abu shaikh saqr king hamoudi bin fahd zizo 3z".split(),
    "th": "nong pee khun ja maew ped noi moo".split(),
    "uk": "kozak pan vovk kit sokil dnipro lviv bro".split(),
    "vi": "anh em bac meo ga rong tieu thanh".split(),
    "id": "bang mas kak bocil sultan raja mbah cak".split(),
    "hi": "bhai desi raja sher tiger babu chhota bhaiya".split(),
    "cs": "pan kocka vlk cesky pivo bobr strejda".split(),
    "nl": "de kaas dikke koning stroop vos oom".split(),
    "sv": "stora lilla varg bjorn kung fika farbror".split(),
    "hu": "kis nagy farkas macska gulyas kiraly bacsi".split(),
    "el": "o mikros megalos lykos gatos koukou theios".split(),
}

LOGIN_B = ("wolf gamer plays tv ttv fox bean king queen gg live hd bot boi dude girl "
           "senpai main cat dog _ x yt oficial gaming zz 777 uwu pro noob").split()

NATIVE_NAMES = {
    "ja": ["ゆき", "はる", "くろねこ", "たぬき", "もち", "さくら", "ほしの", "つきみ", "かめ吉",
           "こたつ", "ねむねむ", "ラーメン太郎"],
    "ko": ["짱구", "곰돌이", "호야", "민지", "독고", "빵빵이", "떡볶이", "대박이", "서울촌놈",
           "고양이집사", "하루살이"],
    "zh": ["小龙", "胖猫", "老哥", "大哥", "阿风", "云天", "小九", "水水", "咸鱼", "熊猫君"],
    "ru": ["Злой", "Добрый Кот", "Медведь", "Братан", "Кибер", "Дед"],
    "ar": ["أبو فهد", "صقر", "حمودي", "زيزو"],
    "th": ["น้องแมว", "พี่เป็ด", "หมูน้อย"],
}
NATIVE_SUFFIX = {"ja": ["", "ch", "チャンネル", "です", "の部屋"], "ko": ["", "TV", "님", "방송"],
                 "zh": ["", "直播间", "TV", "君"], "ru": ["", " TV", "ыч"],
                 "ar": ["", " TV", " Gaming"], "th": ["", " TV", " ch"]}


def local_activity(lang, utc_hour):
    """Mean activity across the language's audience time zones."""
    offs = LANGS[lang][1]
    tot = 0.0
    for o in offs:
        tot += ACTIVITY[int((utc_hour + o) % 24)]
    return tot / len(offs)
