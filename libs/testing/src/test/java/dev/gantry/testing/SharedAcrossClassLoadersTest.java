package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.junit.jupiter.api.Test;

/**
 * Quarkus loads test classes and test resources through its own class loaders. This test loads
 * {@code dev.gantry.testing} a second time through an isolated class loader, as Quarkus does, and checks that
 * both copies see the same services and the same signing key.
 */
class SharedAcrossClassLoadersTest {

    @Test
    void aSecondCopyOfTheClassesSeesTheSameServices() throws Exception {
        ClassLoader isolated = new ChildFirst(getClass().getClassLoader());
        Class<?> resources = isolated.loadClass(GantryTestResources.class.getName());
        Class<?> tokens = isolated.loadClass(TestTokens.class.getName());
        assertNotSame(GantryTestResources.class, resources);

        Object kafka = resources.getMethod("kafka").invoke(null);
        Object postgres = resources.getMethod("postgres").invoke(null);
        assertEquals(GantryTestResources.kafka().bootstrapServers(),
                kafka.getClass().getMethod("bootstrapServers").invoke(kafka));
        assertEquals(GantryTestResources.postgres().jdbcUrl(), postgres.getClass().getMethod("jdbcUrl").invoke(postgres));
        assertEquals(TestTokens.publicKeyBase64(), tokens.getMethod("publicKeyBase64").invoke(null));
    }

    /** Defines the classes of {@code dev.gantry.testing} itself; everything else comes from the parent. */
    private static final class ChildFirst extends ClassLoader {

        ChildFirst(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("dev.gantry.testing.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    URL url = getParent().getResource(name.replace('.', '/') + ".class");
                    if (url == null) {
                        throw new ClassNotFoundException(name);
                    }
                    try (InputStream in = url.openStream()) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
