package org.imr.replay.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceTypeClassifierTest {

    private final ServiceTypeClassifier classifier = ServiceTypeClassifier.fromClasspath();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MRI of the right shoulder without contrast | MRI
            Acupuncture 3 times a week for 2 weeks, neck, right hand and head | ACUPUNCTURE
            EMG/NCS of the bilateral hand | EMG_NCS
            Six physical therapy visits for the lumbar | PHYSICAL_THERAPY
            Chiropractic care for the low back; six sessions | CHIROPRACTIC
            Naproxen 550mg #60 | NSAID
            Norco 10/325mg #90 | OPIOID
            Cyclobenzaprine 7.5mg #60 | MUSCLE_RELAXANT
            Omeprazole 20mg #30 | PROTON_PUMP_INHIBITOR
            Flurbiprofen/Lidocaine cream 180gm | TOPICAL_COMPOUND
            Gabapentin 600mg #90 | ANTI_EPILEPSY_DRUG
            TENS unit for home use | TENS
            Lumbar epidural steroid injection at L4-L5 | EPIDURAL_STEROID_INJECTION
            Bilateral lumbar facet injections L4-5 | FACET_INJECTION
            Spine surgery evaluation for the lumbar | OFFICE_VISIT
            Left shoulder arthroscopy with Bankart repair | SURGERY
            Sit-stand workstation | DURABLE_MEDICAL_EQUIPMENT
            Pre-op labs: CBC | OTHER
            """)
    void classifiesItemsAsRealLettersPrintThem(String description, ServiceType expected) {
        assertThat(classifier.classify(description)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tension headache evaluation | OFFICE_VISIT
            Optimal recovery plan | OTHER
            """)
    void matchesWholeWordsOnly(String description, ServiceType expected) {
        assertThat(classifier.classify(description)).isEqualTo(expected);
    }
}
