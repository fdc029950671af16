package org.imr.determination.guideline.knowledge;

/**
 * The general course of post-surgical physical medicine the MTUS Postsurgical Treatment Guidelines set for a surgery
 * (8 CCR 9792.24.3): an initial course is one half of its visits, and a subsequent course, with functional improvement
 * documented, the rest.
 *
 * @param surgery       a fact of the knowledge base stating the surgery, e.g. "KNEE_ARTHROSCOPY_OR_MENISCECTOMY"
 * @param generalVisits the visits of the general course, e.g. 12 (12 visits over 12 weeks)
 */
public record PostsurgicalCourse(String surgery, int generalVisits) {

    /** One half of the general course, rounded up ("4.5" visits as 5). */
    public int initialVisits() {
        return (generalVisits + 1) / 2;
    }

    /** The visits of the general course left after the initial course. */
    public int subsequentVisits() {
        return generalVisits - initialVisits();
    }
}
