package dev.gantry.projects.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgressReportResult", description = "The reported tasks, in the order of the request")
public record ProgressReportResponse(List<TaskProgressResponse> tasks) {
}
