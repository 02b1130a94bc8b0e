package dev.gantry.contracts.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item agreed in a meeting: what is to be done, by whom and by when. {@code status} is OPEN, DONE or
 * CANCELLED; {@code taskId} names the WBS task the item became, if it was turned into one.
 */
public record ActionItemEntry(
        UUID actionItemId,
        UUID meetingId,
        String description,
        MeetingPerson owner,
        LocalDate dueDate,
        String status,
        UUID taskId,
        long version) {
}
