package org.parallax.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.net.http.HttpClient;
import java.security.MessageDigest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layout of docs/ARCHITECTURE.md, checked on the compiled classes of every module
 * (main code only): no package cycles, and each module uses only the modules below it.
 * Module = package root: {@code org.parallax.NAME..} is module NAME.
 */
@AnalyzeClasses(packages = "org.parallax",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.parallax.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreUsesNothingOfOursAndNoLibrary = classes().that().resideInAPackage("org.parallax.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.parallax.core..", "java..");

    @ArchTest
    static final ArchRule onlyTheCommandUsesEval = noClasses().that()
            .resideOutsideOfPackages("org.parallax.eval..", "org.parallax.app..")
            .should().dependOnClassesThat().resideInAPackage("org.parallax.eval..");

    /** "only {@code app.Main} reads the environment" (Principles). */
    @ArchTest
    static final ArchRule onlyMainReadsTheEnvironment = noClasses().that()
            .doNotHaveFullyQualifiedName("org.parallax.app.Main")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);

    /** "The JDK client is built in {@code HttpExchange} only" (Live ingestion, Fetching). */
    @ArchTest
    static final ArchRule oneHttpClient = noClasses().that()
            .doNotHaveFullyQualifiedName("org.parallax.fetch.HttpExchange")
            .should().callMethod(HttpClient.class, "newBuilder")
            .orShould().callMethod(HttpClient.class, "newHttpClient");

    /** "{@code core.text.Sha256} the one SHA-256 helper" (Modules). */
    @ArchTest
    static final ArchRule oneDigestHelper = noClasses().that()
            .doNotHaveFullyQualifiedName("org.parallax.core.text.Sha256")
            .should().callMethod(MessageDigest.class, "getInstance", String.class);

    @ArchTest
    static final ArchRule modulesUseOnlyTheModulesBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("org.parallax.core..")
            .layer("nlp").definedBy("org.parallax.nlp..")
            .layer("extract").definedBy("org.parallax.extract..")
            .layer("feeds").definedBy("org.parallax.feeds..")
            .layer("fetch").definedBy("org.parallax.fetch..")
            .layer("markets").definedBy("org.parallax.markets..")
            .layer("ingest").definedBy("org.parallax.ingest..")
            .layer("store").definedBy("org.parallax.store..")
            .layer("search").definedBy("org.parallax.search..")
            .layer("web").definedBy("org.parallax.web..")
            .layer("pipeline").definedBy("org.parallax.pipeline..")
            .layer("eval").definedBy("org.parallax.eval..")
            .layer("app").definedBy("org.parallax.app..")
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("nlp").mayOnlyAccessLayers("core")
            .whereLayer("extract").mayOnlyAccessLayers("core")
            .whereLayer("feeds").mayOnlyAccessLayers("core", "extract")
            .whereLayer("fetch").mayNotAccessAnyLayer()
            .whereLayer("markets").mayOnlyAccessLayers("core", "extract", "fetch")
            .whereLayer("ingest").mayOnlyAccessLayers("core", "extract", "feeds", "fetch")
            .whereLayer("store").mayOnlyAccessLayers("core")
            .whereLayer("search").mayOnlyAccessLayers("core", "store")
            .whereLayer("web").mayOnlyAccessLayers("core", "store", "search")
            .whereLayer("pipeline").mayOnlyAccessLayers("core", "nlp", "extract", "feeds", "fetch", "markets",
                    "ingest", "store")
            .whereLayer("eval").mayOnlyAccessLayers("core", "nlp", "extract", "feeds", "fetch", "markets", "ingest",
                    "store", "pipeline")
            .whereLayer("app").mayOnlyAccessLayers("core", "nlp", "extract", "feeds", "fetch", "markets", "ingest",
                    "store", "search", "web", "pipeline", "eval");

    /** Leaves out the test-jars of other modules (their tests' helpers), as DoNotIncludeTests does test-classes. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
