package dev.gantry.platform.patch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Teaches the services' object mapper {@link Patch} members, and leaves absent members out when a patch is written
 * (an idempotency key's fingerprint of a patch must tell "absent" from "null").
 */
@Singleton
public class PatchJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** The same configuration for a mapper made outside CDI (tests, tools). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new PatchModule());
        mapper.configOverride(Patch.class).setInclude(
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }
}
