package org.imr.notification.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.DeliveryChannel;
import org.imr.schemas.Party;
import org.imr.schemas.PartyRole;

/**
 * Who receives an issued letter, and how: the employee (and the employee's attorney when represented), the employer,
 * the claims administrator and the requesting physician, each once per channel they can be reached by: by e-mail
 * (ELECTRONIC) when an e-mail address is on file, by post (MAIL) when a mailing address is; by post to be addressed
 * by the mail room when neither is. Every party of those roles in the case is a recipient.
 */
public final class DeliveryPlanner {

    private static final Set<PartyRole> RECIPIENTS = EnumSet.of(PartyRole.EMPLOYEE, PartyRole.EMPLOYEE_ATTORNEY,
            PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR, PartyRole.TREATING_PROVIDER);

    private final ImrDeadlines deadlines;
    private final DeliveryNotices notices;

    /** With the IMR calendar's deadlines: the claims administrator's date to authorise, the periods the notices state. */
    public DeliveryPlanner(ImrDeadlines deadlines) {
        this.deadlines = deadlines;
        this.notices = new DeliveryNotices(deadlines.periods());
    }

    public List<LetterDelivery> plan(IssuedLetterFacts letter) {
        List<LetterDelivery> deliveries = new ArrayList<>();
        for (Party party : letter.parties()) {
            if (!RECIPIENTS.contains(party.getRole())) {
                continue;
            }
            LocalDate dueBy = dueBy(party.getRole(), letter);
            String notice = notices.noticeFor(party.getRole(), letter, dueBy);
            if (hasText(party.getEmail())) {
                deliveries.add(delivery(letter, party, DeliveryChannel.ELECTRONIC, party.getEmail(), notice, dueBy));
            }
            if (hasText(party.getMailingAddress()) || !hasText(party.getEmail())) {
                deliveries.add(delivery(letter, party, DeliveryChannel.MAIL,
                        hasText(party.getMailingAddress()) ? party.getMailingAddress().strip() : null, notice, dueBy));
            }
        }
        return deliveries;
    }

    /** The roles the case lacks a party for, of those that must receive the letter (the attorney only if any). */
    public Set<PartyRole> missingRecipients(List<Party> parties) {
        Set<PartyRole> missing = EnumSet.of(PartyRole.EMPLOYEE, PartyRole.EMPLOYER, PartyRole.CLAIMS_ADMINISTRATOR,
                PartyRole.TREATING_PROVIDER);
        parties.forEach(party -> missing.remove(party.getRole()));
        return missing;
    }

    /** The claims administrator authorises Overturned items by then (the letter counts as received on its date). */
    private LocalDate dueBy(PartyRole role, IssuedLetterFacts letter) {
        return role == PartyRole.CLAIMS_ADMINISTRATOR && !letter.overturnedItems().isEmpty()
                ? deadlines.authorisationDue(letter.decisionDate())
                : null;
    }

    private static LetterDelivery delivery(IssuedLetterFacts letter, Party party, DeliveryChannel channel,
            String address, String notice, LocalDate dueBy) {
        String deliveryId = String.join("-", letter.caseNumber(), "v" + letter.letterVersion(),
                party.getRole().name().toLowerCase(Locale.ROOT), channel.name().toLowerCase(Locale.ROOT));
        return new LetterDelivery(deliveryId, party.getRole(), party.getName(), party.getOrganization(), channel,
                address == null ? null : address.strip(), notice, dueBy);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
