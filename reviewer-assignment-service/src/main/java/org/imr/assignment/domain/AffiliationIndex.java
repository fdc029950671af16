package org.imr.assignment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reviewers by normalised affiliation, so that a case's conflicts are found from its few parties. */
final class AffiliationIndex {

    private final Map<String, List<String>> reviewersByAffiliation;

    private AffiliationIndex(Map<String, List<String>> reviewersByAffiliation) {
        this.reviewersByAffiliation = reviewersByAffiliation;
    }

    static AffiliationIndex of(Iterable<Reviewer> reviewers) {
        Map<String, List<String>> index = new HashMap<>();
        for (Reviewer reviewer : reviewers) {
            reviewer.affiliations().forEach(a -> index.computeIfAbsent(a, k -> new ArrayList<>()).add(reviewer.reviewerId()));
        }
        return new AffiliationIndex(index);
    }

    /** Ids of the reviewers affiliated with any party of the case. */
    List<String> affiliatedWithAParty(CaseProfile profile) {
        List<String> affiliated = new ArrayList<>();
        for (String party : profile.partiesByName().keySet()) {
            affiliated.addAll(reviewersByAffiliation.getOrDefault(party, List.of()));
        }
        return affiliated;
    }
}
