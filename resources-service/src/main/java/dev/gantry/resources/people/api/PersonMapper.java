package dev.gantry.resources.people.api;

import static dev.gantry.platform.text.Texts.blankToNull;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.resources.people.domain.CostRate;
import dev.gantry.resources.people.domain.Holiday;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.domain.PersonDetails;
import dev.gantry.resources.people.domain.Skill;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

public final class PersonMapper {

    private PersonMapper() {
    }

    static PersonDetails toDetails(PersonRequest r) {
        return new PersonDetails(r.name(), blankToNull(r.email()), blankToNull(r.username()), r.jobFamily(),
                blankToNull(r.team()), r.capacityHoursPerWeek(), skills(r.skills()), rates(r.rates()),
                workingDays(r.workingDays()), holidays(r.holidays()));
    }

    /** The patch's values as details: members left out are null there. */
    static PersonDetails toDetails(UpdatePersonRequest p) {
        return new PersonDetails(p.name().orElse(null), blankToNull(p.email().orElse(null)),
                blankToNull(p.username().orElse(null)), p.jobFamily().orElse(null), blankToNull(p.team().orElse(null)),
                p.capacityHoursPerWeek().orElse(null), skills(p.skills().orElse(null)), rates(p.rates().orElse(null)),
                workingDays(p.workingDays().orElse(null)), holidays(p.holidays().orElse(null)));
    }

    static PersonResponse toResponse(Person p, LocalDate today) {
        return new PersonResponse(p.id, p.name, p.email, p.username, p.jobFamily.name(), p.team,
                p.capacityHoursPerWeek, p.skills.stream().map(s -> new SkillDto(s.name, s.level)).toList(),
                p.rates.stream().map(PersonMapper::toDto).toList(), p.rateOn(today).map(PersonMapper::toDto).orElse(null),
                List.copyOf(EnumSet.copyOf(p.workingDays)),
                p.holidays.stream().map(h -> new HolidayDto(h.name, h.firstDay, h.lastDay)).toList(),
                p.version, p.createdAt, p.updatedAt);
    }

    private static Set<DayOfWeek> workingDays(List<DayOfWeek> days) {
        if (days == null) {
            return null;
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) == null) {
                throw new ValidationException(FieldError.body("/workingDays/" + i, "must not be null"));
            }
            if (!set.add(days.get(i))) {
                throw new ValidationException(FieldError.body("/workingDays/" + i, "names " + days.get(i)
                        + " a second time"));
            }
        }
        return set;
    }

    private static List<Holiday> holidays(List<HolidayDto> holidays) {
        if (holidays == null) {
            return List.of();
        }
        List<Holiday> result = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            HolidayDto h = holidays.get(i);
            if (h == null) {
                throw new ValidationException(FieldError.body("/holidays/" + i, "must not be null"));
            }
            if (h.lastDay().isBefore(h.firstDay())) {
                throw new ValidationException(FieldError.body("/holidays/" + i + "/lastDay",
                        "must be on or after firstDay (" + h.firstDay() + ")"));
            }
            result.add(new Holiday(h.name().strip(), h.firstDay(), h.lastDay()));
        }
        return result;
    }

    private static CostRateDto toDto(CostRate r) {
        return new CostRateDto(r.effectiveFrom, r.hourlyRate, r.currency);
    }

    private static List<Skill> skills(List<SkillDto> skills) {
        if (skills == null) {
            return List.of();
        }
        List<Skill> result = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillDto s = skills.get(i);
            if (s == null) {
                throw new ValidationException(FieldError.body("/skills/" + i, "must not be null"));
            }
            result.add(new Skill(s.name().strip(), s.level()));
        }
        return result;
    }

    private static List<CostRate> rates(List<CostRateDto> rates) {
        if (rates == null) {
            return List.of();
        }
        List<CostRate> result = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            CostRateDto r = rates.get(i);
            if (r == null) {
                throw new ValidationException(FieldError.body("/rates/" + i, "must not be null"));
            }
            if (Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(r.currency()))) {
                throw new ValidationException(FieldError.body("/rates/" + i + "/currency",
                        "must be an ISO 4217 currency code such as EUR; '" + r.currency() + "' is none"));
            }
            result.add(new CostRate(r.effectiveFrom(), r.hourlyRate(), r.currency()));
        }
        return result;
    }

    /** Text as stored: stripped, and null when blank. */
}
