package org.pathway.local.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.stack.Endpoints;

/**
 * The workspace in a real browser against a running stack, signing in through Keycloak's own form: a link worker
 * finds a new referral in the caseload, records the first contact, opens the recommendations and places the young
 * person by keyboard alone, records a link-worker session and a baseline SWEMWBS and sees its score; a link worker
 * of another site opening that page gets the 403 page; a site admin rotates a provider's secret (and the provider's
 * webhook accepts it); a researcher signs in and sees the dashboard. Each page visited is checked with axe-core,
 * photographed into {@code docs/workspace/} and timed.
 */
public final class WorkspaceScenario {

    private static final String SITE = ServiceFixture.SITE;
    /** SWEMWBS answers 4,3,3,4,3,3,3: raw total 23, metric score 20.73 (the published conversion table). */
    private static final int[] SWEMWBS = {4, 3, 3, 4, 3, 3, 3};

    private final Endpoints endpoints;
    private final ServiceFixture fixture;
    private final Path screenshots;
    private final PageReport report = new PageReport();
    private final PageTimings timings = new PageTimings();

    private final Path repositoryRoot;

    public WorkspaceScenario(Endpoints endpoints, TokenSource tokens, Path repositoryRoot) {
        this.endpoints = endpoints;
        this.fixture = new ServiceFixture(endpoints, tokens);
        this.repositoryRoot = repositoryRoot;
        this.screenshots = repositoryRoot.resolve("docs/workspace");
    }

    /** Runs the scenario; returns the per-page report (Markdown) once every step held. */
    public String run(Path reportFile) {
        String run = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (LocalEndpoints outside = new LocalEndpoints(repositoryRoot)) {
            fixture.registerReferrer(outside.referrer());
            ServiceFixture.Activity activity = fixture.activity(run);
            ServiceFixture.Referral referral = fixture.referral(run, today);
            URI youngPerson = page("/sites/" + SITE + "/referrals/" + referral.id());

            try (Browser browser = new Browser()) {
                browser.open(page("/"));
                check(browser, "home");
                linkWorker(browser, referral, activity, youngPerson);
                followUp(browser, referral, youngPerson);
            }
            assertThat(outside.messagesReceived()).as("messages the referrer's system received").isGreaterThanOrEqualTo(3);
            try (Browser browser = new Browser()) {
                otherSite(browser, youngPerson);
            }
            try (Browser browser = new Browser()) {
                siteAdmin(browser, activity, referral);
                new CatalogueSteps(browser, this::check, this::page).feedSyncAndReview(outside.feed());
            }
            try (Browser browser = new Browser()) {
                researcher(browser);
            }
        }
        report.write(reportFile);
        System.out.println("Workspace pages (axe-core and response times):");
        System.out.println(report.markdown());
        assertThat(report.seriousOrCritical()).as("serious or critical axe-core violations").isEmpty();
        return report.markdown();
    }

