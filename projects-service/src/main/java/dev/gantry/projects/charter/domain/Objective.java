package dev.gantry.projects.charter.domain;

import java.util.List;

/** An objective of the project and the KPIs that make it measurable. */
public record Objective(String title, String description, List<Kpi> kpis) {

    public Objective {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }
}
