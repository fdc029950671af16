package org.imr.determination.guideline.vocabulary;

import java.util.List;
import java.util.Set;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.text.RequestedQuantity;

/**
 * A disputed item read into concepts: what is requested, where, which drug, how much and how. Each set holds the
 * concepts of its kind that the item names or that they imply (a brand name its generic drug and class, a region the
 * larger region it lies in), so "Norco 10/325 #60" and "hydrocodone/APAP 10-325mg, sixty tablets" read the same.
 *
 * @param item        the item as requested
 * @param concepts    every concept named or implied, of every kind
 * @param families    service families, e.g. "imaging", "drug"
 * @param modalities  kinds of service within a family, e.g. "mri", "physical-therapy"
 * @param regions     body regions, e.g. "lumbar-spine", "spine"
 * @param sides       "left", "right", "bilateral"
 * @param drugs       generic drug names, e.g. "hydrocodone"
 * @param drugClasses drug classes, e.g. "opioid"
 * @param modifiers   e.g. "additional", "post-operative", "retrospective", "rental", "purchase"
 * @param amount      frequency x duration or quantity, from the structured fields, else from the description
 */
public record ServiceRequest(
        DisputedTreatment item,
        Set<String> concepts,
        Set<String> families,
        Set<String> modalities,
        Set<String> regions,
        Set<String> sides,
        Set<String> drugs,
        Set<String> drugClasses,
        Set<String> modifiers,
        RequestedQuantity amount) {

    public ServiceRequest {
        concepts = Set.copyOf(concepts);
        families = Set.copyOf(families);
        modalities = Set.copyOf(modalities);
        regions = Set.copyOf(regions);
        sides = Set.copyOf(sides);
        drugs = Set.copyOf(drugs);
        drugClasses = Set.copyOf(drugClasses);
        modifiers = Set.copyOf(modifiers);
    }

    /** Whether the item names or implies the concept. */
    public boolean is(String conceptId) {
        return concepts.contains(conceptId);
    }

    /** Whether the item names or implies any of the concepts. */
    public boolean isAny(List<String> conceptIds) {
        return conceptIds.stream().anyMatch(concepts::contains);
    }

    /** Concept ids only: the item's description is clinical text. */
    @Override
    public String toString() {
        return "ServiceRequest[item=" + item.itemNumber() + ", concepts=" + new java.util.TreeSet<>(concepts) + "]";
    }
}
