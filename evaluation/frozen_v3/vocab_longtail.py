"""Long tail of obscure, old or niche games. LONGTAIL hosts ordinary tiny streams;
HOP_POOL holds obscure categories that nobody streams except hoppers."""

_LT = """Glover|Jet Force Gemini|Bomberman 64|Chameleon Twist|Gex: Enter the Gecko|Mischief Makers
Vib-Ribbon|Tail Concerto|Kula World|Ape Escape|Rayman 2: The Great Escape|Legend of Legaia
Brave Fencer Musashi|Jade Cocoon: Story of the Tamamayu|Threads of Fate|Alundra|Tomba!|Klonoa: Door to Phantomile
Blast Corps|Body Harvest|Space Station Silicon Valley|Aidyn Chronicles: The First Mage|Hybrid Heaven
Rocket: Robot on Wheels|Cruis'n USA|Gauntlet Legends|Shadow Man|Armorines: Project S.W.A.R.M.
Turok 2: Seeds of Evil|Extreme-G|Wetrix|Snowboard Kids|Mystical Ninja Starring Goemon|Pilotwings 64
Hexen II|Heretic|Rise of the Triad|Blood|Redneck Rampage|Outlaws|Realms of the Haunting|Sanitarium
The Neverhood|Zork Nemesis|Gabriel Knight: Sins of the Fathers|Phantasmagoria|Riven|Syberia|Post Mortem
Dreamfall: The Longest Journey|Beyond Good & Evil|Grim Fandango|Full Throttle|Sam & Max Hit the Road
Day of the Tentacle|Loom|The Dig|Toonstruck|Discworld|Broken Sword: The Shadow of the Templars
Little Big Adventure|Another World|Flashback|Heart of Darkness|Oddworld: Abe's Oddysee|Abuse
Jazz Jackrabbit 2|Commander Keen|Cosmo's Cosmic Adventure|Duke Nukem II|Bio Menace|Halloween Harry
One Must Fall: 2097|Tyrian|Raptor: Call of the Shadows|Stunts|Lemmings|The Lost Vikings|Blackthorne
Rock n' Roll Racing|Skyroads|Liero|Worms Armageddon|Carmageddon|Interstate '76|MechWarrior 2: 31st Century Combat
Descent|Terminal Velocity|Magic Carpet|Dungeon Keeper|Theme Hospital|Populous: The Beginning|Black & White
Startopia|Evil Genius|Tropico|Pharaoh|Zeus: Master of Olympus|Emperor: Rise of the Middle Kingdom
Stronghold Crusader|Knights and Merchants|Settlers II|Cossacks: European Wars|Earth 2150|Original War
Submarine Titans|Warzone 2100|Total Annihilation|Dark Reign: The Future of War|Seven Kingdoms|KKnD
Z|Sacrifice|Giants: Citizen Kabuto|Messiah|Evolva|Outcast|Anachronox|Omikron: The Nomad Soul
Arx Fatalis|Gothic II|Risen|Two Worlds|Divine Divinity|Sacred|Silverfall|Dungeon Siege II|Titan Quest
Nox|Darkstone|Throne of Darkness|Revenant|Lionheart: Legacy of the Crusader|Arcanum|Septerra Core
Planescape: Torment|Icewind Dale II|Temple of Elemental Evil|Jagged Alliance 2|Silent Storm
Commandos 2: Men of Courage|Desperados: Wanted Dead or Alive|Robin Hood: The Legend of Sherwood
Hidden & Dangerous 2|Operation Flashpoint|Mafia: The City of Lost Heaven|Hitman: Codename 47
Project I.G.I.|No One Lives Forever|Kingpin: Life of Crime|SiN|Soldier of Fortune II|Red Faction
Chaser|Vivisector: Beast Within|Xenus|Pathologic|The Void|Cryostasis|Metro 2033|S.T.A.L.K.E.R.: Clear Sky
Boiling Point: Road to Hell|Cursed Mountain|Penumbra: Overture|Amnesia: A Machine for Pigs|Scratches
Darkness Within|Barrow Hill|Nosferatu: The Wrath of Malachi|Clive Barker's Undying|Realmyst|Obsidian
Rama|Lighthouse: The Dark Being|Timelapse|The Journeyman Project|Gadget: Invention, Travel & Adventure
Spycraft: The Great Game|Harvester|I Have No Mouth, and I Must Scream|Normality
Dreamweb|Beneath a Steel Sky|Lure of the Temptress|Simon the Sorcerer|Kyrandia|Teenagent|Gobliiins
Fascination|Ween: The Prophecy|Woodruff and the Schnibble|Dragon Lore|Lands of Lore|Stonekeep|Anvil of Dawn
Albion|Ultima Underworld|Ultima VII|Realms of Arkania|Betrayal at Krondor|Darklands|Wizardry 8|Might and Magic VI
Heroes of Might and Magic III|Disciples II|Age of Wonders|Master of Magic|Master of Orion II|Ascendancy
Star Control II|Privateer|Freelancer|X2: The Threat|Independence War|Tachyon: The Fringe|Starlancer
Homeworld: Cataclysm|Ground Control|Battlezone|Urban Assault|Uprising|Incoming|Hard Truck: 18 Wheels of Steel
Midtown Madness 2|Motocross Madness|Re-Volt|POD|Ignition|Micro Machines V3|Death Rally|Big Red Racing
Screamer 2|Fatal Racing|Lego Racers|Stunt GP|Rollcage|Wipeout 2097|Jet Moto|Rush 2049|Road Rash 64
Twisted Metal 2|Vigilante 8|Tekken 3|Bloody Roar 2|Ehrgeiz|Bushido Blade|Rival Schools|Tobal No. 1
Cardinal Syn|Toshinden|Battle Arena Toshinden|Fighting Force|Dynamite Cop|Spikeout|Die Hard Arcade
Zombie Revenge|Cannon Spike|Power Stone 2|Chu Chu Rocket!|Seaman|Space Channel 5|Samba de Amigo
Jet Set Radio|Skies of Arcadia|Shenmue II|Blue Stinger|Illbleed|D2|Carrier|Headhunter|Rez|Ikaruga
Radiant Silvergun|Guardian Heroes|Panzer Dragoon Saga|Burning Rangers|Dragon Force|Shining Force III
Knights of the Round|Cadillacs and Dinosaurs|The Punisher|Metamorphic Force|Sunset Riders|Wild Guns
Pocky & Rocky|Goemon's Great Adventure|Mystical Ninja|Sparkster|Rocket Knight Adventures|Ristar
Dynamite Headdy|Gunstar Heroes|Alien Soldier|Vectorman|ToeJam & Earl|Ecco the Dolphin|Comix Zone
Kid Chameleon|Shinobi III|Strider 2|Bio Hazard Battle|Mega Turrican|Turrican II|Shadow of the Beast
Flimbo's Quest|Chuck Rock|Superfrog|Zool|James Pond 2|Cool Spot|Aladdin|The Lion King|Earthworm Jim 2
Boogerman|Plok|Claymates|Clayfighter 63⅓|Mr. Nutz|Putty Squad|Lomax|Globox Adventure|Tombi! 2
Spyro: Year of the Dragon|Croc: Legend of the Gobbos|Croc 2|Rascal|Bugs Bunny: Lost in Time|Pandemonium!
Jersey Devil|Blasto|MediEvil II|Hogs of War|Army Men: Sarge's Heroes|Syphon Filter 2|Fear Effect
Dino Crisis 2|Parasite Eve II|Koudelka|Galerians|Clock Tower II|Echo Night|Silent Hill: Origins
Siren: Blood Curse|Haunting Ground|Rule of Rose|Kuon|Forbidden Siren|Fatal Frame III|Obscure
Cold Fear|Extermination|Michigan: Report from Hell|Disaster Report|Raw Danger|Steel Battalion|Otogi
Kameo: Elements of Power|Blinx: The Time Sweeper|Voodoo Vince|Psychonauts|Stubbs the Zombie|Destroy All Humans!
Mercenaries: Playground of Destruction|Full Spectrum Warrior|The Suffering|Breakdown|Jade Empire
Phantom Dust|Chibi-Robo!|Giftpia|Custom Robo|Geist|Cubivore|Doshin the Giant|Odama|Pikmin 2
Baten Kaitos|Lost Kingdoms|Skies of Arcadia Legends|Tales of Symphonia|Eternal Darkness|Beyond the Beyond
Wild Arms 2|Suikoden II|Breath of Fire IV|Xenogears|Vagrant Story|Legend of Mana|Chrono Cross|Arc the Lad
Grandia|Lunar: Silver Star Story|Thousand Arms|Star Ocean: The Second Story|Valkyrie Profile|Dragon Quest VII
Azure Dreams|Monster Rancher 2|Digimon World|Jade Cocoon 2|Okage: Shadow King|Dark Cloud 2|Rogue Galaxy
Ys: The Oath in Felghana|Zwei!!|Gurumin|Brandish|Popful Mail|Dragon Slayer|Xanadu Next|Sorcerian"""

