package org.imr.determination.guideline.knowledge;

/**
 * Two different drugs of a class taken at once (the MTUS's "multiple NSAIDs", a risk factor for gastrointestinal
 * events): each drug named, by any of its names, in an entry of the records (a sentence, or a clause of a list of
 * medications) that is not of the form left aside. A fact stated by them, or a first request of a drug beside another
 * of its class ({@link InitialRequest#notBesideAnotherOf()}).
 *
 * @param drugClass  the class, a concept of the vocabulary, e.g. "nsaid"
 * @param exceptForm a form of drug, a concept of the vocabulary, whose use does not count, e.g. "topical": a topical
 *                   NSAID beside an oral one is not the systemic use of two
 */
public record TwoDrugsOf(String drugClass, String exceptForm) {
}
