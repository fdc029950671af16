package org.imr.determination.guideline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DisputedTreatment;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items written the way notes write a joint's procedures and a bone's parts: a joint's "scope" is its arthroscopy and
 * stays of the joint (ODG Hip &amp; Pelvis, Arthroscopy; ACOEM ch. 13 and ch. 9, Surgical Considerations); a
 * manipulation of a joint under anesthesia, the joint named between the words, is the procedure of ODG Shoulder,
 * Manipulation under anesthesia (MUA), no chiropractic manipulation (MTUS Chronic Pain, Manual therapy &amp;
 * manipulation); the neck of a bone (talar, femoral, metatarsal, humeral neck) is a part of that bone, not the neck
 * (cervical spine).
 */
class JointAndBoneWordingsTest {

    private static final Vocabulary VOCABULARY = new VocabularyLoader().loadDefault();

    private static ServiceRequest read(String description) {
        return VOCABULARY.read(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Right hip scope with labral repair                         | arthroscopy                    | true
            Right hip scope with labral repair                         | hip-pelvis                     | true
            L knee scope, partial medial meniscectomy                  | arthroscopy                    | true
            L knee scope, partial medial meniscectomy                  | knee                           | true
            Shoulder scope with SAD                                    | arthroscopy                    | true
            Shoulder scope with SAD                                    | shoulder                       | true
            Scope of the right knee                                    | knee                           | true
            Left ankle scope and debridement                           | ankle-foot                     | true
            Manipulation of the shoulder under anesthesia              | manipulation-under-anesthesia  | true
            Manipulation of the shoulder under anesthesia              | chiropractic                   | false
            Manipulation of the left shoulder under general anesthesia | manipulation-under-anesthesia  | true
            Manipulation of the left shoulder under general anesthesia | shoulder                       | true
            Manipulation of the right knee under anaesthesia           | manipulation-under-anesthesia  | true
            Manipulation of the cervical spine x6                      | chiropractic                   | true
            Manipulation of the cervical spine x6                      | manipulation-under-anesthesia  | false
            ORIF talar neck fracture                                   | ankle-foot                     | true
            ORIF talar neck fracture                                   | cervical-spine                 | false
            PT for femoral neck fracture                               | hip-pelvis                     | true
            PT for femoral neck fracture                               | cervical-spine                 | false
            Hemiarthroplasty, fracture of the neck of the femur        | cervical-spine                 | false
            Walking boot, fifth metatarsal neck fracture               | cervical-spine                 | false
            Walking boot, fifth metatarsal neck fracture               | ankle-foot                     | true
            Sling, surgical neck of the humerus fracture               | shoulder                       | true
            Sling, surgical neck of the humerus fracture               | cervical-spine                 | false
            Cervical collar for neck strain                            | cervical-spine                 | true
            """)
    void aJointsProcedureAndABonesPartAreReadOfTheirJointAndBone(String item, String concept, boolean read) {
        assertThat(read(item).is(concept)).as("%s: %s", item, concept).isEqualTo(read);
    }
}
