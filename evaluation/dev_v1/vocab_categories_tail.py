"""Long tail of obscure / old / dead game categories (0-30 viewers in total)."""

_DEAD_MULTIPLAYER = """Artifact|LawBreakers|Battleborn|Bleeding Edge|Hyper Scape|Spellbreak|Rumbleverse|Knockout City
CRSED: F.O.A.D.|Darwin Project|The Culling|Radical Heights|Islands of Nyne: Battle Royale|Anthem|Marvel's Avengers
Babylon's Fall|Crucible|Concord|Suicide Squad: Kill the Justice League|XDefiant|Skull and Bones|Redfall
Evil Dead: The Game|Hawken|Paragon|Gigantic|Dirty Bomb|Evolve Stage 2|Battlerite Royale|Realm Royale
Ring of Elysium|Cuisine Royale|Z1 Battle Royale|Fractured Space|Master X Master|Atlas Reactor|Dawngate
Strife|Infinite Crisis|Bloodline Champions|Cyber Hunter|Eternal Return|Vampire: The Masquerade - Bloodhunt
Warhaven|The Cycle: Frontier|Scavengers|Rogue Company|MultiVersus|Worlds Adrift|WildStar|Tabula Rasa
City of Heroes|Star Wars Galaxies|Warhammer Online: Age of Reckoning|The Matrix Online|Asheron's Call
Auto Assault|Firefall|Defiance|Skyforge|Bless Unleashed|ArcheAge|TERA|Rift|Elsword|Vindictus|Dragon Nest
Aura Kingdom|Eden Eternal|Echo of Soul|Closers|SoulWorker|MapleStory 2|Black Squad|Combat Arms: Reloaded
Soldier Front|Alliance of Valiant Arms|S4 League|GunBound|GunZ: The Duel|Rappelz|Flyff|Cabal Online
RF Online|Conquer Online|2Moons|Requiem: Memento Mori|Shaiya|Last Chaos|Atlantica Online|Priston Tale
Luna Online|Grand Chase|Fiesta Online|LaTale|Wakfu|Ryzom|Vanguard: Saga of Heroes|Darkfall
Age of Conan: Unchained|EverQuest II|Anarchy Online|Ultima Online|Dark Age of Camelot|Shadowbane
Face of Mankind|Hyperscape Arena|Battalion 1944|Hardline Arena|Breakaway Brawl|Lost Light|Farlight 84
Super People|Mavericks: Proving Grounds|Boundary|Bleak Faith: Forsaken|Exoprimal|Gundam Evolution
Hytale Kingdoms|Knights of Honor II: Sovereign|The Day Before|Gangstar New Orleans|Dead Island 2: SoLA"""

