package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * What a JSON request body must be before any member of it is looked at: well-formed UTF-8 (RFC 8259) and
 * well-formed JSON.
 * <ul>
 *   <li>Jackson's own decoding is lenient: it reads the overlong sequence {@code C0 AF} as {@code /}, so a member
 *   name could be smuggled past a check of the bytes. The body is checked with the JDK's strict decoder first; an
 *   invalid byte is a 400 {@code malformed-request} naming its offset.</li>
 *   <li>Jackson binds members as it reads them, so {@code {"name": 0x10}} fails on "a number is not a string" before
 *   the parser reaches the {@code x} that makes the body not JSON at all. When binding fails, the body is scanned for
 *   a syntax error, and one found is the answer: the body, not its member, is at fault.</li>
 * </ul>
 * Bodies are bounded ({@code gantry.http.max-body-size}), so holding one in memory costs what reading it does.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    private static final JsonFactory SYNTAX = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        requireUtf8(body);
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonMappingException | WebApplicationException e) {
            JsonParseException syntax = syntaxError(body);
            if (syntax != null) {
                throw syntax;
            }
            throw e;
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    static void requireUtf8(byte[] body) throws CharacterCodingException {
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
        } catch (MalformedInputException e) {
            throw new InvalidUtf8(bytes.position(), e.getInputLength());
        }
    }

    /** The first syntax error of {@code body} read as a sequence of JSON values, or null when there is none. */
    static JsonParseException syntaxError(byte[] body) {
        try (JsonParser parser = SYNTAX.createParser(body)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return null;
        } catch (JsonParseException e) {
            return e;
        } catch (IOException e) {
            return null;
        }
    }

    /** A body that is not UTF-8, with where it stops being so. */
    public static final class InvalidUtf8 extends MalformedInputException {

        private final int offset;

        InvalidUtf8(int offset, int length) {
            super(length);
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "The body is not valid UTF-8: " + getInputLength() + " invalid byte(s) at offset " + offset;
        }
    }
}
