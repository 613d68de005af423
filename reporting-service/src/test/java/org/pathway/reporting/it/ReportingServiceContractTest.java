package org.pathway.reporting.it;

import io.quarkus.test.junit.QuarkusTest;

import org.pathway.testkit.Tokens;
import org.pathway.testkit.contract.ServiceContract;

@QuarkusTest
class ReportingServiceContractTest extends ServiceContract {

    @Override
    protected String protectedPath() {
        return "/reports/sites";
    }

    @Override
    protected String acceptedToken() {
        return Tokens.platform("r", "researcher");
    }
}
