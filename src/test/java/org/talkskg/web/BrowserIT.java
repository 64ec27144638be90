package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.talkskg.ServerProcess;

/**
 * A reader's way through the site in a real browser, on the built jar serving the shipped graph:
 * home page, Zelensky's page with its highlighted evidence, the search for a misspelt name, Steve
 * Witkoff's page, the timeline, the ontology, a saved question asked with a parameter, and the
 * Fuseki SPARQL editor running a query. It asserts what is visible, and keeps a screenshot of
 * each step under target/browser/.
 */
class BrowserIT {

    private static final String SEARCH_FIRST_RESULT = "main ol.search-results li:first-child a.search-result";
    private static final String COUNT_PERSONS = "PREFIX tk: <https://w3id.org/talks-kg/ontology#>\n"
            + "SELECT (COUNT(?person) AS ?persons) WHERE { ?person a tk:Person }";
    /** As the editor shows a typed literal. */
    private static final String PERSONS = "\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>";

    @BeforeAll
    static void needsChromium() {
        // In CI a missing browser is a failure (.ci/run installs it); elsewhere the test says what to install.
        boolean ci = "true".equals(System.getenv("CI"));
        if (ci) {
            assertTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed: .ci/run installs them");
        }
        assumeTrue(HeadlessChromium.installed(), "Install the Debian packages chromium and chromium-driver to run the browser test");
    }

    @Test
    void aReaderFindsTheFactsTheirEvidenceAndTheQuestions() throws Exception {
        try (ServerProcess server = ServerProcess.serve(List.of(), List.of());
                HeadlessChromium browser = HeadlessChromium.start(Path.of("target", "browser"))) {
            URI base = server.baseUrl();
            ChromeDriver driver = browser.driver();

            driver.get(base.toString());
            assertEquals("talks-kg", driver.findElement(By.cssSelector("header.site .brand")).getText());
            browser.screenshot("home");

            driver.findElement(By.cssSelector("#actors a[href='/id/volodymyr-zelensky']")).click();
            assertEquals("Volodymyr Zelensky", driver.findElement(By.tagName("h1")).getText());
            WebElement evidence = driver.findElement(By.cssSelector("mark"));
            assertTrue(evidence.isDisplayed());
            assertFalse(evidence.getText().isBlank());
            assertFalse("rgba(0, 0, 0, 0)".equals(evidence.getCssValue("background-color")), "the cited words are highlighted");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", evidence);
            browser.screenshot("entity-with-evidence");

            WebElement box = driver.findElement(By.cssSelector("header.site input[name=q]"));
            box.sendKeys("Witkov");
            box.submit();
            WebElement first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(SEARCH_FIRST_RESULT)));
            assertEquals("Steve Witkoff", first.getText());
            browser.screenshot("search");
            first.click();
            assertEquals("Steve Witkoff", driver.findElement(By.tagName("h1")).getText());

            driver.findElement(By.cssSelector("nav a[href='/timeline']")).click();
            WebElement chart = driver.findElement(By.cssSelector("main svg"));
            assertTrue(chart.isDisplayed());
            assertTrue(driver.findElements(By.cssSelector("main svg circle.point")).size() > 0);
            browser.screenshot("timeline");

            driver.findElement(By.cssSelector("nav a[href='/ontology']")).click();
            WebElement participation = driver.findElement(By.id("Participation"));
            assertTrue(participation.isDisplayed());
            browser.screenshot("ontology");

            driver.findElement(By.cssSelector("nav a[href='/questions']")).click();
            driver.findElement(By.cssSelector("main a[href='/questions/participants-of']")).click();
            WebElement meeting = driver.findElement(By.cssSelector("form.parameters input[name=meeting]"));
            meeting.sendKeys("tkd:talks-2022-turkiye");
            meeting.submit();
            List<String> participants = driver.findElements(By.cssSelector("table.answer tbody tr td:nth-child(3)")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Russia", "Ukraine"), participants);
            browser.screenshot("question");

            driver.findElement(By.cssSelector("nav a[href='/sparql-ui/']")).click();
            driver.get(base.resolve("sparql-ui/#/dataset/kg/query").toString());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", COUNT_PERSONS);
            driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
            WebElement cell = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasr table tbody tr td:nth-child(2)")));
            assertEquals(PERSONS, cell.getText());
            browser.screenshot("sparql-editor");
        }
    }

}
