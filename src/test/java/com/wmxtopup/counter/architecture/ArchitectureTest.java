package com.wmxtopup.counter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.math.BigDecimal;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The rules of docs/architecture.md, checked on the compiled main classes.
class ArchitectureTest {

    private static final String ROOT = "com.wmxtopup.counter";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String ADAPTER = ROOT + ".adapter..";
    private static final String UI = ROOT + ".ui..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";
    private static final String SANDBOX = ROOT + ".sandbox..";

    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> REPOSITORY_PORTS = com.tngtech.archunit.base.DescribedPredicate
            .describe("repository ports", javaClass -> javaClass.getPackageName().equals(ROOT + ".application.port")
                    && javaClass.getSimpleName().endsWith("Repository"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void mainClassesWereImported() {
        // Guards the rules below against passing vacuously on an empty import.
        org.assertj.core.api.Assertions.assertThat(classes.contain(ROOT + ".domain.Order")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain(ROOT + ".bootstrap.AppContext")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain(ROOT + ".ui.shell.MainView")).isTrue();
    }

    @Test
    void domainDependsOnlyOnJava() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomainAndJava() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void uiNeverSeesAdaptersBootstrapOrSimulators() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER, BOOTSTRAP, SANDBOX)
                .check(classes);
    }

    @Test
    void screensAndTheWebAdapterGoThroughUseCasesNeverRepositories() {
        noClasses().that().resideInAnyPackage(UI, ROOT + ".adapter.web..")
                .should().dependOnClassesThat(REPOSITORY_PORTS)
                .because("screens and the REST API act through use cases (FindOrders, Checkout, ...): rules such as the "
                        + "duplicate-sale warning live in the application once, not in each caller")
                .check(classes);
    }

