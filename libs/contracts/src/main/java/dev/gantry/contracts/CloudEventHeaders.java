package dev.gantry.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode, plus Gantry's extensions.
 * The payload is the event's JSON data; the attributes travel as headers.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_CONTENT_TYPE = "content-type";
    /** Extension: the id (token subject) of the user whose request caused the event, or {@code system}. */
    public static final String ACTOR = "ce_actor";
    /** Extension (CloudEvents distributed tracing): W3C trace context of the request that caused the event. */
    public static final String TRACE_PARENT = "ce_traceparent";
    /** The plain W3C header as well, so tracing libraries continue the trace without knowing CloudEvents. */
    public static final String W3C_TRACE_PARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";
    public static final String SYSTEM_ACTOR = "system";

    private CloudEventHeaders() {
    }
}
