package org.imr.local;

/** The four services, in the order the launcher starts them. */
public enum ServiceName {
    INTAKE(true), REVIEWER_ASSIGNMENT(false), DETERMINATION(true), NOTIFICATION(false);

    private final boolean browserPages;

    ServiceName(boolean browserPages) {
        this.browserPages = browserPages;
    }

    /** Whether it serves pages to a browser (the operations console, the reviewer workbench), whose users log in. */
    public boolean hasBrowserPages() {
        return browserPages;
    }
}
