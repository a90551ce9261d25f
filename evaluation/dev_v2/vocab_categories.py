"""Category universe for the frozen_v1 simulated Twitch hours.

Each entry: (name, tier, weight, kind, flags, alias)
  tier   : head | mid | small | tail   (tail = dead / obscure categories)
  weight : relative share of streamers whose home category it is
  kind   : game | jc | irl | podcast | music | dj | creative | chess | sports |
           events | tabletop | casino | asmr
  flags  : m=mature  c=competitive/ranked  s=sports video game  f=film/TV/anime
           tie-in  h=horror  r=roleplay  o=mobile
  alias  : short name streamers use in titles
"""
import random

from vocab_categories_tail import TAIL_NAMES, TAIL_FRANCHISE, TAIL_HORROR

HEAD = [
    ("Just Chatting", "head", 1000, "jc", "", "Just Chatting"),
    ("Grand Theft Auto V", "head", 380, "game", "mr", "GTA"),
    ("League of Legends", "head", 330, "game", "c", "LoL"),
    ("VALORANT", "head", 300, "game", "c", "Valorant"),
    ("Counter-Strike", "head", 330, "game", "mc", "CS2"),
    ("Fortnite", "head", 360, "game", "c", "Fortnite"),
    ("Minecraft", "head", 300, "game", "", "Minecraft"),
    ("Call of Duty: Warzone", "head", 190, "game", "mc", "Warzone"),
    ("Call of Duty: Black Ops 6", "head", 120, "game", "mc", "BO6"),
    ("Apex Legends", "head", 170, "game", "mc", "Apex"),
    ("Dota 2", "head", 160, "game", "c", "Dota"),
    ("World of Warcraft", "head", 150, "game", "", "WoW"),
    ("Overwatch 2", "head", 130, "game", "c", "OW2"),
    ("Marvel Rivals", "head", 150, "game", "c", "Rivals"),
    ("Dead by Daylight", "head", 130, "game", "mh", "DBD"),
    ("Rust", "head", 110, "game", "m", "Rust"),
    ("Escape from Tarkov", "head", 100, "game", "m", "Tarkov"),
    ("Roblox", "head", 160, "game", "", "Roblox"),
    ("PUBG: BATTLEGROUNDS", "head", 110, "game", "mc", "PUBG"),
    ("Rocket League", "head", 100, "game", "c", "RL"),
    ("Teamfight Tactics", "head", 90, "game", "c", "TFT"),
    ("Sports", "head", 90, "sports", "", "Sports"),
    ("Music", "head", 110, "music", "", "Music"),
    ("IRL", "head", 90, "irl", "", "IRL"),
    ("Talk Shows & Podcasts", "head", 70, "podcast", "", "Podcast"),
]

