package dev.gantry.resources;

import dev.gantry.resources.load.LoadService;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task move re-evaluates a person's load over the days their allocations left and took only. The property: after
 * such a re-evaluation, one over all of the person's days finds nothing to change — the same episodes, with the same
 * ids, days, worst day and hours — over random moves of allocations in percent and in hours, on a calendar with a
 * four-day week and a holiday, so that episodes start, end, grow, shrink, split and join across days off.
 */
@QuarkusTest
class WindowedReevaluationTest {

    /** Monday 1 March 2027. */
    private static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Inject
    LoadService load;

    @Inject
    EntityManager em;

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    @Test
    void aReevaluationOverTheChangedDaysLeavesNothingForOneOverAllDaysToChange() {
        UUID project = PublishedProjects.create();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID person = UUID.fromString(asRm().contentType(ContentType.JSON).body(Map.of("name", "Moved " + tag,
                        "jobFamily", "DEVELOPER", "capacityHoursPerWeek", 32,
                        "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                        "holidays", List.of(Map.of("name", "Spring day", "firstDay", "2027-03-17",
                                "lastDay", "2027-03-18"))))
                .post("/api/resources/people").then().statusCode(201).extract().<String>path("id"));
        Random random = new Random(20270301);
        List<UUID> allocations = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            int first = random.nextInt(50);
            Map<String, Object> body = Map.of("personId", person.toString(),
                    "firstDay", MON.plusDays(first).toString(), "lastDay", MON.plusDays(first + random.nextInt(12)).toString(),
                    i % 2 == 0 ? "percent" : "hoursPerDay", i % 2 == 0 ? 20 + random.nextInt(50) : 1 + random.nextInt(4));
            allocations.add(UUID.fromString(asRm().contentType(ContentType.JSON).body(body)
                    .post("/api/resources/projects/{p}/allocations", project).then().statusCode(201)
                    .extract().<String>path("id")));
        }
        int withEpisodes = 0;
        int withSeveral = 0;
        List<List<Object>> seen = new ArrayList<>();
        for (int move = 0; move < 150; move++) {
            UUID moved = allocations.get(random.nextInt(allocations.size()));
            LocalDate first = MON.plusDays(random.nextInt(55));
            LocalDate last = first.plusDays(random.nextInt(14));
            QuarkusTransaction.requiringNew().run(() -> {
                Object[] before = (Object[]) em.createNativeQuery(
                                "select first_day, last_day from allocation where id = ?1 for update")
                        .setParameter(1, moved).getSingleResult();
                LocalDate beforeFirst = (LocalDate) before[0];
                LocalDate beforeLast = (LocalDate) before[1];
                em.createNativeQuery("update allocation set first_day = ?1, last_day = ?2 where id = ?3")
                        .setParameter(1, first).setParameter(2, last).setParameter(3, moved).executeUpdate();
                load.reevaluate(List.of(new LoadInputsChanged(person, beforeFirst, beforeLast)
                        .join(new LoadInputsChanged(person, first, last))));
            });
            List<List<Object>> windowed = episodes(person);
            QuarkusTransaction.requiringNew().run(() -> load.reevaluate(List.of(new LoadInputsChanged(person))));
            assertThat(episodes(person)).as("episodes after move %d", move).isEqualTo(windowed);
            withEpisodes += windowed.isEmpty() ? 0 : 1;
            withSeveral += windowed.size() > 1 ? 1 : 0;
            for (List<Object> episode : windowed) {
                if (!seen.contains(episode.subList(0, 1))) {
                    seen.add(episode.subList(0, 1));
                }
            }
        }
        // The moves exercised what they are meant to: episodes most of the time, several at once, many announced.
        assertThat(withEpisodes).isGreaterThan(75);
        assertThat(withSeveral).isGreaterThan(20);
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> episodes(UUID person) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery("""
                        select id, first_day, last_day, peak_day, allocated_hours, available_hours from overallocation
                        where person_id = ?1 order by first_day, id""").setParameter(1, person).getResultList())
                .stream().map(List::of).toList());
    }
}
