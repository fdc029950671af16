package org.imr.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.imr.calendar.ImrCalendarDefaults;
import org.imr.notification.delivery.IssuedLetterFacts.DecidedItem;
import org.imr.schemas.DeliveryChannel;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTest {

    /** A Tuesday: five working days later is the next Tuesday. */
    private static final LocalDate DECIDED = LocalDate.of(2015, 7, 28);
    private static final DecidedItem OVERTURNED = new DecidedItem("Occupational therapy, bilateral wrists, 2 x 4",
            "Overturned", true);
    private static final DecidedItem UPHELD = new DecidedItem("Norco 10/325mg #60", "Upheld", false);

    private final DeliveryPlanner planner = new DeliveryPlanner(ImrCalendarDefaults.deadlines());

    @Test
    void sendsTheLetterToEveryPartyOncePerChannelTheyCanBeReachedBy() {
        List<LetterDelivery> deliveries = planner.plan(letter(List.of(OVERTURNED, UPHELD),
                party(PartyRole.EMPLOYEE, "12 Elm St, Fresno CA 93701", "worker@example.org"),
                party(PartyRole.EMPLOYEE_ATTORNEY, null, "counsel@example.org"),
                party(PartyRole.EMPLOYER, "1 Packing Way, Fresno CA 93702", null),
                party(PartyRole.CLAIMS_ADMINISTRATOR, null, "ur@claims.example.org"),
                party(PartyRole.TREATING_PROVIDER, "5 Clinic Rd, Fresno CA 93703", null),
                party(PartyRole.UNKNOWN, "nowhere", null)));

        assertThat(deliveries).extracting(LetterDelivery::deliveryId).containsExactly(
                "CM15-0123456-v1-employee-electronic", "CM15-0123456-v1-employee-mail",
                "CM15-0123456-v1-employee_attorney-electronic", "CM15-0123456-v1-employer-mail",
                "CM15-0123456-v1-claims_administrator-electronic", "CM15-0123456-v1-treating_provider-mail");
        assertThat(deliveries.get(1).channel()).isEqualTo(DeliveryChannel.MAIL);
        assertThat(deliveries.get(1).address()).isEqualTo("12 Elm St, Fresno CA 93701");
        assertThat(deliveries.get(0).address()).isEqualTo("worker@example.org");
        assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.notice())
                .contains("case CM15-0123456", "https://letters.example.org/letters/CM15-0123456/versions/1.pdf",
                        "Occupational therapy, bilateral wrists, 2 x 4: Overturned; Norco 10/325mg #60: Upheld"));
    }

    @Test
    void tellsTheClaimsAdministratorToAuthoriseOverturnedItemsWithinFiveWorkingDays() {
        List<LetterDelivery> deliveries = planner.plan(letter(List.of(OVERTURNED, UPHELD),
                party(PartyRole.CLAIMS_ADMINISTRATOR, "PO Box 1, Sacramento CA 95814", null),
                party(PartyRole.EMPLOYER, "1 Packing Way", null)));

        LetterDelivery claims = deliveries.getFirst();
        assertThat(claims.authorisationDueBy()).isEqualTo(LocalDate.of(2015, 8, 4));
        assertThat(claims.notice()).contains("must authorise the Overturned item(s) (Occupational therapy, bilateral"
                + " wrists, 2 x 4) within 5 working days of receiving this determination, by 08/04/2015");
        assertThat(deliveries.get(1).authorisationDueBy()).isNull();
        assertThat(deliveries.get(1).notice()).doesNotContain("5 working days");
    }

    @Test
    void hasNoAuthorisationDutyWhenEveryItemWasUpheld() {
        LetterDelivery claims = planner.plan(letter(List.of(UPHELD), party(PartyRole.CLAIMS_ADMINISTRATOR, "PO Box 1",
                null))).getFirst();

        assertThat(claims.authorisationDueBy()).isNull();
        assertThat(claims.notice()).doesNotContain("authorise");
    }

    @Test
    void mailsAPartyWithNoAddressOnFileForTheMailRoomToAddress() {
        List<LetterDelivery> deliveries = planner.plan(letter(List.of(UPHELD), party(PartyRole.EMPLOYEE, null, " ")));

        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.channel()).isEqualTo(DeliveryChannel.MAIL);
            assertThat(delivery.address()).isNull();
        });
    }

    @Test
    void namesTheRolesACaseHasNoPartyFor() {
        assertThat(planner.missingRecipients(List.of(party(PartyRole.EMPLOYEE, null, null))))
                .containsExactlyInAnyOrder(PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.TREATING_PROVIDER);
    }

    @Test
    void theFiveWorkingDaysSkipTheStateHolidays() {
        LetterDelivery claims = planner.plan(letter(LocalDate.of(2026, 11, 25), List.of(OVERTURNED),
                party(PartyRole.CLAIMS_ADMINISTRATOR, "PO Box 1", null))).getFirst();

        assertThat(claims.authorisationDueBy()).as("Thanksgiving and the day after are no working days")
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(claims.notice()).contains("within 5 working days of receiving this determination, by 12/04/2026");
    }

    @Test
    void thePartiesAreToldThePeriodsOfTheCalendar() {
        List<LetterDelivery> deliveries = planner.plan(letter(List.of(OVERTURNED),
                party(PartyRole.CLAIMS_ADMINISTRATOR, "PO Box 1", null), party(PartyRole.EMPLOYEE, "12 Elm St", null)));

        assertThat(deliveries.get(0).notice()).contains("pay for it within 20 days (8 CCR 9792.10.7)");
        assertThat(deliveries.get(1).notice()).contains("Appeals Board within 30 days, and only on a few narrow grounds");
    }

    private static IssuedLetterFacts letter(List<DecidedItem> items, Party... parties) {
        return letter(DECIDED, items, parties);
    }

    private static IssuedLetterFacts letter(LocalDate decided, List<DecidedItem> items, Party... parties) {
        String base = "https://letters.example.org/letters/CM15-0123456/versions/1";
        return new IssuedLetterFacts("CM15-0123456", 1, decided, List.of(parties), items, base, base + ".pdf");
    }

    private static Party party(PartyRole role, String mailingAddress, String email) {
        return new Party(role, "Name of " + role, null, null, mailingAddress, email);
    }
}
