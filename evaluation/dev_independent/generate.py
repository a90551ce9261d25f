#!/usr/bin/env python3
"""Independent evaluation set: simulated hourly snapshots of live Twitch streams.

Deterministic: `python3 generate.py` rewrites hours.jsonl.gz byte for byte (stdlib only).
Every title template, name list and behaviour script lives in this file; the README
documents the behaviours and counts but deliberately not the templates.
"""
import gzip
import json
import math
import os
import random
import re
import sys
from datetime import datetime, timedelta

SEED = 4242
START = datetime(2026, 9, 3, 14, 0, 0)
N_HOURS = 8
TARGET_PER_HOUR = 8000
USER_ID_LO, USER_ID_HI = 50_000_000, 59_999_999
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "hours.jsonl.gz")


def rng_for(*parts):
    """Independent, reproducible random stream for one component."""
    return random.Random("%d|%s" % (SEED, "|".join(str(p) for p in parts)))


# ---------------------------------------------------------------------------
# The world: real works, channels, leagues, events (used by pirates AND by the
# hard negatives that merely talk about them).
# ---------------------------------------------------------------------------

# Films: (english title, year, {lang: localised title})
FILMS = [
    ("Oppenheimer", 2023, {"ru": "Оппенгеймер", "ja": "オッペンハイマー", "ko": "오펜하이머", "zh": "奥本海默", "ar": "أوبنهايمر", "uk": "Оппенгеймер"}),
    ("Barbie", 2023, {"ru": "Барби", "ja": "バービー", "ko": "바비", "zh": "芭比"}),
    ("Dune: Part Two", 2024, {"es": "Dune: Parte Dos", "pt": "Duna: Parte Dois", "fr": "Dune : Deuxième partie", "it": "Dune - Parte due", "ru": "Дюна: Часть вторая", "ja": "デューン 砂の惑星PART2", "ko": "듄: 파트 2", "zh": "沙丘2", "tr": "Dune: Çöl Gezegeni Bölüm İki", "pl": "Diuna: Część druga", "uk": "Дюна: Частина друга"}),
    ("Deadpool & Wolverine", 2024, {"es": "Deadpool y Wolverine", "ru": "Дэдпул и Росомаха", "ja": "デッドプール＆ウルヴァリン", "ko": "데드풀과 울버린", "zh": "死侍与金刚狼", "uk": "Дедпул і Росомаха"}),
    ("Inside Out 2", 2024, {"es": "Intensamente 2", "pt": "Divertida Mente 2", "de": "Alles steht Kopf 2", "fr": "Vice-Versa 2", "ru": "Головоломка 2", "ja": "インサイド・ヘッド2", "ko": "인사이드 아웃 2", "zh": "头脑特工队2", "tr": "Ters Yüz 2", "pl": "W głowie się nie mieści 2", "ar": "قلباً وقالباً 2", "uk": "Думками навиворіт 2"}),
    ("Wicked", 2024, {"ru": "Злая", "ja": "ウィキッド ふたりの魔女", "ko": "위키드", "zh": "魔法坏女巫"}),
    ("Wicked: For Good", 2025, {"ru": "Злая: Часть 2", "ko": "위키드: 포 굿", "zh": "魔法坏女巫2"}),
    ("Gladiator II", 2024, {"es": "Gladiador II", "pt": "Gladiador II", "it": "Il gladiatore II", "ru": "Гладиатор 2", "ja": "グラディエーターII", "ko": "글래디에이터 II", "zh": "角斗士2", "tr": "Gladyatör II"}),
    ("Moana 2", 2024, {"de": "Vaiana 2", "fr": "Vaiana 2", "it": "Oceania 2", "ru": "Моана 2", "ja": "モアナと伝説の海2", "ko": "모아나 2", "zh": "海洋奇缘2", "pl": "Vaiana 2"}),
    ("Mufasa: The Lion King", 2024, {"es": "Mufasa: El rey león", "pt": "Mufasa: O Rei Leão", "ru": "Муфаса: Король Лев", "ja": "ライオン・キング：ムファサ", "ko": "무파사: 라이온 킹", "zh": "狮子王：木法沙传奇"}),
    ("Sonic the Hedgehog 3", 2024, {"es": "Sonic 3: La película", "pt": "Sonic 3: O Filme", "ru": "Соник 3 в кино", "ko": "수퍼 소닉 3", "zh": "刺猬索尼克3"}),
    ("A Minecraft Movie", 2025, {"es": "Una película de Minecraft", "pt": "Um Filme Minecraft", "de": "Ein Minecraft Film", "fr": "Minecraft, le film", "it": "Un film Minecraft", "ru": "Minecraft в кино", "ja": "マインクラフト/ザ・ムービー", "ko": "마인크래프트 무비", "zh": "我的世界大电影", "pl": "Minecraft: Film"}),
    ("Sinners", 2025, {"es": "Pecadores", "pt": "Pecadores", "ru": "Грешники", "ja": "罪人たち", "zh": "罪人"}),
    ("Thunderbolts*", 2025, {"ru": "Громовержцы*", "ko": "썬더볼츠*", "zh": "雷霆特攻队*"}),
    ("Mission: Impossible - The Final Reckoning", 2025, {"es": "Misión: Imposible - Sentencia final", "pt": "Missão: Impossível - O Acerto Final", "ru": "Миссия невыполнима: Финальная расплата", "ja": "ミッション：インポッシブル／ファイナル・レコニング", "ko": "미션 임파서블: 파이널 레코닝", "zh": "碟中谍8：最终清算"}),
    ("Lilo & Stitch", 2025, {"ru": "Лило и Стич", "ja": "リロ＆スティッチ", "ko": "릴로 & 스티치", "zh": "星际宝贝史迪奇"}),
    ("How to Train Your Dragon", 2025, {"es": "Cómo entrenar a tu dragón", "pt": "Como Treinar o Seu Dragão", "de": "Drachenzähmen leicht gemacht", "fr": "Dragons", "it": "Dragon Trainer", "ru": "Как приручить дракона", "ja": "ヒックとドラゴン", "ko": "드래곤 길들이기", "zh": "驯龙高手", "pl": "Jak wytresować smoka", "tr": "Ejderhanı Nasıl Eğitirsin"}),
    ("Jurassic World Rebirth", 2025, {"es": "Jurassic World: Renace", "pt": "Jurassic World: Recomeço", "de": "Jurassic World: Die Wiedergeburt", "fr": "Jurassic World : Renaissance", "it": "Jurassic World - La rinascita", "ru": "Мир Юрского периода: Возрождение", "ko": "쥬라기 월드: 새로운 시작", "zh": "侏罗纪世界：重生", "pl": "Jurassic World: Odrodzenie"}),
    ("Superman", 2025, {"ru": "Супермен", "ja": "スーパーマン", "ko": "슈퍼맨", "zh": "超人", "ar": "سوبرمان"}),
    ("The Fantastic Four: First Steps", 2025, {"es": "Los 4 Fantásticos: Primeros pasos", "pt": "Quarteto Fantástico: Primeiros Passos", "fr": "Les 4 Fantastiques : Premiers pas", "ru": "Фантастическая четвёрка: Первые шаги", "pl": "Fantastyczna 4: Pierwsze kroki"}),
    ("F1: The Movie", 2025, {"es": "F1: La película", "pt": "F1: O Filme", "fr": "F1 : Le film", "ko": "F1 더 무비"}),
    ("KPop Demon Hunters", 2025, {"pt": "Guerreiras do K-Pop", "ko": "케이팝 데몬 헌터스", "zh": "K-pop猎魔女团", "es": "Las guerreras K-pop"}),
    ("Demon Slayer: Infinity Castle", 2025, {"ja": "劇場版「鬼滅の刃」無限城編", "ko": "극장판 귀멸의 칼날: 무한성편", "zh": "鬼灭之刃：无限城篇", "es": "Demon Slayer: Kimetsu no Yaiba - La fortaleza infinita", "pt": "Demon Slayer: Castelo Infinito"}),
    ("Chainsaw Man - The Movie: Reze Arc", 2025, {"ja": "劇場版『チェンソーマン レゼ篇』", "ko": "극장판 체인소 맨: 레제편"}),
    ("Zootopia 2", 2025, {"de": "Zoomania 2", "fr": "Zootopie 2", "it": "Zootropolis 2", "ru": "Зверополис 2", "ja": "ズートピア2", "ko": "주토피아 2", "zh": "疯狂动物城2", "pl": "Zwierzogród 2", "tr": "Zootropolis 2"}),
    ("Avatar: Fire and Ash", 2025, {"es": "Avatar: Fuego y ceniza", "pt": "Avatar: Fogo e Cinzas", "fr": "Avatar : De feu et de cendres", "ru": "Аватар: Огонь и пепел", "ko": "아바타: 불과 재", "zh": "阿凡达：火与烬", "pl": "Avatar: Ogień i popiół"}),
    ("Five Nights at Freddy's 2", 2025, {"ru": "Пять ночей с Фредди 2"}),
    ("28 Years Later", 2025, {"es": "28 años después", "pt": "Extermínio: A Evolução", "ru": "28 лет спустя"}),
    ("Final Destination Bloodlines", 2025, {"es": "Destino final: Lazos de sangre", "pt": "Premonição 6: Laços de Sangue", "ru": "Пункт назначения: Узы крови"}),
    ("The Conjuring: Last Rites", 2025, {"es": "El conjuro 4: Últimos ritos", "pt": "Invocação do Mal 4: O Último Ritual", "ru": "Заклятие 4: Последний обряд"}),
    ("Ne Zha 2", 2025, {"zh": "哪吒之魔童闹海", "ja": "ナタ 魔童の大暴れ"}),
    ("The Super Mario Galaxy Movie", 2026, {"es": "Super Mario Galaxy: La película", "pt": "Super Mario Galaxy: O Filme", "ja": "ザ・スーパーマリオギャラクシー・ムービー"}),
    ("Michael", 2026, {}),
    ("Mortal Kombat II", 2026, {"ru": "Мортал Комбат 2"}),
    ("The Mandalorian and Grogu", 2026, {"es": "The Mandalorian y Grogu", "pt": "O Mandaloriano e Grogu", "ru": "Мандалорец и Грогу"}),
    ("The Devil Wears Prada 2", 2026, {"es": "El diablo viste de Prada 2", "pt": "O Diabo Veste Prada 2", "de": "Der Teufel trägt Prada 2", "fr": "Le Diable s'habille en Prada 2", "it": "Il diavolo veste Prada 2", "ru": "Дьявол носит Prada 2"}),
    ("Toy Story 5", 2026, {"ru": "История игрушек 5", "ja": "トイ・ストーリー5", "ko": "토이 스토리 5", "zh": "玩具总动员5"}),
    ("Supergirl", 2026, {"ru": "Супергёрл"}),
    ("Minions 3", 2026, {"ru": "Миньоны 3", "ja": "ミニオンズ3", "zh": "小黄人3"}),
    ("The Odyssey", 2026, {"es": "La Odisea", "pt": "A Odisseia", "de": "Die Odyssee", "fr": "L'Odyssée", "it": "Odissea", "ru": "Одиссея", "ko": "오디세이", "zh": "奥德赛", "pl": "Odyseja"}),
    ("Spider-Man: Brand New Day", 2026, {"es": "Spider-Man: Un nuevo día", "ru": "Человек-паук: Совершенно новый день", "ko": "스파이더맨: 브랜드 뉴 데이", "zh": "蜘蛛侠：崭新之日"}),
    ("The Godfather", 1972, {"es": "El Padrino", "pt": "O Poderoso Chefão", "de": "Der Pate", "fr": "Le Parrain", "it": "Il Padrino", "ru": "Крёстный отец", "ja": "ゴッドファーザー", "ko": "대부", "zh": "教父", "tr": "Baba", "pl": "Ojciec chrzestny", "ar": "العراب"}),
    ("Titanic", 1997, {"ru": "Титаник", "ja": "タイタニック", "ko": "타이타닉", "zh": "泰坦尼克号", "ar": "تايتانيك"}),
    ("Interstellar", 2014, {"ru": "Интерстеллар", "ja": "インターステラー", "ko": "인터스텔라", "zh": "星际穿越", "ar": "إنترستيلر"}),
    ("Inception", 2010, {"es": "El origen", "pt": "A Origem", "ru": "Начало", "ja": "インセプション", "ko": "인셉션", "zh": "盗梦空间"}),
    ("The Dark Knight", 2008, {"es": "Batman: El caballero de la noche", "pt": "Batman: O Cavaleiro das Trevas", "ru": "Тёмный рыцарь", "ja": "ダークナイト", "ko": "다크 나이트", "zh": "蝙蝠侠：黑暗骑士", "pl": "Mroczny Rycerz", "tr": "Kara Şövalye"}),
    ("Home Alone", 1990, {"es": "Mi pobre angelito", "pt": "Esqueceram de Mim", "de": "Kevin - Allein zu Haus", "fr": "Maman, j'ai raté l'avion", "it": "Mamma, ho perso l'aereo", "ru": "Один дома", "pl": "Kevin sam w domu", "tr": "Evde Tek Başına", "ja": "ホーム・アローン", "ko": "나 홀로 집에", "zh": "小鬼当家"}),
    ("The Lion King", 1994, {"es": "El rey león", "pt": "O Rei Leão", "de": "Der König der Löwen", "fr": "Le Roi lion", "it": "Il re leone", "ru": "Король Лев", "ja": "ライオン・キング", "ko": "라이온 킹", "zh": "狮子王", "tr": "Aslan Kral", "pl": "Król Lew", "ar": "الأسد الملك"}),
    ("Avengers: Endgame", 2019, {"pt": "Vingadores: Ultimato", "ru": "Мстители: Финал", "ja": "アベンジャーズ/エンドゲーム", "ko": "어벤져스: 엔드게임", "zh": "复仇者联盟4：终局之战", "tr": "Yenilmezler: Son Oyun", "pl": "Avengers: Koniec gry"}),
    ("Spider-Man: No Way Home", 2021, {"es": "Spider-Man: Sin camino a casa", "pt": "Homem-Aranha: Sem Volta para Casa", "ru": "Человек-паук: Нет пути домой", "ja": "スパイダーマン：ノー・ウェイ・ホーム", "ko": "스파이더맨: 노 웨이 홈", "zh": "蜘蛛侠：英雄无归", "pl": "Spider-Man: Bez drogi do domu"}),
    ("Spider-Man: Across the Spider-Verse", 2023, {"es": "Spider-Man: A través del Spider-Verso", "pt": "Homem-Aranha: Através do Aranhaverso", "ru": "Человек-паук: Паутина вселенных", "ko": "스파이더맨: 어크로스 더 유니버스", "zh": "蜘蛛侠：纵横宇宙"}),
    ("Joker", 2019, {"ru": "Джокер", "ja": "ジョーカー", "ko": "조커", "zh": "小丑"}),
    ("Parasite", 2019, {"ko": "기생충", "es": "Parásitos", "pt": "Parasita", "ru": "Паразиты", "ja": "パラサイト 半地下の家族", "zh": "寄生虫"}),
    ("Spirited Away", 2001, {"ja": "千と千尋の神隠し", "es": "El viaje de Chihiro", "pt": "A Viagem de Chihiro", "de": "Chihiros Reise ins Zauberland", "fr": "Le Voyage de Chihiro", "it": "La città incantata", "ru": "Унесённые призраками", "ko": "센과 치히로의 행방불명", "zh": "千与千寻"}),
    ("Your Name", 2016, {"ja": "君の名は。", "ko": "너의 이름은.", "zh": "你的名字。", "ru": "Твоё имя"}),
    ("Harry Potter and the Philosopher's Stone", 2001, {"es": "Harry Potter y la piedra filosofal", "pt": "Harry Potter e a Pedra Filosofal", "de": "Harry Potter und der Stein der Weisen", "fr": "Harry Potter à l'école des sorciers", "it": "Harry Potter e la pietra filosofale", "ru": "Гарри Поттер и философский камень", "ja": "ハリー・ポッターと賢者の石", "ko": "해리 포터와 마법사의 돌", "zh": "哈利·波特与魔法石", "pl": "Harry Potter i Kamień Filozoficzny", "tr": "Harry Potter ve Felsefe Taşı"}),
    ("The Matrix", 1999, {"es": "Matrix", "pt": "Matrix", "ru": "Матрица", "ja": "マトリックス", "ko": "매트릭스", "zh": "黑客帝国"}),
    ("Top Gun: Maverick", 2022, {"ru": "Топ Ган: Мэверик", "ja": "トップガン マーヴェリック", "ko": "탑건: 매버릭", "zh": "壮志凌云：独行侠"}),
    ("The Super Mario Bros. Movie", 2023, {"es": "Super Mario Bros. La película", "pt": "Super Mario Bros. O Filme", "ru": "Братья Супер Марио в кино", "ko": "슈퍼 마리오 브라더스", "zh": "超级马力欧兄弟大电影"}),
    ("John Wick: Chapter 4", 2023, {"es": "John Wick 4", "pt": "John Wick 4: Baba Yaga", "ru": "Джон Уик 4", "ko": "존 윅 4", "zh": "疾速追杀4"}),
    ("Fast X", 2023, {"es": "Rápidos y furiosos 10", "pt": "Velozes & Furiosos 10", "ru": "Форсаж 10", "ja": "ワイルド・スピード／ファイヤーブースト", "zh": "速度与激情10", "tr": "Hızlı ve Öfkeli 10", "pl": "Szybcy i wściekli 10"}),
    ("Avatar: The Way of Water", 2022, {"es": "Avatar: El camino del agua", "pt": "Avatar: O Caminho da Água", "ru": "Аватар: Путь воды", "ko": "아바타: 물의 길", "zh": "阿凡达：水之道"}),
    ("Pulp Fiction", 1994, {"es": "Tiempos violentos", "ru": "Криминальное чтиво", "zh": "低俗小说"}),
    ("Fight Club", 1999, {"es": "El club de la pelea", "pt": "Clube da Luta", "ru": "Бойцовский клуб", "zh": "搏击俱乐部"}),
    ("Train to Busan", 2016, {"ko": "부산행", "pt": "Invasão Zumbi", "ru": "Поезд в Пусан", "zh": "釜山行"}),
    ("Shrek", 2001, {"ru": "Шрек", "zh": "怪物史瑞克"}),
    ("Scarface", 1983, {"ru": "Лицо со шрамом"}),
]

# Films with a home market: (title, year, lang)
LOCAL_FILMS = [
    ("Cidade de Deus", 2002, "pt"), ("Tropa de Elite", 2007, "pt"), ("Ainda Estou Aqui", 2024, "pt"),
    ("O Auto da Compadecida 2", 2024, "pt"), ("Minha Mãe é uma Peça 3", 2019, "pt"),
    ("El laberinto del fauno", 2006, "es"), ("La sociedad de la nieve", 2023, "es"), ("Nosotros los Nobles", 2013, "es"),
    ("Relatos salvajes", 2014, "es"), ("Campeones", 2018, "es"), ("Ocho apellidos vascos", 2014, "es"),
    ("Das Kanu des Manitu", 2025, "de"), ("Der Schuh des Manitu", 2001, "de"), ("Fack ju Göhte", 2013, "de"), ("Im Westen nichts Neues", 2022, "de"),
    ("Le Comte de Monte-Cristo", 2024, "fr"), ("Intouchables", 2011, "fr"), ("Bienvenue chez les Ch'tis", 2008, "fr"), ("Astérix et Obélix : Mission Cléopâtre", 2002, "fr"),
    ("La vita è bella", 1997, "it"), ("Perfetti sconosciuti", 2016, "it"), ("Il buono, il brutto, il cattivo", 1966, "it"),
    ("Брат", 1997, "ru"), ("Ирония судьбы, или С лёгким паром!", 1975, "ru"), ("Чебурашка", 2023, "ru"), ("Мастер и Маргарита", 2024, "ru"), ("Холоп 2", 2024, "ru"),
    ("Hababam Sınıfı", 1975, "tr"), ("Recep İvedik 7", 2022, "tr"), ("Ayla", 2017, "tr"), ("Kolpaçino", 2009, "tr"),
    ("Kler", 2018, "pl"), ("Miś", 1981, "pl"), ("Chłopi", 2023, "pl"), ("Pitbull", 2021, "pl"),
    ("ゴジラ-1.0", 2023, "ja"), ("すずめの戸締まり", 2022, "ja"), ("THE FIRST SLAM DUNK", 2022, "ja"), ("名探偵コナン 隻眼の残像", 2025, "ja"),
    ("파묘", 2024, "ko"), ("범죄도시4", 2024, "ko"), ("서울의 봄", 2023, "ko"),
    ("流浪地球2", 2023, "zh"), ("满江红", 2023, "zh"), ("你好，李焕英", 2021, "zh"), ("长津湖", 2021, "zh"),
    ("ولاد رزق 3", 2024, "ar"), ("الفيل الأزرق 2", 2019, "ar"), ("كيرة والجن", 2022, "ar"),
    ("Pushpa 2: The Rule", 2024, "hi"), ("Stree 2", 2024, "hi"), ("Jawan", 2023, "hi"), ("Kalki 2898 AD", 2024, "hi"),
    ("หลานม่า", 2024, "th"), ("พี่มาก..พระโขนง", 2013, "th"),
    ("Mai", 2024, "vi"), ("Lật Mặt 7: Một Điều Ước", 2024, "vi"),
    ("Agak Laen", 2024, "id"), ("KKN di Desa Penari", 2022, "id"), ("Pengabdi Setan 2: Communion", 2022, "id"),
    ("Pelíšky", 1999, "cs"), ("Kameňák", 2003, "cs"), ("Hodinový manžel", 2014, "cs"),
    ("Zwartboek", 2006, "nl"), ("Sune vs Sune", 2018, "sv"), ("Kraina lodu", 2013, "pl"),
    ("Кіборги", 2017, "uk"), ("Мавка. Лісова пісня", 2023, "uk"),
]

# TV shows and anime: (name, {lang: localised}, kind)  kind: show|anime|kids
SHOWS = [
    ("Game of Thrones", {"es": "Juego de tronos", "fr": "Le Trône de fer", "it": "Il Trono di Spade", "ru": "Игра престолов", "ja": "ゲーム・オブ・スローンズ", "ko": "왕좌의 게임", "zh": "权力的游戏", "tr": "Taht Oyunları", "pl": "Gra o tron", "ar": "صراع العروش"}, "show"),
    ("House of the Dragon", {"es": "La casa del dragón", "pt": "A Casa do Dragão", "ru": "Дом дракона", "ko": "하우스 오브 드래곤", "zh": "龙之家族", "tr": "Ejderha Hanedanı", "pl": "Ród smoka"}, "show"),
    ("The Last of Us", {"ru": "Одни из нас", "zh": "最后生还者"}, "show"),
    ("The Boys", {"ru": "Пацаны", "ko": "더 보이즈", "zh": "黑袍纠察队"}, "show"),
    ("Stranger Things", {"ru": "Очень странные дела", "ja": "ストレンジャー・シングス", "ko": "기묘한 이야기", "zh": "怪奇物语"}, "show"),
    ("Squid Game", {"es": "El juego del calamar", "pt": "Round 6", "ru": "Игра в кальмара", "ja": "イカゲーム", "ko": "오징어 게임", "zh": "鱿鱼游戏", "ar": "لعبة الحبار"}, "show"),
    ("Wednesday", {"es": "Merlina", "pt": "Wandinha", "ru": "Уэнсдэй", "ja": "ウェンズデー", "ko": "웬즈데이", "zh": "星期三"}, "show"),
    ("Breaking Bad", {"ru": "Во все тяжкие", "zh": "绝命毒师"}, "show"),
    ("Better Call Saul", {"ru": "Лучше звоните Солу"}, "show"),
    ("The Sopranos", {"ru": "Клан Сопрано", "es": "Los Soprano", "pt": "Família Soprano"}, "show"),
    ("Friends", {"ru": "Друзья", "zh": "老友记"}, "show"),
    ("The Office", {"ru": "Офис"}, "show"),
    ("The Simpsons", {"es": "Los Simpson", "pt": "Os Simpsons", "de": "Die Simpsons", "fr": "Les Simpson", "it": "I Simpson", "ru": "Симпсоны", "ja": "ザ・シンプソンズ", "zh": "辛普森一家", "tr": "Simpsonlar", "pl": "Simpsonowie", "ar": "عائلة سيمبسون"}, "kids"),
    ("Family Guy", {"es": "Padre de familia", "pt": "Uma Família da Pesada", "ru": "Гриффины"}, "show"),
    ("South Park", {"ru": "Южный парк"}, "show"),
    ("Rick and Morty", {"es": "Rick y Morty", "ru": "Рик и Морти", "zh": "瑞克和莫蒂"}, "show"),
    ("SpongeBob SquarePants", {"es": "Bob Esponja", "pt": "Bob Esponja", "de": "SpongeBob Schwammkopf", "fr": "Bob l'éponge", "ru": "Губка Боб Квадратные Штаны", "pl": "SpongeBob Kanciastoporty", "tr": "Sünger Bob", "ar": "سبونج بوب", "ko": "네모바지 스폰지밥", "zh": "海绵宝宝"}, "kids"),
    ("Peaky Blinders", {"ru": "Острые козырьки"}, "show"),
    ("Money Heist", {"es": "La casa de papel", "pt": "La Casa de Papel", "ru": "Бумажный дом", "ko": "종이의 집"}, "show"),
    ("Dark", {}, "show"),
    ("The Witcher", {"ru": "Ведьмак", "pl": "Wiedźmin"}, "show"),
    ("Fallout", {"ru": "Фоллаут"}, "show"),
    ("Shōgun", {"ja": "SHOGUN 将軍"}, "show"),
    ("Arcane", {}, "show"),
    ("Andor", {}, "show"),
    ("The Rings of Power", {"es": "Los anillos de poder", "pt": "Os Anéis de Poder", "ru": "Кольца власти"}, "show"),
    ("Dexter: Resurrection", {"ru": "Декстер: Воскрешение"}, "show"),
    ("Yellowstone", {"ru": "Йеллоустоун"}, "show"),
    ("Invincible", {"ru": "Неуязвимый"}, "show"),
    ("Euphoria", {"ru": "Эйфория"}, "show"),
    ("The White Lotus", {"ru": "Белый лотос"}, "show"),
    ("Severance", {"es": "Separación", "ru": "Разделение"}, "show"),
    ("The Bear", {}, "show"),
    ("Prison Break", {"ru": "Побег"}, "show"),
    ("House M.D.", {"es": "Dr. House", "pt": "House", "ru": "Доктор Хаус", "de": "Dr. House"}, "show"),
    ("The Big Bang Theory", {"es": "La teoría del Big Bang", "ru": "Теория большого взрыва", "zh": "生活大爆炸"}, "show"),
    ("How I Met Your Mother", {"ru": "Как я встретил вашу маму"}, "show"),
    ("Bluey", {}, "kids"),
    ("Peppa Pig", {"ru": "Свинка Пеппа"}, "kids"),
    ("PAW Patrol", {"es": "Paw Patrol: Patrulla de cachorros", "pt": "Patrulha Canina", "ru": "Щенячий патруль"}, "kids"),
    ("Gravity Falls", {"ru": "Гравити Фолз"}, "kids"),
    ("Avatar: The Last Airbender", {"es": "Avatar: La leyenda de Aang", "pt": "Avatar: A Lenda de Aang", "ru": "Аватар: Легенда об Аанге"}, "kids"),
    ("Big Brother", {}, "show"),
    ("Love Island", {}, "show"),
    ("One Piece", {"ja": "ワンピース", "ko": "원피스", "zh": "海贼王", "ar": "ون بيس", "ru": "Ван-Пис"}, "anime"),
    ("Naruto Shippuden", {"ja": "NARUTO -ナルト- 疾風伝", "ru": "Наруто: Ураганные хроники"}, "anime"),
    ("Dragon Ball Z", {"ja": "ドラゴンボールZ", "ru": "Жемчуг дракона Z", "ar": "دراغون بول زد"}, "anime"),
    ("Attack on Titan", {"ja": "進撃の巨人", "es": "Shingeki no Kyojin", "ru": "Атака титанов", "ko": "진격의 거인", "zh": "进击的巨人"}, "anime"),
    ("Jujutsu Kaisen", {"ja": "呪術廻戦", "ru": "Магическая битва", "zh": "咒术回战", "ko": "주술회전"}, "anime"),
    ("Demon Slayer", {"ja": "鬼滅の刃", "es": "Kimetsu no Yaiba", "ru": "Клинок, рассекающий демонов", "zh": "鬼灭之刃", "ko": "귀멸의 칼날"}, "anime"),
    ("Detective Conan", {"ja": "名探偵コナン", "ar": "المحقق كونان", "zh": "名侦探柯南", "ko": "명탐정 코난", "vi": "Thám Tử Lừng Danh Conan", "es": "Detective Conan"}, "anime"),
    ("Crayon Shin-chan", {"ja": "クレヨンしんちゃん", "es": "Shin Chan", "zh": "蜡笔小新", "ko": "짱구는 못말려", "id": "Crayon Shinchan"}, "anime"),
    ("Doraemon", {"ja": "ドラえもん", "zh": "哆啦A梦", "vi": "Doraemon lồng tiếng"}, "anime"),
    ("Frieren: Beyond Journey's End", {"ja": "葬送のフリーレン"}, "anime"),
    ("Solo Leveling", {"ja": "俺だけレベルアップな件", "ko": "나 혼자만 레벨업"}, "anime"),
    ("Dan Da Dan", {"ja": "ダンダダン"}, "anime"),
    ("Chainsaw Man", {"ja": "チェンソーマン"}, "anime"),
    ("Spy x Family", {"ja": "SPY×FAMILY"}, "anime"),
    ("Oshi no Ko", {"ja": "【推しの子】"}, "anime"),
    ("My Hero Academia", {"ja": "僕のヒーローアカデミア", "es": "Boku no Hero Academia"}, "anime"),
    ("Blue Lock", {"ja": "ブルーロック"}, "anime"),
    ("The Apothecary Diaries", {"ja": "薬屋のひとりごと"}, "anime"),
    ("Kaiju No. 8", {"ja": "怪獣8号"}, "anime"),
    ("Haikyu!!", {"ja": "ハイキュー!!"}, "anime"),
    ("Gintama", {"ja": "銀魂"}, "anime"),
    ("Bleach: Thousand-Year Blood War", {"ja": "BLEACH 千年血戦篇"}, "anime"),
    ("Hunter x Hunter", {"ja": "HUNTER×HUNTER"}, "anime"),
    ("Pokémon Horizons", {"ja": "ポケットモンスター"}, "anime"),
    ("Saint Seiya", {"pt": "Os Cavaleiros do Zodíaco", "es": "Los Caballeros del Zodiaco"}, "anime"),
]

LOCAL_SHOWS = {
    "es": ["El Chavo del 8", "El Chapulín Colorado", "La Rosa de Guadalupe", "Betty la fea", "La que se avecina", "Aquí no hay quien viva",
           "Élite", "Pasión de Gavilanes", "La Reina del Sur", "Los Simpson latino", "Dragon Ball Super latino", "Caso Cerrado", "Como dice el dicho"],
    "pt": ["Chaves", "Chapolin", "A Fazenda 18", "Todo Mundo Odeia o Chris", "Eu, a Patroa e as Crianças", "Um Maluco no Pedaço",
           "Avenida Brasil", "Vale Tudo", "Carrossel", "Pica-Pau", "A Grande Família", "Os Cavaleiros do Zodíaco", "Irmão do Jorel"],
    "de": ["Tatort", "Berlin - Tag & Nacht", "Gute Zeiten, schlechte Zeiten", "Stromberg", "How to Sell Drugs Online (Fast)",
           "Pastewka", "Germany's Next Topmodel", "Die Sendung mit der Maus", "Die Simpsons Marathon"],
    "fr": ["Kaamelott", "Plus belle la vie", "Koh-Lanta", "Un gars, une fille", "Lupin", "Scènes de ménages", "Les Mystères de l'amour", "H"],
    "ru": ["Универ", "Интерны", "Кухня", "Реальные пацаны", "Слово пацана. Кровь на асфальте", "Счастливы вместе", "Ну, погоди!",
           "Смешарики", "Маша и Медведь", "Папины дочки", "Сваты", "Бригада", "Глухарь", "Физрук"],
    "uk": ["Слуга народу", "Свати", "Кріпосна", "Леся+Рома", "Козаки. Абсолютно брехлива історія"],
    "tr": ["Kuruluş Osman", "Yalı Çapkını", "Kızılcık Şerbeti", "Muhteşem Yüzyıl", "Diriliş: Ertuğrul", "Kurtlar Vadisi", "Aşk-ı Memnu",
           "Leyla ile Mecnun", "Behzat Ç.", "Çukur", "Kardeşlerim", "Uzak Şehir", "Survivor Türkiye", "Arka Sokaklar"],
    "pl": ["Świat według Kiepskich", "Ranczo", "M jak miłość", "Na Wspólnej", "Klan", "Ojciec Mateusz", "Miodowe lata", "Rodzinka.pl", "1670", "Chłopaki do wzięcia"],
    "it": ["Gomorra", "Un posto al sole", "Don Matteo", "Il commissario Montalbano", "Mare fuori", "Boris", "L'amica geniale", "Grande Fratello"],
    "ja": ["サザエさん", "ちびまる子ちゃん", "名探偵コナン", "クレヨンしんちゃん", "ドラえもん", "銀魂", "ONE PIECE", "ポケットモンスター"],
    "ko": ["런닝맨", "무한도전", "나 혼자 산다", "더 글로리", "눈물의 여왕", "무빙", "선재 업고 튀어", "폭싹 속았수다", "응답하라 1988",
           "슬기로운 의사생활", "흑백요리사", "나는 솔로", "환승연애"],
    "zh": ["甄嬛传", "庆余年", "繁花", "狂飙", "琅琊榜", "西游记", "还珠格格", "喜羊羊与灰太狼", "熊出没", "斗罗大陆", "斗破苍穹", "凡人修仙传", "仙逆", "完美世界"],
    "ar": ["باب الحارة", "الهيبة", "الاختيار", "قيامة أرطغرل", "المؤسس عثمان", "طاش ما طاش", "شباب البومب", "الكبير أوي", "جعفر العمدة",
           "سبونج بوب", "المحقق كونان", "ون بيس", "أبطال الديجيتال"],
    "hi": ["Taarak Mehta Ka Ooltah Chashmah", "Bigg Boss 20", "Shinchan Hindi", "Doraemon Hindi", "Mahabharat", "Anupamaa", "Mirzapur", "Panchayat"],
    "th": ["โดราเอมอน", "ชินจัง", "บุพเพสันนิวาส", "กรงกรรม", "เป็นต่อ"],
    "vi": ["Thám Tử Lừng Danh Conan", "Doraemon", "Gia đình là số 1", "Về nhà đi con", "2 Ngày 1 Đêm"],
    "id": ["Upin & Ipin", "Doraemon", "Crayon Shinchan", "Ikatan Cinta", "Tukang Ojek Pengkolan", "Si Doel Anak Sekolahan"],
    "nl": ["Flikken Maastricht", "Goede tijden, slechte tijden", "De Luizenmoeder", "Undercover", "Baantjer"],
    "sv": ["Solsidan", "Bonusfamiljen", "Bamse", "Wallander"],
    "cs": ["Most!", "Ordinace v růžové zahradě", "Vyprávěj", "Tři chlapi na chalupě", "Pat a Mat"],
    "hu": ["Szomszédok", "A mi kis falunk", "Barátok közt"],
    "ro": ["Las Fierbinți", "Vlad", "Românii au talent"],
    "el": ["Το Καφέ της Χαράς", "Οι Άθλιοι", "Σασμός"],
    "fi": ["Kummeli", "Putous", "Salatut elämät"],
    "da": ["Matador", "Borgen", "Badehotellet"],
    "no": ["Skam", "Lilyhammer", "Side om side"],
}

