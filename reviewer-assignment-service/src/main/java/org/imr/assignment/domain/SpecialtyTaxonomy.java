package org.imr.assignment.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.schemas.ServiceType;

/**
 * Which specialties are the same as, or similar to, the one that evaluates or treats each kind of disputed service,
 * the same one first. Drawn from the specialties that decided such items in published IMR letters.
 */
public final class SpecialtyTaxonomy {

    static final String PMR = "Physical Medicine & Rehabilitation";
    static final String OCCUPATIONAL = "Occupational Medicine";
    static final String PREVENTIVE = "Preventive Medicine";
    static final String FAMILY = "Family Practice";
    static final String INTERNAL = "Internal Medicine";
    static final String PAIN = "Pain Management";
    static final String ANESTHESIOLOGY = "Anesthesiology";
    static final String ORTHOPEDIC = "Orthopedic Surgery";
    static final String SPORTS = "Sports Medicine";
    static final String EMERGENCY = "Emergency Medicine";
    static final String NEUROLOGY = "Neurology";
    static final String CHIROPRACTOR = "Chiropractor";
    static final String PSYCHIATRY = "Psychiatry";
    static final String NEUROSURGERY = "Neurological Surgery";
    static final String GENERAL_SURGERY = "Surgery";

    private static final List<String> REHABILITATION = List.of(PMR, CHIROPRACTOR, SPORTS, OCCUPATIONAL, ORTHOPEDIC, FAMILY, PREVENTIVE);
    /** Surgeons last: they review the medication of a surgery case (post-operative analgesia, an NSAID). */
    private static final List<String> MEDICATION = List.of(PAIN, ANESTHESIOLOGY, INTERNAL, FAMILY, OCCUPATIONAL, PMR, PREVENTIVE,
            EMERGENCY, NEUROLOGY, ORTHOPEDIC, SPORTS, NEUROSURGERY, GENERAL_SURGERY);
    private static final List<String> DIAGNOSTICS = List.of(ORTHOPEDIC, NEUROLOGY, PMR, OCCUPATIONAL, SPORTS, FAMILY, PREVENTIVE,
            INTERNAL, EMERGENCY);
    private static final List<String> INJECTIONS = List.of(ANESTHESIOLOGY, PAIN, PMR, ORTHOPEDIC);
    private static final List<String> MEDICAL = List.of(OCCUPATIONAL, FAMILY, INTERNAL, PMR, PREVENTIVE, PAIN, ORTHOPEDIC, SPORTS,
            EMERGENCY, NEUROLOGY, ANESTHESIOLOGY, PSYCHIATRY);

    private final Map<ServiceType, List<String>> specialtiesByService = new EnumMap<>(ServiceType.class);
    private final Map<Set<ServiceType>, List<RankedSpecialty>> candidatesByServices = new ConcurrentHashMap<>();

    public SpecialtyTaxonomy() {
        for (ServiceType service : List.of(ServiceType.PHYSICAL_THERAPY, ServiceType.OCCUPATIONAL_THERAPY, ServiceType.ACUPUNCTURE,
                ServiceType.TENS, ServiceType.DURABLE_MEDICAL_EQUIPMENT)) {
            specialtiesByService.put(service, REHABILITATION);
        }
        specialtiesByService.put(ServiceType.CHIROPRACTIC, List.of(CHIROPRACTOR, PMR, SPORTS, OCCUPATIONAL));
        for (ServiceType service : List.of(ServiceType.OPIOID, ServiceType.ANTI_EPILEPSY_DRUG, ServiceType.TOPICAL_COMPOUND,
                ServiceType.MUSCLE_RELAXANT, ServiceType.NSAID, ServiceType.PROTON_PUMP_INHIBITOR, ServiceType.OTHER_MEDICATION)) {
            specialtiesByService.put(service, MEDICATION);
        }
        specialtiesByService.put(ServiceType.MRI, DIAGNOSTICS);
        specialtiesByService.put(ServiceType.EMG_NCS, DIAGNOSTICS);
        specialtiesByService.put(ServiceType.EPIDURAL_STEROID_INJECTION, INJECTIONS);
        specialtiesByService.put(ServiceType.FACET_INJECTION, INJECTIONS);
        specialtiesByService.put(ServiceType.SURGERY, List.of(ORTHOPEDIC, NEUROSURGERY, GENERAL_SURGERY));
        specialtiesByService.put(ServiceType.PSYCHOLOGICAL, List.of(PSYCHIATRY));
    }

    /** Specialties that may review the service, the same specialty first; any medical specialty when unmapped. */
    public List<String> specialtiesFor(ServiceType service) {
        return specialtiesByService.getOrDefault(service, MEDICAL);
    }

    /**
     * The rank (0 = the same specialty) of the reviewer's best specialty that may review every disputed service, or
     * empty when none may.
     */
    public Optional<RankedSpecialty> bestMatch(List<String> reviewerSpecialties, Iterable<ServiceType> services) {
        RankedSpecialty best = null;
        for (String specialty : reviewerSpecialties) {
            int worstRank = 0;
            for (ServiceType service : services) {
                int rank = specialtiesFor(service).indexOf(specialty);
                worstRank = rank < 0 ? Integer.MAX_VALUE : Math.max(worstRank, rank);
            }
            if (worstRank != Integer.MAX_VALUE && (best == null || worstRank < best.rank())) {
                best = new RankedSpecialty(specialty, worstRank);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every specialty that may review all the disputed services, with its rank (the worst over the services), closest
     * first. Cached per set of services: the hot path of selection.
     */
    public List<RankedSpecialty> candidates(Set<ServiceType> services) {
        return candidatesByServices.computeIfAbsent(services, this::rank);
    }

    private List<RankedSpecialty> rank(Set<ServiceType> services) {
        Set<String> all = new LinkedHashSet<>();
        services.forEach(service -> all.addAll(specialtiesFor(service)));
        return all.stream().map(specialty -> bestMatch(List.of(specialty), services)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(RankedSpecialty::rank).thenComparing(RankedSpecialty::specialty)).toList();
    }

    /** A specialty and how close it is to the one that treats the disputed services (0 = the same). */
    public record RankedSpecialty(String specialty, int rank) {
    }
}
