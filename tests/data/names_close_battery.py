"""A second names battery (session 18), written for these tests: names close to KB names that
are someone or something else, in many registers, and true slips of KB names.

OTHERS: sentences naming real people, films, words, brands and places the KB lacks (or
holds under another name) whose names are close to a KB name -- another "Sean", a "Madison"
who is not Mikey Madison, a title one word or letter off, a surname shared with a KB person,
a name suffix in another form, a title that goes on past a KB title -- and right names in
unusual dress (capitals, captions, possessives, inverted lists). No word of them may be
flagged as misspelt.
SLIPS: (sentence, the misspelt words, the spelling the KB holds, or None where the form is an
accepted one and must not be flagged).
HEADLINES: (headline, a KB person the linker must find in it, unflagged).
GAPS: (sentence, misspelt words, KB spelling, the mechanism that is missing) -- slips not yet
caught, or names of others still flagged; kept as expected failures.
"""

OTHERS = [
    # people the KB lacks, close to people it holds
    "The German DJ Shaun Baker released another dance single this summer.",
    "Simon Baker, the Australian actor, led a television procedural for seven seasons.",
    "Pop singer Madison Beer announced a world tour on Tuesday.",
    "MADISON BEER ANNOUNCES NEW ALBUM",
    "Comedian Mikey Day wrote the sketch with two colleagues.",
    "Chet Baker recorded the ballad in 1954, long before the biopic.",
    "Tom Baker played the Doctor for seven years on the BBC.",
    "Mia Goth starred in a trilogy of slasher films.",
    "Demi Lovato sang the anthem before kick-off.",
    "Kenan Thompson has been on the sketch show longer than anyone.",
    "Song Hye-kyo starred in a revenge drama on a streaming service.",
    "Zhao Tao has appeared in most of Jia Zhangke's films.",
    "Judd Apatow produced the comedy with his regular collaborators.",
    "Sean Bean's character dies early in the first season.",
    "Sean Paul headlined the Friday night of the music festival.",
    "Karl Glusman starred in Love for Gaspar Noé.",
    # ... beside the KB person, or their film, in the same text
    "Anora star Mikey Madison won best actress, while Madison Beer sang at the after-party.",
    "Sean Baker won four Oscars for Anora; Shaun Baker, a DJ, was not at the ceremony.",
    "Emma Stone won for Poor Things, and her namesake Emma Stoner, a teacher, wrote to us.",
    "Lee Sun-kyun played the father in Parasite, and Lee Jung-jae starred in a hit series.",
    "Adrien Brody won for The Brutalist, and Adam Brody hosted a party afterwards.",
    "Ralph Fiennes played the cardinal in Conclave, and the explorer Ranulph Fiennes wrote a "
    "memoir.",
    "Ralph Fiennes leads Conclave; the adventurer Ranulph Fiennes crossed Antarctica.",
    "Isabella Rossellini was nominated for Conclave. Isotta Rossellini teaches at a university.",
    "Sean Baker thanked the crew; Simon Baker presented the next award.",
    "Emma Stone won for Poor Things; Emily Stone, the festival's publicist, confirmed the news.",
    "Demi Moore starred in The Substance. Dudley Moore starred in Arthur.",
    "Anora's producer Samantha Quan spoke, and Samantha Quinn from the studio followed.",
    "Sebastian Stan was nominated for The Apprentice, and Sebastian Stanley, a writer, "
    "reviewed it.",
    "Jeremy Strong played Roy Cohn; Jeremy Stone wrote the review.",
    "Sean Baker's Anora won. Sean Barker, a fan, queued all night.",
    # ... whose sentence names films the KB ties to someone else
    "Sean Baker directed Anora. Stanley Baker starred in The Guns of Navarone.",
    "Emma Stone won for La La Land. Emily Stone starred in Casablanca.",
    # a Slavic surname in its other gender: a relative or a namesake
    "After the screening of Anora, Borisova answered questions from the audience.",
    "Film critic Kaminska praised the cinematography of Schindler's List.",
    # a name suffix in another form
    "Robert Downey Jnr won for Oppenheimer.",
    "Robert Downey Junior won for Oppenheimer.",
    "Robert Downey Jr won best supporting actor.",
    # films the KB lacks, close to films it holds
    "Gigli was a notorious flop for its two famous stars.",
    "Enclave, a small drama about a divided town, played at a regional festival.",
    "The 2012 Norwegian film Aurora premiered at a small festival.",
    "Tag, a comedy about grown men playing a children's game, opened in 2018.",
    "The HBO drama Rome ran for two seasons.",
    "Moonlighting made Bruce Willis a television star.",
    "Drive starred Ryan Gosling as a getaway driver.",
    "Sing, the animated musical, had a sequel in 2021.",
    "Seoul Searching is a comedy set at a summer camp.",
    "We watched The Mother again last night at the cinema.",
    "The Room Next Door opened on Friday in a few theatres.",
    "We caught The Room Next Door at a matinee.",
    "The Room has become a midnight-screening favourite.",
    "The Dark Knight Rises closed the trilogy.",
    "Children of Men imagines a world without births.",
    "Bear Story won the animated short Oscar for Chile.",
    # ordinary words, brands and places
    "ANORAK SALES SOAR AS WINTER ARRIVES",
    "Anoraks and umbrellas lined the red carpet on a wet night.",
    "ANGORA CATS STEAL THE SHOW IN NEW DOCUMENTARY",
    "Madison Square Garden hosted the premiere party.",
    "The studio's offices moved to Madison Avenue last year.",
    "Baker Street was closed for the location shoot.",
    "Oscar Mayer ran an advert during the broadcast.",
    "Titans Of Industry Flock To Sundance",
    "The Tar Pits Feature In The Final Reel",
    "Parasites Are The Real Villains In This Horror Sequel",
    "Martyrs And Saints: A Season Of Religious Cinema",
    "Emilia-Romagna lent its hills to the production.",
    "BRIGHTON ROCKS: SEASIDE CINEMAS REOPEN",
    "Babes In Toyland Returns To Cinemas For The Holidays",
    "Gandhian nonviolence inspired the documentary's subjects.",
    "The Seoul premiere drew a large crowd.",
    "Gravitas is what the role demands, and the actor has it.",
    "Whiplashed by the ending, the audience left in silence.",
    "Coda: Music And Memory Is Out This Week",
    "Curtiss built aircraft before it made films about them.",
    "The Moor of Venice was adapted by Orson Welles.",
    # right names in unusual dress
    "FRANCES MCDORMAND WINS THIRD OSCAR",
    "(From left) Mikey Madison, Mark Eydelshteyn and Yura Borisov at the premiere.",
    "Pictured: Sean Baker, Samantha Quan and Alex Coco with their statuettes.",
    "Mikey Madison (Anora) and Demi Moore (The Substance) were the favourites.",
    "BAKER, SEAN: BEST DIRECTOR",
    "Sean Baker-directed Anora won the Palme d'Or.",
    "EMMA STONE'S BELLA BAXTER WINS HER A SECOND OSCAR",
    "Anora\u2019s Mikey Madison won best actress.",
    "SEAN BAKER'S ANORA TAKES TOP PRIZE",
    "Oscar-winning star Mikey Madison signed on to a thriller.",
    "Yuri Borisov, who plays Igor, was nominated too.",
]