MID = [
    ("Elden Ring", 45, "game", "m", "Elden Ring"), ("Elden Ring Nightreign", 30, "game", "m", "Nightreign"),
    ("Path of Exile 2", 60, "game", "m", "PoE2"), ("Diablo IV", 35, "game", "m", "D4"),
    ("Baldur's Gate 3", 30, "game", "m", "BG3"), ("Hogwarts Legacy", 18, "game", "f", "Hogwarts Legacy"),
    ("Cyberpunk 2077", 25, "game", "m", "Cyberpunk"), ("Red Dead Redemption 2", 35, "game", "mr", "RDR2"),
    ("The Sims 4", 45, "game", "", "Sims 4"), ("Stardew Valley", 35, "game", "", "Stardew"),
    ("Terraria", 22, "game", "", "Terraria"), ("Lethal Company", 20, "game", "h", "Lethal Company"),
    ("Phasmophobia", 30, "game", "h", "Phasmo"), ("Sea of Thieves", 22, "game", "", "Sea of Thieves"),
    ("Old School RuneScape", 40, "game", "", "OSRS"), ("Final Fantasy XIV Online", 45, "game", "", "FFXIV"),
    ("Lost Ark", 25, "game", "", "Lost Ark"), ("Monster Hunter Wilds", 35, "game", "", "MH Wilds"),
    ("Helldivers 2", 30, "game", "m", "Helldivers"), ("Destiny 2", 40, "game", "", "D2"),
    ("Tom Clancy's Rainbow Six Siege", 55, "game", "mc", "R6"), ("Battlefield 6", 60, "game", "mc", "BF6"),
    ("Delta Force", 35, "game", "mc", "Delta Force"), ("THE FINALS", 20, "game", "c", "The Finals"),
    ("Deadlock", 25, "game", "c", "Deadlock"), ("Hunt: Showdown 1896", 20, "game", "mh", "Hunt"),
    ("Honkai: Star Rail", 30, "game", "", "HSR"), ("Zenless Zone Zero", 25, "game", "", "ZZZ"),
    ("Genshin Impact", 60, "game", "", "Genshin"), ("Wuthering Waves", 25, "game", "", "WuWa"),
    ("Pokémon Legends: Z-A", 25, "game", "", "Legends Z-A"), ("Super Smash Bros. Ultimate", 18, "game", "c", "Smash"),
    ("Street Fighter 6", 30, "game", "c", "SF6"), ("TEKKEN 8", 25, "game", "c", "Tekken 8"),
    ("Mortal Kombat 1", 12, "game", "mc", "MK1"), ("DRAGON BALL: Sparking! ZERO", 15, "game", "f", "Sparking Zero"),
    ("GeoGuessr", 15, "game", "", "GeoGuessr"), ("Among Us", 12, "game", "", "Among Us"),
    ("Fall Guys", 12, "game", "", "Fall Guys"), ("Chained Together", 10, "game", "", "Chained Together"),
    ("R.E.P.O.", 25, "game", "h", "REPO"), ("PEAK", 20, "game", "", "PEAK"),
    ("Schedule I", 15, "game", "", "Schedule 1"), ("Supermarket Simulator", 12, "game", "", "Supermarket Sim"),
    ("Euro Truck Simulator 2", 25, "game", "", "ETS2"), ("Microsoft Flight Simulator 2024", 12, "game", "", "MSFS"),
    ("Assetto Corsa", 18, "game", "", "Assetto"), ("iRacing", 12, "game", "c", "iRacing"),
    ("Forza Horizon 5", 15, "game", "", "FH5"), ("Gran Turismo 7", 10, "game", "", "GT7"),
    ("The Witcher 3: Wild Hunt", 12, "game", "mf", "Witcher 3"), ("The Elder Scrolls V: Skyrim", 20, "game", "", "Skyrim"),
    ("Fallout 76", 15, "game", "mf", "Fallout 76"), ("Fallout 4", 12, "game", "mf", "Fallout 4"),
    ("Palworld", 12, "game", "", "Palworld"), ("ARK: Survival Ascended", 20, "game", "", "ARK"),
    ("DayZ", 30, "game", "m", "DayZ"), ("7 Days to Die", 15, "game", "mh", "7DTD"),
    ("Satisfactory", 10, "game", "", "Satisfactory"), ("Factorio", 10, "game", "", "Factorio"),
    ("Kingdom Come: Deliverance II", 12, "game", "m", "KCD2"), ("Clair Obscur: Expedition 33", 15, "game", "", "Expedition 33"),
    ("Hollow Knight: Silksong", 18, "game", "", "Silksong"), ("Hades II", 12, "game", "", "Hades 2"),
    ("Balatro", 15, "game", "", "Balatro"), ("Slay the Spire", 8, "game", "", "StS"),
    ("Magic: The Gathering", 18, "game", "", "MTG"), ("Yu-Gi-Oh! Master Duel", 12, "game", "", "Master Duel"),
    ("Pokémon Trading Card Game Pocket", 10, "game", "o", "TCG Pocket"), ("Clash Royale", 18, "game", "oc", "Clash Royale"),
    ("Brawl Stars", 18, "game", "oc", "Brawl Stars"), ("Mobile Legends: Bang Bang", 20, "game", "oc", "MLBB"),
    ("PUBG MOBILE", 15, "game", "moc", "PUBG Mobile"), ("Free Fire", 18, "game", "oc", "Free Fire"),
    ("Honor of Kings", 10, "game", "oc", "HoK"), ("MapleStory", 15, "game", "", "MapleStory"),
    ("Black Desert", 12, "game", "", "BDO"), ("Throne and Liberty", 15, "game", "", "T&L"),
    ("Albion Online", 12, "game", "", "Albion"), ("Tibia", 20, "game", "", "Tibia"),
    ("Metin2", 10, "game", "", "Metin2"), ("Knight Online", 8, "game", "", "Knight Online"),
    ("Lineage II", 6, "game", "", "L2"), ("osu!", 12, "game", "c", "osu"),
    ("Geometry Dash", 10, "game", "", "Geometry Dash"), ("Valheim", 8, "game", "", "Valheim"),
    ("Resident Evil 4", 10, "game", "mh", "RE4"), ("Silent Hill 2", 10, "game", "mh", "Silent Hill 2"),
    ("Cult of the Lamb", 6, "game", "", "Cult of the Lamb"), ("Dune: Awakening", 10, "game", "f", "Dune Awakening"),
    ("Star Wars Outlaws", 5, "game", "f", "Outlaws"), ("Indiana Jones and the Great Circle", 6, "game", "f", "Indiana Jones"),
    ("Marvel's Spider-Man 2", 8, "game", "f", "Spider-Man 2"), ("Naruto Shippuden: Ultimate Ninja Storm 4", 4, "game", "f", "Storm 4"),
    ("Jurassic World Evolution 2", 4, "game", "f", "JWE2"), ("Alien: Isolation", 3, "game", "fh", "Alien Isolation"),
    ("Five Nights at Freddy's: Security Breach", 5, "game", "h", "FNAF"), ("Garry's Mod", 10, "game", "", "Gmod"),
    ("Retro", 35, "game", "", "Retro"), ("Games + Demos", 15, "game", "", "Demos"),
    ("World of Tanks", 20, "game", "c", "WoT"), ("War Thunder", 20, "game", "", "War Thunder"),
    ("Arena Breakout: Infinite", 10, "game", "m", "Arena Breakout"), ("Squad", 10, "game", "m", "Squad"),
    ("Arma Reforger", 8, "game", "m", "Reforger"), ("Tom Clancy's The Division 2", 6, "game", "m", "Division 2"),
    ("Warframe", 15, "game", "", "Warframe"), ("Smite 2", 8, "game", "c", "Smite 2"),
    ("Heroes of the Storm", 4, "game", "", "HotS"), ("StarCraft II", 6, "game", "c", "SC2"),
    ("Age of Empires II: Definitive Edition", 12, "game", "c", "AoE2"), ("Hearthstone", 40, "game", "c", "HS"),
    ("Legends of Runeterra", 4, "game", "", "LoR"), ("Minecraft Dungeons", 3, "game", "", "MC Dungeons"),
    ("Lego Fortnite Odyssey", 4, "game", "", "LEGO Fortnite"), ("Splitgate 2", 5, "game", "c", "Splitgate 2"),
    ("The Last of Us Part II", 5, "game", "mfh", "TLOU2"),
]