_HOP = """Elemental Gearbolt|Kartia: The Word of Fate|Nightmare Creatures II|Tiny Tank|Spriggan: Lunar Verse
Bust-A-Move 4|Incredible Crisis|Silent Bomber|Omega Boost|Robbit Mon Dieu|Mr. Domino|Devil Dice
Irritating Stick|Speed Punks|Rally Cross 2|Running Wild|Ghoul Panic|Point Blank 3|Lightning Legend
Rising Zan: The Samurai Gunman|The Granstream Saga|Hermie Hopperhead|Aquanaut's Holiday|Mister Mosquito
Chulip|Mr. Moskeeto|Gitaroo Man|Kuri Kuri Mix|Yanya Caballista|Poinie's Poin|Mojib-Ribbon|Magic Pengel
Boku no Natsuyasumi|Taxi 3|Gekibo: Gekisha Boy|Frog Feast|Densha de Go! 64|Charlie Blast's Territory
Dual Heroes|Mace: The Dark Age|Tonic Trouble|Buck Bumble|Rakuga Kids|Hey You, Pikachu!|Dezaemon 3D
Glover 2|Worms Pinball|Zool 2|Arcus Odyssey|Alisia Dragoon|Chakan: The Forever Man|Mazin Saga
Ranger X|Beyond Oasis|Crusader of Centy|Mr. Gimmick|Summer Carnival '92: Recca|Nightshade|Shatterhand
Little Samson|Kabuki Quantum Fighter|Vice: Project Doom|Moon Crystal|Sweet Home|Conquest of the Crystal Palace
Holy Diver|Dig Dug II|Ufouria: The Saga|Hebereke|Hagane: The Final Conflict|Pulseman|Yuu Yuu Hakusho Makyou Toitsusen
Jikkyou Oshaberi Parodius|Umihara Kawase|Rendering Ranger: R2|Bahamut Lagoon|Treasure Hunter G|Terranigma
Sutte Hakkun|Marvelous: Another Treasure Island|Magical Pop'n|Firemen|Rocky Rodent|Skyblazer|Brainies"""

