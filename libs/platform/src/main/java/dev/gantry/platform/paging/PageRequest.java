package dev.gantry.platform.paging;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated page request: {@code ?page=0&size=20&sort=name,asc&sort=startDate,desc}. Sort fields are limited to
 * what each endpoint declares sortable (API name → entity attribute), so clients cannot sort on arbitrary columns.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size, List<String> sort,
                                 Map<String, String> sortable, String defaultSort) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            errors.add(FieldError.parameter("page", "must be 0 or more (pages are numbered from 0)"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(FieldError.parameter("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = null;
        List<String> clauses = sort == null || sort.isEmpty() ? List.of(defaultSort) : sort;
        for (String clause : clauses) {
            String[] parts = clause.split(",", -1);
            String field = parts[0].trim();
            String attribute = sortable.get(field);
            Sort.Direction direction = Sort.Direction.Ascending;
            if (attribute == null) {
                errors.add(FieldError.parameter("sort", "cannot sort by '" + field + "'; sortable fields: "
                        + String.join(", ", sortable.keySet().stream().sorted().toList())));
                continue;
            }
            if (parts.length > 2 || (parts.length == 2 && !parts[1].trim().matches("(?i)asc|desc"))) {
                errors.add(FieldError.parameter("sort", "use field,asc or field,desc (got '" + clause + "')"));
                continue;
            }
            if (parts.length == 2 && parts[1].trim().equalsIgnoreCase("desc")) {
                direction = Sort.Direction.Descending;
            }
            order = order == null ? Sort.by(attribute, direction) : order.and(attribute, direction);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageRequest(pageNumber, pageSize, order);
    }

    /**
     * Runs {@code query} for this page: its total, then its rows. A page past the end is empty without asking the
     * database for rows, so no page number, however large, makes an offset overflow.
     */
    public <T> PageResponse<T> fetch(PanacheQuery<T> query) {
        long total = query.count();
        long first = (long) page * size;
        if (first >= total) {
            return new PageResponse<>(List.of(), page, size, total);
        }
        List<T> items = query.range((int) first, (int) Math.min(first + size - 1, Integer.MAX_VALUE)).list();
        return new PageResponse<>(items, page, size, total);
    }

    /** The first row of the page, for a query's first result; a page past any possible end starts at the last int. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
    }

    /**
     * The sort as the terms of an ORDER BY ({@code "t.name asc, t.position desc"}), each attribute prefixed with
     * {@code alias} and a dot (none when {@code alias} is null); empty without a sort.
     */
    public String orderBy(String alias) {
        if (sort == null) {
            return "";
        }
        String prefix = alias == null ? "" : alias + ".";
        return sort.getColumns().stream()
                .map(c -> prefix + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }
}
