"""Awards coverage beyond Anora (an Oscar-night recap of another year, a records listicle, a
Cannes explainer): mechanisms found by reading such articles, each with sentences written for
these tests. The facts are the default KB's Oscar record and Cannes factsheets."""
from __future__ import annotations

import reelcheck


def claims(text, kb, category=None):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if category is None or c.category == category]


def verdicts(text, kb, category=None):
    return [c.verdict for c in claims(text, kb, category)]


# -- an ordinal on a class of categories ("his first acting Oscar") counts within the class:
# Brad Pitt won Best Picture (12 Years a Slave, a producer's) before his Supporting Actor prize
# (Once Upon a Time in Hollywood); Jessica Lange won Supporting Actress (Tootsie) before Best
# Actress (Blue Sky); Meryl Streep won Supporting Actress (Kramer vs. Kramer) first.

def test_a_first_acting_prize_after_a_producers_prize_is_not_refuted(default_kb):
    for s in ("Brad Pitt picked up his first acting Oscar, the supporting actor award for "
              "Once Upon a Time in Hollywood.",
              "Brad Pitt won his first acting Oscar for Once Upon a Time in Hollywood.",
              "In 2020 Brad Pitt finally landed his first acting Oscar, for Best Supporting "
              "Actor."):
        got = verdicts(s, default_kb)
        assert got and set(got) == {"supported"}, (s, got)


def test_an_ordinal_of_a_class_is_refuted_when_the_class_holds_an_earlier_win(default_kb):
    for s in ("Jessica Lange won her first acting Oscar for Blue Sky.",
              "Meryl Streep earned her first acting Oscar for Sophie's Choice.",
              "Jessica Lange won her second acting Oscar for Tootsie."):
        assert "refuted" in verdicts(s, default_kb), s
    # the right n-th of the class holds, in the award claim and in the record claim
    got = verdicts("Jessica Lange collected her second acting Oscar, the Best Actress "
                   "prize for Blue Sky.", default_kb)
    assert got and set(got) == {"supported"}, got
    got = verdicts("Frances McDormand won her third acting Oscar for Nomadland.", default_kb)
    assert got and set(got) == {"supported"}, got


def test_a_plain_ordinal_still_counts_every_prize_of_the_show(default_kb):
    # his first Oscar of all was the producer's Best Picture
    assert "refuted" in verdicts("Brad Pitt won his first Oscar for Once Upon a Time in "
                                 "Hollywood.", default_kb)
    got = verdicts("Billy Wilder won his second directing Oscar for The Apartment.", default_kb)
    assert got and set(got) == {"supported"}, got


def test_a_narrowing_word_the_kb_cannot_single_out_leaves_the_ordinal_unread(default_kb):
    assert "refuted" not in verdicts("Brad Pitt won his first animated Oscar for Once Upon "
                                     "a Time in Hollywood.", default_kb)


# -- "the first film to win Best Picture": an ordinal on a noun every winner of the category
# is orders the category's winners (the KB holds every Best Picture and Best Actress winner)

def test_the_nth_winner_of_a_category_is_checked(default_kb):
    for s in ("Wings was the first film to win best picture.",
              "Janet Gaynor was the first person ever to be named best actress.",
              "The Broadway Melody became the second movie to take best picture."):
        got = verdicts(s, default_kb, "award")
        assert got == ["supported"], (s, got)
    # in a passage about the Oscars, a later winner called the first is refuted
    got = verdicts("The Academy Awards have a long history. Oppenheimer was the first film "
                   "to win best picture.", default_kb, "award")
    assert got == ["refuted"], got


def test_a_narrowed_first_stays_unchecked(default_kb):
    # "first woman", "first non-English-language film", "since", two prizes: not the
    # category's plain order
    for s in ("Kathryn Bigelow was the first woman to win best director.",
              "Parasite was the first non-English-language film to win best picture.",
              "Wings was the first film to win best picture and best engineering effects.",
              "Oppenheimer was the first film in a decade to win best picture."):
        assert "refuted" not in verdicts(s, default_kb), s


