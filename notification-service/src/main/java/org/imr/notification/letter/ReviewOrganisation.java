package org.imr.notification.letter;

/**
 * The independent review organisation that issues the letter.
 *
 * @param name      the full name printed in the "HOW THE IMR FINAL DETERMINATION WAS MADE" paragraph,
 *                  e.g. "MAXIMUS Federal Services"
 * @param shortName the name that labels the reviewer's guideline line, e.g. "MAXIMUS" for
 *                  "MAXIMUS guideline: Decision based on ..."
 * @param address   the postal address printed under the name atop each page of the PDF; null when not configured
 *                  (the published letters' text carries none)
 */
public record ReviewOrganisation(String name, String shortName, String address) {

    /** The organisation named in the published California IMR letters. */
    public static final ReviewOrganisation MAXIMUS_FEDERAL_SERVICES =
            new ReviewOrganisation("MAXIMUS Federal Services", "MAXIMUS");

    public ReviewOrganisation {
        name = TextPreconditions.requireText(name, "name");
        shortName = TextPreconditions.requireText(shortName, "shortName");
        address = TextPreconditions.blankToNull(address);
    }

    /** An organisation without a configured address. */
    public ReviewOrganisation(String name, String shortName) {
        this(name, shortName, null);
    }
}
