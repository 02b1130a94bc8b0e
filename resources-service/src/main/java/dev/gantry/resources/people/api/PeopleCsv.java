package dev.gantry.resources.people.api;

import dev.gantry.platform.text.Texts;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.domain.PersonDetails;
import dev.gantry.resources.people.domain.PersonRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People as CSV (RFC 4180, a header row): {@code name, email, username, jobFamily, team, capacityHoursPerWeek,
 * skills, rates}. Skills are {@code Oracle:4; PostgreSQL:3}; rates are {@code 2027-01-01 80.00 EUR; 2027-07-01 85.00
 * EUR}. Reading checks every row as the API checks a person and names each error's row (its line in the file) and
 * column.
 */
final class PeopleCsv {

    static final List<String> COLUMNS = List.of("name", "email", "username", "jobFamily", "team",
            "capacityHoursPerWeek", "skills", "rates");
    static final String MEDIA_TYPE = "text/csv";
    /** The most rows one import takes. */
    static final int MAX_ROWS = 5000;

    private static final CsvMapper CSV = new CsvMapper();

    private PeopleCsv() {
    }

    static String write(List<Person> people) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Person p : people) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", p.name);
            row.put("email", p.email == null ? "" : p.email);
            row.put("username", p.username == null ? "" : p.username);
            row.put("jobFamily", p.jobFamily.name());
            row.put("team", p.team == null ? "" : p.team);
            row.put("capacityHoursPerWeek", p.capacityHoursPerWeek.stripTrailingZeros().toPlainString());
            row.put("skills", String.join("; ", p.skills.stream().map(s -> s.name + ":" + s.level).toList()));
            row.put("rates", String.join("; ", p.rates.stream().map(r -> r.effectiveFrom + " "
                    + r.hourlyRate.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + r.currency)
                    .toList()));
            rows.add(row);
        }
        try {
            // Quotes only the values that need it (a comma, a quote, a line break), as RFC 4180 asks.
            return CSV.writer(schema.build()).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the file, or a 400 naming every bad row and column (nothing is imported then). */
    static List<PersonRow> read(String text, Validator validator) {
        List<Map<String, String>> records = CsvTables.read(text, COLUMNS,
                List.of("name", "jobFamily", "capacityHoursPerWeek"), MAX_ROWS);
        List<FieldError> errors = new ArrayList<>();
        List<PersonRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfKey = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            int line = i + 2;
            Map<String, String> r = records.get(i);
            List<FieldError> rowErrors = new ArrayList<>();
            BigDecimal capacity = decimal(r.get("capacityHoursPerWeek"), line, "capacityHoursPerWeek", rowErrors);
            JobFamily family = jobFamily(r.get("jobFamily"), line, rowErrors);
            List<SkillDto> skills = skills(r.get("skills"), line, rowErrors);
            List<CostRateDto> rates = rates(r.get("rates"), line, rowErrors);
            PersonRequest request = new PersonRequest(Texts.blankToNull(r.get("name")), Texts.blankToNull(r.get("email")),
                    Texts.blankToNull(r.get("username")), family, Texts.blankToNull(r.get("team")), capacity, skills, rates,
                    null, null);
            Set<String> reported = new java.util.HashSet<>();
            rowErrors.forEach(e -> reported.add(e.pointer()));
            for (ConstraintViolation<PersonRequest> v : validator.validate(request)) {
                String path = v.getPropertyPath().toString().replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
                FieldError error = error(line, path, v.getMessage());
                if (reported.add(error.pointer())) {
                    rowErrors.add(error);
                }
            }
            for (String column : List.of("username", "email")) {
                String value = Texts.blankToNull(r.get(column));
                if (value != null) {
                    Integer other = lineOfKey.putIfAbsent(column + ":" + value.toLowerCase(java.util.Locale.ROOT), line);
                    if (other != null) {
                        rowErrors.add(error(line, column, "names the same person as row " + other));
                    }
                }
            }
            if (rowErrors.isEmpty()) {
                try {
                    PersonDetails details = PersonMapper.toDetails(request);
                    Person.checkLists(details);
                    rows.add(new PersonRow(line, details));
                } catch (ValidationException e) {
                    e.errors().forEach(f -> rowErrors.add(error(line, f.pointer().substring(1), f.message())));
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rows;
    }

    static FieldError error(int line, String column, String message) {
        return CsvTables.rowError(line, column, message);
    }

    private static BigDecimal decimal(String text, int line, String column, List<FieldError> errors) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(error(line, column, "must be a number such as 40 or 37.5"));
            return null;
        }
    }

    private static JobFamily jobFamily(String text, int line, List<FieldError> errors) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        try {
            return JobFamily.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(error(line, "jobFamily", "must be one of " + Arrays.toString(JobFamily.values())));
            return null;
        }
    }

    private static List<SkillDto> skills(String text, int line, List<FieldError> errors) {
        List<SkillDto> skills = new ArrayList<>();
        if (Texts.blankToNull(text) == null) {
            return skills;
        }
        for (String part : text.split(";")) {
            String[] nameLevel = part.strip().split(":");
            try {
                if (nameLevel.length != 2) {
                    throw new IllegalArgumentException();
                }
                skills.add(new SkillDto(nameLevel[0].strip(), Integer.valueOf(nameLevel[1].strip())));
            } catch (RuntimeException e) {
                errors.add(error(line, "skills", "'" + part.strip() + "' is not a skill such as Oracle:4"));
            }
        }
        return skills;
    }

    private static List<CostRateDto> rates(String text, int line, List<FieldError> errors) {
        List<CostRateDto> rates = new ArrayList<>();
        if (Texts.blankToNull(text) == null) {
            return rates;
        }
        for (String part : text.split(";")) {
            String[] fields = part.strip().split("\\s+");
            try {
                if (fields.length != 3) {
                    throw new IllegalArgumentException();
                }
                rates.add(new CostRateDto(LocalDate.parse(fields[0]), new BigDecimal(fields[1]), fields[2]));
            } catch (RuntimeException e) {
                errors.add(error(line, "rates", "'" + part.strip() + "' is not a rate such as 2027-01-01 80.00 EUR"));
            }
        }
        return rates;
    }

}
