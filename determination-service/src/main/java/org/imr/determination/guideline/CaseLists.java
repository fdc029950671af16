package org.imr.determination.guideline;

import java.util.List;
import java.util.Objects;

/** Null-tolerant immutable copies for the case-file records. */
final class CaseLists {

    private CaseLists() {
    }

    /** An unmodifiable copy without null elements; a null list becomes empty. */
    static <T> List<T> copyWithoutNulls(List<T> source) {
        if (source == null) {
            return List.of();
        }
        return source.stream().filter(Objects::nonNull).toList();
    }
}
