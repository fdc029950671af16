package org.imr.notification.issue;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.imr.notification.letter.ReviewOrganisation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How letters are issued.
 *
 * @param directory the folder of the letter archive (one folder per case, see {@link LetterArchive})
 * @param organisationName the IMR organisation named in the letter ("MAXIMUS Federal Services")
 * @param organisationShortName its short name on the guideline line ("MAXIMUS guideline:")
 * @param organisationAddress its postal address, printed under its name atop each page of the PDF; empty: none
 * @param publicBaseUrl where this service's HTTP API is reached, for the letter links; empty: this host and port
 * @param issuers consumers (threads) of this instance issuing letters, each with partitions of the determinations of
 *        its own and its own Kafka transactions; a case's letters are issued by one of them (a case keeps its partition)
 */
@Validated
@ConfigurationProperties("imr.letters")
public record LetterProperties(@NotNull Path directory, @NotBlank String organisationName,
        @NotBlank String organisationShortName, String publicBaseUrl, String organisationAddress,
        @Min(1) int issuers) {

    /** The organisation that issues the letters. */
    public ReviewOrganisation organisation() {
        return new ReviewOrganisation(organisationName, organisationShortName, organisationAddress);
    }
}
