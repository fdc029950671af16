package org.imr.determination.guideline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DisputedTreatment;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * Words the notes write for others are read as those words before the vocabulary's terms are looked for, in any case,
 * so that an item need not be written with the term: "Physical tx" is physical therapy, "F/u visit" a follow-up,
 * "Ortho eval" an orthopedic evaluation, "SI joint inj" an injection (`wordsReadAs`).
 */
class WordsReadAsTest {

    private static final Vocabulary VOCABULARY = new VocabularyLoader().loadDefault();

    private static ServiceRequest read(String description) {
        return VOCABULARY.read(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null));
    }

    @Test
    void anItemWrittenWithTheNotesWordsIsReadAsWithTheTerms() {
        assertThat(read("Physical TX 2x6, lumbar").is("physical-therapy")).isTrue();
        assertThat(read("Occupational tx x6 right hand").is("occupational-therapy")).isTrue();
        assertThat(read("Aqua tx 2 x 4").is("aquatic-therapy")).isTrue();
        assertThat(read("F/U visit in 4 weeks").is("follow-up")).isTrue();
        assertThat(read("Ortho eval, right knee").is("surgical-consultation")).isTrue();
        assertThat(read("SI joint inj, left").is("injection")).isTrue();
    }

    /**
     * "US" is the ultrasound only where it guides a procedure or images a part ("US guided", "under US guidance", "US of
     * the shoulder"), not the country; a subacromial injection is one of the shoulder (ACOEM ch. 9, Initial Care).
     */
    @Test
    void usForUltrasoundOnlyWhereItGuidesOrImages_aSubacromialInjectionIsOfTheShoulder() {
        assertThat(read("US guided subacromial injection").is("image-guided")).isTrue();
        assertThat(read("US guided subacromial injection").is("shoulder")).isTrue();
        assertThat(read("Subacromial injection under US guidance").is("image-guided")).isTrue();
        assertThat(read("US of the right shoulder").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("Diagnostic US, left shoulder").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("Interpreter services, moved to the US").is("diagnostic-ultrasound")).isFalse();
        assertThat(read("Follow-up visit with us").is("image-guided")).isFalse();
    }

    /**
     * "US" written in capitals after the part it images is a diagnostic ultrasound of that part (ODG Shoulder,
     * Ultrasound, diagnostic), the part still named; one that guides a procedure stays the guidance, and the pronoun
     * after a part is no study.
     */
    @Test
    void usWrittenAfterThePartItImagesIsItsDiagnosticUltrasound() {
        assertThat(read("Right shoulder US").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("Right shoulder US").is("shoulder")).isTrue();
        assertThat(read("L knee US").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("L knee US").is("knee")).isTrue();
        assertThat(read("Bilateral wrists US, 1 study").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("Right knee US guided cortisone injection").is("diagnostic-ultrasound")).isFalse();
        assertThat(read("Right knee US guided cortisone injection").is("image-guided")).isTrue();
        assertThat(read("Right knee US-guided injection").is("diagnostic-ultrasound")).isFalse();
        assertThat(read("Exercises for the shoulder us").is("diagnostic-ultrasound")).isFalse();
    }

    /** "US" written in capitals before the part it images, its side between them, is its diagnostic ultrasound too. */
    @Test
    void usWrittenBeforeThePartItImagesIsItsDiagnosticUltrasound() {
        assertThat(read("US R knee").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("US R knee").is("knee")).isTrue();
        assertThat(read("US of the left shoulder").is("diagnostic-ultrasound")).isTrue();
        assertThat(read("US bilateral wrists").is("forearm-wrist-hand")).isTrue();
        assertThat(read("US guided injection of the right knee").is("diagnostic-ultrasound")).isFalse();
    }

    @Test
    void onlyTheWholeWordIsReadAnew() {
        assertThat(VOCABULARY.words("Textile w/o tx")).containsExactly("textile", "w", "o", "therapy");
        assertThat(read("Orthotics for the left foot").is("surgical-consultation")).isFalse();
    }
}