# TV channels by market
TV_CHANNELS = {
    "en": [("Sky Sports Main Event", "sport"), ("Sky Sports Premier League", "sport"), ("TNT Sports 1", "sport"), ("ESPN", "sport"),
           ("ESPN2", "sport"), ("Fox Sports 1", "sport"), ("NBC", "general"), ("CBS", "general"), ("FOX", "general"), ("CNN", "news"),
           ("Fox News", "news"), ("MSNBC", "news"), ("BBC One", "general"), ("ITV1", "general"), ("HBO", "general"), ("Cartoon Network", "kids"),
           ("Nickelodeon", "kids"), ("Disney Channel", "kids"), ("Adult Swim", "general"), ("Comedy Central", "general"), ("NFL Network", "sport"),
           ("MLB Network", "sport"), ("Tennis Channel", "sport"), ("Eurosport 1", "sport"), ("DAZN 1", "sport"), ("Sky Cinema Premiere", "general"),
           ("Star Sports 1", "sport"), ("Willow TV", "sport")],
    "es": [("Movistar LaLiga", "sport"), ("DAZN LaLiga", "sport"), ("Movistar Plus+", "general"), ("Antena 3", "general"), ("Telecinco", "general"),
           ("La 1", "general"), ("laSexta", "general"), ("TUDN", "sport"), ("Canal 5", "general"), ("Azteca 7", "sport"), ("ESPN Deportes", "sport"),
           ("TyC Sports", "sport"), ("TNT Sports Argentina", "sport"), ("ESPN Premium", "sport"), ("Win Sports+", "sport"), ("Fox Sports México", "sport"),
           ("Telefe", "general"), ("Caracol TV", "general"), ("Univision", "general"), ("Telemundo", "general"), ("Las Estrellas", "general"),
           ("Cartoon Network Latino", "kids"), ("Liga de Campeones por Movistar", "sport")],
    "pt": [("Globo", "general"), ("SporTV", "sport"), ("SporTV 2", "sport"), ("Premiere", "sport"), ("Premiere Clubes", "sport"),
           ("ESPN Brasil", "sport"), ("TNT Sports Brasil", "sport"), ("SBT", "general"), ("Record TV", "general"), ("Band", "general"),
           ("Combate", "sport"), ("Sport TV 1", "sport"), ("Benfica TV", "sport"), ("SIC", "general"), ("TVI", "general"),
           ("Cartoon Network Brasil", "kids"), ("Multishow", "general"), ("Globoplay", "general")],
    "de": [("Sky Sport Bundesliga", "sport"), ("Sky Sport Top Event", "sport"), ("DAZN 1", "sport"), ("ProSieben", "general"), ("RTL", "general"),
           ("Sat.1", "general"), ("Das Erste", "general"), ("ZDF", "general"), ("Sport1", "sport"), ("Super RTL", "kids"), ("KiKA", "kids"),
           ("ORF 1", "general"), ("SRF zwei", "sport"), ("Sky Cinema Premieren", "general")],
    "fr": [("Canal+", "general"), ("Canal+ Sport", "sport"), ("beIN SPORTS 1", "sport"), ("RMC Sport 1", "sport"), ("TF1", "general"),
           ("France 2", "general"), ("M6", "general"), ("L'Équipe", "sport"), ("Eurosport 1", "sport"), ("Ligue 1+", "sport"), ("BFM TV", "news"),
           ("Gulli", "kids"), ("Canal+ Foot", "sport")],
    "ru": [("Матч ТВ", "sport"), ("Матч! Премьер", "sport"), ("Первый канал", "general"), ("Россия 1", "general"), ("НТВ", "general"),
           ("СТС", "general"), ("ТНТ", "general"), ("Пятница!", "general"), ("2x2", "kids"), ("Карусель", "kids"), ("Матч! Футбол 1", "sport")],
    "uk": [("1+1", "general"), ("Setanta Sports Україна", "sport"), ("ICTV", "general"), ("Новий канал", "general"), ("Мегого Футбол", "sport")],
    "tr": [("beIN SPORTS 1", "sport"), ("TRT 1", "general"), ("ATV", "general"), ("Show TV", "general"), ("Star TV", "general"),
           ("Kanal D", "general"), ("NOW", "general"), ("TV8", "general"), ("TRT Spor", "sport"), ("S Sport", "sport"), ("Tivibu Spor", "sport"),
           ("A Spor", "sport"), ("Exxen Spor", "sport")],
    "pl": [("Canal+ Sport", "sport"), ("Polsat Sport", "sport"), ("TVP Sport", "sport"), ("TVP1", "general"), ("Polsat", "general"),
           ("TVN", "general"), ("Eleven Sports 1", "sport"), ("Canal+ Premium", "general"), ("Eurosport 1", "sport")],
    "it": [("Sky Sport Calcio", "sport"), ("DAZN Italia", "sport"), ("Sky Sport Uno", "sport"), ("Rai 1", "general"), ("Canale 5", "general"),
           ("Italia 1", "general"), ("Rai Sport", "sport"), ("Sky Sport Tennis", "sport")],
    "nl": [("ESPN 1", "sport"), ("Ziggo Sport", "sport"), ("NPO 1", "general"), ("RTL 4", "general"), ("Viaplay F1", "sport")],
    "ja": [("NHK総合", "general"), ("日本テレビ", "general"), ("テレビ朝日", "general"), ("TBS", "general"), ("フジテレビ", "general"),
           ("テレビ東京", "general"), ("DAZN", "sport"), ("WOWOW", "sport")],
    "ko": [("KBS2", "general"), ("MBC", "general"), ("SBS", "general"), ("tvN", "general"), ("JTBC", "general"), ("SPOTV", "sport"), ("SPOTV NOW", "sport")],
    "zh": [("CCTV-5", "sport"), ("CCTV-1", "general"), ("湖南卫视", "general"), ("浙江卫视", "general"), ("东方卫视", "general"),
           ("TVB翡翠台", "general"), ("纬来体育", "sport")],
    "ar": [("beIN SPORTS 1 HD", "sport"), ("beIN SPORTS MAX 1", "sport"), ("SSC 1", "sport"), ("MBC 1", "general"), ("MBC مصر", "general"),
           ("MBC 3", "kids"), ("سبيستون", "kids"), ("أبوظبي الرياضية", "sport"), ("ON Time Sports", "sport"), ("الكأس", "sport"), ("شاهد", "general")],
    "th": [("ช่อง 3", "general"), ("ช่อง 7", "general"), ("ช่อง one31", "general"), ("True Premier Football", "sport")],
    "vi": [("VTV3", "general"), ("VTV6", "sport"), ("K+ Sport 1", "sport")],
    "id": [("RCTI", "general"), ("SCTV", "general"), ("Indosiar", "general"), ("beIN Sports 1 Indonesia", "sport")],
    "hi": [("Star Sports 1 Hindi", "sport"), ("Sony Ten 1", "sport"), ("Colors TV", "general"), ("Star Plus", "general")],
    "cs": [("Nova", "general"), ("ČT sport", "sport"), ("O2 TV Sport", "sport")],
    "sv": [("TV4", "general"), ("SVT1", "general"), ("C More Fotboll", "sport")],
    "el": [("Cosmote Sport 1", "sport"), ("ANT1", "general")],
    "ro": [("Digi Sport 1", "sport"), ("Pro TV", "general")],
    "hu": [("M4 Sport", "sport"), ("RTL Klub", "general")],
}

# Football: (league label per language family, [teams])
FOOTBALL = {
    "Premier League": ["Arsenal", "Chelsea", "Liverpool", "Manchester City", "Manchester United", "Tottenham", "Newcastle", "Aston Villa",
                       "Brighton", "West Ham", "Everton", "Nottingham Forest", "Crystal Palace", "Fulham", "Brentford", "Bournemouth", "Wolves",
                       "Leeds United", "Sunderland", "Burnley"],
    "LaLiga": ["Real Madrid", "Barcelona", "Atlético de Madrid", "Sevilla", "Real Betis", "Real Sociedad", "Athletic Club", "Villarreal",
               "Valencia", "Girona", "Celta de Vigo", "Osasuna", "Rayo Vallecano", "Getafe", "Mallorca", "Espanyol"],
    "Serie A": ["Juventus", "Inter", "Milan", "Napoli", "Roma", "Lazio", "Atalanta", "Fiorentina", "Bologna", "Torino", "Como"],
    "Bundesliga": ["Bayern München", "Borussia Dortmund", "Bayer Leverkusen", "RB Leipzig", "Eintracht Frankfurt", "VfB Stuttgart", "SC Freiburg",
                   "Werder Bremen", "Borussia Mönchengladbach", "Hamburger SV", "1. FC Köln", "Union Berlin"],
    "Ligue 1": ["PSG", "Marseille", "Lyon", "Monaco", "Lille", "Lens", "Nice", "Rennes", "Strasbourg"],
    "Brasileirão": ["Flamengo", "Palmeiras", "Corinthians", "São Paulo", "Santos", "Grêmio", "Internacional", "Atlético-MG", "Cruzeiro",
                    "Botafogo", "Fluminense", "Vasco", "Bahia", "Fortaleza"],
    "Liga Profesional": ["Boca Juniors", "River Plate", "Racing", "Independiente", "San Lorenzo", "Estudiantes", "Vélez", "Rosario Central"],
    "Liga MX": ["América", "Chivas", "Cruz Azul", "Pumas", "Tigres", "Monterrey", "Toluca", "Santos Laguna", "León", "Pachuca"],
    "Süper Lig": ["Galatasaray", "Fenerbahçe", "Beşiktaş", "Trabzonspor", "Başakşehir", "Samsunspor", "Göztepe"],
    "Ekstraklasa": ["Legia Warszawa", "Lech Poznań", "Raków Częstochowa", "Jagiellonia Białystok", "Pogoń Szczecin", "Górnik Zabrze", "Wisła Kraków"],
    "РПЛ": ["Зенит", "Спартак", "ЦСКА", "Локомотив", "Краснодар", "Динамо", "Ростов"],
    "J1リーグ": ["浦和レッズ", "鹿島アントラーズ", "川崎フロンターレ", "横浜F・マリノス", "ヴィッセル神戸", "サンフレッチェ広島", "ガンバ大阪"],
    "K리그1": ["울산 HD", "전북 현대", "FC 서울", "포항 스틸러스", "대전 하나시티즌"],
    "دوري روشن": ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "القادسية"],
    "الدوري المصري": ["الأهلي", "الزمالك", "بيراميدز", "المصري"],
    "MLS": ["Inter Miami", "LA Galaxy", "LAFC", "Seattle Sounders", "Columbus Crew", "FC Cincinnati", "Atlanta United"],
    "Eredivisie": ["Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht"],
    "Liga Portugal": ["Benfica", "Porto", "Sporting CP", "Braga", "Vitória SC"],
    "Fortuna liga": ["Sparta Praha", "Slavia Praha", "Viktoria Plzeň", "Baník Ostrava"],
    "Allsvenskan": ["Malmö FF", "AIK", "Djurgården", "Hammarby"],
    "Super League": ["Olympiacos", "Panathinaikos", "AEK", "PAOK"],
    "Champions League": ["Real Madrid", "Barcelona", "Bayern München", "PSG", "Liverpool", "Arsenal", "Inter", "Manchester City", "Benfica",
                         "Galatasaray", "Borussia Dortmund", "Atlético de Madrid", "Napoli", "Juventus", "Chelsea", "Sporting CP"],
    "Copa Libertadores": ["Flamengo", "Palmeiras", "River Plate", "Boca Juniors", "Botafogo", "Racing", "São Paulo", "Estudiantes", "LDU Quito", "Peñarol"],
}
LEAGUES_BY_LANG = {
    "en": ["Premier League", "Premier League", "Champions League", "MLS", "LaLiga"], "es": ["LaLiga", "LaLiga", "Liga MX", "Liga Profesional", "Champions League", "Copa Libertadores"],
    "pt": ["Brasileirão", "Brasileirão", "Copa Libertadores", "Liga Portugal"], "de": ["Bundesliga", "Bundesliga", "Champions League"],
    "fr": ["Ligue 1", "Ligue 1", "Champions League"], "it": ["Serie A", "Serie A", "Champions League"], "ru": ["РПЛ", "РПЛ", "Premier League"],
    "uk": ["Premier League", "РПЛ"], "tr": ["Süper Lig", "Süper Lig", "Champions League"], "pl": ["Ekstraklasa", "Ekstraklasa", "Premier League"],
    "ja": ["J1リーグ", "Premier League"], "ko": ["K리그1", "Premier League"], "ar": ["دوري روشن", "الدوري المصري", "Champions League", "LaLiga"],
    "nl": ["Eredivisie"], "cs": ["Fortuna liga", "Premier League"], "sv": ["Allsvenskan"], "el": ["Super League"], "zh": ["Premier League", "LaLiga"],
    "th": ["Premier League"], "vi": ["Premier League"], "id": ["Premier League", "LaLiga"], "hi": ["Premier League"], "hu": ["Champions League"],
    "ro": ["Champions League"], "fi": ["Premier League"], "da": ["Champions League"], "no": ["Premier League"],
}
MLB = ["Yankees", "Dodgers", "Red Sox", "Mets", "Cubs", "Braves", "Astros", "Phillies", "Padres", "Blue Jays", "Mariners", "Orioles", "Guardians", "Giants", "Cardinals"]
NFL = ["Chiefs", "Eagles", "Bills", "Ravens", "49ers", "Cowboys", "Lions", "Packers", "Bengals", "Steelers", "Dolphins", "Jets", "Rams", "Commanders"]
WNBA = ["Las Vegas Aces", "New York Liberty", "Indiana Fever", "Minnesota Lynx", "Phoenix Mercury", "Atlanta Dream", "Seattle Storm"]
TENNIS = ["Sinner", "Alcaraz", "Djokovic", "Zverev", "Medvedev", "Fritz", "Shelton", "Draper", "Sabalenka", "Świątek", "Gauff", "Pegula", "Rybakina", "Andreeva", "Osaka", "Paolini", "Fonseca", "Mensik"]
F1_GP = ["Italian", "Dutch", "Belgian", "Hungarian", "British", "Spanish", "Monaco", "Madrid", "Azerbaijan", "Singapore"]
NATIONAL = ["Brasil", "Argentina", "España", "France", "Deutschland", "England", "Portugal", "Italia", "México", "Japan", "USA", "Morocco", "Türkiye", "Polska", "Nederland"]
CRICKET = ["India", "Pakistan", "England", "Australia", "South Africa", "New Zealand", "Sri Lanka", "Bangladesh"]

PPV_FIGHTERS = ["Islam Makhachev", "Ilia Topuria", "Alex Pereira", "Tom Aspinall", "Jon Jones", "Khamzat Chimaev", "Dricus du Plessis",
                "Merab Dvalishvili", "Alexandre Pantoja", "Sean O'Malley", "Max Holloway", "Charles Oliveira", "Conor McGregor", "Justin Gaethje",
                "Magomed Ankalaev", "Jack Della Maddalena", "Belal Muhammad", "Arman Tsarukyan", "Paddy Pimblett", "Shavkat Rakhmonov"]
BOXERS = ["Canelo", "Crawford", "Usyk", "Dubois", "Anthony Joshua", "Tyson Fury", "Naoya Inoue", "Junto Nakatani", "Jake Paul", "Gervonta Davis",
          "Shakur Stevenson", "Bivol", "Beterbiev", "Ryan Garcia", "Devin Haney", "Zurdo Ramírez", "Jaron Ennis"]
PPV_EVENTS = ["UFC {n}", "UFC Fight Night", "Noche UFC", "PFL World Tournament", "ONE Fight Night {m}", "Bellator Champions Series",
              "WWE Raw", "WWE SmackDown", "WWE Clash in Paris", "WWE SummerSlam", "AEW Dynamite", "AEW All Out", "Riyadh Season Card"]
LOCAL_PPV = {
    "pl": ["FAME {m}", "KSW {n2}", "PRIME MMA {m}", "CLOUT MMA {m}", "HIGH League {m}"],
    "ja": ["RIZIN.{n2}", "BreakingDown{m}", "RIZIN LANDMARK {m}"],
    "ru": ["Hardcore FC", "Наше Дело {m}", "Top Dog {m}", "АСА {n2}", "РЕН ТВ Fight Club"],
    "es": ["La Velada del Año 5", "Noche UFC", "Boxeo: {b1} vs {b2}"],
    "pt": ["UFC {n}", "LFA {n2}", "Jungle Fight {n2}", "Fight Music Show {m}"],
    "de": ["Oktagon MMA {m}", "Hype FC {m}", "Unleashed {m}"],
    "cs": ["Oktagon {n2}", "Clash MMA {m}"],
    "tr": ["UFC {n}", "Boks: {b1} vs {b2}"],
    "ko": ["블랙컴뱃 {m}", "ZFN {m}"],
    "ar": ["UFC {n}", "موسم الرياض: {b1} ضد {b2}"],
}

# Music: artists, shows/tours, albums
MUSIC_ACTS = [
    ("Taylor Swift", ["The Eras Tour", "The Life of a Showgirl"]), ("BTS", ["Permission to Dance on Stage", "Yet To Come in Busan"]),
    ("Coldplay", ["Music of the Spheres World Tour", "Live at Glastonbury"]), ("Beyoncé", ["Cowboy Carter Tour", "Renaissance"]),
    ("Bad Bunny", ["DeBÍ TiRAR MáS FOToS", "Most Wanted Tour"]), ("Billie Eilish", ["Hit Me Hard and Soft: The Tour"]),
    ("Sabrina Carpenter", ["Short n' Sweet Tour", "Man's Best Friend"]), ("Metallica", ["M72 World Tour"]), ("Rammstein", ["Stadium Tour"]),
    ("BLACKPINK", ["DEADLINE World Tour", "Born Pink"]), ("Stray Kids", ["dominATE World Tour"]), ("SEVENTEEN", ["Follow Tour"]),
    ("Karol G", ["Mañana Será Bonito Tour", "Tropicoqueta"]), ("Peso Pluma", ["Éxodo"]), ("Shakira", ["Las Mujeres Ya No Lloran World Tour"]),
    ("Travis Scott", ["Circus Maximus Tour"]), ("Kendrick Lamar", ["Grand National Tour", "GNX"]), ("The Weeknd", ["After Hours til Dawn"]),
    ("Dua Lipa", ["Radical Optimism Tour"]), ("Ed Sheeran", ["+-=÷x Tour"]), ("Daft Punk", ["Alive 2007"]), ("Oasis", ["Oasis Live '25"]),
    ("Ado", ["Hibana World Tour"]), ("YOASOBI", ["Chōgen Dome Live"]), ("Mrs. GREEN APPLE", ["Babel no Tō"]), ("aespa", ["SYNK: Parallel Line"]),
    ("NewJeans", ["Bunnies Camp"]), ("Tarkan", ["Harbiye Açıkhava"]), ("Sezen Aksu", ["Kuruçeşme Arena"]), ("Stromae", ["Multitude Tour"]),
    ("Aya Nakamura", ["Live Stade de France"]), ("Anitta", ["Ensaios da Anitta"]), ("Henrique & Juliano", ["To Be Ao Vivo"]), ("Jorge & Mateus", ["Ao Vivo em Goiânia"]),
    ("Macan", ["Live"]), ("Instasamka", ["Live"]), ("Zenek Martyniuk", ["Koncert Jubileuszowy"]), ("Sanah", ["Stadion Narodowy"]),
    ("Måneskin", ["Live at Circo Massimo"]), ("Vasco Rossi", ["Live Kom"]), ("周杰伦", ["嘉年华世界巡回演唱会"]), ("五月天", ["回到那一天"]),
    ("عمرو دياب", ["حفلة العلمين"]), ("محمد عبده", ["حفل جدة"]), ("Arijit Singh", ["Live in Concert"]), ("Tomorrowland", ["Mainstage 2026"]),
]
FESTIVALS = ["Tomorrowland 2026", "Coachella 2026", "Rock in Rio 2026", "Lollapalooza 2026", "Glastonbury 2026", "Primavera Sound 2026",
             "Summer Sonic 2026", "MTV VMAs 2026", "Eurovision 2026", "Ultra Music Festival 2026"]
KPOP_SHOWS = ["Music Bank", "Inkigayo", "M Countdown", "Show! Music Core", "Music Bank in Madrid"]
HITS_RADIO = {
    "en": ("Top Hits 2026", ["Sabrina Carpenter", "Taylor Swift", "The Weeknd", "Billie Eilish", "Chappell Roan", "Benson Boone", "Bruno Mars"]),
    "es": ("Reggaeton 2026", ["Bad Bunny", "Karol G", "Feid", "Peso Pluma", "Rauw Alejandro", "Myke Towers"]),
    "pt": ("Funk e Sertanejo 24h", ["MC Ryan SP", "Ana Castela", "Gusttavo Lima", "Henrique & Juliano", "Anitta"]),
    "ko": ("K-POP 24/7", ["NewJeans", "aespa", "IVE", "Stray Kids", "SEVENTEEN", "BLACKPINK", "BTS"]),
    "ja": ("J-POP 24時間", ["YOASOBI", "Ado", "Mrs. GREEN APPLE", "Vaundy", "King Gnu", "米津玄師"]),
    "ru": ("Русские хиты 24/7", ["Macan", "Instasamka", "Miyagi", "Баста", "Zivert", "Jony"]),
    "tr": ("Türkçe Pop 7/24", ["Tarkan", "Sezen Aksu", "Mabel Matiz", "Hadise", "Edis", "Semicenk"]),
    "pl": ("Hity Radia 24/7", ["Sanah", "Dawid Podsiadło", "Kwiat Jabłoni", "Zenek Martyniuk", "Taco Hemingway"]),
    "de": ("Deutschrap Hits 24/7", ["Apache 207", "Luciano", "Ski Aggu", "Nina Chuba", "Capital Bra"]),
    "fr": ("Hits Rap FR 24/7", ["Jul", "Ninho", "Aya Nakamura", "Gims", "Tiakola", "SDM"]),
    "ar": ("أغاني عربية 24/7", ["عمرو دياب", "ويجز", "مروان بابلو", "نانسي عجرم", "حسين الجسمي"]),
    "it": ("Hit Italiane 24/7", ["Annalisa", "Geolier", "Anna", "Sfera Ebbasta", "Mahmood"]),
}

# ---------------------------------------------------------------------------
# Categories. (name, kind, weight, flags, short names, language affinity)
# kinds: jc irl podcast music dj art chess sports events tabletop game gta
#        sportsgame horror casino dev retro
# flags: M = mature, V = named after a film / TV show / anime (licensed media game),
#        S = speedrun-friendly, E = esports title, K = moviemaking-capable
# ---------------------------------------------------------------------------
HEAD = [
    ("Just Chatting", "jc", 640, "", [], {}),
    ("Grand Theft Auto V", "gta", 190, "MK", ["GTA V", "GTA RP", "GTA 5", "GTA"], {"pt": 1.8, "es": 1.3, "fr": 1.4, "de": 1.3, "ru": 1.2, "th": 1.8, "ar": 1.3}),
    ("League of Legends", "game", 150, "E", ["LoL", "League", "soloQ"], {"ko": 3.5, "tr": 2.0, "es": 1.5, "fr": 1.6, "vi": 2.5, "pl": 1.4, "de": 1.2}),
    ("VALORANT", "game", 120, "E", ["Valorant", "Valo", "VALO"], {"tr": 2.5, "ja": 1.8, "th": 2.0, "pt": 1.2, "es": 1.3, "ko": 1.3, "ar": 1.5}),
    ("Counter-Strike", "game", 125, "ME", ["CS2", "CS", "Counter-Strike 2"], {"ru": 3.0, "pl": 2.5, "pt": 1.8, "uk": 3.0, "de": 1.2, "cs": 2.0, "tr": 1.5, "da": 2.0, "sv": 1.8}),
    ("Fortnite", "game", 110, "E", ["Fortnite", "FN", "fortnite"], {"es": 1.3, "de": 1.4, "ar": 2.0, "fr": 1.3, "pt": 1.0}),
    ("Minecraft", "game", 95, "SK", ["Minecraft", "MC", "minecraft"], {"es": 1.2, "de": 1.3, "fr": 1.2, "ru": 1.2, "ja": 1.3}),
    ("Dota 2", "game", 55, "E", ["Dota", "Dota 2", "dota"], {"ru": 5.0, "uk": 3.0, "pt": 0.8, "es": 0.8, "en": 0.5}),
    ("Apex Legends", "game", 55, "ME", ["Apex", "APEX"], {"ja": 4.0, "en": 1.0}),
    ("Call of Duty: Warzone", "game", 60, "ME", ["Warzone", "WZ", "warzone"], {"en": 1.3, "es": 1.2, "ar": 1.5, "it": 1.4}),
    ("Call of Duty: Black Ops 7", "game", 45, "ME", ["BO7", "Black Ops 7", "CoD"], {"en": 1.3, "ar": 1.2}),
    ("Marvel Rivals", "game", 45, "E", ["Marvel Rivals", "Rivals"], {"en": 1.2, "zh": 2.0}),
    ("Rust", "game", 40, "M", ["Rust", "RUST"], {"ru": 1.5, "en": 1.2, "ja": 1.5}),
    ("Escape from Tarkov", "game", 35, "M", ["Tarkov", "EFT"], {"ru": 2.5, "en": 1.0, "pl": 1.2}),
    ("World of Warcraft", "game", 45, "", ["WoW", "World of Warcraft"], {"de": 1.8, "fr": 1.3, "ru": 1.3, "en": 1.1}),
    ("Dead by Daylight", "horror", 35, "M", ["DbD", "Dead by Daylight"], {"ja": 1.5, "pt": 1.3}),
    ("Overwatch 2", "game", 32, "E", ["Overwatch", "OW2", "OW"], {"ko": 1.8, "en": 1.0}),
    ("IRL", "irl", 60, "", [], {"ja": 1.5, "ko": 1.5, "en": 1.0}),
    ("EA Sports FC 26", "sportsgame", 55, "", ["FC 26", "EA FC 26", "FC26"], {"es": 1.5, "pt": 1.8, "ar": 3.0, "it": 1.8, "de": 1.5, "fr": 1.3, "tr": 1.6, "pl": 1.4}),
    ("Teamfight Tactics", "game", 25, "", ["TFT"], {"ko": 2.0, "en": 1.0}),
    ("PUBG: BATTLEGROUNDS", "game", 30, "M", ["PUBG", "배그"], {"ko": 3.0, "zh": 2.0, "th": 2.0, "ru": 1.0}),
    ("Roblox", "game", 35, "", ["Roblox", "roblox"], {"en": 1.2, "es": 1.1, "pt": 1.2}),
    ("ARC Raiders", "game", 40, "M", ["ARC Raiders", "Arc Raiders"], {"en": 1.1, "de": 1.2}),
    ("Slots", "casino", 30, "", ["slots", "Slots"], {"en": 1.0, "de": 1.5, "pt": 1.3, "es": 1.0}),
]

