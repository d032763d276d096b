"""A battery of page layouts written for this project (h39d): facts the default KB holds, stated
not in sentences but in the shapes real pages use for them -- numbered listicle entries, winners
lists under a heading, "Category: Winner (Film)" rows, "Year - Film" rows, table rows flattened
to text, photo captions, questions answered by a bare name, bullets and "Winner: ... Nominees:
..." lines -- each with mutants that change one slot (year, film, winner, category, or a nominee
listed as a winner).

Each entry is (text, pieces). A piece is (fragment, expect): `fragment` is a few words that only
that piece's claim covers; `expect` is "S" (a supported claim covers it, no refuted one), "R" (a
refuted claim covers it, no supported one), "X" (no supported claim covers it) or "O" (no refuted
claim covers it: supported or left open are both fine). A text whose pieces are all "S" or "O"
must also have no refuted claim at all.
"""

BATTERY = [
    # --- numbered listicle entries under a heading -----------------------------------------
    ("The youngest winners of the Oscar for Best Actress\n\n"
     "1. Marlee Matlin - Children of a Lesser God (1987)\n"
     "2. Jennifer Lawrence - Silver Linings Playbook (2013)\n"
     "3. Grace Kelly - The Country Girl (1955)\n",
     [("Marlee Matlin", "S"), ("Jennifer Lawrence", "S"), ("Grace Kelly", "S")]),
    ("The youngest winners of the Oscar for Best Actress\n\n"
     "1. Marlee Matlin - Children of a Lesser God (1987)\n"
     "2. Jennifer Lawrence - American Hustle (2013)\n"
     "3. Grace Kelly - The Country Girl (1955)\n",
     [("Marlee Matlin", "S"), ("Jennifer Lawrence", "R"), ("Grace Kelly", "S")]),
    ("The youngest winners of the Oscar for Best Actress\n\n"
     "1. Marlee Matlin - Children of a Lesser God (1987)\n"
     "2. Jennifer Lawrence - Silver Linings Playbook (2013)\n"
     "3. Grace Kelly - The Country Girl (1961)\n",
     [("Marlee Matlin", "S"), ("Jennifer Lawrence", "S"), ("Grace Kelly", "R")]),
    ("Ten Best Actress winners who were not yet 26\n\n"
     "4. Audrey Hepburn, Roman Holiday (1954)\n"
     "5. Hilary Swank, Boys Don't Cry (2000)\n",
     [("Audrey Hepburn", "S"), ("Hilary Swank", "S")]),
    ("Ten Best Actress winners who were not yet 26\n\n"
     "4. Audrey Hepburn, Sabrina (1954)\n"
     "5. Hilary Swank, Boys Don't Cry (2000)\n",
     [("Audrey Hepburn", "R"), ("Hilary Swank", "S")]),
    ("Every Best Picture winner of the 2010s, ranked\n\n"
     "10. Green Book (2019)\n"
     "9. The Shape of Water (2018)\n"
     "8. Moonlight (2017)\n",
     [("Green Book", "S"), ("Shape of Water", "S"), ("Moonlight", "S")]),
    ("Every Best Picture winner of the 2010s, ranked\n\n"
     "10. Green Book (2019)\n"
     "9. The Shape of Water (2016)\n"
     "8. Moonlight (2017)\n",
     [("Green Book", "S"), ("Shape of Water", "R"), ("Moonlight", "S")]),
    # --- "Name (Film, Year)" entries ------------------------------------------------------
    ("Best Actress winners in their twenties include Grace Kelly (The Country Girl, 1955), "
     "Audrey Hepburn (Roman Holiday, 1954) and Marlee Matlin (Children of a Lesser God, 1987).",
     [("Grace Kelly", "S"), ("Audrey Hepburn", "S"), ("Marlee Matlin", "S")]),
    ("Best Actress winners in their twenties include Grace Kelly (The Country Girl, 1955), "
     "Audrey Hepburn (Sabrina, 1954) and Marlee Matlin (Children of a Lesser God, 1987).",
     [("Grace Kelly", "S"), ("Audrey Hepburn", "X"), ("Marlee Matlin", "S")]),
    ("At the Oscars, the Best Actress winners of the fifties included Grace Kelly (The Country "
     "Girl, 1955) and Audrey Hepburn (Roman Holiday, 1954).",
     [("Grace Kelly", "S"), ("Audrey Hepburn", "S")]),
    ("At the Oscars, the Best Actress winners of the fifties included Grace Kelly (The Country "
     "Girl, 1955) and Audrey Hepburn (Roman Holiday, 1957).",
     [("Grace Kelly", "S"), ("Audrey Hepburn", "R")]),
    # --- winners lists under a category heading -------------------------------------------
    ("The 97th Academy Awards: the winners\n\n"
     "Best Director\nSean Baker, Anora\n\n"
     "Best Actor\nAdrien Brody, The Brutalist\n",
     [("Sean Baker", "S"), ("Adrien Brody", "S")]),
    ("The 97th Academy Awards: the winners\n\n"
     "Best Director\nBrady Corbet, The Brutalist\n\n"
     "Best Actor\nAdrien Brody, The Brutalist\n",
     [("Brady Corbet", "R"), ("Adrien Brody", "S")]),
    ("The 97th Academy Awards: the winners\n\n"
     "Best Director\nSean Baker, Anora\n\n"
     "Best Supporting Actor\nAdrien Brody, The Brutalist\n",
     [("Sean Baker", "S"), ("Adrien Brody", "R")]),
    ("Oscars 2024: full list of winners\n\n"
     "Best Actress\nEmma Stone (Poor Things)\n\n"
     "Best Supporting Actress\nDa'Vine Joy Randolph (The Holdovers)\n",
     [("Emma Stone", "S"), ("Randolph", "S")]),
    ("Oscars 2024: full list of winners\n\n"
     "Best Actress\nLily Gladstone (Killers of the Flower Moon)\n\n"
     "Best Supporting Actress\nDa'Vine Joy Randolph (The Holdovers)\n",
     [("Lily Gladstone", "R"), ("Randolph", "S")]),
    # --- "Category: Winner (Film)" rows ----------------------------------------------------
    ("Here is who won at the 96th Academy Awards.\n\n"
     "Best Picture: Oppenheimer\n"
     "Best Director: Christopher Nolan (Oppenheimer)\n"
     "Best Actress: Emma Stone (Poor Things)\n",
     [("Best Picture: Oppenheimer", "S"), ("Christopher Nolan", "S"), ("Emma Stone", "S")]),
    ("Here is who won at the 96th Academy Awards.\n\n"
     "Best Picture: Poor Things\n"
     "Best Director: Christopher Nolan (Oppenheimer)\n"
     "Best Actress: Emma Stone (Poor Things)\n",
     [("Best Picture: Poor Things", "R"), ("Christopher Nolan", "S"), ("Emma Stone", "S")]),
    ("Here is who won at the 96th Academy Awards.\n\n"
     "Best Picture: Oppenheimer\n"
     "Best Director: Christopher Nolan (Oppenheimer)\n"
     "Best Actress: Sandra Hüller (Anatomy of a Fall)\n",
     [("Best Picture: Oppenheimer", "S"), ("Christopher Nolan", "S"), ("Sandra Hüller", "R")]),
    ("Best Animated Feature: Flow\nBest International Feature: I'm Still Here\n"
     "(both at the 2025 Oscars)",
     [("Flow", "S"), ("Still Here", "S")]),
    ("2025 Oscar winners\n\nBest Original Screenplay: Anora\nBest Adapted Screenplay: Conclave\n",
     [("Anora", "S"), ("Conclave", "S")]),
    ("2025 Oscar winners\n\nBest Original Screenplay: The Substance\nBest Adapted Screenplay: Conclave\n",
     [("The Substance", "R"), ("Conclave", "S")]),
    # --- "Year - Film" rows under a prize's heading ----------------------------------------
    ("Palme d'Or winners of the past decade\n\n"
     "2016 - I, Daniel Blake\n2017 - The Square\n2018 - Shoplifters\n",
     [("Daniel Blake", "S"), ("The Square", "S"), ("Shoplifters", "S")]),
    ("Palme d'Or winners of the past decade\n\n"
     "2016 - I, Daniel Blake\n2017 - Shoplifters\n2019 - Parasite\n",
     [("Daniel Blake", "S"), ("Shoplifters", "R"), ("Parasite", "S")]),
    ("Best Picture winners since 2020\n\n"
     "2021 - Nomadland\n2022 - CODA\n2023 - Everything Everywhere All at Once\n",
     [("Nomadland", "S"), ("CODA", "S"), ("Everything Everywhere", "S")]),
    ("Best Picture winners since 2020\n\n"
     "2021 - Nomadland\n2022 - The Power of the Dog\n2023 - Everything Everywhere All at Once\n",
     [("Nomadland", "S"), ("Power of the Dog", "R"), ("Everything Everywhere", "S")]),
    # --- table rows flattened to text ------------------------------------------------------
    ("Films that won the Palme d'Or\n\n"
     "Year | Film | Director\n"
     "2019 | Parasite | Bong Joon Ho\n"
     "2021 | Titane | Julia Ducournau\n",
     [("Parasite", "S"), ("Titane", "S")]),
    ("Films that won the Palme d'Or\n\n"
     "Year | Film | Director\n"
     "2019 | Parasite | Bong Joon Ho\n"
     "2022 | Titane | Julia Ducournau\n",
     [("Parasite", "S"), ("Titane", "R")]),
    ("Best Actor Oscar winners\n\n"
     "Ceremony | Actor | Film\n"
     "2020 | Joaquin Phoenix | Joker\n"
     "2024 | Cillian Murphy | Oppenheimer\n",
     [("Joaquin Phoenix", "S"), ("Cillian Murphy", "S")]),
    ("Best Actor Oscar winners\n\n"
     "Ceremony | Actor | Film\n"
     "2020 | Joaquin Phoenix | Joker\n"
     "2024 | Paul Giamatti | The Holdovers\n",
     [("Joaquin Phoenix", "S"), ("Paul Giamatti", "R")]),
    # --- captions ---------------------------------------------------------------------------
    ("Pictured: Mikey Madison, winner of Best Actress for Anora at the 97th Academy Awards.",
     [("Mikey Madison", "S")]),
    ("Pictured: Demi Moore, winner of Best Actress for The Substance at the 97th Academy Awards.",
     [("Demi Moore", "R")]),
    ("Photo: Kieran Culkin with his Best Supporting Actor Oscar for A Real Pain.",
     [("Kieran Culkin", "S")]),
    ("Above: Sean Baker, who won the Palme d'Or in 2024 for Anora.",
     [("Sean Baker", "S")]),
    ("Above: Sean Baker, who won the Palme d'Or in 2023 for Anora.",
     [("Sean Baker", "R")]),
    # --- questions answered by a bare name ------------------------------------------------
    ("Who won Best Actress at the 2025 Oscars? Mikey Madison, for Anora.",
     [("Mikey Madison", "S")]),
    ("Who won Best Actress at the 2025 Oscars? Demi Moore, for The Substance.",
     [("Demi Moore", "R")]),
    ("Which film took the Palme d'Or in 2019?\nParasite, directed by Bong Joon Ho.",
     [("Parasite", "S")]),
    ("Which film took the Palme d'Or in 2019?\nShoplifters, directed by Hirokazu Kore-eda.",
     [("Palme d'Or in 2019", "R")]),
    ("Q: Who was named best director at the 96th Academy Awards?\nA: Christopher Nolan.",
     [("Christopher Nolan", "S")]),
    ("Q: Who was named best director at the 96th Academy Awards?\nA: Martin Scorsese.",
     [("Martin Scorsese", "R")]),
    # --- bullets ------------------------------------------------------------------------------
    ("Anora's night at the 97th Academy Awards:\n"
     "• Best Picture\n• Best Director (Sean Baker)\n• Best Actress (Mikey Madison)\n",
     [("Best Picture", "S"), ("Sean Baker", "S"), ("Mikey Madison", "S")]),
    ("Anora's night at the 97th Academy Awards:\n"
     "• Best Picture\n• Best Director (Sean Baker)\n• Best Cinematography\n",
     [("Best Picture", "S"), ("Sean Baker", "S"), ("Cinematography", "R")]),
    ("The acting winners at the 95th Academy Awards\n"
     "- Brendan Fraser, The Whale\n- Michelle Yeoh, Everything Everywhere All at Once\n"
     "- Ke Huy Quan, Everything Everywhere All at Once\n",
     [("Brendan Fraser", "S"), ("Michelle Yeoh", "S"), ("Ke Huy Quan", "S")]),
    ("The acting winners at the 95th Academy Awards\n"
     "- Austin Butler, Elvis\n- Michelle Yeoh, Everything Everywhere All at Once\n"
     "- Ke Huy Quan, Everything Everywhere All at Once\n",
     [("Austin Butler", "R"), ("Michelle Yeoh", "S"), ("Ke Huy Quan", "S")]),
    # --- "Winner: X. Nominees: A, B, C." -------------------------------------------------------
    ("Best Actress at the 97th Academy Awards. Winner: Mikey Madison (Anora). "
     "Also nominated: Demi Moore, Cynthia Erivo, Fernanda Torres.",
     [("Winner: Mikey Madison", "S"), ("Demi Moore", "O"), ("Cynthia Erivo", "O")]),
    ("Best Actress at the 97th Academy Awards. Winner: Demi Moore (The Substance). "
     "Also nominated: Mikey Madison, Cynthia Erivo, Fernanda Torres.",
     [("Winner: Demi Moore", "R")]),
    ("Best Director, 97th Academy Awards\nWinner: Sean Baker\n"
     "Nominees: Brady Corbet, James Mangold, Coralie Fargeat, Jacques Audiard\n",
     [("Sean Baker", "S"), ("Brady Corbet", "O"), ("James Mangold", "O")]),
    ("Best Director, 97th Academy Awards\nWinner: James Mangold\n"
     "Nominees: Brady Corbet, Sean Baker, Coralie Fargeat, Jacques Audiard\n",
     [("Winner: James Mangold", "R"), ("Brady Corbet", "O")]),
    # --- nominees listed under a category line, the winner marked ----------------------------
    ("Oscars 2025: every nominee and winner\n\nBest Actress\nCynthia Erivo, Wicked\n"
     "Mikey Madison, Anora (winner)\nDemi Moore, The Substance\n\nBest Actor\n"
     "Adrien Brody, The Brutalist - WINNER\nTimothée Chalamet, A Complete Unknown\n",
     [("Mikey Madison", "S"), ("Demi Moore", "O"), ("Adrien Brody", "S"), ("Chalamet", "O")]),
    ("Oscars 2025: every nominee and winner\n\nBest Actress\nCynthia Erivo, Wicked\n"
     "Mikey Madison, Anora\nDemi Moore, The Substance (winner)\n",
     [("Demi Moore", "R"), ("Mikey Madison", "X")]),
    ("Best Actress\nCynthia Erivo, Wicked\nMikey Madison, Anora (winner)\n",
     [("Mikey Madison", "O")]),
    # --- the heading stops at the next heading -----------------------------------------------
    ("Best Actor\nCillian Murphy, Oppenheimer\n\n"
     "Best Supporting Actor\nRobert Downey Jr., Oppenheimer\n\n"
     "(Both at the 96th Academy Awards.)",
     [("Cillian Murphy", "O"), ("Robert Downey", "O")]),
    ("Oscar winners, 2024\n\nBest Actor\nCillian Murphy, Oppenheimer\n\n"
     "Best Supporting Actor\nRobert Downey Jr., Oppenheimer\n",
     [("Cillian Murphy", "S"), ("Robert Downey", "S")]),
    ("Oscar winners, 2024\n\nBest Actor\nCillian Murphy, Oppenheimer\n\n"
     "Best Supporting Actor\nRyan Gosling, Barbie\n",
     [("Cillian Murphy", "S"), ("Ryan Gosling", "R")]),
    # --- counts in rows -----------------------------------------------------------------------
    ("The 97th Academy Awards by the numbers\n\n"
     "Anora - 6 nominations, 5 wins\nThe Brutalist - 10 nominations, 3 wins\n",
     [("Anora", "S"), ("The Brutalist", "S")]),
    ("The 97th Academy Awards by the numbers\n\n"
     "Anora - 6 nominations, 6 wins\nThe Brutalist - 10 nominations, 3 wins\n",
     [("Anora", "R"), ("The Brutalist", "S")]),
    ("Most-awarded films in Oscar history\n\n"
     "1. Titanic - 11 wins (1998)\n2. Ben-Hur - 11 wins (1960)\n",
     [("Titanic", "S"), ("Ben-Hur", "S")]),
    ("Most-awarded films in Oscar history\n\n"
     "1. Titanic - 11 wins (1998)\n2. Ben-Hur - 12 wins (1960)\n",
     [("Titanic", "S"), ("Ben-Hur", "R")]),
    # --- a nominee list under a heading is no list of wins ------------------------------------
    ("Nominated for Best Actress at the 97th Academy Awards\n\n"
     "Cynthia Erivo, Wicked\nKarla Sofía Gascón, Emilia Pérez\nDemi Moore, The Substance\n",
     [("Cynthia Erivo", "O"), ("Demi Moore", "O")]),
    ("The nominees for Best Director (97th Academy Awards)\n"
     "- Brady Corbet, The Brutalist\n- James Mangold, A Complete Unknown\n",
     [("Brady Corbet", "O"), ("James Mangold", "O")]),
    # --- headline case and "Name - Film" entries with the show in the heading -------------------
    ("BEST SUPPORTING ACTRESS: ZOE SALDAÑA, EMILIA PÉREZ",
     [("SALDAÑA", "O")]),
    ("Oscars 2025 Winners List\n\nBest Supporting Actress - Zoe Saldaña, Emilia Pérez\n"
     "Best Supporting Actor - Kieran Culkin, A Real Pain\n",
     [("Zoe Saldaña", "S"), ("Kieran Culkin", "S")]),
    ("Oscars 2025 Winners List\n\nBest Supporting Actress - Ariana Grande, Wicked\n"
     "Best Supporting Actor - Kieran Culkin, A Real Pain\n",
     [("Ariana Grande", "R"), ("Kieran Culkin", "S")]),
    # --- verbless pieces after a colon and in a list -----------------------------------------
    ("Palme d'Or, 2024: Anora, by Sean Baker.",
     [("Anora", "S")]),
    ("Palme d'Or, 2024: The Substance, by Coralie Fargeat.",
     [("The Substance", "R")]),
    ("Cannes top prize, 2021 edition: Titane (Julia Ducournau).",
     [("Titane", "S")]),
    ("Cannes top prize, 2021 edition: Parasite (Bong Joon Ho).",
     [("Parasite", "R")]),
]
