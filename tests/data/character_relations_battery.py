"""A battery about the people of Anora's story and how they relate, written for reelcheck's tests
(no article's words): cast lines that carry a character's description, descriptions standing for
the character ("the oligarch's son is played by ..."), relative clauses, listicle blurbs, and
relations told by a verb or a predicate ("works for", "becomes his wife", "are brothers").

Each row: (fact key, expectation, sentence), read after tests/helpers/story_claims.MAKER_LEAD; all
the sentence's claims count, whatever their family. "T": true of what the default KB holds; some
claim is supported and none refuted. "M": one slot changed (actor, character, relation,
description); no claim may be supported unless another claim of it is refuted."""

BATTERY = [
    # cast lines with the character's description beside the pair
    ("vanya", "T", "Mark Eydelshteyn plays Vanya, the son of a Russian oligarch."),
    ("vanya", "M", "Mark Eydelshteyn plays Vanya, the son of a Russian general."),
    ("vanya", "M", "Yura Borisov plays Vanya, the son of a Russian oligarch."),
    ("igor", "T", "Yura Borisov as Igor, one of Toros's henchmen."),
    ("igor", "M", "Yura Borisov as Igor, Toros's brother."),
    ("toros", "T", "Karren Karagulian plays Toros, Vanya's godfather."),
    ("toros", "M", "Karren Karagulian plays Toros, Vanya's father."),
    ("garnick", "T", "Vache Tovmasyan plays Garnick, the brother of Toros."),
    ("garnick", "M", "Vache Tovmasyan plays Garnick, the son of Toros."),
    ("nikolai", "T", "Aleksei Serebryakov plays Nikolai, Vanya's father."),
    ("nikolai", "M", "Aleksei Serebryakov plays Nikolai, Ani's father."),
    ("galina", "T", "Darya Ekamasova plays Vanya's mother, Galina."),
    ("galina", "M", "Darya Ekamasova plays Ani's mother, Galina."),
    ("lulu", "T", "Luna Sofia Miranda plays Lulu, Ani's friend at the club."),
    ("lulu", "M", "Luna Sofia Miranda plays Lulu, Ani's sister."),
    ("jimmy", "T", "Vincent Radwinsky plays Jimmy, the club's manager."),
    ("jimmy", "M", "Vincent Radwinsky plays Jimmy, the club's bouncer."),
    ("diamond", "T", "Lindsey Normington plays Diamond, a dancer at the club."),
    ("diamond", "M", "Lindsey Normington plays Diamond, the club's manager."),
    ("ani", "T", "Mikey Madison stars as Ani, a stripper from Brighton Beach."),
    ("ani", "M", "Mikey Madison stars as Ani, a waitress from Brighton Beach."),
    ("toros", "T", "As Toros, Vanya's godfather, Karren Karagulian steals every scene."),
    ("toros", "M", "As Toros, Vanya's uncle, Karren Karagulian steals every scene."),
    ("lulu", "T", "Ani's friend Lulu, played by Luna Sofia Miranda, warns her about the client."),
    ("lulu", "M", "Ani's sister Lulu, played by Luna Sofia Miranda, warns her about the client."),
    # a relative clause carrying the casting
    ("toros", "T", "Toros, whom Karren Karagulian plays, is Vanya's godfather."),
    ("toros", "M", "Toros, whom Karren Karagulian plays, is Vanya's brother."),
    ("igor", "T", "Igor, who is played by Yura Borisov, works for Toros."),
    ("igor", "M", "Igor, who is played by Yura Borisov, works for Ani."),
    # a description standing for the character
    ("vanya", "T", "The oligarch's son is played by Mark Eydelshteyn."),
    ("vanya", "M", "The oligarch's son is played by Yura Borisov."),
    ("toros", "T", "Vanya's godfather is played by Karren Karagulian."),
    ("toros", "M", "Vanya's godfather is played by Yura Borisov."),
    ("garnick", "T", "Toros's brother is played by Vache Tovmasyan."),
    ("garnick", "M", "Toros's brother is played by Karren Karagulian."),
    ("nikolai", "T", "Vanya's father is played by Aleksei Serebryakov."),
    ("nikolai", "M", "Vanya's father is played by Mark Eydelshteyn."),
    ("galina", "T", "The role of Vanya's mother went to Darya Ekamasova."),
    ("galina", "M", "The role of Vanya's mother went to Luna Sofia Miranda."),
    ("igor", "T", "Toros's henchman Igor is played by Yura Borisov."),
    ("igor", "M", "Toros's henchman Igor is played by Vache Tovmasyan."),
    # relations told by a verb or a predicate
    ("igor", "T", "Igor works for Toros."),
    ("igor", "M", "Igor works for Ani."),
    ("wedding", "T", "Ani becomes Vanya's wife."),
    ("wedding", "M", "Ani becomes Igor's wife."),
    ("toros", "T", "Vanya is Toros's godson."),
    ("toros", "M", "Vanya is Garnick's godson."),
    ("garnick", "T", "Garnick and Toros are brothers."),
    ("garnick", "M", "Garnick and Igor are brothers."),
    ("nikolai", "T", "Vanya is the son of Nikolai Zakharov."),
    ("nikolai", "M", "Vanya is the son of Toros."),
    ("galina", "T", "Galina Zakharova is the mother of Vanya."),
    ("galina", "M", "Galina Zakharova is the mother of Ani."),
    ("igor", "T", "Igor is a henchman in Toros's employ."),
    ("igor", "M", "Igor is a henchman in Ani's employ."),
    # synopsis and review prose
    ("wedding", "T", "Ani, a Brooklyn stripper, marries Vanya, the son of a Russian oligarch, in Las Vegas."),
    ("wedding", "M", "Ani, a Brooklyn stripper, marries Igor, the son of a Russian oligarch, in Las Vegas."),
    ("vanya", "T", "Eydelshteyn's Vanya, the son of a Russian oligarch, is all appetite and no plan."),
    ("vanya", "M", "Borisov's Vanya, the son of a Russian oligarch, is all appetite and no plan."),
    ("igor", "T", "Borisov's Igor, Toros's henchman, turns out to be the film's heart."),
    ("igor", "M", "Borisov's Igor, Toros's godson, turns out to be the film's heart."),
    # headline case and a verbless blurb
    ("toros", "T", "Karren Karagulian on Playing Vanya's Godfather Toros"),
    ("nikolai", "T", "Vanya's parents: Aleksei Serebryakov as Nikolai and Darya Ekamasova as Galina."),
    ("nikolai", "M", "Vanya's parents: Aleksei Serebryakov as Toros and Darya Ekamasova as Galina."),
]
