package dev.gantry.k8s;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.flipkart.zjsonpatch.JsonPatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a Kustomize directory the way {@code kubectl kustomize} does, for the part of Kustomize that Gantry's
 * overlays use: {@code resources} (files and directories), {@code namespace}, {@code labels} (metadata only),
 * {@code images} and {@code patches} in RFC 6902 form with a {@code target}. It exists so that the manifests are
 * rendered and checked in the build on a machine that has a JDK and no kubectl; where kubectl is present, the
 * tests check that both render the same objects. Anything else in a kustomization is refused by name rather than
 * silently ignored, so the renderer can never drift from what the files say.
 *
 * <p>Transformers run in Kustomize's order: patches, then the namespace, then labels, then images.
 */
public final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");

    private Kustomize() {
    }

    /** The objects of the kustomization in {@code dir}, transformed as its kustomization.yaml says. */
    public static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        JsonNode k = read(file).get(0);
        for (Iterator<String> names = k.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SUPPORTED.contains(name)) {
                throw new UnsupportedOperationException(file + ": '" + name + "' is not supported by this renderer"
                        + " (it knows " + SUPPORTED + "); render with kubectl kustomize");
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                for (JsonNode doc : read(path)) {
                    objects.add((ObjectNode) doc);
                }
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, objects);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    ((ObjectNode) o.get("metadata")).put("namespace", namespace);
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new UnsupportedOperationException(file + ": labels with includeSelectors or includeTemplates"
                        + " are not supported by this renderer");
            }
            for (ObjectNode o : objects) {
                ObjectNode metadata = (ObjectNode) o.get("metadata");
                ObjectNode labels = metadata.has("labels") ? (ObjectNode) metadata.get("labels")
                        : metadata.putObject("labels");
                label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : objects) {
                setImages(o, image);
            }
        }
        return objects;
    }

    private static void applyPatch(Path dir, JsonNode entry, List<ObjectNode> objects) {
        JsonNode target = entry.get("target");
        if (target == null) {
            throw new UnsupportedOperationException("a patch without a target (a strategic merge patch) is not"
                    + " supported by this renderer; give it a target and write it as RFC 6902 operations");
        }
        String text = entry.hasNonNull("patch") ? entry.get("patch").asText()
                : readString(dir.resolve(entry.path("path").asText()));
        JsonNode operations = parse(text);
        if (!operations.isArray()) {
            throw new UnsupportedOperationException("only RFC 6902 patches (a list of operations) are supported by"
                    + " this renderer: " + text);
        }
        int matched = 0;
        for (int i = 0; i < objects.size(); i++) {
            if (matches(target, objects.get(i))) {
                objects.set(i, (ObjectNode) JsonPatch.apply(operations, objects.get(i)));
                matched++;
            }
        }
        if (matched == 0) {
            // Kustomize accepts a patch that matches nothing; an overlay's patch that does is almost surely a typo.
            throw new IllegalStateException("the patch for " + target + " matches no object");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        JsonNode metadata = object.path("metadata");
        for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String want = e.getValue().asText();
            boolean ok = switch (e.getKey()) {
                case "group" -> Pattern.matches(want, group);
                case "version" -> Pattern.matches(want, version);
                case "kind" -> Pattern.matches(want, object.path("kind").asText());
                case "name" -> Pattern.matches(want, metadata.path("name").asText());
                case "namespace" -> Pattern.matches(want, metadata.path("namespace").asText());
                case "labelSelector" -> selects(want, metadata.path("labels"));
                default -> throw new UnsupportedOperationException("patch target field '" + e.getKey()
                        + "' is not supported by this renderer");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Equality selectors only ({@code a=b,c=d}). */
    private static boolean selects(String selector, JsonNode labels) {
        for (String term : selector.split(",")) {
            String[] kv = term.split("=", 2);
            if (kv.length != 2 || kv[0].endsWith("!")) {
                throw new UnsupportedOperationException("label selector '" + selector + "': only key=value terms");
            }
            if (!kv[1].trim().equals(labels.path(kv[0].trim()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** Kustomize's image transformer: every container and init container whose image has the entry's name. */
    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (String field : List.of("containers", "initContainers")) {
                if (node.get(field) instanceof ArrayNode containers) {
                    for (JsonNode container : containers) {
                        if (container.hasNonNull("image")) {
                            String replaced = replaceImage(container.get("image").asText(), image);
                            ((ObjectNode) container).put("image", replaced);
                        }
                    }
                }
            }
            node.elements().forEachRemaining(child -> setImages(child, image));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> setImages(child, image));
        }
    }

    static String replaceImage(String current, JsonNode image) {
        int at = current.indexOf('@');
        String withoutDigest = at < 0 ? current : current.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        boolean hasTag = colon > withoutDigest.lastIndexOf('/');
        String name = hasTag ? withoutDigest.substring(0, colon) : withoutDigest;
        if (!name.equals(image.path("name").asText())) {
            return current;
        }
        String newName = image.path("newName").asText(name);
        if (image.hasNonNull("digest")) {
            return newName + "@" + image.get("digest").asText();
        }
        String tag = image.hasNonNull("newTag") ? ":" + image.get("newTag").asText()
                : hasTag ? withoutDigest.substring(colon) : "";
        String digest = at < 0 || image.hasNonNull("newTag") ? "" : current.substring(at);
        return newName + tag + digest;
    }

    /** The non-empty documents of a YAML file. */
    public static List<JsonNode> read(Path file) {
        return parseAll(readString(file), file.toString());
    }

    /** The non-empty documents of YAML text (the output of {@code kubectl kustomize}, say). */
    public static List<JsonNode> parseAll(String text, String where) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(new TypeReference<JsonNode>() { }).readValues(text)) {
            List<JsonNode> out = new ArrayList<>();
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    out.add(doc);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read YAML from " + where, e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read patch " + text, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
