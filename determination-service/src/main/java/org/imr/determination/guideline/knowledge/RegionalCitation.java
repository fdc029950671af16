package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * The section of a guideline that governs a family of services for the body regions it covers: a family default
 * names, for each region with a chapter of its own, that chapter's section (imaging of the knee: MTUS Knee Complaints,
 * Special Studies).
 *
 * @param regions  region concepts of the vocabulary; a request for one of them, or for a region lying in one, is cited
 *                 by this citation
 * @param citation the section that governs them
 */
public record RegionalCitation(List<String> regions, GuidelineCitation citation) {

    public RegionalCitation {
        regions = ImmutableCopies.list(regions);
    }
}