SPORTS_GAMES = [
    ("EA Sports FC 26", 70, "EA FC 26"), ("EA Sports FC 25", 20, "EA FC 25"),
    ("NBA 2K26", 35, "2K26"), ("NBA 2K25", 8, "2K25"),
    ("Madden NFL 26", 20, "Madden 26"), ("Madden NFL 25", 6, "Madden 25"),
    ("EA Sports College Football 26", 15, "CFB 26"), ("UFC 5", 10, "UFC 5"),
    ("F1 25", 15, "F1 25"), ("F1 24", 5, "F1 24"),
    ("MLB The Show 25", 10, "MLB The Show"), ("NHL 26", 8, "NHL 26"),
    ("eFootball", 25, "eFootball"), ("Football Manager 2024", 10, "FM24"),
    ("WWE 2K25", 8, "WWE 2K25"), ("Undisputed", 4, "Undisputed"),
    ("Top Spin 2K25", 3, "Top Spin"), ("PGA TOUR 2K25", 3, "PGA 2K25"),
]

SPECIAL = [
    ("DJs", 35, "dj", "", "DJ"), ("Art", 55, "creative", "", "Art"),
    ("Chess", 35, "chess", "", "Chess"), ("Special Events", 12, "events", "", "Event"),
    ("Dungeons & Dragons", 18, "tabletop", "", "D&D"), ("Tabletop RPGs", 14, "tabletop", "", "TTRPG"),
    ("ASMR", 40, "asmr", "", "ASMR"), ("Travel & Outdoors", 20, "irl", "", "Travel"),
    ("Food & Drink", 18, "creative", "", "Cooking"), ("Makers & Crafting", 15, "creative", "", "Crafting"),
    ("Software and Game Development", 30, "creative", "", "Dev"), ("Science & Technology", 15, "creative", "", "Tech"),
    ("Politics", 12, "podcast", "", "Politics"), ("Fitness & Health", 10, "irl", "", "Fitness"),
    ("Animals, Aquariums, and Zoos", 8, "irl", "", "Animals"), ("Beauty & Body Art", 8, "creative", "", "Beauty"),
    ("Pools, Hot Tubs, and Beaches", 10, "irl", "", "Pools"), ("Slots", 30, "casino", "", "Slots"),
    ("Virtual Casino", 12, "casino", "", "Casino"), ("Writing & Reading", 6, "creative", "", "Writing"),
]

