"""Category universe for the dev_v3 evaluation set (hand-written, Nov 2026 snapshot).

Each entry: (category name, popularity weight, mature-rated?, short names used in titles).
Weights are relative streamer shares inside their tier, not viewer counts.
"""

HEAD = [
    ("Grand Theft Auto VI", 9.0, True, ["GTA 6", "GTA VI", "gta6"]),
    ("Grand Theft Auto V", 7.0, True, ["GTA RP", "GTA", "gta rp"]),
    ("League of Legends", 7.0, False, ["LoL", "League", "lol"]),
    ("Counter-Strike", 6.0, True, ["CS2", "cs", "CS"]),
    ("VALORANT", 6.0, False, ["Valorant", "valo", "VAL"]),
    ("Fortnite", 6.0, False, ["Fortnite", "fn", "FN"]),
    ("Minecraft", 5.0, False, ["Minecraft", "mc", "MC"]),
    ("Call of Duty: Warzone", 4.0, True, ["Warzone", "WZ", "wz"]),
    ("Marvel Rivals", 3.5, False, ["Rivals", "Marvel Rivals"]),
    ("Apex Legends", 3.0, True, ["Apex", "apex"]),
    ("Dota 2", 3.0, False, ["Dota", "dota 2", "доту"]),
    ("World of Warcraft", 3.0, False, ["WoW", "wow", "Midnight"]),
    ("Rust", 2.5, True, ["Rust", "rust"]),
    ("Dead by Daylight", 2.5, True, ["DBD", "dbd"]),
    ("ARC Raiders", 3.0, True, ["ARC Raiders", "Arc"]),
    ("Battlefield 6", 2.5, True, ["BF6", "Battlefield"]),
    ("Escape from Tarkov", 2.0, True, ["Tarkov", "EFT"]),
    ("Path of Exile 2", 2.0, True, ["PoE 2", "PoE2"]),
    ("Overwatch 2", 2.0, False, ["OW2", "Overwatch"]),
    ("Teamfight Tactics", 1.5, False, ["TFT", "tft"]),
    ("Roblox", 3.0, False, ["Roblox", "roblox"]),
    ("Rainbow Six Siege X", 1.5, True, ["R6", "Siege"]),
    ("Deadlock", 1.2, False, ["Deadlock"]),
    ("PUBG: BATTLEGROUNDS", 1.5, True, ["PUBG", "pubg"]),
    ("Genshin Impact", 1.5, False, ["Genshin", "genshin"]),
    ("Old School RuneScape", 1.2, False, ["OSRS", "osrs"]),
    ("Hearthstone", 1.0, False, ["HS", "Hearthstone"]),
    ("Street Fighter 6", 1.0, False, ["SF6", "sf6"]),
    ("Delta Force", 1.0, True, ["Delta Force", "DF"]),
    ("Monster Hunter Wilds", 1.0, False, ["MH Wilds", "MHW"]),
]

