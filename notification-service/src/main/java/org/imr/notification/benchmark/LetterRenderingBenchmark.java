package org.imr.notification.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.function.IntSupplier;

import org.imr.notification.letter.FinalDeterminationLetter;
import org.imr.notification.letter.LetterPdfRenderer;
import org.imr.notification.letter.LetterRenderer;

/**
 * How many Final Determination letters a second one thread renders, as plain text and as PDF (from the text, as the
 * service issues them). Each is warmed up, then measured for a fixed time; the last line is machine-readable:
 * {@code letters_per_second_text=N letters_per_second_pdf=N}. Arguments: measuring seconds per format (default 10).
 */
public final class LetterRenderingBenchmark {

    private LetterRenderingBenchmark() {
    }

    public static void main(String[] args) {
        Duration measured = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration warmUp = measured.dividedBy(2);
        FinalDeterminationLetter letter = BenchmarkLetter.threeItems();
        LetterRenderer text = new LetterRenderer();
        LetterPdfRenderer pdf = new LetterPdfRenderer();
        String rendered = text.render(letter);
        System.out.printf("letter: %d items, %d lines of text, %d bytes of PDF; %s per format after %s warm-up, 1 thread,"
                        + " %d processors%n", letter.items().size(), rendered.lines().count(),
                pdf.render(rendered, letter.caseNumber(), letter.organisation()).length, measured, warmUp,
                Runtime.getRuntime().availableProcessors());

        IntSupplier renderText = () -> text.render(letter).length();
        IntSupplier renderPdf = () -> pdf.render(text.render(letter), letter.caseNumber(), letter.organisation()).length;
        run(renderText, warmUp);
        double textRate = run(renderText, measured);
        System.out.printf("text: %.0f letters/s%n", textRate);
        run(renderPdf, warmUp);
        double pdfRate = run(renderPdf, measured);
        System.out.printf("pdf:  %.0f letters/s%n", pdfRate);
        System.out.printf(Locale.ROOT, "letters_per_second_text=%d letters_per_second_pdf=%d%n",
                Math.round(textRate), Math.round(pdfRate));
    }

    /** Letters rendered per second over the duration; the sizes are summed so that no work is optimised away. */
    private static double run(IntSupplier render, Duration duration) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long letters = 0;
        long bytes = 0;
        long now;
        do {
            bytes += render.getAsInt();
            letters++;
            now = System.nanoTime();
        } while (now < end);
        if (bytes == 0) {
            throw new IllegalStateException("rendered nothing");
        }
        return letters / ((now - start) / 1e9);
    }
}
