package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestedDaysTest {

    @Test
    void daysWeeksAndMonthsOfUseAreCountedInDays() {
        assertThat(RequestedDays.in("Associated surgical service: Cold therapy for one week")).hasValue(7);
        assertThat(RequestedDays.in("Vascutherm unit, 14 days rental")).hasValue(14);
        assertThat(RequestedDays.in("Cryotherapy unit, 7-day rental")).hasValue(7);
        assertThat(RequestedDays.in("TENS unit rental x 1 month")).hasValue(30);
        assertThat(RequestedDays.in("Polar care unit x2 weeks")).hasValue(14);
    }

    @Test
    void aDescriptionWithoutADurationStatesNoDays() {
        assertThat(RequestedDays.in("Associated surgical service: Cold therapy unit")).isEmpty();
        assertThat(RequestedDays.in(null)).isEmpty();
    }

    @Test
    void ofAModifiedRequestOnlyTheRemainingPortionCounts() {
        assertThat(RequestedDays.in("Cold therapy unit for 21 days was the original request. Cold therapy unit for 7 "
                + "days was authorized by the Claims Administrator. The remaining IMR eligible portion of the original "
                + "request, Cold therapy unit for 14 days is")).hasValue(14);
    }
}
