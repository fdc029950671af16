package org.imr.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinalDeterminationLetterTest {

    @Test
    void requiresAtLeastOneItemAndASummary() {
        assertThatIllegalArgumentException().isThrownBy(() -> SeedCase.letter(SeedCase.CLINICAL_SUMMARY, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> SeedCase.letter(" ", List.of(SeedCase.item())));
        assertThatNullPointerException().isThrownBy(() -> SeedCase.letter(null, List.of(SeedCase.item())))
                .withMessageContaining("clinicalSummary");
    }

    @Test
    void copiesItsItems() {
        List<DisputedItemDecision> items = new ArrayList<>(List.of(SeedCase.item()));
        FinalDeterminationLetter letter = SeedCase.letter(SeedCase.CLINICAL_SUMMARY, items);

        items.clear();

        assertThat(letter.items()).containsExactly(SeedCase.item());
    }

    @Test
    void treatsABlankCitationAsNoCitationAndRequiresARationale() {
        DisputedItemDecision item = new DisputedItemDecision(" Pepcid 20mg ", LetterDecision.UPHELD, "  ", null,
                "The request is not medically necessary.");

        assertThat(item.itemDescription()).isEqualTo("Pepcid 20mg");
        assertThat(item.claimsAdministratorGuideline()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new DisputedItemDecision("Pepcid 20mg",
                LetterDecision.UPHELD, null, null, ""));
    }

    @Test
    void requiresAStateOfLicensureAndASpecialty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExpertReviewerCredentials(List.of(), "Family Practice"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExpertReviewerCredentials(List.of("Texas"), " "));
        assertThat(LetterDecision.REFERRED_TO_EXPERT_REVIEWER.label()).isEqualTo("Referred to expert reviewer");
    }
}
