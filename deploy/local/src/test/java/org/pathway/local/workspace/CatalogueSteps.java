package org.pathway.local.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A site admin's directory feed and review queue in the browser: subscribes the site to a council's feed (a form sent
 * twice subscribes once), syncs it now and reads the sync report, then approves an imported activity from the review
 * queue, seeing the evidence its ages and category were inferred from.
 */
final class CatalogueSteps {

    private final Browser browser;
    private final BiConsumer<Browser, String> check;
    private final Function<String, URI> page;

    CatalogueSteps(Browser browser, BiConsumer<Browser, String> check, Function<String, URI> page) {
        this.browser = browser;
        this.check = check;
        this.page = page;
    }

    void feedSyncAndReview(URI feed) {
        String feeds = "/sites/" + ServiceFixture.SITE + "/admin/feeds";
        browser.open(page.apply(feeds));
        check.accept(browser, "feeds");
        addFeed(feed);
        assertThat(notice()).isEqualTo("Feed added.");
        check.accept(browser, "feed");

        browser.find(By.id("sync-now")).click();
        assertThat(notice()).startsWith("Sync finished");
        String report = browser.find(By.cssSelector("[data-sync]")).getText();
        assertThat(report).contains("completed").containsPattern("Services fetched\\s+32\\b");
        check.accept(browser, "feed-synced");

        browser.open(page.apply(feeds));
        addFeed(feed);
        assertThat(notice()).as("the same feed sent again").isEqualTo("The site already has this feed.");
        browser.open(page.apply(feeds));
        assertThat(browser.driver().findElements(By.linkText(feed.toString()))).as("one feed of that address").hasSize(1);

        browser.open(page.apply("/sites/" + ServiceFixture.SITE + "/admin/review"));
        int waiting = waiting();
        assertThat(waiting).as("imported activities whose ages nobody stated").isPositive();
        check.accept(browser, "review-queue");
        WebElement first = browser.find(By.cssSelector("#review-queue tbody tr a"));
        String name = first.getText();
        first.click();
        assertThat(browser.find(By.id("age-evidence")).getText()).isNotBlank();
        assertThat(browser.find(By.id("category-evidence")).getText()).isNotBlank();
        check.accept(browser, "review");
        type(By.id("minAge"), "11");
        type(By.id("maxAge"), "18");
        browser.find(By.id("approve")).click();
        assertThat(notice()).startsWith("Approved");
        assertThat(browser.driver().findElements(By.id("review-queue")).isEmpty() ? 0 : waiting())
                .as("the queue after approving " + name).isEqualTo(waiting - 1);
    }

    private void addFeed(URI feed) {
        browser.find(By.id("url")).sendKeys(feed.toString());
        browser.find(By.cssSelector("label[for='schedule-manual']")).click();
        browser.find(By.id("add-feed")).click();
    }

    private int waiting() {
        String caption = browser.find(By.cssSelector("#review-queue caption")).getText();
        return Integer.parseInt(caption.substring(0, caption.indexOf(' ')));
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }

    private String notice() {
        return browser.find(By.id("notice")).getText();
    }
}