MID = [
    # name, kind, weight, flags, short names, affinity
    ("Elden Ring", "game", 12, "MS", ["Elden Ring", "ER"], {}), ("Elden Ring Nightreign", "game", 8, "M", ["Nightreign"], {}),
    ("Baldur's Gate 3", "game", 6, "M", ["BG3", "Baldur's Gate 3"], {}), ("Monster Hunter Wilds", "game", 10, "", ["MH Wilds", "Monster Hunter"], {"ja": 3.0}),
    ("Path of Exile 2", "game", 12, "M", ["PoE 2", "PoE2"], {"ko": 1.5, "ru": 1.5}), ("Diablo IV", "game", 8, "M", ["Diablo 4", "D4"], {}),
    ("Lost Ark", "game", 8, "", ["Lost Ark", "로아"], {"ko": 5.0}), ("Street Fighter 6", "game", 10, "E", ["SF6", "スト6"], {"ja": 5.0}),
    ("TEKKEN 8", "game", 6, "E", ["Tekken 8", "T8"], {"ko": 2.0}), ("Rocket League", "game", 10, "E", ["Rocket League", "RL"], {"fr": 1.5}),
    ("Tom Clancy's Rainbow Six Siege X", "game", 14, "ME", ["R6", "Siege", "R6S"], {"pt": 2.0, "ja": 1.5}), ("THE FINALS", "game", 5, "", ["The Finals"], {}),
    ("Deadlock", "game", 8, "", ["Deadlock"], {"ru": 1.5}), ("Hollow Knight: Silksong", "game", 8, "S", ["Silksong"], {}),
    ("Battlefield 6", "game", 16, "M", ["BF6", "Battlefield"], {"de": 1.4}), ("Borderlands 4", "game", 5, "M", ["BL4", "Borderlands 4"], {}),
    ("Ghost of Yōtei", "game", 6, "M", ["Ghost of Yotei"], {"ja": 1.5}), ("Pokémon Legends: Z-A", "game", 7, "S", ["Legends Z-A", "Pokémon Z-A"], {"ja": 2.0}),
    ("The Sims 4", "game", 9, "", ["Sims 4", "The Sims"], {"pt": 1.8}), ("Stardew Valley", "game", 7, "", ["Stardew"], {}),
    ("Terraria", "game", 5, "", ["Terraria"], {}), ("Valheim", "game", 3, "", ["Valheim"], {}), ("Phasmophobia", "horror", 8, "M", ["Phasmo", "Phasmophobia"], {}),
    ("Lethal Company", "horror", 4, "M", ["Lethal Company"], {}), ("R.E.P.O.", "horror", 7, "", ["REPO", "R.E.P.O."], {}),
    ("PEAK", "game", 5, "", ["PEAK"], {}), ("Schedule I", "game", 4, "M", ["Schedule 1"], {}), ("Old School RuneScape", "game", 14, "", ["OSRS"], {"en": 1.5}),
    ("Final Fantasy XIV Online", "game", 12, "", ["FFXIV", "FF14", "FF14 Online"], {"ja": 2.5}), ("Genshin Impact", "game", 8, "", ["Genshin"], {"zh": 2.0}),
    ("Honkai: Star Rail", "game", 5, "", ["HSR", "Star Rail"], {"zh": 2.0}), ("Zenless Zone Zero", "game", 4, "", ["ZZZ"], {}),
    ("Wuthering Waves", "game", 3, "", ["WuWa"], {}), ("Umamusume: Pretty Derby", "game", 4, "", ["Umamusume", "ウマ娘"], {"ja": 4.0}),
    ("Mario Kart World", "game", 6, "S", ["Mario Kart World", "MKW"], {"ja": 2.0}), ("Super Smash Bros. Ultimate", "game", 5, "E", ["Smash", "SSBU"], {"ja": 2.0}),
    ("Donkey Kong Bananza", "game", 3, "S", ["DK Bananza"], {}), ("Hades II", "game", 6, "S", ["Hades 2"], {}), ("Balatro", "game", 5, "", ["Balatro"], {}),
    ("Among Us", "game", 3, "", ["Among Us"], {}), ("Fall Guys", "game", 3, "", ["Fall Guys"], {}), ("Sea of Thieves", "game", 4, "", ["Sea of Thieves", "SoT"], {}),
    ("Destiny 2", "game", 7, "", ["Destiny 2", "D2"], {}), ("Warframe", "game", 6, "", ["Warframe"], {}), ("Halo Infinite", "game", 3, "V", ["Halo"], {}),
    ("Free Fire", "game", 8, "", ["Free Fire", "FF"], {"pt": 6.0, "th": 3.0, "id": 4.0, "es": 1.5}), ("Mobile Legends: Bang Bang", "game", 5, "", ["MLBB", "ML"], {"id": 8.0}),
    ("PUBG Mobile", "game", 4, "", ["PUBG Mobile"], {"ar": 4.0, "tr": 2.0}), ("Arena of Valor", "game", 2, "", ["ROV", "Liên Quân"], {"th": 8.0, "vi": 8.0}),
    ("Brawl Stars", "game", 4, "", ["Brawl Stars"], {"tr": 2.0, "es": 1.5}), ("Clash Royale", "game", 4, "", ["Clash Royale", "CR"], {"es": 1.5}),
    ("Metin2", "game", 5, "", ["Metin2", "Metin"], {"tr": 8.0, "pl": 4.0, "de": 2.0, "ro": 5.0}), ("Tibia", "game", 5, "", ["Tibia"], {"pt": 6.0, "pl": 6.0}),
    ("MapleStory", "game", 5, "", ["MapleStory", "메이플"], {"ko": 5.0}), ("World of Tanks", "game", 7, "", ["WoT", "танки"], {"ru": 6.0, "pl": 3.0, "cs": 3.0, "uk": 4.0}),
    ("War Thunder", "game", 5, "", ["War Thunder"], {"ru": 3.0, "de": 1.5}), ("Albion Online", "game", 3, "", ["Albion"], {"pt": 3.0}),
    ("Black Desert", "game", 3, "", ["BDO", "Black Desert"], {"ko": 2.0}), ("Throne and Liberty", "game", 3, "", ["T&L", "Throne and Liberty"], {}),
    ("Delta Force", "game", 6, "M", ["Delta Force"], {"zh": 3.0}), ("Palworld", "game", 3, "", ["Palworld"], {}), ("Satisfactory", "game", 2, "", ["Satisfactory"], {}),
    ("Factorio", "game", 3, "", ["Factorio"], {"de": 1.5, "cs": 2.0}), ("Cities: Skylines II", "game", 2, "", ["Cities Skylines 2"], {}),
    ("Euro Truck Simulator 2", "game", 5, "", ["ETS2", "Euro Truck"], {"pl": 3.0, "ru": 2.5, "tr": 2.5, "de": 1.5}),
    ("Microsoft Flight Simulator 2024", "game", 3, "", ["MSFS 2024", "MSFS"], {}), ("Kingdom Come: Deliverance II", "game", 4, "M", ["KCD2"], {"cs": 5.0}),
    ("Clair Obscur: Expedition 33", "game", 5, "", ["Expedition 33", "E33"], {"fr": 2.0}), ("Split Fiction", "game", 3, "", ["Split Fiction"], {}),
    ("Assassin's Creed Shadows", "game", 3, "MV", ["AC Shadows"], {}), ("Death Stranding 2: On the Beach", "game", 3, "M", ["Death Stranding 2", "DS2"], {"ja": 2.0}),
    ("Mafia: The Old Country", "game", 2, "M", ["Mafia Old Country"], {"it": 3.0}), ("Silent Hill f", "horror", 3, "M", ["Silent Hill f"], {"ja": 2.0}),
    ("Resident Evil Requiem", "horror", 8, "MV", ["RE9", "RE Requiem"], {"ja": 2.0}), ("007 First Light", "game", 4, "V", ["007 First Light"], {}),
    ("Dying Light: The Beast", "horror", 3, "M", ["Dying Light The Beast"], {}), ("Hogwarts Legacy", "game", 3, "V", ["Hogwarts Legacy"], {}),
    ("Marvel's Spider-Man 2", "game", 3, "V", ["Spider-Man 2"], {}), ("The Last of Us Part II", "horror", 3, "MV", ["TLOU2", "The Last of Us 2"], {}),
    ("The Last of Us Part I", "horror", 2, "MV", ["TLOU", "The Last of Us"], {}), ("Fallout 76", "game", 4, "MV", ["Fallout 76", "FO76"], {}),
    ("Fallout 4", "game", 3, "MV", ["Fallout 4"], {}), ("The Witcher 3: Wild Hunt", "game", 3, "MV", ["Witcher 3"], {"pl": 2.5}),
    ("Cyberpunk 2077", "game", 4, "MV", ["Cyberpunk"], {"pl": 2.0}), ("Red Dead Redemption 2", "gta", 6, "MK", ["RDR2", "RedM"], {"pt": 1.5}),
    ("Dragon Ball: Sparking! ZERO", "game", 4, "V", ["Sparking Zero", "DB Sparking Zero"], {"es": 2.5, "pt": 2.0}),
    ("Naruto x Boruto Ultimate Ninja Storm Connections", "game", 1, "V", ["Naruto Storm Connections"], {"pt": 2.0}),
    ("Jujutsu Kaisen Cursed Clash", "game", 1, "V", ["JJK Cursed Clash"], {}), ("One Piece Odyssey", "game", 1, "V", ["One Piece Odyssey"], {}),
    ("Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles 2", "game", 1, "V", ["Hinokami Chronicles 2"], {"ja": 2.0}),
    ("Squid Game: Unleashed", "game", 1, "V", ["Squid Game Unleashed"], {}), ("Five Nights at Freddy's: Secret of the Mimic", "horror", 2, "MV", ["FNAF Mimic", "FNAF"], {}),
    ("Until Dawn", "horror", 2, "MV", ["Until Dawn"], {}), ("The Texas Chain Saw Massacre", "horror", 1, "MV", ["TCM", "Texas Chain Saw"], {}),
    ("Mortal Kombat 1", "game", 3, "MVE", ["MK1"], {}), ("Sonic Racing: CrossWorlds", "game", 2, "V", ["Sonic CrossWorlds"], {}),
    ("The Outlast Trials", "horror", 3, "M", ["Outlast Trials"], {}), ("Fears to Fathom", "horror", 2, "M", ["Fears to Fathom"], {}),
    ("Poppy Playtime", "horror", 3, "M", ["Poppy Playtime"], {}), ("Content Warning", "horror", 2, "K", ["Content Warning"], {}),
    ("Garry's Mod", "game", 3, "K", ["GMod", "Garry's Mod"], {"ru": 1.5}), ("VRChat", "game", 6, "", ["VRChat", "VRC"], {"ja": 2.5}),
    ("Retro", "retro", 6, "S", ["retro"], {}), ("Games + Demos", "game", 4, "", ["demos", "indie demos"], {}),
    ("Super Mario 64", "retro", 3, "S", ["SM64", "Mario 64"], {}), ("The Legend of Zelda: Ocarina of Time", "retro", 2, "S", ["OoT", "Ocarina"], {}),
    ("Pokémon Emerald", "retro", 2, "S", ["Emerald"], {}), ("Celeste", "game", 1, "S", ["Celeste"], {}), ("Hollow Knight", "game", 2, "S", ["Hollow Knight", "HK"], {}),
    ("Super Mario World", "retro", 2, "S", ["SMW"], {}), ("Sekiro: Shadows Die Twice", "game", 2, "MS", ["Sekiro"], {}),
    ("Dark Souls III", "game", 2, "MS", ["DS3", "Dark Souls 3"], {}), ("Portal 2", "game", 1, "S", ["Portal 2"], {}),
    # sports video games
    ("EA Sports FC 25", "sportsgame", 6, "", ["FC 25", "EA FC 25", "FC25"], {"ar": 2.0, "pt": 1.5}),
    ("NBA 2K26", "sportsgame", 10, "", ["2K26", "NBA 2K26"], {"en": 1.5}), ("NBA 2K25", "sportsgame", 2, "", ["2K25"], {}),
    ("Madden NFL 26", "sportsgame", 5, "", ["Madden 26", "Madden"], {"en": 2.0}), ("Madden NFL 25", "sportsgame", 1, "", ["Madden 25"], {"en": 2.0}),
    ("UFC 5", "sportsgame", 3, "", ["UFC 5", "EA UFC 5"], {}), ("F1 25", "sportsgame", 4, "", ["F1 25", "F1 Game"], {"nl": 2.0, "de": 1.3}),
    ("F1 24", "sportsgame", 1, "", ["F1 24"], {}), ("MLB The Show 26", "sportsgame", 3, "", ["MLB The Show", "The Show 26"], {"en": 2.0, "ja": 1.5}),
    ("NHL 26", "sportsgame", 2, "", ["NHL 26"], {"en": 1.5, "sv": 3.0, "fi": 4.0, "cs": 2.0}), ("EA Sports College Football 26", "sportsgame", 4, "", ["CFB 26", "College Football 26"], {"en": 2.5}),
    ("WWE 2K25", "sportsgame", 3, "", ["WWE 2K25", "2K25 Universe"], {}), ("eFootball", "sportsgame", 3, "", ["eFootball", "PES"], {"ja": 2.0, "ar": 2.0, "id": 2.0}),
    ("Football Manager 26", "sportsgame", 3, "", ["FM26", "Football Manager"], {"en": 1.5, "tr": 2.0, "de": 1.5, "pl": 1.5}),
    ("iRacing", "sportsgame", 3, "", ["iRacing"], {}), ("Gran Turismo 7", "sportsgame", 2, "", ["GT7"], {}), ("Assetto Corsa Competizione", "sportsgame", 2, "", ["ACC"], {}),
    ("Forza Horizon 5", "game", 3, "", ["FH5", "Forza Horizon 5"], {}), ("Top Spin 2K25", "sportsgame", 1, "", ["Top Spin"], {}),
    ("PGA TOUR 2K25", "sportsgame", 1, "", ["PGA 2K25"], {}), ("Captain Tsubasa: Rise of New Champions", "sportsgame", 1, "V", ["Captain Tsubasa"], {"ja": 2.0, "es": 2.0}),
    ("Inazuma Eleven: Victory Road", "sportsgame", 2, "V", ["Inazuma Eleven"], {"ja": 3.0, "es": 2.0}),
    # non-gaming
    ("Talk Shows & Podcasts", "podcast", 18, "", [], {}), ("Music", "music", 22, "", [], {}), ("DJs", "dj", 6, "", [], {}),
    ("Art", "art", 12, "", [], {"ja": 2.0}), ("Chess", "chess", 10, "", [], {"ru": 1.5, "en": 1.2, "es": 1.2}), ("Sports", "sports", 16, "", [], {}),
    ("Special Events", "events", 6, "", [], {}), ("Dungeons & Dragons", "tabletop", 3, "", ["D&D", "DnD"], {"en": 1.5}),
    ("Tabletop RPGs", "tabletop", 2, "", ["TTRPG"], {}), ("Board Games", "tabletop", 1, "", ["board games"], {}),
    ("Magic: The Gathering", "game", 3, "", ["MTG", "Magic"], {}), ("Pokémon Trading Card Game", "game", 3, "", ["Pokémon TCG", "PTCG"], {"ja": 1.5}),
    ("Yu-Gi-Oh! Master Duel", "game", 2, "V", ["Master Duel"], {"ja": 1.5}), ("Poker", "casino", 3, "", ["poker"], {"pt": 1.5, "ru": 1.5}),
    ("Virtual Casino", "casino", 4, "", ["casino"], {"de": 1.5}), ("Software and Game Development", "dev", 4, "", [], {}),
    ("Science & Technology", "dev", 2, "", [], {}), ("Makers & Crafting", "art", 2, "", [], {}), ("Food & Drink", "irl", 3, "", [], {}),
    ("Travel & Outdoors", "irl", 4, "", [], {"ja": 2.0, "ko": 1.5}), ("Fitness & Health", "irl", 2, "", [], {}),
    ("Pools, Hot Tubs, and Beaches", "irl", 3, "", [], {}), ("Politics", "podcast", 3, "", [], {"en": 1.5}),
    ("ASMR", "jc", 5, "", [], {"ja": 2.0, "ko": 2.0}),
    ("Hearthstone", "game", 6, "E", ["Hearthstone", "HS"], {"ru": 1.5, "zh": 1.5}), ("Heroes of the Storm", "game", 1, "", ["HotS"], {}),
    ("Path of Exile", "game", 2, "M", ["PoE"], {}), ("StarCraft II", "game", 3, "E", ["SC2", "StarCraft 2"], {"ko": 3.0}),
    ("Age of Empires II: Definitive Edition", "game", 4, "E", ["AoE2", "AoE II"], {"es": 1.5}), ("Age of Empires IV", "game", 1, "", ["AoE4"], {}),
    ("Counter-Strike: Source", "game", 1, "", ["CSS", "CS:Source"], {"ru": 2.0}), ("Team Fortress 2", "game", 2, "", ["TF2"], {}),
    ("Left 4 Dead 2", "horror", 1, "M", ["L4D2"], {}), ("Minecraft Dungeons", "game", 1, "", ["MC Dungeons"], {}),
    ("SMITE 2", "game", 2, "", ["Smite 2"], {}), ("Legends of Runeterra", "game", 1, "", ["LoR", "Runeterra"], {}),
    ("World of Warships", "game", 2, "", ["WoWS"], {"ru": 2.0, "de": 1.5}), ("Guild Wars 2", "game", 2, "", ["GW2"], {"de": 1.5, "fr": 1.5}),
    ("The Elder Scrolls Online", "game", 2, "", ["ESO"], {"de": 1.5}), ("Lord of the Rings Online", "game", 1, "V", ["LOTRO"], {}),
    ("RimWorld", "game", 2, "", ["RimWorld"], {}), ("Project Zomboid", "horror", 4, "M", ["Zomboid", "PZ"], {}),
    ("7 Days to Die", "horror", 2, "M", ["7 Days to Die", "7DTD"], {}), ("DayZ", "game", 4, "M", ["DayZ"], {"ru": 2.0, "cs": 2.0}),
    ("ARK: Survival Ascended", "game", 4, "", ["ARK", "ASA"], {"pt": 1.5}), ("Conan Exiles", "game", 1, "MV", ["Conan Exiles"], {}),
    ("Dead Island 2", "horror", 1, "M", ["Dead Island 2"], {}), ("Hell Let Loose", "game", 2, "M", ["HLL", "Hell Let Loose"], {}),
    ("Squad", "game", 2, "M", ["Squad"], {}), ("Arma Reforger", "game", 2, "M", ["Arma Reforger"], {"cs": 2.0}),
    ("Helldivers 2", "game", 4, "M", ["Helldivers 2", "HD2"], {}), ("Warhammer 40,000: Space Marine 2", "game", 2, "M", ["Space Marine 2"], {}),
    ("Crusader Kings III", "game", 2, "", ["CK3"], {}), ("Europa Universalis V", "game", 2, "", ["EU5"], {}), ("Hearts of Iron IV", "game", 2, "", ["HOI4"], {}),
    ("Civilization VII", "game", 2, "", ["Civ 7", "Civ VII"], {}), ("Anno 117: Pax Romana", "game", 2, "", ["Anno 117"], {"de": 3.0}),
    ("Tibia", "game", 0, "", [], {}),  # dropped duplicate (weight 0 -> filtered)
]

# Long tail: old, obscure and dead games. Flags as above. Kind "retro" or "horror".
TAIL = """Artifact|Artifact Foundry|Battleborn|LawBreakers|Evolve Stage 2|Paragon|Concord|Spellbreak|Bleeding Edge|Knockout City|Rumbleverse|CrossfireX
Hyper Scape|Babylon's Fall|Anthem|Marvel's Avengers|The Culling|Radical Heights|Islands of Nyne|Darwin Project|Realm Royale|Ring of Elysium
H1Z1|Vampire: The Masquerade - Bloodhunt|Dirty Bomb|Gigantic|Battlerite|Atlas Reactor|Heroes of Newerth|Strife|Master x Master|WildStar
Star Wars Galaxies|City of Heroes|Asheron's Call|Dark Age of Camelot|Ultima Online|EverQuest II|Age of Conan: Hyborian Adventures|Rift
TERA|Aion|Blade & Soul|ArcheAge|Skyforge|Neverwinter|Allods Online|Elsword|Dragon Nest|Vindictus|Mabinogi|Ragnarok Online|Flyff
Silkroad Online|Cabal Online|RF Online|Perfect World|Rappelz|Shaiya|Runes of Magic|Fiesta Online|Trove|Dungeon Siege|Dungeon Siege II
Sacred 2: Fallen Angel|Titan Quest|Torchlight III|Hellgate: London|Darkspore|Spore|Black & White|Populous: The Beginning|Dungeon Keeper 2
Theme Hospital|RollerCoaster Tycoon 3|Zoo Tycoon 2|SimCity 4|SimCity|The Sims 2|The Sims Medieval|Myst|Riven|The 7th Guest|Grim Fandango Remastered
Full Throttle|Day of the Tentacle|Sam & Max Hit the Road|Beneath a Steel Sky|Broken Sword: The Shadow of the Templars|Syberia|The Longest Journey
Gabriel Knight: Sins of the Fathers|King's Quest VI|Space Quest III|Quest for Glory|Loom|Zork I|Star Control II|FreeSpace 2|Descent|Descent II
Tyrian 2000|Jazz Jackrabbit 2|Commander Keen|Duke Nukem 3D|Shadow Warrior (1997)|Blood|Heretic|Hexen|Rise of the Triad|Unreal|Unreal Tournament 2004
Quake II|Quake 4|Enemy Territory: Quake Wars|Tribes: Ascend|Starsiege: Tribes|Midtown Madness 2|Motocross Madness 2|Carmageddon|Interstate '76
MechWarrior 4: Mercenaries|Crimson Skies|Freelancer|Homeworld: Cataclysm|Ground Control|Sacrifice|Giants: Citizen Kabuto|Battlezone II
Evil Genius|Tropico 3|Stronghold Crusader|Cossacks: European Wars|Empire Earth|Rise of Nations|Age of Mythology|Kohan II: Kings of War
Earth 2160|Heroes of Might and Magic V|Disciples II|King's Bounty: The Legend|Majesty 2|Lords of the Realm II|The Settlers II|The Settlers 7
Anno 1404|Anno 2070|Supreme Commander 2|Sins of a Solar Empire|Galactic Civilizations II|Master of Orion II|Endless Space|Warhammer 40,000: Dawn of War II
Company of Heroes: Opposing Fronts|World in Conflict|Men of War|Blitzkrieg|Sudden Strike|Commandos 2: Men of Courage|Desperados: Wanted Dead or Alive
Robin Hood: The Legend of Sherwood|Hitman: Codename 47|Thief II: The Metal Age|Deus Ex: Invisible War|System Shock 2|Arx Fatalis
Dark Messiah of Might and Magic|Prey (2006)|Singularity|TimeShift|Bulletstorm|Brink|Homefront|Haze|Too Human|Dark Sector|Kane & Lynch 2: Dog Days
Quantum Theory|Binary Domain|Vanquish|Spec Ops: The Line|Army of Two|Fracture|Damnation|Clive Barker's Jericho|Turning Point: Fall of Liberty
Rogue Warrior|Battlefield 2|Battlefield: Bad Company 2|Battlefield Hardline|Medal of Honor: Allied Assault|Medal of Honor: Warfighter
Call of Duty 2|Call of Duty: World at War|Call of Duty: Infinite Warfare|Call of Duty: Vanguard|Titanfall|Crysis 3|Killzone 2|Resistance: Fall of Man
SOCOM II: U.S. Navy SEALs|Ghost Recon Breakpoint|Rainbow Six Vegas 2|Splinter Cell: Chaos Theory|Operation Flashpoint: Cold War Crisis
America's Army|Soldier of Fortune II|F.E.A.R. 2: Project Origin|Serious Sam 2|Painkiller|Red Orchestra 2|Rising Storm 2: Vietnam
Day of Defeat: Source|Team Fortress Classic|Ricochet|Half-Life: Opposing Force|Half-Life: Blue Shift|Portal Stories: Mel|The Ship|Zeno Clash
Nuclear Dawn|Natural Selection 2|Wildfrost|Loop Hero|Cobalt Core|Dorfromantik|Townscaper|A Short Hike|Lonely Mountains: Downhill|Unpacking
Spiritfarer|GRIS|Journey|Flower|ABZÛ|Inside|Limbo|Braid|Fez|Owlboy|Axiom Verge|Katana ZERO|Hotline Miami 2: Wrong Number|Ruiner|Furi
Hyper Light Drifter|Tunic|Death's Door|Ghostrunner 2|Severed Steel|Cruelty Squad|DUSK|Amid Evil|Ion Fury|Prodeus|Warhammer 40,000: Boltgun
Turbo Overkill|Exanima|Kenshi|Dwarf Fortress|Caves of Qud|Cataclysm: Dark Days Ahead|Tales of Maj'Eyal|Brogue: Community Edition|NetHack
Angband|Dungeon Crawl Stone Soup|Risk of Rain (2013)|Nuclear Throne|Crypt of the NecroDancer|Griftlands|Monster Train|Pentiment
Citizen Sleeper|NORCO|Kentucky Route Zero|Oxenfree II: Lost Signals|Firewatch|What Remains of Edith Finch|Gone Home|Dear Esther
The Talos Principle 2|The Witness|Obduction|Return of the Obra Dinn|Ape Escape|The Legend of Dragoon|Vagrant Story|Parasite Eve II
Dino Crisis 2|Tomba!|Jumping Flash!|Alundra|Brave Fencer Musashi|Threads of Fate|Suikoden II|Wild Arms|Breath of Fire IV|Xenogears|Chrono Cross
Star Ocean: The Second Story|Valkyrie Profile|Lunar: Silver Star Story Complete|Grandia|Mega Man Legends 2|Gex: Enter the Gecko
Croc: Legend of the Gobbos|MediEvil 2|Crash Bash|Bugs Bunny: Lost in Time|Jet Force Gemini|Blast Corps|Banjo-Tooie|Conker's Bad Fur Day
Perfect Dark|Star Fox 64|Pilotwings 64|Glover|Chameleon Twist|Rocket: Robot on Wheels|Space Station Silicon Valley|Body Harvest
Mischief Makers|Goemon's Great Adventure|Beetle Adventure Racing!|Wetrix|Tetrisphere|Bomberman 64|Harvest Moon 64|Ogre Battle 64
Quest 64|Aidyn Chronicles: The First Mage|Hybrid Heaven|WinBack|Backyard Football|Backyard Baseball|NBA Jam|NFL Blitz|NBA Street Vol. 2
FIFA Street|FIFA 14|FIFA 98: Road to World Cup|Pro Evolution Soccer 6|Pro Evolution Soccer 2013|Winning Eleven 9|Madden NFL 2005
NCAA Football 14|NHL 94|Mario Strikers Charged|Sega Soccer Slam|RedCard 2003|Mike Tyson's Punch-Out!!|Fight Night Round 3|Fight Night Champion
EA Sports UFC|UFC Undisputed 3|Def Jam: Fight for NY|WWF No Mercy|WWE SmackDown! Here Comes the Pain|Tony Hawk's Underground|Skate 3
SSX Tricky|Cool Boarders 2|1080° Snowboarding|Amped 3|Excitebike 64|Wave Race 64|Top Gear Rally|RalliSport Challenge 2|Colin McRae Rally 2.0
Richard Burns Rally|Need for Speed: Underground 2|Need for Speed: Most Wanted (2005)|Burnout 3: Takedown|Burnout Paradise|Midnight Club 3: DUB Edition
Juiced|FlatOut 2|Split/Second|Blur|MotorStorm|Ridge Racer Type 4|Gran Turismo 4|Diddy Kong Racing|Wipeout HD|F-Zero GX|Extreme-G
San Francisco Rush 2049|Cruis'n USA|Road Rash|Twisted Metal: Black|Vigilante 8|Driver|Driver: San Francisco|The Getaway|True Crime: Streets of LA
Sleeping Dogs|Mercenaries 2: World in Flames|Prototype 2|inFAMOUS|Crackdown 2|Red Faction: Guerrilla|The Saboteur|Wheelman
50 Cent: Blood on the Sand|Gwent: The Witcher Card Game|The Elder Scrolls: Legends|Faeria|Eternal Card Game|Shadowverse|Duelyst
Chronicle: RuneScape Legends|Hand of Fate 2|Mythgard|Fable Fortune|Skyweaver|Late Shift|The Bunker|Night Trap|Erica|The Complex
Contradiction|The Shapeshifting Detective|The Infectious Madness of Doctor Dekker|Immortality|Her Story|Telling Lies|Quantum Break
Heavy Rain|Beyond: Two Souls|Fahrenheit: Indigo Prophecy|The Dark Pictures Anthology: Man of Medan|The Dark Pictures Anthology: House of Ashes
The Dark Pictures Anthology: The Devil in Me|The Quarry|As Dusk Falls|The Movies|Dreams|Shenmue II|Jade Empire|Mirror's Edge Catalyst
Lost Planet 2|Asura's Wrath|El Shaddai: Ascension of the Metatron|Okami HD|Catherine|Shadow of the Colossus|ICO|The Last Guardian"""

# Tail categories named after films, TV shows or anime (licensed media games), old ones.
TAIL_MEDIA = """The Godfather|The Godfather II|Scarface: The World Is Yours|The Warriors|Reservoir Dogs|The Italian Job|From Russia with Love
GoldenEye 007|007: Nightfire|Quantum of Solace|Enter the Matrix|The Matrix: Path of Neo|Peter Jackson's King Kong|The Chronicles of Riddick: Escape from Butcher Bay
The Thing|Aliens vs. Predator 2|Alien: Isolation|Aliens: Dark Descent|Predator: Hunting Grounds|Jurassic Park: Operation Genesis|Terminator: Resistance
RoboCop: Rogue City|John Wick Hex|Rambo: The Video Game|Fast & Furious Crossroads|X-Men Origins: Wolverine|Iron Man|Catwoman|Superman Returns
The Incredible Hulk|Spider-Man 2|Ultimate Spider-Man|Shrek 2|Madagascar|Cars|Ratatouille|WALL-E|Toy Story 2: Buzz Lightyear to the Rescue
Finding Nemo|The Incredibles|Monsters, Inc. Scream Team|A Bug's Life|Kung Fu Panda|Bee Movie Game|Happy Feet|Chicken Little|Bolt
Ice Age 2: The Meltdown|Over the Hedge|Surf's Up|The Polar Express|Night at the Museum: Battle of the Smithsonian
Harry Potter and the Chamber of Secrets|Harry Potter and the Prisoner of Azkaban|The Lord of the Rings: The Return of the King
The Lord of the Rings: The Two Towers|The Hobbit|Pirates of the Caribbean: At World's End|The Chronicles of Narnia: The Lion, the Witch and the Wardrobe
Eragon|The Golden Compass|Beowulf: The Game|300: March to Glory|Gladiator: Sword of Vengeance|Ghostbusters: The Video Game|Back to the Future: The Game
The Walking Dead|The Walking Dead: Saints & Sinners|Game of Thrones|Friday the 13th: The Game|Evil Dead: The Game|Killer Klowns from Outer Space: The Game
The Simpsons: Hit & Run|The Simpsons Game|Futurama|Family Guy: Back to the Multiverse|South Park: The Stick of Truth|South Park: The Fractured but Whole
Rick and Morty: Virtual Rick-ality|Stranger Things 3: The Game|SpongeBob SquarePants: Battle for Bikini Bottom|Rugrats: Search for Reptar
Scooby-Doo! Night of 100 Frights|The Powerpuff Girls: Chemical X-traction|Avatar: The Last Airbender|Teenage Mutant Ninja Turtles: Mutants in Manhattan
Power Rangers: Battle for the Grid|Dragon Ball Z: Budokai Tenkaichi 3|Dragon Ball Z: Budokai 3|Dragon Ball FighterZ|Naruto: Clash of Ninja
Naruto Shippuden: Ultimate Ninja Storm 4|Bleach: Shattered Blade|One Piece: Pirate Warriors 4|Death Note: Kira Game|Fullmetal Alchemist and the Broken Angel
Cowboy Bebop: Tsuioku no Serenade|Neon Genesis Evangelion 64|Attack on Titan 2|My Hero One's Justice 2|Hunter x Hunter Nen x Impact|Bleach Rebirth of Souls
Sword Art Online: Fractured Daydream|JoJo's Bizarre Adventure: All-Star Battle R|Saint Seiya: Soldiers' Soul|Fist of the North Star: Lost Paradise
Sherlock Holmes Chapter One|Peaky Blinders: Mastermind|Narcos: Rise of the Cartels|Prison Break: The Conspiracy|24: The Game|Lost: Via Domus
CSI: Crime Scene Investigation|Mad Max|Batman: Arkham Knight|Star Wars: Battlefront II|Family Feud|Jeopardy!|Who Wants to Be a Millionaire?
Wheel of Fortune|The Price Is Right|Doctor Who: The Edge of Time|Star Trek Online|Babylon 5: I've Found Her|The X-Files Game"""

HORROR_TAIL = {"Alien: Isolation", "Friday the 13th: The Game", "Evil Dead: The Game", "Killer Klowns from Outer Space: The Game",
               "The Walking Dead: Saints & Sinners", "The Thing", "Aliens vs. Predator 2", "Predator: Hunting Grounds", "The Quarry",
               "The Dark Pictures Anthology: Man of Medan", "The Dark Pictures Anthology: House of Ashes", "The Dark Pictures Anthology: The Devil in Me",
               "Night Trap", "Erica", "Dino Crisis 2", "Parasite Eve II", "F.E.A.R. 2: Project Origin", "Clive Barker's Jericho", "The 7th Guest"}
FMV_TAIL = {"Late Shift", "The Bunker", "Night Trap", "Erica", "The Complex", "Contradiction", "The Shapeshifting Detective",
            "The Infectious Madness of Doctor Dekker", "Immortality", "Her Story", "Telling Lies", "Quantum Break"}
SPORT_TAIL = {"Backyard Football", "Backyard Baseball", "NBA Jam", "NFL Blitz", "NBA Street Vol. 2", "FIFA Street", "FIFA 14", "FIFA 98: Road to World Cup",
              "Pro Evolution Soccer 6", "Pro Evolution Soccer 2013", "Winning Eleven 9", "Madden NFL 2005", "NCAA Football 14", "NHL 94",
              "Mario Strikers Charged", "Sega Soccer Slam", "RedCard 2003", "Mike Tyson's Punch-Out!!", "Fight Night Round 3", "Fight Night Champion",
              "EA Sports UFC", "UFC Undisputed 3", "WWF No Mercy", "WWE SmackDown! Here Comes the Pain"}


def build_categories():
    r = rng_for("gameids")
    cats = []
    for tier, rows in (("head", HEAD), ("mid", MID)):
        for name, kind, w, flags, short, aff in rows:
            if w <= 0:
                continue
            cats.append(dict(name=name, kind=kind, w=float(w), flags=flags, short=short or [name], aff=aff, tier=tier))
    seen = {c["name"] for c in cats}
    for block, media in ((TAIL, False), (TAIL_MEDIA, True)):
        for name in [x.strip() for x in block.replace("\n", "|").split("|") if x.strip()]:
            if name in seen:
                continue
            seen.add(name)
            kind = "horror" if name in HORROR_TAIL else ("sportsgame" if name in SPORT_TAIL else "retro")
            flags = ("V" if media else "") + ("K" if name in ("The Movies", "Dreams") else "") + ("F" if name in FMV_TAIL else "")
            cats.append(dict(name=name, kind=kind, w=0.0, flags=flags, short=[name], aff={}, tier="tail"))
    ids = r.sample(range(100000, 1000000), len(cats))
    for c, i in zip(cats, ids):
        c["id"] = str(i)
    # tail weights: a few tail games keep a tiny regular scene, most are empty most hours
    for c in cats:
        if c["tier"] == "tail":
            c["w"] = r.choice([0.0, 0.0, 0.15, 0.3, 0.5, 0.8, 1.2])
    return cats


CATS = build_categories()
CAT_BY_NAME = {c["name"]: c for c in CATS}

# ---------------------------------------------------------------------------
# Languages: code, share, Twitch language tag, activity-curve family
# ---------------------------------------------------------------------------
LANGS = [("en", 44.0, "English", "am"), ("es", 10.0, "Español", "es"), ("pt", 7.0, "Português", "br"), ("de", 5.5, "Deutsch", "eu"),
         ("fr", 5.0, "Français", "eu"), ("ru", 5.0, "Русский", "ru"), ("ja", 4.0, "日本語", "jp"), ("ko", 2.5, "한국어", "jp"),
         ("it", 2.5, "Italiano", "eu"), ("tr", 2.2, "Türkçe", "ru"), ("pl", 2.2, "Polski", "eu"), ("zh", 1.3, "中文", "cn"),
         ("ar", 1.2, "العربية", "me"), ("nl", 1.0, "Nederlands", "eu"), ("uk", 0.8, "Українська", "ru"), ("th", 1.0, "ไทย", "sea"),
         ("sv", 0.5, "Svenska", "eu"), ("cs", 0.6, "Čeština", "eu"), ("vi", 0.4, "TiếngViệt", "sea"), ("id", 0.5, "BahasaIndonesia", "sea"),
         ("hi", 0.3, "हिन्दी", "sea"), ("fi", 0.3, "Suomi", "eu"), ("da", 0.3, "Dansk", "eu"), ("no", 0.3, "Norsk", "eu"),
         ("hu", 0.3, "Magyar", "eu"), ("el", 0.2, "Ελληνικά", "eu"), ("ro", 0.3, "Română", "eu")]
LANG_TAG = {c: t for c, _, t, _ in LANGS}
LANG_FAMILY = {c: f for c, _, _, f in LANGS}
# relative activity for the 8 set hours (14:00 .. 21:00 UTC)
ACTIVITY = {
    "am": [0.62, 0.68, 0.76, 0.84, 0.92, 0.98, 1.03, 1.08], "es": [0.72, 0.76, 0.82, 0.88, 0.94, 1.0, 1.04, 1.06],
    "br": [0.58, 0.64, 0.72, 0.80, 0.88, 0.95, 1.0, 1.06], "eu": [0.72, 0.76, 0.82, 0.90, 0.97, 1.03, 1.07, 1.05],
    "ru": [0.82, 0.87, 0.92, 0.97, 1.02, 1.05, 1.04, 0.97], "jp": [1.06, 1.0, 0.88, 0.74, 0.6, 0.5, 0.44, 0.42],
    "cn": [1.02, 0.95, 0.84, 0.70, 0.56, 0.47, 0.42, 0.40], "me": [0.86, 0.92, 0.97, 1.02, 1.06, 1.05, 1.0, 0.93],
    "sea": [1.0, 0.96, 0.9, 0.8, 0.7, 0.6, 0.52, 0.46],
}
EN_MIX = {"en": 0.0, "es": 0.10, "pt": 0.10, "de": 0.22, "fr": 0.12, "ru": 0.08, "ja": 0.04, "ko": 0.04, "it": 0.18, "tr": 0.15,
          "pl": 0.18, "zh": 0.05, "ar": 0.22, "nl": 0.45, "uk": 0.12, "th": 0.2, "sv": 0.5, "cs": 0.3, "vi": 0.2, "id": 0.3,
          "hi": 0.55, "fi": 0.45, "da": 0.5, "no": 0.5, "hu": 0.3, "el": 0.4, "ro": 0.4}

