package dev.gantry.resources.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A skill and how well the person has it: 1 (basic) to 5 (expert). */
@Embeddable
public class Skill {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int level;

    protected Skill() {
    }

    public Skill(String name, int level) {
        this.name = name;
        this.level = level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skill s && s.name.equals(name) && s.level == level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, level);
    }
}