SLIPS = [
    ("Director Sean Bakre's Anora won the Palme d'Or.", "Sean Bakre", "Sean Baker"),
    ("Mikey Madisson won best actress for Anora.", "Mikey Madisson", "Mikey Madison"),
    ("Micky Madison plays Ani in Anora.", "Micky Madison", "Mikey Madison"),
    ("Anora, starring Mikey Madsion, won best picture.", "Mikey Madsion", "Mikey Madison"),
    ("Adrien Brodie won his second Oscar for The Brutalist.", "Adrien Brodie", "Adrien Brody"),
    ("Adrian Brody won best actor for The Brutalist.", "Adrian Brody", "Adrien Brody"),
    ("The Brutalist's director, Brady Corbit, shot on VistaVision.", "Brady Corbit",
     "Brady Corbet"),
    ("Kieran Culkan won best supporting actor for A Real Pain.", "Kieran Culkan", "Kieran Culkin"),
    ("Zoe Saldanna won for Emilia Pérez.", "Zoe Saldanna", "Zoe Saldaña"),
    ("Demi Moor was nominated for The Substance.", "Demi Moor", "Demi Moore"),
    ("Emma Stoen won best actress for Poor Things.", "Emma Stoen", "Emma Stone"),
    ("Cillian Murphey won best actor for Oppenheimer.", "Cillian Murphey", "Cillian Murphy"),
    ("Christopher Nolen won best director for Oppenheimer.", "Christopher Nolen",
     "Christopher Nolan"),
    ("Mark Rylnce won best supporting actor for Bridge of Spies.", "Mark Rylnce", "Mark Rylance"),
    ("Yura Borisof was nominated for playing Igor in Anora.", "Yura Borisof", "Yura Borisov"),
    ("Sean Baker's film Annora won the Palme d'Or.", "Annora", "Anora"),
    ("Justine Triet's Anatomy of a Fal won the Palme d'Or.", "Anatomy of a Fal",
     "Anatomy of a Fall"),
    ("Michelle Yoeh won best actress for Everything Everywhere All at Once.", "Michelle Yoeh",
     "Michelle Yeoh"),
    ("Jamie Lee Curtiss won best supporting actress for Everything Everywhere All at Once.",
     "Jamie Lee Curtiss", "Jamie Lee Curtis"),
    ("Da'Vine Joy Randolph's co-star Paul Giamatty was nominated.", "Paul Giamatty",
     "Paul Giamatti"),
    ("Brendan Fraiser won best actor for The Whale.", "Brendan Fraiser", "Brendan Fraser"),
    ("Hoyte Van Hoytma shot Oppenheimer.", "Hoyte Van Hoytma", "Hoyte van Hoytema"),
    ("MIKEY MADDISON WON BEST ACTRESS FOR ANORA", "MIKEY MADDISON", "Mikey Madison"),
    ("SEAN BAKKER WINS PALME D'OR", "SEAN BAKKER", "Sean Baker"),
    ("Juri Borisov plays Igor in Anora.", "Juri Borisov", "Yura Borisov"),
    # a first name botched, beside a film of the person's
    ("Sean Baker won Best Director. Later, Steve Baker's Anora won Best Picture.",
     "Steve Baker", "Sean Baker"),
    # the other gender's surname after the person's own first name
    ("Anora's Yura Borisova was nominated.", "Yura Borisova", "Yura Borisov"),
    # an article added to a title, among other films
    ("Anora beat The Conclave for Best Picture.", "The Conclave", "Conclave"),
    ("Tonight we are showing The Father of the Bride in the garden.",
     "The Father of the Bride", "Father of the Bride"),
    # accepted forms: not flagged
    ("Robert Downey Jnr won for Oppenheimer.", "Robert Downey Jnr", None),
    ("Frances Mcdormand won her third Oscar for Nomadland.", "Frances Mcdormand", None),
    ("Mikey Madison\u2019s Ani is the heart of Anora.", "Mikey Madison", None),
]