_RETRO = """Gex|Croc: Legend of the Gobbos|Jet Set Radio|Blinx: The Time Sweeper|Chibi-Robo!|Vib-Ribbon
Mister Mosquito|Tail Concerto|Tomba!|Klonoa: Door to Phantomile|Ape Escape|Jumping Flash!
Spyro 2: Ripto's Rage!|Bugs Bunny: Lost in Time|Rayman 2: The Great Escape|Glover|Chameleon Twist
Space Station Silicon Valley|Jet Force Gemini|Blast Corps|Body Harvest|Mischief Makers|Beetle Adventure Racing!
Diddy Kong Racing|Rocket: Robot on Wheels|Conker's Bad Fur Day|Banjo-Tooie|Kameo: Elements of Power
Grabbed by the Ghoulies|Beyond Good & Evil|Sly 2: Band of Thieves|Jak II|Ratchet: Deadlocked
Okage: Shadow King|Dark Cloud 2|Rogue Galaxy|Ico|Haunting Ground|Rule of Rose|Kuon|Siren: Blood Curse
Fatal Frame II: Crimson Butterfly|Clock Tower|Echo Night|Galerians|Koudelka|Shadow Hearts: Covenant
Legend of Legaia|The Legend of Dragoon|Threads of Fate|Brave Fencer Musashi|Alundra|Vagrant Story
Xenogears|Wild Arms 2|Breath of Fire IV|Suikoden II|Grandia|Lunar: Silver Star Story Complete
Thousand Arms|Jade Cocoon: Story of the Tamamayu|Azure Dreams|Monster Rancher 2|Tombi! 2|Dino Crisis 2
Parasite Eve II|Fear Effect|Syphon Filter 2|MediEvil|Hogs of War|Worms Armageddon|Blasto|Pandemonium!
Mega Man Legends 2|Bushido Blade|Tobal No. 1|Ehrgeiz|Einhänder|Silent Bomber|Omega Boost|Kula World
Intelligent Qube|Devil Dice|Incredible Crisis|Um Jammer Lammy|Mr. Driller|Herc's Adventures
Croc 2|Frogger 2: Swampy's Revenge|Chicken Run|Toy Story 2: Buzz Lightyear to the Rescue!|A Bug's Life
Shrek 2|Bee Movie Game|Ratatouille|Cars Mater-National Championship|The Incredibles: Rise of the Underminer
Monsters, Inc. Scream Arena|Finding Nemo|The Matrix: Path of Neo|Enter the Matrix|Terminator 3: The Redemption
The Godfather: The Game|Scarface: The World Is Yours|Reservoir Dogs|The Warriors|Rocky Legends
GoldenEye: Rogue Agent|007: Everything or Nothing|From Russia with Love|The Thing|Aliens: Colonial Marines
Aliens versus Predator 2|Peter Jackson's King Kong|Jaws Unleashed|Ghostbusters: The Video Game
Back to the Future: The Game|Trespasser|Jurassic Park: Operation Genesis|Die Hard Trilogy|Fight Club
Pirates of the Caribbean: At World's End|The Lord of the Rings: The Third Age|The Lord of the Rings: Conquest
Harry Potter and the Chamber of Secrets|Harry Potter: Quidditch World Cup|James Cameron's Avatar: The Game
TRON: Evolution|The Chronicles of Narnia: The Lion, the Witch and the Wardrobe|Star Wars: The Force Unleashed II
Star Wars: Republic Commando|Star Wars Episode I: Racer|Indiana Jones and the Emperor's Tomb
X-Men Origins: Wolverine|The Simpsons Game|Family Guy: Back to the Multiverse|Futurama|South Park Rally
SpongeBob SquarePants: Revenge of the Flying Dutchman|Avatar: The Last Airbender|Naruto: Clash of Ninja Revolution
Dragon Ball Z: Budokai 3|One Piece: Grand Battle!|Bleach: Shattered Blade|Saint Seiya: Soldiers' Soul
Yu Yu Hakusho: Dark Tournament|Hunter x Hunter: Nen x Impact|Inazuma Eleven|Death Note: Kira Game
Narcos: Rise of the Cartels|The Walking Dead: Destinies|Terminator: Resistance|Aliens: Fireteam Elite
Predator: Hunting Grounds|Godzilla|The Lord of the Rings: Gollum|LEGO The Lord of the Rings
LEGO Harry Potter: Years 1-4|LEGO Batman: The Videogame|LEGO Jurassic World|Mad Max
The Thing: Remastered|Blade Runner: Enhanced Edition|Hollywood Animal|Dune: Spice Wars|Atomic Heart"""

_INDIE = """Ultrakill|Dusk|Amid Evil|Ion Fury|Cruelty Squad|Hypnospace Outlaw|Paradise Killer|Pathologic 2
Disco Elysium|Outer Wilds|Return of the Obra Dinn|Papers, Please|Pony Island|Baba Is You|Tunic
Hyper Light Drifter|Axiom Verge|Iconoclasts|Owlboy|Chicory: A Colorful Tale|A Short Hike|Night in the Woods
Oxenfree|Kentucky Route Zero|Gone Home|Firewatch|What Remains of Edith Finch|The Stanley Parable: Ultra Deluxe
Superliminal|Antichamber|The Talos Principle 2|Q.U.B.E. 2|Manifold Garden|Viewfinder|Tchia|Sable|Jusant
Venba|Cocoon|Hi-Fi Rush|Sifu|Tinykin|Dordogne|Little Kitty, Big City|Thank Goodness You're Here!
Pseudoregalia|Crow Country|Lorelei and the Laser Eyes|Animal Well|UFO 50|Arco|Nine Sols|Hauntii
Kunitsu-Gami: Path of the Goddess|Mullet Madjack|Beyond Blue|Spiritfarer|Unpacking|Wytchwood|Loddlenaut
Cassette Beasts|Coromon|Temtem|Nexomon: Extinction|Monster Sanctuary|Ooblets|Littlewood|Roots of Pacha
Sun Haven|Coral Island|Fae Farm|Garden Story|Potion Permit|Moonstone Island|Dungeon of the Endless
Endless Space 2|Gnosia|Signalis|Hylics 2|World of Horror|Fear & Hunger|Iron Lung|Faith: The Unholy Trinity
Sucker for Love: First Date|Devotion|Detention|Home Safety Hotline|No One Lives Under the Lighthouse
Inside|Limbo|Little Nightmares II|Mundaun|Scorn|Visage|Madison|The Mortuary Assistant|Dead Space 2"""

