package org.nhsblueprint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.access.AccessAnalysis;
import org.nhsblueprint.dataset.DatasetLoader;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.SiteFacts;
import org.nhsblueprint.store.Accounts;
import org.nhsblueprint.store.Consultations;
import org.nhsblueprint.store.Database;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.GreatCircleEstimate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public portal in headless Chromium (Debian's chromium and chromium-driver; skipped where they are not
 * installed, .ci/run installs them): a resident finds their area, sees its services, and responds to the
 * consultation; mistakes show an error summary; hostile text is stored as written and never runs. Screenshots go to
 * {@code target/screenshots/} to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    private Database db;
    private WebServer server;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        RegionModel london = new DatasetLoader().load(Path.of("../datasets/london"));
        SiteFacts facts = new DatasetLoader().siteFacts(Path.of("../datasets/london"), london);
        AccessAnalysis analysis = new AccessAnalysis(new GreatCircleEstimate(EstimateParameters.londonDefaults()));
        AreaAccessIndex access = new AreaAccessIndex(london.catalogue().all().stream()
                .map(s -> analysis.run(london, s)).toList());
        db = Database.open(Database.embeddedUrl(dir), null, null);
        new Consultations(db).save(new Consultations.Consultation("polyclinics-2008", "Healthcare for London",
                "More care in polyclinics.", List.of(new Consultations.Question("q1", "Do you support polyclinics?",
                List.of("support", "oppose", "undecided"))), true));
        Accounts accounts = new Accounts(db, 4, Duration.ofHours(1));
        accounts.save("planner@nhs.example", "correct horse battery".toCharArray(), Accounts.Role.planner);
        accounts.save("admin@nhs.example", "admin horse battery".toCharArray(), Accounts.Role.admin);
        WebServer.Data data = new WebServer.Data(london, facts, new DatasetLoader().postcodeDistricts(
                Path.of("../datasets/london")), access, List.of(Proposal.of(
                Path.of("../scenarios/london-polyclinics-hub.yaml"), london, analysis)));
        server = new WebServer(data, db, accounts, new ObjectMapper(), WebServer.Settings.defaults(),
                new WebServer.Workspace(analysis, Path.of("../scenarios"), dir.resolve("runs")));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600",
                "--disable-dev-shm-usage");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Every visible form control has a label (its own, or an aria-label): forms usable with a screen reader. */
    private void everyControlIsLabelled() {
        assertEquals(List.of(), unlabelledControls(), browser.getCurrentUrl());
    }

    @Test
    void theLabelCheckFindsAnUnlabelledControl() {
        browser.get("data:text/html,<label for=a>A</label><input id=a><input id=b aria-label=B><input id=c>");
        assertEquals(List.of("<input id=\"c\">"), unlabelledControls());
    }

    private Object unlabelledControls() {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(e => e.type !== 'hidden' && e.offsetParent !== null)"
                + ".filter(e => !(e.id && document.querySelector('label[for=\"' + e.id + '\"]'))"
                + " && !e.getAttribute('aria-label') && !e.closest('label')).map(e => e.outerHTML);");
    }

    private void screenshot(String name) throws Exception {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aResidentTypesTheirPostcodeDistrictAndSeesTheStrokeUnitsAuditFigures() throws Exception {
        browser.get(base + "/");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("find-postcode")));
        browser.findElement(By.id("postcode")).sendKeys("EC2A");
        browser.findElement(By.id("find-postcode")).click();
        WebElement errors = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        waiting().until(ExpectedConditions.textToBePresentInElement(errors, "choose your borough instead"));
        browser.findElement(By.id("postcode")).clear();
        browser.findElement(By.id("postcode")).sendKeys("se15 5lj");
        browser.findElement(By.id("find-postcode")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("postcode-results")));
        List<WebElement> links = browser.findElements(By.cssSelector("#postcode-areas a"));
        assertEquals(PublicApi.NEAREST_AREAS, links.size());
        assertTrue(links.get(0).getText().contains("Southwark"), links.get(0).getText());
        assertTrue(!browser.findElement(By.id("errors")).isDisplayed(), "the earlier problem is cleared");
        screenshot("portal-postcode");
        links.get(0).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Southwark"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("service-rows"),
                "Stroke admissions a year (2021/22)"));
        assertTrue(browser.findElement(By.id("fact-sources")).getText().contains("SSNAP"));
    }

    @Test
    void aResidentFindsTheirAreaSeesItsServicesAndResponds() throws Exception {
        browser.get(base + "/");
        waiting().until(d -> new Select(d.findElement(By.id("district"))).getOptions().size() > 30);
        browser.findElement(By.id("show")).click();
        WebElement errors = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertTrue(errors.getText().contains("Choose your borough"), errors.getText());
        new Select(browser.findElement(By.id("district"))).selectByVisibleText("Camden");
        waiting().until(d -> d.findElement(By.id("area")).isEnabled());
        new Select(browser.findElement(By.id("area"))).selectByIndex(1);
        everyControlIsLabelled();
        screenshot("portal-home");
        browser.findElement(By.id("show")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Services for Camden"));
        waiting().until(d -> d.findElements(By.cssSelector("#service-rows tr")).size() == 6);
        assertTrue(browser.findElement(By.id("service-rows")).getText().contains("GP practice"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals"),
                "What the proposals would change"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("send")));
        everyControlIsLabelled();
        screenshot("portal-area");

        browser.findElement(By.id("send")).click();
        WebElement problem = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".nhsuk-error-summary[role=alert]:not(.bp-hidden)")));
        assertTrue(problem.getText().contains("some text or an answer"), problem.getText());
        String hostile = "<script>alert('x')</script> Keep Camden's walk-in centre open";
        browser.findElement(By.cssSelector("label[for=q1-1]")).click();
        browser.findElement(By.id("text")).sendKeys(hostile);
        new Select(browser.findElement(By.id("age_band"))).selectByVisibleText("65 to 74");
        browser.findElement(By.id("send")).click();
        WebElement thanks = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertTrue(thanks.getText().contains("your response has been received"), thanks.getText());
        screenshot("portal-thanks");

        List<ConsultationResponse> stored = new Consultations(db).responses("polyclinics-2008", List.of("q1"))
                .stream().filter(r -> r.text().equals(hostile)).toList();
        assertEquals(1, stored.size(), "stored once, as written");
        assertEquals(Map.of("q1", "oppose"), stored.get(0).answers());
        assertEquals("65-74", stored.get(0).ageBand());
        assertTrue(stored.get(0).area().startsWith("E01"), "the area travels with the response");
    }

    @Test
    void aPlannerSignsInRunsAShippedScenarioAndReadsItsReport() throws Exception {
        browser.get(base + "/planner.html");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-in-button"))).click();
        WebElement errors = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertTrue(errors.getText().contains("Enter your account name"), errors.getText());
        browser.findElement(By.id("name")).sendKeys("planner@nhs.example");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("sign-in-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors"), "wrong"));
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        browser.findElement(By.id("sign-in-button")).click();
        WebElement yaml = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("yaml")));
        yaml.sendKeys("name: A mistake\ndataset: london\nmodifications:\n  - close: NOSUCH\n");
        browser.findElement(By.id("check-scenario")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "NOSUCH"));
        yaml.clear();
        yaml.sendKeys("name: Close UCLH stroke unit\ndataset: london\nmodifications:\n"
                + "  - close: {site: RRV03, service: hasu}\n");
        browser.findElement(By.id("save-scenario")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("run-uploaded-close-uclh-stroke-unit")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("run-london-stroke-2010"))).click();
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(90)).until(
                ExpectedConditions.elementToBeClickable(By.id("report-link")));
        assertTrue(browser.findElement(By.id("run")).getText().contains("Hyper-acute stroke unit"));
        screenshot("planner-run");
        Consultations consultations = new Consultations(db);
        String letter = "I oppose moving my surgery into a polyclinic because the journey would be far too long for"
                + " my elderly mother, who cannot take two buses.";
        for (int i = 0; i < 3; i++) {
            consultations.submit("polyclinics-2008", "planner-test-" + i, new Consultations.NewResponse(
                    letter + " Yours sincerely, Jane Smith" + i, "individual", "", "", Map.of("q1", "oppose")));
        }
        long count = consultations.count("polyclinics-2008");
        browser.findElement(By.id("analyse-polyclinics-2008")).click();
        WebElement analysis = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis-summary")));
        assertTrue(analysis.getText().startsWith(count + " responses"), analysis.getText());
        assertTrue(analysis.getText().contains("in 1 organised campaign;"), analysis.getText());
        assertTrue(!browser.findElement(By.id("analysis")).getText().contains("Jane Smith"), "names are removed");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", analysis);
        screenshot("planner-analysis");
        link.click();
        waiting().until(d -> d.getTitle().toLowerCase(java.util.Locale.ROOT).contains("stroke"));
        screenshot("planner-report");
    }

    @Test
    void aPlannerEditsAShippedScenarioComparesTwoAndWritesTheConsultationReport() throws Exception {
        browser.get(base + "/planner.html");
        // the other planner test may have signed this browser in already
        waiting().until(ExpectedConditions.or(ExpectedConditions.elementToBeClickable(By.id("sign-in-button")),
                ExpectedConditions.visibilityOfElementLocated(By.id("workspace"))));
        if (browser.findElement(By.id("sign-in-button")).isDisplayed()) {
            browser.findElement(By.id("name")).sendKeys("planner@nhs.example");
            browser.findElement(By.id("password")).sendKeys("correct horse battery");
            browser.findElement(By.id("sign-in-button")).click();
        }
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("edit-london-stroke-2010"))).click();
        WebElement yaml = browser.findElement(By.id("yaml"));
        waiting().until(d -> yaml.getAttribute("value").contains("name: London stroke 2010"));
        assertTrue(browser.findElement(By.id("editing")).getText().contains("copy"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[0].value"
                + ".replace(/^name: .*$/m, 'name: Stroke 2010 from the browser')", yaml);
        browser.findElement(By.id("save-scenario")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("run-uploaded-stroke-2010-from-the-browser")));

        browser.findElement(By.id("compare")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors"), "Choose 2 to 6"));
        browser.findElement(By.id("compare-london-polyclinics-hub")).click();
        browser.findElement(By.id("compare-london-polyclinics-network")).click();
        browser.findElement(By.id("compare")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.id("report-link")));
        assertTrue(browser.findElement(By.id("run")).getText().contains("london-polyclinics-network"));
        everyControlIsLabelled();
        screenshot("planner-compare");

        browser.findElement(By.id("report-polyclinics-2008")).click();
        WebElement report = new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
                .elementToBeClickable(By.xpath("//a[@id='report-link' and contains(., 'consultation')]")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs"),
                "consultation polyclinics-2008"));
        screenshot("planner-consultation-report");
        report.click();
        waiting().until(d -> d.getTitle().contains("Healthcare for London"));
        screenshot("planner-consultation-report-page");
    }

    @Test
    void anAdminAddsAnAccountAndAPlannerIsNotShownTheAccounts() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base + "/planner.html");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-in-button")));
        browser.findElement(By.id("name")).sendKeys("admin@nhs.example");
        browser.findElement(By.id("password")).sendKeys("admin horse battery");
        browser.findElement(By.id("sign-in-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("account-form")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-list"),
                "planner@nhs.example"));
        browser.findElement(By.id("account-name")).sendKeys("second.planner@nhs.example");
        browser.findElement(By.id("account-password")).sendKeys("short");
        browser.findElement(By.id("save-account")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-result"), "12 characters"));
        browser.findElement(By.id("account-password")).clear();
        browser.findElement(By.id("account-password")).sendKeys("a long enough passphrase");
        browser.findElement(By.id("save-account")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-list"),
                "second.planner@nhs.example"));
        everyControlIsLabelled();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("accounts")));
        screenshot("planner-accounts");
        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-in-button")));
        browser.findElement(By.id("name")).sendKeys("second.planner@nhs.example");
        browser.findElement(By.id("password")).sendKeys("a long enough passphrase");
        browser.findElement(By.id("sign-in-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "(planner)"));
        assertTrue(!browser.findElement(By.id("accounts")).isDisplayed(), "a planner is not shown the accounts");
        browser.manage().deleteAllCookies();
    }
}
