"""A battery of descriptions set beside a character or an actor in Anora, written for reelcheck's
tests (no article's words): a character's age, nickname, trade, kin, nationality or home stated
as an apposition, a bracket, a relative clause, "the N-year-old X", "X, who goes by Y", "a
Brighton Beach stripper named X", a hyphenated modifier, a participle.

Each row: (fact key, expectation, sentence), read after tests/helpers/story_claims.MAKER_LEAD;
all the sentence's claims count, whatever their family. "T": true of what the default KB holds
(Ani is 23, a stripper and escort from Brighton Beach who works at a Manhattan club and goes by
Ani; Vanya is the 21-year-old son of a Russian oligarch and goes by Vanya; Toros is Vanya's
godfather, an Armenian priest; ...): some claim is supported and none refuted. "M": one slot
changed (age, nickname, trade, kin, place); no claim may be supported unless another claim of
it is refuted."""

BATTERY = [
    # ages in an apposition beside the pair or the name
    ("ani-age", "T", "Mikey Madison plays Ani, a 23-year-old stripper from Brighton Beach."),
    ("ani-age", "M", "Mikey Madison plays Ani, a 25-year-old stripper from Brighton Beach."),
    ("ani-age", "T", "Ani (Mikey Madison), a 23-year-old exotic dancer, meets a rich client."),
    ("ani-age", "M", "Ani (Mikey Madison), a 28-year-old exotic dancer, meets a rich client."),
    ("ani-age", "T", "The film follows Ani, 23, who dances at a club in Manhattan."),
    ("ani-age", "M", "The film follows Ani, 31, who dances at a club in Manhattan."),
    ("ani-age", "T", "Ani is 23 years old."),
    ("ani-age", "M", "Ani is 26 years old."),
    ("ani-age", "T", "Madison's Ani is a 23-year-old sex worker."),
    ("ani-age", "M", "Madison's Ani is a 30-year-old sex worker."),
    ("ani-age", "T", "The 23-year-old Ani works nights at a Manhattan strip club."),
    ("ani-age", "M", "The 19-year-old Ani works nights at a Manhattan strip club."),
    ("ani-age", "T", "Mikey Madison stars as a 23-year-old escort named Ani."),
    ("ani-age", "M", "Mikey Madison stars as a 29-year-old escort named Ani."),
    ("vanya-age", "T", "Vanya (Mark Eydelshteyn), the 21-year-old son of a Russian oligarch, hires her."),
    ("vanya-age", "M", "Vanya (Mark Eydelshteyn), the 24-year-old son of a Russian oligarch, hires her."),
    ("vanya-age", "T", "Mark Eydelshteyn plays Vanya, a 21-year-old heir."),
    ("vanya-age", "M", "Mark Eydelshteyn plays Vanya, a 27-year-old heir."),
    ("vanya-age", "T", "Vanya, 21, is the son of a Russian oligarch."),
    ("vanya-age", "M", "Vanya, 18, is the son of a Russian oligarch."),
    ("vanya-age", "T", "Vanya is the 21-year-old son of an oligarch."),
    ("vanya-age", "M", "Vanya is the 17-year-old son of an oligarch."),
    ("vanya-age", "T", "Ani meets Vanya, a 21-year-old Russian who spends his father's money freely."),
    ("vanya-age", "M", "Ani meets Vanya, a 35-year-old Russian who spends his father's money freely."),
    ("vanya-age", "T", "Eydelshteyn is terrific as the 21-year-old Vanya."),
    ("vanya-age", "M", "Eydelshteyn is terrific as the 22-year-old Vanya."),
    # nicknames beside the name
    ("ani-nick", "T", "Anora, who prefers to be called Ani, works at a club in Manhattan."),
    ("ani-nick", "M", "Anora, who prefers to be called Nora, works at a club in Manhattan."),
    ("ani-nick", "T", "Anora, who goes by Ani, is played by Mikey Madison."),
    ("ani-nick", "M", "Anora, who goes by Nora, is played by Mikey Madison."),
    ("ani-nick", "T", "Mikey Madison plays Anora, who insists on the nickname Ani."),
    ("ani-nick", "M", "Mikey Madison plays Anora, who insists on the nickname Annie."),
    ("ani-nick", "T", "Anora Mikheeva, known to everyone as Ani, is a stripper."),
    ("ani-nick", "M", "Anora Mikheeva, known to everyone as Nora, is a stripper."),
    ("ani-nick", "T", "Anora (she prefers Ani) dances at a Manhattan club."),
    ("ani-nick", "M", "Anora (she prefers Anya) dances at a Manhattan club."),
    ("vanya-nick", "T", "Ivan, who goes by Vanya, is the son of an oligarch."),
    ("vanya-nick", "M", "Ivan, who goes by Vova, is the son of an oligarch."),
    ("vanya-nick", "T", "Ivan Zakharov, nicknamed Vanya, is played by Mark Eydelshteyn."),
    ("vanya-nick", "M", "Ivan Zakharov, nicknamed Sasha, is played by Mark Eydelshteyn."),
    ("vanya-nick", "T", "Mark Eydelshteyn plays Ivan, whom everyone calls Vanya."),
    ("vanya-nick", "M", "Mark Eydelshteyn plays Ivan, whom everyone calls Misha."),
    # trades, kin, nationality, home beside the name
    ("ani-job", "T", "Mikey Madison plays a Brighton Beach stripper named Ani."),
    ("ani-job", "M", "Mikey Madison plays a Brighton Beach waitress named Ani."),
    ("ani-job", "T", "Ani, an escort from Brighton Beach, is played by Mikey Madison."),
    ("ani-job", "M", "Ani, a nurse from Brighton Beach, is played by Mikey Madison."),
    ("ani-home", "T", "Ani, a stripper who lives in Brighton Beach, marries Vanya."),
    ("ani-home", "M", "Ani, a stripper who lives in Staten Island, marries Vanya."),
    ("ani-home", "T", "Mikey Madison plays Ani, a stripper from Brighton Beach."),
    ("ani-home", "M", "Mikey Madison plays Ani, a stripper from New Jersey."),
    ("ani-job", "T", "Stripper-turned-bride Ani is played by Mikey Madison."),
    ("ani-job", "M", "Waitress-turned-bride Ani is played by Mikey Madison."),
    ("vanya-kin", "T", "Mark Eydelshteyn plays Vanya, whose father is a Russian oligarch."),
    ("vanya-kin", "M", "Mark Eydelshteyn plays Vanya, whose father is a Russian general."),
    ("vanya-kin", "T", "Vanya's father, Nikolai, flies in from Moscow."),
    ("vanya-kin", "M", "Vanya's uncle, Nikolai, flies in from Moscow."),
    ("vanya-kin", "T", "Nikolai, Vanya's father, is played by Aleksei Serebryakov."),
    ("vanya-kin", "M", "Aleksei Serebryakov plays Nikolai, Vanya's grandfather."),
    ("toros-job", "T", "Karren Karagulian plays Toros, an Armenian priest."),
    ("toros-job", "M", "Karren Karagulian plays Toros, an Armenian lawyer."),
    ("toros-job", "T", "Toros, the Armenian priest who is Vanya's godfather, is sent to find him."),
    ("toros-job", "M", "Toros, the Greek priest who is Vanya's godfather, is sent to find him."),
    ("toros-job", "T", "Karagulian's Toros is a priest and Vanya's godfather."),
    ("toros-job", "M", "Karagulian's Toros is a rabbi and Vanya's godfather."),
    ("igor-job", "T", "Yura Borisov plays Igor, a henchman working for the Zakharov family."),
    ("igor-job", "M", "Yura Borisov plays Igor, a lawyer working for the Zakharov family."),
    ("vanya-nat", "T", "Mark Eydelshteyn plays Vanya, the son of a Russian oligarch."),
    ("vanya-nat", "M", "Mark Eydelshteyn plays Vanya, the son of an Armenian oligarch."),
    ("jimmy-job", "T", "Vincent Radwinsky plays Jimmy, the club's manager."),
    ("jimmy-job", "M", "Vincent Radwinsky plays Jimmy, the club's owner."),
    ("diamond-job", "T", "Lindsey Normington plays Diamond, a fellow dancer at the club."),
    ("diamond-job", "M", "Lindsey Normington plays Diamond, a bartender at the club."),
    # the fact as a modifier or a description standing for the character
    ("ani-age", "T", "As the 23-year-old stripper at the film's center, Mikey Madison is a revelation."),
    ("ani-age", "M", "As the 27-year-old stripper at the film's center, Mikey Madison is a revelation."),
    ("vanya-age", "T", "The 21-year-old oligarch's son is played by Mark Eydelshteyn."),
    ("vanya-age", "M", "The 26-year-old oligarch's son is played by Mark Eydelshteyn."),
]
