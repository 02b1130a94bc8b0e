package dev.gantry.platform.events;

/** UTF-8 sizes without encoding: the publisher checks every record of a 40,000-record change. */
final class Utf8 {

    private Utf8() {
    }

    /** Bytes of {@code text} in UTF-8; 0 for {@code null}. An unpaired surrogate counts 3 bytes: an upper bound. */
    static long length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
