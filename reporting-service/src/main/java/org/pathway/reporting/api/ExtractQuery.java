package org.pathway.reporting.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * What an extract is asked with: {@code site} (repeatable; none: every site), {@code from} and {@code to}
 * (referral dates, inclusive), and the request's {@code Accept}, which chooses CSV or JSON lines.
 */
public class ExtractQuery {

    @QueryParam("site")
    List<String> site;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @Context
    HttpHeaders headers;
}
