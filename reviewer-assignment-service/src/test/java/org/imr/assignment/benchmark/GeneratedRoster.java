package org.imr.assignment.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.imr.assignment.domain.Licence;
import org.imr.assignment.domain.Reviewer;

/**
 * A reproducible roster for the benchmark: specialties staffed roughly in proportion to the case mix (as an operations
 * team staffs it), with the usual share of reviewers who may not review (part-time, too few years, suspended, licensed
 * elsewhere, an expired licence), and affiliations drawn from the same organisations the cases name.
 */
final class GeneratedRoster {

    static final String[] SPECIALTIES = {"Physical Medicine & Rehabilitation", "Chiropractor", "Sports Medicine",
            "Occupational Medicine", "Orthopedic Surgery", "Family Practice", "Preventive Medicine", "Internal Medicine",
            "Pain Management", "Anesthesiology", "Emergency Medicine", "Neurology", "Psychiatry"};
    private static final int[] SPECIALTY_WEIGHTS = {22, 6, 4, 8, 16, 6, 2, 6, 15, 7, 2, 3, 5};
    private static final String[] OTHER_STATES = {"Hawaii", "Oregon", "Nevada", "Arizona", "Texas", "New York"};

    private GeneratedRoster() {
    }

    static List<Reviewer> generate(int size, Random random, LocalDate today, int capacity) {
        List<Reviewer> roster = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<String> specialties = new ArrayList<>(List.of(pick(random)));
            if (random.nextInt(10) == 0) {
                String second = pick(random);
                if (!specialties.contains(second)) {
                    specialties.add(second);
                }
            }
            roster.add(new Reviewer("R-%04d".formatted(i), specialties, licences(random, today),
                    random.nextInt(100) < 5 ? 16 + random.nextInt(8) : 24 + random.nextInt(25),
                    random.nextInt(100) < 3 ? 2 + random.nextInt(4) : 6 + random.nextInt(30),
                    affiliations(random), random.nextInt(100) >= 2, capacity));
        }
        return roster;
    }

    static String organisation(int index) {
        return "Organisation " + index;
    }

    private static List<Licence> licences(Random random, LocalDate today) {
        List<Licence> licences = new ArrayList<>();
        int roll = random.nextInt(100);
        if (roll >= 6) {
            LocalDate expiry = roll < 7 ? today.minusDays(1 + random.nextInt(300)) : today.plusDays(30 + random.nextInt(700));
            licences.add(new Licence("California", expiry));
        }
        if (roll < 6 || random.nextInt(5) == 0) {
            licences.add(new Licence(OTHER_STATES[random.nextInt(OTHER_STATES.length)], today.plusYears(1)));
        }
        return licences;
    }

    private static Set<String> affiliations(Random random) {
        Set<String> affiliations = new HashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            affiliations.add(organisation(random.nextInt(CaseGenerator.ORGANISATIONS)));
        }
        return affiliations;
    }

    private static String pick(Random random) {
        int total = 0;
        for (int weight : SPECIALTY_WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < SPECIALTY_WEIGHTS.length; i++) {
            roll -= SPECIALTY_WEIGHTS[i];
            if (roll < 0) {
                return SPECIALTIES[i];
            }
        }
        throw new IllegalStateException();
    }
}
