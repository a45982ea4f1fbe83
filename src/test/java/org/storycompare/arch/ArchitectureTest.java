package org.storycompare.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of docs/architecture.md, checked on the compiled main classes. */
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
                    "org.storycompare.cli..", "org.storycompare.app..", "org.storycompare.json..", "org.storycompare.io..",
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..",
                    "com.fasterxml..", "org.jsoup..", "org.apache.pdfbox..", "com.openhtmltopdf..",
                    "picocli..", "org.commonmark..")
            .because("the engine is pure Java: no UI, no Jackson, no HTML, no other layer");

    static final ArchRule ENGINE_HAS_NO_MODEL_RUNTIME = noClasses().that().resideInAPackage("org.storycompare.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "dev.langchain4j..", "ai.djl..",
                    "org.storycompare.meaning..")
            .because("the engine sees the sentence model only through SentenceEncoder; ONNX lives in org.storycompare.meaning");

    static final ArchRule VIEW_MODELS_HAVE_NO_SCENE = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("org.storycompare.app.vm..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..")
            .because("view models are tested without a window");

    static final ArchRule NON_UI_LAYERS_HAVE_NO_JAVAFX = noClasses().that().resideInAnyPackage(
                    "org.storycompare.ingest..", "org.storycompare.report..", "org.storycompare.workspace..",
                    "org.storycompare.cli..", "org.storycompare.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("only the app package draws windows");

    static final ArchRule APP_DOES_NOT_USE_CLI = noClasses().that().resideInAPackage("org.storycompare.app..")
            .should().dependOnClassesThat().resideInAPackage("org.storycompare.cli..")
            .because("the window and the command line are two front ends of the same layers below them");

    static final ArchRule WORKSPACE_DOES_NOT_USE_REPORTS = noClasses().that()
            .resideInAPackage("org.storycompare.workspace..")
            .should().dependOnClassesThat().resideInAPackage("org.storycompare.report..")
            .because("a workspace is saved through the JSON codec, not through the report writers");

    /** The analyses of a story: only StoryEngine.analyse runs them. */
    static final DescribedPredicate<JavaClass> ANALYZERS = DescribedPredicate.describe("an analyzer", c ->
            c.getPackageName().startsWith("org.storycompare.engine")
                    && (c.getSimpleName().endsWith("Analyzer") || c.getSimpleName().equals("BoilerplateFinder")
                    || c.getSimpleName().equals("CorpusComparer") || c.getSimpleName().equals("CreditFinder")));

    static final ArchRule ONLY_THE_ENGINE_RUNS_ANALYSES = noClasses().that()
            .resideInAnyPackage("org.storycompare.report..", "org.storycompare.app..", "org.storycompare.cli..",
                    "org.storycompare.workspace..", "org.storycompare.json..", "org.storycompare.ingest..")
            .should().dependOnClassesThat(ANALYZERS)
            .because("StoryEngine.analyse computes each analysis once; writers and views format a StoryAnalysis");

    static final ArchRule NO_CYCLES = slices().matching("org.storycompare.(**)").should().beFreeOfCycles();

    @Test
    void engineImportsNothingFromOtherLayersOrUi() {
        ENGINE_IS_PURE.check(classes);
        ENGINE_HAS_NO_MODEL_RUNTIME.check(classes);
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
    void appDoesNotUseTheCommandLine() {
        APP_DOES_NOT_USE_CLI.check(classes);
    }

    @Test
    void workspaceDoesNotUseReportWriters() {
        WORKSPACE_DOES_NOT_USE_REPORTS.check(classes);
    }

    @Test
    void onlyTheEngineRunsAnalyses() {
        ONLY_THE_ENGINE_RUNS_ANALYSES.check(classes);
    }

    @Test
    void rulesCatchViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                org.storycompare.engine.archfixture.BadEngineClass.class,
                org.storycompare.engine.archfixture.BadModelEngineClass.class,
                org.storycompare.engine.archfixture.BadViewModel.class,
                org.storycompare.app.archfixture.BadAppClass.class,
                org.storycompare.workspace.archfixture.BadWorkspaceClass.class,
                org.storycompare.report.archfixture.BadWriter.class);
        for (ArchRule rule : List.of(ENGINE_IS_PURE, ENGINE_HAS_NO_MODEL_RUNTIME, VIEW_MODELS_HAVE_NO_SCENE, APP_DOES_NOT_USE_CLI,
                WORKSPACE_DOES_NOT_USE_REPORTS, ONLY_THE_ENGINE_RUNS_ANALYSES)) {
            org.assertj.core.api.Assertions.assertThat(rule.evaluate(bad).hasViolation())
                    .as(rule.getDescription()).isTrue();
        }
    }

    @Test
    void rulesPassOnCleanClasses() {
        JavaClasses clean = new ClassFileImporter().importClasses(org.storycompare.app.vm.Runner.class,
                org.storycompare.report.JsonReportWriter.class, org.storycompare.workspace.WorkspaceStore.class);
        org.assertj.core.api.Assertions.assertThat(APP_DOES_NOT_USE_CLI.evaluate(clean).hasViolation()).isFalse();
        org.assertj.core.api.Assertions.assertThat(ONLY_THE_ENGINE_RUNS_ANALYSES.evaluate(clean).hasViolation())
                .isFalse();
    }

    @Test
    void packagesHaveNoCycles() {
        NO_CYCLES.check(classes);
    }
}
