package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tables answered as CSV (RFC 4180, written by Jackson's CSV module): a header row of column names, then one line per
 * row; a value quoted only where it needs it; an absent value is an empty field; numbers as plain decimals. An endpoint that
 * offers CSV answers it when the request's {@code Accept} names {@code text/csv} and not JSON. Imports read files of
 * the same form ({@link #read}).
 */
public final class CsvTables {

    public static final String TEXT_CSV = "text/csv";

    /** Quotes only the values that need it (a comma, a quote, a line break), as RFC 4180 asks. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvTables() {
    }

    /**
     * A 415 unless the request's {@code Content-Type} is {@code text/csv}. An import takes any type at the door, so
     * that a caller without the right gets 401/403 before a complaint about the body, then calls this.
     */
    public static void requireCsvBody(String contentType, String what) {
        if (contentType == null || !TEXT_CSV.equals(contentType.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
            throw new GantryException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the " + what + " as text/csv");
        }
    }

    /**
     * The records of a CSV file with a header row, each a map of column to value, in file order (record {@code i} is
     * on line {@code i + 2}). A 400 for a file that is not CSV, one with no record, more than {@code maxRows}, a
     * column not among {@code columns}, or without one of {@code required}.
     */
    public static List<Map<String, String>> read(String text, List<String> columns, List<String> required,
                                                 int maxRows) {
        List<Map<String, String>> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .with(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
                .readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
                if (records.size() > maxRows) {
                    throw new ValidationException(FieldError.body("/rows", "at most " + maxRows
                            + " rows per import: split the file"));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException(FieldError.body("/", "is not a CSV file with the header row "
                    + String.join(",", columns) + ": " + (e.getMessage() == null ? "unreadable"
                    : e.getMessage().lines().findFirst().orElse("unreadable"))));
        }
        if (records.isEmpty()) {
            throw new ValidationException(FieldError.body("/rows", "has no rows below the header"));
        }
        Set<String> header = records.get(0).keySet();
        if (!header.containsAll(required)) {
            throw new ValidationException(FieldError.body("/", "needs the columns " + String.join(", ", required)
                    + " (of " + String.join(",", columns) + ")"));
        }
        List<String> unknown = header.stream().filter(c -> !columns.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(FieldError.body("/", "has columns it does not know: " + unknown
                    + " (columns: " + String.join(",", columns) + ")"));
        }
        return records;
    }

    /** An error of a CSV file's row (its line in the file) and column: pointer {@code /rows/{line}/{column}}. */
    public static FieldError rowError(int line, String column, String message) {
        return FieldError.body("/rows/" + line + "/" + column, "row " + line + ", " + column + ": " + message);
    }

    /** Whether the request asked for CSV rather than JSON. */
    public static boolean wanted(String accept) {
        return accept != null && accept.contains(TEXT_CSV) && !accept.contains(MediaType.APPLICATION_JSON);
    }

    /** The rows (each a value per column, in the columns' order) as a CSV attachment named {@code file}. */
    public static Response answer(List<String> columns, List<List<?>> rows, String file) {
        return Response.ok(write(columns, rows), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    public static String write(List<String> columns, List<List<?>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<Map<String, String>> lines = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " values for " + columns.size()
                        + " columns");
            }
            Map<String, String> line = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                line.put(columns.get(i), text(row.get(i)));
            }
            lines.add(line);
        }
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
