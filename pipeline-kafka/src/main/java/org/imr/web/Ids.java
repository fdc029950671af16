package org.imr.web;

/**
 * What an id may look like where a client puts it in a path (a case id or number, a reviewer id, a letter's name):
 * letters, digits and hyphens, so that no path can climb out of where ids are kept, and a wrong one is a 400 naming the
 * parameter rather than a search.
 */
public final class Ids {

    /** A case id ({@code 5f0c…}), a case number ({@code CM16-0213037}) or another id of the pipeline. */
    public static final String PATH_ID = "[A-Za-z0-9-]{1,64}";

    public static final String PATH_ID_RULE = "must be 1 to 64 letters, digits or hyphens";

    /** A reviewer's roster id. */
    public static final String REVIEWER_ID = "[A-Za-z0-9-]{1,40}";

    public static final String REVIEWER_ID_RULE = "must be 1 to 40 letters, digits or hyphens";

    private Ids() {
    }
}
