package org.imr.notification.letter;

/**
 * The independent review organisation that issues the letter.
 *
 * @param name      the full name printed in the "HOW THE IMR FINAL DETERMINATION WAS MADE" paragraph,
 *                  e.g. "MAXIMUS Federal Services"
 * @param shortName the name that labels the reviewer's guideline line, e.g. "MAXIMUS" for
 *                  "MAXIMUS guideline: Decision based on ..."
 */
public record ReviewOrganisation(String name, String shortName) {

    /** The organisation named in the published California IMR letters. */
    public static final ReviewOrganisation MAXIMUS_FEDERAL_SERVICES =
            new ReviewOrganisation("MAXIMUS Federal Services", "MAXIMUS");

    public ReviewOrganisation {
        name = TextPreconditions.requireText(name, "name");
        shortName = TextPreconditions.requireText(shortName, "shortName");
    }
}