    @Test
    void theRepositoryRuleSeesARepositoryWhenOneIsUsed() {
        // Guards the rule above against matching nothing: the use case itself does use one.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().that()
                .haveFullyQualifiedName(ROOT + ".application.order.FindOrders")
                .should().dependOnClassesThat(REPOSITORY_PORTS).check(classes))
                .isInstanceOf(AssertionError.class);
    }

    private static final String AUDIT_ADAPTER = ROOT + ".adapter.persistence.JdbcAuditLog";

    /// SQL that changes or removes stored rows, found among the texts compiled into the class (its
    /// constant pool holds every statement it can run verbatim; comments are not compiled in).
    private static final java.util.regex.Pattern CHANGING_SQL = java.util.regex.Pattern
            .compile("(UPDATE|DELETE|MERGE|TRUNCATE|DROP|ALTER)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static java.util.List<String> statementsThatChangeRows(String className) throws java.io.IOException {
        try (var in = ArchitectureTest.class.getResourceAsStream("/" + className.replace('.', '/') + ".class")) {
            org.assertj.core.api.Assertions.assertThat(in).as(className + " compiled").isNotNull();
            String texts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return CHANGING_SQL.matcher(texts).results().map(java.util.regex.MatchResult::group).toList();
        }
    }

    @Test
    void theAuditLogIsAppendOnly() throws java.io.IOException {
        org.assertj.core.api.Assertions.assertThat(statementsThatChangeRows(AUDIT_ADAPTER))
                .as("the audit log is append-only: a row, once written, is never changed or deleted").isEmpty();
        noClasses().that().haveFullyQualifiedName(AUDIT_ADAPTER)
                .should().callMethod(ROOT + ".adapter.persistence.Jdbc$Tx", "connection")
                .because("the audit log's statements are all in its own text, where the rule above reads them")
                .check(classes);
        methods().that().areDeclaredIn(ROOT + ".application.port.AuditLog")
                .should().haveNameMatching("append|search")
                .because("the audit log's port offers appending and reading, nothing that changes a row")
                .check(classes);
    }

    @Test
    void theAppendOnlyRuleSeesAnUpdateWhenThereIsOne() throws java.io.IOException {
        // Guards the rule above against matching nothing: the notification log does update its rows.
        org.assertj.core.api.Assertions.assertThat(statementsThatChangeRows(ROOT + ".adapter.persistence.JdbcPaymentNotificationLog"))
                .contains("UPDATE ");
    }

    @Test
    void viewModelsNeverTouchScenesStagesOrAnimations() {
        noClasses().that().resideInAPackage(UI).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..")
                .because("view models decide and views bind: a view model that holds nodes or timers cannot be tested "
                        + "without a screen, and its timers outlive the view")
                .check(classes);
    }

    /// Views, windows and their parts (cells, the game grid), nested classes included.
    private static final DescribedPredicate<JavaClass> VIEW_COMPONENTS = DescribedPredicate.describe("views and view components in ui",
            type -> type.getPackageName().startsWith(ROOT + ".ui") && isViewComponent(type.getName().replaceFirst("\\$.*$", "")));

    private static boolean isViewComponent(String topLevelName) {
        String simple = topLevelName.substring(topLevelName.lastIndexOf('.') + 1);
        return simple.endsWith("View") || simple.endsWith("Window") || simple.equals("GameGrid");
    }

    @Test
    void thePartsOfViewModelsNeverTouchScenesStagesOrAnimationsEither() {
        noClasses().that().resideInAnyPackage(ROOT + ".ui.counter", ROOT + ".ui.catalog").and(DescribedPredicate.not(VIEW_COMPONENTS))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..")
                .because("a view model split into parts (ServerChoice, TargetFields, QrActions, SaleCheckout, ...) is still a "
                        + "view model: its parts decide, and views bind")
                .check(classes);
    }

    @Test
    void viewsNeverSeeTheDomain() {
        noClasses().that(VIEW_COMPONENTS)
                .should().dependOnClassesThat().resideInAPackage(DOMAIN)
                .because("views bind and view models decide: a status text, a style chosen by order status or an enum "
                        + "the screen shows is worked out once in the view model, where a plain test can check it")
                .check(classes);
    }

    @Test
    void timersLiveOnlyInTheTaskRunner() {
        noClasses().that().resideInAPackage(UI).and().doNotHaveFullyQualifiedName(ROOT + ".ui.common.FxTaskRunner")
                .should().dependOnClassesThat().resideInAPackage("javafx.animation..")
                .because("periodic work goes through TaskRunner.every, owned by a view model that tests can tick; a "
                        + "Timeline in a view keeps running for a view that was dropped")
                .check(classes);
    }

    @Test
    void adaptersNeverSeeUiOrBootstrap() {
        noClasses().that().resideInAPackage(ADAPTER)
                .should().dependOnClassesThat().resideInAnyPackage(UI, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching(ROOT + ".adapter.(*)..").should().notDependOnEachOther().allowEmptyShould(true).check(classes);
    }

    @Test
    void simulatorsStandAlone() {
        noClasses().that().resideInAPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAnyPackage(UI, BOOTSTRAP, ADAPTER, APPLICATION)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void javafxOnlyInUiAndBootstrap() {
        noClasses().that().resideOutsideOfPackages(UI, BOOTSTRAP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void sqlToolsOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".adapter.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..", "org.h2..", "org.postgresql..")
                .because("everything else reaches the database through the ports the persistence adapter implements")
                .check(classes);
    }

    @Test
    void jettyOnlyInWebAdapterAndSimulators() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.web..", SANDBOX)
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void okHttpOnlyInTheClientAdapters() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".adapter.vip..", ROOT + ".adapter.midtrans..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(classes);
    }

    @Test
    void receiptLibrariesOnlyInThePrintingAdapter() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".adapter.printing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.github.anastaciocintra..", "javax.print..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInAdaptersAndSimulators() {
        noClasses().that().resideOutsideOfPackages(ADAPTER, SANDBOX)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void noConsolePrintingOrPrintStackTrace() {
        // The launcher is the one place that talks to a person on the terminal (usage, version,
        // configuration errors before logging exists; JarLauncher: a missing lib/); everything else logs.
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".bootstrap.Launcher")
                .and().doNotHaveFullyQualifiedName(ROOT + ".bootstrap.JarLauncher")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    @Test
    void theConsoleRuleCatchesTheOneClassAllowedToPrint() {
        // Proves the rule above can fail: the launcher does print, and the rule sees it.
        JavaClasses launcherOnly = classes.that(JavaClass.Predicates.simpleName("Launcher"));
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(launcherOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("System.out");
    }

    @Test
    void noJavaUtilLoggingOrJodaTime() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME.check(classes);
    }

    @Test
    void noFloatingPointOrBigDecimalFieldsOutsideTheUi() {
        noFields().that().areDeclaredInClassesThat().resideOutsideOfPackage(UI)
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .orShould().haveRawType(BigDecimal.class)
                .because("money is long rupiah (docs/adr/0003-money-as-long-rupiah.md)")
                .check(classes);
    }

    @Test
    void noMoneyNamedFieldIsFloatingPointAnywhere() {
        fields().should(notBeFloatingPointMoney()).check(classes);
    }

    @Test
    void domainAndApplicationNeverTakeOrReturnFloatingPoint() {
        DescribedPredicate<JavaClass> floating = DescribedPredicate.describe("floating point",
                c -> List.of("double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal").contains(c.getName()));
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().notHaveRawReturnType(floating)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.describe("any floating point parameter",
                        params -> params.stream().anyMatch(floating)))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void publicStaticFieldsAreConstants() {
        fields().that().areStatic().and().arePublic().should().beFinal()
                .because("no static singletons or global mutable state")
                .check(classes);
    }

    private static ArchCondition<JavaField> notBeFloatingPointMoney() {
        Pattern money = Pattern.compile("(?i).*(price|amount|total|balance|cost|margin|profit|fee|cash|rupiah|money).*");
        return new ArchCondition<>("not be floating point when named like money") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                String type = field.getRawType().getName();
                boolean floating = List.of("double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal").contains(type);
                if (floating && money.matcher(field.getName()).matches()) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds money as " + type));
                }
            }
        };
    }
}
