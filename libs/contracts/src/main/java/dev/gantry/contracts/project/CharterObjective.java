package dev.gantry.contracts.project;

import java.util.List;

/** An objective of a project's charter and the KPIs that measure it. */
public record CharterObjective(String title, String description, List<CharterKpi> kpis) {
}
