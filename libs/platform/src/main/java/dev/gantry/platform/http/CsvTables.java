package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables answered as CSV (RFC 4180, written by Jackson's CSV module): a header row of column names, then one line per
 * row; a value quoted only where it needs it; an absent value is an empty field; numbers as plain decimals. An endpoint that
 * offers CSV answers it when the request's {@code Accept} names {@code text/csv} and not JSON.
 */
public final class CsvTables {

    public static final String TEXT_CSV = "text/csv";

    /** Quotes only the values that need it (a comma, a quote, a line break), as RFC 4180 asks. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvTables() {
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
