package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidelineWordingTest {

    @Test
    void prefixesACitationWithDecisionBasedOnAndEndsTheSentence() {
        assertThat(GuidelineWording.expertReviewer("MTUS Shoulder Complaints 2004, Section(s): Special Studies"))
                .isEqualTo("Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.");
        assertThat(GuidelineWording.claimsAdministrator("MTUS Acupuncture Treatment 2007."))
                .isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
    }

    @Test
    void keepsACitationAlreadyWordedAsASentence() {
        assertThat(GuidelineWording.claimsAdministrator("Decision based on MTUS Low Back Complaints 2004"))
                .isEqualTo("Decision based on MTUS Low Back Complaints 2004.");
        assertThat(GuidelineWording.expertReviewer("The Expert Reviewer did not cite any medical evidence for its decision."))
                .isEqualTo("The Expert Reviewer did not cite any medical evidence for its decision.");
    }

    @Test
    void introducesACitationOutsideTheMtus() {
        assertThat(GuidelineWording.claimsAdministrator("Non-MTUS Citation Official Disability Guidelines"))
                .isEqualTo("The Claims Administrator based their decision on recommendation(s) outside of the MTUS"
                        + " Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines.");
    }

    @Test
    void saysWhenNothingWasCited() {
        assertThat(GuidelineWording.claimsAdministrator(null))
                .isEqualTo("The Claims Administrator did not cite any medical evidence for its decision.");
        assertThat(GuidelineWording.expertReviewer("  "))
                .isEqualTo("The Expert Reviewer did not cite any medical evidence for its decision.");
    }
}
