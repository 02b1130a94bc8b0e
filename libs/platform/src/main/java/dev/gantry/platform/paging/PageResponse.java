package dev.gantry.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a collection: {@code {items, page, size, totalItems}}. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Page number, from 0", example = "0") int page,
        @Schema(description = "Requested page size (1–200)", example = "20") int size,
        @Schema(description = "Items in the whole collection after filtering", example = "42") long totalItems) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
