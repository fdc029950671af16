package org.imr.kafka;

/**
 * Avro 1.12 refuses to instantiate generated classes outside trusted packages. The property must be set before Avro
 * initialises, so every main method calls {@link #trustGeneratedClasses()} first (tests get it from Surefire).
 */
public final class AvroTrust {

    public static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";
    public static final String GENERATED_PACKAGE = "org.imr.schemas";

    private AvroTrust() {
    }

    public static void trustGeneratedClasses() {
        String current = System.getProperty(PROPERTY);
        if (current == null || current.isBlank()) {
            System.setProperty(PROPERTY, GENERATED_PACKAGE);
        } else if (!current.contains(GENERATED_PACKAGE)) {
            System.setProperty(PROPERTY, current + "," + GENERATED_PACKAGE);
        }
    }
}
