package dev.gantry.projects.progress.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgressReport", description = "Progress of many tasks, applied all or nothing", example = """
        {"updates": [
          {"taskId": "0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47", "version": 3, "percentComplete": 40,
           "actualStart": "2027-03-01T08:00:00"},
          {"taskId": "7d2e4f61-9b3a-4c8d-a1e5-6f0b2c9d8e13", "actualStart": "2027-03-01T08:00:00",
           "actualFinish": "2027-03-02T17:00:00"}
        ]}""")
public record ProgressReportRequest(
        @NotNull @Size(min = 1, max = MAX_UPDATES) List<@NotNull @Valid ProgressUpdateRequest> updates) {

    static final int MAX_UPDATES = 1000;
}
