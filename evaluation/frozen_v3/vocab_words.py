"""Per-language words used to fill title templates. Each entry: key=variant|variant;...
Keys with {n} are formats. Languages with few entries fall back to English per key."""


def _parse(s):
    out = {}
    for part in s.strip().split(";"):
        part = part.strip()
        if part:
            k, v = part.split("=", 1)
            out[k.strip()] = [x.strip() for x in v.split("|")]
    return out


_RAW = {
    "en": """live=LIVE|🔴 LIVE|live now|LIVE NOW; movie=full movie|movie|FULL MOVIE HD|film; series=full season|series;
      ep=Episode {n}|EP {n}|S1E{n}|ep.{n}; full=full|FULL|complete; watch=watching with chat|watch along|movie night w/ chat;
      match=match|game|full match; fight=fight|main card|full card; album=full album|album listening|new album;
      concert=full concert|live concert|concert; channel=24/7|live 24/7|nonstop; review=review|honest review|breakdown;
      reaction=reaction|reactions|thoughts; nofootage=no footage|talk only|no stream of the game|audio off, just us;
      preview=preview|predictions|pre-match show; postmatch=post-match|post game show|recap; predict=picks|predictions|best bets;
      marathon=marathon|MARATHON; charity=charity stream|for charity|fundraiser; hours={n} HOUR STREAM|{n}h stream;
      day=day {n}|DAY {n}; dub=dubbed|English dub; sub=subbed|eng sub; hd=HD|1080p|4K; today=tonight|today;
      free=free|FREE; replay=replay|full replay|rerun""",
    "es": """live=EN VIVO|🔴 EN VIVO|en directo|EN DIRECTO; movie=película completa|peli completa|película|PELICULA COMPLETA;
      series=serie completa|temporada completa; ep=Capítulo {n}|Cap {n}|Episodio {n}|cap. {n}; full=completo|completa|COMPLETO;
      watch=viendo con el chat|vemos con el chat|noche de pelis con chat; match=partido|partidazo|partido completo;
      fight=pelea|cartelera completa|velada; album=álbum completo|escuchando el álbum; concert=concierto completo|concierto;
      channel=24/7|las 24 horas|24h sin parar; review=reseña|crítica|análisis; reaction=reacción|reaccionando|opiniones;
      nofootage=sin imágenes|solo charla|sin transmitir el partido|sin señal, solo reacción; preview=previa|pronósticos|la previa de;
      postmatch=post partido|análisis post partido|resumen; predict=pronósticos|apuestas|picks del día;
      marathon=maratón|MARATÓN; charity=stream benéfico|a beneficio de; hours={n} HORAS DE DIRECTO|directo de {n}h;
      day=día {n}|DÍA {n}; dub=latino|audio latino|doblaje latino; sub=subtitulado|sub español; hd=HD|1080p|FULL HD;
      today=hoy|esta noche; free=gratis; replay=repetición|retransmisión""",
    "pt": """live=AO VIVO|🔴 AO VIVO|ao vivo agora; movie=filme completo|filme|FILME COMPLETO DUBLADO; series=série completa|temporada completa;
      ep=Episódio {n}|Ep {n}|EP. {n}; full=completo|COMPLETO; watch=assistindo com o chat|react com o chat|sessão pipoca com chat;
      match=jogo|partida|jogo completo; fight=luta|card completo; album=álbum completo|ouvindo o álbum;
      concert=show completo|show ao vivo; channel=24h|24 horas|24/7; review=crítica|review|análise; reaction=react|reagindo;
      nofootage=sem imagens|só resenha|sem transmissão do jogo; preview=pré-jogo|palpites para; postmatch=pós-jogo|resenha pós jogo;
      predict=palpites|apostas do dia|bilhete do dia; marathon=maratona|MARATONA; charity=live beneficente|live solidária;
      hours=LIVE DE {n} HORAS|{n}h de live; day=dia {n}|DIA {n}; dub=dublado|DUBLADO; sub=legendado|leg;
      hd=HD|1080p|FULL HD; today=hoje|hoje à noite; free=grátis; replay=reprise|VT completo""",
    "ru": """live=ПРЯМОЙ ЭФИР|🔴 LIVE|прямая трансляция|онлайн; movie=фильм|фильм целиком|кино|фильм в HD;
      series=все серии|сериал; ep={n} серия|серия {n}|{n} эп.; full=полностью|целиком; watch=смотрим с чатом|совместный просмотр|кинопоказ с чатом;
      match=матч|игра|трансляция матча; fight=бой|кард|турнир; album=альбом целиком|слушаем альбом; concert=концерт|концерт целиком;
      channel=24/7|круглосуточно; review=обзор|разбор|рецензия; reaction=реакция|мнение;
      nofootage=без картинки|только болтаем|без трансляции матча; preview=превью|прогноз на|перед матчем;
      postmatch=после матча|разбор матча; predict=прогнозы|ставки|экспресс дня; marathon=марафон|МАРАФОН;
      charity=благотворительный стрим|сбор для; hours=СТРИМ {n} ЧАСОВ|{n}ч стрим; day=день {n}|ДЕНЬ {n};
      dub=в озвучке|дубляж; sub=с субтитрами|субтитры; hd=HD|1080p; today=сегодня|вечером; free=бесплатно; replay=повтор|запись""",
    "de": """live=LIVE|jetzt live|🔴 LIVE; movie=ganzer Film|Film|Film auf Deutsch; series=ganze Staffel|Serie; ep=Folge {n}|Episode {n}|F{n};
      full=komplett|ganz; watch=mit Chat schauen|Watchparty mit Chat|Filmabend mit Chat; match=Spiel|Partie|ganzes Spiel;
      fight=Kampf|Fight Night; album=ganzes Album|Album hören; concert=ganzes Konzert|Konzert; channel=24/7|rund um die Uhr;
      review=Review|Kritik|Analyse; reaction=Reaktion|Reaktionen; nofootage=ohne Bild|nur Talk|kein Spiel im Stream;
      preview=Vorbericht|Tipps zu; postmatch=Nachbericht|Analyse nach dem Spiel; predict=Tipps|Wetten|Tippspiel;
      marathon=Marathon; charity=Charity-Stream|Spendenstream; hours={n} STUNDEN STREAM|{n}h Stream; day=Tag {n}|TAG {n};
      dub=deutsch|German Dub; sub=OmU|mit Untertiteln; hd=HD|1080p; today=heute|heute Abend; free=kostenlos; replay=Wiederholung""",
    "fr": """live=EN DIRECT|LIVE|🔴 EN DIRECT; movie=film complet|film en entier|film VF; series=saison complète|série;
      ep=Épisode {n}|Ep {n}|épisode {n}; full=complet|en entier; watch=on regarde avec le chat|watchparty avec vous|soirée film avec le chat;
      match=match|match complet; fight=combat|carte complète; album=album complet|écoute de l'album; concert=concert complet|concert;
      channel=24/7|24h/24; review=critique|avis|analyse; reaction=réaction|réactions; nofootage=sans images|juste du talk|pas de diffusion du match;
      preview=avant-match|pronos pour; postmatch=après-match|débrief; predict=pronos|paris du jour; marathon=marathon;
      charity=stream caritatif|live solidaire; hours=STREAM DE {n}H|{n}h de live; day=jour {n}|JOUR {n}; dub=VF|en français;
      sub=VOSTFR; hd=HD|1080p; today=ce soir|aujourd'hui; free=gratuit; replay=rediffusion|replay""",
    "ja": """live=生配信|LIVE|ライブ|生放送; movie=映画|映画フル|映画全編; series=全話|一挙; ep=第{n}話|{n}話|#{n};
      full=フル|全編; watch=同時視聴|みんなで見る|同接視聴会; match=試合|生中継; fight=試合|全試合; album=アルバム全曲|アルバム;
      concert=ライブ全編|コンサート; channel=24時間|24/7; review=感想|レビュー|考察; reaction=リアクション|感想会;
      nofootage=映像なし|雑談のみ|映像は流しません; preview=予想|試合前雑談; postmatch=試合後雑談|振り返り; predict=予想|予想会;
      marathon=耐久|マラソン; charity=チャリティー配信; hours={n}時間耐久|{n}時間配信; day={n}日目; dub=吹替|日本語吹替;
      sub=字幕|日本語字幕; hd=高画質|HD; today=今夜|今日; free=無料; replay=再放送|見逃し""",
    "ko": """live=생방송|LIVE|실시간; movie=영화|영화 풀버전|영화 full; series=전편|몰아보기; ep={n}화|{n}회|EP{n};
      full=풀버전|전체; watch=같이 보기|같이 봐요|시청자와 함께 보기; match=경기|중계|실시간 중계; fight=경기|풀카드;
      album=앨범 전곡|앨범 감상; concert=콘서트 풀영상|콘서트; channel=24시간|24/7; review=리뷰|후기|분석; reaction=리액션|반응;
      nofootage=화면 없음|토크만|중계 화면 없음; preview=프리뷰|예측; postmatch=경기 후 토크|리뷰; predict=예측|승부예측;
      marathon=마라톤|몰아보기; charity=자선 방송; hours={n}시간 방송|{n}시간 마라톤; day={n}일차; dub=더빙|한국어 더빙;
      sub=자막|한글자막; hd=고화질|HD; today=오늘|오늘 밤; free=무료; replay=재방송|다시보기""",
}

WORDS = {k: _parse(v) for k, v in _RAW.items()}
