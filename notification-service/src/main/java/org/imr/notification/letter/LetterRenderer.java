package org.imr.notification.letter;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a {@link FinalDeterminationLetter} as the plain text of a published IMR Final
 * Determination letter, from the JMustache template {@value #TEMPLATE_RESOURCE}. Paragraphs are
 * wrapped by the template's {@code {{#wrap}}} sections; no line is longer than {@link #wrapWidth()}.
 * Instances are immutable and safe to share between threads.
 */
public final class LetterRenderer {

    /** About the width of the published letters' lines (their longest fixed line has 96 characters). */
    public static final int DEFAULT_WRAP_WIDTH = 96;

    /** The header block's two columns take 85 characters; a letter is never narrower. */
    public static final int MINIMUM_WRAP_WIDTH = 85;

    static final String TEMPLATE_RESOURCE = "letters/final-determination.mustache";

    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");

    private final Template template;
    private final WordWrapper wrapper;

    public LetterRenderer() {
        this(DEFAULT_WRAP_WIDTH);
    }

    /** @param wrapWidth the longest line of the letter, at least {@link #MINIMUM_WRAP_WIDTH} */
    public LetterRenderer(int wrapWidth) {
        if (wrapWidth < MINIMUM_WRAP_WIDTH) {
            throw new IllegalArgumentException(
                    "a letter is at least " + MINIMUM_WRAP_WIDTH + " characters wide: " + wrapWidth);
        }
        this.wrapper = new WordWrapper(wrapWidth);
        this.template = Mustache.compiler()
                .escapeHTML(false)
                .strictSections(true)
                .compile(templateSource());
    }

    public int wrapWidth() {
        return wrapper.width();
    }

    /** The letter as plain text, lines separated by '\n', ending with a single line break. */
    public String render(FinalDeterminationLetter letter) {
        Map<String, Object> context = LetterTemplateContext.of(letter);
        context.put("wrap", (Mustache.Lambda) (fragment, out) -> out.write(wrapped(fragment.execute())));
        String text = template.execute(context).replace("\r\n", "\n");
        text = withoutTrailingSpaces(text);
        if (text.contains("\n\n\n")) {
            text = EXTRA_BLANK_LINES.matcher(text).replaceAll("\n\n");
        }
        return text.stripTrailing() + "\n";
    }

    /** Every line without the spaces and tabs at its end (a loop: a regular expression here costs most of a render). */
    private static String withoutTrailingSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int kept = end;
            while (kept > start && (text.charAt(kept - 1) == ' ' || text.charAt(kept - 1) == '\t')) {
                kept--;
            }
            out.append(text, start, kept);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * A {@code {{#wrap}}} section written inline wraps to text without a final line break; one
     * written on lines of its own (its text ends with a line break) stays a block of whole lines.
     */
    private String wrapped(String text) {
        String paragraphs = wrapper.wrap(text);
        return text.endsWith("\n") ? paragraphs + "\n" : paragraphs;
    }

    private static String templateSource() {
        try (InputStream in = LetterRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("letter template not on the classpath: " + TEMPLATE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letter template " + TEMPLATE_RESOURCE, e);
        }
    }
}
