package com.kaoping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages talk only through their public top-level types and only to the features they declare in their
 * {@code package-info.java}; the scoring engine stays pure Java (docs/architecture.md).
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KaopingApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        MODULES.forEach(module -> assertThat(
                        module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class))
                .as(module.getName() + " declares its allowed dependencies in package-info.java")
                .isPresent());
    }

    /** Regenerates docs/modules: the dependency graph and one diagram and canvas per module. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("../docs/modules/components.puml")).exists();
    }

    @Test
    void scoringIsPureJava() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.kaoping.scoring");
        noClasses()
                .that()
                .resideInAPackage("com.kaoping.scoring..")
                // package-info carries the module declaration for the build's check, not code the engine runs
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.ibatis..",
                        "java.sql..",
                        "javax.sql..",
                        "org.camunda..",
                        "com.fasterxml..")
                .andShould()
                .dependOnClassesThat()
                .resideOutsideOfPackages("com.kaoping.scoring..", "java..")
                .check(classes);
    }
}
