"""A second battery about Anora's story, in registers tests/data/plot_battery.py lacks: review
synopses, ending explainers, appositions, relative clauses, possessives, passives, sequences,
content-farm inventions, teasers and opinions. Written for reelcheck's tests (no article's words).

Each row: (note key, expectation, sentence), read after tests/helpers/story_claims.MAKER_LEAD.
"T": a true paraphrase of a plot fact the default KB holds; it must never be refuted (and should
be supported). "M": one slot changed (character, relation, place, order, outcome); it must never
be supported. "N": an invention the KB is silent on, a teaser or an opinion; it must be neither
supported nor refuted."""

BATTERY = [
    # review synopsis
    ("ani-life", "T", "Ani, a Brooklyn stripper, lives in Brighton Beach and works at a club in Manhattan."),
    ("ani-life", "M", "Ani, a stripper, lives in Coney Island and works at a club in Queens."),
    ("wedding", "T", "In Baker's film, a young dancer named Ani weds the son of a Russian oligarch in Las Vegas."),
    ("wedding", "M", "In Baker's film, a young dancer named Ani weds the son of a Russian oligarch in Reno."),
    ("heir", "T", "The picture follows Ani as she falls for Vanya, the son of a Russian oligarch."),
    ("heir", "M", "The picture follows Ani as she falls for Vanya, the son of a Ukrainian general."),
    ("deal", "T", "The setup is simple: the heir pays her $15,000 to be his girlfriend for a week."),
    ("deal", "M", "The setup is simple: the heir pays her $50,000 to be his girlfriend for a week."),
    # ending explainer
    ("ending", "T", "In the final scene, Igor drives Ani home and hands back her wedding ring."),
    ("ending", "M", "In the final scene, Garnick drives Ani home and hands back her wedding ring."),
    ("ending", "T", "The film closes on Igor returning Ani's ring in his car."),
    ("ending", "M", "The film closes on Toros returning Ani's ring in his car."),
    ("ending", "T", "Anora ends with Igor giving Ani back her wedding ring."),
    ("ending", "M", "Anora ends with Vanya giving Ani back her wedding ring."),
    ("ending", "T", "By the last scene, it is Igor who drives Ani home."),
    ("ending", "M", "By the last scene, it is Vanya who drives Ani home."),
    # apposition
    ("godfather", "T", "Toros, Vanya's Armenian godfather, is a priest."),
    ("godfather", "M", "Toros, Vanya's Armenian uncle, is a priest."),
    ("brother", "T", "Garnick, Toros's hot-headed brother, joins the search."),
    ("brother", "M", "Garnick, Toros's hot-headed cousin, joins the search."),
    ("father", "T", "Nikolai, Vanya's father, says little when he lands in New York."),
    ("father", "M", "Nikolai, Ani's father, says little when he lands in New York."),
    # relative clause
    ("errand", "T", "Toros, who is sent to end the marriage, brings Garnick and Igor along."),
    ("errand", "M", "Igor, who is sent to bless the marriage, brings Garnick and Toros along."),
    ("henchman", "T", "Igor, who works for Toros, is gentler than the others."),
    ("heir", "T", "Vanya, whose father is a Russian oligarch, has never held a job."),
    ("heir", "M", "Vanya, whose father is a Russian general, has never held a job."),
    ("mother", "T", "Galina, who is Vanya's mother, wants the marriage undone."),
    ("mother", "M", "Galina, who is Vanya's aunt, wants the marriage undone."),
    # possessives
    ("flight", "T", "Vanya's parents fly in from Russia to end the marriage."),
    ("flight", "M", "Vanya's parents fly in from Germany to end the marriage."),
    ("godfather", "T", "Vanya's godfather Toros gets the call during a christening."),
    ("godfather", "M", "Vanya's brother Toros gets the call during a christening."),
    ("brother", "T", "Toros's brother Garnick is the first to lose patience."),
    ("brother", "M", "Toros's nephew Garnick is the first to lose patience."),
    # passive
    ("flight", "T", "The marriage is to be annulled, Vanya's parents decide, as they fly to New York."),
    ("errand", "T", "Toros is sent by the family to end the marriage."),
    ("errand", "T", "Garnick is sent by the family to end the marriage."),
    ("errand", "M", "Vanya is sent by the family to end the marriage."),
    ("ani-life", "T", "Ani is employed at a strip club in Manhattan."),
    ("ani-life", "M", "Ani is employed at a strip club in Las Vegas."),
    ("wedding", "T", "Ani and Vanya are married in Las Vegas."),
    ("wedding", "M", "Ani and Igor are married in Las Vegas."),
    # sequence
    ("wedding", "T", "After a week together, Ani and Vanya marry in Las Vegas."),
    ("wedding", "M", "After a week together, Ani and Vanya marry in New Orleans."),
    ("flight", "T", "After the wedding, Vanya's parents fly to New York from Russia."),
    ("flight", "M", "After the wedding, Vanya's parents fly to Las Vegas from Russia."),
    ("note", "T", "Once married, Ani quits her job at the club."),
    ("note", "M", "After the wedding, Ani buys the club."),
    # noun phrase with the fact as a modifier
    ("wedding", "T", "The couple's Las Vegas wedding sets the second act in motion."),
    ("wedding", "M", "The couple's Paris wedding sets the second act in motion."),
    ("heir", "T", "The oligarch's son, Vanya, spends money like water."),
    ("heir", "M", "The senator's son, Vanya, spends money like water."),
    # description instead of the name
    ("ending", "T", "The quiet henchman is the one who gives Ani her ring back at the end."),
    ("note", "T", "The film's heroine lives with her sister in Brighton Beach."),
    ("note", "M", "The film's heroine lives with her brother in Brighton Beach."),
    # headline case
    ("ending", "T", "Anora Ending Explained: Igor Drives Ani Home And Returns Her Ring"),
    ("ending", "M", "Anora Ending Explained: Vanya Drives Ani Home And Returns Her Ring"),
    # verbless piece in a list
    ("godfather", "T", "The players: Ani, a dancer; Vanya, the oligarch's son; Toros, his godfather."),
    ("godfather", "M", "The players: Ani, a dancer; Vanya, a student; Toros, his uncle."),
    # a place said by "where" after a copula, and the place a "where" clause stands for
    ("ani-life", "T", "Brighton Beach is where Ani lives."),
    ("ani-life", "M", "Staten Island is where Ani lives."),
    ("wedding", "T", "Las Vegas is where Ani and Vanya marry."),
    ("wedding", "M", "Reno is where Ani and Vanya marry."),
    ("wedding", "M", "They fly to Reno, where Ani and Vanya marry."),
    # kin by a possessive pronoun
    ("brother", "T", "Toros and his brother Garnick show up at the mansion."),
    ("brother", "M", "Garnick and his brother Igor show up at the mansion."),
    ("father", "T", "Vanya barely speaks to his father, Nikolai."),
    ("father", "M", "Vanya barely speaks to his uncle, Nikolai."),
    # content-farm inventions (KB silent): neither supported nor refuted
    ("invent", "N", "In a hidden post-credits scene, Ani opens a bakery in Miami."),
    ("invent", "N", "Ani's long-lost twin sister Katya shows up in the third act."),
    ("invent", "N", "The secret ending reveals that Igor was working for the FBI all along."),
    # teaser and opinion: no claim
    ("teaser", "N", "What happens after the wedding is best left for viewers to discover."),
    ("opinion", "N", "The ending is devastating."),
    ("opinion", "N", "Igor's final gesture is the most tender moment in the film."),
]
