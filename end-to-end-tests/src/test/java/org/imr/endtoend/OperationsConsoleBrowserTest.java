package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;
import org.imr.determination.signoff.SignOffMode;
import org.imr.identity.DevelopmentIdentityProvider;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.security.Roles;
import org.imr.testsupport.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations console in headless Chromium, on the whole pipeline. A browser that has not logged in is sent to the
 * identity provider's login form; operations' development user logs in there and sees the console; an intake user,
 * logged in as well, is refused (403). On the console a case that no reviewer of the roster may take
 * is shown waiting for a reviewer, with why; once a reviewer of its specialty joins the roster it is shown assigned
 * (the determination service held for the moment), then, the determination service let go, signed and its letter
 * issued, every step in its timeline; logging out ends the session at the provider too. The console's page, the case
 * waiting, is saved as a screenshot, in {@code -Dimr.screenshots.directory} (the README's is {@code docs/screenshots}),
 * by default under {@code target/}.
 */
class OperationsConsoleBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;

    private static RunningPipeline pipeline;
    private static final List<String> submitted = new ArrayList<>();

    @BeforeAll
    static void startPipeline() {
        pipeline = PipelineLauncher.start(new PipelineOptions(dataDirectory, 0, PipelineOptions.LOCAL_ROSTER,
                SignOffMode.AUTOMATIC));
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void theConsoleShowsACaseWaitingForAReviewerThenAssignedThenSignedWithItsLetterIssued() throws Exception {
        String intake = pipeline.baseUrl(ServiceName.INTAKE);
        for (String sample : new String[] {"01-seed-occupational-therapy.json", "02-physical-therapy-beyond-the-guideline.json",
                "03-mri-shoulder.json"}) {
            submitted.add(Applications.submit(HTTP, intake, Applications.sample(sample), pipeline.bearer(Roles.INTAKE)));
        }
        String caseId = Applications.submit(HTTP, intake,
                Applications.sample("04-psychotherapy-no-eligible-reviewer.json"), pipeline.bearer(Roles.INTAKE));
        submitted.add(caseId);
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get(pipeline.consoleUrl() + "?stage=WAITING_FOR_REVIEWER");
            logInAs(browser, Roles.OPERATIONS);
            assertThat(browser.getCurrentUrl()).as("back on the page asked for, logged in")
                    .isEqualTo(pipeline.consoleUrl() + "?stage=WAITING_FOR_REVIEWER");
            WebElement waiting = awaitOnThePage(browser, () -> reload(browser).findElements(
                    By.cssSelector("#waiting tr[data-case='" + caseId + "']")).stream().findFirst().orElse(null),
                    row -> row != null);
            assertThat(waiting.getText()).contains("reviewers considered");
            assertThat(browser.findElement(By.cssSelector("#cases tr[data-case='" + caseId + "'] .stage")).getText())
                    .isEqualTo("waiting for a reviewer");
            browser.get(pipeline.consoleUrl());
            awaitOnThePage(browser, () -> count(reload(browser), "LETTER_ISSUED"), lettered -> lettered == 3);
            assertThat(count(browser, "WAITING_FOR_REVIEWER")).isEqualTo(1);
            assertThat(browser.findElement(By.id("at-risk")).getText()).isEqualTo("1");
            HeadlessChromium.screenshot(browser, Path.of(System.getProperty("imr.screenshots.directory",
                    "target/screenshots")).resolve("operations-console.png"));

            KafkaListenerEndpointRegistry determination = pipeline.context(ServiceName.DETERMINATION)
                    .getBean(KafkaListenerEndpointRegistry.class);
            determination.stop();
            addPsychiatristToTheRoster();
            browser.get(pipeline.consoleUrl() + "/cases/" + caseId);
            awaitStage(browser, "assigned");

            determination.start();
            awaitStage(browser, "letter issued");
            assertThat(browser.findElements(By.cssSelector("#timeline .step")).stream().map(WebElement::getText))
                    .contains("RECEIVED", "ELIGIBLE", "NO_ELIGIBLE_REVIEWER", "ASSIGNED", "DECIDED", "LETTER_ISSUED");

            browser.get(pipeline.consoleUrl());
            awaitOnThePage(browser, () -> count(reload(browser), "LETTER_ISSUED"), lettered -> lettered == 4);
            assertThat(count(browser, "WAITING_FOR_REVIEWER")).isZero();
            assertThat(browser.findElement(By.cssSelector("#dead-letters h2")).getText()).contains("(0)");

            browser.findElement(By.id("logout")).click();
            browser.get(pipeline.consoleUrl());
            awaitLoginForm(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aUserOfAnotherRoleIsRefusedAfterLoggingIn() throws Exception {
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get(pipeline.consoleUrl());
            logInAs(browser, Roles.INTAKE);

            assertThat(browser.findElements(By.id("stages"))).as("no console for intake").isEmpty();
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.consoleUrl()))
                    .header("Cookie", HeadlessChromium.cookieHeader(browser)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the logged-in intake user's session").isEqualTo(403);
            assertThat(page.body()).doesNotContain("operations console");
        } finally {
            browser.quit();
        }
    }

    /** Sent to the identity provider's login form, logs in as the development user of that role. */
    private static void logInAs(WebDriver browser, String role) {
        awaitLoginForm(browser);
        DevelopmentIdentityProvider.Login user = pipeline.identity().users().stream()
                .filter(login -> login.roles().equals(List.of(role))).findFirst().orElseThrow();
        HeadlessChromium.logIn(browser, user.username(), user.password());
        await().atMost(TIMEOUT).until(browser::getCurrentUrl, url -> url.startsWith(pipeline.consoleUrl()));
    }

    private static void awaitLoginForm(WebDriver browser) {
        await().atMost(TIMEOUT).until(browser::getCurrentUrl,
                url -> url.startsWith(pipeline.identity().issuerUri() + "/login"));
        assertThat(browser.findElements(By.id("password"))).as("the identity provider's login form").hasSize(1);
    }

    private static WebDriver reload(WebDriver browser) {
        browser.navigate().refresh();
        return browser;
    }

    private static void awaitStage(WebDriver browser, String stage) {
        awaitOnThePage(browser, () -> reload(browser).findElement(By.id("case-stage")).getText(), stage::equals);
    }

    /**
     * Waits for the console to show what is awaited; when it does not in time, the failure says where case tracking
     * (intake's API, the console's source) has each submitted case, the last first: its number and timeline, no PHI;
     * then the page the browser shows (its address and title: a login form, an error page).
     */
    private static <T> T awaitOnThePage(WebDriver browser, Callable<T> shown, Predicate<? super T> awaited) {
        try {
            return await().atMost(TIMEOUT).until(shown, awaited::test);
        } catch (ConditionTimeoutException e) {
            StringBuilder tracked = new StringBuilder("Not shown in time; tracking has");
            for (String caseId : submitted.reversed()) {
                tracked.append(" | ").append(trackedCase(caseId));
            }
            tracked.append(" | the browser shows ").append(shownPage(browser));
            throw new AssertionError(tracked.toString(), e);
        }
    }

    private static String shownPage(WebDriver browser) {
        try {
            return browser.getCurrentUrl() + " '" + browser.getTitle() + "'";
        } catch (RuntimeException e) {
            return "nothing readable (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String trackedCase(String caseId) {
        try {
            HttpResponse<String> view = HTTP.send(HttpRequest.newBuilder(URI.create(
                    pipeline.baseUrl(ServiceName.INTAKE) + "/cases/" + caseId))
                    .header("Authorization", pipeline.bearer(Roles.OPERATIONS)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (view.statusCode() != 200) {
                return caseId + " HTTP " + view.statusCode();
            }
            JsonNode tracked = JsonMapper.builder().build().readTree(view.body());
            List<String> steps = new ArrayList<>();
            tracked.get("timeline").forEach(step -> steps.add(step.get("stage").asString()));
            return tracked.get("caseNumber").asString() + " " + String.join(">", steps);
        } catch (Exception e) {
            return caseId + " unreadable (" + e + ")";
        }
    }

    private static long count(WebDriver browser, String stage) {
        return Long.parseLong(browser.findElement(By.cssSelector("#stages tr[data-stage='" + stage + "'] .count"))
                .getText());
    }

    /** A psychiatrist licensed in California, with no affiliation: eligible for the waiting psychotherapy case. */
    private static void addPsychiatristToTheRoster() throws Exception {
        HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(
                pipeline.baseUrl(ServiceName.REVIEWER_ASSIGNMENT) + "/reviewers/R-CONSOLE-PSY"))
                .header("Content-Type", "application/json").header("Authorization", pipeline.bearer(Roles.OPERATIONS))
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Dr. Console Psychiatrist", "specialties": ["Psychiatry"],
                         "licences": [{"state": "California"}], "weeklyPracticeHours": 30, "yearsInPractice": 12,
                         "affiliations": [], "caseCapacity": 20}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isBetween(200, 299);
    }
}