RANKS = {
    "League of Legends": ["Challenger", "Grandmaster", "Master", "Diamond", "Emerald", "Platinum", "Gold"],
    "VALORANT": ["Radiant", "Immortal", "Immortal 3", "Ascendant", "Diamond"], "Counter-Strike": ["FACEIT 10", "Premier 25k", "30k Premier", "FPL", "lvl 10"],
    "Fortnite": ["Unreal", "Champion League", "Elite"], "Apex Legends": ["Predator", "Master", "Diamond"], "Dota 2": ["Immortal", "Divine", "10k MMR", "Titan", "8k MMR"],
    "Overwatch 2": ["Grandmaster", "Champion", "Top 500"], "Marvel Rivals": ["Celestial", "Grandmaster", "Eternity", "One Above All"],
    "Teamfight Tactics": ["Challenger", "Master", "Grandmaster"], "Rocket League": ["SSL", "Grand Champ", "GC2"],
    "Tom Clancy's Rainbow Six Siege X": ["Champion", "Diamond", "Emerald"], "Street Fighter 6": ["Master", "Legend", "Diamond"],
    "TEKKEN 8": ["Tekken God", "God of Destruction", "Tekken King"], "Call of Duty: Warzone": ["Iridescent", "Top 250", "Crimson"],
    "Call of Duty: Black Ops 7": ["Iridescent", "Top 250"], "Deadlock": ["Eternus", "Ascendant", "Phantom"], "StarCraft II": ["Grandmaster", "Master"],
    "Hearthstone": ["Legend", "top 100 Legend"], "PUBG: BATTLEGROUNDS": ["Master", "Diamond"], "SMITE 2": ["Deity", "Demigod"],
    "Age of Empires II: Definitive Edition": ["2000 elo", "1800 elo"], "Super Smash Bros. Ultimate": ["Elite Smash"], "Mobile Legends: Bang Bang": ["Mythical Glory", "Mythic"],
    "Free Fire": ["Grandmaster", "Heroic"], "Brawl Stars": ["Masters", "Legendary"], "Clash Royale": ["Ultimate Champion", "Top 1000"],
}
RANK_LOC = {"ja": {"Predator": "プレデター", "Master": "マスター", "Diamond": "ダイヤ", "Radiant": "レディアント", "Immortal": "イモータル",
                   "Challenger": "チャレンジャー", "Grandmaster": "グランドマスター", "Legend": "レジェンド"},
            "ko": {"Challenger": "챌린저", "Grandmaster": "그랜드마스터", "Master": "마스터", "Diamond": "다이아", "Emerald": "에메랄드",
                   "Radiant": "레디언트", "Immortal": "불멸", "Predator": "프레데터", "Platinum": "플래티넘"},
            "zh": {"Challenger": "王者", "Grandmaster": "宗师", "Master": "大师", "Diamond": "钻石", "Radiant": "赋能战魂", "Immortal": "超凡入圣"}}

EMOJI = ["🔴", "🎮", "🔥", "💜", "✨", "😎", "🙂", "😂", "💀", "👀", "⚡", "🎯", "🏆", "💯", "🤝", "😴", "☕", "🍕", "🌙", "🎉", "🐸", "😈", "❤️", "🥶",
         "🤡", "🧠", "💪", "🌸", "⭐", "🚀", "👑", "😤", "🫡", "🥲", "🍵", "🎧", "🌈", "🐱", "🦊", "🧃"]
SEPS = [" | ", " | ", " - ", " • ", " // ", " ~ ", " — ", " | ", " :: ", " ▸ "]
CMDS = ["!drops", "!discord", "!sub", "!prime", "!socials", "!yt", "!tiktok", "!ig", "!merch", "!vpn", "!code", "!gfuel", "!pc", "!specs",
        "!schedule", "!twitter", "!x", "!patreon", "!newvid", "!crosshair", "!sens", "!settings", "!game", "!sponsor", "!giveaway", "!commands", "!kick", "!join"]
PLATFORMS = ["PC", "PS5", "Xbox", "Switch 2", "PS5 Pro", "Steam Deck", "mobile"]

# Ordinary templates: TPL[persona][lang] -> list.  Slots in {braces}.
TPL = {}
TPL["game"] = {
    "en": [
        "🔴 LIVE - {g}{sep}{cmds}", "day {day} of {g}{sep}{cmds}", "chill {g} w/ chat {emo}", "first time playing {g}!! {cmds}",
        "{g} w/ viewers | !join", "NEW PATCH {g} {emo}{sep}{cmds}", "morning {g} ☕ {cmds}", "late night {g} {emo} come hang",
        "{g} but I'm terrible at it", "we are SO back | {g}", "BLIND playthrough part {n}{sep}no spoilers pls", "{g} 100% completion - part {n}",
        "{g} tryhard arc{sep}{cmds}", "grinding {g} till I pass out {emo}", "just vibing {emo}{sep}{g}", "goal: {n} wins today | {g}",
        "[18+] {g}{sep}{cmds}", "{g} :)", "playing {g} with the homies {emo}", "stream #{N}{sep}{g}", "{g} on {plat} {emo}", "{emo} {g} {emo}",
        "NO SLEEP {g} STREAM {emo}", "{g} | DROPS ON | {cmds}", "{g} - trying new builds", "modded {g} ep {n}", "👾 {g} 👾 {cmds}",
        "GIVEAWAY at {N} followers 🎁 | {g}", "FREE skin giveaway at {n} subs | {g} | !giveaway", "{g} then maybe something else idk",
        "back after a week off!! {g}", "{g} with @{friend} and @{friend2}", "can we finish {g} today? {emo}", "{g} new season hype {emo} {cmds}",
        "rage quit speedrun (not really) | {g}", "happy friday!! {g} all night", "hardcore mode {g} - one life", "{g} w/ subs | !sub for priority",
        "{g} | road to {N} followers", "learning {g} from scratch", "{g} update dropped, let's see", "cozy {g} & rain sounds 🌧️",
        "🔴 {g} | 1440p 165hz | {cmds}", "{g} // new mic test lol", "the comeback stream {emo} {g}", "{g} | chat picks my loadout",
        "{g} until I win | {cmds}", "LIVE: {g} ({plat})", "{g} | come say hi 👋", "back on {g} {emo}{sep}{cmds}",
    ],
    "es": [
        "🔴 EN DIRECTO - {g}{sep}{cmds}", "día {day} jugando {g}", "{g} con la comunidad {emo} !unirse", "primera vez en {g} {emo}",
        "{g} con subs{sep}{cmds}", "noche de {g} y charla {emo}", "{g} tranqui, pasen {emo}", "NUEVA TEMPORADA de {g} {emo}{sep}{cmds}",
        "jugando {g} con @{friend} {emo}", "{g} hasta que gane {emo}", "volvimos!! {g}{sep}{cmds}", "{g} a muerte 💀", "sorteo a los {N} seguidores | {g}",
        "{g} | directo #{N}", "maratón de {g} {emo}", "{g} modo difícil, sin morir", "probando {g} {emo} qué tal está?", "{g} + charla | {cmds}",
        "mañanero de {g} ☕", "{g} en {plat} {emo}", "{g} | pasen a saludar 👋", "a ver si hoy sí | {g}", "{g} parte {n} - sin spoilers porfa",
        "🔴 {g} con viewers !jugar", "{g} y lo que salga {emo}",
    ],
    "pt": [
        "🔴 AO VIVO - {g}{sep}{cmds}", "dia {day} de {g}", "{g} com inscritos {emo}", "primeira vez jogando {g}!!", "{g} de boa com o chat {emo}",
        "{g} até ganhar {emo}{sep}{cmds}", "voltamos!! {g}", "madrugada de {g} 🌙", "{g} com a galera | !discord", "SORTEIO no final | {g}",
        "{g} | live #{N}", "jogando {g} com @{friend}", "{g} no {plat} {emo}", "{g} modo hardcore - sem morrer", "tentando zerar {g} hoje",
        "{g} parte {n} {emo} sem spoiler pfv", "{g} + resenha {emo}", "bom dia!! {g} ☕{sep}{cmds}", "{g} tryhard {emo}", "{g} e papo {emo}",
        "NOVA ATUALIZAÇÃO {g} {emo}", "🔴 {g} com viewers | !entrar", "chega mais 👋 {g}",
    ],
    "de": [
        "🔴 LIVE - {g}{sep}{cmds}", "Tag {day} in {g}", "{g} mit Zuschauern {emo} | !join", "zum ersten Mal {g}!! {emo}", "entspannt {g} zocken {emo}",
        "{g} bis zum Sieg{sep}{cmds}", "wir sind zurück!! {g}", "{g} mit @{friend} {emo}", "Feierabend-{g} 🍺", "{g} | Stream #{N}",
        "{g} Blind Let's Play Teil {n}", "{g} Hardcore - ein Leben", "NEUES UPDATE {g} {emo}{sep}{cmds}", "{g} auf {plat} {emo}", "gemütlicher {g} Abend ☕",
        "{g} und quatschen {emo}", "Gewinnspiel bei {N} Followern | {g}", "{g} bis die Augen zufallen 😴", "{g} | kommt vorbei 👋", "{g} ohne Spoiler bitte!",
    ],
    "fr": [
        "🔴 LIVE - {g}{sep}{cmds}", "jour {day} sur {g}", "{g} avec les viewers {emo} !join", "première fois sur {g} !! {emo}", "{g} chill avec le chat {emo}",
        "{g} jusqu'à la win{sep}{cmds}", "on est de retour !! {g}", "{g} avec @{friend} {emo}", "soirée {g} 🌙", "{g} | live #{N}",
        "découverte de {g} {emo}", "{g} en mode hardcore", "NOUVELLE MAJ {g}{sep}{cmds}", "{g} sur {plat} {emo}", "{g} et blabla {emo}",
        "concours à {N} followers | {g}", "{g} partie {n} - pas de spoil svp", "petit {g} tranquille ☕", "{g} | venez dire bonjour 👋", "tryhard {g} {emo}",
    ],
    "it": [
        "🔴 LIVE - {g}{sep}{cmds}", "giorno {day} su {g}", "{g} con gli spettatori {emo}", "prima volta su {g}!! {emo}", "{g} in relax con la chat",
        "{g} fino alla vittoria{sep}{cmds}", "siamo tornati!! {g}", "{g} con @{friend} {emo}", "serata {g} 🌙", "{g} | live #{N}", "{g} parte {n} - niente spoiler",
        "{g} su {plat} {emo}", "{g} e chiacchiere {emo}", "giveaway a {N} follower | {g}", "NUOVO AGGIORNAMENTO {g}",
    ],
    "ru": [
        "🔴 СТРИМ - {g}{sep}{cmds}", "день {day} в {g}", "{g} с подписчиками {emo}", "впервые играю в {g}!!", "чилим в {g} {emo}",
        "{g} до победы{sep}{cmds}", "мы вернулись!! {g}", "{g} с @{friend} {emo}", "ночной {g} 🌙", "{g} | стрим #{N}", "прохождение {g} часть {n} без спойлеров",
        "{g} хардкор - одна жизнь", "НОВЫЙ ПАТЧ {g}{sep}{cmds}", "{g} на {plat}", "{g} и общение {emo}", "розыгрыш на {N} фолловеров | {g}", "{g} пока не усну 😴",
        "катаем {g} {emo}", "заходите 👋 {g}", "{g} потеем {emo}",
    ],
    "uk": [
        "🔴 СТРІМ - {g}{sep}{cmds}", "день {day} у {g}", "{g} з глядачами {emo}", "вперше граю в {g}!!", "чілимо в {g} {emo}", "{g} | стрім #{N}",
        "проходження {g} частина {n}", "{g} і спілкування {emo}", "заходьте 👋 {g}",
    ],
    "ja": [
        "【{g}】初見プレイ！ {emo}", "【{g}】まったり配信 {emo}", "{g} 参加型 !参加", "【{g}】{n}日目", "{g} 朝活 ☕", "【{g}】深夜のまったり {emo}",
        "【{g}】ランク回す！", "{g} 耐久配信 {emo}", "【{g}】@{friend} さんとコラボ", "{g} 雑談しながら {emo}", "【{g}】新シーズンきた！", "{g} #{N}",
        "【{g}】ネタバレ禁止 #{n}", "{g}やるよ〜 {emo}", "【{g}】クリアまで", "{g} ソロ {emo} 初見さん歓迎",
    ],
    "ko": [
        "{g} 방송 {emo}", "{g} 솔랭 {emo}", "오늘도 {g} | {cmds}", "{g} 시청자 참여 {emo}", "{g} 첫 플레이!!", "{g} {n}일차", "심야 {g} 🌙",
        "{g} 빡겜 {emo}", "@{friend} 님이랑 {g}", "{g} 신시즌 {emo}", "{g} 엔딩까지 달린다", "{g} 하면서 수다 {emo}", "{g} 방송 #{N}",
    ],
    "zh": [
        "{g} 直播中 {emo}", "{g} 上分 {emo}", "和水友一起玩{g}", "第一次玩{g}！", "{g} 第{day}天", "深夜{g} 🌙", "{g} 通关挑战", "{g} 新赛季 {emo}",
        "{g} 陪玩聊天 {emo}", "{g} 开黑 @{friend}", "{g} 每日直播 #{N}",
    ],
    "tr": [
        "🔴 CANLI - {g}{sep}{cmds}", "{g} gün {day}", "{g} izleyicilerle {emo}", "ilk kez {g} oynuyoruz!!", "sohbetli {g} {emo}", "{g} kazanana kadar{sep}{cmds}",
        "geri döndük!! {g}", "@{friend} ile {g} {emo}", "gece {g} 🌙", "{g} | yayın #{N}", "{g} bölüm {n} - spoiler yok", "{g} yeni sezon {emo}",
        "çekiliş {N} takipçide | {g}", "{g} kasıyoruz {emo}",
    ],
    "pl": [
        "🔴 LIVE - {g}{sep}{cmds}", "dzień {day} w {g}", "{g} z widzami {emo}", "pierwszy raz w {g}!!", "luźne {g} z czatem {emo}", "{g} do wygranej{sep}{cmds}",
        "wróciliśmy!! {g}", "{g} z @{friend} {emo}", "nocne {g} 🌙", "{g} | stream #{N}", "{g} część {n} - bez spoilerów", "NOWY PATCH {g}",
        "giveaway przy {N} followach | {g}", "{g} i gadanie {emo}",
    ],
    "ar": ["{g} بث مباشر {emo}", "{g} مع المتابعين {emo}", "اول مرة العب {g}", "{g} اليوم {day}", "سهرة {g} 🌙", "{g} | {cmds}", "{g} مع @{friend}"],
    "nl": ["🔴 LIVE - {g}{sep}{cmds}", "dag {day} in {g}", "{g} met kijkers {emo}", "eerste keer {g}!!", "chill {g} met chat {emo}", "{g} | stream #{N}"],
    "sv": ["🔴 LIVE - {g}{sep}{cmds}", "dag {day} i {g}", "{g} med tittarna {emo}", "första gången {g}!!", "mysig {g} kväll ☕"],
    "cs": ["🔴 LIVE - {g}{sep}{cmds}", "den {day} v {g}", "{g} s diváky {emo}", "poprvé hraju {g}!!", "pohodový {g} {emo}", "{g} | stream #{N}"],
    "th": ["{g} ไลฟ์สด {emo}", "เล่น {g} กับคนดู {emo}", "{g} วันที่ {day}", "เล่น {g} ครั้งแรก!!", "{g} ชิลๆ {emo}", "{g} | {cmds}"],
    "vi": ["{g} live {emo}", "leo rank {g} {emo}", "chơi {g} cùng anh em", "lần đầu chơi {g}!!", "{g} ngày {day}", "{g} | {cmds}"],
    "id": ["{g} live {emo}", "mabar {g} sama viewers {emo}", "push rank {g}", "pertama kali main {g}!!", "{g} hari ke {day}", "{g} santai {emo}"],
    "hi": ["{g} live {emo}", "{g} with viewers | !join", "pehli baar {g} khel rahe hai", "{g} din {day}", "{g} masti {emo}"],
    "fi": ["🔴 LIVE - {g}{sep}{cmds}", "päivä {day} {g}", "{g} katsojien kanssa {emo}", "eka kertaa {g}!!"],
    "da": ["🔴 LIVE - {g}{sep}{cmds}", "dag {day} i {g}", "{g} med seerne {emo}", "første gang {g}!!"],
    "no": ["🔴 LIVE - {g}{sep}{cmds}", "dag {day} i {g}", "{g} med seerne {emo}", "første gang {g}!!"],
    "hu": ["🔴 LIVE - {g}{sep}{cmds}", "{day}. nap {g}", "{g} nézőkkel {emo}", "először {g}!!"],
    "el": ["🔴 LIVE - {g}{sep}{cmds}", "μέρα {day} στο {g}", "{g} με τους θεατές {emo}", "πρώτη φορά {g}!!"],
    "ro": ["🔴 LIVE - {g}{sep}{cmds}", "ziua {day} în {g}", "{g} cu viewerii {emo}", "prima dată {g}!!"],
}
TPL["ranked"] = {
    "en": ["road to {rank}{sep}{g}{sep}{cmds}", "{rank} or uninstall {emo}", "day {day} of trying to hit {rank}", "{rank} grind | {cmds}",
           "solo queue to {rank} {emo}", "{rank} lobbies are insane | {g}", "hardstuck. send help. {rank} push", "{g} ranked reset, here we go again",
           "climbing to {rank} w/ chat {emo}", "🔴 {rank} {g} | {cmds}", "{rank} games only | !rank !opgg", "coaching viewers + {rank} games"],
    "es": ["camino a {rank}{sep}{g}", "{rank} o me retiro {emo}", "día {day} intentando llegar a {rank}", "subiendo a {rank} con el chat", "{rank} soloQ {emo} {cmds}"],
    "pt": ["rumo ao {rank}{sep}{g}", "{rank} ou desinstalo {emo}", "dia {day} tentando pegar {rank}", "subindo pro {rank} {emo}", "ranqueada {rank} | {cmds}"],
    "de": ["Road to {rank}{sep}{g}", "{rank} oder deinstallieren {emo}", "Tag {day}: {rank} Push", "Ranked bis {rank} {emo}"],
    "fr": ["road to {rank}{sep}{g}", "{rank} ou j'arrête {emo}", "jour {day} pour atteindre {rank}", "ranked {rank} {emo} {cmds}"],
    "it": ["road to {rank}{sep}{g}", "{rank} o disinstallo {emo}", "ranked verso {rank}"],
    "ru": ["путь до {rank}{sep}{g}", "{rank} или удаляю {emo}", "день {day}: апаю {rank}", "рейтинг {rank} {cmds}"],
    "ja": ["【{g}】{rank}目指す！", "{rank}帯 ランク {emo}", "【{g}】{rank}まで寝れません", "ソロランク {rank} {emo}"],
    "ko": ["{rank} 가즈아 {emo}", "{g} {rank} 찍을 때까지", "{rank} 솔랭 {emo}", "오늘 {rank} 달성 방송"],
    "zh": ["冲{rank} {emo}", "{g} {rank}局", "今天不上{rank}不下播"],
    "tr": ["{rank} yolunda{sep}{g}", "{rank} olmadan kapatmıyorum {emo}", "dereceli {rank} {emo}"],
    "pl": ["droga do {rank}{sep}{g}", "{rank} albo odinstalowuję {emo}", "rankedy {rank} {emo}"],
    "th": ["ไต่แรงค์ {rank} {emo}", "{g} แรงค์ {rank}"], "vi": ["leo {rank} {emo}", "{g} rank {rank}"], "id": ["push {rank} {emo}", "{g} menuju {rank}"],
}
TPL["casino"] = {
    "en": ["$10k slots session 🎰 | !code", "bonus hunt #{n} 🎰{sep}{cmds}", "big wins only?? slots w/ chat", "poker grind - {n} tables", "🎰 casino night | 18+"],
    "de": ["Bonus Hunt #{n} 🎰 | 18+", "Slots mit Chat 🎰", "Casino Abend | !code"], "pt": ["bonus hunt #{n} 🎰", "slots com o chat 🎰 | 18+", "poker ao vivo - {n} mesas"],
    "es": ["bonus hunt #{n} 🎰", "tragaperras con el chat 🎰 | +18"], "ru": ["покер - {n} столов", "слоты с чатом 🎰 18+"],
}
TPL["gta"] = {  # GTA V / RDR2 roleplay servers and ordinary play
    "en": ["{server} RP | {char} | S{ss}E{ep}", "{char} - day {day} in Los Santos | {server}", "🔴 {server} | cop life | {cmds}", "GTA RP | {char} | heists w/ the crew",
           "{server} | EMS shift {emo}", "NoPixel 4.0 | {char} {emo} | {cmds}", "S{ss}E{ep} | {char} | {server}", "mechanic RP {emo} | {server}",
           "GTA Online heists w/ viewers", "GTA V stunt races w/ chat | !join", "{char} | new character!! | {server}", "Red Dead RP | {char} | ch. {ep}"],
    "es": ["{server} | {char} | día {day}", "GTA RP | {char} | T{ss} E{ep}", "🔴 {server} | policía {emo}", "{char} vuelve a la ciudad | {server}",
           "GTA Online con subs | !unirse"],
    "pt": ["{server} | {char} | dia {day}", "GTA RP | {char} | T{ss}E{ep}", "🔴 {server} | polícia RP {emo}", "{char} - cidade alta | {server}",
           "GTA RP com a tropa {emo}", "mecânico RP | {server}"],
    "fr": ["{server} | {char} | jour {day}", "GTA RP | {char} | S{ss}E{ep}", "🔴 {server} | flic {emo}", "{char} revient en ville | {server}"],
    "de": ["{server} | {char} | Tag {day}", "GTA RP | {char} | S{ss}E{ep}", "🔴 {server} | Polizei RP {emo}"],
    "ru": ["{server} | {char} | день {day}", "GTA 5 RP | {char} | С{ss}Е{ep}", "🔴 {server} | работаю в полиции"],
    "th": ["{server} | {char} | วันที่ {day}", "GTA RP | {char} {emo}", "🔴 {server} | ตำรวจ"], "ar": ["{server} | {char} | اليوم {day}", "قراند رول بلاي | {char}"],
}
RP_SERVERS = ["NoPixel", "NoPixel 4.0", "Prodigy RP", "Eclipse RP", "ONX RP", "Cidade Alta", "Complexo RP", "Nostalgia RP", "Marbella Vice", "Spainrp",
              "FlashBack", "GTA5RP", "Majestic RP", "Purple RP", "Flashland", "Thai Town RP", "Hamburg City RP", "LSRP", "Tropic RP"]
RP_CHARS = ["Vinny Pistone", "Jack Cooper", "Officer Malone", "Dr. Kline", "Mickey Ramos", "Tony Corleone", "Lucía Vargas", "Big Mike", "Ray Mond",
            "Chico Silva", "Juan Pérez", "Dmitri Volkov", "Ahmed Al-Rashid", "Kenji Sato", "Zé do Gás", "Marcelo Mecânico", "Lola Sánchez", "Ricky Bobby",
            "Sgt. Reyes", "Uncle Benny"]
TPL["speedrun"] = {
    "en": ["{g} any% PB attempts {emo} | !pb !wr", "{g} speedrun - WR pace?? | !src", "{g} all bosses runs | !splits", "resetting until sub {n} | {g}",
           "{g} glitchless practice {emo}", "{g} randomizer race w/ @{friend}", "{g} 100% runs | !pb", "{g} all bosses - {n}th attempt"],
    "es": ["{g} any% intentos de PB {emo}", "speedrun de {g} | !pb", "{g} randomizer con @{friend}"], "pt": ["{g} any% tentando PB {emo}", "speedrun {g} | !pb"],
    "de": ["{g} Any% PB-Versuche {emo}", "{g} Speedrun | !pb"], "fr": ["{g} any% tentatives de PB {emo}", "speedrun {g} | !pb"],
    "ja": ["【{g}】RTA 自己ベスト更新狙い", "{g} RTA 練習 {emo}"], "ru": ["{g} спидран any% на ПБ", "{g} спидран | !pb"],
}
TPL["fullplay"] = {
    "en": ["{g} FULL GAME Walkthrough - No Commentary (4K 60FPS)", "{g} full playthrough part {n} - no commentary 1080p", "{g} FULL GAME blind - all endings",
           "[4K] {g} full story walkthrough | part {n}", "{g} - Complete Game - HD", "{g} 100% full walkthrough (live)"],
    "es": ["{g} PARTIDA COMPLETA sin comentarios 1080p", "{g} juego completo en español | parte {n}"],
    "pt": ["{g} JOGO COMPLETO dublado sem comentários", "{g} detonado completo parte {n}"],
    "de": ["{g} KOMPLETTES SPIEL - ohne Kommentar", "{g} ganzer Durchlauf Teil {n}"], "fr": ["{g} JEU COMPLET sans commentaire 4K", "{g} let's play intégral partie {n}"],
    "ru": ["{g} полное прохождение без комментариев", "{g} игрофильм часть {n}"], "it": ["{g} gameplay completo ITA parte {n}"],
    "tr": ["{g} tüm oyun Türkçe | bölüm {n}"], "pl": ["{g} całe przejście bez komentarza | część {n}"],
}
TPL["retro"] = {
    "en": ["retro night: {G} {emo}", "{G} on original hardware | CRT vibes", "finally beating {G} after 20 years", "{G} blind - a forgotten classic",
           "does anyone still play {G}? {emo}", "{G} nostalgia stream 🕹️", "{G} - server still alive?? lol", "{G} w/ the 3 other people who play it",
           "{G} | part {n}", "{G} mods & chill", "childhood game: {G} {emo}", "{G} on emulator, chill", "{G} — last stream before the servers die"],
    "es": ["noche retro: {G} {emo}", "{G} en hardware original", "{G} - nostalgia pura", "terminando {G} 20 años después", "{G} | parte {n}"],
    "pt": ["noite retrô: {G} {emo}", "{G} no console original", "zerando {G} depois de 20 anos", "{G} nostalgia 🕹️"],
    "de": ["Retro-Abend: {G} {emo}", "{G} auf Original-Hardware", "{G} - Kindheitserinnerungen", "{G} | Teil {n}"],
    "fr": ["soirée rétro : {G} {emo}", "{G} sur la console d'origine", "{G} nostalgie 🕹️", "{G} | partie {n}"],
    "ru": ["ретро-вечер: {G}", "{G} - ностальгия", "прохожу {G} спустя 20 лет", "{G} | часть {n}"],
    "ja": ["【{G}】レトロゲーム配信", "懐かしの{G} {emo}", "【{G}】実機でプレイ"], "it": ["serata retro: {G}", "{G} nostalgia 🕹️"],
    "pl": ["retro wieczór: {G}", "{G} - nostalgia", "{G} | część {n}"], "tr": ["retro gece: {G}", "{G} nostalji 🕹️"],
    "ko": ["추억의 게임 {G}", "{G} 레트로 방송"], "cs": ["retro večer: {G}"], "nl": ["retro avond: {G}"],
}
TPL["media_game"] = {  # playing a game named after a film/show
    "en": ["{G} - first time, I love the show!", "{G} | part {n} | no spoilers for the movie pls", "is {G} better than the movie?", "{G} playthrough {emo}",
           "{G} co-op w/ @{friend}", "{G} 100% run part {n}", "playing {G} because the new season hype", "{G} blind | {cmds}", "{G} - all chapters (part {n})"],
    "es": ["{G} por primera vez {emo}", "{G} | parte {n} | sin spoilers", "jugando {G} por el hype de la serie"],
    "pt": ["{G} pela primeira vez {emo}", "{G} | parte {n}", "jogando {G} por causa do filme"], "de": ["{G} zum ersten Mal {emo}", "{G} | Teil {n}"],
    "fr": ["{G} pour la première fois {emo}", "{G} | partie {n}"], "ru": ["{G} впервые {emo}", "{G} | часть {n}"], "ja": ["【{G}】初見プレイ", "{G} #{n}"],
    "it": ["{G} prima volta {emo}"], "pl": ["{G} pierwszy raz {emo}"], "tr": ["{G} ilk kez {emo}"],
}
TPL["horror_night"] = {  # 'movie night' vibes inside a horror game
    "en": ["🍿 horror movie night: {g} blind", "movie night but it's {g} 🎃", "{g} - it's basically an interactive horror movie", "friday night horror movie vibes | {g} w/ the boys",
           "spooky movie night in {g} 👻", "{g} with the lights off 😱 | {cmds}", "scary game night 🍿 {g}", "{g} | horror marathon night {n}"],
    "es": ["🍿 noche de película de terror: {g}", "noche de miedo en {g} 👻", "{g} con las luces apagadas 😱"],
    "pt": ["🍿 noite de filme de terror: {g}", "sessão de terror em {g} 👻", "{g} no escuro 😱"],
    "de": ["🍿 Horrorfilm-Abend: {g}", "{g} im Dunkeln 😱"], "fr": ["🍿 soirée film d'horreur : {g}", "{g} lumières éteintes 😱"],
    "ja": ["【{g}】ホラー映画みたいなゲーム", "{g} 夜のホラー 👻"], "ru": ["🍿 вечер ужасов: {g}", "{g} в темноте 😱"],
}
TPL["machinima"] = {  # making a film inside a game
    "en": ["making a movie in {g} 🎬 | part {n}", "filming our horror film in {g}", "directing a short film in {g} (Rockstar Editor)", "{g} machinima night - casting call in chat",
           "shooting scene {n} of our {g} movie", "{g} film studio: premiere at the end!", "building a cinema in {g} then filming a trailer"],
    "es": ["haciendo una película en {g} 🎬", "grabando nuestro corto en {g}"], "pt": ["fazendo um filme no {g} 🎬", "gravando curta no {g}"],
    "de": ["wir drehen einen Film in {g} 🎬"], "fr": ["on tourne un film dans {g} 🎬"], "ru": ["снимаем фильм в {g} 🎬"],
}
TPL["svg"] = {  # sports video games (hard negatives: real teams/players)
    "en": ["{team} vs {team2} | {g} career mode S{ss}", "{g} Ultimate Team - Weekend League {emo} | {cmds}", "{g} pack opening - {player} or riot",
           "{g} | {team} franchise year {n}", "{g} Pro Clubs w/ viewers | !join", "{team} rebuild | {g} | part {n}", "{g} Rivals Div 1 push {emo}",
           "{player} evolution grind | {g}", "{team} @ {team2} - {g} sim league", "{g} MyCareer | {player} build", "road to glory {g} | {cmds}",
           "Champions League final sim: {team} vs {team2} ({g})", "{g} draft | {n} wins", "{g} online H2H | {cmds}"],
    "es": ["{team} vs {team2} | {g} modo carrera T{ss}", "{g} Ultimate Team | Weekend League {emo}", "abriendo sobres en {g} - {player}!!",
           "{g} | clubes pro con subs", "modo carrera con el {team} | {g} | parte {n}", "{g} | {team} vs {team2} online"],
    "pt": ["{team} x {team2} | {g} modo carreira T{ss}", "{g} Ultimate Team | Weekend League {emo}", "abrindo pacotes {g} - {player}!!",
           "{g} | clubes pro com inscritos", "modo carreira {team} | {g} | parte {n}"],
    "de": ["{team} vs {team2} | {g} Karriere S{ss}", "{g} Ultimate Team Weekend League {emo}", "{g} Packs öffnen - {player}?", "{g} Pro Clubs mit Zuschauern"],
    "fr": ["{team} vs {team2} | {g} carrière S{ss}", "{g} FUT Champions {emo}", "ouverture de packs {g} - {player} ?", "{g} clubs pro avec les viewers"],
    "it": ["{team} vs {team2} | {g} carriera S{ss}", "{g} FUT Champions {emo}", "apertura pacchetti {g} - {player}?"],
    "tr": ["{team} - {team2} | {g} kariyer S{ss}", "{g} Ultimate Team {emo}", "{g} paket açılımı - {player}"],
    "pl": ["{team} vs {team2} | {g} kariera S{ss}", "{g} Ultimate Team weekend league", "otwieranie paczek {g} - {player}?"],
    "ar": ["{g} الترا تيم {emo}", "تفتيح بكجات {g} - {player}", "{team} ضد {team2} | {g}"],
    "ru": ["{team} - {team2} | {g} карьера", "{g} Ultimate Team {emo}", "открываю паки {g} - {player}"],
    "ja": ["【{g}】{team}でキャリア", "{g} オンライン対戦 {emo}"], "nl": ["{team} vs {team2} | {g} carrière", "{g} Ultimate Team {emo}"],
    "sv": ["{g} franchise med {team}"], "fi": ["{g} franchise {team}"], "cs": ["{g} kariéra {team}"], "id": ["{g} online {emo}"],
}
TPL["svg_other"] = {
    "en": ["{g} {mode} | {team} vs {team2}", "{mode} with {player} | {g}", "{g} {mode} day {day}", "{team} {mode} S{ss} | {g}", "{g} {mode} w/ viewers | !join",
           "{g} | {mode} grind {emo} | {cmds}", "{team} vs {team2} sim | {g}", "{g} {mode} - {player} build", "{g} online ranked {emo}"],
    "es": ["{g} {mode} | {team} vs {team2}", "{mode} con {player} | {g}", "{g} {mode} con subs", "{g} online {emo}"],
    "pt": ["{g} {mode} | {team} x {team2}", "{mode} com {player} | {g}", "{g} {mode} com inscritos", "{g} online {emo}"],
    "de": ["{g} {mode} | {team} vs {team2}", "{mode} mit {player} | {g}"], "fr": ["{g} {mode} | {team} vs {team2}", "{mode} avec {player} | {g}"],
    "ja": ["【{g}】{mode} {team}", "{g} {mode} {emo}"], "nl": ["{g} {mode} | {team} vs {team2}"], "it": ["{g} {mode} | {team} vs {team2}"],
    "sv": ["{g} {mode} med {team}"], "fi": ["{g} {mode} | {team}"], "cs": ["{g} {mode} | {team}"], "pl": ["{g} {mode} | {team} vs {team2}"],
}
SPORT_MODES = {"basket": ["MyCareer", "MyTeam", "the Park", "Play Now Online", "MyNBA"], "amfoot": ["Franchise", "Ultimate Team", "Superstar mode", "Dynasty"],
               "baseball": ["Road to the Show", "Diamond Dynasty", "Franchise"], "hockey": ["Be a Pro", "HUT", "Franchise"],
               "fight": ["Career mode", "Ranked", "Online World Championships"], "race": ["Career mode", "My Team", "League race", "Time trial", "Ranked split"],
               "wrestling": ["MyRISE", "Universe mode", "MyGM", "Showcase"], "tennis": ["Career", "Online ranked"], "golf": ["MyCAREER", "Ranked"]}