    private void linkWorker(Browser browser, ServiceFixture.Referral referral, ServiceFixture.Activity activity, URI youngPerson) {
        browser.open(page("/sites/" + SITE + "/caseload"));
        browser.signIn(DemoUsers.atSite(Roles.LINK_WORKER, SITE), DemoUsers.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Caseload");
        WebElement row = browser.find(By.cssSelector("tr[data-participant='" + referral.participantId() + "']"));
        assertThat(row.getText()).as("a referral of today has waited 0 days").contains("0");
        check(browser, "caseload");
        row.findElement(By.tagName("a")).click();
        browser.find(By.id("record-contact"));
        assertThat(browser.heading()).contains("Robin Browser");
        check(browser, "young-person");

        browser.find(By.cssSelector("label[for='method']")).click();
        browser.find(By.id("record-contact")).click();
        assertThat(notice(browser)).isEqualTo("First contact recorded.");
        assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("In progress");

        placeByKeyboard(browser, activity);
        assertThat(notice(browser)).isEqualTo("Place booked.");
        assertThat(browser.find(By.id("placements")).getText()).contains(activity.id());

        browser.find(By.id("minutes")).sendKeys("45");
        browser.find(By.cssSelector("label[for='mode']")).click();
        browser.find(By.id("record-session")).click();
        assertThat(notice(browser)).isEqualTo("Link-worker session recorded.");
        assertThat(browser.find(By.id("link-worker-sessions")).getText()).isEqualTo("1 (45 minutes)");
        check(browser, "young-person-placed");

        browser.find(By.id("questionnaire-swemwbs")).click();
        browser.find(By.id("record-questionnaire"));
        check(browser, "questionnaire-swemwbs");
        for (int i = 0; i < SWEMWBS.length; i++) {
            browser.find(By.cssSelector("label[for='item" + i + "-" + SWEMWBS[i] + "']")).click();
        }
        browser.find(By.id("record-questionnaire")).click();
        String scores = browser.find(By.id("scores")).getText();
        assertThat(scores).containsPattern("Raw total\\s+23\\b").containsPattern("Metric score\\s+20\\.73\\b");
        check(browser, "questionnaire-scored");

        browser.open(URI.create(youngPerson + "/close"));
        check(browser, "confirm-close");
        browser.open(URI.create(youngPerson + "/recommendations?participantId=" + referral.participantId()));
        browser.find(By.cssSelector("button[data-activity]"));
        check(browser, "recommendations");
    }

    /**
     * After the baseline SWEMWBS: the caseload lists the baseline's other two questionnaires as due; the young person's
     * page shows the messages back to the referrer delivered; a session form sent twice records one session.
     */
    private void followUp(Browser browser, ServiceFixture.Referral referral, URI youngPerson) {
        browser.open(page("/sites/" + SITE + "/caseload"));
        String due = browser.find(By.cssSelector("tr[data-due='" + referral.participantId() + "-baseline']")).getText();
        assertThat(due).as("the baseline's questionnaires not yet recorded").contains("RCADS-25, ONS4").doesNotContain("SWEMWBS");
        check(browser, "caseload-questionnaires-due");

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        browser.open(youngPerson);
        while (browser.driver().findElements(By.cssSelector("tr[data-change='placed']")).isEmpty()
                || !browser.find(By.cssSelector("tr[data-change='placed'] .message-delivery")).getText().startsWith("Delivered")) {
            assertThat(System.nanoTime()).as("the placement's message back delivered within 90 s").isLessThan(deadline);
            sleep(Duration.ofSeconds(2));
            browser.open(youngPerson);
        }
        for (String change : List.of("accepted", "contacted", "placed")) {
            assertThat(browser.find(By.cssSelector("tr[data-change='" + change + "']")).getText())
                    .as("the " + change + " message").contains("Delivered").endsWith("1");
        }
        assertThat(browser.find(By.cssSelector("tr[data-timepoint='baseline']")).getText()).contains("SWEMWBS on").contains("Metric score 20.73");
        check(browser, "young-person-messages");

        browser.find(By.id("minutes")).sendKeys("30");
        browser.find(By.cssSelector("label[for='mode']")).click();
        Object statuses = browser.submitTwice(By.id("record-session"));
        assertThat(statuses).as("both submissions answered").isEqualTo(List.of(200L, 200L));
        browser.open(youngPerson);
        assertThat(browser.find(By.id("link-worker-sessions")).getText()).as("a form sent twice records once").isEqualTo("2 (75 minutes)");
    }

    /** From the young person's page: Tab to the recommendations, Enter; Tab to the activity's button, Enter. */
    private void placeByKeyboard(Browser browser, ServiceFixture.Activity activity) {
        By place = By.cssSelector("button[data-activity='" + activity.id() + "']");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            assertThat(browser.tabTo(By.id("show-recommendations"), 200)).as("the recommendations link takes the focus").isTrue();
            browser.press(Keys.ENTER);
            browser.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(place),
                    ExpectedConditions.presenceOfElementLocated(By.id("placing-message"))));
            if (!browser.driver().findElements(place).isEmpty()) {
                break;
            }
            // matching-service has not taken in the referral event yet: the page says so; ask again.
            assertThat(System.nanoTime()).as("recommendations within a minute of the referral").isLessThan(deadline);
            browser.driver().navigate().refresh();
            browser.find(By.id("show-recommendations"));
        }
        check(browser, "young-person-recommendations");
        assertThat(browser.tabTo(place, 200)).as("the activity's place button takes the focus").isTrue();
        browser.press(Keys.ENTER);
    }

    private void otherSite(Browser browser, URI youngPerson) {
        browser.open(page("/sites/cardiff-vale/caseload"));
        browser.signIn(DemoUsers.atSite(Roles.LINK_WORKER, "cardiff-vale"), DemoUsers.PASSWORD);
        browser.open(youngPerson);
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.driver().getPageSource()).doesNotContain("Robin").doesNotContain("Browser</");
        check(browser, "forbidden");
    }

    private void siteAdmin(Browser browser, ServiceFixture.Activity activity, ServiceFixture.Referral referral) {
        browser.open(page("/sites/" + SITE + "/admin/providers"));
        browser.signIn(DemoUsers.atSite(Roles.SITE_ADMIN, SITE), DemoUsers.PASSWORD);
        check(browser, "providers");
        browser.find(By.id("providerId")).sendKeys(activity.providerId());
        browser.find(By.id("rotate-secret")).click();
        String first = browser.find(By.id("secret")).getText();
        check(browser, "provider-secret");
        browser.open(page("/sites/" + SITE + "/admin/providers"));
        browser.find(By.id("providerId")).sendKeys(activity.providerId());
        browser.find(By.id("rotate-secret")).click();
        String rotated = browser.find(By.id("secret")).getText();
        assertThat(rotated).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(first);
        assertThat(fixture.signedWebhook(activity.providerId(), rotated)).as("the provider's webhook takes the new secret").isEqualTo(200);

        browser.open(page("/sites/" + SITE + "/admin/catalogue"));
        assertThat(browser.driver().getPageSource()).contains(activity.name());
        check(browser, "catalogue");
        browser.open(page("/sites/" + SITE + "/admin/audit?subject=" + referral.id()));
        assertThat(browser.driver().getPageSource()).as("the link worker's audited reads").contains("<td>READ</td>").contains("link-worker-north-london");
        check(browser, "audit");
        browser.open(page("/sites/" + SITE + "/admin/settings"));
        check(browser, "settings");
    }

    private void researcher(Browser browser) {
        browser.open(page("/research/dashboard"));
        WebElement username = browser.find(By.id("username"));
        username.sendKeys(DemoUsers.RESEARCHER);
        browser.driver().findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.until(ExpectedConditions.urlContains("/research/dashboard"));
        assertThat(browser.heading()).isEqualTo("Pathway feasibility dashboard");
        check(browser, "dashboard");
        browser.open(page("/research"));
        check(browser, "research");
        List<WebElement> downloads = browser.driver().findElements(By.cssSelector("a[href$='.csv']"));
        assertThat(downloads).as("CSV downloads offered").isNotEmpty();
        for (WebElement link : downloads) {
            List<?> answer = browser.download(link.getAttribute("href"));
            assertThat(answer.get(0)).as(link.getText()).isEqualTo(200L);
            assertThat((String) answer.get(1)).as(link.getText()).startsWith("text/csv");
            assertThat((String) answer.get(2)).as(link.getText() + " has a header row").contains(",");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String notice(Browser browser) {
        return browser.text(By.id("notice"));
    }

    /** axe-core on the page as it stands, a screenshot, and the page's response times as this person. */
    void check(Browser browser, String name) {
        List<Browser.Violation> violations = browser.axe();
        browser.screenshot(screenshots.resolve(name + ".png"));
        URI current = URI.create(browser.driver().getCurrentUrl());
        PageTimings.Timing timing = timings.measure(current, browser.cookieHeader());
        report.add(name, current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery()),
                violations, timing);
    }

    URI page(String path) {
        return endpoints.workspace().resolve(path);
    }
}
