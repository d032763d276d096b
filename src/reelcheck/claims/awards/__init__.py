"""The award family: wins, nominations and their counts, from frames.

One claim per (subject, award) pair a frame states: "won Picture, Director and Editing" is three
claims, "X and Y were nominated" is two, "X lost Best Actress to Y" is a nomination for X and a
win for Y. Each claim carries every slot its clause states -- category, ceremony or edition,
year, count, the film it was for -- and records which ones were stated (`stated`) and which
numbers no slot holds (`unchecked`), so the verifier accounts for each of them. A winner the KB
does not know is still a subject (`subject_name`): a complete list of winners can refute it.

What a clause does not say it may take from its context, one thing at a time and never a value
from a clause that has its own: the award from the clause it is embedded in or gapped from ("whose
Dheepan won in 2015", "MASH won in 1971 and The Conversation in 1974") or from the paragraph's
prize; the ceremony or year from an adverbial fronted before the main clause ("A year earlier,
X won A, while Y took B"); the family from the paragraph.

The package: `reader` builds AwardReader from one mixin per theme (passage, subjects, times,
counts, ranks, lists, slots); `common` holds what they share."""
from .common import AwardRef, Slots, category_runs, is_award_heading
from .reader import AwardReader

__all__ = ["AwardReader", "AwardRef", "Slots", "category_runs", "is_award_heading"]