def sport_kind(cat):
    n = cat["name"] if cat else ""
    if "NBA" in n:
        return "basket"
    if "Madden" in n or "NFL" in n or "College Football" in n or "NCAA" in n or "Backyard Football" in n:
        return "amfoot"
    if "MLB" in n or "Baseball" in n:
        return "baseball"
    if "NHL" in n:
        return "hockey"
    if "UFC" in n or "Fight Night" in n or "Punch-Out" in n:
        return "fight"
    if n.startswith("F1") or n in ("iRacing", "Gran Turismo 7", "Assetto Corsa Competizione"):
        return "race"
    if "WWE" in n or "WWF" in n:
        return "wrestling"
    if "Top Spin" in n:
        return "tennis"
    if "PGA" in n:
        return "golf"
    return "football"


RP_SERVERS_BY_LANG = {"en": ["NoPixel", "NoPixel 4.0", "Prodigy RP", "Eclipse RP", "ONX RP", "LSRP", "Nostalgia RP"],
                      "pt": ["Cidade Alta", "Complexo RP", "Cidade Santa", "Nostalgia RP", "Paulínia RP"], "es": ["Marbella Vice", "Spainrp", "Tropic RP", "La Capital RP"],
                      "fr": ["FlashBack", "Flashland", "FailyV", "Baylife"], "ru": ["GTA5RP", "Majestic RP", "Radmir RP", "Grand RP"], "uk": ["GTA5RP", "Majestic RP"],
                      "de": ["Hamburg City RP", "Nordstadt RP", "GermanV"], "th": ["Thai Town RP", "Familie City"], "pl": ["FiveCity", "Cocorp"],
                      "it": ["FantasyRP", "Ultima Italia RP"], "tr": ["Turkuaz RP", "Rina RP"], "ar": ["Respect RP", "Saudi RP"]}
TPL["jc"] = {
    "en": ["chatting & chill {emo}", "morning coffee ☕ {cmds}", "just chatting then {g2} later", "Q&A | ask me anything {emo}", "storytime: the worst date ever 💀",
           "reacting to your clips | !clip", "cooking dinner & chatting 🍝", "we need to talk... (it's nothing bad) {emo}", "sunday vibes | {cmds}",
           "🔴 LIVE | chatting {sep}{cmds}", "catching up w/ chat {emo}", "rating your setups {emo}", "hot takes hour 🔥", "reading chat's horoscopes 🔮",
           "get ready with me & chat 💄", "birthday stream!! 🎂", "20k followers celebration 🎉", "apartment tour + chat", "day {day} of streaming every day",
           "yapping {emo}", "reacting to youtube videos w/ chat", "late night talks 🌙", "tier lists w/ chat", "guessing game w/ chat | !guess",
           "new house, new setup! {emo}", "chatting before {g2} {sep}{cmds}"],
    "es": ["charlando con el chat {emo}", "cafecito y charla ☕", "preguntas y respuestas {emo}", "reaccionando a sus clips | !clip", "hablando de todo un poco",
           "🔴 EN DIRECTO | charla{sep}{cmds}", "noche de charla 🌙", "contando anécdotas 💀", "cumple stream!! 🎂", "día {day} de stream diario", "charla y luego {g2}"],
    "pt": ["papo com o chat {emo}", "cafezinho e resenha ☕", "perguntas e respostas {emo}", "reagindo aos clipes de vocês | !clip", "conversando de tudo",
           "🔴 AO VIVO | papo{sep}{cmds}", "madrugada de conversa 🌙", "contando histórias 💀", "live de aniversário!! 🎂", "papo e depois {g2}"],
    "de": ["quatschen mit euch {emo}", "Morgenkaffee ☕", "Fragerunde {emo}", "eure Clips reagieren | !clip", "🔴 LIVE | Just Chatting{sep}{cmds}",
           "Storytime 💀", "Geburtstagsstream!! 🎂", "gemütlicher Abend 🌙", "quatschen, danach {g2}"],
    "fr": ["discussion avec le chat {emo}", "café et blabla ☕", "FAQ {emo}", "réaction à vos clips | !clip", "🔴 LIVE | discu{sep}{cmds}", "storytime 💀",
           "live anniversaire !! 🎂", "soirée chill 🌙", "discu puis {g2}"],
    "it": ["chiacchiere con la chat {emo}", "caffè e chiacchiere ☕", "domande e risposte", "reagisco ai vostri clip", "🔴 LIVE | chiacchiere{sep}{cmds}", "chiacchiere poi {g2}"],
    "ru": ["общаемся с чатом {emo}", "утренний кофе ☕", "вопрос-ответ {emo}", "смотрим ваши клипы | !clip", "🔴 СТРИМ | общение{sep}{cmds}",
           "рассказываю истории 💀", "день рождения на стриме 🎂", "ночной разговор 🌙", "общение, потом {g2}", "оцениваем ваши сетапы"],
    "uk": ["спілкуємося з чатом {emo}", "ранкова кава ☕", "питання-відповідь", "спілкування, потім {g2}"],
    "ja": ["雑談 {emo}", "朝活雑談 ☕", "【雑談】近況報告", "マシュマロ読む 🍡", "【雑談】寝る前に少し", "誕生日配信！🎂", "雑談→{g2}", "【初見歓迎】まったり雑談"],
    "ko": ["소통 방송 {emo}", "아침 소통 ☕", "수다 타임 {emo}", "시청자 사연 읽기", "생일 방송!! 🎂", "소통 후 {g2}", "야방 소통 🌙"],
    "zh": ["聊天 {emo}", "早安聊天 ☕", "陪大家聊聊天", "深夜电台 🌙", "生日直播！🎂", "聊天然后{g2}"],
    "tr": ["sohbet {emo}", "sabah kahvesi ☕", "soru cevap {emo}", "kliplerinizi izliyoruz | !clip", "🔴 CANLI | sohbet{sep}{cmds}", "gece sohbeti 🌙", "sohbet sonra {g2}"],
    "pl": ["gadamy z czatem {emo}", "poranna kawa ☕", "Q&A {emo}", "oglądamy wasze klipy | !clip", "🔴 LIVE | gadanie{sep}{cmds}", "nocne rozmowy 🌙", "gadamy, potem {g2}"],
    "ar": ["سوالف مع الشات {emo}", "قهوة الصباح ☕", "سؤال وجواب", "سهرة سوالف 🌙"],
    "nl": ["kletsen met chat {emo}", "ochtendkoffie ☕", "Q&A {emo}"], "sv": ["snack med chatten {emo}", "morgonkaffe ☕"],
    "cs": ["pokec s chatem {emo}", "ranní káva ☕"], "th": ["คุยเล่น {emo}", "คุยกับคนดู ☕"], "vi": ["tâm sự cùng anh em {emo}", "chém gió {emo}"],
    "id": ["ngobrol santai {emo}", "ngopi bareng ☕"], "hi": ["baatein {emo}", "chit chat with chat ☕"], "fi": ["jutustelua {emo}"], "da": ["snak med chatten {emo}"],
    "no": ["prat med chatten {emo}"], "hu": ["beszélgetés {emo}"], "el": ["κουβέντα με το chat {emo}"], "ro": ["povești cu chatul {emo}"],
}
TPL["asmr"] = {"en": ["ASMR tingles for sleep 😴", "ASMR mic scratching & whispers", "ASMR | rain & tapping"], "ja": ["【ASMR】耳かき 😴", "【ASMR】囁き 睡眠導入"],
               "ko": ["ASMR 팅글 😴", "ASMR 수면 유도"], "es": ["ASMR para dormir 😴"]}
TPL["irl"] = {
    "en": ["IRL: walking around {city} at night 🌃", "{city} street food tour 🍜 | !tts", "IRL road trip day {day} 🚗", "fishing IRL 🎣 chill", "gym session 💪 | !split",
           "cooking IRL: homemade pasta 🍝", "IRL at the beach 🏖️", "exploring {city} | !location is delayed", "sunrise hike ⛰️", "IRL grocery run lol",
           "night market in {city} 🏮", "camping IRL ⛺ day {n}", "thrift shopping in {city} 🛍️"],
    "es": ["IRL paseando por {city} 🌃", "comida callejera en {city} 🍜", "roadtrip día {day} 🚗", "cocinando en directo 🍝", "gym en directo 💪", "playa IRL 🏖️"],
    "pt": ["IRL andando por {city} 🌃", "comida de rua em {city} 🍜", "viagem dia {day} 🚗", "cozinhando ao vivo 🍝", "treino ao vivo 💪", "praia IRL 🏖️"],
    "de": ["IRL durch {city} 🌃", "Streetfood in {city} 🍜", "Roadtrip Tag {day} 🚗", "Kochen live 🍝", "Gym 💪"],
    "fr": ["IRL balade dans {city} 🌃", "street food à {city} 🍜", "roadtrip jour {day} 🚗", "cuisine en live 🍝"],
    "ja": ["【IRL】{city}を散歩 🌃", "{city} 食べ歩き 🍜", "【IRL】夜の{city}", "キャンプ配信 ⛺"], "ko": ["{city} 야외방송 🌃", "{city} 먹방 🍜", "캠핑 방송 ⛺"],
    "ru": ["IRL гуляем по {city} 🌃", "уличная еда в {city} 🍜", "путешествие день {day} 🚗"], "it": ["IRL a spasso per {city} 🌃", "cucina live 🍝"],
    "tr": ["IRL {city} turu 🌃", "{city} sokak lezzetleri 🍜"], "pl": ["IRL spacer po {city} 🌃", "gotowanie na żywo 🍝"], "th": ["IRL เดินเล่น {city} 🌃"],
    "zh": ["户外 {city} 逛街 🌃", "{city} 美食 🍜"], "ar": ["IRL جولة في {city} 🌃"], "nl": ["IRL door {city} 🌃"], "cs": ["IRL procházka {city}"],
}
CITIES = {"en": ["Tokyo", "NYC", "London", "Las Vegas", "Seoul", "Miami", "LA", "Chicago", "Bangkok", "Dubai"], "es": ["Madrid", "CDMX", "Buenos Aires", "Bogotá", "Barcelona", "Lima"],
          "pt": ["São Paulo", "Rio", "Lisboa", "Belo Horizonte", "Salvador"], "de": ["Berlin", "Hamburg", "München", "Köln", "Wien"], "fr": ["Paris", "Marseille", "Lyon", "Montréal"],
          "ja": ["渋谷", "新宿", "大阪", "京都", "秋葉原"], "ko": ["홍대", "강남", "부산", "명동"], "ru": ["Москве", "Питеру", "Казани"], "it": ["Roma", "Milano", "Napoli"],
          "tr": ["İstanbul", "Ankara", "İzmir"], "pl": ["Warszawie", "Krakowie", "Gdańsku"], "th": ["กรุงเทพ", "เชียงใหม่"], "zh": ["上海", "成都", "台北"], "ar": ["الرياض", "دبي", "القاهرة"],
          "nl": ["Amsterdam", "Rotterdam"], "cs": ["Prahou", "Brnem"]}
TPL["podcast"] = {
    "en": ["{show_name} Podcast #{ep} | w/ {guest}", "EP. {ep} - {topic}", "{show_name} — episode {ep}: {topic}", "🎙️ {show_name} #{ep} LIVE",
           "the {show_name} show ep {ep} | {topic}", "podcast ep {ep}: {topic} (with @{friend})", "{show_name} LIVE | episode {ep} | call-ins open",
           "Ep {ep} | {topic} | {show_name}"],
    "es": ["{show_name} Podcast #{ep} | con {guest}", "EP. {ep} - {topic_es}", "🎙️ {show_name} episodio {ep} EN VIVO", "podcast ep {ep}: {topic_es}"],
    "pt": ["{show_name} Podcast #{ep} | com {guest}", "EP. {ep} - {topic_pt}", "🎙️ {show_name} episódio {ep} AO VIVO", "podcast #{ep}: {topic_pt}"],
    "de": ["{show_name} Podcast #{ep} | mit {guest}", "Folge {ep} - {topic_de}", "🎙️ {show_name} Folge {ep} LIVE"],
    "fr": ["{show_name} Podcast #{ep} | avec {guest}", "épisode {ep} - {topic_fr}", "🎙️ {show_name} ép. {ep} en direct"],
    "it": ["{show_name} Podcast #{ep} | con {guest}", "puntata {ep} - {topic}"], "ru": ["{show_name} подкаст #{ep} | гость {guest}", "выпуск {ep}: {topic_ru}"],
    "pl": ["{show_name} podcast #{ep} | gość: {guest}", "odcinek {ep} - {topic}"], "tr": ["{show_name} podcast #{ep} | konuk {guest}", "bölüm {ep} - {topic}"],
    "ja": ["【ラジオ】{show_name} 第{ep}回", "{show_name} #{ep} 生配信"], "ko": ["{show_name} 팟캐스트 {ep}회", "{show_name} 라디오 #{ep}"],
}
PODCAST_NAMES = ["Late Night Lag", "Chat Diaries", "The Respawn", "Couch Co-op", "Low Ping", "Off Stream", "Hot Mic", "Patch Notes", "Dead Air", "Side Quest",
                 "La Mesa Redonda", "Mesa de Bar", "Zockerzimmer", "Le Comptoir", "Sofa Talk", "Pod Noturno", "Café com Chat"]
TOPICS = ["is the industry cooked?", "our worst jobs ever", "AI in games", "dating in 2026", "the state of streaming", "hot sauce challenge 🌶️",
          "conspiracy theories (for fun)", "fitness myths", "movies that aged badly", "childhood cartoons ranked", "the GTA VI trailer breakdown",
          "crypto, one year later", "moving abroad", "gaming hot takes", "true crime hour", "mental health & burnout"]
TOPICS_LOC = {"es": ["¿la industria está muerta?", "nuestros peores trabajos", "citas en 2026", "teorías conspirativas", "caricaturas de la infancia"],
              "pt": ["a indústria acabou?", "piores empregos", "namoro em 2026", "teorias da conspiração", "desenhos da infância"],
              "de": ["ist die Branche am Ende?", "unsere schlimmsten Jobs", "Dating 2026", "Verschwörungstheorien"],
              "fr": ["l'industrie est-elle morte ?", "nos pires jobs", "les dates en 2026", "théories du complot"],
              "ru": ["индустрия умерла?", "худшая работа", "отношения в 2026", "теории заговора"]}
TPL["tabletop"] = {
    "en": ["D&D: {campaign} | Episode {ep}", "{campaign} — Session {ep} | !cast", "Critical fails only | {campaign} ep {ep}", "TTRPG night: {campaign} #{ep}",
           "one-shot: {campaign} 🎲", "Pathfinder 2e | {campaign} | ep {ep}", "Call of Cthulhu one-shot 🐙", "board game night w/ friends 🎲", "painting minis & D&D prep"],
    "es": ["D&D: {campaign} | Episodio {ep}", "rol en vivo: {campaign} sesión {ep} 🎲"], "pt": ["RPG de mesa: {campaign} | Episódio {ep}", "Ordem Paranormal sessão {ep} 🎲"],
    "de": ["D&D: {campaign} | Folge {ep}", "Pen & Paper: {campaign} Session {ep}"], "fr": ["JDR : {campaign} | épisode {ep}", "D&D {campaign} séance {ep}"],
    "ja": ["【TRPG】{campaign} 第{ep}話", "クトゥルフ神話TRPG 🐙"], "pl": ["sesja RPG: {campaign} #{ep}"], "it": ["D&D: {campaign} | episodio {ep}"],
}
CAMPAIGNS = ["Curse of Strahd", "Tomb of Annihilation", "Rime of the Frostmaiden", "Descent into Avernus", "Lost Mine of Phandelver", "Waterdeep: Dragon Heist",
             "homebrew: The Shattered Crown", "Vecna: Eve of Ruin", "Phandelver and Below", "Out of the Abyss", "The Wild Beyond the Witchlight"]
TPL["music"] = {
    "en": ["playing original songs 🎸 | !songs", "piano requests 🎹 | !sr", "writing a song live from scratch", "singing your requests 🎤 | !sr",
           "making beats live 🎧 (all original)", "guitar practice + chill", "acoustic covers & chat 🎶", "producing a track in FL Studio",
           "drum practice 🥁 (sorry neighbours)", "violin loops & improv 🎻", "new EP listening party (my own music!)", "open mic night - sign up in chat"],
    "es": ["tocando canciones propias 🎸", "piano a petición 🎹 | !sr", "cantando sus pedidos 🎤", "haciendo beats en vivo 🎧", "componiendo una canción en directo"],
    "pt": ["tocando músicas autorais 🎸", "piano a pedidos 🎹", "cantando os pedidos de vocês 🎤", "produzindo beat ao vivo 🎧", "violão e papo 🎶"],
    "de": ["eigene Songs live 🎸", "Klavier auf Wunsch 🎹", "Beats bauen live 🎧"], "fr": ["compos originales en live 🎸", "piano à la demande 🎹", "on fait des prods 🎧"],
    "ja": ["【歌枠】リクエスト歌うよ 🎤", "ピアノ弾き語り 🎹", "作曲配信 🎧", "【歌枠】オリジナル曲"], "ko": ["노래 방송 🎤 신청곡", "피아노 연주 🎹", "작곡 방송 🎧"],
    "ru": ["играю свои песни 🎸", "пианино по заявкам 🎹", "пишу бит в прямом эфире 🎧"], "it": ["canzoni mie dal vivo 🎸", "pianoforte su richiesta 🎹"],
    "pl": ["gram własne kawałki 🎸", "pianino na życzenie 🎹"], "tr": ["kendi şarkılarım 🎸", "istek parça piyano 🎹"],
}
TPL["lofi"] = {
    "en": ["lofi hip hop radio 24/7 📚 beats to study/relax to", "24/7 chill beats - original lofi | !sr off", "lofi radio 🌧️ 24/7 | royalty-free beats",
           "synthwave radio 24/7 🌆 (all tracks by our label)", "jazz hop cafe ☕ 24/7 - copyright-free", "sleep music 24/7 💤 | original ambient",
           "24/7 study with me 📖 pomodoro + lofi"],
    "ja": ["24時間 lofi ラジオ 📚 作業用BGM (オリジナル)", "作業用BGM 24/7 ☕"], "ko": ["24/7 로파이 라디오 📚 공부할 때 듣는 음악"],
    "es": ["radio lofi 24/7 📚 música para estudiar (sin copyright)"], "pt": ["rádio lofi 24/7 📚 música pra estudar (autoral)"],
    "de": ["Lofi Radio 24/7 📚 zum Lernen (GEMA-frei)"], "fr": ["radio lofi 24/7 📚 pour étudier (libre de droits)"], "ru": ["lofi радио 24/7 📚 для учёбы"],
}
TPL["dj"] = {
    "en": ["DJ set | {genre} all night 🎧", "{genre} vinyl only | !tracklist", "friday night {genre} mix 🪩", "b2b w/ @{friend} | {genre}", "{genre} from the living room 🎛️",
           "sunset {genre} session 🌅 | DJ Program", "warm-up set before my club gig | {genre}", "{genre} 3 hour set | !id"],
    "es": ["DJ set | {genre} toda la noche 🎧", "sesión de {genre} 🪩"], "pt": ["DJ set | {genre} a noite toda 🎧", "set de {genre} 🪩"],
    "de": ["DJ Set | {genre} die ganze Nacht 🎧", "{genre} nur Vinyl"], "fr": ["DJ set | {genre} toute la nuit 🎧"], "nl": ["DJ set | {genre} 🎧"],
    "pl": ["DJ set | {genre} 🎧"], "it": ["DJ set | {genre} 🎧"], "ja": ["DJ配信 | {genre} 🎧"],
}
DJ_GENRES = ["tech house", "techno", "drum & bass", "melodic techno", "hardstyle", "house", "afro house", "UK garage", "trance", "amapiano", "disco & funk", "hard techno", "jungle", "baile funk", "reggaeton mix"]
TPL["art"] = {
    "en": ["drawing commissions 🎨 | !comms", "digital painting - {subject}", "sketching your OCs ✏️", "Blender sculpting {subject}", "pixel art for my game 👾",
           "inking manga pages 🖋️", "drawing {char_ref} fanart 🎨", "watercolor & chill 🖌️", "3D modeling a {subject} for my portfolio", "making emotes for viewers | !emotes",
           "knitting & chat 🧶", "painting warhammer minis 🖌️"],
    "es": ["dibujando comisiones 🎨", "pintura digital - {subject}", "fanart de {char_ref} 🎨"], "pt": ["desenhando comissões 🎨", "pintura digital - {subject}", "fanart de {char_ref} 🎨"],
    "ja": ["【お絵描き】{char_ref}描く 🎨", "イラスト作業 ✏️", "【作業配信】依頼絵"], "ko": ["그림 방송 🎨", "{char_ref} 팬아트 🎨"], "de": ["Zeichnen live 🎨 {subject}"],
    "fr": ["dessin en live 🎨 {subject}", "fanart {char_ref} 🎨"], "ru": ["рисую на заказ 🎨", "фанарт {char_ref} 🎨"],
}
ART_SUBJECTS = ["a dragon", "cyberpunk city", "portrait study", "fantasy landscape", "mech design", "cute frog", "my D&D character", "spaceship"]
CHAR_REFS = ["Luffy", "Frieren", "Gojo", "Makima", "Anya", "Tanjiro", "Jinx", "Link", "Pikachu", "Miku", "Rumi (KPop Demon Hunters)", "Shadow"]
TPL["chess"] = {
    "en": ["speedrun to {n}00 | chess.com", "titled tuesday warmup ♟️", "blitz w/ viewers | !challenge", "analysing your games ♟️ | !review", "bullet only ⚡ chess",
           "chess puzzles rush | !pb", "London System or nothing ♟️", "reviewing today's Norway Chess games (analysis, no broadcast)", "chess960 arena w/ chat"],
    "es": ["ajedrez con el chat ♟️", "speedrun de ajedrez {n}00", "analizando sus partidas ♟️"], "ru": ["шахматы с подписчиками ♟️", "блиц на lichess", "разбор ваших партий"],
    "de": ["Schach mit Zuschauern ♟️", "Blitz Arena"], "fr": ["échecs avec le chat ♟️", "blitz arena"], "pt": ["xadrez com o chat ♟️"], "pl": ["szachy z widzami ♟️"],
}
TPL["dev"] = {"en": ["building my indie game in Godot 🛠️ | day {day}", "coding a Twitch bot in Rust 🦀", "game dev: enemy AI today", "Unreal Engine 5 level design", "web dev & chill ☕"],
              "de": ["Indie-Game Entwicklung Tag {day} 🛠️"], "fr": ["dev de mon jeu indé jour {day} 🛠️"], "es": ["programando mi juego indie día {day} 🛠️"], "pt": ["programando meu jogo indie dia {day} 🛠️"]}
TPL["sports_talk"] = {  # commentary / reaction WITHOUT footage
    "en": ["🔴 {team} vs {team2} WATCHALONG | no footage, just reactions", "{league} matchday live reactions (NO STREAM, audio only)",
           "FPL GW{wk} deadline stream | transfers & captains", "{team} vs {team2} preview & predictions", "post-match show: {team} ratings",
           "US Open day {d14} — scores, chat & takes (no footage)", "F1 live timing + commentary (no footage) | practice", "fantasy football draft LIVE 🏈",
           "transfer deadline day reactions", "sports betting picks for tonight | 21+", "{team} fan zone - pregame hype", "MLB scoreboard watch & chat | no video",
           "talking ball | {league} week {wk} hot takes"],
    "es": ["🔴 {team} vs {team2} REACCIONANDO EN VIVO | sin imágenes", "previa {team} vs {team2} + pronósticos", "post partido: notas del {team}",
           "{league} jornada {wk}: reacciones (sin transmisión)", "mercado de fichajes último día", "tertulia futbolera ⚽"],
    "pt": ["🔴 {team} x {team2} REACT AO VIVO | sem imagens", "pré-jogo {team} x {team2} + palpites", "pós-jogo: notas do {team}",
           "{league} rodada {wk}: resenha (sem transmissão)", "mesa redonda ⚽", "cartola FC rodada {wk} - dicas"],
    "de": ["🔴 {team} vs {team2} Watchalong | ohne Bilder", "Vorschau {team} vs {team2}", "Bundesliga Talk nach dem Spieltag", "Kicktipp Spieltag {wk}"],
    "fr": ["🔴 {team} vs {team2} réaction en direct | sans images", "avant-match {team} - {team2}", "débrief {league} journée {wk}"],
    "it": ["🔴 {team} - {team2} live reaction | senza immagini", "pre partita {team} - {team2}", "fantacalcio giornata {wk}"],
    "tr": ["🔴 {team} - {team2} canlı tepki | görüntü yok", "{team} maç önü yorum", "maç sonu {team} değerlendirme"],
    "pl": ["🔴 {team} - {team2} oglądamy razem | bez obrazu", "przedmeczówka {team} - {team2}"],
    "ar": ["🔴 ردة فعل مباراة {team} و {team2} | بدون بث", "تحليل مباراة {team}"], "ru": ["🔴 {team} - {team2} реакция | без трансляции", "обзор тура {league}"],
    "ja": ["【同時視聴じゃない】{team}戦 実況雑談（映像なし）"], "nl": ["🔴 {team} - {team2} meekijken | zonder beelden"],
}
TPL["media_talk"] = {  # talking about films/TV/anime - no footage
    "en": ["{work} review & discussion (NO FOOTAGE)", "ranking every {work} episode", "{work} theories before the finale 🤔", "movie trivia night: guess the film 🍿",
           "reacting to the new {work} trailer", "{work} spoiler discussion ⚠️", "watching {work} trailers + rating them", "anime tier list: summer 2026 season",
           "is {work} overrated? | hot takes", "box office weekend breakdown: {work}", "{work} lore explained", "{work} — what went wrong? (discussion)",
           "guess the anime opening 🎵 | !guess", "film club: talking about {work} (watch it beforehand!)"],
    "es": ["{work} reseña y debate (SIN IMÁGENES)", "teorías de {work} 🤔", "reaccionando al tráiler de {work}", "¿{work} está sobrevalorada?", "trivia de películas 🍿"],
    "pt": ["{work} review e debate (SEM IMAGENS)", "teorias de {work} 🤔", "react ao trailer de {work}", "{work} é superestimado?", "quiz de filmes 🍿"],
    "de": ["{work} Review & Diskussion (ohne Bildmaterial)", "Theorien zu {work} 🤔", "Trailer-Reaktion: {work}"],
    "fr": ["{work} critique & débat (sans images)", "théories sur {work} 🤔", "réaction à la bande-annonce de {work}"],
    "ru": ["{work} обзор и обсуждение (без видео)", "теории по {work} 🤔", "реакция на трейлер {work}"],
    "ja": ["【感想会】{work} 語る（映像なし）", "{work} 考察雑談"], "ko": ["{work} 리뷰 수다 (영상 없음)", "{work} 예고편 리액션"],
    "it": ["{work} recensione (senza immagini)"], "pl": ["{work} recenzja i dyskusja (bez materiałów)"], "tr": ["{work} inceleme ve sohbet (görüntüsüz)"],
}
TPL["event_react"] = {
    "en": ["Nintendo Direct reaction LIVE 🍄", "State of Play reactions | PS5", "Xbox showcase watch-along (reactions)", "Apple event reaction 🍎", "reacting to the Gamescom trailers",
           "Pokémon Presents hype stream"],
    "es": ["reaccionando al Nintendo Direct 🍄", "State of Play en vivo reacciones"], "pt": ["react Nintendo Direct 🍄", "react State of Play"],
    "de": ["Nintendo Direct Reaktion 🍄"], "fr": ["réaction Nintendo Direct 🍄"], "ja": ["ニンテンドーダイレクト 同時視聴 🍄"], "ru": ["смотрим Nintendo Direct реакция 🍄"],
}
TPL["charity"] = {
    "en": ["24 HOUR CHARITY STREAM for {cause} | ${N} raised | !donate", "charity marathon hour {h24}/24 💚 {cause}", "{g} for {cause} - every sub = a meal | !charity",
           "24h charity stream | incentives in !goals", "St. Jude PLAY LIVE 💛 {g}", "fundraiser for {cause} — {g} all day"],
    "es": ["MARATÓN SOLIDARIA 24H por {cause} | !donar", "directo benéfico {g} | !donar"], "pt": ["LIVE BENEFICENTE 24H por {cause} | !doar"],
    "de": ["24h Charity-Stream für {cause} | !spenden"], "fr": ["marathon caritatif 24h pour {cause} | !don"], "ja": ["チャリティー24時間配信 {cause}"],
}
CAUSES = ["St. Jude", "Doctors Without Borders", "Save the Children", "the animal shelter", "mental health", "Direct Relief", "Ärzte ohne Grenzen", "Médecins Sans Frontières", "Unicef"]
TPL["subathon"] = {
    "en": ["SUBATHON DAY {n} ⏰ | timer in !subathon", "24/7 subathon - day {n} | {g}", "subathon: sleeping on stream 😴 day {n}", "subathon day {n} | {g} then IRL"],
    "es": ["SUBATHON DÍA {n} ⏰", "subatón día {n} | {g}"], "pt": ["SUBATHON DIA {n} ⏰", "subathon dia {n} | {g}"], "de": ["SUBATHON TAG {n} ⏰"], "fr": ["SUBATHON JOUR {n} ⏰"],
    "ja": ["耐久 サブアソン {n}日目"], "ko": ["구독 마라톤 {n}일차"], "ru": ["САБАТОН ДЕНЬ {n} ⏰"], "pl": ["SUBATHON DZIEŃ {n} ⏰"], "tr": ["SUBATHON GÜN {n} ⏰"],
}
TPL["placeholder"] = {
    "en": [".", "..", "hi", "stream", "title", "live", "chilling", "🙂", "idk", "untitled", "x", "—", "gaming", ":)", "yo", "zzz"],
    "es": [".", "hola", "directo", "en vivo", "tranqui", "sin título", "xd"], "pt": [".", "oi", "live", "ao vivo", "de boa", "sem título", "kkk"],
    "de": [".", "hi", "stream", "ohne Titel", "moin"], "fr": [".", "salut", "live", "tranquille", "sans titre"], "ru": [".", "стрим", "привет", "без названия", "ку"],
    "ja": ["。", "配信", "雑談", "…"], "ko": [".", "방송", "ㅎㅇ", "소통"], "zh": ["。", "直播", "聊天"], "it": [".", "ciao", "live"], "tr": [".", "yayın", "selam"],
    "pl": [".", "siema", "stream"], "ar": [".", "بث", "هلا"],
}
TPL["legit_hop"] = {  # title talks about the new (smaller) game
    "en": ["trying {G} for the first time!", "{G} - chat made me do it", "switching it up: {G} {emo}", "{G} after {g0}, thanks for sticking around",
           "new game day: {G} | {cmds}", "{G} sponsored?? no, I just like it", "break from {g0}: {G} blind", "viewer recommendation: {G}", "{G} | retro break 🕹️",
           "is {G} a hidden gem? let's find out", "playing {G} until my eyes close"],
    "es": ["probando {G} por primera vez!", "cambio de juego: {G} {emo}", "descanso de {g0}: {G}", "recomendación del chat: {G}"],
    "pt": ["testando {G} pela primeira vez!", "mudando um pouco: {G} {emo}", "pausa do {g0}: {G}", "indicação do chat: {G}"],
    "de": ["zum ersten Mal {G}!", "Abwechslung: {G} {emo}", "Pause von {g0}: {G}"], "fr": ["première fois sur {G} !", "on change : {G} {emo}", "pause {g0} : {G}"],
    "ru": ["впервые {G}!", "сменим игру: {G} {emo}", "отдыхаем от {g0}: {G}"], "ja": ["【{G}】初見！ {g0}はお休み", "今日は{G}やる {emo}"],
    "ko": ["{G} 첫 플레이!", "오늘은 {G} {emo}"], "it": ["prima volta su {G}!"], "pl": ["pierwszy raz {G}!"], "tr": ["ilk kez {G}!"],
    "zh": ["第一次玩{G}！"], "th": ["ลองเล่น {G} ครั้งแรก!"],
}
TPL["esports_official"] = {
    "en": ["REBROADCAST: {event} - {t1} vs {t2}", "{event} | Day {wk} | {t1} vs {t2}", "{event} Playoffs - {t1} vs {t2} | !bracket", "[REBROADCAST] {event} Week {wk}",
           "{event} | Grand Final | {t1} vs {t2}", "LIVE: {event} - {t1} vs {t2} | Bo3"],
    "es": ["{event} | {t1} vs {t2} | jornada {wk}", "REPETICIÓN: {event} - {t1} vs {t2}"], "pt": ["{event} | {t1} x {t2} | dia {wk}", "REPRISE: {event} - {t1} x {t2}"],
    "ko": ["{event} | {t1} vs {t2}", "[재방송] {event} {t1} vs {t2}"], "ja": ["{event} Day{wk} | {t1} vs {t2}"], "de": ["{event} | {t1} vs {t2} | Tag {wk}"],
    "fr": ["{event} | {t1} vs {t2} | jour {wk}"], "tr": ["{event} | {t1} - {t2}"], "ru": ["{event} | {t1} - {t2} | день {wk}"],
}
TPL["watch_party"] = {
    "en": ["{event} WATCH PARTY 🏆 {t1} vs {t2} | official co-stream", "co-streaming {event} | {t1} vs {t2} | !bracket", "{event} watch party w/ chat",
           "{t1} vs {t2} co-stream ({event}) | !predict", "watching {event} with you guys | official co-stream"],
    "es": ["{event} WATCH PARTY 🏆 {t1} vs {t2} | co-stream oficial", "viendo {event} con el chat | co-stream"],
    "pt": ["{event} WATCH PARTY 🏆 {t1} x {t2} | co-stream oficial", "assistindo {event} com o chat"], "de": ["{event} Watch Party 🏆 {t1} vs {t2} | Co-Stream"],
    "fr": ["{event} watch party 🏆 {t1} vs {t2} | costream officiel"], "ko": ["{event} 같이보기 🏆 {t1} vs {t2}"], "ja": ["【同時視聴】{event} {t1} vs {t2} 公式ウォッチパーティー"],
    "tr": ["{event} birlikte izliyoruz 🏆 {t1} - {t2}"], "ru": ["{event} смотрим вместе 🏆 {t1} - {t2} | рестрим разрешён"], "pl": ["{event} oglądamy razem 🏆 {t1} - {t2}"],
}
ESPORTS = {
    "League of Legends": (["LCK Season Finals", "LEC Finals", "LTA Championship", "LPL Regional Finals", "Road to Worlds 2026"],
                          ["T1", "Gen.G", "Hanwha Life", "KT Rolster", "G2", "Fnatic", "KC", "FlyQuest", "Cloud9", "BLG", "JDG", "Team Liquid", "paiN Gaming"]),
    "VALORANT": (["VCT Champions 2026", "VCT Americas", "VCT EMEA", "VCT Pacific", "Game Changers"], ["Sentinels", "Fnatic", "Team Heretics", "PRX", "EDG", "G2", "LOUD", "FURIA", "Team Liquid", "DRX", "NRG"]),
    "Counter-Strike": (["ESL Pro League Season 24", "BLAST Open", "IEM", "PGL Astana", "CCT Season 3"], ["Vitality", "Spirit", "MOUZ", "FaZe", "NAVI", "FURIA", "The MongolZ", "Falcons", "G2", "Aurora", "3DMAX"]),
    "Dota 2": (["The International 2026", "PGL Wallachia", "DreamLeague S28", "FISSURE Universe"], ["Team Spirit", "Tundra", "Gaimin Gladiators", "Team Liquid", "BetBoom", "PARIVISION", "Xtreme Gaming", "Team Falcons"]),
    "Rocket League": (["RLCS 2026 Worlds", "RLCS Major"], ["Karmine Corp", "Vitality", "Falcons", "NRG", "G2"]),
    "Overwatch 2": (["OWCS World Finals", "OWCS Korea"], ["Crazy Raccoon", "Team Falcons", "Twisted Minds", "Spacestation"]),
    "Street Fighter 6": (["Capcom Pro Tour 2026", "EVO Japan"], ["Punk", "Daigo", "Tokido", "MenaRD", "Kakeru", "Leshar"]),
    "Fortnite": (["FNCS Global Championship", "FNCS Major"], ["Peterbot", "Pollo", "Queasy", "Malibuca", "Veno"]),
    "Apex Legends": (["ALGS Championship", "ALGS Pro League"], ["Alliance", "FNATIC", "TSM", "Team Falcons", "GoNext"]),
    "Tom Clancy's Rainbow Six Siege X": (["Six Invitational", "R6 Major"], ["FaZe", "w7m", "Team BDS", "G2", "FURIA"]),
}
OFFICIAL_ESPORTS_CHANNELS = [("riotgames", "Riot Games", "League of Legends", "en"), ("lck", "LCK", "League of Legends", "en"), ("lec", "LEC", "League of Legends", "en"),
                             ("lck_korea", "LCK_Korea", "League of Legends", "ko"), ("valorant", "VALORANT", "VALORANT", "en"), ("valorant_americas", "VALORANT_Americas", "VALORANT", "en"),
                             ("valorant_br", "VALORANT_BR", "VALORANT", "pt"), ("eslcs", "ESLCS", "Counter-Strike", "en"), ("blastpremier", "BLASTPremier", "Counter-Strike", "en"),
                             ("pgl", "PGL", "Counter-Strike", "en"), ("esl_dota2", "ESL_DOTA2", "Dota 2", "en"), ("pgl_dota2", "PGL_DOTA2", "Dota 2", "ru"),
                             ("rocketleague", "RocketLeague", "Rocket League", "en"), ("ow_esports", "ow_esports", "Overwatch 2", "en"), ("capcomfighters", "CapcomFighters", "Street Fighter 6", "en"),
                             ("fortnite", "Fortnite", "Fortnite", "en"), ("playapex", "PlayApex", "Apex Legends", "en"), ("rainbow6", "Rainbow6", "Tom Clancy's Rainbow Six Siege X", "en"),
                             ("lvpes", "LVPes", "League of Legends", "es"), ("otplol_", "OTPLOL_", "League of Legends", "fr"), ("cblol", "CBLOL", "League of Legends", "pt")]
