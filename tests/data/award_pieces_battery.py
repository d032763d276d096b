"""A battery of award sentences written for this project (h37c): winners, nominees and losers of
the Oscars, Cannes and the 2024-25 season bodies, each fact stated as a piece of a longer
sentence as well as alone, in many registers, with mutants (one slot changed).

Each entry is (text, pieces). A piece is (fragment, expect): `fragment` is a few words that
only that piece's claim covers; `expect` is "S" (a supported award claim covers it), "R" (a
refuted one covers it) or "X" (no supported claim covers it: refuted or left open are both fine).
A true sentence must also have no refuted award claim at all.
"""

BATTERY = [
    # --- lists after a colon -------------------------------------------------------------
    ("Anora had a huge night at the 97th Academy Awards: Best Picture, Best Director for Sean Baker "
     "and Best Actress for Mikey Madison.",
     [("Best Picture", "S"), ("Best Director for Sean Baker", "S"), ("Best Actress for Mikey Madison", "S")]),
    ("Anora had a huge night at the 97th Academy Awards: Best Picture, Best Director for Sean Baker "
     "and Best Actor for Mikey Madison.",
     [("Best Director for Sean Baker", "S"), ("Best Actor for Mikey Madison", "X")]),
    ("Winners at the BAFTAs included: Mikey Madison (Anora), Brady Corbet (The Brutalist) and "
     "Kieran Culkin (A Real Pain).",
     [("Mikey Madison", "S"), ("Brady Corbet", "S"), ("Kieran Culkin", "S")]),
    ("Winners at the BAFTAs included: Mikey Madison (Anora), Sean Baker (Anora) and "
     "Kieran Culkin (A Real Pain).",
     [("Mikey Madison", "S"), ("Sean Baker", "X"), ("Kieran Culkin", "S")]),
    # --- "A for Film, B for Film2" --------------------------------------------------------
    ("The acting Oscars went to Mikey Madison for Anora, Adrien Brody for The Brutalist and "
     "Zoe Saldaña for Emilia Pérez.",
     [("Mikey Madison", "S"), ("Adrien Brody", "S"), ("Zoe Saldaña", "S")]),
    ("The acting Oscars went to Mikey Madison for Anora, Adrien Brody for Conclave and "
     "Zoe Saldaña for Emilia Pérez.",
     [("Mikey Madison", "S"), ("Adrien Brody for Conclave", "X"), ("Zoe Saldaña", "S")]),
    ("At the Golden Globes, Demi Moore won for The Substance and Brady Corbet for The Brutalist.",
     [("Demi Moore", "S"), ("Brady Corbet", "S")]),
    ("At the Golden Globes, Demi Moore won for The Substance and Sean Baker for Anora.",
     [("Demi Moore", "S"), ("Sean Baker", "X")]),
    # --- appositions ----------------------------------------------------------------------
    ("The Academy named Sean Baker, the director of Anora, best director, and Adrien Brody, the "
     "star of The Brutalist, best actor.",
     [("Sean Baker", "S"), ("Adrien Brody", "S")]),
    ("The supporting actor prize went to Kieran Culkin, the scene-stealer of A Real Pain, not "
     "to Yura Borisov.",
     [("Kieran Culkin", "S")]),
    ("Last year's Palme d'Or winner, Anora, came from American indie director Sean Baker.",
     [("Palme d'Or winner, Anora", "S")]),
    ("Last year's Palme d'Or winner, Conclave, came from director Edward Berger.",
     [("Palme d'Or winner, Conclave", "X")]),
    # --- "<body> winner X" ----------------------------------------------------------------
    ("Oscar winner Mikey Madison arrived with her family.", [("Mikey Madison", "S")]),
    ("BAFTA winner Mikey Madison arrived with her family.", [("Mikey Madison", "S")]),
    ("DGA winner Sean Baker thanked his crew.", [("Sean Baker", "S")]),
    ("DGA winner Brady Corbet thanked his crew.", [("Brady Corbet", "X")]),
    ("Golden Globe winner Demi Moore, who also took the SAG award, was the favourite.",
     [("Golden Globe winner Demi Moore", "S"), ("who also took", "S")]),
    ("Spirit Award winner Mikey Madison and Gotham nominee Yura Borisov sat at the same table.",
     [("Mikey Madison", "S"), ("Yura Borisov", "S")]),
    ("Palme d'Or winner Sean Baker was in the audience.", [("Sean Baker", "S")]),
    ("Palme d'Or winner Brady Corbet was in the audience.", [("Brady Corbet", "X")]),
    # --- "the <category> statuette went to" -----------------------------------------------
    ("The best director statuette went to Sean Baker, and the best actor one to Adrien Brody.",
     [("Sean Baker", "S"), ("Adrien Brody", "S")]),
    ("The best director statuette went to Brady Corbet.", [("Brady Corbet", "R")]),
    ("The Oscar for film editing went to Sean Baker, who cut Anora himself.", [("film editing", "S")]),
    ("The Oscar for cinematography went to Lol Crawley for The Brutalist.", [("Lol Crawley", "S")]),
    ("The Oscar for cinematography went to Sean Baker for Anora.", [("Sean Baker", "X")]),
    # --- "lost to" ------------------------------------------------------------------------
    ("Yura Borisov lost to Kieran Culkin at the Oscars.", [("Yura Borisov", "S")]),
    ("Borisov, nominated for Anora, lost the BAFTA to Kieran Culkin.", [("BAFTA", "S")]),
    ("Mikey Madison lost to Demi Moore at the Golden Globes but beat her at the Oscars.",
     [("Mikey Madison lost", "S"), ("beat her at the Oscars", "S")]),
    ("Anora lost best film at the BAFTAs to Conclave, and Sean Baker lost best director to "
     "Brady Corbet.",
     [("Anora lost best film", "S"), ("Brady Corbet", "S")]),
    ("Anora lost best film at the BAFTAs to The Brutalist.", [("The Brutalist", "X")]),
    # --- "beat" / "edged out" -------------------------------------------------------------
    ("Mikey Madison beat Demi Moore to the best actress Oscar.", [("Mikey Madison", "S")]),
    ("Kieran Culkin beat Yura Borisov at the Oscars, the Globes and the BAFTAs.",
     [("Kieran Culkin", "S")]),
    ("Madison edged out Moore for the Academy Award, a surprise after the SAG result.",
     [("Madison edged out Moore", "S")]),
    ("Conclave edged out Anora for the BAFTA for best film.", [("Conclave", "S")]),
    ("Anora edged out Conclave for the BAFTA for best film.", [("Anora edged out Conclave", "X")]),
    # --- "picked up" / "went home with" / "took the <body> prize" -------------------------
    ("Sean Baker picked up four Oscars, and Mikey Madison went home with best actress.",
     [("Sean Baker picked up four Oscars", "S"), ("Mikey Madison", "S")]),
    ("Sean Baker picked up three Oscars, and Mikey Madison went home with best actress.",
     [("Sean Baker picked up three Oscars", "R"), ("Mikey Madison", "S")]),
    ("Mikey Madison went home with the BAFTA for leading actress.", [("Mikey Madison", "S")]),
    ("Mikey Madison went home with the Golden Globe for actress in a comedy.", [("Mikey Madison", "X")]),
    ("Anora took the Spirit Awards' top prize, best feature.", [("Anora", "S")]),
    ("Anora took the Critics Choice prize for best picture, then the PGA award.",
     [("Critics Choice", "S"), ("PGA", "S")]),
    ("Anora took the SAG prize for best ensemble.", [("Anora", "X")]),
    ("Anora took the Palme d'Or in May 2024.", [("Anora", "S")]),
    ("Anora took the Palme d'Or in May 2023.", [("Anora", "R")]),
    # --- "earned a nod" -------------------------------------------------------------------
    ("Yura Borisov earned a nod for best supporting actor, his first Oscar nomination.",
     [("Yura Borisov", "S")]),
    ("Yura Borisov earned a nod for best actor at the Oscars.", [("Yura Borisov", "X")]),
    ("Mikey Madison earned Golden Globe, SAG and Critics Choice nods for Anora.",
     [("Mikey Madison", "S")]),
    ("Karren Karagulian earned a Spirit Award nod alongside Yura Borisov.", [("Karren Karagulian", "S")]),
    # --- "swept" / "shut out" -------------------------------------------------------------
    ("Anora swept the Independent Spirit Awards, winning best feature, best director and best lead "
     "performance.",
     [("best feature", "S"), ("best director", "S"), ("best lead performance", "S")]),
    ("Anora was shut out at the Golden Globes, losing all five of its nominations.",
     [("shut out", "S")]),
    ("Anora was shut out at the Golden Globes, while Demi Moore won for The Substance.",
     [("Demi Moore", "S")]),
    # --- "its first <body> award" ---------------------------------------------------------
    ("Neon won its first Best Picture Oscar with Anora.", [("Neon", "S")]),
    ("Mikey Madison won her first Oscar for Anora.", [("Mikey Madison", "S")]),
    ("Mikey Madison won her first Oscar for The Substance.", [("The Substance", "X")]),
    # --- clause inside a longer sentence / participle / relative --------------------------
    ("After Cannes, where Anora won the Palme d'Or, Neon bought the film.", [("Palme d'Or", "S")]),
    ("Sean Baker, who won the Palme d'Or for Anora in 2024, thanked Greta Gerwig's jury.",
     [("Palme d'Or", "S")]),
    ("Sean Baker, who won the Palme d'Or for Anora in 2022, thanked the jury.",
     [("Palme d'Or", "R")]),
    ("Having won the DGA award, Sean Baker went into the Oscars as favourite.", [("DGA", "S")]),
    ("Honoured by the Directors Guild, Baker then won the WGA award for his script.",
     [("WGA", "S")]),
    ("The film, which won best picture at the Oscars, was also named best feature at the Spirit Awards.",
     [("best picture", "S"), ("best feature", "S")]),
    ("Mikey Madison was named best actress at the Oscars and best lead performer at the Spirit Awards.",
     [("best actress", "S"), ("best lead", "S")]),
    ("Madison won the BAFTA, while Moore took the SAG award.", [("Madison won the BAFTA", "S"), ("Moore", "S")]),
    ("Madison won the SAG award, while Moore took the BAFTA.", [("Madison won the SAG", "X"), ("Moore", "X")]),
    # --- passives -------------------------------------------------------------------------
    ("Anora was named best picture by the Academy and best film by the Critics Choice Association.",
     [("best picture", "S"), ("best film", "S")]),
    ("Anora was awarded the Palme d'Or by Greta Gerwig's jury in 2024.", [("Anora", "S")]),
    ("Sean Baker was honoured by the Producers Guild and the Writers Guild.",
     [("Producers Guild", "S"), ("Writers Guild", "S")]),
    # --- noun phrase with the fact as a modifier ------------------------------------------
    ("Oscar-winning editor Sean Baker cut the film himself.", [("Sean Baker", "S")]),
    ("Oscar-winning actress Mikey Madison is 25.", [("Mikey Madison", "S")]),
    ("Oscar-nominated actor Yura Borisov plays Igor.", [("Yura Borisov", "S")]),
    ("Oscar-winning actor Yura Borisov plays Igor.", [("Yura Borisov", "X")]),
    ("BAFTA-winning Anora star Mikey Madison", [("Mikey Madison", "S")]),
    # --- description ----------------------------------------------------------------------
    ("Anora's star won the best actress Oscar.", [("star", "S")]),
    ("Anora's director won the DGA award and the Oscar for best director.",
     [("DGA", "S"), ("best director", "S")]),
    ("Anora's director won the Golden Globe for best director.", [("Golden Globe", "X")]),
    # --- headline case / listicle blurb / verbless --------------------------------------------
    ("Mikey Madison Wins Best Actress Oscar for Anora", [("Mikey Madison", "S")]),
    ("Sean Baker Wins Golden Globe for Best Director", [("Sean Baker", "X")]),
    ("3. Anora (Neon) — winner, Palme d'Or 2024", [("Palme d'Or", "S")]),
    ("Best Supporting Actor: Kieran Culkin, A Real Pain", [("Kieran Culkin", "S")]),
    ("Best Supporting Actor: Yura Borisov, Anora", [("Yura Borisov", "X")]),
    ("The night's winners: Culkin for supporting actor, Saldaña for supporting actress, "
     "Brody for actor.",
     [("Culkin", "S"), ("Saldaña", "S"), ("Brody", "S")]),
    # --- interview paraphrase / content-farm ------------------------------------------------
    ("Baker told reporters he never expected to scoop four Academy Awards in one evening.",
     [("four Academy Awards", "S")]),
    ("The low-budget sensation bagged the coveted golden statuette for top picture, while its "
     "leading lady Mikey Madison grabbed the acting trophy.",
     [("top picture", "S"), ("Mikey Madison", "S")]),
    # --- Oscar history ---------------------------------------------------------------------
    ("Parasite won the Palme d'Or in 2019 and Bong Joon Ho the best director Oscar a year later.",
     [("Palme d'Or", "S"), ("Bong Joon Ho", "S")]),
    ("Emma Stone won best actress for La La Land in 2017 and again for Poor Things in 2024.",
     [("La La Land", "S"), ("Poor Things", "S")]),
    ("Emma Stone won best actress for La La Land in 2017 and again for The Favourite in 2019.",
     [("La La Land", "S"), ("The Favourite", "X")]),
    ("Adrien Brody, who won for The Pianist in 2003, won again for The Brutalist.",
     [("The Pianist", "S"), ("won again", "S")]),
]
