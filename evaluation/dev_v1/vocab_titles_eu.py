"""German, French, Italian, Dutch and small European language templates (ordinary streams)."""

DE = {
    "game": ["{g} mit {f}", "zum ersten Mal {g}!!", "Tag {d} in {g}", "{g} bis zum Umfallen", "gemütlich {g} zocken",
             "{g} blind (keine Spoiler bitte)", "{g} Teil {n}", "{g} auf schwer | {cmds}", "{g} Marathon", "{g} & quatschen",
             "Gewinnspiel ab {n} Subs | {g}", "{g} Hardcore - wenn ich sterbe ist Schluss", "zurück in {g}", "{G} Let's Play #{n}",
             "{g} mit Mods | Tag {d}", "Nachtschicht in {g} 🌙", "{g} mit Zuschauern", "{g} aber der Chat entscheidet", "Feierabend-{g} 🍺"],
    "ranked": ["Road to {rank} | {g}", "{g} Ranked mit {f}", "SoloQ bis {rank} (Tag {d})", "{rank} oder ich deinstalliere",
               "{g} Ranked - schon getiltet", "{g} Competitive | {cmds}"],
    "rp": ["{server} | {char} | Tag {d}", "{char} | {server} S{ss}E{ee}", "GTA RP | {char} | {server}", "{char} ist zurück | {server}"],
    "chat": ["Kaffee & Quatschen ☕", "reagieren auf eure TikToks", "über alles reden", "Fragerunde - fragt mich alles",
             "YouTube-Videos mit dem Chat", "Storytime: das war wild", "Geburtstagsstream 🎂", "Sonntagsstream & Laberrunde",
             "eure Setups bewerten", "Tierlist mit dem Chat"],
    "irl": ["Spaziergang durch {city} | IRL", "IRL in {city} 🚶", "Gym Tag 💪", "Roadtrip Tag {n}", "Streetfood in {city}"],
    "podcast": ["{pod} Podcast #{ep}", "{pod} | Folge {ep} mit {guest}", "Folge {ep} | {pod}", "{pod} - Episode {ep} LIVE"],
    "tabletop": ["{camp} - Folge {ep}", "{camp} | Session {ep}", "Das Schwarze Auge: {camp} #{ep}", "Pen & Paper | {camp} Teil {ep}"],
    "charity": ["24h SPENDENSTREAM für {charity} ❤️ | {amt} gesammelt", "Charity-Marathon | {charity} | !spenden",
                "{hrs}h Spendenmarathon | Stunde {n}"],
    "subathon": ["SUBATHON TAG {n} | Timer läuft", "Subathon Tag {n} 😵"],
    "ingame_movie": ["FILMABEND 🎬 in {g} (Horror)", "wir drehen einen Film in {g}", "Kurzfilm drehen in {g}", "Horror-Filmabend (Indie Games)"],
    "reaction": ["{club} gegen {club2} | Watchalong OHNE Spielbilder", "Reden über {work} (ohne Ausschnitte)",
                 "{work} Review - mit Spoilern", "{league}: Spieltag-Analyse", "Vorbericht {club} - {club2} | Tipps"],
    "sportstalk": ["Fußball-Talk | Transfergerüchte", "Bundesliga-Tippspiel mit dem Chat", "Analyse {n}. Spieltag", "Kicktipp Runde"],
    "fc": ["Karrieremodus mit {team} #{n}", "{g} Ultimate Team | Weekend League", "{team} vs {team2} | {g} online",
           "Pack Opening! {g}", "Pro Clubs mit Zuschauern | {g}", "{player} ist kaputt | {g}"],
    "hop": ["zum ersten Mal {G}", "der Chat hat entschieden: {G}", "zufälliges Steam-Spiel: {G}", "{G} (Nostalgie pur)",
            "Pause von {prev} | {G}"],
    "radio": ["24/7 Lofi Radio 🎧 eigene Musik zum Lernen", "24/7 Chill Beats | GEMA-frei & selbst produziert"],
    "dj": ["Techno Set | {genre}", "Vinyl-Abend - Deep House", "Hardstyle Set 🔊", "DJ Set | {genre} | !wünsche"],
    "music": ["Song schreiben live 🎸", "Gitarre üben - eigene Songs", "Beats bauen live", "Klavier - eigene Stücke"],
    "creative": ["eure OCs zeichnen ✏️", "Spiel programmieren | Devlog {n}", "Kochen live 🍳", "Digital Painting"],
    "chess": ["Schach mit Zuschauern | !challenge", "Blitz bis {elo}", "Eure Partien analysieren"],
    "watchparty": ["{event} WATCHPARTY | {esteam} vs {esteam2}", "Co-Stream {event} 🔴"],
    "costream": ["ICON LEAGUE Spieltag {n} 🔴 LIVE", "Icon League | Spieltag {n}"],
    "uncat": ["gleich gehts los", "Stream-Test", "Test"],
}