SMALL = [
    "Dauntless", "Smite", "Paladins", "Splitgate", "For Honor", "Brawlhalla", "Unturned",
    "The Forest", "Sons of the Forest", "Subnautica", "Outlast Trials", "Don't Starve Together",
    "Project Zomboid", "Hell Let Loose", "Ready or Not", "Payday 3", "Dying Light 2 Stay Human",
    "Left 4 Dead 2", "Team Fortress 2", "Half-Life 2", "Portal 2", "Grounded", "Raft",
    "Kenshi", "RimWorld", "Crusader Kings III", "Europa Universalis IV", "Hearts of Iron IV",
    "Civilization VI", "Sid Meier's Civilization VII", "Total War: WARHAMMER III", "Mount & Blade II: Bannerlord",
    "Cities: Skylines II", "Planet Coaster 2", "Two Point Hospital", "Frostpunk 2", "Manor Lords",
    "Vampire Survivors", "The Binding of Isaac: Repentance", "Risk of Rain 2", "Dead Cells", "Celeste",
    "Hollow Knight", "Cuphead", "Super Mario Bros. Wonder", "The Legend of Zelda: Tears of the Kingdom",
    "Mario Kart 8 Deluxe", "Mario Kart World", "Animal Crossing: New Horizons", "Splatoon 3",
    "Pokémon Scarlet and Violet", "Persona 5 Royal", "Metaphor: ReFantazio", "Final Fantasy VII Rebirth",
    "Like a Dragon: Infinite Wealth", "Yakuza 0", "Sekiro: Shadows Die Twice", "Dark Souls III",
    "Lies of P", "Black Myth: Wukong", "Stellar Blade", "Ghost of Yōtei", "Death Stranding 2: On the Beach",
    "God of War Ragnarök", "Horizon Forbidden West", "Starfield", "No Man's Sky", "Elite Dangerous",
    "Star Citizen", "EVE Online", "Guild Wars 2", "The Elder Scrolls Online", "New World: Aeternum",
    "Star Wars: The Old Republic", "RuneScape", "Path of Exile", "Last Epoch", "Grim Dawn",
    "Titan Quest II", "Diablo II: Resurrected", "Warcraft III: Reforged", "Age of Mythology: Retold",
    "Company of Heroes 3", "Stormgate", "Crossout", "Mech Arena", "World of Warships", "Enlisted",
    "Escape from Duckov", "Gray Zone Warfare", "Deep Rock Galactic", "Killing Floor 3", "Back 4 Blood",
    "Content Warning", "Buckshot Roulette", "Mouthwashing", "Inscryption", "Dredge", "Pizza Tower",
    "Undertale", "Deltarune", "Omori", "Cookie Clicker", "Wobbly Life", "Human: Fall Flat",
    "Goat Simulator 3", "House Flipper 2", "PowerWash Simulator", "Car Mechanic Simulator 2021",
    "Farming Simulator 25", "BeamNG.drive", "American Truck Simulator", "Trackmania", "Rocket Racing",
    "Pokémon Unite", "Call of Duty: Mobile", "Genshin Impact Mobile", "Clash of Clans", "Marvel Snap",
    "Gwent: The Witcher Card Game", "Shadowverse: Worlds Beyond", "Flesh and Blood", "Lorcana",
    "Warhammer 40,000: Space Marine 2", "Darktide", "Vermintide 2", "Mortal Online 2",
    "Lord of the Rings Online", "Star Trek Online", "Neverwinter", "EverQuest", "Mabinogi", "Dofus",
    "Ragnarok Online", "Lineage", "Aion", "Blade & Soul NEO", "Perfect World", "Mu Online",
    "Conqueror's Blade", "Silkroad Online", "CrossFire", "Special Force", "Point Blank",
    "Fortnite Festival", "Beat Saber", "VRChat", "Rec Room", "Minecraft Legends", "Creatures of Sonaria",
    "The Walking Dead: Saints & Sinners", "Friday the 13th: The Game", "Texas Chain Saw Massacre",
    "Killer Klowns from Outer Space: The Game", "Ghostbusters: Spirits Unleashed", "RoboCop: Rogue City",
    "Jujutsu Kaisen Cursed Clash", "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles",
    "ONE PIECE ODYSSEY", "My Hero Ultra Rumble", "Squid Game: Unleashed", "Harry Potter: Quidditch Champions",
    "The Lord of the Rings: Return to Moria", "Batman: Arkham Knight", "Star Wars Jedi: Survivor",
    "Gotham Knights", "Marvel's Guardians of the Galaxy", "Avatar: Frontiers of Pandora",
    "LEGO Star Wars: The Skywalker Saga", "The Simpsons: Hit & Run", "SpongeBob SquarePants: Battle for Bikini Bottom - Rehydrated",
    "South Park: The Stick of Truth", "Attack on Titan 2", "JoJo's Bizarre Adventure: All-Star Battle R",
    "Captain Tsubasa: Rise of New Champions", "Stranger Things 3: The Game", "Peaky Blinders: Mastermind",
    "Source Filmmaker", "The Movies",
]

