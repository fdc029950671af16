package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A family default cites the section of the region's MTUS (ACOEM) chapter that governs the family where the region has
 * a chapter, and its general section otherwise; a case received in 2017 is cited by the 2016 edition of the chronic pain
 * guidelines, with its section and without the 2009 edition's pages. A rule that gives a region a citation of its own
 * cites it for that region (an epidural injection of the neck by the chronic pain guidelines' section, the MTUS neck
 * chapter having none; a facet injection or neurotomy of the neck by the neck chapter; platelet-rich plasma by the ODG
 * chapter of the joint). A drug is cited by what it is given for: low-dose doxepin (Silenor) by insomnia treatment,
 * doxepin by the antidepressants.
 */
class FamilyDefaultCitationsTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} is cited by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Bone scan of the right knee           | mtus-diagnostic-studies-family-default | MTUS Knee Complaints 2004, Section(s): Special Studies, Summary
            Ultrasound of the left wrist          | mtus-diagnostic-studies-family-default | MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary
            Thyroid function laboratory tests     | mtus-diagnostic-studies-family-default | MTUS General Approaches 2004, Section(s): General Approach to Initial Assessment and Documentation
            Thoracic spine laminectomy T7-T8      | acoem-surgery-family-default          | MTUS Neck and Upper Back Complaints 2004, Section(s): Surgical Considerations
            Corticosteroid injection, left ankle  | acoem-injections-family-default | MTUS Ankle and Foot Complaints 2004, Section(s): Initial Care
            Subacromial corticosteroid injection, right shoulder | acoem-shoulder-corticosteroid-injection | MTUS Shoulder Complaints 2004, Section(s): Initial Care
            Tylenol 500mg #60                     | mtus-chronic-pain-acetaminophen       | MTUS Chronic Pain Medical Treatment 2016, Section(s): Acetaminophen (APAP)
            Cervical epidural steroid injection at C5-6 | acoem-epidural-steroid-injection | MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs)
            Left L5-S1 transforaminal ESI         | acoem-epidural-steroid-injection      | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            Platelet rich plasma injection, right elbow | odg-platelet-rich-plasma        | Non-MTUS Citation Official Disability Guidelines (ODG) Elbow, Platelet-rich plasma (PRP)
            PRP injection of the left knee        | odg-platelet-rich-plasma              | Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, Platelet-rich plasma (PRP)
            Interlaminar ESI at C6-7              | acoem-epidural-steroid-injection-interlaminar | MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs)
            Interlaminar epidural injection at L4-5 | acoem-epidural-steroid-injection-interlaminar | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            Bilateral C4-5 and C5-6 medial branch blocks | acoem-facet-injection           | MTUS Neck and Upper Back Complaints 2004, Section(s): Initial Care, Physical Methods, Summary
            Right L4-5 facet joint injection      | acoem-facet-injection                 | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            Radiofrequency ablation of the cervical facets, right C5-C7 | acoem-facet-neurotomy | MTUS Neck and Upper Back Complaints 2004, Section(s): Initial Care, Physical Methods, Summary
            Lumbar rhizotomy L3-L5                | acoem-facet-neurotomy                 | MTUS Low Back Complaints 2004, Section(s): Physical Methods
            Genicular nerve block                 | acoem-injections-family-default       | MTUS Knee Complaints 2004, Section(s): Initial Care
            Left suprascapular nerve block        | acoem-injections-family-default       | MTUS Shoulder Complaints 2004, Section(s): Initial Care
            Silenor 3mg #30                       | mtus-insomnia-treatment               | MTUS Chronic Pain Medical Treatment 2016, Section(s): Insomnia treatment
            Doxepin 25mg #30                      | mtus-chronic-pain-antidepressants     | MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Antidepressants for chronic pain
            """)
    void citesTheRegionsChapter(String description, String ruleId, String citation) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "The injured worker reports pain after a fall at work.", List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.OTHER, null, null, null, null)),
                LocalDate.of(2017, 1, 9));

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.guidelineCitation()).isEqualTo(citation);
    }
}
