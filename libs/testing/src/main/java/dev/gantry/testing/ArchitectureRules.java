package dev.gantry.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Gantry's architecture as tests (design §2): a service never imports another service's packages, and domain
 * packages do not depend on the web, messaging or persistence frameworks (JPA annotations on entities excepted),
 * and a service's feature packages do not depend on each other in a circle.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of(
            "dev.gantry.projects", "dev.gantry.resources", "dev.gantry.risk", "dev.gantry.reporting");

    private ArchitectureRules() {
    }

    /** Checks the production classes under {@code servicePackage}, e.g. {@code dev.gantry.projects}. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found under " + servicePackage);
        }
        for (String other : SERVICES) {
            if (other.equals(servicePackage)) {
                continue;
            }
            ArchRule isolation = noClasses().that().resideInAPackage(servicePackage + "..")
                    .should().dependOnClassesThat().resideInAPackage(other + "..")
                    .because("services talk only through events, never through each other's code");
            isolation.check(classes);
        }
        ArchRule pureDomain = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..",
                        "org.apache.kafka..", "io.smallrye.reactive.messaging..",
                        "org.eclipse.microprofile.reactive.messaging..",
                        "org.hibernate..", "io.quarkus.hibernate..", "io.quarkus.panache..",
                        "jakarta.transaction..", "dev.gantry.platform.events..")
                .allowEmptyShould(true)
                .because("the domain holds the rules; frameworks stay at the edges");
        pureDomain.check(classes);
        ArchRule noFeatureCycles = slices().matching(servicePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("features in a circle can only be understood, changed and tested together");
        noFeatureCycles.check(classes);
    }
}
