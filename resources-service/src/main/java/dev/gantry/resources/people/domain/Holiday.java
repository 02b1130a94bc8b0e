package dev.gantry.resources.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** Days a person does not work whatever their working week says: a public holiday, a site closure. */
@Embeddable
public class Holiday {

    @Column(nullable = false)
    public String name;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    protected Holiday() {
    }

    public Holiday(String name, LocalDate firstDay, LocalDate lastDay) {
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday h && h.name.equals(name) && h.firstDay.equals(firstDay) && h.lastDay.equals(lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, firstDay, lastDay);
    }
}