MID = [
    ("Stardew Valley", False), ("The Sims 4", False), ("Terraria", False),
    ("Phasmophobia", True), ("Lethal Company", True), ("Baldur's Gate 3", True),
    ("Cyberpunk 2077", True), ("Sea of Thieves", False), ("Valheim", False), ("Palworld", False),
    ("Helldivers 2", True), ("Tekken 8", False), ("Super Smash Bros. Ultimate", False),
    ("Pokémon Legends: Z-A", False), ("Mario Kart World", False), ("Fall Guys", False),
    ("Among Us", False), ("PEAK", False), ("R.E.P.O.", False), ("Schedule I", True),
    ("Kingdom Come: Deliverance II", True), ("Clair Obscur: Expedition 33", False),
    ("Black Myth: Wukong", False), ("Factorio", False), ("Satisfactory", False), ("Hades II", False),
    ("Balatro", False), ("Slay the Spire 2", False), ("Mobile Legends: Bang Bang", False),
    ("Free Fire", False), ("Brawl Stars", False), ("Clash Royale", False),
    ("Pokémon Trading Card Game Pocket", False), ("Magic: The Gathering", False),
    ("Yu-Gi-Oh! Master Duel", False), ("Final Fantasy XIV Online", False), ("Guild Wars 2", False),
    ("Black Desert", True), ("Throne and Liberty", False), ("Albion Online", False),
    ("Warframe", True), ("Destiny 2", False), ("Halo Infinite", True), ("Geometry Dash", False),
    ("osu!", False), ("Dark and Darker", True), ("Sons of the Forest", True),
    ("7 Days to Die", True), ("Project Zomboid", True), ("DayZ", True), ("Arma Reforger", True),
    ("Hunt: Showdown 1896", True), ("World of Tanks", False), ("War Thunder", False),
    ("Crusader Kings III", True), ("Europa Universalis V", False), ("Hearts of Iron IV", False),
    ("Age of Empires II", False), ("StarCraft II", False), ("Sid Meier's Civilization VII", False),
    ("Euro Truck Simulator 2", False), ("Microsoft Flight Simulator 2024", False),
    ("Forza Horizon 5", False), ("Gran Turismo 7", False), ("iRacing", False),
    ("Assetto Corsa", False), ("Resident Evil Requiem", True), ("Silent Hill f", True),
    ("Death Stranding 2: On the Beach", True), ("Ghost of Yōtei", True), ("Elden Ring Nightreign", True),
    ("Hollow Knight: Silksong", False), ("Honkai: Star Rail", False), ("Zenless Zone Zero", False),
    ("Wuthering Waves", False), ("Lost Ark", True), ("MapleStory", False), ("Tibia", False),
    ("Metin2", False), ("Lineage II", False), ("Ragnarok Online", False), ("Garry's Mod", True),
    ("VRChat", False), ("Left 4 Dead 2", True), ("Team Fortress 2", True), ("Dragon Quest VII Reimagined", False),
    ("Pragmata", True), ("The Elder Scrolls V: Skyrim", True), ("Fallout 4", True), ("The Witcher 3: Wild Hunt", True),
    ("Elden Ring", True), ("Dark Souls III", True), ("Sekiro: Shadows Die Twice", True),
    ("Super Mario Bros. Wonder", False), ("The Legend of Zelda: Tears of the Kingdom", False),
    ("Sonic Frontiers", False), ("Five Nights at Freddy's: Security Breach", True),
    ("Retro Bowl", False), ("Hollywood Animal", False), ("Live A Live", False), ("Watch Dogs 2", True),
]

# Sports video games: (name, sport key used to pick teams, mature)
SPORTS_GAMES = [
    ("EA Sports FC 26", "football"), ("eFootball", "football"), ("Football Manager 26", "football"),
    ("NBA 2K26", "nba"), ("Madden NFL 26", "nfl"), ("EA Sports College Football 26", "nfl"),
    ("MLB The Show 25", "mlb"), ("NHL 26", "nhl"), ("F1 25", "f1"), ("EA Sports UFC 5", "ufc"),
    ("WWE 2K25", "wwe"), ("Cricket 24", "cricket"), ("Rocket League", "rl"),
    ("PGA TOUR 2K25", "golf"), ("TopSpin 2K25", "tennis"), ("Undisputed", "boxing"),
    ("FIFA 23", "football"), ("Pro Evolution Soccer 2021", "football"), ("Captain Tsubasa: Rise of New Champions", "football"),
    ("Inazuma Eleven: Victory Road", "football"),
]

# Non-game categories: (name, weight)
SPECIAL = [
    ("Just Chatting", 60), ("IRL", 6), ("Sports", 3), ("Music", 9), ("DJs", 2),
    ("Talk Shows & Podcasts", 3), ("Special Events", 1.0), ("Art", 4), ("ASMR", 2.5),
    ("Chess", 2), ("Food & Drink", 1.2), ("Travel & Outdoors", 1.0), ("Science & Technology", 1.0),
    ("Retro", 1.5), ("Software and Game Development", 1.2), ("Animals, Aquariums, and Zoos", 0.8),
    ("Makers & Crafting", 0.7), ("Beauty & Body Art", 0.6), ("Fitness & Health", 0.5),
    ("Pools, Hot Tubs, and Beaches", 0.6), ("Politics", 0.6), ("Slots", 1.5), ("Virtual Casino", 0.8),
    ("Games + Demos", 0.8), ("Writing & Reading", 0.4), ("Tabletop RPGs", 0.6), ("Dungeons & Dragons", 0.4),
    ("Poker", 0.5), ("Crypto", 0.3), ("Always On", 0.3), ("Co-working & Studying", 0.6),
]

