package org.imr.notification.delivery;

import java.time.LocalDate;

import org.imr.schemas.DeliveryChannel;
import org.imr.schemas.PartyRole;

/**
 * One recipient of the letter by one channel. Names and addresses are PII: never log them.
 *
 * @param deliveryId         the same for the same letter version, recipient role and channel
 * @param address            the mailing or e-mail address; null when none is on file
 * @param authorisationDueBy the claims administrator's last day to authorise an Overturned item, else null
 */
public record LetterDelivery(String deliveryId, PartyRole role, String name, String organization,
        DeliveryChannel channel, String address, String notice, LocalDate authorisationDueBy) {
}
