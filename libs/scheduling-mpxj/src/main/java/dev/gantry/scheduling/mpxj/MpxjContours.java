package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.model.WorkContour;

import java.util.EnumMap;
import java.util.Map;

/**
 * MS Project's work contours and the engine's. The eight predefined shapes map one to one. A contour edited by hand
 * ("Contoured") has its work where its timephased data puts it, which the import reads as splits of a flat assignment,
 * so it maps to flat; so does a curve MPXJ reads from another tool (Primavera's resource curves).
 */
final class MpxjContours {

    private static final Map<org.mpxj.WorkContour, WorkContour> TO_ENGINE = Map.of(
            org.mpxj.WorkContour.FLAT, WorkContour.FLAT,
            org.mpxj.WorkContour.BACK_LOADED, WorkContour.BACK_LOADED,
            org.mpxj.WorkContour.FRONT_LOADED, WorkContour.FRONT_LOADED,
            org.mpxj.WorkContour.DOUBLE_PEAK, WorkContour.DOUBLE_PEAK,
            org.mpxj.WorkContour.EARLY_PEAK, WorkContour.EARLY_PEAK,
            org.mpxj.WorkContour.LATE_PEAK, WorkContour.LATE_PEAK,
            org.mpxj.WorkContour.BELL, WorkContour.BELL,
            org.mpxj.WorkContour.TURTLE, WorkContour.TURTLE);

    private static final Map<WorkContour, org.mpxj.WorkContour> TO_MPXJ = new EnumMap<>(WorkContour.class);

    static {
        TO_ENGINE.forEach((mpxj, engine) -> TO_MPXJ.put(engine, mpxj));
    }

    private MpxjContours() {
    }

    static WorkContour toEngine(org.mpxj.WorkContour contour) {
        return contour == null ? WorkContour.FLAT : TO_ENGINE.getOrDefault(contour, WorkContour.FLAT);
    }

    static org.mpxj.WorkContour toMpxj(WorkContour contour) {
        return TO_MPXJ.getOrDefault(contour, org.mpxj.WorkContour.FLAT);
    }
}
