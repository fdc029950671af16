package org.imr.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value this project refuses though it is well-formed JSON of the right type (an invisible trap in a text, the
 * fallback symbol of an enum). Its message is the reason, written to be shown to the client: it never quotes the value.
 */
public class RefusedInputException extends MismatchedInputException {

    private final String reason;

    RefusedInputException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