_OLD_PC = """Clive Barker's Undying|No One Lives Forever 2: A Spy in H.A.R.M.'s Way|Thief II: The Metal Age|System Shock 2
Arx Fatalis|Gothic II|Risen|Two Worlds II|Divine Divinity|Sacred Gold|Dungeon Siege II|Nox|Darkstone
Revenant|Vampire: The Masquerade - Redemption|Planescape: Torment|Arcanum: Of Steamworks and Magick Obscura
Lionheart: Legacy of the Crusader|Pool of Radiance: Ruins of Myth Drannor|The Temple of Elemental Evil
Icewind Dale II|Lands of Lore III|Anachronox|Omikron: The Nomad Soul|Outcast|Giants: Citizen Kabuto
Sacrifice|Evil Genius|Dungeon Keeper 2|Black & White 2|Startopia|Tropico 2: Pirate Cove|Theme Hospital
Zoo Tycoon 2|RollerCoaster Tycoon 3|SimCity 4|The Sims Medieval|Spore|Creatures 3|Lemmings Revolution
Worms 3D|Hostile Waters: Antaeus Rising|MDK2|Messiah|Sanitarium|Realms of the Haunting|The 7th Guest
Myst III: Exile|Syberia II|The Longest Journey|Grim Fandango Remastered|Full Throttle|Sam & Max Hit the Road
Day of the Tentacle|Broken Sword: Shadow of the Templars|Gabriel Knight: Sins of the Fathers|Phantasmagoria
Harvester|I Have No Mouth, and I Must Scream|Star Wars: Galactic Battlegrounds|Empire Earth|Rise of Nations
Rise of Legends|Battle Realms|Kohan II: Kings of War|Earth 2150|Ground Control|Homeworld: Cataclysm
Z: Steel Soldiers|Warzone 2100|Total Annihilation|Dark Reign: The Future of War|Emperor: Battle for Dune
Command & Conquer: Renegade|Command & Conquer: Tiberian Sun|Enemy Territory: Quake Wars|Unreal Tournament 2004
Quake 4|Prey (2006)|TimeSplitters 2|Red Faction II|Breakdown|Second Sight|Psi-Ops: The Mindgate Conspiracy
Freedom Fighters|Mercenaries 2: World in Flames|The Saboteur|Just Cause|Crackdown 2|Prototype 2
inFAMOUS: Festival of Blood|Brütal Legend|Stubbs the Zombie in Rebel Without a Pulse|Destroy All Humans! 2
Dead Rising 2: Off the Record|Lollipop Chainsaw|Shadows of the Damned|killer7|No More Heroes 2: Desperate Struggle
Vanquish|Binary Domain|Quantum Break|Alan Wake's American Nightmare|Singularity|Dark Sector|Lost Planet 2
Dark Void|Bionic Commando|Wet|Inversion|Brink|Homefront|Haze|Turning Point: Fall of Liberty|Legendary
Damnation|Rogue Warrior|Duke Nukem Forever|Kane & Lynch 2: Dog Days|The Bureau: XCOM Declassified
Ryse: Son of Rome|Knack|The Order: 1886|Lair|Heavenly Sword|Folklore|Sorcery|Puppeteer|Tearaway
Rain|Gravity Rush 2|Freedom Wars|Soul Sacrifice|Killzone: Mercenary|Resistance: Burning Skies|Starhawk|MAG
Warhawk|Tokyo Jungle|Echochrome|Flower|Entwined|Hohokum|Gothic 3|ELEX II|Aquanox|Jagged Alliance 2
Gorky 17|Heroes of Might and Magic V|King's Bounty: The Legend|Disciples II: Dark Prophecy|Majesty 2
Stronghold Crusader|Cossacks: European Wars|Knights and Merchants|The Settlers IV|Anno 1503|Patrician III
Gunman Chronicles|Blue Shift|Opposing Force|Ricochet|Deathmatch Classic|Day of Defeat: Source
Codename: Panzers|Sudden Strike 2|Blitzkrieg|Men of War|Il-2 Sturmovik: 1946|Freelancer|Tachyon: The Fringe
Descent 3|Terminal Velocity|Rollcage|Wipeout Pure|Fatal Inertia|Split/Second|Blur|MotorStorm: Apocalypse
Jet Moto|Star Wars: Demolition|Vigilante 8|Twisted Metal: Black|Carmageddon II|Interstate '76|Outlaws"""

