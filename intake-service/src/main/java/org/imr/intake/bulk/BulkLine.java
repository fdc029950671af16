package org.imr.intake.bulk;

import java.util.List;

import org.imr.intake.application.CaseApplication;
import org.imr.web.FieldProblem;

/** One line of a bulk file: the application when it parsed and validated, or every reason it did not. */
record BulkLine(int number, CaseApplication application, List<FieldProblem> errors) {

    static BulkLine valid(int number, CaseApplication application) {
        return new BulkLine(number, application, List.of());
    }

    static BulkLine rejected(int number, List<FieldProblem> errors) {
        return new BulkLine(number, null, List.copyOf(errors));
    }

    static BulkLine rejected(int number, String reason) {
        return rejected(number, List.of(new FieldProblem("", reason)));
    }

    boolean valid() {
        return application != null;
    }
}
