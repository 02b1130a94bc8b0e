package dev.gantry.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the list an event carries into pages whose items fit a byte budget, so that no record exceeds the platform's
 * record size bound however large a project is. Events that are paged carry {@code page} (from 1) and
 * {@code pageCount}; a consumer that needs the whole list collects the pages of one change (same project and version)
 * until it has {@code pageCount} of them.
 */
public final class EventPages {

    /** The budget for the items of one page: the platform bound (256 KB) minus room for the rest of the payload. */
    public static final int DEFAULT_BUDGET_BYTES = 192 * 1024;

    private EventPages() {
    }

    /** The items in pages of at most {@code budgetBytes} of JSON each (an item larger than that gets a page alone). */
    public static <T> List<List<T>> split(List<T> items, int budgetBytes) {
        List<List<T>> pages = new ArrayList<>();
        List<T> page = new ArrayList<>();
        long used = 0;
        for (T item : items) {
            int size = jsonSize(item) + 1;
            if (!page.isEmpty() && used + size > budgetBytes) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(item);
            used += size;
        }
        pages.add(page);
        return pages;
    }

    public static <T> List<List<T>> split(List<T> items) {
        return split(items, DEFAULT_BUDGET_BYTES);
    }

    private static int jsonSize(Object item) {
        try {
            return EventJson.mapper().writeValueAsString(item).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + item.getClass().getSimpleName(), e);
        }
    }
}
