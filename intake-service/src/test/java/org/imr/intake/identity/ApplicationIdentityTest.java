package org.imr.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.application.Applications.eligible;
import static org.imr.intake.application.Applications.person;
import static org.imr.intake.application.Applications.refiled;

import java.time.LocalDate;
import java.util.List;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseApplication.Item;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

class ApplicationIdentityTest {

    private final CaseApplication byTheWorker = eligible();

    @Test
    void theSameApplicationFiledByTheAttorneyUnderAnotherIdIsTheSameCase() {
        CaseApplication byTheAttorney = refiled(byTheWorker, "ATTORNEY-7", person("Another Attorney"),
                byTheWorker.urDenialDate(), byTheWorker.disputedItems().reversed());

        assertThat(ApplicationIdentity.of(byTheAttorney)).isEqualTo(ApplicationIdentity.of(byTheWorker));
    }

    @Test
    void anotherUrDecisionOrOtherTreatmentsAreAnotherCase() {
        CaseApplication laterDenial = refiled(byTheWorker, "APP-2", null, LocalDate.of(2016, 11, 4),
                byTheWorker.disputedItems());
        CaseApplication otherItems = refiled(byTheWorker, "APP-3", null, byTheWorker.urDenialDate(),
                List.of(new Item("Acupuncture x 6", ServiceType.ACUPUNCTURE, "neck", 1, 6, null, null)));

        String caseId = ApplicationIdentity.of(byTheWorker).caseId();
        assertThat(ApplicationIdentity.of(laterDenial).caseId()).isNotEqualTo(caseId);
        assertThat(ApplicationIdentity.of(otherItems).caseId()).isNotEqualTo(caseId);
    }

    @Test
    void theSameTreatmentUnderAnotherUrDecisionSharesItsTreatmentKey() {
        CaseApplication laterDenial = refiled(byTheWorker, "APP-2", null, LocalDate.of(2016, 11, 4),
                List.of(new Item("Physical therapy, neck, 2 x 6", ServiceType.PHYSICAL_THERAPY, " Neck ", 2, 6, null, null)));

        assertThat(ApplicationIdentity.of(laterDenial).treatmentKeys())
                .hasSize(1).isSubsetOf(ApplicationIdentity.of(byTheWorker).treatmentKeys());
    }

    @Test
    void invisibleCharactersAndCompatibilityFormsInTheNameDoNotMakeAnotherWorker() {
        for (String disguised : List.of("Wor\u200Bker", "\u202EWorker", "W\u00ADorker\uFEFF", "\uFF37orker", "WORKER\u00A0")) {
            CaseApplication refiledDisguised = new CaseApplication("APP-9", null, null, byTheWorker.priority(),
                    byTheWorker.applicationReceivedDate(), byTheWorker.urDenialDate(), byTheWorker.dateOfInjury(),
                    person(disguised), null, byTheWorker.employer(), byTheWorker.claimsAdministrator(),
                    byTheWorker.treatingProviders(), byTheWorker.worker(), byTheWorker.diagnoses(), null, null, null,
                    null, null, null, null, byTheWorker.disputedItems(), true, null, true, null, null);

            assertThat(ApplicationIdentity.of(refiledDisguised)).isEqualTo(ApplicationIdentity.of(byTheWorker));
        }
    }

    @Test
    void onlyHashesAreKeptNeverTheName() {
        ApplicationIdentity identity = ApplicationIdentity.of(byTheWorker);

        assertThat(identity.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(identity.treatmentKeys()).allMatch(key -> key.matches("[0-9a-f]{64}"));
    }
}
