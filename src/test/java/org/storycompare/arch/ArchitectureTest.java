package org.storycompare.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of DEVELOPERS.md, checked on the compiled main classes. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.storycompare");
    }

    static final ArchRule ENGINE_IS_PURE = noClasses().that().resideInAPackage("org.storycompare.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.storycompare.ingest..", "org.storycompare.report..", "org.storycompare.workspace..",
                    "org.storycompare.cli..", "org.storycompare.app..", "org.storycompare.io..",
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..",
                    "com.fasterxml..", "org.jsoup..", "org.apache.pdfbox..", "com.openhtmltopdf..",
                    "picocli..", "org.commonmark..")
            .because("the engine is pure Java: no UI, no Jackson, no HTML, no other layer");

    static final ArchRule VIEW_MODELS_HAVE_NO_SCENE = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("org.storycompare.app.vm..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..")
            .because("view models are tested without a window");

    static final ArchRule NON_UI_LAYERS_HAVE_NO_JAVAFX = noClasses().that().resideInAnyPackage(
                    "org.storycompare.ingest..", "org.storycompare.report..", "org.storycompare.workspace..",
                    "org.storycompare.cli..", "org.storycompare.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("only the app package draws windows");

    static final ArchRule NO_CYCLES = slices().matching("org.storycompare.(**)").should().beFreeOfCycles();

    @Test
    void engineImportsNothingFromOtherLayersOrUi() {
        ENGINE_IS_PURE.check(classes);
    }

    @Test
    void viewModelsImportNoSceneGraph() {
        VIEW_MODELS_HAVE_NO_SCENE.check(classes);
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        NON_UI_LAYERS_HAVE_NO_JAVAFX.check(classes);
    }

    @Test
    void rulesCatchViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                org.storycompare.engine.archfixture.BadEngineClass.class,
                org.storycompare.engine.archfixture.BadViewModel.class);
        org.assertj.core.api.Assertions.assertThat(ENGINE_IS_PURE.evaluate(bad).hasViolation()).isTrue();
        org.assertj.core.api.Assertions.assertThat(VIEW_MODELS_HAVE_NO_SCENE.evaluate(bad).hasViolation()).isTrue();
    }

    @Test
    void packagesHaveNoCycles() {
        NO_CYCLES.check(classes);
    }
}