FR = {
    "game": ["{g} avec {f}", "première fois sur {g} !!", "jour {d} sur {g}", "{g} tranquille", "{g} en aveugle (pas de spoil svp)",
             "{g} partie {n}", "{g} en difficile | {cmds}", "marathon {g}", "{g} et discussion", "concours à {n} subs | {g}",
             "{g} hardcore - si je meurs le live s'arrête", "retour sur {g}", "{G} let's play FR #{n}", "{g} moddé | jour {d}",
             "nuit blanche sur {g} 🌙", "{g} avec les viewers", "{g} mais c'est le chat qui décide"],
    "ranked": ["road to {rank} | {g}", "{g} classé avec {f}", "soloQ jusqu'à {rank} (jour {d})", "{rank} ou je désinstalle",
               "{g} ranked - déjà tilt"],
    "rp": ["{server} | {char} | jour {d}", "{char} | {server} S{ss}E{ee}", "GTA RP | {char} | {server}", "{char} est de retour | {server}"],
    "chat": ["café & discussion ☕", "on réagit à vos tiktoks", "on parle de tout", "FAQ - posez vos questions",
             "vidéos YouTube avec le chat", "storytime : c'était n'importe quoi", "live anniversaire 🎂", "on note vos setups"],
    "irl": ["balade dans {city} | IRL", "IRL à {city} 🚶", "séance de sport 💪", "road trip jour {n}"],
    "podcast": ["{pod} Podcast #{ep}", "{pod} | Épisode {ep} avec {guest}", "Ép. {ep} | {pod}", "{pod} - émission {ep}"],
    "tabletop": ["{camp} - Épisode {ep}", "{camp} | Session {ep}", "JDR : {camp} #{ep}", "L'Appel de Cthulhu - séance {ep}"],
    "charity": ["MARATHON CARITATIF 24H pour {charity} ❤️ | {amt} récoltés", "live caritatif | {charity} | !don",
                "{hrs}h de live caritatif | heure {n}"],
    "subathon": ["SUBATHON JOUR {n} | le timer monte avec les subs"],
    "ingame_movie": ["SOIRÉE CINÉ 🎬 sur {g} (horreur)", "on tourne un film dans {g}", "court-métrage dans {g}", "soirée films d'horreur (jeux indé)"],
    "reaction": ["{club} - {club2} | watchalong SANS images du match", "on parle de {work} (sans extraits)", "critique de {work} - spoilers",
                 "{league} : débrief de la journée", "avant-match {club} - {club2} | pronos"],
    "sportstalk": ["débat foot | mercato", "débrief {n}e journée de {league}", "talk foot avec le chat"],
    "fc": ["carrière manager avec {team} #{n}", "{g} Ultimate Team | Weekend League", "{team} - {team2} | {g} en ligne",
           "pack opening ! {g}", "clubs pro avec les viewers | {g}"],
    "hop": ["je découvre {G}", "le chat a choisi : {G}", "jeu steam au hasard : {G}", "{G} (nostalgie)", "pause de {prev} | {G}"],
    "radio": ["radio lofi 24/7 🎧 musique originale pour bosser", "24/7 beats chill | compositions perso libres de droits"],
    "dj": ["set techno | {genre}", "soirée vinyles - deep house", "DJ set | {genre}"],
    "music": ["j'écris une chanson en live 🎸", "guitare - compos perso", "je fais des prods en live"],
    "creative": ["je dessine vos OCs ✏️", "dev d'un jeu | devlog {n}", "cuisine en live 🍳"],
    "chess": ["échecs avec les viewers | !defi", "blitz jusqu'à {elo}"],
    "watchparty": ["WATCHPARTY {event} | {esteam} vs {esteam2}", "co-stream {event} 🔴"],
    "costream": ["Ligue 1 : le multiplex officiel | magazine", "Ligue 1 | conférence de presse & résumés officiels"],
    "uncat": ["ça commence", "test du live"],
}

