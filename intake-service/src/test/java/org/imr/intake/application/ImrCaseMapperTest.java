package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.schemas.ImrCase;
import org.imr.schemas.PartyRole;
import org.imr.schemas.UrOutcome;
import org.junit.jupiter.api.Test;

class ImrCaseMapperTest {

    @Test
    void everyPartyIsKeptWithItsRoleAndItemsAreNumberedInOrder() {
        ImrCase imrCase = ImrCaseMapper.toCase("case-1", "CM16-0000001", application());

        assertThat(imrCase.getParties()).extracting(party -> party.getRole()).containsExactly(
                PartyRole.EMPLOYEE, PartyRole.EMPLOYEE_ATTORNEY, PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR,
                PartyRole.TREATING_PROVIDER);
        assertThat(imrCase.getDisputedItems()).extracting(item -> item.getItemNumber()).containsExactly(1, 2);
        assertThat(imrCase.getDisputedItems().getFirst().getUrOutcome()).isEqualTo(UrOutcome.NON_CERTIFIED);
    }

    @Test
    void missingOptionalListsBecomeEmptyAndTheStateDefaultsToCalifornia() {
        ImrCase imrCase = ImrCaseMapper.toCase("case-1", "CM16-0000001", application());

        assertThat(imrCase.getJurisdictionState()).isEqualTo("California");
        assertThat(imrCase.getTreatmentsToDate()).isEmpty();
        assertThat(imrCase.getDiagnosticStudies()).isEmpty();
        assertThat(imrCase.getPriorTreatments()).isEmpty();
        assertThat(imrCase.getLatestProgressNote()).isNull();
    }

    private static CaseApplication application() {
        return Applications.eligible();
    }
}
