package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request amounts as real letters print them (the case number names the letter). */
class RequestedQuantityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            seed CM15          | Occupational therapy, bilateral wrists, 2 x 4                   | 2 | 4 | -  | 8
            CM16-0230548       | Acupuncture 3 times a week for 2 weeks, neck, right hand and head | 3 | 2 | -  | 6
            CM16-0232543       | Physical therapy 2-3 times a week for 6 weeks                    | 3 | 6 | -  | 18
            CM16-0246487       | Associated surgical service: Physical therapy, times 12          | - | - | 12 | 12
            CM17-0004738       | Chiropractic care for the low back; six sessions                 | - | - | 6  | 6
            CM17-0014320       | Twelve physical therapy visits for the Cervical Spine            | - | - | 12 | 12
            CM16-0248698       | Tabradol (unknown quantity)                                      | - | - | -  | -
            scenario           | Monthly follow-up visits for 6 months                            | - | - | 6  | 6
            scenario           | PT 2x/wk x 3 wks L-spine                                         | 2 | 3 | -  | 6
            scenario           | PT lumbar 1-2 x/wk x 6 wks                                       | 2 | 6 | -  | 12
            scenario           | Acupuncture 2 times/week for 4 weeks                             | 2 | 4 | -  | 8
            scenario           | Physical therapy twice weekly for three weeks, low back          | 2 | 3 | -  | 6
            scenario           | PT twice a week for 3 weeks                                      | 2 | 3 | -  | 6
            scenario           | Chiropractic once a week for six weeks                           | 1 | 6 | -  | 6
            scenario           | Aquatic therapy thrice weekly x 4 wks                            | 3 | 4 | -  | 12
            scenario           | Physical therapy once every two weeks                            | - | - | -  | -
            scenario           | Office visit once a month for three months                       | - | - | 3  | 3
            scenario           | Physical therapy 12345678901 visits                              | - | - | -  | -
            scenario           | Trigger point injections, 8 injections                           | - | - | 8  | 8
            scenario           | Four trigger point injections to the trapezius                   | - | - | 4  | 4
            scenario           | Bilateral L4-5 injections                                        | - | - | -  | -
            scenario           | L5 S1 injections under fluoroscopy                               | - | - | -  | -
            """)
    void readsTheAmountOfARequest(String letter, String description, Integer perWeek, Integer weeks, Integer quantity,
            Integer total) {
        RequestedQuantity requested = RequestedQuantity.in(description);
        assertThat(requested.perWeek()).isEqualTo(perWeek);
        assertThat(requested.weeks()).isEqualTo(weeks);
        assertThat(requested.quantity()).isEqualTo(quantity);
        assertThat(requested.total()).isEqualTo(total);
    }

    @ParameterizedTest(name = "CM16-0239569 and CM16-0241231: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiropractic spinal manipulation times 12 was the original request. Chiropractic spinal manipulation times 6 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Chiropractic spinal manipulation times 6 is | 6 | 12
            Nine sessions of physical therapy of the right knee was the original request. Six sessions of physical therapy of the right knee was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Three sessions of physical therapy of the right knee is | 3 | 9
            """)
    void aModifiedRequestIsDecidedForItsRemainder_andItsCourseIsTheOriginalRequest(String description, int remaining,
            int wholeCourse) {
        assertThat(RequestedQuantity.in(description).total()).isEqualTo(remaining);
        assertThat(RequestedQuantity.wholeCourse(description).total()).isEqualTo(wholeCourse);
    }
}