# Games based on films / shows / anime (played legitimately in their own category).
LICENSED = [
    ("Hogwarts Legacy", "Harry Potter"), ("Harry Potter: Quidditch Champions", "Harry Potter"),
    ("Marvel's Spider-Man 2", "Spider-Man"), ("The Lord of the Rings: Return to Moria", "The Lord of the Rings"),
    ("Star Wars Outlaws", "Star Wars"), ("Jurassic World Evolution 3", "Jurassic World"),
    ("Dragon Ball: Sparking! ZERO", "Dragon Ball"), ("Naruto x Boruto Ultimate Ninja Storm Connections", "Naruto"),
    ("One Piece Odyssey", "One Piece"), ("Jujutsu Kaisen Cursed Clash", "Jujutsu Kaisen"),
    ("Demon Slayer -Kimetsu no Yaiba- The Hinokami Chronicles 2", "Demon Slayer"),
    ("Squid Game: Unleashed", "Squid Game"), ("The Texas Chain Saw Massacre", "The Texas Chain Saw Massacre"),
    ("Friday the 13th: The Game", "Friday the 13th"), ("Alien: Isolation", "Alien"),
    ("The Simpsons: Hit & Run", "The Simpsons"), ("South Park: The Stick of Truth", "South Park"),
    ("SpongeBob SquarePants: The Cosmic Shake", "SpongeBob"), ("Indiana Jones and the Great Circle", "Indiana Jones"),
    ("Batman: Arkham Knight", "Batman"), ("Mad Max", "Mad Max"), ("RoboCop: Rogue City", "RoboCop"),
    ("Ghostbusters: Spirits Unleashed", "Ghostbusters"), ("Back to the Future: The Game", "Back to the Future"),
    ("The Walking Dead", "The Walking Dead"), ("Stranger Things 3: The Game", "Stranger Things"),
    ("Family Guy: Back to the Multiverse", "Family Guy"), ("Bluey: The Videogame", "Bluey"),
    ("Attack on Titan 2", "Attack on Titan"), ("Dragon Ball FighterZ", "Dragon Ball"),
    ("Sword Art Online Fractured Daydream", "Sword Art Online"), ("Shrek SuperSlam", "Shrek"),
    ("Dune: Awakening", "Dune"), ("The Godfather", "The Godfather"), ("Scarface: The World Is Yours", "Scarface"),
    ("Evil Dead: The Game", "Evil Dead"), ("Peppa Pig: World Adventures", "Peppa Pig"),
    ("Cars 3: Driven to Win", "Cars"), ("Toy Story 2: Buzz Lightyear to the Rescue", "Toy Story"),
    ("The Movies", None), ("Kamen Rider: Memory of Heroez", "Kamen Rider"),
]

# Small / new releases used for legitimate hops (nobody famous streams them yet).
NEW_SMALL = [
    "Rift Cartographer", "Moss Kettle", "Lantern Ferry", "Deepwell Diner", "Skyline Courier",
    "Bramblewick", "Tiny Tollbooth", "Orbit Laundromat", "Hexfall Tactics", "Pocket Lighthouse",
    "Gravel Kings", "Neon Oyster", "Cabin Fever Crew", "Snail Mail Express", "Static Garden",
    "Ferrocarril", "Paper Planet Post", "Glimmerdeep", "Quiet Harbor", "Wild Dice Saloon",
    "Ashen Cartwheel", "Yokai Noodle Stand", "Frostbite Farmers", "Chunky Knights", "Lumen Drift",
]

