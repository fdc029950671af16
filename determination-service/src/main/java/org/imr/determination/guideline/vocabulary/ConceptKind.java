package org.imr.determination.guideline.vocabulary;

/** What a concept of the vocabulary stands for in a disputed item. */
public enum ConceptKind {
    /** A family of services a guideline governs as a whole: imaging, drug, surgery, DME, ... */
    FAMILY,
    /** A kind of service within a family: MRI, EMG, TENS, physical therapy, knee arthroscopy, ... */
    MODALITY,
    /** A body region, e.g. lumbar spine, knee. */
    REGION,
    /** The side of a paired region: left, right, bilateral. */
    SIDE,
    /** A drug by its generic name (brand names are its terms). */
    DRUG,
    /** A class of drugs, e.g. opioid, NSAID. */
    DRUG_CLASS,
    /** How the service is requested: initial or additional, post-operative, retrospective, rental or purchase. */
    MODIFIER
}
