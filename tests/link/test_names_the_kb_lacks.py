"""People the KB lacks whose names are close to a KB person's: what the text says of them
(a full name written earlier, an apposition's head noun, an owner, an introduction, a
surname that is a word) tells they are someone else, and no misspelling is flagged. Texts
written for these tests, on the default KB; each has a slip of the KB name beside it that
is still flagged."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_lone_surname_of_a_full_name_the_text_introduced_is_that_person(default_kb):
    text = ("Streaming chief Ted Sarandos met Susan Sarandon at the premiere of Dead Man "
            "Walking's restoration. Sarandos later told staff the deal was done.")
    assert not _flagged(default_kb, text)
    # without the full name first, the lone word beside her is still her name slipped
    got = _flagged(default_kb, "Susan Sarandon starred in Dead Man Walking. Critics said "
                               "Sarandos was never better.")
    assert ("Sarandos", "Sarandon") in got


def test_an_apposition_is_read_to_its_head_noun(default_kb):
    text = ("Anora swept the Oscars. Mickey Madison, a real estate agent in Burbank, says "
            "strangers keep congratulating her.")
    assert not _flagged(default_kb, text)
    got = _flagged(default_kb, "Anora swept the Oscars. Mickey Madison, the film's lead, "
                               "thanked Sean Baker.")
    assert ("Mickey Madison", "Mikey Madison") in got


def test_a_name_owned_by_the_person_it_resembles_is_someone_else(default_kb):
    text = "Wicked opened big, and Cynthia Erivo's old friend Cynthia Erivio flew in for it."
    assert not _flagged(default_kb, text)
    got = _flagged(default_kb, "Wicked opened big, and Cynthia Erivio flew in for it.")
    assert ("Cynthia Erivio", "Cynthia Erivo") in got


def test_a_close_name_introduced_anew_after_the_right_one_is_someone_else(default_kb):
    text = ("The Hurt Locker won for its script by Mark Boal. His old roommate, Mark Baal, "
            "a sound mixer from Ohio, was in the balcony.")
    assert not _flagged(default_kb, text)
    # the right name not written before: the indefinite description alone says nothing
    got = _flagged(default_kb, "The Hurt Locker won for its script by Mark Baal, a "
                               "first-time writer.")
    assert ("Mark Baal", "Mark Boal") in got


def test_a_surname_that_adds_letters_to_make_a_word_is_a_surname_of_its_own(default_kb):
    for text in ("La La Land is back in cinemas. Emma Stoner, 34, runs the chess club.",
                 "Anora won Best Picture. Sean Barker carded a 68 at Riviera on Sunday."):
        assert not _flagged(default_kb, text), text
    got = _flagged(default_kb, "La La Land is back in cinemas, with Emma Stonne as Mia.")
    assert ("Emma Stonne", "Emma Stone") in got
    # a word that sounds as the surname does is the surname written by ear
    got = _flagged(default_kb, "Anora won Best Picture for its director, Sean Backer.")
    assert ("Sean Backer", "Sean Baker") in got


def test_a_kin_word_right_before_a_name_says_it_is_the_relative(default_kb):
    text = ("Karren Karagulian plays Toros in Anora. His brother Karen Karagulian runs a "
            "bakery in Glendale.")
    assert not _flagged(default_kb, text)
    # a kin word elsewhere in the paragraph does not: the doubled letter is a slip
    got = _flagged(default_kb, "Karen Karagulian plays Toros in Anora. His brother Garnick "
                               "is played by Vache Tovmasyan.")
    assert ("Karen Karagulian", "Karren Karagulian") in got
    # nor does one before a first name no one in the KB has ("Samanta")
    got = _flagged(default_kb, "Sean Baker thanked his wife Samanta Quan for Anora.")
    assert ("Samanta Quan", "Samantha Quan") in got


def test_a_sentence_of_another_world_is_someone_elses(default_kb):
    for text in ("Dune: Part Two is back in IMAX. Dennis Villeneuve, 41, was fined for "
                 "speeding on the ring road last week.",
                 "A Real Pain is on Disney+. Kieren Culkin netted a hat-trick as Dundalk won "
                 "4-1.",
                 "Anora is now streaming. Sean Bakker was elected to the county council in "
                 "November."):
        assert not _flagged(default_kb, text), text
    # a word of film in the sentence, or a film it names, leaves the slip a slip
    got = _flagged(default_kb, "Anora is now streaming. Sean Bakker, who was elected to the "
                               "county council, directed it.")
    assert ("Sean Bakker", "Sean Baker") in got
    got = _flagged(default_kb, "Kieren Culkin won Best Supporting Actor for A Real Pain, a "
                               "film about two cousins, after a hat-trick of precursor wins.")
    assert ("Kieren Culkin", "Kieran Culkin") in got