OFFICIAL_SPORTS_CHANNELS = [("kingsleague", "KingsLeague", "es", "Kings League"), ("queensleague", "QueensLeague", "es", "Queens League"),
                            ("kingsleague_br", "KingsLeagueBrasil", "pt", "Kings League Brazil"), ("ballerleagueuk", "BallerLeagueUK", "en", "Baller League UK")]
TPL["official_sports"] = {
    "es": ["{lg} | JORNADA {wk} | EN DIRECTO", "🔴 {lg} EN VIVO - jornada {wk} | !partidos", "{lg} | Final Four | EN DIRECTO"],
    "pt": ["{lg} | RODADA {wk} | AO VIVO", "🔴 {lg} AO VIVO - rodada {wk}"], "en": ["{lg} | Matchday {wk} | LIVE", "🔴 {lg} LIVE - matchday {wk} | !schedule"],
}

# ---------------------------------------------------------------------------
# Infringing title templates.  {film} {year} {show} {s} {e} {ss} {ee} {ch} {home} {away}
# {league} {ev} {f1} {f2} {artist} {tour} {album} {fest} {q} (quality tag) {dub} (audio tag)
# ---------------------------------------------------------------------------
QUALITY = ["1080p", "HD", "FULL HD", "720p", "4K", "HDR", "WEB-DL", "BluRay", "HDCAM", "CAM", "TS", "WEBRip", "HDRip", "1080p60", "FHD"]
DUB = {"es": ["latino", "audio latino", "castellano", "español latino", "sub español"], "pt": ["dublado", "legendado", "dual áudio", "PT-BR"],
       "de": ["deutsch", "German DL", "auf Deutsch"], "fr": ["VF", "VOSTFR", "VFF", "en français"], "it": ["ITA", "sub ITA", "in italiano"],
       "ru": ["дубляж", "на русском", "озвучка"], "tr": ["Türkçe dublaj", "Türkçe altyazılı"], "pl": ["lektor PL", "napisy PL", "dubbing PL"],
       "ar": ["مترجم", "مدبلج"], "en": ["eng sub", "English", "dubbed"], "ja": ["字幕", "吹替"], "ko": ["자막", "더빙"], "zh": ["国语", "中字", "粤语"],
       "hi": ["Hindi dubbed", "Hindi"], "th": ["พากย์ไทย", "ซับไทย"], "vi": ["thuyết minh", "vietsub"], "id": ["sub indo"], "uk": ["українською"],
       "cs": ["CZ dabing", "CZ titulky"], "nl": ["NL subs"], "sv": ["svensk text"], "hu": ["magyarul"], "ro": ["subtitrat"], "el": ["ελληνικοί υπότιτλοι"]}
BAD = {}
BAD["film"] = {
    "en": ["{film} ({year}) FULL MOVIE {q}", "Watch {film} full movie free", "{film} full movie {q}", "🎬 {film} [{year}] FULL {q}", "MOVIE NIGHT: {film} (full movie)",
           "{film} {year} - full film - no ads", "FULL MOVIE: {film} ({year})", "{film} ({year}) full movie - new movies every night", "free movie stream 🍿 {film}",
           "{film} full movie English {q}", "movie marathon pt {n}: {film} (full)"],
    "es": ["{film} ({year}) PELÍCULA COMPLETA en español {dub}", "Película completa: {film} {q}", "{film} película completa {dub}", "VER {film} completa gratis",
           "🎬 {film} ({year}) peli completa {dub}", "cine en vivo: {film} completa", "{film} pelicula completa en español {q}"],
    "pt": ["{film} ({year}) FILME COMPLETO DUBLADO", "filme completo dublado: {film}", "{film} filme completo {dub} {q}", "ASSISTIR {film} completo grátis",
           "🎬 {film} ({year}) filme completo", "sessão de cinema: {film} completo"],
    "de": ["{film} ({year}) ganzer Film deutsch", "{film} - Ganzer Film auf Deutsch {q}", "Film: {film} komplett {dub}", "{film} ganzer Film kostenlos", "Kinoabend: {film} (ganzer Film)"],
    "fr": ["{film} ({year}) film complet en français", "{film} {dub} complet {q}", "Film complet : {film}", "{film} film entier gratuit", "soirée ciné : {film} en entier"],
    "it": ["{film} film completo in italiano", "{film} ({year}) ITA completo {q}", "film completo: {film} {dub}", "{film} streaming ITA gratis"],
    "ru": ["{film} ({year}) смотреть онлайн полностью", "{film} фильм целиком {q}", "Фильм {film} {dub} {q}", "{film} полный фильм бесплатно", "кинопоказ: {film} целиком"],
    "uk": ["{film} дивитися онлайн українською", "фільм {film} повністю {q}", "{film} ({year}) повний фільм"],
    "tr": ["{film} ({year}) full izle {dub}", "{film} tek parça izle", "{film} {dub} full HD izle", "film: {film} full izle", "{film} tek parça {q}"],
    "pl": ["{film} ({year}) cały film {dub}", "{film} cały film po polsku", "{film} CDA {dub} {q}", "film: {film} cały {q}", "{film} cały film za darmo"],
    "ar": ["فيلم {film} كامل {dub}", "مشاهدة فيلم {film} ({year}) كامل {q}", "فيلم {film} مدبلج بالعربي كامل", "فيلم {film} كامل بجودة عالية"],
    "ja": ["映画『{film}』フル {q}", "{film} 本編 フル {dub}", "{film} ({year}) 全編 無料", "【映画】{film} フル"],
    "ko": ["{film} 풀버전 {q}", "영화 {film} 전체 보기", "{film} 다시보기 고화질", "{film} ({year}) 영화 풀영상 {dub}"],
    "zh": ["电影《{film}》完整版 {q}", "{film} 完整版 在线观看", "{film} {dub} 高清 全片", "《{film}》({year}) 完整版 免费"],
    "th": ["ดูหนัง {film} เต็มเรื่อง {dub}", "{film} {q} พากย์ไทย เต็มเรื่อง"], "vi": ["Phim {film} {dub} full HD", "{film} ({year}) vietsub full"],
    "id": ["Nonton {film} full movie sub indo", "{film} ({year}) sub indo full"], "hi": ["{film} full movie Hindi dubbed {q}", "{film} ({year}) पूरी फिल्म"],
    "nl": ["{film} volledige film NL ondertiteld"], "sv": ["{film} hela filmen svensk text"], "cs": ["{film} celý film CZ dabing", "{film} ({year}) celý film {q}"],
    "hu": ["{film} teljes film magyarul"], "ro": ["{film} film online subtitrat"], "el": ["{film} ολόκληρη ταινία με ελληνικούς υπότιτλους"],
    "fi": ["{film} koko elokuva suomeksi"], "da": ["{film} hele filmen dansk tale"], "no": ["{film} hele filmen norsk tale"],
}
BAD["film_bare"] = {  # names only the work (no 'full movie' words)
    "any": ["{film} ({year}) {q}", "{film} [{year}] {q}", "{film} {year} {q}", "{film} ({q})", "🍿 {film}", "🎬 {film} {emo}", "{film} {q} {dub}", "{film} {year} BluRay x264",
            "{film} - {dub}", "{film} ({year})", "▶ {film} {year}", "{film} 🍿🍿"],
}
BAD["episode"] = {
    "en": ["{show} S{ss}E{ee} FULL EPISODE", "{show} season {s} episode {e}", "{show} {s}x{ee}", "{show} S{ss}E{ee} {q}", "{show} ep {e} full",
           "{show} - season {s} all episodes", "{show} marathon S{ss}", "{show} episodes {e}-{e2} back to back"],
    "es": ["{show} temporada {s} capítulo {e} completo", "{show} capítulo {e} completo {dub}", "{show} T{s} E{e} {dub}", "{show} capitulos completos"],
    "pt": ["{show} temporada {s} episódio {e} completo", "{show} episódio {e} {dub}", "{show} T{s} EP{e} completo", "{show} episódios completos"],
    "de": ["{show} Staffel {s} Folge {e} ganze Folge", "{show} ganze Folgen deutsch", "{show} S{ss}E{ee} deutsch"],
    "fr": ["{show} saison {s} épisode {e} {dub}", "{show} épisode {e} VOSTFR", "{show} S{ss}E{ee} VF"],
    "it": ["{show} stagione {s} episodio {e} ITA", "{show} puntata {e} completa"],
    "ru": ["{show} {s} сезон {e} серия", "{show} все серии подряд", "{show} {e} серия смотреть"],
    "uk": ["{show} {s} сезон {e} серія", "{show} всі серії"],
    "tr": ["{show} {e}. bölüm full izle", "{show} {e}. bölüm tek parça", "{show} son bölüm full HD"],
    "pl": ["{show} odcinek {e} cały", "{show} sezon {s} odcinek {e}", "{show} wszystkie odcinki"],
    "ja": ["{show} 第{e}話", "{show} 第{e}話 フル", "{show} {s}期 {e}話"], "ko": ["{show} {e}화 다시보기", "{show} {e}회 풀버전", "{show} 시즌{s} {e}화"],
    "zh": ["{show} 第{e}集 完整版", "{show} 全集", "{show} 第{s}季 第{e}集"], "ar": ["مسلسل {show} الحلقة {e}", "{show} الحلقة {e} كاملة", "مسلسل {show} جميع الحلقات"],
    "th": ["{show} ตอนที่ {e}", "{show} ทุกตอน"], "vi": ["{show} tập {e} thuyết minh", "{show} trọn bộ"], "id": ["{show} episode {e} sub indo", "{show} full episode"],
    "hi": ["{show} episode {e} Hindi", "{show} full episode"], "nl": ["{show} seizoen {s} aflevering {e}"], "cs": ["{show} díl {e} celý"], "sv": ["{show} avsnitt {e}"],
    "hu": ["{show} {e}. rész"], "ro": ["{show} episodul {e}"], "el": ["{show} επεισόδιο {e}"], "fi": ["{show} jakso {e}"], "da": ["{show} afsnit {e}"], "no": ["{show} episode {e}"],
}
BAD["show247"] = {
    "en": ["{show} 24/7", "{show} 24/7 all episodes nonstop", "🔴 {show} 24/7 | every season", "{show} marathon 24/7 - all seasons", "{show} nonstop 24/7 (episodes)",
           "24/7 {show} | S1-S{s}", "{show} all episodes 24/7 🔁"],
    "es": ["{show} 24/7", "🔴 {show} 24/7 - todos los capítulos", "{show} 24 horas en vivo {dub}", "{show} maratón 24/7", "{show} capítulos completos 24/7"],
    "pt": ["{show} 24h AO VIVO", "{show} 24/7 - todos os episódios", "🔴 {show} 24 horas {dub}", "{show} maratona 24h"],
    "de": ["{show} 24/7 alle Folgen", "{show} rund um die Uhr"], "fr": ["{show} 24/7 tous les épisodes", "{show} en continu 24h/24"],
    "it": ["{show} 24/7 tutte le puntate"], "ru": ["{show} 24/7 круглосуточно", "{show} все серии 24/7"], "uk": ["{show} 24/7 цілодобово"],
    "tr": ["{show} 7/24 kesintisiz", "{show} 7/24 tüm bölümler"], "pl": ["{show} 24/7 cały czas", "{show} 24/7 wszystkie odcinki"],
    "ja": ["{show} 24時間 配信", "{show} 全話 一挙"], "ko": ["{show} 24시간 연속", "{show} 전편 몰아보기"], "zh": ["{show} 24小时 不间断", "{show} 全集 24小时"],
    "ar": ["{show} بث مباشر 24 ساعة", "{show} جميع الحلقات 24/7"], "th": ["{show} 24 ชั่วโมง"], "vi": ["{show} 24/7 trọn bộ"], "id": ["{show} 24 jam nonstop"],
    "hi": ["{show} 24/7 all episodes Hindi"], "cs": ["{show} 24/7 všechny díly"], "nl": ["{show} 24/7 alle afleveringen"], "sv": ["{show} 24/7 alla avsnitt"],
}
BAD["channel"] = {
    "en": ["{ch} LIVE", "{ch} live stream {q} 24/7", "🔴 {ch} LIVE FREE", "{ch} - live now", "watch {ch} live"], "es": ["{ch} en vivo", "{ch} EN VIVO {q} gratis", "🔴 {ch} en directo"],
    "pt": ["{ch} AO VIVO {q}", "🔴 {ch} ao vivo 24h", "{ch} ao vivo agora"], "de": ["{ch} live", "{ch} live (kostenlos)", "{ch} Livestream {q}"],
    "fr": ["{ch} en direct", "{ch} direct {q}", "🔴 {ch} en direct gratuit"], "it": ["{ch} in diretta", "{ch} diretta streaming"],
    "ru": ["{ch} прямой эфир", "{ch} онлайн {q}", "🔴 {ch} смотреть онлайн"], "uk": ["{ch} онлайн", "{ch} прямий ефір"], "tr": ["{ch} canlı izle", "{ch} canlı yayın {q}"],
    "pl": ["{ch} na żywo", "{ch} online {q}"], "ja": ["{ch} ライブ", "{ch} 同時配信"], "ko": ["{ch} 라이브", "{ch} 실시간"], "zh": ["{ch} 直播", "{ch} 在线直播 {q}"],
    "ar": ["{ch} بث مباشر", "قناة {ch} بث مباشر {q}"], "th": ["{ch} สด"], "vi": ["{ch} trực tiếp"], "id": ["{ch} live streaming"], "hi": ["{ch} live"],
    "nl": ["{ch} live"], "cs": ["{ch} živě"], "sv": ["{ch} live"], "hu": ["{ch} élő"], "ro": ["{ch} live"], "el": ["{ch} live"],
}
BAD["match"] = {
    "en": ["{home} vs {away} LIVE", "🔴 {home} vs {away} | {league} | live stream", "{league}: {home} - {away} live {q}", "{home} vs {away} FULL MATCH",
           "{home} v {away} live free stream", "LIVE: {home} vs {away} ({league})", "{home} vs {away} full match replay"],
    "es": ["{home} vs {away} EN VIVO - partido completo", "🔴 {home} vs {away} en directo | {league}", "{home} - {away} EN VIVO gratis", "partido completo: {home} vs {away}"],
    "pt": ["{home} x {away} AO VIVO (jogo completo)", "🔴 {home} x {away} ao vivo | {league}", "{home} x {away} ao vivo grátis", "jogo completo {home} x {away}"],
    "de": ["{home} - {away} live", "{home} vs {away} ganzes Spiel live", "{league}: {home} gegen {away} live {q}"],
    "fr": ["{home} - {away} en direct", "{home} - {away} match complet en direct", "🔴 {home} vs {away} direct streaming"],
    "it": ["{home} - {away} diretta streaming", "{home} - {away} in diretta {q}", "partita intera {home} - {away}"],
    "ru": ["{home} – {away} прямая трансляция", "{home} - {away} смотреть онлайн {q}", "🔴 {league}: {home} - {away} онлайн"],
    "uk": ["{home} – {away} пряма трансляція"], "tr": ["{home} - {away} canlı izle", "{home} {away} maçı canlı {q}", "🔴 {home} - {away} şifresiz"],
    "pl": ["{home} - {away} na żywo transmisja", "{home} - {away} online za darmo", "🔴 {home} vs {away} live"],
    "ja": ["{home} vs {away} ライブ中継", "{home}×{away} 生中継"], "ko": ["{home} vs {away} 생중계", "{home} {away} 실시간 중계"],
    "zh": ["{home} vs {away} 直播", "{league} {home}对{away} 高清直播"], "ar": ["مباراة {home} و {away} بث مباشر", "بث مباشر {home} ضد {away} {q}"],
    "nl": ["{home} - {away} live stream"], "cs": ["{home} - {away} živě"], "sv": ["{home} - {away} live stream"], "el": ["{home} - {away} live"],
    "th": ["{home} vs {away} ถ่ายทอดสด"], "vi": ["{home} vs {away} trực tiếp"], "id": ["{home} vs {away} live streaming"], "hi": ["{home} vs {away} live"],
}
BAD["other_sport"] = {
    "en": ["US Open 2026 LIVE - {p1} vs {p2}", "{p1} vs {p2} US Open live stream {q}", "MLB: {mlb1} @ {mlb2} live free", "F1 {gp} GP full race replay {q}",
           "{gp} Grand Prix FP1 live stream", "La Vuelta 2026 stage {n} live", "WNBA: {w1} vs {w2} live", "{c1} vs {c2} cricket live stream", "NFL Kickoff 2026 live free",
           "{comp} final LIVE FULL BROADCAST", "{comp} final full match replay"],
    "es": ["US Open 2026 EN VIVO - {p1} vs {p2}", "La Vuelta 2026 etapa {n} en directo", "F1 GP de {gp_es} carrera completa", "final de la {comp} completa en vivo"],
    "pt": ["US Open 2026 AO VIVO - {p1} x {p2}", "F1 GP {gp_pt} corrida completa", "final da {comp} ao vivo completo"],
    "de": ["US Open 2026 live - {p1} gegen {p2}", "F1 Großer Preis {gp_de} komplettes Rennen"], "fr": ["US Open 2026 en direct - {p1} vs {p2}", "Vuelta 2026 étape {n} en direct"],
    "it": ["US Open 2026 diretta - {p1} vs {p2}", "F1 GP d'Italia gara completa"], "hi": ["{c1} vs {c2} live match Hindi commentary"],
    "ja": ["全米オープン2026 ライブ {p1} vs {p2}", "MLB {mlb1} vs {mlb2} 生中継"], "ko": ["MLB {mlb1} vs {mlb2} 생중계", "US오픈 {p1} vs {p2} 생중계"],
    "pl": ["US Open 2026 na żywo - {p1} vs {p2}"], "nl": ["F1 {gp} GP live stream"],
}
COMPETITIONS = ["Champions League", "Copa Libertadores", "World Cup 2026", "Club World Cup", "Europa League", "Copa América", "Super Bowl LX", "NBA Finals", "Stanley Cup"]
GP_LOC = {"es": ["Italia", "Países Bajos", "Bélgica", "Hungría"], "pt": ["da Itália", "da Holanda", "da Bélgica"], "de": ["von Italien", "der Niederlande", "von Belgien"]}
BAD["ppv"] = {
    "en": ["{ev} LIVE FREE", "{ev}: {f1} vs {f2} FULL CARD", "{f1} vs {f2} LIVE PPV", "🥊 {f1} vs {f2} full fight", "{ev} main card live stream {q}", "{ev} full event replay",
           "{f1} vs {f2} LIVE (free PPV)", "{ev} prelims + main card LIVE"],
    "es": ["{f1} vs {f2} pelea completa en vivo", "{ev} EN VIVO gratis", "{ev} cartelera completa en directo", "🥊 {f1} vs {f2} EN VIVO"],
    "pt": ["{f1} x {f2} luta completa ao vivo", "{ev} AO VIVO grátis", "{ev} card completo ao vivo", "🥊 {f1} x {f2} AO VIVO"],
    "de": ["{ev} live kostenlos", "{f1} vs {f2} ganzer Kampf live"], "fr": ["{ev} en direct gratuit", "{f1} vs {f2} combat complet"],
    "it": ["{ev} diretta gratis", "{f1} vs {f2} incontro completo"], "ru": ["{ev} прямой эфир бесплатно", "{f1} - {f2} бой полностью"],
    "pl": ["{ev} na żywo cała gala", "{ev} za darmo stream", "{f1} vs {f2} cała walka"], "tr": ["{ev} canlı izle", "{f1} - {f2} maçı canlı"],
    "ja": ["{ev} ライブ 無料", "{f1} vs {f2} フル"], "ko": ["{ev} 생중계 무료", "{f1} vs {f2} 풀영상"], "ar": ["{ev} بث مباشر مجانا", "نزال {f1} ضد {f2} كامل"],
    "cs": ["{ev} živě zdarma"], "zh": ["{ev} 直播 免费", "{f1} vs {f2} 全场"],
}
BAD["concert"] = {
    "en": ["{artist} - {tour} FULL CONCERT", "{artist} full concert live {q}", "{artist} | {tour} (full show)", "{fest} live rebroadcast - all stages", "{artist} - {album} (Full Album)",
           "{artist} {tour} full concert film", "{fest} LIVE - full sets", "{kshow} full episode {q}"],
    "es": ["{artist} concierto completo {q}", "{artist} - {tour} concierto completo en vivo", "{fest} en vivo - todos los shows"],
    "pt": ["{artist} show completo {q}", "{artist} - {tour} show completo ao vivo", "{fest} ao vivo - todos os shows"],
    "de": ["{artist} ganzes Konzert {q}", "{artist} - {tour} komplettes Konzert"], "fr": ["{artist} concert complet {q}", "{artist} - {tour} concert en entier"],
    "it": ["{artist} concerto completo"], "ru": ["{artist} концерт полностью {q}", "{artist} - {tour} полный концерт"], "tr": ["{artist} konser full {q}"],
    "pl": ["{artist} cały koncert {q}"], "ja": ["{artist} ライブ フル {q}", "{artist} {tour} 全編"], "ko": ["{artist} 콘서트 풀버전", "{kshow} 풀버전 다시보기"],
    "zh": ["{artist} 演唱会 完整版 {q}", "{artist} {tour} 全场"], "ar": ["حفلة {artist} كاملة {q}", "{artist} - {tour} كاملة"], "hi": ["{artist} live concert full {q}"],
}
BAD["radio"] = {
    "en": ["{radio} 🔊 24/7 ({artists})", "🔴 {radio} nonstop - {artists}", "{radio} radio 24/7 | official songs"], "es": ["{radio} 24/7 🔊 ({artists})", "🔴 {radio} sin parar - {artists}"],
    "pt": ["{radio} 🔊 ({artists})", "🔴 {radio} sem parar - {artists}"], "ko": ["{radio} 🔊 ({artists})"], "ja": ["{radio} 🔊 ({artists}) 作業用"],
    "ru": ["{radio} 🔊 ({artists})"], "tr": ["{radio} 🔊 ({artists})"], "pl": ["{radio} 🔊 ({artists})"], "de": ["{radio} 🔊 ({artists})"], "fr": ["{radio} 🔊 ({artists})"],
    "ar": ["{radio} 🔊 ({artists})"], "it": ["{radio} 🔊 ({artists})"],
}
# hijack: Artifact-style, explicit but mixed languages
# evasive-hop placeholder titles
EVASIVE_TITLES = {
    "any": [".", "..", "...", "🍿", "chill", "untitled", "stream", "♥", "❤", "-", "_", "zzz", "hi", "ok", "🙂", "🎬", "📺", "♡", "live", "test", "x", "a", "1",
            "🍿🍿", "...", "title", ".", "🍿", "relax", "💤", "👀", "🔴", "untitled stream"],
    "es": ["sin título", "en vivo", "tranqui", "relax", "hola", "."], "pt": ["sem título", "ao vivo", "de boa", "oi", "."], "de": ["ohne Titel", "Stream", "moin", "."],
    "fr": ["sans titre", "tranquille", "salut", "."], "ru": ["без названия", "стрим", "привет", "."], "ja": ["無題", "配信", "。", "…"], "ko": ["제목 없음", "방송", "."],
    "it": ["senza titolo", "."], "tr": ["başlıksız", "yayın", "."], "pl": ["bez tytułu", "stream", "."], "zh": ["无标题", "直播", "。"], "ar": ["بث", "بدون عنوان", "."],
}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
OBF_WORDS = {  # disguised 'full movie / episode / live' words
    "film": ["fuII m0vie", "f.u.l.l m.o.v.i.e", "ful movie", "fullmovie", "f u l l  m o v i e", "ᶠᵘˡˡ ᵐᵒᵛⁱᵉ", "m0vie", "movi3", "fiIm", "FuLL MoViE"],
    "film_es": ["peli c0mpleta", "p3licula completa", "pelí", "peli completa", "p e l i c u l a"], "film_pt": ["filme c0mpleto", "f1lme completo", "filme compl3to"],
    "episode": ["ep1sode", "epis0de", "e.p", "capitulo", "cap"], "live": ["l1ve", "LlVE", "l i v e", "ao viv0", "en viv0", "🅻🅸🆅🅴"],
}

# ---------------------------------------------------------------------------
# Names, teams and other slot material
# ---------------------------------------------------------------------------
NBA = ["Lakers", "Celtics", "Warriors", "Knicks", "Nuggets", "Thunder", "Bucks", "76ers", "Heat", "Mavericks", "Suns", "Timberwolves", "Cavaliers", "Spurs"]
NBA_P = ["LeBron", "Curry", "Wembanyama", "Luka", "SGA", "Jokić", "Giannis", "Tatum", "Ant Edwards", "Cooper Flagg"]
NFL_P = ["Mahomes", "Josh Allen", "Lamar Jackson", "Jalen Hurts", "Saquon", "Ja'Marr Chase", "Justin Jefferson", "Travis Kelce"]
CFB = ["Ohio State", "Texas", "Georgia", "Alabama", "Michigan", "Oregon", "LSU", "Notre Dame", "Penn State", "Clemson"]
NHL = ["Maple Leafs", "Oilers", "Rangers", "Bruins", "Panthers", "Avalanche", "Canadiens", "Penguins", "Red Wings", "Lightning"]
MLB_P = ["Ohtani", "Judge", "Soto", "Betts", "Skenes", "Witt Jr.", "Yamamoto"]
F1_TEAMS = ["Ferrari", "McLaren", "Red Bull", "Mercedes", "Aston Martin", "Williams", "Alpine", "Cadillac"]
F1_DRIVERS = ["Verstappen", "Norris", "Piastri", "Leclerc", "Hamilton", "Russell", "Antonelli", "Alonso", "Sainz"]
WRESTLERS = ["Roman Reigns", "Cody Rhodes", "CM Punk", "Rhea Ripley", "Gunther", "Jey Uso", "Seth Rollins", "Bianca Belair"]
GOLFERS = ["Scheffler", "McIlroy", "Rahm", "Schauffele", "DeChambeau"]
FOOT_P = ["Mbappé", "Haaland", "Vinícius Jr", "Bellingham", "Yamal", "Salah", "Kane", "Messi", "Ronaldo", "Pedri", "Saka", "Wirtz", "Musiala", "Raphinha",
          "Palmer", "Olise", "Dembélé", "Kvaratskhelia", "Gyökeres", "Arda Güler"]

