package org.imr.processes;

/** The four services, as their modules and executable jars are named. */
public enum PipelineService {
    INTAKE("intake-service"),
    ASSIGNMENT("reviewer-assignment-service"),
    DETERMINATION("determination-service"),
    NOTIFICATION("notification-service");

    private final String module;

    PipelineService(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }
}
