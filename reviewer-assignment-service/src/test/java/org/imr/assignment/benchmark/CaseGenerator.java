package org.imr.assignment.benchmark;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.imr.assignment.domain.CaseParty;
import org.imr.assignment.domain.CaseProfile;
import org.imr.assignment.domain.PartyKind;
import org.imr.assignment.domain.SpecialtyTaxonomy;
import org.imr.schemas.ServiceType;

/**
 * Reproducible cases for the benchmark: a mix of disputed services like the published letters' (medication, physical
 * medicine, imaging, injections, surgery, psychological care), one or two services a case (two only when one specialty may review both), parties drawn from a
 * pool of organisations (so some reviewers are in conflict), and workers who come back with further applications.
 */
final class CaseGenerator {

    static final int ORGANISATIONS = 400;
    private static final int WORKERS = 40_000;
    private static final ServiceType[] SERVICES = {ServiceType.PHYSICAL_THERAPY, ServiceType.OCCUPATIONAL_THERAPY,
            ServiceType.ACUPUNCTURE, ServiceType.CHIROPRACTIC, ServiceType.TENS, ServiceType.DURABLE_MEDICAL_EQUIPMENT,
            ServiceType.OPIOID, ServiceType.ANTI_EPILEPSY_DRUG, ServiceType.TOPICAL_COMPOUND, ServiceType.MUSCLE_RELAXANT,
            ServiceType.NSAID, ServiceType.PROTON_PUMP_INHIBITOR, ServiceType.OTHER_MEDICATION, ServiceType.MRI,
            ServiceType.EMG_NCS, ServiceType.EPIDURAL_STEROID_INJECTION, ServiceType.FACET_INJECTION, ServiceType.SURGERY,
            ServiceType.PSYCHOLOGICAL, ServiceType.OFFICE_VISIT, ServiceType.OTHER};
    private static final int[] SERVICE_WEIGHTS = {14, 3, 5, 4, 2, 3, 10, 5, 6, 5, 4, 2, 3, 6, 4, 4, 2, 5, 4, 3, 2};
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(SERVICE_WEIGHTS).sum();

    private final Random random;
    private final LocalDate today;
    private final SpecialtyTaxonomy taxonomy = new SpecialtyTaxonomy();

    CaseGenerator(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    CaseProfile next(int number) {
        Set<ServiceType> services = EnumSet.of(service());
        if (random.nextInt(3) == 0) {
            Set<ServiceType> two = EnumSet.copyOf(services);
            two.add(service());
            if (!taxonomy.candidates(two).isEmpty()) {
                services = two;
            }
        }
        int worker = random.nextInt(WORKERS);
        List<CaseParty> parties = List.of(
                CaseParty.of(PartyKind.EMPLOYEE, "Worker " + worker),
                CaseParty.of(PartyKind.EMPLOYER, organisation()),
                CaseParty.of(PartyKind.CLAIMS_ADMINISTRATOR, organisation()),
                CaseParty.of(PartyKind.TREATING_PROVIDER, "Dr. Provider " + random.nextInt(5_000)),
                CaseParty.of(PartyKind.PROVIDER_GROUP, organisation()));
        return CaseProfile.of("case-" + number, "California", today, parties, services, "worker-" + worker);
    }

    private String organisation() {
        return GeneratedRoster.organisation(random.nextInt(ORGANISATIONS));
    }

    private ServiceType service() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (int i = 0; i < SERVICE_WEIGHTS.length; i++) {
            roll -= SERVICE_WEIGHTS[i];
            if (roll < 0) {
                return SERVICES[i];
            }
        }
        throw new IllegalStateException();
    }
}