LOGIN_WORDS = {
    "en": ["shadow", "pixel", "frost", "lucky", "toast", "noodle", "void", "neon", "rusty", "silent", "turbo", "mango", "wolf", "panda", "ghost", "raven",
           "cosmic", "sleepy", "spicy", "chill", "salty", "captain", "lazy", "crispy", "mystic", "hyper", "retro", "happy", "dark", "iron", "storm", "nova",
           "echo", "blaze", "zen", "fuzzy", "atomic", "lunar", "velvet", "bubble", "tiny", "big", "mad", "ninja", "pirate", "bean", "potato", "waffle",
           "cactus", "otter", "koala", "fox", "owl", "moth", "tofu", "kiwi", "sushi", "bacon", "pickle", "taco", "nacho", "dino", "robot", "wizard",
           "goblin", "knight", "sniper", "tank", "healer", "rogue", "bard", "ranger", "jake", "emma", "tyler", "maddie", "chris", "sam", "alex", "josh"],
    "es": ["el", "la", "gato", "loco", "tio", "juanito", "pepe", "chino", "papi", "flaco", "gordo", "bicho", "pollo", "fuego", "rayo", "luna", "sol",
           "tigre", "lobo", "diablo", "santo", "chavo", "oso", "nacho", "pablo", "sofi", "vale", "rulo", "chispa", "pana"],
    "pt": ["mano", "tio", "gato", "brabo", "zika", "monstro", "careca", "baiano", "mineiro", "paulista", "bento", "caio", "joao", "biel", "lipe", "dudu",
           "tuca", "ninja", "xande", "nando", "gabi", "bia", "lele", "japa", "negao", "fefe", "guri"],
    "de": ["der", "zocker", "baer", "wolf", "kartoffel", "hans", "fritz", "kevin", "lukas", "jonas", "max", "nerd", "ente", "igel", "schnitzel", "brezel",
           "pilz", "opa", "hase", "lena", "mia", "flo", "basti", "kalle"],
    "fr": ["le", "chat", "loup", "baguette", "fromage", "pierre", "lucas", "hugo", "titi", "toto", "croco", "pingouin", "papy", "mister", "doudou", "lapin",
           "tonton", "ours", "renard", "mouton", "lea", "manon", "kiki"],
    "ru": ["vanya", "dima", "sasha", "misha", "kolya", "serega", "bratishka", "medved", "volk", "kot", "pelmen", "borsch", "kabanchik", "tanker", "zloy",
           "dobryi", "stariy", "malysh", "babka", "lesha", "zhenya", "katya"],
    "uk": ["taras", "bohdan", "oksana", "mykola", "kozak", "vareniki", "sokil", "yarik", "petro"],
    "it": ["il", "gatto", "lupo", "pizza", "pasta", "marco", "luca", "gigi", "zio", "nonno", "bomber", "mago", "drago", "pepe", "giulia", "fra"],
    "tr": ["kral", "aslan", "kurt", "baba", "abi", "reis", "efe", "mert", "can", "kaan", "ayi", "tilki", "simit", "kebap", "emre", "burak"],
    "pl": ["kot", "wilk", "pan", "ziomek", "janusz", "mati", "kuba", "bartek", "szef", "mistrz", "zbyszek", "pierogi", "bober", "kaczka", "grzyb"],
    "ar": ["abu", "saudi", "falcon", "sheikh", "fahad", "khalid", "omar", "ahmed", "yousef", "nasser", "majed", "shaheen", "sultan", "bedo", "zizo"],
    "ja": ["neko", "kitsune", "sakura", "yuki", "haru", "tanuki", "mochi", "onigiri", "ramen", "kuro", "shiro", "tsuki", "hoshi", "kaze", "ryu", "tora",
           "kuma", "taiyaki", "hina", "sora"],
    "ko": ["minsu", "jihun", "haneul", "doyun", "seoyeon", "jiwoo", "taeyang", "gom", "tokki", "nabi", "bam", "dal", "byeol", "kkami", "hodu", "dubu",
           "kimchi", "ramyeon", "soju", "bori"],
    "zh": ["xiaoming", "ajie", "laowang", "maomao", "xiaoyu", "dabai", "xiongmao", "longge", "huahua", "tiantian"],
    "nl": ["kaas", "stroopwafel", "bram", "daan", "sanne", "fiets"], "sv": ["elg", "kanelbulle", "nisse", "lasse", "viking"], "cs": ["knedlik", "pepa", "honza", "kocour"],
    "th": ["somchai", "nong", "mali", "boon", "kai"], "vi": ["tuan", "minh", "linh", "pho", "banhmi"], "id": ["budi", "agus", "bang", "kucing", "nasgor"],
    "hi": ["raju", "desi", "bhai", "chai", "tiger"], "fi": ["sisu", "karhu", "pekka"], "da": ["hygge", "viking", "lars"], "no": ["troll", "ola", "fjord"],
    "hu": ["gulyas", "pista", "bence"], "el": ["giorgos", "souvlaki", "nikos"], "ro": ["vlad", "mititei", "ionut"],
}
NATIVE_NAMES = {
    "ja": ["ねこ", "きつね", "さくら", "ゆき", "はる", "たぬき", "もち", "おにぎり", "らーめん", "くろ", "しろ", "つき", "ほし", "かぜ", "りゅう", "とら",
           "くま", "たいやき", "ひな", "そら"],
    "ko": ["민수", "지훈", "하늘", "도윤", "서연", "지우", "태양", "곰", "토끼", "나비", "밤", "달", "별", "까미", "호두", "두부", "김치", "라면", "소주", "보리"],
    "zh": ["小明", "阿杰", "老王", "猫猫", "小鱼", "大白", "熊猫", "龙哥", "花花", "甜甜"],
}
LOGIN_SUFFIX = ["", "", "", "tv", "_tv", "ttv", "live", "gaming", "plays", "gg", "yt", "irl", "x", "_", "official", "hd", "jr", "xd", "btw", "_live", "games", "fps"]
PIRATE_LOGINS = ["peliculas_hd", "pelis_latino", "cine_en_vivo", "filmes_dublados", "filmes_hd_br", "freemovieshd", "moviesdaily", "movienight_tv", "cinema_live",
                 "futbol_libre", "futbolhd", "tv_ao_vivo", "aovivo_hd", "ufc_free", "ppv_live", "sports24hd", "soccer_live_hd", "animes_247", "animes_br",
                 "kinozal_hd", "kino_online", "dizi_izle", "canli_tv", "filmy_lektor", "filmy_pl", "mubasher_tv", "bein_live", "tvlive", "livetv", "series_hd",
                 "desenhos_24h", "canal_retro", "tv_latina", "cartoons247", "anime_nonstop", "tvonline", "streamhd", "hdfilmcehennemi", "boxeo_en_vivo", "lutas_ao_vivo"]
TAGS_BY_KIND = {
    "game": ["FPS", "Competitive", "Ranked", "Chill", "NoBackseating", "PlayingWithViewers", "Funny", "Drops", "DropsEnabled", "Tryhard", "LGBTQIAPlus", "ADHD", "Cozy", "Vtuber", "Esports"],
    "gta": ["Roleplay", "RP", "GTARP", "NoPixel", "FiveM", "Serious", "Funny"], "jc": ["Chatting", "Chill", "IRL", "Vtuber", "Funny", "Cozy", "LGBTQIAPlus", "Podcast", "Talk"],
    "irl": ["IRL", "Travel", "Food", "Cooking", "Outdoors", "Fitness"], "podcast": ["Podcast", "Talk", "TalkShow", "Interview", "Politics"],
    "music": ["Music", "LiveMusic", "Original", "Singing", "Piano", "Guitar", "Producer", "Lofi"], "dj": ["DJ", "House", "Techno", "Vinyl", "DJProgram"],
    "art": ["Art", "Drawing", "Commissions", "DigitalArt", "Crafts"], "chess": ["Chess", "Blitz", "Educational"], "sports": ["Sports", "Football", "Soccer", "Betting", "Fantasy"],
    "events": ["Charity", "Event", "Marathon"], "tabletop": ["DnD", "TTRPG", "Roleplay", "Dice"], "sportsgame": ["Sports", "Football", "FUT", "Career", "Competitive"],
    "horror": ["Horror", "Scary", "MatureGame", "Blind"], "casino": ["Gambling", "Slots", "Casino", "Poker"], "dev": ["GameDev", "Programming", "Coding"],
    "retro": ["Retro", "Nostalgia", "Speedrun", "Blind", "Emulation"],
}
PIRATE_TAGS = ["Movies", "Movie", "Film", "Peliculas", "Filmes", "Cinema", "Anime", "Series", "TV", "Futbol", "Football", "Sports", "UFC", "Boxing", "MMA",
               "Live", "HD", "FullHD", "Free", "247", "Cartoons", "Desenhos", "Kino", "Dizi", "Music", "Concert", "Latino", "Dublado"]

FILM_CAT_MATCH = {"A Minecraft Movie": "Minecraft", "The Godfather": "The Godfather", "Five Nights at Freddy's 2": "Five Nights at Freddy's: Secret of the Mimic",
                  "Mortal Kombat II": "Mortal Kombat 1", "F1: The Movie": "F1 25", "Sonic the Hedgehog 3": "Sonic Racing: CrossWorlds",
                  "Spider-Man: No Way Home": "Marvel's Spider-Man 2", "Spider-Man: Brand New Day": "Marvel's Spider-Man 2", "The Super Mario Galaxy Movie": "Mario Kart World",
                  "Scarface": "Scarface: The World Is Yours", "Shrek": "Shrek 2", "The Matrix": "The Matrix: Path of Neo", "Harry Potter and the Philosopher's Stone": "Hogwarts Legacy",
                  "Demon Slayer: Infinity Castle": "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles 2", "Toy Story 5": "Toy Story 2: Buzz Lightyear to the Rescue",
                  "The Dark Knight": "Batman: Arkham Knight", "Jurassic World Rebirth": "Jurassic Park: Operation Genesis", "Zootopia 2": "Roblox", "KPop Demon Hunters": "Roblox"}
SHOW_CAT_MATCH = {"The Simpsons": "The Simpsons: Hit & Run", "Family Guy": "Family Guy: Back to the Multiverse", "South Park": "South Park: The Stick of Truth",
                  "Rick and Morty": "Rick and Morty: Virtual Rick-ality", "Stranger Things": "Stranger Things 3: The Game", "SpongeBob SquarePants": "SpongeBob SquarePants: Battle for Bikini Bottom",
                  "The Last of Us": "The Last of Us Part I", "Fallout": "Fallout 76", "The Witcher": "The Witcher 3: Wild Hunt", "Arcane": "League of Legends",
                  "Squid Game": "Squid Game: Unleashed", "Game of Thrones": "Game of Thrones", "Prison Break": "Prison Break: The Conspiracy",
                  "Peaky Blinders": "Peaky Blinders: Mastermind", "Avatar: The Last Airbender": "Avatar: The Last Airbender", "Dragon Ball Z": "Dragon Ball: Sparking! ZERO",
                  "Naruto Shippuden": "Naruto Shippuden: Ultimate Ninja Storm 4", "Attack on Titan": "Attack on Titan 2", "Jujutsu Kaisen": "Jujutsu Kaisen Cursed Clash",
                  "One Piece": "One Piece Odyssey", "Demon Slayer": "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles 2", "My Hero Academia": "My Hero One's Justice 2",
                  "Hunter x Hunter": "Hunter x Hunter Nen x Impact", "Bleach: Thousand-Year Blood War": "Bleach Rebirth of Souls", "Halo": "Halo Infinite"}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([a-zA-Z_0-9]+)\}")


def wchoice(r, items, weights):
    t = sum(weights)
    x = r.random() * t
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if x < acc:
            return it
    return items[-1]


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def bank(tpl, kind, lang, r, mix=True):
    b = tpl[kind]
    if mix and lang != "en" and r.random() < EN_MIX.get(lang, 0.3) and "en" in b:
        return b["en"], "en"
    if lang in b:
        return b[lang], lang
    if "en" in b:
        return b["en"], "en"
    return b["any"], lang


def cat_short(c, r, lang="en"):
    if not c:
        return "games"
    opts = [x for x in c["short"] if x.isascii() or lang in ("ja", "ko", "zh")] or [c["name"]]
    return r.choice(opts)


def loc_film(r, lang):
    if lang in {x[2] for x in LOCAL_FILMS} and r.random() < 0.35:
        t, y, _ = r.choice([x for x in LOCAL_FILMS if x[2] == lang])
        return t, y, t
    en, y, loc = r.choice(FILMS)
    if lang in loc and r.random() < 0.8:
        return loc[lang], y, en
    return en, y, en


def loc_show(r, lang, kinds=None):
    if lang in LOCAL_SHOWS and r.random() < 0.45:
        t = r.choice(LOCAL_SHOWS[lang])
        return t, t
    pool = [s for s in SHOWS if kinds is None or s[2] in kinds]
    en, loc, _ = r.choice(pool)
    if lang in loc and r.random() < 0.8:
        return loc[lang], en
    return en, en


def teams_for(r, lang, league=None):
    lg = league or r.choice(LEAGUES_BY_LANG.get(lang, ["Premier League"]))
    a, b = r.sample(FOOTBALL[lg], 2)
    return lg, a, b


def sport_slots(cat, r, lang):
    n = cat["name"] if cat else ""
    if "2K" in n and "NBA" in n or n in ("NBA Jam", "NBA Street Vol. 2"):
        a, b = r.sample(NBA, 2)
        return a, b, r.choice(NBA_P)
    if "Madden" in n or n in ("NFL Blitz", "Backyard Football", "Madden NFL 2005"):
        a, b = r.sample(NFL, 2)
        return a, b, r.choice(NFL_P)
    if "College Football" in n or "NCAA" in n:
        a, b = r.sample(CFB, 2)
        return a, b, r.choice(NFL_P)
    if "MLB" in n or "Baseball" in n:
        a, b = r.sample(MLB, 2)
        return a, b, r.choice(MLB_P)
    if "NHL" in n:
        a, b = r.sample(NHL, 2)
        return a, b, "McDavid"
    if "UFC" in n or "Fight Night" in n or "Punch-Out" in n or "Undisputed" in n:
        a, b = r.sample(PPV_FIGHTERS, 2)
        return a, b, r.choice(PPV_FIGHTERS)
    if n.startswith("F1") or n in ("iRacing", "Gran Turismo 7", "Assetto Corsa Competizione"):
        a, b = r.sample(F1_TEAMS, 2)
        return a, b, r.choice(F1_DRIVERS)
    if "WWE" in n or "WWF" in n:
        a, b = r.sample(WRESTLERS, 2)
        return a, b, r.choice(WRESTLERS)
    if "Top Spin" in n:
        a, b = r.sample(TENNIS, 2)
        return a, b, a
    if "PGA" in n:
        a, b = r.sample(GOLFERS, 2)
        return a, b, a
    lg, a, b = teams_for(r, lang)
    if r.random() < 0.15:
        a, b = r.sample(NATIONAL, 2)
    return a, b, r.choice(FOOT_P)


def gen_login(r, lang, used):
    words = LOGIN_WORDS.get(lang, LOGIN_WORDS["en"])
    for _ in range(200):
        style = r.random()
        w1 = r.choice(words) if r.random() < 0.8 else r.choice(LOGIN_WORDS["en"])
        w2 = r.choice(words if r.random() < 0.6 else LOGIN_WORDS["en"])
        if style < 0.35:
            base = w1 + w2
        elif style < 0.55:
            base = w1 + "_" + w2
        elif style < 0.75:
            base = w1 + str(r.randint(1, 9999))
        elif style < 0.9:
            base = w1 + w2 + str(r.randint(1, 99))
        else:
            base = "x" + w1 + "x" if r.random() < 0.5 else w1 + w1[-1] * r.randint(1, 3)
        base += r.choice(LOGIN_SUFFIX)
        base = re.sub(r"[^a-z0-9_]", "", base.lower())[:25]
        if len(base) >= 4 and base not in used:
            used.add(base)
            return base
    base = "user%d" % r.randint(10 ** 6, 10 ** 8)
    used.add(base)
    return base


def display_name(r, login, lang):
    if lang in NATIVE_NAMES and r.random() < 0.4:
        return r.choice(NATIVE_NAMES[lang]) + r.choice(["", "", "ちゃん" if lang == "ja" else "", "TV" if r.random() < 0.3 else ""])
    x = r.random()
    if x < 0.45:
        return login
    if x < 0.85:
        parts = login.split("_")
        return "_".join(p[:1].upper() + p[1:] for p in parts)
    return login.upper()


def pirate_login(r, used):
    for _ in range(100):
        x = r.random()
        if x < 0.45:
            base = r.choice(PIRATE_LOGINS) + r.choice(["", "_", ""]) + str(r.randint(1, 999))
        elif x < 0.7:
            base = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(6, 12)))
        elif x < 0.85:
            base = "user" + str(r.randint(10 ** 6, 10 ** 9))
        else:
            base = r.choice(LOGIN_WORDS["en"]) + r.choice(LOGIN_WORDS["en"]) + str(r.randint(1000, 99999))
        base = base.lower()[:25]
        if base not in used and len(base) >= 4:
            used.add(base)
            return base
    raise RuntimeError("login space")


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def obfuscate(r, s):
    m = r.random()
    if m < 0.2:
        return "".join(LEET.get(c.lower(), c) if r.random() < 0.6 else c for c in s)
    if m < 0.35:
        return "".join(HOMO.get(c, c) if r.random() < 0.5 else c for c in s)
    if m < 0.5:
        return r.choice([".", " ", "-", "*"]).join(s.replace(" ", ""))
    if m < 0.65 and len(s) > 5:  # misspell: drop or swap a letter
        i = r.randint(1, len(s) - 3)
        return s[:i] + s[i + 1:] if r.random() < 0.5 else s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if m < 0.75:
        return fullwidth(s)
    if m < 0.85:
        return "\u200b".join(s)  # zero-width spaces between letters
    if m < 0.93:
        words = s.split()
        return " ".join(w[0] + "*" * (len(w) - 2) + w[-1] if len(w) > 3 and r.random() < 0.5 else w for w in words)
    return s.lower().replace(" ", "")


# ---------------------------------------------------------------------------
# title filling
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, lang, cat, st, extra=None):
        self.r, self.lang, self.cat, self.st, self.extra = r, lang, cat, st, extra or {}


def slot(ctx, name):
    r, lang, cat, st = ctx.r, ctx.lang, ctx.cat, ctx.st
    if name in ctx.extra:
        return str(ctx.extra[name])
    if name == "g":
        return cat_short(cat, r, lang)
    if name == "G":
        return cat["name"] if cat else "games"
    if name == "g0":
        return st.get("g0", "the usual")
    if name == "g2":
        return r.choice(["LoL", "Valorant", "Fortnite", "Minecraft", "GTA RP", "CS2", "Elden Ring", "Balatro", "Peak", "ARC Raiders", "Roblox", "R.E.P.O."])
    if name == "n":
        return str(r.randint(2, 60))
    if name == "N":
        return str(r.choice([r.randint(100, 999), r.randint(1, 50) * 100, r.randint(1, 20) * 1000]))
    if name == "day":
        return str(st["day"])
    if name == "wk":
        return str(st.setdefault("wk", r.randint(1, 12)))
    if name == "h24":
        return str(r.randint(1, 24))
    if name == "d14":
        return str(r.randint(1, 14))
    if name == "mode":
        return r.choice(SPORT_MODES.get(sport_kind(cat), ["Career mode", "Online ranked"]))
    if name == "ep":
        return str(st["ep"])
    if name == "ss":
        return "%02d" % st["season"]
    if name == "rank":
        rk = r.choice(RANKS.get(cat["name"], ["Diamond", "Master"])) if cat else "Diamond"
        return RANK_LOC.get(lang, {}).get(rk, rk)
    if name == "emo":
        return r.choice(EMOJI)
    if name == "cmds":
        return " ".join(r.sample(CMDS, r.choice([1, 1, 2, 2, 3])))
    if name == "sep":
        return r.choice(SEPS)
    if name == "plat":
        return r.choice(PLATFORMS)
    if name in ("friend", "friend2", "guest"):
        return r.choice(FRIEND_POOL)
    if name in ("team", "team2", "player"):
        if "teams" not in st or st.get("teams_cat") != (cat["name"] if cat else ""):
            st["teams"] = sport_slots(cat, r, lang)
            st["teams_cat"] = cat["name"] if cat else ""
        return st["teams"][{"team": 0, "team2": 1, "player": 2}[name]]
    if name == "league":
        return r.choice(LEAGUES_BY_LANG.get(lang, ["Premier League"]))
    if name == "server":
        return st.setdefault("server", r.choice(RP_SERVERS_BY_LANG.get(st.get("lang"), RP_SERVERS_BY_LANG["en"])))
    if name == "char":
        return st.setdefault("char", r.choice(RP_CHARS))
    if name == "city":
        return r.choice(CITIES.get(lang, CITIES["en"]))
    if name == "show_name":
        return st.setdefault("show_name", r.choice(PODCAST_NAMES))
    if name == "topic":
        return r.choice(TOPICS)
    if name.startswith("topic_"):
        return r.choice(TOPICS_LOC.get(name[6:], TOPICS))
    if name == "campaign":
        return st.setdefault("campaign", r.choice(CAMPAIGNS))
    if name == "genre":
        return st.setdefault("genre", r.choice(DJ_GENRES))
    if name == "subject":
        return r.choice(ART_SUBJECTS)
    if name == "char_ref":
        return r.choice(CHAR_REFS)
    if name == "cause":
        return st.setdefault("cause", r.choice(CAUSES))
    if name == "work":
        if r.random() < 0.5:
            return loc_film(r, lang)[0]
        return loc_show(r, lang)[0]
    if name in ("event", "t1", "t2"):
        evs, tms = ESPORTS.get(cat["name"] if cat else "", ESPORTS["League of Legends"])
        if "esp" not in st or st.get("esp_cat") != (cat["name"] if cat else ""):
            a, b = r.sample(tms, 2)
            st["esp"] = (st.get("esp_event") or r.choice(evs), a, b)
            st["esp_cat"] = cat["name"] if cat else ""
        return st["esp"][{"event": 0, "t1": 1, "t2": 2}[name]]
    if name == "lg":
        return st["lg"]
    if name == "q":
        return r.choice(QUALITY)
    if name == "dub":
        return r.choice(DUB.get(lang, DUB["en"]))
    raise KeyError(name)


def fill(tpl, ctx):
    out = SLOT_RE.sub(lambda m: slot(ctx, m.group(1)), tpl)
    return re.sub(r"\s{2,}", " ", out).strip() if "\u3000" not in out else out.strip()


FRIEND_POOL = []

# ---------------------------------------------------------------------------
# Positive (infringing) titles
# ---------------------------------------------------------------------------
def ppv_event(r, lang):
    if lang in LOCAL_PPV and r.random() < 0.5:
        ev = r.choice(LOCAL_PPV[lang])
    else:
        ev = r.choice(PPV_EVENTS)
    b1, b2 = r.sample(BOXERS, 2)
    ev = ev.replace("{n}", str(r.randint(320, 332))).replace("{m}", str(r.randint(2, 40))).replace("{n2}", str(r.randint(95, 130)))
    ev = ev.replace("{b1}", b1).replace("{b2}", b2)
    pool = BOXERS if ("Box" in ev or "vs" in ev or r.random() < 0.35) else PPV_FIGHTERS
    if "WWE" in ev or "AEW" in ev:
        pool = WRESTLERS
    f1, f2 = r.sample(pool, 2)
    return ev, f1, f2


def work_extra(r, lang, kind, st):
    """Pick (and remember for the session) the work a pirate is airing."""
    ex = {}
    if kind in ("film", "film_bare"):
        if "film" not in st:
            st["film"] = loc_film(r, lang)
        ex["film"], ex["year"], _ = st["film"]
    elif kind in ("episode", "show247"):
        if "show" not in st:
            st["show"] = loc_show(r, lang)
            st["s"] = r.randint(1, 5)
            st["e"] = r.randint(1, 20)
        else:
            st["e"] += 1
        ex["show"] = st["show"][0]
        ex["s"], ex["e"] = st["s"], st["e"]
        ex["ss"], ex["ee"], ex["e2"] = "%02d" % st["s"], "%02d" % st["e"], st["e"] + r.randint(2, 5)
    elif kind == "channel":
        ex["ch"] = st["ch"]
    elif kind == "match":
        if "match" not in st:
            st["match"] = teams_for(r, lang) if r.random() < 0.88 else ("Nations League", *r.sample(NATIONAL, 2))
        ex["league"], ex["home"], ex["away"] = st["match"]
    elif kind == "other_sport":
        if "os" not in st:
            p1, p2 = r.sample(TENNIS, 2)
            m1, m2 = r.sample(MLB, 2)
            w1, w2 = r.sample(WNBA, 2)
            c1, c2 = r.sample(CRICKET, 2)
            st["os"] = dict(p1=p1, p2=p2, mlb1=m1, mlb2=m2, w1=w1, w2=w2, c1=c1, c2=c2, gp=r.choice(F1_GP), comp=r.choice(COMPETITIONS),
                            gp_es=r.choice(GP_LOC["es"]), gp_pt=r.choice(GP_LOC["pt"]), gp_de=r.choice(GP_LOC["de"]))
        ex.update(st["os"])
    elif kind == "ppv":
        if "ppv" not in st:
            st["ppv"] = ppv_event(r, lang)
        ex["ev"], ex["f1"], ex["f2"] = st["ppv"]
    elif kind == "concert":
        if "act" not in st:
            a, tours = r.choice(MUSIC_ACTS)
            st["act"] = (a, r.choice(tours), r.choice(tours), r.choice(FESTIVALS), r.choice(KPOP_SHOWS))
        ex["artist"], ex["tour"], ex["album"], ex["fest"], ex["kshow"] = st["act"]
    elif kind == "radio":
        name, arts = HITS_RADIO.get(lang, HITS_RADIO["en"])
        ex["radio"], ex["artists"] = name, ", ".join(r.sample(arts, min(3, len(arts))))
    return ex


VTYPE_OF = {"film": "film_tv", "film_bare": "film_tv", "episode": "film_tv", "show247": "film_tv", "channel": "film_tv", "match": "live_sports",
            "other_sport": "live_sports", "ppv": "ppv", "concert": "music", "radio": "music"}


def bad_title(r, lang, kind, st):
    ex = work_extra(r, lang, kind, st)
    tpls, _ = bank(BAD, kind, lang, r, mix=False) if kind != "film_bare" else (BAD["film_bare"]["any"], lang)
    if kind != "film_bare" and lang != "en" and r.random() < 0.12:
        tpls = BAD[kind]["en"]
    t = fill(r.choice(tpls), Ctx(r, lang, None, st, ex))
    return t.replace("24/7 🔊 24/7", "24/7 🔊").replace("24/7 24/7", "24/7")


def obf_title(r, lang, st):
    kind = st.setdefault("obf_kind", wchoice(r, ["film", "episode", "match", "ppv", "concert"], [40, 22, 20, 10, 8]))
    ex = work_extra(r, lang, {"film": "film", "episode": "episode", "match": "match", "ppv": "ppv", "concert": "concert"}[kind], st)
    q = r.choice(QUALITY)
    dub = r.choice(DUB.get(lang, DUB["en"]))
    live = r.choice(OBF_WORDS["live"])
    if kind == "film":
        w = obfuscate(r, ex["film"])
        fw = r.choice(OBF_WORDS["film_es"] if lang == "es" else OBF_WORDS["film_pt"] if lang == "pt" else OBF_WORDS["film"])
        forms = ["{w} ({y})", "{w} {fw}", "🍿 {w} 🍿", "{w} {fw} {q}", "{w} - {dub}", "w a t c h {w} {fw}", "{w} {y} {q}", "{w} {fw} 🎬", "🎬 {w} | {dub} | {q}", "{w}"]
        t = r.choice(forms).format(w=w, y=ex["year"], fw=fw, q=q, dub=dub)
    elif kind == "episode":
        w = obfuscate(r, ex["show"])
        forms = ["{w} S{ss}E{ee}", "{w} {s}x{ee} {fw}", "{w} ep{e}", "{w} {ee}", "{w} t{s} {fw} {e}", "📺 {w} {s}-{e}", "{w} #{e} {dub}"]
        t = r.choice(forms).format(w=w, ss=ex["ss"], ee=ex["ee"], s=ex["s"], e=ex["e"], fw=r.choice(OBF_WORDS["episode"]), dub=dub)
    elif kind == "match":
        h, a = obfuscate(r, ex["home"]), obfuscate(r, ex["away"])
        forms = ["{h} vs {a} {live}", "{h} - {a} 🔴", "{h} x {a} {live} ⚽", "⚽ {h} {a} ⚽", "{h} vs {a}", "🔴 {h} v {a} {q}", "{h} – {a} ({live})"]
        t = r.choice(forms).format(h=h, a=a, live=live, q=q)
    elif kind == "ppv":
        f1, f2 = obfuscate(r, ex["f1"]), obfuscate(r, ex["f2"])
        ev = obfuscate(r, ex["ev"])
        forms = ["{f1} vs {f2} {live}", "{ev} {live}", "🥊 {f1} {f2} 🥊", "{ev} fr33", "{ev} 🥊 {q}", "{f1} x {f2}"]
        t = r.choice(forms).format(f1=f1, f2=f2, ev=ev, live=live, q=q)
    else:
        a = obfuscate(r, ex["artist"])
        forms = ["{a} {tour} c0ncert", "{a} 🎤 full sh0w", "{a} - {tour} 🎶", "🎤 {a} l1ve {q}", "{a} ({tour})"]
        t = r.choice(forms).format(a=a, tour=ex["tour"], q=q)
    return t, VTYPE_OF[{"film": "film", "episode": "episode", "match": "match", "ppv": "ppv", "concert": "concert"}[kind]]


# ---------------------------------------------------------------------------
# Ordinary titles
# ---------------------------------------------------------------------------
BEHAVIOUR_OF = {"game": "ordinary_gaming", "ranked": "ordinary_gaming", "casino": "ordinary_gaming", "gta": "rp_series", "speedrun": "speedrun",
                "fullplay": "full_playthrough_game", "retro": "retro_dead_category", "media_game": "licensed_media_game", "horror_night": "horror_movie_night",
                "machinima": "machinima_in_game", "svg": "sports_video_game", "jc": "just_chatting", "asmr": "just_chatting", "irl": "irl",
                "podcast": "podcast_episode", "tabletop": "tabletop_campaign", "music": "music_performance", "lofi": "lofi_radio_247", "dj": "dj_set",
                "art": "art_stream", "chess": "chess_stream", "dev": "dev_stream", "sports_talk": "sports_talk_no_footage", "media_talk": "media_discussion_no_footage",
                "event_react": "event_reaction", "charity": "charity_marathon", "subathon": "subathon", "placeholder": "placeholder_title",
                "legit_hop": "legit_hop", "esports_official": "esports_official_rebroadcast", "watch_party": "esports_watch_party",
                "official_sports": "official_sports_rights_holder"}


def persona_for(r, c):
    if c is None:
        return wchoice(r, ["jc", "placeholder", "game"], [5, 3, 2])
    k, f = c["kind"], c["flags"]
    if k == "jc":
        if c["name"] == "ASMR":
            return "asmr"
        return wchoice(r, ["jc", "media_talk", "event_react", "sports_talk", "podcast", "subathon", "placeholder", "charity"], [64, 9, 2, 5, 5, 1.5, 6, 0.6])
    if k == "irl":
        return wchoice(r, ["irl", "placeholder", "charity"], [92, 6, 2])
    if k == "podcast":
        return wchoice(r, ["podcast", "sports_talk", "media_talk", "placeholder"], [84, 6, 6, 4])
    if k == "music":
        return wchoice(r, ["music", "lofi", "placeholder"], [85, 9, 6])
    if k in ("dj", "art", "chess", "tabletop", "dev"):
        return wchoice(r, [k, "placeholder"], [95, 5])
    if k == "sports":
        return wchoice(r, ["sports_talk", "placeholder", "podcast"], [82, 8, 10])
    if k == "events":
        return wchoice(r, ["charity", "event_react", "jc"], [45, 35, 20])
    if k == "sportsgame":
        return wchoice(r, ["svg", "placeholder"], [94, 6]) if c["tier"] != "tail" else wchoice(r, ["svg", "retro"], [50, 50])
    if k == "casino":
        return "casino"
    if k == "gta":
        return wchoice(r, ["gta", "game", "machinima", "placeholder"], [70, 20, 3, 7])
    if k == "retro" and c["tier"] == "tail":
        opts = [("retro", 70), ("speedrun", 8), ("fullplay", 6), ("placeholder", 6)]
        if "V" in f:
            opts.append(("media_game", 70))
        if "K" in f:
            opts.append(("machinima", 60))
        if "F" in f:
            opts.append(("fullplay", 30))
        return wchoice(r, [o[0] for o in opts], [o[1] for o in opts])
    if k == "retro":
        return wchoice(r, ["retro", "speedrun", "game"], [50, 30, 20])
    if k == "horror":
        opts = [("game", 55), ("horror_night", 22), ("placeholder", 5), ("fullplay", 4 if (c["name"] in STORY or c["tier"] == "tail") else 0)]
        if "V" in f:
            opts.append(("media_game", 30))
        if "K" in f:
            opts.append(("machinima", 30))
        if c["tier"] == "tail":
            opts.append(("retro", 40))
        return wchoice(r, [o[0] for o in opts], [o[1] for o in opts])
    opts = [("game", 62), ("placeholder", 4), ("fullplay", 4 if c["name"] in STORY else 0), ("subathon", 0.7), ("charity", 0.4)]
    if c["name"] in RANKS:
        opts.append(("ranked", 22))
    if "S" in f:
        opts.append(("speedrun", 8))
    if "V" in f:
        opts.append(("media_game", 45))
    if "K" in f:
        opts.append(("machinima", 3))
    return wchoice(r, [o[0] for o in opts], [o[1] for o in opts])


STORY = {"Elden Ring", "Baldur's Gate 3", "Hollow Knight: Silksong", "Ghost of Yōtei", "Pokémon Legends: Z-A", "Hades II", "Clair Obscur: Expedition 33",
         "Split Fiction", "Assassin's Creed Shadows", "Death Stranding 2: On the Beach", "Mafia: The Old Country", "Silent Hill f", "Resident Evil Requiem",
         "007 First Light", "Dying Light: The Beast", "Hogwarts Legacy", "Marvel's Spider-Man 2", "The Last of Us Part II", "The Last of Us Part I", "Fallout 4",
         "The Witcher 3: Wild Hunt", "Cyberpunk 2077", "Red Dead Redemption 2", "Kingdom Come: Deliverance II", "Hollow Knight", "Celeste", "Sekiro: Shadows Die Twice",
         "Dark Souls III", "Portal 2", "Donkey Kong Bananza", "Until Dawn", "Borderlands 4", "Diablo IV", "Monster Hunter Wilds", "Stardew Valley",
         "Five Nights at Freddy's: Secret of the Mimic", "Poppy Playtime", "Fears to Fathom", "Dead Island 2", "Super Mario 64", "Pokémon Emerald",
         "The Legend of Zelda: Ocarina of Time", "Super Mario World", "Jujutsu Kaisen Cursed Clash", "One Piece Odyssey", "Dragon Ball: Sparking! ZERO"}
NONGAME = {"jc", "irl", "podcast", "music", "dj", "art", "chess", "sports", "events", "dev", "tabletop"}


def ord_title(r, lang, cat, persona, st):
    tk = persona
    if persona == "game" and cat and cat["kind"] == "casino":
        tk = "casino"
    if persona == "svg" and sport_kind(cat) != "football":
        tk = "svg_other"
    tpls, tl = bank(TPL, tk, lang, r)
    if cat is None or cat["kind"] in NONGAME:
        tpls = [t for t in tpls if "{g}" not in t and "{G}" not in t] or [t.replace("{g}", "{g2}") for t in tpls]
    t = fill(r.choice(tpls), Ctx(r, tl, cat, st))
    if st.get("branded") and r.random() < 0.5:
        t += r.choice([" #ad", " #sponsored", " | !sponsor", " (sponsored)", " #werbung" if lang == "de" else " #ad"])
    return t


