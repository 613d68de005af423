package org.pathway.chassis.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SiteWorkTest {

    @Inject
    SiteWork siteWork;

    @Inject
    CurrentSite currentSite;

    @Inject
    SiteContext siteContext;

    @Test
    void runsAsTheSiteInANewTransaction() {
        String site = siteWork.inSite("cardiff-vale", () -> {
            assertThat(QuarkusTransaction.isActive()).isTrue();
            return currentSite.require();
        });
        assertThat(site).isEqualTo("cardiff-vale");
    }

    @Test
    void withoutATransactionWhenTheCallerManagesItsOwn() {
        boolean inTransaction = siteWork.inSiteContext("north-london", QuarkusTransaction::isActive);
        assertThat(inTransaction).isFalse();
    }

    @Test
    void setsTheCallersOwnSiteAsideAndRestoresIt() {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            siteContext.set("north-london");
            assertThat(siteWork.inSite("cardiff-vale", currentSite::require)).isEqualTo("cardiff-vale");
            assertThat(currentSite.require()).isEqualTo("north-london");
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
