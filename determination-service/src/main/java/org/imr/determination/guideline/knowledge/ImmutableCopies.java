package org.imr.determination.guideline.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies that keep null elements, so that the validator can report them with their position
 * instead of the copy failing with a bare NullPointerException.
 */
final class ImmutableCopies {

    private ImmutableCopies() {
    }

    static <T> List<T> list(List<T> source) {
        return source == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(source));
    }

    static <V> Map<String, V> map(Map<String, V> source) {
        return source == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
