package com.kaoping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages talk only through their public top-level types; the scoring engine stays pure Java. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(KaopingApplication.class).verify();
    }

    @Test
    void scoringIsPureJava() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.kaoping.scoring");
        noClasses()
                .that()
                .resideInAPackage("com.kaoping.scoring..")
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
