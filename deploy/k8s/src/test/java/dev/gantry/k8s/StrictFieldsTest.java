package dev.gantry.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.gantry.k8s.Overlays.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No field that the API does not have. The published schemas of {@link ManifestsTest} check types, formats and
 * required fields, but allow fields they do not define, which the API server drops or, validating strictly, refuses:
 * a misspelt {@code readinesProbe} would pass them. Here every object of a kind that Kubernetes' and Strimzi's Java
 * models cover is read into its model, and any field the model keeps aside as unknown fails the test.
 */
class StrictFieldsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** Kinds with no Java model from their publisher: CloudNativePG, the Prometheus and Keycloak operators. */
    private static final Set<String> UNMODELLED = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database",
            "postgresql.cnpg.io/v1/ScheduledBackup", "monitoring.coreos.com/v1/ServiceMonitor",
            "k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    @ParameterizedTest
    @MethodSource("dev.gantry.k8s.Overlays#names")
    void noObjectHasAFieldItsApiDoesNotHave(String overlay) throws Exception {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (ObjectNode object : Overlays.objects(overlay)) {
            String kind = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            Class<?> model = MODELS.get(kind);
            if (model == null) {
                assertThat(UNMODELLED).as("a kind neither modelled nor known to be unmodelled").contains(kind);
                continue;
            }
            walk(MAPPER.treeToValue(object, model), id(object), unknown, new IdentityHashMap<>());
            checked++;
        }
        assertThat(unknown).as("fields the API does not have").isEmpty();
        // Four services × seven kinds (the ServiceMonitor has no model), the gantry-common ConfigMap, the Namespace,
        // the Ingress, Kafka, two node pools, nine topics and four users.
        assertThat(checked).isEqualTo(47);
        System.out.println("[k8s] " + overlay + ": " + checked + " objects have only fields their API defines");
    }

    /** Collects the unknown fields of a model object and of every model object it holds. */
    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen)
            throws Exception {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), unknown, seen);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
            return;
        }
        Set<String> getters = new TreeSet<>();
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && !m.getReturnType().isPrimitive() && !m.getName().equals("getClass")) {
                getters.add(m.getName());
            }
        }
        for (String getter : getters) {
            Object held = value.getClass().getMethod(getter).invoke(value);
            if (getter.equals("getAdditionalProperties")) {
                if (held instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                walk(held, path + "." + property(getter), unknown, seen);
            }
        }
    }

    private static String property(String getter) {
        String name = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
