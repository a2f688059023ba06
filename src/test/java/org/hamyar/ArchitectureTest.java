package org.hamyar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules the build enforces: feature packages form no cycle, the pages sit on top (no feature imports
 * {@code web}), and a resource reaches another feature only through its services, never its repository.
 */
@AnalyzeClasses(packages = "org.hamyar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("org.hamyar.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureImportsThePages = noClasses().that().resideOutsideOfPackage("org.hamyar.web..")
            .should().dependOnClassesThat().resideInAPackage("org.hamyar.web..");

    @ArchTest
    static final ArchRule resourcesUseOnlyTheirOwnRepositories = classes().that().areAnnotatedWith(Path.class)
            .should(useNoRepositoryOfAnotherFeature());

    private static ArchCondition<JavaClass> useNoRepositoryOfAnotherFeature() {
        return new ArchCondition<>("use no repository of another feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (Dependency d : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.getSimpleName().endsWith("Repository")
                            && !feature(target).equals(feature(resource))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code org.hamyar.need} for {@code org.hamyar.need.NeedService}; the feature is the first package below. */
    private static String feature(JavaClass c) {
        String rest = c.getPackageName().startsWith("org.hamyar.") ? c.getPackageName().substring(11) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