# Obscure old games: hardly anyone streams them (targets for hops; a few tiny regulars).
OBSCURE = """Bubsy 3D|Shaq Fu|Superman|Glover|Mr. Mosquito|Tail Concerto|Nanostray|Pac-Man 2: The New Adventures|Vib-Ribbon|Ehrgeiz
Jet Moto 2|Bug!|Gex: Enter the Gecko|Croc: Legend of the Gobbos|Tomba!|Kula World|Rollcage|Wild 9|Blasto|Rascal
Jersey Devil|Pandemonium!|Chameleon Twist|Mischief Makers|Space Station Silicon Valley|Bomberman Hero|Rocket: Robot on Wheels|Body Harvest|Aidyn Chronicles: The First Mage|Hybrid Heaven
Quest 64|Blast Corps|Uniracers|Mohawk & Headphone Jack|Plok|Pulseman|Ristar|Dynamite Headdy|Vectorman 2|Ecco: The Tides of Time
ToeJam & Earl in Panic on Funkotron|Socket|Decap Attack|Kid Chameleon|Mr. Nutz|Zool|James Pond 2: Codename RoboCod|Cool Spot|Whiplash|Billy Hatcher and the Giant Egg
Chulip|Mad Dash Racing|Blinx: The Time Sweeper|Sudeki|Voodoo Vince|Sanitarium|Gorky 17|Nox|Darkstone|Evil Islands: Curse of the Lost Soul
Septerra Core|Arcanum: Of Steamworks and Magick Obscura|Omikron: The Nomad Soul|Outcast|Messiah|Giants: Citizen Kabuto|Sacrifice|Evolva|Slave Zero|Urban Chaos
Hostile Waters: Antaeus Rising|Gunman Chronicles|Nocturne|Clive Barker's Undying|Blood II: The Chosen|Shogo: Mobile Armor Division|Requiem: Avenging Angel|Kingpin: Life of Crime|Sin|Daikatana
Anachronox|Beyond Good & Evil|Psychonauts|Stubbs the Zombie in Rebel Without a Pulse|Destroy All Humans! 2|Armed and Dangerous|Giftpia|Cubivore|Doshin the Giant|Chibi-Robo!
Pikmin 2|Odama|Geist|Battalion Wars|Custom Robo|Baten Kaitos: Eternal Wings and the Lost Ocean|Lost Kingdoms|Evolution Worlds|Tales of Symphonia|Skies of Arcadia Legends
Vexx|Haven: Call of the King|Whirl Tour|Kinetica|Dark Cloud 2|Rogue Galaxy|Shadow Hearts: Covenant|Okage: Shadow King|Ape Escape 2|Mister Mosquito
Disaster Report|Siren|Kuon|Haunting Ground|Rule of Rose|Echo Night: Beyond|Steambot Chronicles|Graffiti Kingdom|Magic Pengel: The Quest for Color|Phantom Brave
Robotic Alchemic Drive|Mad Maestro!|Gitaroo Man|Frequency|Amplitude|Ico|Primal|Ghosthunter|The Mark of Kri|Rise of the Kasai
Sly 2: Band of Thieves|Jak X: Combat Racing|Ratchet: Deadlocked|Dog's Life|Herdy Gerdy|Wild Arms 3|Tokyo Xtreme Racer 3|Katamari Damacy|We Love Katamari|Mr. Moskeeto
Toy Commander|Rayman 2: The Great Escape|Jet Set Radio|Space Channel 5|Seaman|Chu Chu Rocket!|Cannon Spike|Headhunter|MDK2|Shenmue II
Blue Stinger|Illbleed|D2|Carrier|Evolution 2|Grandia II|Record of Lodoss War|Sword of the Berserk: Guts' Rage|Roommania #203|Segagaga
Mega Man Legends 2|The Misadventures of Tron Bonne|Threads of Fate|Legend of Legaia|Legend of Dragoon|Alundra|Brigandine|Vagrant Story|Galerians|Koudelka
Silent Bomber|Ape Escape|Spyro: Year of the Dragon|MediEvil 2|Tiny Tank|Hogs of War|Army Men: Sarge's Heroes|Bust a Groove|Um Jammer Lammy|Jumping Flash!
Omega Boost|Intelligent Qube|Kurushi Final|Devil Dice|No One Can Stop Mr. Domino|Incredible Crisis|LSD: Dream Emulator|Mizzurna Falls|Moon: Remix RPG Adventure|Hoshigami
Vandal Hearts II|Tail of the Sun|Brave Fencer Musashi|Ehrgeiz: God Bless the Ring|Tobal No. 1|Bushido Blade 2|Einhänder|Xenogears|Chrono Cross|Star Ocean: The Second Story
Terranigma|Illusion of Gaia|Soul Blazer|Lufia II: Rise of the Sinistrals|Robotrek|Ogre Battle 64|Tactics Ogre|Demon's Crest|Firemen|Skyblazer
Wild Guns|Pocky & Rocky|Sparkster|Rocket Knight Adventures|Tinhead|Puggsy|Mr. Gimmick|Little Samson|Kabuki Quantum Fighter|Shatterhand
Kirby's Pinball Land|Trip World|Mole Mania|Wario Blast|Avenging Spirit|Kid Dracula|Nemesis|Gargoyle's Quest|Pokémon Pinball|Bionic Commando: Elite Forces
Shantae|Mr. Driller 2|Klonoa: Empire of Dreams|Drill Dozer|Rhythm Tengoku|Ninja Five-O|Gunstar Super Heroes|Astro Boy: Omega Factor|Riviera: The Promised Land|Boktai: The Sun Is in Your Hand
Lostmagic|Contact|Soma Bringer|Ore ga Omae wo Mamoru|Chibi-Robo! Park Patrol|Magical Starsign|Hotel Dusk: Room 215|Trace Memory|Dragon Quest Heroes: Rocket Slime|Nostalgia
Tokobot|Gurumin: A Monstrous Adventure|Jeanne d'Arc|Patapon 2|LocoRoco 2|Mercury Meltdown|Exit|Echochrome|Ape Academy|Killzone: Liberation
Eternal Poison|Folklore|Ninety-Nine Nights|Lost Odyssey|Eternal Sonata|Chromehounds|Vampire Rain|Too Human|Bullet Witch|Operation Darkness
Zack & Wiki: Quest for Barbaros' Treasure|Little King's Story|Pandora's Tower|Fragile Dreams: Farewell Ruins of the Moon|Sin and Punishment: Star Successor|Opoona|Muramasa: The Demon Blade|Another Code: R|Endless Ocean|Excite Truck
The Last Remnant|Nier|Enslaved: Odyssey to the West|Vanquish|Binary Domain|Quantum Theory|Clash of Heroes|Lollipop Chainsaw|Shadows of the Damned|Deadly Premonition
Rain|Puppeteer|Tokyo Jungle|Sorcery|Ratchet & Clank: Into the Nexus|Knack|Soul Sacrifice|Freedom Wars|Gravity Rush|Tearaway
Mirror's Edge|Brütal Legend|Costume Quest|Stacking|Iron Brigade|Comic Jumper|Splosion Man|Shank|Outland|Rochard
Mercenary Kings|Guacamelee!|Dust: An Elysian Tail|Capsized|Waking Mars|Cargo! The Quest for Gravity|Zeno Clash|Sang-Froid: Tales of Werewolves|The Cat Lady|Knock-Knock
The Void|Pathologic|Tension|Anabiosis: Sleep of Reason|Cryostasis|You Are Empty|Metro-2|Kreed|Hard Truck Apocalypse|Space Rangers 2: Dominators
Perimeter|Etherlords II|King's Bounty: The Legend|Blitzkrieg|Operation Flashpoint: Resistance|Vangers|Evil Islands|Paradise Cracked|Magic of Blood|Pathologic Classic HD
Gothic II|Risen|Two Worlds|Venetica|Arcania: Gothic 4|Spellforce: The Order of Dawn|Ankh|Jack Keane|The Book of Unwritten Tales|Sacred
Tzar: The Burden of the Crown|Polanie|Gorky Zero: Beyond Honor|Mortyr|Chrome|Two Thrones|Earth 2160|Painkiller|Call of Juarez|Teenagent"""

OBSCURE_LIST = [g for line in OBSCURE.split("\n") for g in line.split("|")]
