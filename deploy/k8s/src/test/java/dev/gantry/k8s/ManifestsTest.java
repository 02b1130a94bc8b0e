package dev.gantry.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.gantry.k8s.Overlays.has;
import static dev.gantry.k8s.Overlays.id;
import static dev.gantry.k8s.Overlays.objects;
import static dev.gantry.k8s.Overlays.ofKind;
import static dev.gantry.k8s.Overlays.one;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes overlays as an ops engineer would apply them: rendered (by kubectl where it is installed, and by the
 * Java renderer, which must agree), every object valid against its published schema, every reference between objects
 * resolved, the services' images, probes, limits and security settings present, no secret value in the files, and
 * the Kafka topics and users exactly what {@link Topics#CATALOGUE} and the services' own configuration say.
 */
class ManifestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ---------------------------------------------------------------------------------------------- rendering

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void theJavaRendererAndKubectlRenderTheSameObjects(String overlay) {
        List<ObjectNode> java = Kustomize.render(Overlays.dir(overlay));
        // prod adds its nightly ScheduledBackup to dev's objects.
        assertThat(java).hasSize(overlay.equals("prod") ? 59 : 58);
        if (!Overlays.hasKubectl()) {
            System.out.println("[k8s] kubectl not found: " + overlay + " rendered by the Java renderer only");
            return;
        }
        Map<String, JsonNode> byKubectl = byId(Overlays.kubectl(overlay));
        Map<String, JsonNode> byJava = byId(java);
        assertThat(byJava.keySet()).containsExactlyInAnyOrderElementsOf(byKubectl.keySet());
        byKubectl.forEach((key, expected) -> assertThat(byJava.get(key)).as(key).isEqualTo(expected));
        System.out.println("[k8s] " + overlay + ": kubectl and the Java renderer agree on " + java.size() + " objects");
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (ObjectNode o : objects) {
            String key = o.path("apiVersion").asText() + " " + id(o) + " in " + o.path("metadata").path("namespace");
            assertThat(map.put(key, o)).as("two objects " + key).isNull();
        }
        return map;
    }

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void everyObjectIsInTheOverlaysNamespace(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        String namespace = ofKind(objects, "Namespace").get(0).path("metadata").path("name").asText();
        assertThat(namespace).isEqualTo(overlay.equals("prod") ? "gantry" : "gantry-" + overlay);
        for (ObjectNode o : objects) {
            if (!o.path("kind").asText().equals("Namespace")) {
                assertThat(o.path("metadata").path("namespace").asText()).as(id(o)).isEqualTo(namespace);
                assertThat(o.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText()).as(id(o))
                        .isEqualTo("gantry");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- schemas

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void everyObjectMatchesThePublishedSchemaOfItsKind(String overlay) throws IOException {
        List<ObjectNode> objects = objects(overlay);
        List<String> lines = SchemaCheck.validate(objects);
        List<String> invalid = lines.stream().filter(l -> l.startsWith("invalid")).toList();
        assertThat(invalid).as("objects that do not match their schema").isEmpty();
        // Keycloak's operator publishes its CRDs on no registry the build can reach: checked below by rules instead.
        assertThat(lines.stream().filter(l -> l.startsWith("unknown")).toList())
                .containsExactlyInAnyOrder("unknown Keycloak/gantry-keycloak", "unknown KeycloakRealmImport/gantry-realm");
        assertThat(lines.stream().filter(l -> l.startsWith("ok")).count()).isEqualTo(objects.size() - 2);
        System.out.println("[k8s] " + overlay + ": " + (objects.size() - 2) + " objects valid against their schemas");
    }

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void keycloakObjectsHaveWhatItsOperatorRequires(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        ObjectNode keycloak = one(objects, "Keycloak", "gantry-keycloak");
        assertThat(keycloak.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
        JsonNode spec = keycloak.path("spec");
        assertThat(spec.path("instances").isInt()).isTrue();
        assertThat(spec.path("db").path("vendor").asText()).isEqualTo("postgres");
        assertThat(spec.path("hostname").path("hostname").asText()).startsWith(overlay.equals("prod") ? "https://"
                : "http");
        assertThat(spec.path("http").path("httpEnabled").asBoolean() || spec.path("http").has("tlsSecret")).isTrue();
        assertThat(spec.path("bootstrapAdmin").path("user").path("secret").isTextual()).isTrue();
        ObjectNode realm = one(objects, "KeycloakRealmImport", "gantry-realm");
        assertThat(realm.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(realm.path("spec").path("realm").path("realm").asText()).isEqualTo("gantry");
        assertThat(names(realm.path("spec"))).as("the fields of a KeycloakRealmImport's spec")
                .containsExactlyInAnyOrder("keycloakCRName", "realm", "placeholders");
    }

    // ---------------------------------------------------------------------------------------------- references

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void everyReferenceResolves(String overlay) throws IOException {
        List<ObjectNode> objects = objects(overlay);
        Secrets secrets = new Secrets(objects);
        for (ObjectNode d : ofKind(objects, "Deployment")) {
            JsonNode pod = d.path("spec").path("template");
            Map<String, String> podLabels = labels(pod.path("metadata").path("labels"));
            assertThat(selects(d.path("spec").path("selector").path("matchLabels"), podLabels)).as(id(d)).isTrue();
            assertThat(has(objects, "ServiceAccount", pod.path("spec").path("serviceAccountName").asText()))
                    .as(id(d) + " service account").isTrue();
            for (JsonNode c : pod.path("spec").path("containers")) {
                for (JsonNode from : c.path("envFrom")) {
                    assertThat(has(objects, "ConfigMap", from.path("configMapRef").path("name").asText()))
                            .as(id(d) + " " + from).isTrue();
                }
                for (JsonNode env : c.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        secrets.require(ref.path("name").asText(), ref.path("key").asText(), id(d));
                    }
                }
            }
            for (JsonNode volume : pod.path("spec").path("volumes")) {
                if (volume.has("secret")) {
                    for (JsonNode item : volume.path("secret").path("items")) {
                        secrets.require(volume.path("secret").path("secretName").asText(), item.path("key").asText(),
                                id(d));
                    }
                }
            }
        }
        for (ObjectNode s : ofKind(objects, "Service")) {
            ObjectNode d = podsOf(objects, s.path("spec").path("selector"), id(s));
            for (JsonNode port : s.path("spec").path("ports")) {
                assertThat(containerPorts(d)).as(id(s)).contains(port.path("targetPort").asText());
            }
        }
        for (ObjectNode ingress : ofKind(objects, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    ObjectNode s = one(objects, "Service", backend.path("name").asText());
                    assertThat(servicePorts(s)).as(path.toString()).contains(backend.path("port").path("name").asText());
                }
            }
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                secrets.require(tls.path("secretName").asText(), null, id(ingress));
            }
        }
        for (ObjectNode hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(has(objects, target.path("kind").asText(), target.path("name").asText())).as(id(hpa)).isTrue();
        }
        for (ObjectNode pdb : ofKind(objects, "PodDisruptionBudget")) {
            podsOf(objects, pdb.path("spec").path("selector").path("matchLabels"), id(pdb));
        }
        for (ObjectNode monitor : ofKind(objects, "ServiceMonitor")) {
            List<ObjectNode> services = ofKind(objects, "Service").stream().filter(s -> selects(
                    monitor.path("spec").path("selector").path("matchLabels"),
                    labels(s.path("metadata").path("labels")))).toList();
            assertThat(services).as(id(monitor)).hasSize(1);
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                assertThat(servicePorts(services.get(0))).contains(endpoint.path("port").asText());
            }
        }
        for (ObjectNode policy : ofKind(objects, "NetworkPolicy")) {
            podsOf(objects, policy.path("spec").path("podSelector").path("matchLabels"), id(policy));
            for (JsonNode egress : policy.path("spec").path("egress")) {
                for (JsonNode to : egress.path("to")) {
                    JsonNode match = to.path("podSelector").path("matchLabels");
                    if (match.has("cnpg.io/cluster")) {
                        one(objects, "Cluster", match.path("cnpg.io/cluster").asText());
                    } else if (match.has("strimzi.io/cluster")) {
                        one(objects, "Kafka", match.path("strimzi.io/cluster").asText());
                    } else if (match.has("app.kubernetes.io/instance")) {
                        one(objects, "Keycloak", match.path("app.kubernetes.io/instance").asText());
                    } else {
                        assertThat(match.path("k8s-app").asText()).as(id(policy) + " egress " + to).isEqualTo("kube-dns");
                    }
                }
            }
        }
        for (String kind : List.of("KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            for (ObjectNode o : ofKind(objects, kind)) {
                one(objects, "Kafka", o.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            }
        }
        ObjectNode cluster = one(objects, "Cluster", "gantry-db");
        Set<String> roles = new HashSet<>();
        roles.add(cluster.path("spec").path("bootstrap").path("initdb").path("owner").asText());
        secrets.require(cluster.path("spec").path("bootstrap").path("initdb").path("secret").path("name").asText(),
                "password", id(cluster));
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            roles.add(role.path("name").asText());
            secrets.require(role.path("passwordSecret").path("name").asText(), "password", id(cluster));
        }
        Set<String> databases = new HashSet<>();
        databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        for (ObjectNode db : ofKind(objects, "Database")) {
            one(objects, "Cluster", db.path("spec").path("cluster").path("name").asText());
            assertThat(roles).as(id(db) + " owner").contains(db.path("spec").path("owner").asText());
            databases.add(db.path("spec").path("name").asText());
        }
        for (ObjectNode backup : ofKind(objects, "ScheduledBackup")) {
            ObjectNode target = one(objects, "Cluster", backup.path("spec").path("cluster").path("name").asText());
            assertThat(target.path("spec").path("backup").has("barmanObjectStore")).as(id(backup)).isTrue();
            JsonNode s3 = target.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials");
            s3.elements().forEachRemaining(ref -> secrets.require(ref.path("name").asText(), ref.path("key").asText(),
                    id(target)));
        }
        ObjectNode keycloak = one(objects, "Keycloak", "gantry-keycloak");
        JsonNode db = keycloak.path("spec").path("db");
        assertThat(db.path("host").asText()).isEqualTo(cluster.path("metadata").path("name").asText() + "-rw");
        assertThat(databases).contains(db.path("database").asText());
        secrets.require(db.path("usernameSecret").path("name").asText(), db.path("usernameSecret").path("key").asText(),
                id(keycloak));
        secrets.require(db.path("passwordSecret").path("name").asText(), db.path("passwordSecret").path("key").asText(),
                id(keycloak));
        secrets.require(keycloak.path("spec").path("bootstrapAdmin").path("user").path("secret").asText(), "password",
                id(keycloak));
        if (keycloak.path("spec").path("ingress").has("tlsSecret")) {
            secrets.require(keycloak.path("spec").path("ingress").path("tlsSecret").asText(), null, id(keycloak));
        }
        ObjectNode realm = one(objects, "KeycloakRealmImport", "gantry-realm");
        one(objects, "Keycloak", realm.path("spec").path("keycloakCRName").asText());
        realm.path("spec").path("placeholders").elements().forEachRemaining(p -> secrets.require(
                p.path("secret").path("name").asText(), p.path("secret").path("key").asText(), id(realm)));

        // The services' settings point at what the overlay runs.
        ObjectNode common = one(objects, "ConfigMap", "gantry-common");
        ObjectNode kafka = one(objects, "Kafka", "gantry-kafka");
        JsonNode tls = kafka.path("spec").path("kafka").path("listeners").get(0);
        assertThat(tls.path("tls").asBoolean()).isTrue();
        assertThat(common.path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo("gantry-kafka-kafka-bootstrap:" + tls.path("port").asInt());
        assertThat(common.path("data").path("KAFKA_SASL_MECHANISM").asText())
                .isEqualToIgnoringCase(tls.path("authentication").path("type").asText());
        assertThat(common.path("data").path("QUARKUS_OIDC_AUTH_SERVER_URL").asText())
                .isEqualTo("http://gantry-keycloak-service:8080/realms/gantry");
        for (String service : Topics.SERVICES) {
            String url = one(objects, "ConfigMap", service + "-config").path("data").path("QUARKUS_DATASOURCE_JDBC_URL")
                    .asText();
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([a-z]+)\\?.*sslmode=verify-full.*")
                    .matcher(url);
            assertThat(m.matches()).as(url).isTrue();
            assertThat(m.group(1)).isEqualTo("gantry-db-rw");
            assertThat(m.group(2)).isEqualTo(databaseOf(service));
            assertThat(databases).contains(m.group(2));
        }
        secrets.assertDocumented();
    }

    /** Secrets an operator makes (with the keys it writes) and those the operations guide tells ops to create. */
    private static final class Secrets {
        private final Map<String, Set<String>> made = new HashMap<>();
        private final Set<String> external = new TreeSet<>();

        Secrets(List<ObjectNode> objects) {
            for (ObjectNode user : ofKind(objects, "KafkaUser")) {
                made.put(user.path("metadata").path("name").asText(), Set.of("sasl.jaas.config", "password"));
            }
            for (ObjectNode kafka : ofKind(objects, "Kafka")) {
                made.put(kafka.path("metadata").path("name").asText() + "-cluster-ca-cert", Set.of("ca.crt"));
            }
            for (ObjectNode cluster : ofKind(objects, "Cluster")) {
                made.put(cluster.path("metadata").path("name").asText() + "-ca", Set.of("ca.crt"));
            }
        }

        void require(String name, String key, String by) {
            assertThat(name).as("a secret referenced by " + by).isNotBlank();
            Set<String> keys = made.get(name);
            if (keys != null) {
                if (key != null) {
                    assertThat(keys).as("keys of " + name + " used by " + by).contains(key);
                }
            } else {
                external.add(name);
            }
        }

        /** Every secret no operator makes is one the operations guide tells how to create. */
        void assertDocumented() throws IOException {
            String guide = Files.readString(Overlays.ROOT.resolve("docs/operations.md"));
            for (String name : external) {
                assertThat(guide).as("docs/operations.md tells how to create secret " + name)
                        .containsPattern("kubectl .*create secret[^\\n]*\\b" + Pattern.quote(name) + "\\b");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- services

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void everyServiceHasImageProbesLimitsSecurityAndItsCompanions(String overlay) throws IOException {
        List<ObjectNode> objects = objects(overlay);
        Properties jib = new Properties();
        jib.load(new StringReader(Files.readString(
                Overlays.ROOT.resolve("libs/platform/src/main/resources/META-INF/microprofile-config.properties"))));
        String group = jib.getProperty("quarkus.container-image.group");
        assertThat(group).as("the image group Jib builds").isEqualTo("gantry");
        assertThat(ofKind(objects, "Deployment")).extracting(o -> o.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Topics.SERVICES);
        for (String service : Topics.SERVICES) {
            ObjectNode d = one(objects, "Deployment", service);
            JsonNode pod = d.path("spec").path("template").path("spec");
            assertThat(pod.path("containers")).hasSize(1);
            JsonNode c = pod.path("containers").get(0);
            // The image Jib builds (group/name), renamed to the overlay's registry, with a release tag.
            assertThat(c.path("image").asText()).matches("registry\\.example\\.com/" + group + "/" + service
                    + ":0\\.1\\.0(-SNAPSHOT)?");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(c.path(probe).path("httpGet").path("path").asText()).as(service + " " + probe)
                        .startsWith("/q/health/");
            }
            for (String kind : List.of("requests", "limits")) {
                assertThat(c.path("resources").path(kind).has("cpu")).as(service + " cpu " + kind).isTrue();
                assertThat(c.path("resources").path(kind).has("memory")).as(service + " memory " + kind).isTrue();
            }
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(185);
            assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(c.path("securityContext").path("capabilities").path("drop").get(0).asText()).isEqualTo("ALL");
            assertThat(pod.path("topologySpreadConstraints")).hasSize(2);
            assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(
                    seconds(one(objects, "ConfigMap", "gantry-common").path("data").path("QUARKUS_SHUTDOWN_TIMEOUT")
                            .asText()) + 5);
            for (String kind : List.of("Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceMonitor",
                    "NetworkPolicy", "ServiceAccount")) {
                assertThat(has(objects, kind, service)).as(service + " has a " + kind).isTrue();
            }
            // The autoscaler owns the number of replicas: a Deployment that set it would be scaled back on apply.
            assertThat(d.path("spec").has("replicas")).as(service + " sets spec.replicas").isFalse();
            ObjectNode hpa = one(objects, "HorizontalPodAutoscaler", service);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(overlay.equals("prod") ? 3 : 1);
            assertThat(hpa.path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(hpa.path("spec").path("minReplicas").asInt());
        }
    }

    /** Every replica the autoscalers may start, and Keycloak, get their pools' connections from the database. */
    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void theDatabaseHasAConnectionForEveryPooledOne(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        int pool = one(objects, "ConfigMap", "gantry-common").path("data").path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE")
                .asInt();
        assertThat(pool).isPositive();
        int wanted = 0;
        for (String service : Topics.SERVICES) {
            wanted += pool * one(objects, "HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt();
        }
        JsonNode keycloak = one(objects, "Keycloak", "gantry-keycloak").path("spec");
        wanted += keycloak.path("instances").asInt() * keycloak.path("db").path("poolMaxSize").asInt();
        int max = one(objects, "Cluster", "gantry-db").path("spec").path("postgresql").path("parameters")
                .path("max_connections").asInt();
        // CloudNativePG, replication and an operator's psql need a few of their own.
        assertThat(wanted).as("connections the pools may open, of max_connections " + max).isLessThanOrEqualTo(max - 20);
    }

    private static int seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Integer.parseInt(duration.substring(0, duration.length() - 1));
    }

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void noSecretValueIsInPlainText(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        assertThat(ofKind(objects, "Secret")).as("Secret objects in the manifests").isEmpty();
        Pattern secretish = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE|API_?KEY).*");
        for (ObjectNode cm : ofKind(objects, "ConfigMap")) {
            for (String key : names(cm.path("data"))) {
                assertThat(key).as(id(cm)).doesNotMatch(secretish);
            }
        }
        for (ObjectNode d : ofKind(objects, "Deployment")) {
            for (JsonNode env : d.path("spec").path("template").path("spec").path("containers").get(0).path("env")) {
                if (secretish.matcher(env.path("name").asText()).matches()) {
                    assertThat(env.has("value")).as(id(d) + " " + env.path("name").asText() + " literal").isFalse();
                    assertThat(env.path("valueFrom").has("secretKeyRef")).isTrue();
                }
            }
        }
        JsonNode realm = one(objects, "KeycloakRealmImport", "gantry-realm").path("spec").path("realm");
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText())
                        .matches("\\$\\{[A-Z_]+}");
            }
        }
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
        }
    }

    // ---------------------------------------------------------------------------------------------- Kafka

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void topicsAreTheContractsCatalogue(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        int brokers = ofKind(objects, "KafkaNodePool").stream()
                .filter(p -> p.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        Map<String, ObjectNode> topics = ofKind(objects, "KafkaTopic").stream().collect(Collectors.toMap(
                t -> t.path("spec").path("topicName").asText(), Function.identity()));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(
                Topics.CATALOGUE.stream().map(Topics.Spec::name).toList());
        for (Topics.Spec spec : Topics.CATALOGUE) {
            JsonNode t = topics.get(spec.name()).path("spec");
            assertThat(t.path("partitions").asInt()).as(spec.name()).isEqualTo(spec.partitions());
            int replicas = t.path("replicas").asInt();
            assertThat(replicas).as(spec.name()).isEqualTo(overlay.equals("prod") ? spec.replicas()
                    : Math.min(spec.replicas(), brokers)).isLessThanOrEqualTo(brokers);
            assertThat(t.path("config").path("min.insync.replicas").asInt()).as(spec.name())
                    .isEqualTo(Math.max(1, replicas - 1));
            if (spec.compacted()) {
                assertThat(t.path("config").path("cleanup.policy").asText()).isEqualTo("compact");
            } else {
                assertThat(t.path("config").path("cleanup.policy").asText()).isEqualTo("delete");
                assertThat(t.path("config").path("retention.ms").asLong()).as(spec.name())
                        .isEqualTo(spec.retentionMs());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void eachServicesKafkaUserMayDoExactlyWhatTheCatalogueSays(String overlay) {
        List<ObjectNode> objects = objects(overlay);
        assertThat(ofKind(objects, "KafkaUser")).extracting(o -> o.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Topics.SERVICES);
        for (String service : Topics.SERVICES) {
            Set<String> expected = new TreeSet<>();
            for (Topics.Spec spec : Topics.CATALOGUE) {
                if (spec.producer().equals(service)) {
                    expected.add("topic literal " + spec.name() + " [Describe, Write]");
                }
                if (spec.consumers().contains(service)) {
                    expected.add("topic literal " + spec.name() + " [Describe, Read]");
                }
            }
            expected.add("group prefix " + service + " [Describe, Read]");
            ObjectNode user = one(objects, "KafkaUser", service);
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            Set<String> actual = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                Set<String> operations = new TreeSet<>();
                acl.path("operations").forEach(op -> operations.add(op.asText()));
                actual.add(acl.path("resource").path("type").asText() + " "
                        + acl.path("resource").path("patternType").asText() + " "
                        + acl.path("resource").path("name").asText() + " " + operations);
            }
            assertThat(actual).as(service).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The catalogue is what the services really do: the topics their channels read, their groups, their DLQ. */
    @Test
    void theCatalogueMatchesWhatTheServicesConsume() throws IOException {
        for (String service : Topics.SERVICES) {
            Properties props = new Properties();
            props.load(new StringReader(Files.readString(
                    Overlays.ROOT.resolve(service + "/src/main/resources/application.properties"))));
            Set<String> consumed = new TreeSet<>();
            for (String name : props.stringPropertyNames()) {
                if (name.startsWith("%")) {
                    continue;
                }
                if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?")) {
                    for (String topic : props.getProperty(name).split(",")) {
                        consumed.add(topic.trim());
                    }
                }
                if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                    assertThat(props.getProperty(name)).as(service + " " + name).startsWith(service);
                }
                if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                    assertThat(props.getProperty(name)).isEqualTo(Topics.deadLetter(service));
                }
            }
            Set<String> expected = Topics.CATALOGUE.stream().filter(s -> s.consumers().contains(service))
                    .map(Topics.Spec::name).collect(Collectors.toCollection(TreeSet::new));
            assertThat(consumed).as(service + " consumes").isEqualTo(expected);
        }
    }

    // ---------------------------------------------------------------------------------------------- Keycloak

    @Test
    void theRealmHasTheLocalStacksRolesAndClientsButNoDemoUsers() throws IOException {
        JsonNode local = JSON.readTree(Overlays.ROOT.resolve(
                "deploy/local/src/main/resources/keycloak/gantry-realm.json").toFile());
        for (String overlay : Overlays.NAMES) {
            JsonNode realm = one(objects(overlay), "KeycloakRealmImport", "gantry-realm").path("spec").path("realm");
            assertThat(realm.path("roles")).isEqualTo(local.path("roles"));
            Map<String, JsonNode> localClients = new HashMap<>();
            local.path("clients").forEach(c -> localClients.put(c.path("clientId").asText(), c));
            List<String> clients = new ArrayList<>();
            for (JsonNode client : realm.path("clients")) {
                String clientId = client.path("clientId").asText();
                clients.add(clientId);
                JsonNode same = localClients.get(clientId);
                for (String flag : List.of("publicClient", "standardFlowEnabled", "implicitFlowEnabled",
                        "directAccessGrantsEnabled", "serviceAccountsEnabled", "protocol", "attributes")) {
                    assertThat(client.path(flag)).as(clientId + " " + flag).isEqualTo(same.path(flag));
                }
            }
            assertThat(clients).containsExactlyInAnyOrder("gantry-ui", "gantry-integration");
            for (JsonNode user : realm.path("users")) {
                assertThat(user.path("username").asText()).startsWith("service-account-");
                assertThat(user.path("realmRoles")).isEqualTo(userOf(local,
                        user.path("username").asText()).path("realmRoles"));
            }
        }
    }

    private static JsonNode userOf(JsonNode realm, String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no " + username + " in the local realm");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String databaseOf(String service) {
        return service.replace("-service", "");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static boolean selects(JsonNode matchLabels, Map<String, String> labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The one Deployment whose pods the selector picks. */
    private static ObjectNode podsOf(List<ObjectNode> objects, JsonNode matchLabels, String by) {
        List<ObjectNode> picked = ofKind(objects, "Deployment").stream().filter(d -> selects(matchLabels,
                labels(d.path("spec").path("template").path("metadata").path("labels")))).toList();
        assertThat(picked).as(by + " selects the pods of one Deployment").hasSize(1);
        return picked.get(0);
    }

    private static List<String> containerPorts(ObjectNode d) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode p : c.path("ports")) {
                out.add(p.path("name").asText());
                out.add(p.path("containerPort").asText());
            }
        }
        return out;
    }

    private static List<String> servicePorts(ObjectNode s) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : s.path("spec").path("ports")) {
            out.add(p.path("name").asText());
        }
        return out;
    }
}
