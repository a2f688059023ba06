package org.hamyar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker/kubernetes/ is hand-written, and no cluster runs it here: every file must parse, and the parts must fit
 * together (probes on the health endpoints, Secrets that exist, selectors that select the pods, the database the
 * CloudNativePG cluster serves, configuration names the service reads).
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("docker/kubernetes");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Documents by kind/name, over every file. */
    private static final Map<String, JsonNode> DOCS = new HashMap<>();

    @BeforeAll
    static void parse() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            try (var docs = YAML.readerFor(JsonNode.class).<JsonNode> readValues(file.toFile())) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    String where = file.getFileName() + ": ";
                    assertThat(doc.path("apiVersion").isTextual()).as(where + "apiVersion").isTrue();
                    assertThat(doc.path("kind").isTextual()).as(where + "kind").isTrue();
                    String name = doc.path("metadata").path("name").asText(null);
                    if (!doc.path("kind").asText().equals("Kustomization")) {
                        assertThat(name).as(where + "metadata.name").isNotBlank();
                    }
                    DOCS.put(doc.path("kind").asText() + "/" + name, doc);
                }
            }
        }
    }

    private static JsonNode doc(String kindAndName) {
        assertThat(DOCS).containsKey(kindAndName);
        return DOCS.get(kindAndName);
    }

    private static JsonNode container() {
        return doc("Deployment/hamyar").path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void kustomizationListsFilesThatExistAndNeverTheSecretsExample() throws IOException {
        JsonNode kustomization = YAML.readTree(DIR.resolve("kustomization.yaml").toFile());
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(r -> resources.add(r.asText()));
        assertThat(resources).doesNotContain("secrets.example.yaml").contains("deployment.yaml",
                "postgres-cluster.yaml", "pdb.yaml", "hpa.yaml", "service.yaml", "configmap.yaml");
        for (String r : resources) {
            assertThat(DIR.resolve(r)).exists();
        }
    }

    @Test
    void theDeploymentProbesTheHealthEndpointsAndHasResources() {
        JsonNode c = container();
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(c.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        assertThat(c.path("resources").path("requests").path("cpu").isMissingNode()).isFalse();
        assertThat(c.path("resources").path("requests").path("memory").isMissingNode()).isFalse();
        assertThat(c.path("resources").path("limits").path("memory").isMissingNode()).isFalse();
        assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
    }

    /** The names the service reads in production (application.properties, docker/README.md). */
    @Test
    void theServiceGetsEveryVariableItNeedsAndTheSecretsCarryTheKeys() {
        Map<String, JsonNode> env = new HashMap<>();
        container().path("env").forEach(e -> env.put(e.path("name").asText(), e));
        assertThat(env).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_REACTIVE_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "HAMYAR_CRYPTO_HMAC_KEY",
                "HAMYAR_CRYPTO_ENCRYPTION_KEY", "HAMYAR_SMS_HTTP_URL", "HAMYAR_ADMIN_USERNAME",
                "HAMYAR_ADMIN_PASSWORD");

        // the database is the CloudNativePG cluster's read-write service and its bootstrap database
        JsonNode cluster = doc("Cluster/hamyar-db");
        String database = cluster.path("spec").path("bootstrap").path("initdb").path("database").asText();
        String rw = cluster.path("metadata").path("name").asText() + "-rw";
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                .isEqualTo("jdbc:postgresql://" + rw + ":5432/" + database);
        assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL").path("value").asText())
                .isEqualTo("postgresql://" + rw + ":5432/" + database);
        assertThat(cluster.path("spec").path("imageName").asText()).endsWith(":15");
        assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").isObject()).isTrue();
        assertThat(doc("ScheduledBackup/hamyar-db-nightly").path("spec").path("cluster").path("name").asText())
                .isEqualTo("hamyar-db");

        // every secret key the pod reads is in the example Secrets, or made by CloudNativePG (<cluster>-app)
        Set<String> secretKeys = new HashSet<>();
        DOCS.values().stream().filter(d -> d.path("kind").asText().equals("Secret"))
                .forEach(s -> s.path("stringData").fieldNames().forEachRemaining(
                        k -> secretKeys.add(s.path("metadata").path("name").asText() + "/" + k)));
        secretKeys.add("hamyar-db-app/username");
        secretKeys.add("hamyar-db-app/password");
        env.values().forEach(e -> {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                assertThat(secretKeys).contains(ref.path("name").asText() + "/" + ref.path("key").asText());
            }
        });
        cluster.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials").forEach(
                ref -> assertThat(secretKeys).contains(ref.path("name").asText() + "/" + ref.path("key").asText()));
    }

    @Test
    void theSigningKeysTheConfigNamesAreMountedFromTheirSecret() {
        String properties = doc("ConfigMap/hamyar-config").path("data").path("application.properties").asText();
        JsonNode keys = doc("Secret/hamyar-signing-keys").path("stringData");
        for (String line : properties.split("\n")) {
            if (line.contains("-key-location=")) {
                String location = line.substring(line.indexOf('=') + 1).trim();
                assertThat(location).startsWith("/deployments/config/keys/");
                assertThat(keys.has(location.substring("/deployments/config/keys/".length()))).as(location).isTrue();
            }
        }
        List<String> mounts = new ArrayList<>();
        container().path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asText()));
        assertThat(mounts).contains("/deployments/config", "/deployments/config/keys");
    }

    @Test
    void theBudgetTheAutoscalerAndTheServiceAllSelectTheDeploymentsPods() {
        JsonNode labels = doc("Deployment/hamyar").path("spec").path("template").path("metadata").path("labels");
        for (JsonNode selector : List.of(doc("PodDisruptionBudget/hamyar").path("spec").path("selector")
                .path("matchLabels"), doc("Service/hamyar").path("spec").path("selector"))) {
            selector.fields().forEachRemaining(f -> assertThat(labels.path(f.getKey()).asText())
                    .isEqualTo(f.getValue().asText()));
            assertThat(selector.size()).isPositive();
        }
        JsonNode hpa = doc("HorizontalPodAutoscaler/hamyar").path("spec");
        assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo("hamyar");
        assertThat(hpa.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        // the budget lets one pod go, so at least two must run
        assertThat(hpa.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    }
}