LONGTAIL = [n for line in _LT.split("\n") for n in line.split("|")]
HOP_POOL = [n for line in _HOP.split("\n") for n in line.split("|")]

# the hop-target words that a legitimate hopper writes about its new game
LEGIT_HOP_TITLES = {
    "en": ["first time playing {g}!! blind run", "trying {g} because chat begged me", "{g} - retro night, no idea what I'm doing",
           "a weird old game called {g}? let's see", "{g} any% practice (new game!!)", "chat picked {g} so here we are"],
    "es": ["primera vez jugando {g} 😳", "probando {g}, un juego rarísimo", "noche retro: {g}"],
    "pt": ["primeira vez no {g}!", "testando {g}, jogo antigo bizarro", "noite retrô: {g}"],
    "ru": ["впервые играю в {g}", "пробуем {g} — старая игра", "ретро вечер: {g}"],
    "de": ["zum ersten Mal {g}", "wir testen {g} - Retro-Abend", "{g} blind durchspielen"],
    "fr": ["première fois sur {g}", "on découvre {g}, jeu oublié", "soirée rétro : {g}"],
    "ja": ["【初見】{g}をやってみる", "{g} 初プレイ！レトロゲーム", "【レトロ】{g}"],
    "ko": ["{g} 첫 플레이!", "고전게임 {g} 해보기", "시청자 추천 {g}"],
}