SMALL_FRANCHISE = {
    "The Walking Dead: Saints & Sinners", "Friday the 13th: The Game", "Texas Chain Saw Massacre",
    "Killer Klowns from Outer Space: The Game", "Ghostbusters: Spirits Unleashed", "RoboCop: Rogue City",
    "Jujutsu Kaisen Cursed Clash", "Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles",
    "ONE PIECE ODYSSEY", "My Hero Ultra Rumble", "Squid Game: Unleashed", "Harry Potter: Quidditch Champions",
    "The Lord of the Rings: Return to Moria", "Batman: Arkham Knight", "Star Wars Jedi: Survivor",
    "Gotham Knights", "Marvel's Guardians of the Galaxy", "Avatar: Frontiers of Pandora",
    "LEGO Star Wars: The Skywalker Saga", "The Simpsons: Hit & Run", "Attack on Titan 2",
    "SpongeBob SquarePants: Battle for Bikini Bottom - Rehydrated", "South Park: The Stick of Truth",
    "JoJo's Bizarre Adventure: All-Star Battle R", "Captain Tsubasa: Rise of New Champions",
    "Stranger Things 3: The Game", "Peaky Blinders: Mastermind",
}
SMALL_HORROR = {"Outlast Trials", "Texas Chain Saw Massacre", "Friday the 13th: The Game",
                "Killer Klowns from Outer Space: The Game", "Mouthwashing", "Content Warning",
                "Buckshot Roulette", "Dying Light 2 Stay Human", "Left 4 Dead 2"}


def _build():
    cats = []
    for name, tier, w, kind, flags, alias in HEAD:
        cats.append(dict(name=name, tier=tier, weight=w, kind=kind, flags=flags, alias=alias))
    for name, w, kind, flags, alias in MID:
        cats.append(dict(name=name, tier="mid", weight=w, kind=kind, flags=flags, alias=alias))
    for name, w, alias in SPORTS_GAMES:
        cats.append(dict(name=name, tier="mid", weight=w, kind="game", flags="s", alias=alias))
    for name, w, kind, flags, alias in SPECIAL:
        cats.append(dict(name=name, tier="mid", weight=w, kind=kind, flags=flags, alias=alias))
    seen = {c["name"] for c in cats}
    for name in SMALL:
        if name in seen:
            continue
        seen.add(name)
        fl = ("f" if name in SMALL_FRANCHISE else "") + ("h" if name in SMALL_HORROR else "")
        cats.append(dict(name=name, tier="small", weight=2.2, kind="game", flags=fl, alias=name))
    for name in TAIL_NAMES:
        if name in seen:
            continue
        seen.add(name)
        fl = ("f" if name in TAIL_FRANCHISE else "") + ("h" if name in TAIL_HORROR else "")
        cats.append(dict(name=name, tier="tail", weight=0.55, kind="game", flags=fl, alias=name))
    ids = random.Random(31337).sample(range(1_000_000, 10_000_000), len(cats))
    for c, gid in zip(cats, ids):
        c["game_id"] = str(gid)
    return cats


