package org.imr.intake.bulk;

import java.util.List;

import org.imr.intake.application.CaseApplication;

/** One line of a bulk file: the application when it parsed and validated, or every reason it did not. */
record BulkLine(int number, CaseApplication application, List<FieldError> errors) {

    static BulkLine valid(int number, CaseApplication application) {
        return new BulkLine(number, application, List.of());
    }

    static BulkLine rejected(int number, List<FieldError> errors) {
        return new BulkLine(number, null, List.copyOf(errors));
    }

    boolean valid() {
        return application != null;
    }

    /** What is wrong and where; the message never quotes the submitted value. */
    record FieldError(String field, String message) {
    }
}
