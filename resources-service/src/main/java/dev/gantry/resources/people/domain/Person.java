package dev.gantry.resources.people.domain;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A member of staff: what they can do, what they cost and how many hours a week they work. */
@Entity
@Table(name = "person")
public class Person {

    /** The fields of a person, as named in the API, in a stable order. */
    public static final List<String> FIELDS = List.of("name", "email", "username", "jobFamily", "team",
            "capacityHoursPerWeek", "skills", "rates", "workingDays", "holidays");
    /** The fields a CSV row holds: all but the working week and holidays, which an import leaves as they are. */
    public static final List<String> CSV_FIELDS = FIELDS.subList(0, 8);
    /** The working week of a person until another is set. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY));

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String email;

    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_family", nullable = false)
    public JobFamily jobFamily;

    public String team;

    @Column(name = "capacity_hours_per_week", nullable = false)
    public BigDecimal capacityHoursPerWeek;

    // Loaded for a page of people at once, not one query per person (quarkus.hibernate-orm.fetch.batch-size).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    public List<Skill> skills = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_rate", joinColumns = @JoinColumn(name = "person_id"))
    public List<CostRate> rates = new ArrayList<>();

    /** The weekdays the weekly capacity is spread over, in equal parts. */
    @Convert(converter = WorkWeekConverter.class)
    @Column(name = "working_days", nullable = false)
    public Set<DayOfWeek> workingDays = EnumSet.copyOf(MONDAY_TO_FRIDAY);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_holiday", joinColumns = @JoinColumn(name = "person_id"))
    public List<Holiday> holidays = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A new person; name, job family and capacity are required (checked at the edge). */
    public static Person add(PersonDetails details, Instant now) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = now;
        person.updatedAt = now;
        person.change(details, Set.copyOf(FIELDS), now);
        return person;
    }

    /**
     * Sets the fields named in {@code fields} to their values in {@code details} (null clears an optional field) and
     * returns the names of those that actually changed. Skills and rates are replaced as a whole; a skill named twice,
     * two rates from the same day or rates in different currencies are refused, naming the entry.
     */
    public List<String> change(PersonDetails details, Set<String> fields, Instant now) {
        if (fields.contains("skills")) {
            checkSkills(details.skills());
        }
        if (fields.contains("rates")) {
            checkRates(details.rates());
        }
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (fields.contains(field) && set(field, details)) {
                changed.add(field);
            }
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    /** The rules of the skills and rates lists of {@code details} (a skill named twice, rates in two currencies, ...). */
    public static void checkLists(PersonDetails details) {
        checkSkills(details.skills());
        checkRates(details.rates());
    }

    /** The rate effective on {@code day}: the latest that took effect on or before it. */
    public Optional<CostRate> rateOn(LocalDate day) {
        return CostRate.effectiveOn(rates, day);
    }

    /** The skill's level, case-insensitively by name, or 0 when the person does not have it. */
    public int levelOf(String skill) {
        return skills.stream().filter(s -> s.name.equalsIgnoreCase(skill)).mapToInt(s -> s.level).findFirst().orElse(0);
    }

    private boolean set(String field, PersonDetails d) {
        Object before = value(field);
        switch (field) {
            case "name" -> name = Objects.requireNonNull(d.name()).strip();
            case "email" -> email = d.email();
            case "username" -> username = d.username();
            case "jobFamily" -> jobFamily = Objects.requireNonNull(d.jobFamily());
            case "team" -> team = d.team();
            case "capacityHoursPerWeek" -> capacityHoursPerWeek = Objects.requireNonNull(d.capacityHoursPerWeek());
            case "skills" -> {
                List<Skill> sorted = new ArrayList<>(d.skills() == null ? List.of() : d.skills());
                sorted.sort(Comparator.comparing(s -> s.name.toLowerCase(Locale.ROOT)));
                if (!sorted.equals(skills)) {
                    skills.clear();
                    skills.addAll(sorted);
                }
            }
            case "workingDays" -> workingDays = d.workingDays() == null || d.workingDays().isEmpty()
                    ? EnumSet.copyOf(MONDAY_TO_FRIDAY) : EnumSet.copyOf(d.workingDays());
            case "holidays" -> {
                List<Holiday> sorted = new ArrayList<>(d.holidays() == null ? List.of() : d.holidays());
                sorted.sort(Comparator.comparing((Holiday h) -> h.firstDay).thenComparing(h -> h.name));
                if (!sorted.equals(holidays)) {
                    holidays.clear();
                    holidays.addAll(sorted);
                }
            }
            case "rates" -> {
                List<CostRate> sorted = new ArrayList<>(d.rates() == null ? List.of() : d.rates());
                sorted.sort(Comparator.comparing(r -> r.effectiveFrom));
                if (!sorted.equals(rates)) {
                    rates.clear();
                    rates.addAll(sorted);
                }
            }
            default -> throw new IllegalArgumentException(field);
        }
        return Changes.differ(before, value(field));
    }

    private Object value(String field) {
        return switch (field) {
            case "name" -> name;
            case "email" -> email;
            case "username" -> username;
            case "jobFamily" -> jobFamily;
            case "team" -> team;
            case "capacityHoursPerWeek" -> capacityHoursPerWeek;
            case "skills" -> List.copyOf(skills);
            case "rates" -> List.copyOf(rates);
            case "workingDays" -> EnumSet.copyOf(workingDays);
            case "holidays" -> List.copyOf(holidays);
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void checkSkills(List<Skill> skills) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; skills != null && i < skills.size(); i++) {
            if (!seen.add(skills.get(i).name.toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.body("/skills/" + i + "/name",
                        "names '" + skills.get(i).name + "' a second time (skills are matched case-insensitively)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkRates(List<CostRate> rates) {
        Set<LocalDate> days = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; rates != null && i < rates.size(); i++) {
            CostRate rate = rates.get(i);
            if (!days.add(rate.effectiveFrom)) {
                errors.add(FieldError.body("/rates/" + i + "/effectiveFrom",
                        "another rate already takes effect on " + rate.effectiveFrom));
            }
            if (!rate.currency.equals(rates.get(0).currency)) {
                errors.add(FieldError.body("/rates/" + i + "/currency", "must be " + rates.get(0).currency
                        + ", the currency of the first rate: a person's rates are in one currency"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
