package org.imr.determination.guideline.knowledge;

/**
 * Where a rule comes from, e.g. guideline "MTUS Chronic Pain Treatment Guidelines", section "Physical Medicine",
 * pages "98-99".
 *
 * @param guideline title of the guideline
 * @param section   section of the guideline
 * @param pages     pages, or null when the letters cite the section only
 */
public record GuidelineCitation(String guideline, String section, String pages) {

    /**
     * The citation as a Final Determination letter prints it after "Decision based on ", without the final period:
     * "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99", or
     * "guideline, Section(s): section" when no pages are known.
     */
    public String printed() {
        if (section == null || section.isBlank()) {
            return guideline;
        }
        if (pages == null || pages.isBlank()) {
            return guideline + ", Section(s): " + section;
        }
        return guideline + " " + section + " Page(s): " + pages;
    }

    /** The citation inside a sentence: "MTUS Chronic Pain Treatment Guidelines, Physical Medicine, pages 98-99". */
    public String inSentence() {
        String reference = section == null || section.isBlank() ? guideline : guideline + ", " + section;
        return pages == null || pages.isBlank() ? reference : reference + ", pages " + pages;
    }
}
