package dev.gantry.testing.openapi;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded generators ({@link Gen}) of hostile requests for one operation, each a variation of the operation's
 * {@linkplain SampleRequests sample request} in one part — the body's syntax, its shape, one member's value, one
 * parameter, one header — so that whatever the answer is, it is about that part.
 *
 * <p>Each case carries what the API guide lets a client expect of it: {@link Expectation#MALFORMED} for bodies that
 * are not well-formed JSON, {@link Expectation#REFUSED} for input the guide calls invalid (wrong types, unknown
 * members, unknown enum values, unusable headers), {@link Expectation#ANSWERED} for hostile but possibly valid
 * input (NUL characters, lone surrogates, huge numbers, extreme pages), of which only the general properties are
 * asked: no 5xx, problems as problem+json, nothing changed when refused.
 */
final class HostileRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final int MAX_SLOT_DEPTH = 4;
    /** Over the platform's default body limit of 1 MB (docs/api.md: 413). */
    private static final int OVERSIZED_BODY = 1_100_000;

    /** What a client may expect of a case, beyond the properties every answer has. */
    enum Expectation {
        /** Any answer but a 5xx. */
        ANSWERED,
        /** A 4xx. */
        REFUSED,
        /** 400 with the type {@code malformed-request}. */
        MALFORMED
    }

    /** Text sent at a JSON pointer of the body, to check that an accepted request stored it as sent. */
    record Probe(String pointer, String sent) {
    }

    /** One generated request: a short description of what is hostile about it, and what to expect. */
    record Case(String what, ApiRequest request, Expectation expectation, Probe probe) {
    }

    /** A named generator of cases. */
    record Family(String name, Gen<Case> cases) {
    }

    /** A member of the body that a case can change: its JSON pointer and schema. */
    private record Slot(String pointer, JsonNode schema, boolean required) {
    }

    private record Value(JsonNode json, Expectation expectation) {
    }

    private record Text(String encoded, Expectation expectation) {
    }

    private final ApiOperation op;
    private final ApiDocument document;
    private final SampleRequests samples;
    private final ApiRequest base;
    private final JsonNode body;
    private final List<Slot> slots = new ArrayList<>();

    HostileRequests(ApiOperation op, SampleRequests samples, ApiRequest base) {
        this.op = op;
        this.document = op.document();
        this.samples = samples;
        this.base = base;
        this.body = op.takesJson() ? samples.body(op) : null;
        op.bodySchema().ifPresent(schema -> collectSlots(schema, "", body, true, 0));
    }

    /** The families that apply to the operation, in a fixed order (the suite runs each once, then draws). */
    List<Family> families() {
        List<Family> families = new ArrayList<>();
        if (op.takesJson()) {
            families.add(new Family("malformed-json", malformedJson()));
            families.add(new Family("wrong-shape", wrongShape()));
            if (!slots.isEmpty()) {
                families.add(new Family("hostile-value", hostileValues()));
            }
            families.add(new Family("oversized-body", Gen.just(oversizedBody())));
            if (op.bodyRequired()) {
                families.add(new Family("empty-body", Gen.just(emptyBody())));
            }
        } else if (!op.bodyMediaTypes().isEmpty()) {
            families.add(new Family("raw-body", rawBodies()));
        }
        if (!op.pathParameterNames().isEmpty()) {
            families.add(new Family("hostile-path", hostilePath()));
        }
        if (!op.parameters("query").isEmpty()) {
            families.add(new Family("hostile-query", hostileQuery()));
        }
        if (hasQuery("page") && hasQuery("size")) {
            families.add(new Family("extreme-page", extremePages()));
        }
        if (op.hasHeader("If-Match")) {
            families.add(new Family("hostile-if-match", hostileIfMatch()));
        }
        if (op.hasHeader("Idempotency-Key")) {
            families.add(new Family("hostile-idempotency-key", hostileIdempotencyKeys()));
        }
        if (!op.bodyMediaTypes().isEmpty()) {
            families.add(new Family("wrong-content-type", wrongContentTypes()));
        }
        if (op.reads()) {
            families.add(new Family("hostile-read-headers", hostileReadHeaders()));
        }
        families.add(new Family("unknown-parameter", unknownParameters()));
        return families;
    }

    // ---------------------------------------------------------------------------------------------------- bodies

    private Gen<Case> malformedJson() {
        String sample = new String(SampleRequests.json(body), StandardCharsets.UTF_8);
        String firstKey = firstKey();
        Gen<Case> notJson = Gen.strings(LETTERS, 1, 30)
                .map(text -> bodyCase("not JSON: x" + text, ("x" + text).getBytes(StandardCharsets.UTF_8),
                        Expectation.MALFORMED));
        Gen<Case> truncated = Gen.integers(1, Math.max(1, sample.length() - 1))
                .map(at -> bodyCase("cut after " + at + " characters", bytes(sample.substring(0, at)),
                        Expectation.MALFORMED));
        Gen<Case> trailing = Gen.of(" x", "}", "]", "{}", ",", " \"tail\"", " 1", " null", "\u0000",
                        "//", sample)
                .map(garbage -> bodyCase("trailing garbage after the JSON: " + ApiRequest.escape(
                        ApiRequest.abbreviate(garbage, 40)), bytes(sample + garbage), Expectation.MALFORMED));
        Gen<Case> invalidUtf8 = Gen.of(
                        new byte[]{(byte) 0xff}, new byte[]{(byte) 0xc3, 0x28}, new byte[]{(byte) 0xc0, (byte) 0xaf},
                        new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[]{(byte) 0xe2, (byte) 0x82},
                        new byte[]{(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})
                .map(bad -> bodyCase("invalid UTF-8 " + hex(bad) + " in a member name", insertAfterFirstQuote(sample, bad),
                        Expectation.MALFORMED));
        Gen<Case> extensions = Gen.of(
                        "/* comment */ " + sample,
                        "{'" + firstKey + "': 'single quotes'}",
                        "{\"" + firstKey + "\": NaN}",
                        "{\"" + firstKey + "\": Infinity}",
                        "{" + firstKey + ": 1}",
                        "{\"" + firstKey + "\": 0x10}")
                .map(text -> bodyCase("not JSON (an extension of it): " + ApiRequest.abbreviate(text, 60), bytes(text),
                        Expectation.MALFORMED));
        Gen<Case> deep = Gen.integers(1_001, 20_000)
                .map(depth -> bodyCase("arrays nested " + depth + " deep", bytes("[".repeat(depth) + "]".repeat(depth)),
                        Expectation.REFUSED));
        Gen<Case> deepMember = Gen.integers(1_001, 20_000)
                .map(depth -> bodyCase("arrays nested " + depth + " deep in /" + firstKey,
                        bytes("{\"" + firstKey + "\": " + "[".repeat(depth) + "]".repeat(depth) + "}"),
                        Expectation.REFUSED));
        Gen<Case> longNumber = Gen.integers(1_001, 20_000)
                .map(digits -> bodyCase("a number of " + digits + " digits in /" + firstKey,
                        bytes("{\"" + firstKey + "\": " + "9".repeat(digits) + "}"), Expectation.REFUSED));
        Gen<Case> bom = Gen.just(bodyCase("a UTF-8 byte order mark before the JSON",
                concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(sample)), Expectation.ANSWERED));
        return Gen.frequency(
                Gen.weight(2, notJson), Gen.weight(2, truncated), Gen.weight(4, trailing), Gen.weight(3, invalidUtf8),
                Gen.weight(2, extensions), Gen.weight(1, deep), Gen.weight(1, deepMember), Gen.weight(1, longNumber),
                Gen.weight(1, bom));
    }

    private Gen<Case> wrongShape() {
        String sample = new String(SampleRequests.json(body), StandardCharsets.UTF_8);
        List<String> roots = new ArrayList<>(List.of("[" + sample + "]", "[]", "\"text\"", "42", "true"));
        if (op.bodyRequired()) {
            roots.add("null");
        }
        Gen<Case> wrongRoot = Gen.of(roots)
                .map(text -> bodyCase("a " + kind(text) + " where an object is expected: " + ApiRequest.abbreviate(text,
                        60), bytes(text), Expectation.REFUSED));
        List<Gen.Weighted<Case>> weighted = new ArrayList<>();
        weighted.add(Gen.weight(2, wrongRoot));
        List<Slot> typed = slots.stream().filter(s -> !wrongTypes(s).isEmpty()).toList();
        if (!typed.isEmpty()) {
            weighted.add(Gen.weight(5, Gen.of(typed).flatMap(slot -> Gen.of(wrongTypes(slot))
                    .map(value -> valueCase(slot, value, "a " + kind(value.toString()) + " where "
                            + Schemas.type(slot.schema()) + " is expected", Expectation.REFUSED)))));
        }
        List<String> objects = new ArrayList<>();
        objects.add("");
        slots.stream().filter(s -> closedObject(s.schema()) && present(s.pointer())).map(Slot::pointer)
                .forEach(objects::add);
        weighted.add(Gen.weight(3, Gen.combine(Gen.of(objects), Gen.strings(LETTERS, 1, 20), hostileText(),
                (pointer, name, text) -> {
                    String member = "zz" + name;
                    JsonNode changed = JsonPointers.with(body, pointer + "/" + member, NODES.textNode(text));
                    return bodyCase("unknown member " + pointer + "/" + member, SampleRequests.json(changed),
                            Expectation.REFUSED);
                })));
        List<Slot> enums = slots.stream().filter(s -> !Schemas.enumValues(s.schema()).isEmpty()).toList();
        if (!enums.isEmpty()) {
            weighted.add(Gen.weight(2, Gen.combine(Gen.of(enums), Gen.strings('A', 'Z', 1, 12),
                    (slot, word) -> valueCase(slot, NODES.textNode("NOT_" + word),
                            "unknown enum value NOT_" + word, Expectation.REFUSED))));
            weighted.add(Gen.weight(1, Gen.of(enums).map(slot -> valueCase(slot,
                    NODES.textNode(Schemas.enumValues(slot.schema()).get(0).toLowerCase(Locale.ROOT) + "x"),
                    "enum value in the wrong case", Expectation.REFUSED))));
        }
        List<Slot> requiredNonNull = slots.stream()
                .filter(s -> s.required() && !Schemas.nullable(s.schema()) && present(s.pointer())).toList();
        if (!requiredNonNull.isEmpty()) {
            weighted.add(Gen.weight(1, Gen.of(requiredNonNull).map(slot -> valueCase(slot, NODES.nullNode(),
                    "null for a required member", Expectation.REFUSED))));
        }
        List<Slot> integers = slots.stream().filter(s -> Schemas.isInteger(s.schema())).toList();
        if (!integers.isEmpty()) {
            weighted.add(Gen.weight(2, Gen.combine(Gen.of(integers),
                    Gen.of("9223372036854775808", "-9223372036854775809", "1e30", "99999999999999999999999"),
                    (slot, number) -> valueCase(slot, NODES.numberNode(new BigDecimal(number)),
                            "integer " + number + " out of any integer range", Expectation.REFUSED))));
        }
        return Gen.frequency(weighted);
    }

    private Gen<Case> hostileValues() {
        return Gen.of(slots).flatMap(slot -> hostileValue(slot).map(value -> {
            Probe probe = value.json().isTextual() ? new Probe(slot.pointer(), value.json().asText()) : null;
            String shown = value.json().isTextual() ? "\"" + ApiRequest.abbreviate(ApiRequest.escape(
                    value.json().asText()), 60) + "\"" : ApiRequest.abbreviate(value.json().toString(), 60);
            Case c = valueCase(slot, value.json(), shown, value.expectation());
            return new Case(c.what(), c.request(), c.expectation(), probe);
        }));
    }

    private Gen<Value> hostileValue(Slot slot) {
        JsonNode schema = slot.schema();
        String type = Schemas.type(schema);
        if (!Schemas.enumValues(schema).isEmpty()) {
            // blank text is left out: whether "" reads as "no value" is Jackson's choice, not the API guide's
            return hostileText().filter(text -> !text.isBlank())
                    .map(text -> new Value(NODES.textNode(text), Expectation.REFUSED));
        }
        if (Schemas.isUuid(schema)) {
            return Gen.oneOf(
                    Gen.oneOf(uuids(), Gen.just(""))
                            .map(id -> new Value(NODES.textNode(id), Expectation.ANSWERED)),
                    Gen.of("not-a-uuid", "0", "x".repeat(5_000), "00000000-0000-0000-0000-00000000000g")
                            .map(text -> new Value(NODES.textNode(text), Expectation.REFUSED)));
        }
        if (Schemas.isDate(schema)) {
            return Gen.of("0001-01-01", "9999-12-31", "+999999999-12-31", "-999999999-01-01", "+10000-01-01",
                    "2027-02-29", "2028-02-29", "1970-01-01", "0000-00-00")
                    .map(text -> new Value(NODES.textNode(text), Expectation.ANSWERED));
        }
        if (Schemas.isDateTime(schema)) {
            return Gen.of("+999999999-12-31T23:59:59", "-999999999-01-01T00:00:00", "0001-01-01T00:00:00Z",
                    "9999-12-31T23:59:59.999999999Z", "2027-03-28T02:30:00", "2027-03-15T10:00:00+14:00",
                    "2027-03-15T10:00:00-12:00", "2027-03-15T24:00:00", "2027-03-15")
                    .map(text -> new Value(NODES.textNode(text), Expectation.ANSWERED));
        }
        return switch (type) {
            case "integer" -> Gen.oneOf(
                    Gen.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
                            Integer.MAX_VALUE + 1L, 0L, -1L),
                    Gen.longs())
                    .map(n -> new Value(NODES.numberNode(n), Expectation.ANSWERED));
            case "number" -> Gen.oneOf(
                    Gen.of("1e30", "-1e30", "1e-30", "1.7976931348623157e308", "1e400", "-0.0", "0.001",
                            "123456789012345678901234567890.12", "0.1234567890123456789"),
                    plainDecimals())
                    .map(n -> new Value(NODES.numberNode(new BigDecimal(n)), Expectation.ANSWERED));
            case "array" -> Gen.integers(1_001, 5_000).map(size -> {
                ArrayNode many = NODES.arrayNode();
                JsonNode item = samples.value(schema.path("items"), "", 1);
                for (int i = 0; i < size; i++) {
                    many.add(item.deepCopy());
                }
                return new Value(many, Expectation.ANSWERED);
            });
            case "object", "boolean" -> Gen.of(NODES.nullNode(), NODES.objectNode())
                    .map(node -> new Value(node, type.equals("boolean") && node.isObject() ? Expectation.REFUSED
                            : Expectation.ANSWERED));
            default -> hostileText().map(text -> new Value(NODES.textNode(text), Expectation.ANSWERED));
        };
    }

    private Case oversizedBody() {
        ObjectNode big = NODES.objectNode();
        big.put(firstKey(), "x".repeat(OVERSIZED_BODY));
        return bodyCase("a body of " + OVERSIZED_BODY + " characters", SampleRequests.json(big), Expectation.REFUSED);
    }

    private Case emptyBody() {
        return bodyCase("an empty body where one is required", new byte[0], Expectation.REFUSED);
    }

    private Gen<Case> rawBodies() {
        String mediaType = SampleRequests.rawMediaType(op);
        Gen<byte[]> arbitrary = Gen.bytes(2_000);
        Gen<byte[]> lookalikes = Gen.of("<?xml version=\"1.0\"?><Project>", "PK\u0003\u0004",
                "", "{\"not\": \"a plan\"}", "\u0000\u0000\u0000").map(HostileRequests::bytes);
        return Gen.oneOf(arbitrary, lookalikes)
                .map(bytes -> new Case(bytes.length + " bytes of " + mediaType,
                        base.body(bytes, mediaType), Expectation.ANSWERED, null));
    }

    // ---------------------------------------------------------------------------------------------- parameters

    private Gen<Case> hostilePath() {
        List<ApiOperation.Parameter> parameters = op.pathParameterNames().stream()
                .map(name -> op.parameters("path").stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElse(new ApiOperation.Parameter(name, "path", true, null)))
                .toList();
        return Gen.of(parameters).flatMap(p -> pathValue(p).map(text -> new Case(
                "path parameter " + p.name() + " = " + ApiRequest.abbreviate(text.encoded(), 60),
                base.withPath(samples.path(op, Map.of(p.name(), text.encoded()))), text.expectation(), null)));
    }

    private Gen<Text> pathValue(ApiOperation.Parameter p) {
        boolean uuid = Schemas.isUuid(p.schema()) || op.projectParameter().filter(p.name()::equals).isPresent();
        if (uuid) {
            return Gen.oneOf(
                    uuids().map(id -> new Text(id, Expectation.ANSWERED)),
                    Gen.of("not-a-uuid", "12345", "%00", "%ED%A0%80", "%FF", "%20", "a".repeat(1_000),
                                    "%7B" + UUID.nameUUIDFromBytes(new byte[]{1}) + "%7D", "-1")
                            .map(text -> new Text(text, Expectation.REFUSED)));
        }
        if (Schemas.isInteger(p.schema())) {
            return Gen.oneOf(
                    Gen.longs().map(n -> new Text(Long.toString(n), Expectation.ANSWERED)),
                    Gen.of("99999999999999999999", "1.5", "abc", "%00", "0x10", "1e3")
                            .map(text -> new Text(text, Expectation.REFUSED)));
        }
        return Gen.oneOf(
                hostileUrlText().map(text -> new Text(ApiRequest.encode(text), Expectation.ANSWERED)),
                Gen.of("%00", "%FF", "%ED%A0%80", "%2F", "%25", "..", "%2E%2E")
                        .map(text -> new Text(text, Expectation.ANSWERED)));
    }

    private Gen<Case> hostileQuery() {
        return Gen.of(op.parameters("query")).flatMap(p -> queryValue(p).map(text -> {
            String name = ApiRequest.encode(p.name());
            return new Case("query " + p.name() + "=" + ApiRequest.abbreviate(text.encoded(), 60),
                    base.withoutQuery(name).rawQuery(name, text.encoded()), text.expectation(), null);
        }));
    }

    private Gen<Text> queryValue(ApiOperation.Parameter p) {
        JsonNode schema = p.schema();
        List<String> values = Schemas.enumValues(schema);
        if (Schemas.type(schema).equals("array")) {
            JsonNode items = document.resolve(schema.path("items"));
            values = Schemas.enumValues(items);
            if (values.isEmpty()) {
                return Gen.oneOf(
                        Gen.of("nosuchfield,asc", "name,sideways", "name,asc,desc")
                                .map(text -> new Text(ApiRequest.encode(text), Expectation.REFUSED)),
                        Gen.of("", "%00", ",", "%FF")
                                .map(text -> new Text(text, Expectation.ANSWERED)),
                        hostileUrlText().map(text -> new Text(ApiRequest.encode(text), Expectation.ANSWERED)));
            }
            schema = items;
        }
        if (!values.isEmpty()) {
            List<String> members = values;
            return Gen.oneOf(
                    Gen.strings('A', 'Z', 1, 12)
                            .filter(word -> !members.contains("NOT_" + word))
                            .map(word -> new Text("NOT_" + word, Expectation.REFUSED)),
                    Gen.of("%00", "%FF", "").map(text -> new Text(text, Expectation.ANSWERED)));
        }
        if (Schemas.isInteger(schema)) {
            return Gen.oneOf(
                    Gen.of("2147483647", "-1", "0", "-2147483648", "1", "")
                            .map(text -> new Text(text, Expectation.ANSWERED)),
                    Gen.of("2147483648", "99999999999999999999", "abc", "1e3", "1.5", "%00")
                            .map(text -> new Text(text, Expectation.REFUSED)));
        }
        if (Schemas.isUuid(schema)) {
            return Gen.oneOf(
                    uuids().map(id -> new Text(id, Expectation.ANSWERED)),
                    Gen.of("not-a-uuid", "%00", "12345").map(text -> new Text(text, Expectation.REFUSED)));
        }
        if (Schemas.isDate(schema)) {
            return Gen.oneOf(
                    Gen.of("+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31")
                            .map(text -> new Text(ApiRequest.encode(text), Expectation.ANSWERED)),
                    Gen.of("2027-13-45", "x", "%00").map(text -> new Text(text, Expectation.REFUSED)));
        }
        return Gen.oneOf(
                hostileUrlText().map(text -> new Text(ApiRequest.encode(text), Expectation.ANSWERED)),
                Gen.of("%00", "a%00b", "%FF", "%ED%A0%80", "%25", "%25%25", "!(%26%7C", "%3A*",
                                "%22unterminated", "%5C", "%27", "_%25_")
                        .map(text -> new Text(text, Expectation.ANSWERED)));
    }

    private Gen<Case> extremePages() {
        return Gen.combine(
                Gen.of("2147483647", "1073741824", "10737419", "0", "-1", "99999"),
                Gen.of("200", "1", "0", "-1", "201", "2147483647"),
                (page, size) -> new Case("page=" + page + "&size=" + size,
                        base.withoutQuery("page").withoutQuery("size").rawQuery("page", page).rawQuery("size", size),
                        Expectation.ANSWERED, null));
    }

    private Gen<Case> unknownParameters() {
        return Gen.combine(Gen.strings(LETTERS, 1, 12), hostileUrlText(),
                (name, text) -> new Case("unknown query parameter zz" + name,
                        base.rawQuery("zz" + name, ApiRequest.encode(text)), Expectation.ANSWERED, null));
    }

    // ------------------------------------------------------------------------------------------------- headers

    private Gen<Case> hostileIfMatch() {
        boolean required = op.parameters("header").stream()
                .anyMatch(p -> p.name().equalsIgnoreCase("If-Match") && p.required());
        // none of these can match a version: versions are whole numbers from 0
        Gen<String> garbage = Gen.oneOf(
                Gen.of("garbage", "\"", "W/\"-1\"", "\"-1\"", "\"99999999999999999999\"", "\"x\"", ",",
                        "\"1\" \"2\"", "a".repeat(8_000), ""),
                Gen.strings('!', '~', 1, 40)
                        .filter(text -> !text.contains("*") && !text.matches(".*\"\\d+\".*")));
        return garbage.map(value -> new Case("If-Match: " + ApiRequest.abbreviate(value, 60),
                base.header("If-Match", value), required ? Expectation.REFUSED : Expectation.ANSWERED, null));
    }

    private Gen<Case> hostileIdempotencyKeys() {
        Gen<Case> unusable = Gen.of("", " ", "k".repeat(256), "k".repeat(10_000))
                .map(key -> new Case("Idempotency-Key of " + key.length() + " characters"
                        + (key.isBlank() ? " (blank)" : ""), base.header("Idempotency-Key", key), Expectation.REFUSED,
                        null));
        Gen<Case> odd = Gen.strings('!', '~', 1, 255)
                .map(key -> new Case("Idempotency-Key: " + ApiRequest.abbreviate(key, 40),
                        base.header("Idempotency-Key", key), Expectation.ANSWERED, null));
        return Gen.frequency(Gen.weight(3, unusable), Gen.weight(1, odd));
    }

    private Gen<Case> wrongContentTypes() {
        boolean json = op.takesJson();
        Gen<Case> wrong = Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "image/png")
                .map(type -> new Case("Content-Type: " + type, base.body(base.body(), type),
                        json ? Expectation.REFUSED : Expectation.ANSWERED, null));
        // the API guide does not say what a body without a Content-Type is; only the general properties apply
        Gen<Case> none = Gen.just(new Case("no Content-Type", base.body(base.body(), null),
                Expectation.ANSWERED, null));
        Gen<Case> odd = Gen.of("application/json; charset=utf-16", "application/json; charset=nonsense",
                        "application/*", "*/*", "application/json;;;", "APPLICATION/JSON")
                .map(type -> new Case("Content-Type: " + type, base.body(base.body(), type),
                        Expectation.ANSWERED, null));
        return Gen.oneOf(wrong, odd, none);
    }

    private Gen<Case> hostileReadHeaders() {
        Gen<Case> ifNoneMatch = Gen.of("garbage", "*", "\"-1\"", "W/\"0\"", "a".repeat(8_000), "", "\"")
                .map(value -> new Case("If-None-Match: " + ApiRequest.abbreviate(value, 40),
                        base.header("If-None-Match", value), Expectation.ANSWERED, null));
        Gen<Case> accept = Gen.of("application/xml", "text/html", "*/*;q=0", "application/json;q=abc",
                        "", "image/*")
                .map(value -> new Case("Accept: " + value, base.header("Accept", value),
                        Expectation.ANSWERED, null));
        return Gen.oneOf(ifNoneMatch, accept);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /**
     * Text that breaks things: NUL, lone surrogates, direction overrides, emoji, quotes and LIKE wildcards inside
     * ordinary text; very long text; arbitrary characters of the basic plane; blank text.
     */
    static Gen<String> hostileText() {
        return hostileText(300_000);
    }

    /**
     * Hostile text for URLs: shorter, since a request line over a few kilobytes is refused by the HTTP server before
     * the application sees it, whatever the operation (the suite checks that refusal once per run).
     */
    private static Gen<String> hostileUrlText() {
        return hostileText(300);
    }

    private static Gen<String> hostileText(int maxLength) {
        Gen<String> filler = Gen.strings(LETTERS + DIGITS + " -", 0, 12);
        // NUL and lone surrogates first: PostgreSQL refuses the one and UTF-8 cannot encode the other
        Gen<String> special = Gen.frequency(
                Gen.weight(3, Gen.of("\u0000", "\u0000\u0000\u0000", "\udbff\u0000")),
                Gen.weight(3, Gen.of("\ud800", "\udfff", "\udbff", "\udc00x\ud800")),
                Gen.weight(4, Gen.of("\u202e", "\ud83d\ude80", "e\u0301", "\r\n", "\u0007", "\ufeff",
                        "\uffff", "'", "\"", "\\", "%", "_", "<script>alert(1)</script>", "' or '1'='1",
                        "${jndi:ldap://x}")));
        Gen<String> injected = Gen.combine(filler, special, filler, (before, injection, after) -> before + injection + after);
        Gen<String> longText = Gen.combine(Gen.integers(maxLength / 2, maxLength),
                Gen.of("x", "\u00e9", "\ud83d\ude80", " "), (n, unit) -> unit.repeat(n));
        Gen<String> anyCharacters = Gen.strings('\u0000', '\uffff', 0, 40);
        Gen<String> blank = Gen.of("", " ", "\t", "\u00a0");
        return Gen.frequency(Gen.weight(6, injected), Gen.weight(2, longText), Gen.weight(3, anyCharacters),
                Gen.weight(1, blank));
    }

    /** Random UUIDs drawn from the seeded randomness (so a run is reproducible). */
    private static Gen<String> uuids() {
        return random -> new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /**
     * Decimals with two places, written out in full, of every size up to 308 digits before the point (a double
     * reaches 309): {@code 7.25}, {@code -31415.00}, a 300-digit number.
     */
    private static Gen<String> plainDecimals() {
        Gen<String> wholePart = Gen.integers(1, 308).flatMap(digits -> Gen.strings(DIGITS, digits, digits));
        return Gen.combine(Gen.of("", "-"), wholePart, Gen.strings(DIGITS, 2, 2),
                (sign, whole, fraction) -> sign + whole + "." + fraction);
    }

    private Case bodyCase(String what, byte[] bytes, Expectation expectation) {
        return new Case(what, base.body(bytes, op.jsonMediaType()), expectation, null);
    }

    private Case valueCase(Slot slot, JsonNode value, String what, Expectation expectation) {
        JsonNode changed = JsonPointers.with(body, slot.pointer(), value);
        return new Case(what + " at " + slot.pointer(), base.body(SampleRequests.json(changed),
                op.jsonMediaType()), expectation, null);
    }

    private List<JsonNode> wrongTypes(Slot slot) {
        JsonNode schema = slot.schema();
        boolean typed = schema.has("type") || schema.has("format") || schema.has("enum") || schema.has("properties");
        if (!typed) {
            return List.of();
        }
        return switch (Schemas.type(schema)) {
            case "string" -> List.of(NODES.numberNode(123), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode().add("x"));
            case "integer" -> List.of(NODES.textNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.objectNode(), NODES.arrayNode());
            case "number" -> List.of(NODES.textNode("12.5"), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode());
            case "boolean" -> List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.objectNode(),
                    NODES.arrayNode());
            case "object" -> closedObject(schema) ? List.of(NODES.textNode("x"), NODES.numberNode(1),
                    NODES.booleanNode(true), NODES.arrayNode()) : List.of();
            case "array" -> List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.objectNode());
            default -> List.of();
        };
    }

    /** An object with declared members and no others allowed (not a map). */
    private static boolean closedObject(JsonNode schema) {
        return Schemas.type(schema).equals("object") && schema.has("properties")
                && !schema.path("additionalProperties").isObject()
                && !schema.path("additionalProperties").asBoolean(false);
    }

    private boolean present(String pointer) {
        return body != null && !body.at(pointer).isMissingNode();
    }

    private boolean hasQuery(String name) {
        return op.parameters("query").stream().anyMatch(p -> p.name().equals(name));
    }

    private String firstKey() {
        if (body != null && body.isObject() && body.fieldNames().hasNext()) {
            return body.fieldNames().next();
        }
        return slots.isEmpty() ? "name" : slots.get(0).pointer().substring(1).split("/")[0];
    }

    private void collectSlots(JsonNode unresolved, String pointer, JsonNode sample, boolean required, int depth) {
        JsonNode schema = document.resolve(unresolved);
        if (!pointer.isEmpty()) {
            slots.add(new Slot(pointer, schema, required));
        }
        if (depth >= MAX_SLOT_DEPTH) {
            return;
        }
        String type = Schemas.type(schema);
        if (type.equals("object")) {
            Set<String> requiredMembers = new java.util.HashSet<>();
            schema.path("required").forEach(r -> requiredMembers.add(r.asText()));
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode child = sample == null ? null : sample.get(property.getKey());
                collectSlots(property.getValue(), pointer + "/" + JsonPointers.escape(property.getKey()), child,
                        requiredMembers.contains(property.getKey()), depth + 1);
            }
        } else if (type.equals("array") && sample != null && sample.isArray() && !sample.isEmpty()) {
            collectSlots(schema.path("items"), pointer + "/0", sample.get(0), true, depth + 1);
        }
    }

    private static String kind(String json) {
        String t = json.trim();
        if (t.startsWith("[")) {
            return "array";
        }
        if (t.startsWith("{")) {
            return "object";
        }
        if (t.startsWith("\"")) {
            return "string";
        }
        if (t.equals("true") || t.equals("false")) {
            return "boolean";
        }
        if (t.equals("null")) {
            return "null";
        }
        return "number";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertAfterFirstQuote(String json, byte[] insert) {
        int quote = json.indexOf('"');
        if (quote < 0) {
            return concat(concat(bytes("{\""), insert), bytes("\": 1}"));
        }
        byte[] head = bytes(json.substring(0, quote + 1));
        byte[] tail = bytes(json.substring(quote + 1));
        return concat(concat(head, insert), tail);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X ", b & 0xff));
        }
        return sb.toString().trim();
    }
}
