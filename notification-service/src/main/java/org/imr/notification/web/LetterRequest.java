package org.imr.notification.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What a letter request asks for: the name (a case number or a version) without its suffix, and text or PDF by suffix, else by Accept header. */
record LetterRequest(String name, Format format) {

    enum Format { TEXT, PDF, NOT_ACCEPTABLE }

    static LetterRequest of(String name, String accept) {
        if (name.endsWith(".pdf")) {
            return new LetterRequest(name.substring(0, name.length() - 4), Format.PDF);
        }
        if (name.endsWith(".txt")) {
            return new LetterRequest(name.substring(0, name.length() - 4), Format.TEXT);
        }
        return new LetterRequest(name, negotiated(accept));
    }

    /** The first of the accepted types, by quality, that is a letter's: PDF, or text for text/plain and wildcards. */
    private static Format negotiated(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.TEXT;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .toList();
        } catch (InvalidMediaTypeException e) {
            return Format.NOT_ACCEPTABLE;
        }
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
                return Format.PDF;
            }
            if (type.includes(MediaType.TEXT_PLAIN)) {
                return Format.TEXT;
            }
        }
        return Format.NOT_ACCEPTABLE;
    }
}