IT = {
    "game": ["{g} con {f}", "prima volta su {g}!!", "giorno {d} su {g}", "{g} tranquillo", "{g} alla cieca (niente spoiler)",
             "{g} parte {n}", "maratona di {g}", "{g} e chiacchiere", "{g} hardcore - se muoio finisce la live", "{G} gameplay ITA #{n}"],
    "ranked": ["road to {rank} | {g}", "{g} ranked con {f}", "{rank} o disinstallo"],
    "chat": ["caffè e chiacchiere ☕", "reagiamo ai vostri tiktok", "domande e risposte", "parliamo di tutto"],
    "irl": ["passeggiata a {city} | IRL", "IRL a {city} 🚶"],
    "podcast": ["{pod} Podcast #{ep}", "{pod} | Puntata {ep} con {guest}"],
    "tabletop": ["{camp} - Episodio {ep}", "{camp} | Sessione {ep}"],
    "charity": ["MARATONA BENEFICA 24H per {charity} ❤️ | {amt} raccolti"],
    "reaction": ["{club} - {club2} | watchalong SENZA immagini", "parliamo di {work} (niente clip)", "recensione di {work} - spoiler"],
    "fc": ["carriera allenatore con {team} #{n}", "{g} Ultimate Team | Weekend League", "{team} - {team2} | {g}"],
    "hop": ["provo {G} per la prima volta", "la chat ha scelto: {G}", "pausa da {prev} | {G}"],
    "uncat": ["si parte", "test live"],
}

NL = {
    "game": ["{g} met {f}", "eerste keer {g}!!", "dag {d} in {g}", "chill {g} stream", "{g} deel {n}", "{g} marathon"],
    "ranked": ["road to {rank} | {g}", "{g} ranked met {f}"],
    "chat": ["koffie & kletsen ☕", "reageren op jullie tiktoks", "Q&A"],
    "podcast": ["{pod} Podcast #{ep}", "{pod} | Aflevering {ep}"],
    "hop": ["eerste keer {G}", "chat koos: {G}"],
}
SV = {"game": ["{g} med {f}", "första gången {g}!!", "dag {d} i {g}", "mysig {g} stream"],
      "chat": ["kaffe & snack ☕", "frågestund"], "hop": ["testar {G} för första gången"]}
DA = {"game": ["{g} med {f}", "første gang {g}!!", "dag {d} i {g}", "hyggelig {g} stream"], "chat": ["kaffe og snak ☕"]}
NO = {"game": ["{g} med {f}", "første gang {g}!!", "dag {d} i {g}", "koselig {g} stream"], "chat": ["kaffe og prat ☕"]}
FI = {"game": ["{g} kavereiden kanssa", "eka kertaa {g}!!", "päivä {d} {g}", "rento {g} streami"], "chat": ["kahvit ja jutustelua ☕"]}
CS = {"game": ["{g} s {f}", "poprvé hraju {g}!!", "den {d} v {g}", "pohodový {g} stream", "{g} část {n}"],
      "ranked": ["cesta na {rank} | {g}"], "chat": ["kafe a pokec ☕", "otázky a odpovědi"], "hop": ["poprvé zkouším {G}"]}
HU = {"game": ["{g} {f}-val", "először {g}!!", "{d}. nap {g}", "chill {g} stream"], "chat": ["kávé és beszélgetés ☕"]}
RO = {"game": ["{g} cu {f}", "prima dată {g}!!", "ziua {d} în {g}", "{g} relaxat"], "chat": ["cafea și povești ☕"]}
EL = {"game": ["{g} με {f}", "πρώτη φορά {g}!!", "μέρα {d} στο {g}", "χαλαρό {g} stream"], "chat": ["καφές και κουβέντα ☕"]}
