package org.imr.determination.guideline.knowledge;

import java.util.List;

/**
 * Words of a fact that do not state it for a request of certain body regions only: the signs of a compressed spinal
 * cord (hyperreflexia, clonus, a Babinski sign) are red flags of the neck and upper back, whose cord they point to, and
 * no red flag of the low back, below the end of the cord (MTUS Low Back Complaints, Table 12-1, red flags: cauda
 * equina syndrome, fracture, tumor, infection, a progressive deficit of the legs).
 *
 * @param regions region concepts of the vocabulary: a request all of whose regions are one of them or lie in one
 * @param words   phrases, local phrases or terms (of terms with cues) of the fact that do not state it for such a
 *                request, each as the fact writes it
 */
public record WordsNotForRequestsOf(List<String> regions, List<String> words) {

    public WordsNotForRequestsOf {
        regions = ImmutableCopies.list(regions);
        words = ImmutableCopies.list(words);
    }
}
