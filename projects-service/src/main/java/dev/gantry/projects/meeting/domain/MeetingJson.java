package dev.gantry.projects.meeting.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gantry.platform.persistence.JsonListConverter;
import jakarta.persistence.Converter;

/** JPA converters that store a meeting's attendees, agenda and decisions as JSON arrays. */
public final class MeetingJson {

    private MeetingJson() {
    }

    @Converter
    public static final class Attendees extends JsonListConverter<Attendee> {
        public Attendees() {
            super(new TypeReference<>() {
            }, "meeting attendees");
        }
    }

    @Converter
    public static final class Agenda extends JsonListConverter<AgendaItem> {
        public Agenda() {
            super(new TypeReference<>() {
            }, "meeting agenda items");
        }
    }

    @Converter
    public static final class Decisions extends JsonListConverter<Decision> {
        public Decisions() {
            super(new TypeReference<>() {
            }, "meeting decisions");
        }
    }
}