def test_a_winner_missing_from_the_kb_is_never_refuted_by_order(default_kb):
    assert "refuted" not in verdicts("The Glass Orchard was the first film to win best "
                                     "picture at the Oscars.", default_kb)


def test_a_record_told_with_as_after_a_verb_of_history_holds_its_win(default_kb):
    got = claims("Kathryn Bigelow entered the record books as the first woman to win best "
                 "director.", default_kb, "award")
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "first woman" in got[0].explanation and "82nd" in got[0].explanation
    got = verdicts("Wings went down in history as the first film to win best picture.",
                   default_kb, "award")
    assert got == ["supported"], got
    # not told as a fact
    assert verdicts("Kathryn Bigelow could make history as the first woman to win best "
                    "director.", default_kb, "award") in ([], ["not_enough_info"])


# -- a prize another body gave ("by the Boston critics", "from the National Board of
# Review") is not the passage's show: in an Oscar recap, Laura Dern's critics' prize for Best
# Actress must not be refuted against her Oscar record

OSCAR_LEAD = "Parasite won best picture at the 92nd Academy Awards. "


def test_a_prize_from_another_body_is_not_read_as_the_passages_show(default_kb):
    for s in ("Laura Dern was named best actress by the Seattle Film Critics Society.",
              "Laura Dern took best actress from the National Board of Review.",
              "Laura Dern was honored as best actress by the Boston critics.",
              "The Chicago Film Critics Association honored Laura Dern as best actress."):
        got = verdicts(OSCAR_LEAD + s, default_kb, "award")
        assert "refuted" not in got, (s, got)


def test_the_academy_as_giver_is_still_the_oscars(default_kb):
    got = claims(OSCAR_LEAD + "Laura Dern was named best supporting actress by the Academy.",
                 default_kb, "award")
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_honored_as_a_category_takes_the_passages_show(default_kb):
    for s in ("Laura Dern was honored as best supporting actress for Marriage Story.",
              "Laura Dern was recognised as best supporting actress."):
        got = claims(OSCAR_LEAD + s, default_kb, "award")
        assert [c.verdict for c in got] == ["supported", "supported"], (s, got)
    # a false category is refuted against the passage's show
    got = claims(OSCAR_LEAD + "Brad Pitt was honoured as best actor.", default_kb, "award")
    assert [c.verdict for c in got] == ["supported", "refuted"], [
        (c.text, c.verdict) for c in got]
    # a denial naming no show stays unread
    assert verdicts("Scorsese was overlooked for best director.", default_kb, "award") == []


# -- a preposition inside a title is the name's: "for One Flew Over the Cuckoo's Nest" names
# no rival ("over" is the beaten rival's preposition), so the film is no second party

def test_a_preposition_inside_a_title_is_not_a_role(default_kb):
    for s in ("At the Oscars, Jack Nicholson won best actor twice, for One Flew Over the "
              "Cuckoo's Nest and As Good as It Gets.",
              "Louise Fletcher took best actress for One Flew Over the Cuckoo's Nest.",
              "At the 48th Academy Awards, Jack Nicholson was named best actor for One Flew "
              "Over the Cuckoo's Nest."):
        got = claims(s, default_kb, "award")
        assert [c.verdict for c in got] == ["supported"], (s, [(c.text, c.explanation)
                                                               for c in got])
        assert "nominated" not in got[0].explanation
    # a rival outside a title is still one
    got = claims("Green Book won best picture over Roma.", default_kb, "award")
    assert got and "Roma" in got[0].explanation


# -- "won Best Actor twice, for My Left Foot and Lincoln": the count is of the works the
# sentence lists (Daniel Day-Lewis has three Best Actor wins, so a career count of two would
# be wrong, but the sentence says two for those two films)

def test_a_count_of_listed_works_is_not_refuted_by_the_career_count(default_kb):
    got = claims("At the Oscars, Daniel Day-Lewis won best actor twice, for My Left Foot and "
                 "Lincoln.", default_kb, "award")
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    # a listed work without a win leaves the count open, never refuted
    got = verdicts("At the Oscars, Daniel Day-Lewis took best actor two times, for Lincoln "
                   "and Gandhi.", default_kb, "award")
    assert "refuted" not in got and "supported" not in got, got
    # without a list, the career count decides
    assert verdicts("At the Oscars, Daniel Day-Lewis won best actor twice.", default_kb,
                    "award") == ["refuted"]


