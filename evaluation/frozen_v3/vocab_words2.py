"""Per-language template words for the remaining languages (same keys as vocab_words)."""
from vocab_words import WORDS, _parse

_RAW2 = {
    "pl": """live=NA ŻYWO|LIVE|🔴 NA ŻYWO; movie=cały film|film lektor PL|film; series=cały sezon|serial; ep=odcinek {n}|odc. {n}|S1E{n};
      full=cały|całość; watch=oglądamy z czatem|wspólne oglądanie; match=mecz|cały mecz; fight=walka|gala; album=cały album|słuchamy albumu;
      concert=cały koncert|koncert; channel=24/7|całą dobę; review=recenzja|opinia; reaction=reakcja|reaguję na;
      nofootage=bez obrazu|tylko gadamy|bez transmisji meczu; preview=zapowiedź|typy na; postmatch=po meczu|analiza meczu;
      predict=typy|kupony; marathon=maraton; charity=stream charytatywny|zbiórka; hours={n} GODZIN STREAMA|{n}h stream;
      day=dzień {n}|DZIEŃ {n}; dub=dubbing PL|lektor PL; sub=napisy PL; hd=HD|1080p; today=dziś|wieczorem; replay=powtórka""",
    "zh": """live=直播|现场直播|LIVE; movie=电影|完整版电影|电影高清; series=全集|连播; ep=第{n}集|EP{n}; full=完整版|全场;
      watch=一起看|陪看|和弹幕一起看; match=比赛|全场比赛|直播比赛; fight=比赛|全场; album=整张专辑|专辑; concert=演唱会|完整演唱会;
      channel=24小时|24/7; review=影评|点评|解说; reaction=反应|观后感; nofootage=无画面|只聊天|不放比赛画面;
      preview=赛前分析|预测; postmatch=赛后聊|复盘; predict=预测|推荐; marathon=马拉松|通宵; charity=公益直播;
      hours={n}小时直播; day=第{n}天; dub=国语|中文配音; sub=中字|中文字幕; hd=高清|1080P; today=今晚|今天; replay=重播|回放""",
    "tr": """live=CANLI|canlı yayın|🔴 CANLI; movie=film izle|full film|Türkçe dublaj film; series=tüm bölümler|dizi;
      ep={n}. Bölüm|Bölüm {n}; full=full|tamamı; watch=chat ile izliyoruz|birlikte izleyelim; match=maç|maçın tamamı|canlı maç;
      fight=maç|dövüş gecesi; album=albüm tamamı|albüm dinliyoruz; concert=konser|konserin tamamı; channel=7/24|24 saat;
      review=inceleme|yorum; reaction=tepki|react; nofootage=görüntü yok|sadece sohbet|maç yayını yok; preview=maç önü|tahminler;
      postmatch=maç sonu|maç sonu yorum; predict=tahmin|kupon|banko; marathon=maraton; charity=yardım yayını|bağış yayını;
      hours={n} SAAT YAYIN; day={n}. gün|GÜN {n}; dub=Türkçe dublaj; sub=Türkçe altyazı; hd=HD|1080p; today=bu akşam|bugün; replay=tekrar""",
    "it": """live=IN DIRETTA|LIVE|🔴 DIRETTA; movie=film completo|film ITA|film; series=stagione completa|serie; ep=Episodio {n}|Ep {n}|puntata {n};
      full=completo|intero; watch=guardiamo con la chat|watchparty con voi; match=partita|partita completa; fight=incontro|card completa;
      album=album completo|ascoltiamo l'album; concert=concerto completo|concerto; channel=24/7|h24; review=recensione|analisi;
      reaction=reaction|reagisco a; nofootage=senza immagini|solo chiacchiere|niente partita in stream; preview=prepartita|pronostici;
      postmatch=post partita|commento post gara; predict=pronostici|schedina; marathon=maratona; charity=live benefica;
      hours=LIVE DI {n} ORE; day=giorno {n}|GIORNO {n}; dub=doppiato ITA|ITA; sub=sub ITA; hd=HD|1080p; today=stasera|oggi; replay=replica""",
    "ar": """live=بث مباشر|مباشر|LIVE; movie=فيلم كامل|فيلم مترجم|فيلم; series=مسلسل كامل|كل الحلقات; ep=الحلقة {n}|حلقة {n};
      full=كامل|كاملة; watch=نشاهد مع الشات|مشاهدة جماعية; match=مباراة|المباراة كاملة|بث المباراة; fight=نزال|النزالات كاملة;
      album=الألبوم كامل; concert=حفلة كاملة|حفل; channel=24/7|٢٤ ساعة; review=مراجعة|رأيي في; reaction=ردة فعل;
      nofootage=بدون بث المباراة|سوالف فقط|بدون صورة; preview=قبل المباراة|توقعات; postmatch=بعد المباراة|تحليل المباراة;
      predict=توقعات|رهانات; marathon=ماراثون; charity=بث خيري; hours=بث {n} ساعة; day=اليوم {n}; dub=مدبلج|مدبلج عربي;
      sub=مترجم|مترجم عربي; hd=HD|جودة عالية; today=الليلة|اليوم; replay=إعادة""",
    "th": """live=ถ่ายทอดสด|สด|LIVE; movie=หนังเต็มเรื่อง|หนังพากย์ไทย|หนัง; series=ครบทุกตอน|ซีรีส์; ep=ตอนที่ {n}|EP.{n};
      full=เต็มเรื่อง|เต็ม; watch=ดูด้วยกัน|ดูไปคุยไป; match=แมตช์|ถ่ายทอดสดฟุตบอล|บอลสด; fight=ไฟต์|มวยสด; album=ทั้งอัลบั้ม;
      concert=คอนเสิร์ตเต็ม|คอนเสิร์ต; channel=24 ชม.|24/7; review=รีวิว|วิจารณ์; reaction=รีแอค|รีแอคชั่น;
      nofootage=ไม่มีภาพ|คุยอย่างเดียว|ไม่ได้ถ่ายทอดสด; preview=วิเคราะห์บอล|ทีเด็ด; postmatch=หลังเกม|สรุปเกม;
      predict=ทีเด็ด|ทรรศนะ; marathon=มาราธอน; charity=ไลฟ์การกุศล; hours=ไลฟ์ {n} ชั่วโมง; day=วันที่ {n}; dub=พากย์ไทย;
      sub=ซับไทย; hd=HD|ชัด; today=คืนนี้|วันนี้; replay=ย้อนหลัง""",
    "uk": """live=НАЖИВО|пряма трансляція|LIVE; movie=фільм|фільм українською|повний фільм; series=усі серії|серіал;
      ep={n} серія|серія {n}; full=повністю; watch=дивимось з чатом|спільний перегляд; match=матч|трансляція матчу;
      fight=бій|вечір боксу; album=альбом повністю; concert=концерт повністю|концерт; channel=24/7|цілодобово; review=огляд|розбір;
      reaction=реакція; nofootage=без картинки|тільки балачки|без трансляції матчу; preview=прев'ю|прогноз; postmatch=після матчу|розбір матчу;
      predict=прогнози|ставки; marathon=марафон; charity=благодійний стрім|збір на; hours=СТРІМ {n} ГОДИН; day=день {n};
      dub=українською|дубляж; sub=субтитри; hd=HD; today=сьогодні|ввечері; replay=повтор""",
    "vi": """live=TRỰC TIẾP|trực tiếp|LIVE; movie=phim|full phim|phim thuyết minh; series=trọn bộ|phim bộ; ep=Tập {n}|tập {n};
      full=full|trọn bộ; watch=xem cùng chat|cùng xem; match=trận đấu|bóng đá trực tiếp|full trận; fight=trận đấu|võ đài;
      album=trọn album; concert=concert full|đêm nhạc; channel=24/7; review=review|đánh giá; reaction=reaction|phản ứng;
      nofootage=không có hình|chỉ chém gió|không phát trận đấu; preview=nhận định|soi kèo; postmatch=sau trận|bình luận sau trận;
      predict=soi kèo|nhận định kèo; marathon=marathon|cày xuyên đêm; charity=live từ thiện; hours=live {n} tiếng; day=ngày {n};
      dub=thuyết minh|lồng tiếng; sub=vietsub; hd=HD|full HD; today=tối nay|hôm nay; replay=xem lại""",
    "id": """live=LIVE|siaran langsung|🔴 LIVE; movie=film full|nonton film|film sub indo; series=full season|series; ep=Episode {n}|eps {n};
      full=full|lengkap; watch=nobar|nonton bareng chat; match=pertandingan|live bola|full match; fight=pertarungan|full card;
      album=full album; concert=konser full|konser; channel=24/7|24 jam; review=review|ulasan; reaction=reaksi|react;
      nofootage=tanpa tayangan|ngobrol doang|gak nayangin pertandingan; preview=prediksi|jelang laga; postmatch=setelah laga|bahas laga;
      predict=prediksi|tebak skor; marathon=maraton; charity=live amal|donasi untuk; hours=LIVE {n} JAM; day=hari ke-{n};
      dub=dub indo; sub=sub indo; hd=HD; today=malam ini|hari ini; replay=siaran ulang""",
    "hi": """live=LIVE|लाइव|🔴 LIVE; movie=full movie|फिल्म|hindi dubbed movie; series=all episodes|पूरी सीरीज़; ep=Episode {n}|एपिसोड {n};
      full=full|पूरा; watch=chat ke saath dekhte hain|watch party; match=match|लाइव मैच|full match; fight=fight|full card;
      album=full album|पूरा एल्बम; concert=full concert|कॉन्सर्ट; channel=24/7; review=review|रिव्यू; reaction=reaction|रिएक्शन;
      nofootage=no footage|sirf baatein|match stream nahi; preview=match preview|prediction; postmatch=post match|मैच के बाद;
      predict=dream11 team|prediction; marathon=marathon; charity=charity stream; hours={n} HOUR STREAM; day=day {n};
      dub=hindi dubbed|हिंदी; sub=hindi sub; hd=HD; today=aaj|aaj raat; replay=replay""",
    "cs": """live=ŽIVĚ|živě|LIVE; movie=celý film|film CZ dabing|film; series=celá série|seriál; ep={n}. díl|díl {n}; full=celý|celé;
      watch=koukáme s chatem|společné sledování; match=zápas|celý zápas; fight=zápas|galavečer; album=celé album;
      concert=celý koncert|koncert; channel=24/7|nonstop; review=recenze|rozbor; reaction=reakce; nofootage=bez obrazu|jen pokec|bez přenosu zápasu;
      preview=před zápasem|tipy; postmatch=po zápase|rozbor zápasu; predict=tipy|tikety; marathon=maraton; charity=charitativní stream;
      hours={n}HODINOVÝ STREAM; day=den {n}; dub=CZ dabing; sub=CZ titulky; hd=HD; today=dnes|večer; replay=záznam""",
    "nl": """live=LIVE|live; movie=hele film|film NL ondertiteld|film; series=heel seizoen|serie; ep=Aflevering {n}|afl. {n};
      full=volledig|hele; watch=kijken met chat|samen kijken; match=wedstrijd|hele wedstrijd; fight=gevecht|fight night;
      album=heel album; concert=heel concert|concert; channel=24/7; review=review|recensie; reaction=reactie|react;
      nofootage=geen beelden|alleen praten|geen wedstrijd in beeld; preview=voorbeschouwing|voorspellingen; postmatch=nabeschouwing;
      predict=voorspellingen|tips; marathon=marathon; charity=goede doel stream; hours={n} UUR STREAM; day=dag {n};
      dub=NL gesproken; sub=NL ondertiteld; hd=HD; today=vanavond|vandaag; replay=herhaling""",
    "sv": """live=LIVE|direkt; movie=hela filmen|film svensk text|film; series=hela säsongen|serie; ep=Avsnitt {n}|avsnitt {n};
      full=hela|full; watch=kollar med chatten|tittar tillsammans; match=match|hela matchen; fight=match|fightkväll;
      album=hela albumet; concert=hela konserten|konsert; channel=24/7|dygnet runt; review=recension; reaction=reaktion;
      nofootage=ingen bild|bara snack|ingen match i streamen; preview=förhandssnack|tips; postmatch=eftersnack; predict=tips|speltips;
      marathon=maraton; charity=välgörenhetsstream; hours={n} TIMMARS STREAM; day=dag {n}; dub=svenskt tal; sub=svensk text;
      hd=HD; today=ikväll|idag; replay=repris""",
    "hu": """live=ÉLŐ|élőben|LIVE; movie=teljes film|film magyarul|film; series=teljes évad|sorozat; ep={n}. rész|{n}. epizód;
      full=teljes; watch=nézzük a chattel|közös nézés; match=meccs|teljes meccs; fight=meccs|gála; album=teljes album;
      concert=teljes koncert|koncert; channel=24/7|éjjel-nappal; review=kritika|vélemény; reaction=reakció;
      nofootage=kép nélkül|csak dumcsi|nincs meccsközvetítés; preview=meccs előtt|tippek; postmatch=meccs után; predict=tippek|szelvény;
      marathon=maraton; charity=jótékonysági stream; hours={n} ÓRÁS STREAM; day={n}. nap; dub=magyar szinkron|szinkronos;
      sub=magyar felirat; hd=HD; today=ma este|ma; replay=ismétlés""",
    "el": """live=ΖΩΝΤΑΝΑ|live|LIVE; movie=ολόκληρη ταινία|ταινία με υπότιτλους|ταινία; series=όλα τα επεισόδια|σειρά;
      ep=Επεισόδιο {n}|επ. {n}; full=ολόκληρο|full; watch=βλέπουμε με το chat|βλέπουμε μαζί; match=αγώνας|ολόκληρος ο αγώνας|αγώνας live;
      fight=αγώνας|βραδιά; album=ολόκληρο το άλμπουμ; concert=συναυλία|ολόκληρη συναυλία; channel=24/7; review=κριτική|γνώμη;
      reaction=αντίδραση|react; nofootage=χωρίς εικόνα|μόνο κουβέντα|χωρίς μετάδοση αγώνα; preview=πριν τον αγώνα|προβλέψεις;
      postmatch=μετά τον αγώνα; predict=προγνωστικά|στοίχημα; marathon=μαραθώνιος; charity=φιλανθρωπικό stream;
      hours={n} ΩΡΕΣ STREAM; day=μέρα {n}; dub=μεταγλωττισμένο; sub=ελληνικοί υπότιτλοι; hd=HD; today=απόψε|σήμερα; replay=επανάληψη""",
}

for _k, _v in _RAW2.items():
    WORDS[_k] = _parse(_v)


def word(rng, lang, key, n=None):
    """A random variant of a template word in a language (falls back to English)."""
    opts = WORDS.get(lang, {}).get(key) or WORDS["en"][key]
    w = rng.choice(opts)
    return w.format(n=n) if n is not None else w
