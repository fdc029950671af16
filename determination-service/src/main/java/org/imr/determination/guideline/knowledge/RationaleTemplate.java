package org.imr.determination.guideline.knowledge;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rationale wording with {@code {placeholder}} slots, filled from the facts of one item. */
public record RationaleTemplate(String text) {

    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");

    public RationaleTemplate {
        Objects.requireNonNull(text, "text");
    }

    /** The names between braces, in order of first use. */
    public Set<String> slotNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = SLOT.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Fills every slot.
     *
     * @throws IllegalArgumentException when the template uses a slot that has no value
     */
    public String render(Map<Placeholder, String> values) {
        Matcher matcher = SLOT.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = Placeholder.fromKey(name).map(values::get).orElse(null);
            if (value == null) {
                throw new IllegalArgumentException("No value for rationale placeholder {" + name + "}");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
