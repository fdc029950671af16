package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerAgeTest {

    @Test
    void theAgeIsReadHoweverTheSummaryWritesIt() {
        assertThat(WorkerAge.in("The injured worker is a 67-year-old male who was injured in 2014.").orElseThrow()
                .years()).isEqualTo(67);
        assertThat(WorkerAge.in("This 70 year old woman reports knee pain.").orElseThrow().years()).isEqualTo(70);
        assertThat(WorkerAge.in("A 58 y/o man with low back pain.").orElseThrow().years()).isEqualTo(58);
        assertThat(WorkerAge.in("66 yo M c/o R knee pain.").orElseThrow().years()).isEqualTo(66);
        assertThat(WorkerAge.in("Pt is a 61yo female.").orElseThrow().years()).isEqualTo(61);
        assertThat(WorkerAge.in("The applicant, aged 66, is on naproxen.").orElseThrow().years()).isEqualTo(66);
        assertThat(WorkerAge.in("He is 69 years of age.").orElseThrow().words())
                .isEqualTo(new CharSpan(6, 21));
        assertThat(WorkerAge.in("He reports pain for three years.")).isEmpty();
    }
}