_EASTERN = """Pathologic Classic HD|Il-2 Sturmovik: Forgotten Battles|Space Rangers 2|King's Bounty: Dark Side
Sublustrum|Black Mirror|Cryostasis|The Void|Metro 2033|S.T.A.L.K.E.R.: Clear Sky|Evil Islands
Blitzkrieg 2|Heroes of Annihilated Empires|Perimeter|Parkan: The Imperial Chronicles|Ex Machina
Vangers|Silent Storm|Operation Flashpoint: Dragon Rising|Cossacks II: Napoleonic Wars|Beholder
Hard Truck: 18 Wheels of Steel|Kholat|Pathologic 3|Atom RPG|Loop Hero|Tiny Bunny|Kanobu Quest
Trainz Simulator 12|Kosmokrysy|Geneforge 4|Tengai Makyou Zero|Mother 3|Earthbound Beginnings
Star Ocean: Till the End of Time|Radiata Stories|Tales of Legendia|Tales of Rebirth|Baten Kaitos Origins
Custom Robo|Pikmin 2|Kirby Air Ride|F-Zero GX|Chibi-Robo! Park Patrol|Odama|Doshin the Giant
Cubivore|Giftpia|Mr. Mosquito 2|Seaman|Segagaga|Shenmue II|Skies of Arcadia Legends|Space Channel 5 Part 2
Rez|Chu Chu Rocket!|Power Stone 2|Tech Romancer|Illbleed|D2|Blue Stinger|Carrier|Seventh Cross Evolution
Tokimeki Memorial|Boku no Natsuyasumi|Katamari Forever|Noby Noby Boy|Densha de Go!|Taiko no Tatsujin: Rhythm Festival
Yakuza Kenzan!|Ryu ga Gotoku Ishin!|Gyakuten Kenji 2|Nazo no Murasame-jō|Tantei Jinguji Saburo|Osu! Tatakae! Ouendan"""


def _split(block):
    out = []
    for line in block.strip().splitlines():
        for part in line.split("|"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


TAIL_NAMES = []
for _b in (_DEAD_MULTIPLAYER, _RETRO, _INDIE, _OLD_PC, _EASTERN):
    for _n in _split(_b):
        if _n not in TAIL_NAMES:
            TAIL_NAMES.append(_n)

_R = _split(_RETRO)
TAIL_FRANCHISE = set(_R[_R.index("Chicken Run"):]) - {"Atomic Heart", "Hollywood Animal"} | {
    "Evil Dead: The Game", "Marvel's Avengers", "Suicide Squad: Kill the Justice League",
    "The Matrix Online", "Star Wars Galaxies", "Shrek 2", "Bee Movie Game", "Ratatouille", "Chicken Run",
    "Toy Story 2: Buzz Lightyear to the Rescue!", "A Bug's Life", "Finding Nemo",
    "Cars Mater-National Championship", "The Incredibles: Rise of the Underminer",
    "Monsters, Inc. Scream Arena",
}
TAIL_HORROR = {"Haunting Ground", "Rule of Rose", "Kuon", "Siren: Blood Curse", "Fatal Frame II: Crimson Butterfly",
               "Clock Tower", "Echo Night", "Galerians", "Koudelka", "Signalis", "World of Horror", "Fear & Hunger",
               "Iron Lung", "Faith: The Unholy Trinity", "Devotion", "Detention", "Home Safety Hotline", "Visage",
               "Madison", "The Mortuary Assistant", "Dead Space 2", "Phantasmagoria", "Harvester", "The 7th Guest",
               "Realms of the Haunting", "Clive Barker's Undying", "Illbleed", "Blue Stinger", "Carrier",
               "Scorn", "Mundaun", "Little Nightmares II", "Tiny Bunny", "Kholat", "Cryostasis"}
