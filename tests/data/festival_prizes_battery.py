"""A battery of festival-prize sentences, in this project's own words: Cannes' prizes beyond
the Palme d'Or (its second prize, the acting and jury prizes the KB does not hold), the Palme
said of films that never won it, the jury's president, and other festivals' prizes, which must
never be read as the Oscars' or as Cannes'.

Each row is (text, predicate, slot, value, expected): `expected` is "supported" or "refuted"
for a claim of that predicate whose `slot` holds `value` (any value when it is empty) the text
must make with that verdict, or "open" when the KB cannot judge it (no claim of that predicate
is supported or refuted). Rows come as a true version and one-slot mutants (another film,
year, prize rank, festival, president).
"""

BATTERY = [
    # the Palme d'Or, with and without a year
    ("Anora took the Palme d'Or in 2024.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Anora took the Palme d'Or in 2023.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("Justine Triet's Anatomy of a Fall claimed the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Emilia Pérez claimed the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("The Substance, Coralie Fargeat's body-horror satire, won the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("The Brutalist was awarded the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("Emilia Pérez never won the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Emilia Pérez competed for the Palme d'Or.", 'nominated_for', '', '', 'open'),
    ("Palme d'Or winner Parasite went on to win Best Picture.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Palme d'Or winner BlacKkKlansman went on to win an Oscar.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("Sentimental Value, a Palme d'Or winner, stars Renate Reinsve.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("It Was Just an Accident, the latest Palme d'Or winner, is Jafar Panahi's film.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Jafar Panahi won the Palme d'Or for It Was Just an Accident.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Shoplifters, which won the Palme d'Or, is a family drama.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Emilia Pérez, which won the Palme d'Or, is a musical.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("A film the desk has never heard of, Orchard Lanterns, won the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'open'),
    # a relative clause the parser hangs on a name before the nearest one is the nearest
    # name's (claims/parse.py `_relative_after_a_name`; it had been a reading only)
    ("Sean Baker followed Red Rocket with Anora, which won the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("Sean Baker followed Red Rocket with Emilia Pérez, which won the Palme d'Or.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    # a second title after "and" the parser hangs inside the first title ("The Tree of Life
    # and X"): a winner too
    ("The Tree of Life and Elvis are both Palme d'Or winners.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("The Tree of Life and Elephant are both Palme d'Or winners.", 'award_received', 'award', 'palme-d-or', 'supported'),
    # the Grand Prix, Cannes' second prize, said by name or by rank
    ("Sentimental Value won the Grand Prix at Cannes in 2025.", 'award_received', '', '', 'open'),
    ("Sentimental Value took the festival's second-highest honour at Cannes in 2025.", 'award_received', '', '', 'open'),
    ("Sentimental Value picked up the runner-up prize at Cannes in 2025.", 'award_received', '', '', 'open'),
    ("Sentimental Value landed the second prize at Cannes in 2025.", 'award_received', '', '', 'open'),
    ("Anatomy of a Fall won Cannes' runner-up prize.", 'award_received', '', '', 'refuted'),
    ("Shoplifters won the Grand Prix at Cannes in 2018.", 'award_received', '', '', 'refuted'),
    ("Titane, Julia Ducournau's body-horror film, took home the Grand Prix at Cannes.", 'award_received', '', '', 'refuted'),
    ("Titane, Julia Ducournau's second feature, took home the Grand Prix at Cannes.", 'award_received', '', '', 'refuted'),
    ("Titane took home the Grand Prix.", 'award_received', '', '', 'open'),
    ("The Lost Weekend won the Grand Prix at Cannes.", 'award_received', '', '', 'supported'),
    ("Anora took the festival's second-highest honour.", 'award_received', '', '', 'open'),
    ("Sentimental Value took the festival's top prize at Cannes in 2025.", 'award_received', 'award', 'palme-d-or', 'refuted'),
    ("It Was Just an Accident took the festival's top prize at Cannes in 2025.", 'award_received', 'award', 'palme-d-or', 'supported'),
    ("The Grand Prix, Cannes' second-highest honour, went to Sentimental Value.", 'award_received', '', '', 'open'),
    # Cannes' other prizes, which the KB does not hold: never a Palme, never an Oscar
    ("Mikey Madison won best actress at Cannes for Anora.", 'award_received', '', '', 'open'),
    ("Demi Moore took the festival's best actress prize at Cannes.", 'award_received', '', '', 'open'),
    ("Emilia Pérez was awarded the Jury Prize at Cannes in 2024.", 'award_received', '', '', 'open'),
    ("Anora won the Camera d'Or at Cannes.", 'award_received', '', '', 'open'),
    ("The Substance won the screenplay prize at Cannes in 2024.", 'award_received', '', '', 'open'),
    ("Sean Baker won best director at Cannes in 2024.", 'award_received', '', '', 'open'),
    ("Anora also collected the Un Certain Regard prize.", 'award_received', '', '', 'open'),
    ("Anora won the Jury Prize at Cannes.", 'award_received', '', '', 'open'),
    ("Anora won the Prix du Jury at Cannes.", 'award_received', '', '', 'open'),
    ("Anora also picked up the FIPRESCI prize at Cannes.", 'award_received', '', '', 'open'),
    ("Anora won a prize at Cannes.", 'award_received', '', '', 'supported'),
    # a win set at the festival by a locative pro-form ("where", "there"): the festival's
    # prize, which the KB lacks, not the Oscar of that name
    ("Anora premiered at Cannes in May, where Mikey Madison won best actress.", 'award_received', '', '', 'open'),
    ("Anora premiered at Cannes in May. There, Mikey Madison won best actress.", 'award_received', '', '', 'open'),
    ("Anora took the Palme d'Or in 2024. Here, too, Mikey Madison won best actress.", 'award_received', 'award', 'academy-award-for-best-actress', 'open'),
    ("Mikey Madison went on to the Academy Awards, where she won best actress.", 'award_received', 'award', 'academy-award-for-best-actress', 'supported'),
    ("Mikey Madison later won best actress at the Oscars.", 'award_received', 'award', 'academy-award-for-best-actress', 'supported'),
    # other festivals' prizes
    ("Anora won the Golden Lion at Venice.", 'award_received', '', '', 'open'),
    ("The Brutalist won the Silver Lion for best director at Venice.", 'award_received', '', '', 'open'),
    ("Anora won the People's Choice Award at TIFF.", 'award_received', '', '', 'open'),
    ("Cate Blanchett won best actress at the Venice Film Festival.", 'award_received', '', '', 'open'),
    ("Anora took home the Golden Bear in Berlin.", 'award_received', '', '', 'open'),
    ("Anora won the grand jury prize at Sundance.", 'award_received', '', '', 'open'),
    # the jury and its president
    ("Greta Gerwig presided over the Cannes jury in 2024.", 'jury_president', '', '', 'supported'),
    ("Cate Blanchett presided over the Cannes jury in 2024.", 'jury_president', '', '', 'refuted'),
    ("The 2024 Cannes jury, headed by Greta Gerwig, crowned Anora.", 'jury_president', '', '', 'supported'),
    ("The jury that crowned Anora was led by Greta Gerwig.", 'jury_president', '', '', 'supported'),
    ("The jury that crowned Anora was led by Juliette Binoche.", 'jury_president', '', '', 'refuted'),
    ("Jury president Greta Gerwig handed Sean Baker the Palme d'Or.", 'jury_president', '', '', 'supported'),
    ("Lily Gladstone sat on the Cannes jury in 2024.", 'jury_president', '', '', 'open'),
    ("Cate Blanchett presided over the Venice jury in 2024.", 'jury_president', '', '', 'open'),
    # sections and premieres
    ("Anora premiered in competition at Cannes in May 2024.", 'premiered_at', 'festival', 'cannes-film-festival', 'supported'),
    ("Anora bowed in Un Certain Regard.", 'premiered_at', 'section', '', 'refuted'),
    ("The Brutalist had its world premiere at Venice.", 'premiered_at', '', '', 'supported'),
    ("The Brutalist had its world premiere at Cannes.", 'premiered_at', '', '', 'refuted'),
    ("Emilia Pérez premiered at Cannes in 2024.", 'premiered_at', '', '', 'supported'),
    ("Emilia Pérez premiered at Cannes in 2023.", 'premiered_at', '', '', 'refuted'),
]
