package org.imr.determination.guideline.knowledge;

import java.util.List;

/** The guideline knowledge base file is missing, unreadable or inconsistent; the message lists every problem. */
public class InvalidKnowledgeBaseException extends RuntimeException {

    private final List<String> problems;

    public InvalidKnowledgeBaseException(List<String> problems) {
        this("Guideline knowledge base is invalid", problems, null);
    }

    public InvalidKnowledgeBaseException(String source, List<String> problems, Throwable cause) {
        super(source + ": " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, with the path of the offending element, e.g. "rules[0].conditionCategories[1].maxVisits ...". */
    public List<String> problems() {
        return problems;
    }
}