HEADLINES = [
    ("Sean Baker Wins Palme d'Or For Anora", "Sean Baker"),
    ("MIKEY MADISON TAKES BEST ACTRESS", "Mikey Madison"),
    ("Adrien Brody Wins Second Best Actor Oscar", "Adrien Brody"),
    ("KIERAN CULKIN WINS SUPPORTING ACTOR FOR A REAL PAIN", "Kieran Culkin"),
    ("Zoe Saldaña Takes Supporting Actress Prize", "Zoe Saldaña"),
    ("Brady Corbet Directs The Brutalist", "Brady Corbet"),
    ("Mikey Madison Beats Demi Moore To Best Actress", "Demi Moore"),
    ("EMMA STONE WINS SECOND OSCAR", "Emma Stone"),
    ("Cillian Murphy Named Best Actor", "Cillian Murphy"),
]

GAPS = [
    ("Adrien Brody won best actor. Adam Brody presented the sound award.", "Adam Brody", None,
     "another given name with the surname of a person named in full is read as a botched "
     "first name; nothing in the sentence says who this is"),
    ("Sean Baker directed Anora. Stanley Baker starred in Zulu decades earlier.",
     "Stanley Baker", None, "a botched first name: a film the KB lacks does not count "
     "against it"),
    ("Kieran Culkin won for A Real Pain. Kevin Culkin was not involved.", "Kevin Culkin", None,
     "a botched first name: no evidence either way"),
    ("MIKEY MADDISON WINS BEST ACTRESS", "MIKEY MADDISON", "Mikey Madison",
     "a fuzzy full name needs a film, ceremony or person of the text tied to it; a "
     "category is no tie"),
    ("Ghandi won best picture in 1983.", "Ghandi", "Gandhi",
     "a one-word title with two letters swapped and no film beside it"),
    ("Ke Huy Kwan won best supporting actor.", "Ke Huy Kwan", "Ke Huy Quan",
     "a surname spelt by ear with another first letter"),
    ("Timothée Chalamey played Bob Dylan.", "Timothée Chalamey", "Timothée Chalamet",
     "a last letter changed, with only a character named beside it"),
]