# -- "won the Palme d'Or and the Oscar for Original Screenplay": a conjunct naming another
# show as a whole is that show's prize, its category the one its "for" names (it was read as a
# Cannes prize called "Oscar", undecided, and the category was lost after "later")

def test_a_conjunct_naming_another_show_takes_its_own_category(default_kb):
    for s in ("Anatomy of a Fall collected the Palme d'Or and later the Oscar for original "
              "screenplay.",
              "Marty won the Palme d'Or and the Oscar for best picture.",
              "The Lost Weekend took the Grand Prix at Cannes and then the Oscar for best "
              "actor."):
        got = claims(s, default_kb, "award")
        assert [c.verdict for c in got] == ["supported", "supported"], (
            s, [(c.text, c.explanation) for c in got])
    # the named show decides a false category
    got = claims("Anatomy of a Fall won the Palme d'Or and the Oscar for best picture.",
                 default_kb, "award")
    assert [c.verdict for c in got] == ["supported", "refuted"], [
        (c.text, c.explanation) for c in got]
    assert "Oppenheimer" in got[1].explanation


def test_a_conjunct_show_of_a_film_the_kb_lacks_is_not_refuted(default_kb):
    got = verdicts("The Copper Lantern won the Palme d'Or and the Oscar for best picture.",
                   default_kb, "award")
    assert "refuted" not in got, got


def test_a_conjunct_show_without_a_category_is_that_shows_prize_or_count(default_kb):
    got = claims("Parasite won the Palme d'Or and an Oscar.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], [
        (c.text, c.explanation) for c in got]
    # Shoplifters was nominated once at the 91st Oscars and lost
    got = verdicts("Shoplifters won the Palme d'Or and an Oscar.", default_kb)
    assert got == ["supported", "refuted"], got
    # a count on the conjunct is that show's count
    got = claims("Parasite took the Palme d'Or and four Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], [
        (c.text, c.explanation) for c in got]
    got = claims("Parasite took the Palme d'Or and three Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], [
        (c.text, c.explanation) for c in got]


# -- "the top five Oscars", "the big five": a set named by the article, a word of rank and its
# size (qualifiers.count_named_sets), not a count of any five wins (Gladiator won five
# Oscars, but not Best Director, Best Actress or a screenplay prize)

def test_the_top_five_is_a_named_set_not_any_five(default_kb):
    for s in ("Gladiator won the top five Oscars.",
              "Gladiator is one of three films to take the big five Oscars."):
        got = claims(s, default_kb, "count")
        assert [c.verdict for c in got] == ["refuted"], (s, [c.explanation for c in got])
        assert "Best Director" not in got[0].explanation.split("(")[0]
        assert "best director" in got[0].explanation
    for s in ("It Happened One Night won the top five Oscars.",
              "The Silence of the Lambs is one of only three films to win the big five "
              "Oscars.",
              "One Flew Over the Cuckoo's Nest swept the five major Oscars."):
        got = verdicts(s, default_kb, "count")
        assert got == ["supported"], (s, got)
    # without the article, "five major Oscars" may be any five that matter: not refuted
    assert verdicts("Gladiator won five major Oscars.", default_kb, "count") == ["supported"]


# -- "at the 71st festival": the tagger may take an ordinal before an edition noun for a date;
# alone, it is the edition's number (the 72nd was read, the 71st was left unchecked)

def test_an_edition_ordinal_the_tagger_calls_a_date_is_the_edition(default_kb):
    got = claims("Parasite won the Palme d'Or at the 71st festival.", default_kb, "award")
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "Shoplifters" in got[0].explanation
    for s in ("Shoplifters collected the Palme d'Or at the 71st festival.",
              "Parasite took the Palme d'Or at the 72nd edition of Cannes."):
        assert verdicts(s, default_kb, "award") == ["supported"], s


