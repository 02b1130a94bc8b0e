package dev.gantry.projects.charter.domain;

import java.time.LocalDate;
import java.util.List;

/** Something the project hands over and the criteria for accepting it. */
public record Deliverable(String name, String description, LocalDate dueDate, List<String> acceptanceCriteria) {

    public Deliverable {
        acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
    }
}