CATEGORIES = _build()
BY_NAME = {c["name"]: c for c in CATEGORIES}

# language affinities: multiply a category's weight for streamers of that language
LANG_BOOST = {
    "pt": {"Tibia": 6, "Free Fire": 5, "Counter-Strike": 1.3, "EA Sports FC 26": 1.6, "Slots": 1.5},
    "pl": {"Tibia": 5, "Metin2": 4, "Counter-Strike": 1.4, "World of Tanks": 2},
    "tr": {"Knight Online": 14, "Metin2": 8, "Counter-Strike": 1.3, "PUBG MOBILE": 2, "eFootball": 2},
    "ru": {"Dota 2": 2.2, "Counter-Strike": 1.8, "World of Tanks": 3, "Escape from Tarkov": 1.5,
           "Chess": 1.6, "Perfect World": 6, "War Thunder": 2},
    "uk": {"Dota 2": 2, "Counter-Strike": 1.8, "World of Tanks": 2.5},
    "ko": {"League of Legends": 2, "Lineage": 20, "Mabinogi": 12, "MapleStory": 2.5, "Lost Ark": 2.5,
           "Aion": 8, "Teamfight Tactics": 1.6, "Special Force": 6},
    "ja": {"Street Fighter 6": 3, "Monster Hunter Wilds": 2.5, "Splatoon 3": 6, "Final Fantasy XIV Online": 2,
           "Mario Kart World": 4, "Apex Legends": 1.8},
    "zh": {"Honor of Kings": 10, "League of Legends": 1.3, "Genshin Impact": 1.6, "Delta Force": 3},
    "es": {"Free Fire": 3, "EA Sports FC 26": 1.6, "Fortnite": 1.2, "League of Legends": 1.2},
    "fr": {"Dofus": 15, "League of Legends": 1.2, "Rocket League": 1.5},
    "de": {"Farming Simulator 25": 4, "Euro Truck Simulator 2": 2, "Hearthstone": 1.5},
    "id": {"Mobile Legends: Bang Bang": 12, "PUBG MOBILE": 4, "Free Fire": 4},
    "vi": {"League of Legends": 1.5, "PUBG MOBILE": 3, "Mobile Legends: Bang Bang": 3},
    "th": {"Valorant": 1.3, "PUBG MOBILE": 3, "Ragnarok Online": 5},
    "ar": {"EA Sports FC 26": 2.5, "PUBG MOBILE": 4, "Fortnite": 1.4, "Call of Duty: Warzone": 1.4},
}

RANKS = {
    "League of Legends": ["Challenger", "Grandmaster", "Master", "Diamond 1", "Emerald", "Iron 4"],
    "VALORANT": ["Radiant", "Immortal 3", "Ascendant", "Diamond", "Gold 2"],
    "Counter-Strike": ["FACEIT lvl 10", "Premier 25k", "Premier 18k", "FACEIT 3000 elo", "Global Elite"],
    "Fortnite": ["Unreal", "Champion", "Elite", "Diamond 3"],
    "Apex Legends": ["Predator", "Master", "Diamond 4", "Plat"],
    "Overwatch 2": ["Grandmaster", "Champion", "Master 2", "Diamond"],
    "Marvel Rivals": ["One Above All", "Eternity", "Celestial", "Grandmaster"],
    "Dota 2": ["Immortal", "Divine 5", "Ancient", "8k MMR", "top 1000"],
    "Rocket League": ["SSL", "Grand Champ", "Champ 3", "Diamond 2"],
    "Teamfight Tactics": ["Challenger", "Master", "Diamond"],
    "Tom Clancy's Rainbow Six Siege": ["Champion", "Diamond", "Emerald"],
    "Call of Duty: Warzone": ["Iridescent", "Crimson", "top 250"],
    "Call of Duty: Black Ops 6": ["Iridescent", "Crimson 3", "top 250"],
    "PUBG: BATTLEGROUNDS": ["Master", "Diamond", "Crystal"],
    "Hearthstone": ["Legend", "Legend top 100", "Diamond 5"],
    "Street Fighter 6": ["Master", "Legend", "Diamond 5"],
    "TEKKEN 8": ["Tekken God Supreme", "God of Destruction", "Tekken King"],
}
