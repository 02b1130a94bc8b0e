package dev.gantry.resources.hardware.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.text.Texts;
import dev.gantry.resources.hardware.HardwareService;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.domain.AssetStatus;
import dev.gantry.resources.hardware.domain.AssetType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Assets as CSV (RFC 4180, a header row): the columns of {@link #COLUMNS}, dates as 2027-03-17, the cost as a plain
 * decimal. Reading checks every row as the API checks an asset and names each error's row (its line in the file) and
 * column; nothing is imported when a row is bad.
 */
final class AssetsCsv {

    static final List<String> COLUMNS = List.of("assetTag", "type", "manufacturer", "model", "serialNumber", "status",
            "location", "purchaseDate", "purchaseCost", "currency", "warrantyEnd", "endOfLife", "notes");
    /** The most rows one import takes. */
    static final int MAX_ROWS = 5000;
    /** The statuses an imported asset may start in: the others come with reservations and check-outs. */
    private static final Set<AssetStatus> STARTING = Set.of(AssetStatus.IN_STOCK, AssetStatus.IN_REPAIR,
            AssetStatus.RETIRED);

    private AssetsCsv() {
    }

    /** Each asset as a row of {@link #COLUMNS}. */
    static List<List<?>> rows(List<Asset> assets) {
        List<List<?>> rows = new ArrayList<>();
        for (Asset a : assets) {
            rows.add(Arrays.asList(a.assetTag, a.type.name(), a.manufacturer, a.model, a.serialNumber, a.status.name(),
                    a.location, a.purchaseDate, a.purchaseCost, a.currency, a.warrantyEnd, a.endOfLife, a.notes));
        }
        return rows;
    }

    /** Every row of the file, or a 400 naming every bad row and column. */
    static List<HardwareService.AssetRow> read(String text, Validator validator) {
        List<Map<String, String>> records = CsvTables.read(text, COLUMNS, List.of("assetTag", "type"), MAX_ROWS);
        List<FieldError> errors = new ArrayList<>();
        List<HardwareService.AssetRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfTag = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            int line = i + 2;
            Map<String, String> r = records.get(i);
            List<FieldError> rowErrors = new ArrayList<>();
            AssetType type = named(AssetType.class, r.get("type"), line, "type", rowErrors);
            AssetStatus status = named(AssetStatus.class, r.get("status"), line, "status", rowErrors);
            if (status != null && !STARTING.contains(status)) {
                rowErrors.add(error(line, "status", "an imported asset is IN_STOCK, IN_REPAIR or RETIRED: "
                        + status + " comes with a reservation or a check-out"));
            }
            AssetRequest request = new AssetRequest(Texts.blankToNull(r.get("assetTag")), type,
                    Texts.blankToNull(r.get("manufacturer")), Texts.blankToNull(r.get("model")),
                    Texts.blankToNull(r.get("serialNumber")), Texts.blankToNull(r.get("location")),
                    date(r.get("purchaseDate"), line, "purchaseDate", rowErrors),
                    decimal(r.get("purchaseCost"), line, rowErrors), Texts.blankToNull(r.get("currency")),
                    date(r.get("warrantyEnd"), line, "warrantyEnd", rowErrors),
                    date(r.get("endOfLife"), line, "endOfLife", rowErrors), Texts.blankToNull(r.get("notes")));
            Set<String> reported = new HashSet<>();
            rowErrors.forEach(e -> reported.add(e.pointer()));
            for (ConstraintViolation<AssetRequest> v : validator.validate(request)) {
                FieldError error = error(line, v.getPropertyPath().toString(), v.getMessage());
                if (reported.add(error.pointer())) {
                    rowErrors.add(error);
                }
            }
            if (request.assetTag() != null) {
                Integer other = lineOfTag.putIfAbsent(request.assetTag().strip().toLowerCase(Locale.ROOT), line);
                if (other != null) {
                    rowErrors.add(error(line, "assetTag", "is row " + other + "'s tag too"));
                }
            }
            if (rowErrors.isEmpty()) {
                rows.add(new HardwareService.AssetRow(line, AssetResource.details(request), status));
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return rows;
    }

    private static FieldError error(int line, String column, String message) {
        return CsvTables.rowError(line, column, message);
    }

    private static <E extends Enum<E>> E named(Class<E> kind, String text, int line, String column,
                                               List<FieldError> errors) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        try {
            return Enum.valueOf(kind, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(line, column, "must be one of " + Arrays.toString(kind.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(String text, int line, String column, List<FieldError> errors) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(error(line, column, "must be a date such as 2027-03-17"));
            return null;
        }
    }

    private static BigDecimal decimal(String text, int line, List<FieldError> errors) {
        if (Texts.blankToNull(text) == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(error(line, "purchaseCost", "must be a number such as 1349.00"));
            return null;
        }
    }
}
