package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The insomnia path of a sleep study (ODG Pain, Polysomnography: insomnia of at least six months, unresponsive to
 * behavioural intervention and sedative or sleep-promoting medications, after a psychiatric etiology was excluded), read
 * in the wordings of letters and notes, and not from a shorter insomnia, a medication only started or a psychiatric
 * condition present.
 */
class InsomniaForASleepStudyFactsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            INSOMNIA_SIX_MONTHS        | Polysomnography | Insomnia for 8 months since the injury. | true
            INSOMNIA_SIX_MONTHS        | Sleep study     | Chronic insomnia x 1 yr. | true
            INSOMNIA_SIX_MONTHS        | PSG             | Difficulty sleeping for two years. | true
            INSOMNIA_SIX_MONTHS        | Polysomnography | Sleep disturbance x 9 mos. | true
            INSOMNIA_SIX_MONTHS        | Polysomnography | Insomnia for 2 months. | false
            INSOMNIA_SIX_MONTHS        | Polysomnography | Trouble sleeping for 3 weeks. | false
            SLEEP_MEDICATION_FAILED    | Polysomnography | Ambien and trazodone were tried without improvement. | true
            SLEEP_MEDICATION_FAILED    | Sleep study     | Failed zolpidem and melatonin. | true
            SLEEP_MEDICATION_FAILED    | PSG             | Failed trials of Ambien, Lunesta and trazodone. | true
            SLEEP_MEDICATION_FAILED    | Polysomnography | Trazodone 50 mg and Belsomra did not help. | true
            SLEEP_MEDICATION_FAILED    | Polysomnography | Trazodone 50 mg was started last week. | false
            SLEEP_MEDICATION_FAILED    | Polysomnography | No sleep medication tried. | false
            PSYCHIATRIC_CAUSE_EXCLUDED | Polysomnography | Psychiatric evaluation negative, depression ruled out. | true
            PSYCHIATRIC_CAUSE_EXCLUDED | PSG             | Psychiatric causes have been excluded. | true
            PSYCHIATRIC_CAUSE_EXCLUDED | Polysomnography | Psych evaluation: no depression or anxiety. | true
            PSYCHIATRIC_CAUSE_EXCLUDED | Polysomnography | Major depressive disorder, on Cymbalta. | false
            PSYCHIATRIC_CAUSE_EXCLUDED | Polysomnography | Psych eval negative for psychosis; major depressive disorder on Cymbalta. | false
            """)
    void theInsomniaPathOfASleepStudyIsReadFromTheRecords(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
