package org.imr.determination.guideline.knowledge;

/**
 * A fact stated by two different drugs of a class taken at once (the MTUS's "multiple NSAIDs", a risk factor for
 * gastrointestinal events): each drug named, by any of its names, in an entry of the records (a sentence, or a clause
 * of a list of medications) that is not of the form the fact leaves aside.
 *
 * @param drugClass  the class, a concept of the vocabulary, e.g. "nsaid"
 * @param exceptForm a form of drug, a concept of the vocabulary, whose use does not count, e.g. "topical": a topical
 *                   NSAID beside an oral one is not the systemic use of two
 */
public record TwoDrugsOf(String drugClass, String exceptForm) {
}
