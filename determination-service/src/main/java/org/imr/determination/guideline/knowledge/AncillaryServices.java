package org.imr.determination.guideline.knowledge;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Services requested for a procedure (pre-operative tests, an assistant surgeon, post-operative therapy, equipment,
 * anesthesia, image guidance, the facility): when the same application disputes the procedure and the procedure is
 * not medically necessary, neither is the service, whatever its own guideline says. When the procedure is medically
 * necessary, a service the procedure includes ({@link IncludedService}) is too; any other service, or one whose
 * procedure the application does not dispute, is decided by its own rule.
 *
 * @param id            stable identifier recorded on every decision it makes
 * @param version       version of this rule
 * @param summary       what the rule says, for people reading the file
 * @param services      which services belong to which procedures
 * @param citation      the guideline line as letters print it for such a service
 * @param rationale     the rationale; may use {@code {itemDescription}} and {@code {primaryItem}}
 * @param includedInANecessaryProcedure services that a medically necessary procedure includes
 */
public record AncillaryServices(String id, String version, String summary, List<ServicesFor> services,
        String citation, String rationale, List<IncludedService> includedInANecessaryProcedure) {

    /** The placeholders the rationale may use. */
    public static final Set<Placeholder> PLACEHOLDERS = Set.of(Placeholder.ITEM_DESCRIPTION, Placeholder.PRIMARY_ITEM);

    public AncillaryServices {
        services = ImmutableCopies.list(services);
        includedInANecessaryProcedure = ImmutableCopies.list(includedInANecessaryProcedure);
    }

    public RationaleTemplate rationaleTemplate() {
        return new RationaleTemplate(rationale);
    }

    /** Every concept named here, for the check against the vocabulary. */
    public Stream<String> concepts() {
        return Stream.concat(
                services.stream().flatMap(s -> Stream.concat(s.itemConcepts().stream(), s.procedureConcepts().stream())),
                includedInANecessaryProcedure.stream()
                        .flatMap(s -> Stream.concat(s.itemConcepts().stream(), s.procedureConcepts().stream())));
    }

    /**
     * Items naming one of {@code itemConcepts} are services for a procedure naming one of {@code procedureConcepts}.
     * With {@code onlyWithoutFamily}, only an item that names no service family of its own is ("fluoroscopic
     * guidance" is a service for an injection; "ESI under fluoroscopy" is the injection).
     */
    public record ServicesFor(List<String> itemConcepts, boolean onlyWithoutFamily, List<String> procedureConcepts) {

        public ServicesFor {
            itemConcepts = ImmutableCopies.list(itemConcepts);
            procedureConcepts = ImmutableCopies.list(procedureConcepts);
        }
    }

    /**
     * A service that a medically necessary procedure naming one of {@code procedureConcepts} includes (the anesthesia
     * of a surgery, the fluoroscopy the guideline asks of an epidural injection): medically necessary with it.
     *
     * @param rationale the rationale; may use {@code {itemDescription}} and {@code {primaryItem}}
     */
    public record IncludedService(String id, String version, String summary, List<String> itemConcepts,
            List<String> procedureConcepts, String citation, String rationale) {

        public IncludedService {
            itemConcepts = ImmutableCopies.list(itemConcepts);
            procedureConcepts = ImmutableCopies.list(procedureConcepts);
        }

        public RationaleTemplate rationaleTemplate() {
            return new RationaleTemplate(rationale);
        }
    }
}