# -- two wrong refutes of true sentences in an Oscar passage: "critics expected Roma to win"
# (an infinitive under a verb of expectation is no win told) and "neither Roma nor The
# Favourite won" (the subjects are denied)

def test_an_expected_win_is_not_told(default_kb):
    for s in ("At the Oscars, critics expected Roma to win best picture.",
              "At the 82nd Academy Awards, many expected Avatar to take best picture, but The "
              "Hurt Locker prevailed.",
              "At the Oscars, pundits predicted Roma to win best picture."):
        got = claims(s, default_kb, "award")
        assert not any(c.verdict == "refuted" for c in got), (s, [c.text for c in got])
    # a verb of perception tells it
    assert verdicts("At the Oscars, the Academy saw Green Book win best picture.",
                    default_kb, "award") == ["supported"]


def test_neither_nor_denies_each_subject(default_kb):
    got = claims("At the Oscars, neither Roma nor The Favourite won best picture.",
                 default_kb, "award")
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "denied" in got[0].explanation
    # one of them did win: the denial is wrong
    got = verdicts("At the Oscars, neither Roma nor Green Book won best picture.",
                   default_kb, "award")
    assert got == ["refuted"], got


# -- "Avatar nearly won Best Picture": the prize was not won (it was refuted as a win)

def test_a_near_miss_denies_the_prize(default_kb):
    for s in ("At the Oscars, Avatar nearly won best picture.",
              "At the Oscars, Avatar almost took best director."):
        got = claims(s, default_kb, "award")
        assert [c.verdict for c in got] == ["supported"], (s, [c.explanation for c in got])
        assert "denied" in got[0].explanation
    # a winner said to have nearly won it is wrong
    assert verdicts("At the Oscars, Titanic nearly won best picture.", default_kb,
                    "award") == ["refuted"]
    # of a show as a whole or a count, what fell short is not told: no refute
    got = verdicts("Anora almost swept the Oscars, winning five.", default_kb)
    assert "refuted" not in got, got


# -- "nearly a dozen", "more than ten", "about 20": a bound on the count, not the count
# (Titanic's eleven wins refuted "nearly a dozen Oscars" as "not 12")

def test_a_bounded_count_holds_when_the_bound_admits_it(default_kb):
    for s in ("Titanic won nearly a dozen Oscars.",
              "Titanic collected more than ten Oscars.",
              "Titanic took home roughly ten Oscars.",
              "Meryl Streep has received more than 20 Oscar nominations.",
              "At the Oscars, Katharine Hepburn won best actress more than three times."):
        got = verdicts(s, default_kb)
        assert got == ["supported"], (s, got)


def test_a_strict_bound_the_complete_count_breaks_is_refuted(default_kb):
    for s in ("Titanic won more than 20 Oscars.",
              "Titanic took home fewer than ten Oscars.",
              "Meryl Streep has received more than 25 Oscar nominations.",
              "At the Oscars, Katharine Hepburn won best actress more than five times."):
        got = claims(s, default_kb)
        assert [c.verdict for c in got] == ["refuted"], (s, [c.explanation for c in got])
        assert ", not " in got[0].explanation
    # a near bound never refutes: how near, the words do not say
    for s in ("Titanic won nearly ten Oscars.", "Titanic won about 30 Oscars."):
        assert verdicts(s, default_kb) == ["not_enough_info"], s
    # an exact count still refutes
    assert verdicts("Titanic won 12 Oscars.", default_kb) == ["refuted"]


# -- "Up in the Air went home empty-handed.": a relation of none, its show from the passage,
# in a sentence with no other award word (the candidate gate did not let it be parsed)

def test_a_relation_of_none_opens_the_gate(default_kb):
    got = claims("The Hurt Locker won six Oscars. Up in the Air went home empty-handed.",
                 default_kb, "count")
    assert [c.verdict for c in got] == ["supported", "supported"], [
        (c.text, c.explanation) for c in got]
    assert "0 Oscars" in got[1].explanation
    # a winner said to have gone home empty-handed is wrong
    got = verdicts("The Hurt Locker won six Oscars. Avatar came away empty-handed.",
                   default_kb, "count")
    assert got == ["supported", "refuted"], got
