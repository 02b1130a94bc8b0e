package dev.gantry.contracts.project;

import java.time.LocalDate;
import java.util.List;

/** Something the project hands over, and what it takes for it to be accepted. */
public record CharterDeliverable(String name, String description, LocalDate dueDate,
                                 List<String> acceptanceCriteria) {
}
