package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.schemas.ImrCase;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The formulary and electronic-notice flags of an application's JSON reach the case; absent, they are false. */
class StatutoryClockFlagsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFlagsOfTheApplicationJsonAreCarriedToTheCase() {
        ObjectNode application = (ObjectNode) json.valueToTree(Applications.eligible());
        application.put("formularyDrugDispute", true);
        application.put("recordsNotifiedElectronically", true);

        ImrCase imrCase = ImrCaseMapper.toCase("case-1", "CM16-0000001", json.treeToValue(application, CaseApplication.class));

        assertThat(imrCase.getFormularyDrugDispute()).isTrue();
        assertThat(imrCase.getRecordsNotifiedElectronically()).isTrue();
    }

    @Test
    void absentFlagsAreFalse() {
        ObjectNode application = (ObjectNode) json.valueToTree(Applications.eligible());
        application.remove("formularyDrugDispute");
        application.remove("recordsNotifiedElectronically");

        ImrCase imrCase = ImrCaseMapper.toCase("case-1", "CM16-0000001", json.treeToValue(application, CaseApplication.class));

        assertThat(imrCase.getFormularyDrugDispute()).isFalse();
        assertThat(imrCase.getRecordsNotifiedElectronically()).isFalse();
    }
}
