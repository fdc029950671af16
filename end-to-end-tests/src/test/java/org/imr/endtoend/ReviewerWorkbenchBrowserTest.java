package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.imr.determination.signoff.SignOffMode;
import org.imr.identity.DevelopmentIdentityProvider;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer in a browser (headless Chromium), on the whole pipeline with reviewer sign-off: the seed case's draft
 * says Overturned; the reviewer logs in at the identity provider's login form (the development user of the reviewer
 * the assignment chose), opens the case from the queue, reads the highlighted facts and the UR decision's
 * document (which the workbench fetches from intake with the reviewer's login), accepts, changes the item to Upheld with a rationale of their own and signs. No letter exists before the
 * signature; the letter then states the reviewer's decision. The case page is saved as the README's screenshot
 * ({@code target/screenshots/}; into {@code docs/screenshots/} with {@code -Dimr.screenshots.update=true}).
 */
class ReviewerWorkbenchBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String REVIEWERS_RATIONALE = "The records document no objective functional deficit of the "
            + "wrists that occupational therapy would address; the request is not medically necessary.";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDirectory;

    @Test
    void aReviewerChangesTheDraftsOutcomeAndSignsAndTheLetterStatesTheReviewersDecision() throws Exception {
        try (RunningPipeline pipeline = PipelineLauncher.start(
                new PipelineOptions(dataDirectory, 0, PipelineOptions.LOCAL_ROSTER, SignOffMode.REVIEWER))) {
            String intake = pipeline.baseUrl(ServiceName.INTAKE);
            String caseId = Applications.submit(http, intake, Applications.sample("01-seed-occupational-therapy.json"),
                    pipeline.bearer(Roles.INTAKE));
            attachUrDecision(intake, caseId, pipeline.bearer(Roles.INTAKE));
            TopicProbe probe = new TopicProbe(pipeline.infrastructure());
            DeterminationDrafted draft = probe.awaitRecord(Topics.DETERMINATION_DRAFTED, caseId, TIMEOUT).value();
            String caseNumber = draft.getImrCase().getCaseNumber();
            String reviewerId = draft.getReviewer().getReviewerId();
            String letter = pipeline.baseUrl(ServiceName.NOTIFICATION) + "/letters/" + caseNumber;

            DevelopmentIdentityProvider.Login reviewer = pipeline.identity().reviewerLogin(reviewerId);
            String operationsToken = pipeline.bearer(Roles.OPERATIONS);
            String workbench = pipeline.baseUrl(ServiceName.DETERMINATION) + "/workbench/reviewers/" + reviewerId;
            WebDriver browser = HeadlessChromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
                // the workbench's address: the login, then the reviewer's own queue
                browser.get(pipeline.baseUrl(ServiceName.DETERMINATION) + "/workbench");
                wait.until(ExpectedConditions.urlToBe(pipeline.identity().issuerUri() + "/login"));
                HeadlessChromium.logIn(browser, reviewer.username(), reviewer.password());
                wait.until(ExpectedConditions.urlToBe(workbench));
                refreshUntil(wait, By.linkText(caseNumber)).click();
                String casePage = browser.getCurrentUrl();
                assertThat(browser.findElement(By.id("item-1")).getText()).contains("Draft: Overturned");
                assertThat(browser.findElements(By.tagName("mark"))).as("the facts the draft used, highlighted")
                        .anySatisfy(mark -> assertThat(mark.getText()).isEqualTo("carpal tunnel"));
                refreshUntil(wait, By.linkText("UR decision")).click();
                assertThat(browser.findElement(By.tagName("body")).getText()).as("intake's document, read with the"
                        + " reviewer's login").isEqualTo("Utilization review: occupational therapy non-certified.");
                browser.get(casePage);

                HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(casePage + "/accept"))
                        .header("Cookie", HeadlessChromium.cookieHeader(browser))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).as("the reviewer's session without its CSRF token").isEqualTo(403);
                browser.findElement(By.id("accept")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign")));
                awaitConsoleStage(pipeline, caseId, "in review");
                new Select(browser.findElement(By.id("outcome-1"))).selectByValue("UPHELD");
                browser.findElement(By.id("rationale-1")).clear();
                browser.findElement(By.id("rationale-1")).sendKeys(REVIEWERS_RATIONALE);
                HeadlessChromium.screenshot(browser, screenshot());
                assertThat(status(letter, operationsToken)).as("no letter before the reviewer signs").isEqualTo(404);

                browser.findElement(By.id("sign")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed")));
            } finally {
                browser.quit();
            }

            FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
            String served = get(letter, operationsToken);
            assertThat(served).isEqualTo(issued.getLetterText())
                    .contains("Occupational therapy, bilateral wrists, 2 x 4: Upheld")
                    .doesNotContain("2 x 4: Overturned");
            assertThat(served.replaceAll("\\s+", " ")).contains(REVIEWERS_RATIONALE);
            String consolePage = awaitConsoleStage(pipeline, caseId, "letter issued");
            assertThat(consolePage).as("the console shows every step of the case").contains(
                    "<td class=\"step\">ASSIGNED</td>", "<td class=\"step\">IN_REVIEW</td>",
                    "<td class=\"step\">DECIDED</td>", "<td class=\"step\">LETTER_ISSUED</td>");
        }
    }

    /** The element, once the page shows it (the workbench reads the topics as they come: reloads until then). */
    private static WebElement refreshUntil(WebDriverWait wait, By element) {
        return wait.until(browser -> {
            List<WebElement> found = browser.findElements(element);
            if (found.isEmpty()) {
                browser.navigate().refresh();
                return null;
            }
            return found.getFirst();
        });
    }

    /** The operations console's page of the case, once it shows the case at that stage (read with operations' token). */
    private String awaitConsoleStage(RunningPipeline pipeline, String caseId, String stage) {
        String operations = pipeline.bearer(Roles.OPERATIONS);
        return await().atMost(TIMEOUT).until(() -> get(pipeline.consoleUrl() + "/cases/" + caseId, operations),
                page -> page.contains("<td id=\"case-stage\">" + stage + "</td>"));
    }

    private void attachUrDecision(String intake, String caseId, String authorization) throws Exception {
        HttpResponse<String> attached = http.send(HttpRequest.newBuilder(
                        URI.create(intake + "/cases/" + caseId + "/documents?kind=UR_DECISION"))
                .header("Content-Type", "text/plain").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("Utilization review: occupational therapy non-certified."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    }

    private static Path screenshot() {
        Path file = Path.of("target", "screenshots", "reviewer-workbench.png");
        return Boolean.getBoolean("imr.screenshots.update")
                ? Path.of("..", "docs", "screenshots", "reviewer-workbench.png") : file;
    }

    private int status(String uri, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(String uri, String authorization) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
