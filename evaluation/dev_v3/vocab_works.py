"""Copyrighted works rebroadcast by pirates (and discussed by legitimate streamers).

Line format: name | kind | languages ("*" = anywhere) | abbreviations | emoji hint | nicknames
kind: film, series, anime, cartoon, novela, kdrama, dizi, indian, ru_series, asia_series
"""

_WORKS = """
Breaking Bad|series|*|BB,BrBa|🧪🚐|the meth teacher show;Heisenberg show
Better Call Saul|series|*|BCS|⚖️🦎|Saul show
The Sopranos|series|en,it|Sopranos|🍝🔫|Tony S show
Game of Thrones|series|*|GoT|🐉❄️|the dragon show;Westeros
House of the Dragon|series|*|HotD|🐉👑|dragon prequel
The Office|series|en|The Office US|📎🏢|Dunder Mifflin
Friends|series|en,es,pt,fr,it|F.R.I.E.N.D.S|☕🛋️|Central Perk show
The Simpsons|cartoon|*|Simpsons,Los Simpson,Os Simpsons|🍩💛|the yellow family;Springfield show
Family Guy|cartoon|en,es,de,fr|Padre de Familia,FG|🍺👶|Peter G show
South Park|cartoon|en,de,fr,es|SP|❄️🧢|Cartman show
Futurama|cartoon|en,es,de,pt|Futurama|🚀🤖|Planet Express
Rick and Morty|cartoon|*|R&M,Rick y Morty|🥒🛸|pickle rick show
SpongeBob SquarePants|cartoon|*|SpongeBob,Bob Esponja,Bob l'éponge,Губка Боб|🧽🍍|sponge show;Bikini Bottom
Adventure Time|cartoon|en,es,pt|Hora de Aventura|🐶👑|Finn and Jake
Regular Show|cartoon|en,es,pt|Un show más|🐦🦝|Mordecai show
Gravity Falls|cartoon|en,es,pt|GF|🌲🔺|Mystery Shack
Avatar: The Last Airbender|cartoon|*|ATLA|🌊🔥|Aang show
Bluey|cartoon|en|Bluey|🐶💙|the heeler family
Peppa Pig|cartoon|*|Peppa|🐷☔|pig cartoon
Tom and Jerry|cartoon|*|Tom y Jerry,Том и Джерри|🐱🐭|cat and mouse
Scooby-Doo|cartoon|en,es,pt|Scooby|🐕👻|mystery machine
The Boys|series|*|TB|🦸🩸|Homelander show
Invincible|cartoon|en,es,pt|Invencible|🦸💥|Mark Grayson show
Stranger Things|series|*|ST,ST5|🚲🔦|Hawkins show;Upside Down
Wednesday|series|*|Merlina,Wandinha|🖤🎻|Addams show
The Last of Us|series|*|TLOU|🍄🧟|Joel and Ellie show
Severance|series|en|Severance|🏢🧠|Lumon show
Shōgun|series|en,ja|Shogun|⚔️🏯|Blackthorne show
Peaky Blinders|series|en,de,pl,ru,tr|PB|🎩🔪|Shelby show
Doctor Who|series|en|DW|🕰️📦|the Doctor
Top Gear|series|en,ru,pl|TG|🚗🇬🇧|car show with Clarkson
Only Fools and Horses|series|en|OFAH|🚐💰|Trotters
Love Island|series|en|LI|🏝️❤️|villa show
The Great British Bake Off|series|en|GBBO|🎂⛺|bake tent
Yellowstone|series|en|YS|🐎🤠|Dutton ranch
Oppenheimer|film|*|Oppie|💣🎩|the bomb movie
Barbie|film|*|Barbie|💖👠|pink movie
Dune: Part Two|film|*|Dune 2|🏜️🪱|worm movie
Deadpool & Wolverine|film|*|D&W|⚔️🩸|Deadpool 3
Inside Out 2|film|*|Intensamente 2,Divertida Mente 2|😀😡|emotions movie
Wicked: For Good|film|*|Wicked 2|💚🧹|Wicked part two
Zootopia 2|film|*|Zootopia 2,Zootrópolis 2,Zootopie 2|🦊🐰|Judy and Nick
Avatar: Fire and Ash|film|*|Avatar 3|🔥🌊|blue people 3
Spider-Man: Brand New Day|film|*|Spider-Man 4,SM4|🕷️🕸️|spidey 4
The Super Mario Galaxy Movie|film|*|Mario Galaxy Movie|🍄⭐|mario movie 2
Toy Story 5|film|*|TS5|🤠🚀|Woody 5
The Odyssey|film|*|Nolan Odyssey|⛵🏛️|Nolan's greek movie
Supergirl|film|en,es,pt|Supergirl|🦸‍♀️|Kara movie
The Mandalorian and Grogu|film|*|Mando movie|🪖👶|baby yoda movie
Michael|film|*|Michael biopic|🕺🧤|MJ biopic
Project Hail Mary|film|en,es,de|PHM|🚀🕷️|Ryland Grace movie
The Hunger Games: Sunrise on the Reaping|film|*|Hunger Games 2026|🏹🔥|new Hunger Games
Moana|film|*|Moana live action,Vaiana|🌊🐓|live action Moana
A Minecraft Movie|film|*|Minecraft Movie,Una película de Minecraft|⛏️🟩|chicken jockey movie
Five Nights at Freddy's 2|film|*|FNAF 2 movie|🐻🍕|fnaf movie 2
Sonic the Hedgehog 3|film|*|Sonic 3|🦔💍|sonic movie
KPop Demon Hunters|film|*|KPDH,Guerreras K-pop|🎤👹|Huntrix movie
Home Alone|film|*|Mi pobre angelito,Solo en casa,Esqueceram de Mim,Один дома,Kevin allein zu Haus|🏠🎄|Kevin movie
How the Grinch Stole Christmas|film|en,es,de|The Grinch,El Grinch|💚🎄|grinch movie
Elf|film|en|Elf|🧝🎄|Buddy movie
Die Hard|film|en,de|Stirb langsam|🏢🔫|Christmas action classic
Interstellar|film|*|Interstellar|🌌⏳|Cooper movie
The Dark Knight|film|*|TDK|🦇🃏|batman joker movie
Shrek 2|film|*|Shrek 2|🧅💚|onion ogre 2
Harry Potter and the Philosopher's Stone|film|*|HP1,Harry Potter 1|⚡🧙|wizard boy movie
The Lord of the Rings: The Return of the King|film|*|LOTR,ROTK|💍🌋|ring movie
Titanic|film|*|Titanic|🚢🧊|boat movie
John Wick: Chapter 4|film|*|JW4|🐶🔫|Baba Yaga movie
Top Gun: Maverick|film|*|TGM|✈️🕶️|Maverick
The Godfather|film|*|El Padrino,Il Padrino,O Poderoso Chefão|🍊🔫|Corleone movie
Pulp Fiction|film|en,es,fr|PF|💼🍔|Tarantino classic
Joker: Folie à Deux|film|*|Joker 2|🃏🎤|joker 2
Spider-Man: Across the Spider-Verse|film|*|ATSV,Spider-Verse|🕷️🌈|spiderverse
Avengers: Endgame|film|*|Endgame|🧤💎|endgame
Fast X|film|*|Fast 10,Rápidos y Furiosos 10|🚗💨|family movie lol
La casa de papel|series|es,pt,fr,it,tr|LCDP,Money Heist|🎭💵|el Profesor
Élite|series|es|Elite|🎓🔪|Las Encinas
Aquí no hay quien viva|series|es|ANHQV|🏢🗝️|Desengaño 21
La que se avecina|series|es|LQSA|🏢🦐|Mirador de Montepinar
El Ministerio del Tiempo|series|es|MDT|⏳🚪|ministerio
Torrente, el brazo tonto de la ley|film|es|Torrente|🚓🍺|Torrente
El Chavo del 8|series|es,pt|El Chavo,Chaves|🛢️🥪|la vecindad
La Rosa de Guadalupe|novela|es|LRDG|🌹🙏|la rosa
Betty, la fea|novela|es,pt|Yo soy Betty la fea,Betty|👓💼|Ecomoda
Pasión de Gavilanes|novela|es|PDG|🐎🌹|los Reyes
La Reina del Sur|novela|es|LRDS|👑💊|Teresa Mendoza
Pablo Escobar: El patrón del mal|novela|es|El patrón del mal|💊🇨🇴|el patrón
Club de Cuervos|series|es|CDC|⚽🐦|los Cuervos
Los Simuladores|series|es|Los Simu|🕵️🎭|los simu
El Marginal|series|es|El Marginal|🚔🔒|San Onofre
Casados con hijos|series|es|CCH|🛋️👟|los Argento
Relatos salvajes|film|es|Relatos|💥🚗|Szifron
La familia P. Luche|series|es|P. Luche|🏠🤪|Ludovico
Nosotros los Nobles|film|es|Los Nobles|💰🏠|los nobles
Avenida Brasil|novela|pt|AvBrasil|🏙️🇧🇷|Carminha
Vale Tudo|novela|pt|Vale Tudo 2025|💃💰|Odete Roitman
Mania de Você|novela|pt|Mania|❤️🌊|novela das nove
Terra e Paixão|novela|pt|TeP|🌾❤️|novela da Globo
Cidade de Deus|film|pt,es|CDD|🔫🏘️|Dadinho
Tropa de Elite|film|pt|Tropa de Elite 2|💀🚓|Capitão Nascimento
O Auto da Compadecida|film|pt|Auto da Compadecida 2|⛪😂|João Grilo
A Grande Família|series|pt|AGF|🏠👨‍👩‍👧|Lineu
Turma da Mônica|cartoon|pt|TdM|🐰👧|Mônica e Cebolinha
Irmão do Jorel|cartoon|pt|IdJ|👦🏻💇|Jorel
Sintonia|series|pt|Sintonia|🎤🏘️|Doni
Ainda Estou Aqui|film|pt|AEA|📷🇧🇷|filme do Oscar
Tatort|series|de|Tatort|🕵️🇩🇪|Sonntagskrimi
Dark|series|de,en,es|DARK|⏳🌲|Winden
Babylon Berlin|series|de|BB|🎷🏙️|Gereon Rath
How to Sell Drugs Online (Fast)|series|de|HTSDOF|💊💻|Moritz
Die Discounter|series|de|Discounter|🛒😂|Feinkost Kolinski
Der Schuh des Manitu|film|de|Manitu|🪶🐎|Abahachi
Gute Zeiten, schlechte Zeiten|novela|de|GZSZ|💔🏙️|Kolle Kiez
Türkisch für Anfänger|series|de|TfA|🇹🇷📚|Lena
Kaamelott|series|fr|Kaamelott|🗡️🏰|Arthur
Lupin|series|fr,en|Lupin|🎩💎|Assane
Les Visiteurs|film|fr|Les Visiteurs|🏰⏳|Jacquouille
Intouchables|film|fr,de,es|Intouchables|♿🎷|Driss
Astérix et Obélix : Mission Cléopâtre|film|fr|Mission Cléopâtre|🧙‍♂️🏺|Astérix
Plus belle la vie|novela|fr|PBLV|🏘️☀️|le Mistral
Bienvenue chez les Ch'tis|film|fr|Les Ch'tis|🍟🌧️|Bergues
OSS 117 : Le Caire, nid d'espions|film|fr|OSS 117|🕶️🐔|Hubert
Gomorra|series|it|Gomorra|🔫🌋|Genny Savastano
Mare fuori|series|it|Mare Fuori|🌊🔒|IPM
Il commissario Montalbano|series|it|Montalbano|👮🌊|Vigata
Don Matteo|series|it|Don Matteo|⛪🚲|Don Matteo
Fantozzi|film|it|Fantozzi|☁️🏢|ragioniere
Un posto al sole|novela|it|UPAS|☀️🏖️|Palazzo Palladini
L'amica geniale|series|it|Amica Geniale|📚🇮🇹|Lenù
Świat według Kiepskich|series|pl|Kiepscy|🍺🛋️|Ferdek
Ranczo|series|pl|Ranczo|🐄🏡|Wilkowyje
Miś|film|pl|Miś|🐻🎬|Bareja
Chłopaki nie płaczą|film|pl|CHNP|😎🔫|Kuba
Kiler|film|pl|Kiler|🚕🔫|Jurek Kiler
M jak miłość|novela|pl|MJM|❤️🏡|Grabina
Wiedźmin|series|pl,en|The Witcher|🐺⚔️|Geralt
"""
