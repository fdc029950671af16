package org.imr.determination.signoff;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How determinations are signed, and where the reviewer workbench finds the other services.
 *
 * @param signOff   {@code reviewer} (the default: the assigned reviewer signs in the workbench) or {@code automatic}
 * @param workbench the workbench's settings (used with reviewer sign-off)
 */
@Validated
@ConfigurationProperties("imr.determination")
public record DeterminationProperties(@NotNull SignOffMode signOff, @Valid @NotNull Workbench workbench) {

    /**
     * @param assignmentServiceUrl reviewer-assignment-service, which takes a reviewer's acceptance or decline
     * @param intakeServiceUrl     intake-service, which serves the case files' documents
     * @param readBackTimeout      how long an answer waits for the workbench to read back what it caused (an
     *                             acceptance, a decline) before it shows the page as it stands
     */
    public record Workbench(@NotNull URI assignmentServiceUrl, @NotNull URI intakeServiceUrl,
            @NotNull Duration readBackTimeout) {
    }
}