# ---------------------------------------------------------------------------
# Population
# ---------------------------------------------------------------------------
def lang_pick(r, weights=None):
    codes = [l[0] for l in LANGS]
    w = [l[1] for l in LANGS] if weights is None else [weights.get(c, 0.0) for c in codes]
    return wchoice(r, codes, w)


def audience(r):
    u = r.random()
    if u < 0.0008:
        return math.exp(r.uniform(9.2, 10.8))
    if u < 0.50:
        return math.exp(r.gauss(0.1, 0.9))
    if u < 0.80:
        return math.exp(r.gauss(1.7, 0.7))
    if u < 0.95:
        return math.exp(r.gauss(3.2, 0.8))
    if u < 0.993:
        return math.exp(r.gauss(5.1, 0.8))
    return math.exp(r.gauss(7.5, 0.9))


HEADMID = [c for c in CATS if c["tier"] in ("head", "mid")]
TAILC = [c for c in CATS if c["tier"] == "tail"]
TAIL_LIVE = [c for c in TAILC if c["w"] > 0]


def pick_cat(r, lang, A):
    if A < 5 and r.random() < 0.085:
        return wchoice(r, TAIL_LIVE, [c["w"] for c in TAIL_LIVE])
    ws = []
    for c in HEADMID:
        boost = (1.0 + 0.7 * math.log10(1.0 + A)) if c["tier"] == "head" else 1.0
        ws.append(c["w"] * c["aff"].get(lang, 1.0) * boost)
    return wchoice(r, HEADMID, ws)


def created_at(r, kind, A=1.0):
    end = datetime(2026, 9, 1)
    if kind == "throwaway":
        return START - timedelta(days=r.uniform(0.2, 40), seconds=r.randint(0, 86399))
    if kind == "young":
        return START - timedelta(days=r.uniform(40, 700))
    if kind == "official":
        return datetime(r.randint(2011, 2016), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    years = list(range(2011, 2027))
    w = [2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 9, 9, 8, 8, 8, 8, 6]
    if A < 3:
        w = [x * (1 + i * 0.25) for i, x in enumerate(w)]
    y = wchoice(r, years, w)
    d = datetime(y, 1, 1) + timedelta(days=r.uniform(0, 365), seconds=r.randint(0, 86399))
    return min(d, end - timedelta(days=r.uniform(1, 60)))


def btype_for(r, A):
    if A >= 800:
        return wchoice(r, ["partner", "affiliate"], [75, 25])
    if A >= 60:
        return wchoice(r, ["partner", "affiliate", ""], [12, 85, 3])
    if A >= 8:
        return wchoice(r, ["affiliate", ""], [70, 30])
    if A >= 2:
        return wchoice(r, ["affiliate", ""], [35, 65])
    return wchoice(r, ["affiliate", ""], [10, 90])


def tags_for(r, lang, cat, pirate=False):
    if pirate:
        if r.random() < 0.45:
            return []
        t = r.sample(PIRATE_TAGS, r.randint(1, 4))
        return ([LANG_TAG[lang]] + t) if r.random() < 0.6 else t
    if r.random() < 0.22:
        return []
    out = [LANG_TAG[lang]] if r.random() < 0.8 else []
    pool = TAGS_BY_KIND.get(cat["kind"] if cat else "jc", TAGS_BY_KIND["game"])
    out += r.sample(pool, min(len(pool), r.choice([0, 1, 1, 2, 2, 3, 4])))
    return out


def ccl_for(r, cat):
    out = []
    if cat and "M" in cat["flags"] and r.random() < 0.8:
        out.append("MatureGame")
    if cat and cat["kind"] == "casino":
        out.append("Gambling")
    if cat and cat["name"] == "Politics" and r.random() < 0.7:
        out.append("DebatedSocialIssuesAndPolitics")
    if cat and cat["name"] == "Pools, Hot Tubs, and Beaches" and r.random() < 0.3:
        out.append("SexualThemes")
    if r.random() < 0.09:
        out.append("ProfanityVulgarity")
    if r.random() < 0.008:
        out.append("DrugsIntoxication")
    return out


def new_streamer(r, used, lang, A, cat, persona, ctype="normal", pirate=False):
    login = pirate_login(r, used) if pirate else gen_login(r, lang, used)
    s = dict(login=login, name=display_name(r, login, lang) if not pirate else (login if r.random() < 0.7 else login.upper()),
             lang=lang, A=A, cat=cat, persona=persona, plan=[None] * N_HOURS, group=ctype)
    s["created"] = created_at(r, "throwaway" if ctype == "throwaway" else ("young" if ctype == "young" else ("official" if ctype == "official" else "normal")), A)
    s["btype"] = "" if ctype == "throwaway" else ("partner" if ctype == "official" else btype_for(r, A))
    s["tags"] = tags_for(r, lang, cat, pirate)
    s["ccl"] = [] if pirate else ccl_for(r, cat)
    s["st"] = dict(day=r.randint(1, 420), ep=r.randint(1, 260), season=r.randint(1, 9), branded=(not pirate and r.random() < 0.02), lang=lang)
    s["st"]["g0"] = cat_short(cat, r) if cat else "chatting"
    return s


def entry(cat, beh, tk, viol=False, vtype="none", eva=False, mult=1.0, brk=False, v=None):
    return dict(cat=cat, beh=beh, tk=tk, viol=viol, vtype=vtype, eva=eva, mult=mult, brk=brk, v=v)


def build_population():
    r = rng_for("population")
    used = set()
    out = []
    act = ACTIVITY
    # friend names for @mentions
    fr = rng_for("friends")
    for _ in range(400):
        FRIEND_POOL.append(gen_login(fr, lang_pick(fr), set()))

    # ---- ordinary streamers (Markov presence) ----
    N_ORD = 14700
    for i in range(N_ORD):
        lang = lang_pick(r)
        A = audience(r)
        c = None if r.random() < 0.012 else pick_cat(r, lang, A)
        persona = persona_for(r, c)
        s = new_streamer(r, used, lang, A, c, persona)
        fam = LANG_FAMILY[lang]
        regular = r.random() < (0.62 if A < 50 else 0.85)
        stay, on = (0.90, 0.30) if regular else (0.70, 0.10)
        if A > 500:
            stay = 0.95
        if persona in ("lofi",):
            stay, on = 0.995, 0.5
        cat2 = None
        if c and c["kind"] in ("game", "horror", "retro") and c["tier"] != "tail" and r.random() < 0.10:
            cat2 = pick_cat(r, lang, A)
            if cat2["kind"] not in ("game", "horror") or cat2 is c:
                cat2 = None
        online = r.random() < on * act[fam][0] / (on * act[fam][0] + 1 - stay)
        in2 = False
        for h in range(N_HOURS):
            a = act[fam][h]
            if h > 0:
                online = (r.random() < stay * (0.92 + 0.08 * a)) if online else (r.random() < on * a)
                if not online:
                    in2 = False
            if not online:
                continue
            if cat2 and (h == 0 or s["plan"][h - 1] is None):
                in2 = r.random() < 0.3
            elif cat2 and r.random() < 0.05:
                in2 = not in2
            cc = cat2 if in2 else c
            p = persona if not in2 else "game"
            s["plan"][h] = entry(cc, "uncategorised" if cc is None else BEHAVIOUR_OF[p], p, mult=a)
        out.append(s)

    specials = build_specials(r, used)
    return out + specials


def pick_from(r, names):
    return CAT_BY_NAME[r.choice(names)]


POPULAR_FOR_HOP = ["Just Chatting", "Just Chatting", "Just Chatting", "Grand Theft Auto V", "Fortnite", "League of Legends", "VALORANT", "Counter-Strike",
                   "Minecraft", "EA Sports FC 26", "Call of Duty: Warzone", "Apex Legends", "Dota 2", "Rust", "IRL", "Marvel Rivals", "ARC Raiders"]
EVASIVE_FROM = ["Just Chatting", "Just Chatting", "Just Chatting", "Grand Theft Auto V", "Fortnite", "League of Legends", "VALORANT",
                "Counter-Strike", "Minecraft", "IRL", "Call of Duty: Warzone", "EA Sports FC 26"]
HEAD_GAMES = ["Fortnite", "Minecraft", "Grand Theft Auto V", "League of Legends", "Counter-Strike", "VALORANT", "Roblox", "Call of Duty: Warzone", "ARC Raiders", "Apex Legends"]
MID_NONGAME = ["Special Events", "Sports", "Music", "Art", "Talk Shows & Podcasts", "Retro", "Games + Demos", "Travel & Outdoors", "Food & Drink"]
MID_GAMES = [c["name"] for c in CATS if c["tier"] == "mid" and c["kind"] in ("game", "horror")]
PIRATE_LANGS = {"es": 18, "pt": 14, "en": 16, "ar": 7, "ru": 6, "tr": 6, "pl": 5, "fr": 5, "it": 4, "de": 4, "ja": 2, "ko": 2, "zh": 2, "th": 2,
                "vi": 2, "id": 2, "hi": 2, "uk": 1.5, "cs": 1, "nl": 0.6, "sv": 0.4, "hu": 0.5, "ro": 0.5, "el": 0.4}


def lognorm(r, median, sigma, cap):
    return min(cap, median * math.exp(r.gauss(0, sigma)))


class Reserve:
    """(hour, category) slots claimed by a hopper/pirate so evasive hoppers keep their category alone."""

    def __init__(self):
        self.taken = set()
        self.evasive = set()

    def free(self, h, c):
        return (h, c["id"]) not in self.taken

    def take(self, h, c, evasive=False):
        self.taken.add((h, c["id"]))
        if evasive:
            self.evasive.add((h, c["id"]))


def tail_pick(r, res, hours, empty_only=False, exclude=()):
    pool = [c for c in TAILC if (c["w"] == 0 or not empty_only) and c["name"] not in exclude]
    for _ in range(500):
        c = r.choice(pool)
        if all(res.free(h, c) for h in hours):
            return c
    raise RuntimeError("no free tail category")


def pirate_cat(r, lang, mix, work_en=None, match=None):
    names = [m[0] for m in mix]
    kind = wchoice(r, names, [m[1] for m in mix])
    if kind == "match" and match:
        return CAT_BY_NAME.get(match)
    if kind == "jc":
        return CAT_BY_NAME["Just Chatting"]
    if kind == "none":
        return None
    if kind == "head":
        return pick_from(r, HEAD_GAMES)
    if kind == "midng":
        return pick_from(r, MID_NONGAME)
    if kind == "midg":
        return pick_from(r, MID_GAMES)
    if kind == "tail":
        return "TAIL"
    if kind == "svg":
        return "SVG"
    return CAT_BY_NAME[kind]


def hours_block(r, start_lo=0, start_hi=N_HOURS - 1, lmin=1, lmax=4):
    s = r.randint(start_lo, start_hi)
    L = r.randint(lmin, lmax)
    return list(range(s, min(N_HOURS, s + L)))


def build_specials(r, used):
    res = Reserve()
    out = []

    # ---- category hijack clusters (Artifact-style): several pirates in one dead category ----
    for cname, lo, hi, k in (("Artifact", 3, 6, 6), ("Concord", 5, 7, 4)):
        c = CAT_BY_NAME[cname]
        for h in range(lo, hi + 1):
            res.take(h, c)
        for _ in range(k):
            lang = lang_pick(r, PIRATE_LANGS)
            s = new_streamer(r, used, lang, lognorm(r, 40, 1.0, 900), c, "pirate", "throwaway", pirate=True)
            a = r.randint(lo, hi - 1)
            b = min(hi, a + r.randint(1, 3))
            kind = wchoice(r, ["film", "episode", "film_bare", "show247"], [45, 30, 15, 10])
            s["st"]["bad"] = kind
            for h in range(a, b + 1):
                s["plan"][h] = entry(c, "category_hijack", "bad:" + kind, True, VTYPE_OF[kind], mult=r.uniform(0.8, 1.2))
            out.append(s)

    # ---- evasive hoppers ----
    eva_langs = {"en": 30, "es": 14, "pt": 12, "de": 6, "fr": 6, "ru": 6, "tr": 5, "pl": 4, "it": 4, "ar": 4, "ja": 3, "ko": 2, "zh": 2, "th": 1, "uk": 1}
    for i in range(30):
        lang = lang_pick(r, eva_langs)
        A = math.exp(r.uniform(math.log(600), math.log(18000)))
        c = pick_from(r, EVASIVE_FROM)
        persona = persona_for(r, c)
        if persona == "placeholder":
            persona = "jc" if c["kind"] == "jc" else "game"
        s = new_streamer(r, used, lang, A, c, persona, "young" if r.random() < 0.4 else "normal")
        s["btype"] = wchoice(r, ["partner", "affiliate", ""], [45, 50, 5])
        s["noramp"] = True
        hop = wchoice(r, [2, 3, 4, 5, 6, 7], [2, 3, 3, 3, 2, 1.2])
        first = 0 if (hop < 4 or r.random() < 0.8) else 1
        L = r.randint(1, min(4, N_HOURS - hop))
        hop_hours = list(range(hop, hop + L))
        back = hop + L < N_HOURS and r.random() < 0.6
        tgt = tail_pick(r, res, hop_hours, empty_only=r.random() < 0.75, exclude=("Artifact", "Concord"))
        tgt2 = None
        if L >= 2 and r.random() < 0.2:
            tgt2 = tail_pick(r, res, hop_hours[1:], empty_only=True, exclude=("Artifact", "Concord", tgt["name"]))
        vtype = wchoice(r, ["film_tv", "live_sports", "ppv", "music"], [50, 30, 12, 8])
        s["st"]["eva_title"] = None
        brk = r.random() < 0.25
        for h in range(first, hop):
            s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.93, 1.07))
        for j, h in enumerate(hop_hours):
            cc = tgt2 if (tgt2 and j >= 1) else tgt
            res.take(h, cc, evasive=True)
            s["plan"][h] = entry(cc, "evasive_hop", "evasive", True, vtype, eva=True, mult=r.uniform(0.86, 1.08), brk=(brk and j == 0))
        if back:
            end = r.randint(hop + L + 1, N_HOURS)
            for h in range(hop + L, end):
                s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.9, 1.05))
        out.append(s)

    # ---- infringers who hop into a dead category ----
    for i in range(26):
        lang = lang_pick(r, PIRATE_LANGS)
        A = math.exp(r.uniform(math.log(40), math.log(3000)))
        c = pick_from(r, POPULAR_FOR_HOP + ["Sports", "Music", "Roblox", "Grand Theft Auto V"])
        persona = persona_for(r, c)
        if persona == "placeholder":
            persona = "jc" if c["kind"] == "jc" else "game"
        s = new_streamer(r, used, lang, A, c, persona, "young" if r.random() < 0.5 else "normal")
        hop = wchoice(r, [2, 3, 4, 5, 6, 7], [2, 3, 3, 3, 2, 1])
        first = r.randint(0, hop - 2)
        L = r.randint(1, min(3, N_HOURS - hop))
        hop_hours = list(range(hop, hop + L))
        tgt = tail_pick(r, res, hop_hours, exclude=("Artifact", "Concord"))
        for h in hop_hours:
            res.take(h, tgt)
        kind = wchoice(r, ["film", "episode", "match", "ppv", "concert", "film_bare"], [30, 22, 20, 10, 8, 10])
        brk = r.random() < 0.3
        for h in range(first, hop):
            s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.9, 1.1))
        for j, h in enumerate(hop_hours):
            s["plan"][h] = entry(tgt, "infringer_hop", "bad:" + kind, True, VTYPE_OF[kind], mult=r.uniform(0.3, 1.0), brk=(brk and j == 0))
        if hop + L < N_HOURS and r.random() < 0.4:
            for h in range(hop + L, min(N_HOURS, hop + L + r.randint(1, 3))):
                s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.8, 1.05))
        out.append(s)

    # ---- legitimate hops (hard negatives): title talks about the new game, audience thins ----
    for i in range(60):
        lang = lang_pick(r)
        A = math.exp(r.uniform(math.log(15), math.log(8000)))
        c = pick_from(r, POPULAR_FOR_HOP + MID_GAMES[:30])
        persona = persona_for(r, c)
        if persona == "placeholder":
            persona = "game" if c["kind"] != "jc" else "jc"
        s = new_streamer(r, used, lang, A, c, persona)
        hop = r.randint(1, N_HOURS - 1)
        first = r.randint(0, hop - 1)
        L = r.randint(1, min(4, N_HOURS - hop))
        hop_hours = list(range(hop, hop + L))
        if r.random() < 0.5:
            tgt = tail_pick(r, res, hop_hours, exclude=("Artifact", "Concord"))
            for h in hop_hours:
                res.take(h, tgt)
        else:
            tgt = pick_from(r, MID_GAMES)
        for h in range(first, hop):
            s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.9, 1.1))
        keep = r.uniform(0.2, 0.7)
        for h in hop_hours:
            s["plan"][h] = entry(tgt, "legit_hop", "legit_hop", mult=keep * r.uniform(0.9, 1.1))
        if hop + L < N_HOURS and r.random() < 0.5:
            for h in range(hop + L, min(N_HOURS, hop + L + r.randint(1, 3))):
                s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona, mult=r.uniform(0.85, 1.05))
        out.append(s)

    # ---- viewbot-like spikes (not piracy) ----
    for i in range(25):
        lang = lang_pick(r)
        A = r.uniform(1, 12)
        c = pick_from(r, HEAD_GAMES + ["Just Chatting"] * 3 + MID_GAMES[:20])
        persona = persona_for(r, c)
        s = new_streamer(r, used, lang, A, c, persona, "young" if r.random() < 0.5 else "normal")
        hrs = hours_block(r, 0, 3, 4, 8)
        spike = r.randint(max(1, hrs[0]), hrs[-1])
        sp_len = r.choice([1, 1, 2])
        spv = r.uniform(500, 9000)
        for h in hrs:
            if spike <= h < spike + sp_len:
                s["plan"][h] = entry(c, "viewbot_spike", persona, v=int(spv * r.uniform(0.85, 1.15)))
            else:
                s["plan"][h] = entry(c, BEHAVIOUR_OF[persona], persona)
        out.append(s)

    # ---- official esports channels and co-stream watch parties ----
    for login, name, cname, lang in OFFICIAL_ESPORTS_CHANNELS:
        c = CAT_BY_NAME[cname]
        big = login in ("riotgames", "lck", "valorant", "eslcs", "lck_korea", "lec", "fortnite")
        A = math.exp(r.uniform(math.log(4000), math.log(60000))) if big else math.exp(r.uniform(math.log(300), math.log(12000)))
        s = new_streamer(r, used, lang, A, c, "esports_official", "official")
        s["login"], s["name"] = login, name
        used.add(login)
        evs = ESPORTS.get(cname, ESPORTS["League of Legends"])[0]
        s["st"]["esp_event"] = r.choice(evs)
        for h in hours_block(r, 0, 4, 4, 8):
            s["plan"][h] = entry(c, "esports_official_rebroadcast", "esports_official")
        out.append(s)
    esp_cats = list(ESPORTS.keys())
    for i in range(40):
        lang = lang_pick(r, {"en": 30, "es": 12, "pt": 12, "fr": 8, "de": 6, "ko": 6, "ja": 5, "tr": 5, "ru": 5, "pl": 4})
        c = CAT_BY_NAME[r.choice(esp_cats)]
        A = math.exp(r.uniform(math.log(80), math.log(15000)))
        s = new_streamer(r, used, lang, A, c, "watch_party")
        for h in hours_block(r, 0, 5, 2, 6):
            s["plan"][h] = entry(c, "esports_watch_party", "watch_party")
        out.append(s)

    # ---- official sports rights holders ----
    for login, name, lang, lg in OFFICIAL_SPORTS_CHANNELS:
        A = math.exp(r.uniform(math.log(15000), math.log(50000))) if login == "kingsleague" else math.exp(r.uniform(math.log(800), math.log(8000)))
        c = CAT_BY_NAME["Sports"]
        s = new_streamer(r, used, lang, A, c, "official_sports", "official")
        s["login"], s["name"] = login, name
        used.add(login)
        s["st"]["lg"] = lg
        for h in hours_block(r, 3, 5, 3, 5):
            s["plan"][h] = entry(c, "official_sports_rights_holder", "official_sports")
        out.append(s)

    # ---- persistent legitimate 24/7-ish channels: lofi radios, charity marathons, subathons ----
    for kind, k, cats in (("lofi", 18, ["Music"]), ("charity", 8, ["Special Events", "Minecraft", "Just Chatting", "Fortnite", "Retro"]),
                          ("subathon", 10, ["Just Chatting", "Just Chatting", "Grand Theft Auto V", "Minecraft", "League of Legends"])):
        for i in range(k):
            lang = lang_pick(r, {"en": 50, "ja": 8, "ko": 5, "es": 8, "pt": 8, "de": 6, "fr": 5, "ru": 4, "pl": 3, "tr": 3})
            c = CAT_BY_NAME[r.choice(cats)]
            A = math.exp(r.uniform(math.log(20), math.log(4000)))
            s = new_streamer(r, used, lang, A, c, kind)
            s["long"] = True
            for h in range(N_HOURS):
                s["plan"][h] = entry(c, BEHAVIOUR_OF[kind], kind, mult=r.uniform(0.9, 1.1))
            out.append(s)

    # ---- 24/7 pirate TV channels, shows/anime and hit radios ----
    for kind, k, beh in (("channel", 14, "tv_channel_247"), ("show247", 24, "show_247"), ("radio", 6, "hits_radio_247")):
        for i in range(k):
            lang = lang_pick(r, PIRATE_LANGS)
            if kind == "channel":
                if lang not in TV_CHANNELS:
                    lang = r.choice(["es", "pt", "ar", "tr", "en"])
                ch, chk = r.choice(TV_CHANNELS[lang])
            if kind == "radio" and lang not in HITS_RADIO:
                lang = r.choice(["en", "es", "pt", "ko", "tr"])
            A = lognorm(r, 90 if kind != "radio" else 40, 1.0, 1800)
            s = new_streamer(r, used, lang, A, None, "pirate", "young" if r.random() < 0.6 else "throwaway", pirate=True)
            s["btype"] = wchoice(r, ["", "affiliate"], [70, 30])
            s["long"] = True
            st = s["st"]
            if kind == "channel":
                st["ch"] = ch
                vtype = "live_sports" if chk == "sport" else "film_tv"
                c = pirate_cat(r, lang, [("jc", 45), ("Sports", 25 if chk == "sport" else 3), ("none", 15), ("head", 10), ("tail", 5)])
            elif kind == "show247":
                st["show"] = loc_show(r, lang)
                st["s"], st["e"] = r.randint(1, 10), r.randint(1, 20)
                vtype = "film_tv"
                match = SHOW_CAT_MATCH.get(st["show"][1])
                c = pirate_cat(r, lang, [("jc", 35), ("match", 15 if match else 0), ("head", 18), ("midg", 7), ("tail", 15), ("none", 10)], match=match)
            else:
                vtype = "music"
                c = pirate_cat(r, lang, [("Music", 60), ("jc", 40)])
            hrs = list(range(N_HOURS)) if r.random() < 0.7 else list(range(r.randint(0, 3), N_HOURS))
            if c == "TAIL":
                c = tail_pick(r, res, hrs, exclude=("Artifact", "Concord"))
                for h in hrs:
                    res.take(h, c)
            s["cat"] = c
            for h in hrs:
                brk = h > hrs[0] and r.random() < 0.06
                s["plan"][h] = entry(c, beh, "bad:" + kind, True, vtype, mult=r.uniform(0.8, 1.2), brk=brk)
            out.append(s)

    # ---- session pirates in popular categories ----
    mixes = {
        "infringer_popular": [("jc", 42), ("none", 8), ("head", 22), ("midng", 12), ("midg", 8), ("tail", 8)],
        "sports_pirate": [("Sports", 35), ("jc", 30), ("svg", 12), ("none", 10), ("head", 8), ("tail", 5)],
        "ppv_pirate": [("jc", 35), ("Sports", 25), ("svg", 20), ("none", 10), ("tail", 10)],
        "concert_rebroadcast": [("Music", 45), ("jc", 30), ("DJs", 5), ("none", 10), ("tail", 10)],
        "infringer_obfuscated": [("jc", 42), ("none", 8), ("head", 22), ("midng", 12), ("midg", 8), ("tail", 8)],
    }
    for beh, k, median in (("infringer_popular", 110, 45), ("sports_pirate", 80, 80), ("ppv_pirate", 32, 120), ("concert_rebroadcast", 24, 40),
                           ("infringer_obfuscated", 70, 50)):
        for i in range(k):
            lang = lang_pick(r, PIRATE_LANGS)
            A = lognorm(r, median, 1.25, 12000 if beh == "sports_pirate" else 6000)
            s = new_streamer(r, used, lang, A, None, "pirate", "throwaway" if r.random() < 0.7 else "young", pirate=True)
            st = s["st"]
            if beh == "infringer_popular":
                kind = wchoice(r, ["film", "film_bare", "episode"], [40, 25, 35])
            elif beh == "sports_pirate":
                kind = wchoice(r, ["match", "other_sport"], [70, 30])
            elif beh == "ppv_pirate":
                kind = "ppv"
            elif beh == "concert_rebroadcast":
                kind = "concert"
            else:
                kind = "obf"
                st["obf_kind"] = wchoice(r, ["film", "episode", "match", "ppv", "concert"], [40, 22, 20, 10, 8])
            hrs = hours_block(r, 0, N_HOURS - 1, 1, 4 if beh in ("infringer_popular", "infringer_obfuscated") else 3)
            match = None
            if kind in ("film", "film_bare"):
                st["film"] = loc_film(r, lang)
                match = FILM_CAT_MATCH.get(st["film"][2])
            mix = list(mixes[beh])
            if match:
                mix.append(("match", 12))
            c = pirate_cat(r, lang, mix, match=match)
            if c == "TAIL":
                c = tail_pick(r, res, hrs, exclude=("Artifact", "Concord"))
                for h in hrs:
                    res.take(h, c)
            if c == "SVG":  # sports video game categories as cover
                if kind == "ppv":
                    st["ppv"] = ppv_event(r, lang)
                    c = CAT_BY_NAME["WWE 2K25" if ("WWE" in st["ppv"][0] or "AEW" in st["ppv"][0]) else "UFC 5"]
                elif kind == "match":
                    c = CAT_BY_NAME[r.choice(["EA Sports FC 26", "EA Sports FC 26", "EA Sports FC 25", "eFootball"])]
                else:
                    c = CAT_BY_NAME[r.choice(["NBA 2K26", "MLB The Show 26", "Top Spin 2K25", "F1 25"])]
            s["cat"] = c
            vt = VTYPE_OF[st["obf_kind"]] if kind == "obf" else VTYPE_OF[kind]
            gap = len(hrs) >= 3 and r.random() < 0.15
            for j, h in enumerate(hrs):
                if gap and j == 1:
                    continue
                s["plan"][h] = entry(c, beh, "bad:" + kind if kind != "obf" else "obf", True, vt or "film_tv",
                                     mult=(1.0 + 0.15 * j) * r.uniform(0.8, 1.2) if kind in ("match", "other_sport", "ppv") else r.uniform(0.8, 1.2))
            out.append(s)

    # ---- throwaway accounts with 'Untitled' titles and huge sports/PPV audiences ----
    for i in range(4):
        lang = lang_pick(r, {"en": 50, "es": 25, "pt": 15, "ar": 10})
        A = r.uniform(4000, 25000)
        c = CAT_BY_NAME[r.choice(["Just Chatting", "Just Chatting", "Sports"])]
        s = new_streamer(r, used, lang, A, c, "pirate", "throwaway", pirate=True)
        s["tags"] = []
        vt = r.choice(["live_sports", "ppv"])
        for j, h in enumerate(hours_block(r, 1, N_HOURS - 1, 1, 3)):
            s["plan"][h] = entry(c, "throwaway_untitled", "untitled", True, vt, mult=(1 + 0.3 * j) * r.uniform(0.85, 1.15))
        out.append(s)

    return out

# ---------------------------------------------------------------------------
# Rendering: sessions, titles, viewer counts, ids
# ---------------------------------------------------------------------------
UNTITLED = ["Untitled", "untitled", "Untitled Broadcast", "stream", ".", "live", "Untitled Stream"]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def hour_dt(h):
    return START + timedelta(hours=h)


def session_start(r, s, h0, brk):
    if h0 == 0 and not brk:
        if s.get("long"):
            return START - timedelta(minutes=r.uniform(60, 47 * 60))
        if s["group"] == "official":
            return START - timedelta(minutes=r.uniform(10, 180))
        return START - timedelta(minutes=min(600, r.expovariate(1 / 110.0) + 3))
    return hour_dt(h0) + timedelta(minutes=r.uniform(-52, 48))


def make_title(r, s, e, fresh):
    st, lang, cat = s["st"], s["lang"], e["cat"]
    tk = e["tk"]
    if tk == "evasive":
        pool = EVASIVE_TITLES.get(lang, []) if r.random() < 0.4 else EVASIVE_TITLES["any"]
        return r.choice(pool or EVASIVE_TITLES["any"])
    if tk == "untitled":
        return r.choice(UNTITLED)
    if tk == "obf":
        if fresh and r.random() < 0.4:
            for k in ("film", "show", "match", "ppv", "act"):
                st.pop(k, None)
        return obf_title(r, lang, st)[0]
    if tk.startswith("bad:"):
        kind = tk[4:]
        if fresh and kind in ("film", "film_bare", "episode", "concert") and r.random() < 0.35:
            for k in ("film", "show", "act"):
                st.pop(k, None)
        if fresh and kind in ("match",):
            st.pop("match", None)
        return bad_title(r, lang, kind, st)
    if tk == "legit_hop":
        st["g0"] = cat_short(s["cat"], r) if s["cat"] else "chatting"
        tpls, tl = bank(TPL, "legit_hop", lang, r)
        return fill(r.choice(tpls), Ctx(r, tl, cat, st))
    return ord_title(r, lang, cat, tk, st)


def render(streamers):
    r = rng_for("render")
    sessions = []
    for s in streamers:
        cur = None
        for h in range(N_HOURS):
            e = s["plan"][h]
            if e is None:
                cur = None
                continue
            if cur is None or e["brk"]:
                cur = dict(s=s, hours=[h], brk=bool(cur is not None))
                sessions.append(cur)
            else:
                cur["hours"].append(h)
    for ss in sessions:
        ss["start"] = session_start(r, ss["s"], ss["hours"][0], ss["brk"])
        s = ss["s"]
        if s["created"] > ss["start"] - timedelta(minutes=20):
            s["created"] = ss["start"] - timedelta(minutes=r.uniform(20, 60 * 72))
    # user ids: older accounts get lower ids, like Twitch
    order = sorted(range(len(streamers)), key=lambda i: (streamers[i]["created"], streamers[i]["login"]))
    ids = sorted(rng_for("uids").sample(range(USER_ID_LO, USER_ID_HI + 1), len(streamers)))
    for i, sid in zip(order, ids):
        streamers[i]["uid"] = str(sid)
    sessions.sort(key=lambda x: (x["start"], x["s"]["uid"]))
    sid = 318_204_117_000
    for ss in sessions:
        sid += r.randint(40, 5200)
        ss["id"] = str(sid)

    rows = []
    first_session = set()
    for ss in sessions:
        s = ss["s"]
        st = s["st"]
        if s["uid"] in first_session:
            st["day"] += 1
            st["ep"] += 1
        first_session.add(s["uid"])
        title, key = None, None
        for j, h in enumerate(ss["hours"]):
            e = s["plan"][h]
            k = (e["cat"]["id"] if e["cat"] else "", e["beh"], e["tk"])
            pirate = e["viol"]
            if k != key or r.random() < (0.28 if pirate else 0.06):
                title = make_title(r, s, e, fresh=(key is not None))
                key = k
            # viewers
            if e["v"] is not None:
                v = e["v"]
            else:
                lam = s["A"] * e["mult"]
                if j == 0 and not s.get("noramp") and ss["start"] > hour_dt(h) - timedelta(minutes=15):
                    lam *= r.uniform(0.45, 0.8)
                v = poisson(r, lam) if lam < 30 else int(round(lam * math.exp(max(-0.1, min(0.1, r.gauss(0, 0.045))))))
            cat = e["cat"]
            rows.append(dict(
                snapshot_hour=iso(hour_dt(h)), stream_id=ss["id"], user_id=s["uid"], user_login=s["login"], user_name=s["name"],
                game_id=cat["id"] if cat else "", game_name=cat["name"] if cat else "", title=title, tags=list(s["tags"]), language=s["lang"],
                viewer_count=max(0, int(v)), started_at=iso(ss["start"]), broadcaster_type=s["btype"], account_created_at=iso(s["created"]),
                content_classification_labels=list(s["ccl"]), is_branded_content=bool(st.get("branded")) and not pirate,
                is_violation=bool(e["viol"]), violation_type=e["vtype"] if e["viol"] else "none", is_evasive_hop=bool(e["eva"]), behaviour=e["beh"]))
    rows.sort(key=lambda x: (x["snapshot_hour"], -x["viewer_count"], x["user_id"]))
    return rows


def main():
    streamers = build_population()
    rows = render(streamers)
    with open(OUT_PATH, "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            for row in rows:
                gz.write((json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
    per_hour = {}
    per_beh = {}
    pos = 0
    for x in rows:
        per_hour[x["snapshot_hour"]] = per_hour.get(x["snapshot_hour"], 0) + 1
        per_beh[x["behaviour"]] = per_beh.get(x["behaviour"], 0) + 1
        pos += x["is_violation"]
    print("wrote %s: %d rows, %d positives (%.2f%%)" % (OUT_PATH, len(rows), pos, 100.0 * pos / len(rows)))
    for k in sorted(per_hour):
        print("  ", k, per_hour[k])
    for k in sorted(per_beh, key=lambda b: -per_beh[b]):
        print("  %-32s %6d" % (k, per_beh[k]))


if __name__ == "__main__":
    main()
