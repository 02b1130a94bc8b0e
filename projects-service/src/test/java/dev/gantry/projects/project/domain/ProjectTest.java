package dev.gantry.projects.project.domain;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.patch.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-05T09:00:00Z");

    private static Project project() {
        return Project.start("Core switch refresh", "All branch offices", ProjectType.NETWORK_ROLLOUT,
                LocalDate.of(2027, 3, 1), new BigDecimal("120000.50"), "EUR", "u-1", "pm", CREATED);
    }

    @Test
    void absentMembersKeepTheirValuesAndNothingChanges() {
        Project project = project();

        assertThat(project.change(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                LATER)).isEmpty();
        assertThat(project.description).isEqualTo("All branch offices");
        assertThat(project.budgetAmount).isEqualByComparingTo("120000.50");
        assertThat(project.updatedAt).isEqualTo(CREATED);
    }

    @Test
    void nullClearsTheDescriptionAndTheBudget() {
        Project project = project();

        assertThat(project.change(Patch.absent(), Patch.of(null), Patch.absent(), Patch.absent(), Patch.of(null),
                LATER)).containsExactly("description", "budget");
        assertThat(project.description).isNull();
        assertThat(project.budgetAmount).isNull();
        assertThat(project.budgetCurrency).isNull();
        assertThat(project.updatedAt).isEqualTo(LATER);
    }

    @Test
    void valuesChangeOnlyWhatDiffersAndNamesAreStripped() {
        Project project = project();

        assertThat(project.change(Patch.of("  Core switch refresh "), Patch.absent(),
                Patch.of(ProjectType.NETWORK_ROLLOUT), Patch.of(LocalDate.of(2027, 4, 1)),
                Patch.of(new Project.Budget(new BigDecimal("120000.5"), "EUR")), LATER))
                .containsExactly("startDate");
        assertThat(project.change(Patch.of("Core and access switches"), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.of(new Project.Budget(new BigDecimal("99000"), "USD")), LATER))
                .containsExactly("name", "budget");
        assertThat(project.name).isEqualTo("Core and access switches");
        assertThat(project.budgetCurrency).isEqualTo("USD");
    }

    @Test
    void aClosedOrCancelledProjectRefusesChangesToItsParts() {
        Project project = project();
        project.requireOpenFor("its charter", "kept");

        for (ProjectStatus finished : new ProjectStatus[]{ProjectStatus.CLOSED, ProjectStatus.CANCELLED}) {
            project.status = finished;
            assertThatThrownBy(() -> project.requireOpenFor("its charter",
                    "Charters of closed or cancelled projects are kept as they were"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("The project is " + finished
                                + "; its charter can no longer change");
                        assertThat(e.reasons()).containsExactly(
                                "Charters of closed or cancelled projects are kept as they were");
                    });
        }
    }
}
