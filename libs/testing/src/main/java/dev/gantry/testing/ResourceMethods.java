package dev.gantry.testing;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JAX-RS resource methods a service serves, found by reading its class files (with ArchUnit, so nothing is loaded
 * or started), as {@code "METHOD /path"} in the form of OpenAPI paths: {@code "GET /api/projects/{projectId}"}.
 *
 * <p>A resource is a concrete class annotated with {@code @Path}; its resource methods are its own and inherited
 * methods with an HTTP method annotation ({@code @GET}, {@code @POST}, ... or any annotation meta-annotated with
 * {@code @HttpMethod}), an overriding method taking the annotations of the method it overrides when it declares none,
 * as JAX-RS does. A sub-resource locator (a {@code @Path} method without an HTTP method) is refused, since the
 * operations behind it cannot be read from the class files.
 *
 * <pre>{@code
 * Set<String> operations = ResourceMethods.in("dev.gantry.risk", "dev.gantry.platform")
 *         .servedUnder("/platform", "/api/risks");
 * }</pre>
 */
public final class ResourceMethods {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private final Set<String> operations;

    private ResourceMethods(Set<String> operations) {
        this.operations = operations;
    }

    /**
     * The resource methods of the classes in these packages and their subpackages.
     *
     * @throws AssertionError when the packages hold no class at all (a misspelt package would otherwise find nothing)
     */
    public static ResourceMethods in(String... packages) {
        JavaClasses classes = new ClassFileImporter().importPackages(packages);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found in " + String.join(", ", packages));
        }
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isInterface() || type.getModifiers().contains(JavaModifier.ABSTRACT)
                    || !type.isAnnotatedWith(PATH)) {
                continue;
            }
            String root = pathOf(type.getAnnotationOfType(PATH));
            for (JavaMethod method : resourceMethods(type)) {
                Optional<String> httpMethod = httpMethodOf(method);
                String path = join(root, method.tryGetAnnotationOfType(PATH).map(ResourceMethods::pathOf).orElse(""));
                if (httpMethod.isEmpty()) {
                    throw new AssertionError(method.getFullName() + " is a sub-resource locator (" + path
                            + "): its operations cannot be found from the class files");
                }
                operations.add(httpMethod.get() + " " + path);
            }
        }
        return new ResourceMethods(operations);
    }

    /** The operations, with paths declared under {@code declaredPrefix} moved to {@code servedPrefix}. */
    public Set<String> servedUnder(String declaredPrefix, String servedPrefix) {
        return operations.stream().map(operation -> {
            int space = operation.indexOf(' ');
            String path = operation.substring(space + 1);
            if (path.equals(declaredPrefix) || path.startsWith(declaredPrefix + "/")) {
                path = servedPrefix + path.substring(declaredPrefix.length());
            }
            return operation.substring(0, space + 1) + path;
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The operations as declared, sorted. */
    public Set<String> operations() {
        return operations;
    }

    /**
     * The resource methods and sub-resource locators of a resource class: for each signature, the most specific
     * declaration that carries JAX-RS annotations.
     */
    private static List<JavaMethod> resourceMethods(JavaClass type) {
        List<JavaClass> hierarchy = new ArrayList<>();
        hierarchy.add(type);
        hierarchy.addAll(type.getAllRawSuperclasses());
        hierarchy.addAll(type.getAllRawInterfaces());
        Map<String, JavaMethod> bySignature = new LinkedHashMap<>();
        for (JavaClass declaring : hierarchy) {
            for (JavaMethod method : declaring.getMethods()) {
                String signature = method.getName() + method.getRawParameterTypes().stream()
                        .map(JavaClass::getName).collect(Collectors.joining(",", "(", ")"));
                if (httpMethodOf(method).isPresent() || method.isAnnotatedWith(PATH)) {
                    bySignature.putIfAbsent(signature, method);
                }
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    private static Optional<String> httpMethodOf(JavaMethod method) {
        for (JavaAnnotation<JavaMethod> annotation : method.getAnnotations()) {
            Optional<? extends JavaAnnotation<?>> httpMethod = annotation.getRawType()
                    .tryGetAnnotationOfType(HTTP_METHOD);
            if (httpMethod.isPresent()) {
                return httpMethod.get().get("value").map(String::valueOf);
            }
        }
        return Optional.empty();
    }

    private static String pathOf(JavaAnnotation<?> path) {
        return path.get("value").map(String::valueOf).orElse("");
    }

    /** Joins two @Path values as JAX-RS does, without the regular expressions of their templates. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return withoutTemplateRegex(joined);
    }

    /** {@code /tasks/{no: [0-9]{1,4}}} → {@code /tasks/{no}}. */
    private static String withoutTemplateRegex(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < path.length(); end++) {
                if (path.charAt(end) == '{') {
                    depth++;
                } else if (path.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String template = path.substring(i + 1, end);
            int colon = template.indexOf(':');
            out.append('{').append((colon < 0 ? template : template.substring(0, colon)).strip()).append('}');
            i = end + 1;
        }
        return out.toString();
    }
}
