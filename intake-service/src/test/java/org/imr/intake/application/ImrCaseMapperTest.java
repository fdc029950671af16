package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.imr.intake.application.CaseApplication.Item;
import org.imr.intake.application.CaseApplication.Person;
import org.imr.intake.application.CaseApplication.Worker;
import org.imr.schemas.ImrCase;
import org.imr.schemas.PartyRole;
import org.imr.schemas.Priority;
import org.imr.schemas.ServiceType;
import org.imr.schemas.Sex;
import org.imr.schemas.UrOutcome;
import org.junit.jupiter.api.Test;

class ImrCaseMapperTest {

    @Test
    void theCaseIdFollowsFromTheApplicationIdWhateverTheSurroundingSpace() {
        assertThat(CaseIds.forApplication(" APP-1 ")).isEqualTo(CaseIds.forApplication("APP-1"));
        assertThat(CaseIds.forApplication("APP-1")).isNotEqualTo(CaseIds.forApplication("APP-2"));
    }

    @Test
    void everyPartyIsKeptWithItsRoleAndItemsAreNumberedInOrder() {
        ImrCase imrCase = ImrCaseMapper.toCase("case-1", application());

        assertThat(imrCase.getParties()).extracting(party -> party.getRole()).containsExactly(
                PartyRole.EMPLOYEE, PartyRole.EMPLOYEE_ATTORNEY, PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR,
                PartyRole.TREATING_PROVIDER);
        assertThat(imrCase.getDisputedItems()).extracting(item -> item.getItemNumber()).containsExactly(1, 2);
        assertThat(imrCase.getDisputedItems().getFirst().getUrOutcome()).isEqualTo(UrOutcome.NON_CERTIFIED);
    }

    @Test
    void missingOptionalListsBecomeEmptyAndTheStateDefaultsToCalifornia() {
        ImrCase imrCase = ImrCaseMapper.toCase("case-1", application());

        assertThat(imrCase.getJurisdictionState()).isEqualTo("California");
        assertThat(imrCase.getTreatmentsToDate()).isEmpty();
        assertThat(imrCase.getDiagnosticStudies()).isEmpty();
        assertThat(imrCase.getPriorTreatments()).isEmpty();
        assertThat(imrCase.getLatestProgressNote()).isNull();
    }

    private static CaseApplication application() {
        return new CaseApplication(" APP-1 ", null, null, Priority.STANDARD, LocalDate.of(2016, 11, 10),
                LocalDate.of(2016, 11, 3), LocalDate.of(2016, 10, 13), person("Worker"), person("Attorney"),
                person("Employer"), person("Claims Administrator"), List.of(person("Dr. Provider")), new Worker(44, Sex.FEMALE),
                List.of("cervical strain"), null, null, List.of("neck pain"), 6, null, null, null,
                List.of(new Item("Physical therapy, neck, 2 x 3", ServiceType.PHYSICAL_THERAPY, "neck", 2, 3, null, null),
                        new Item("MRI of the cervical spine", ServiceType.MRI, "cervical spine", null, null, 1, null)));
    }

    private static Person person(String name) {
        return new Person(name, null, null, null, null);
    }
}
