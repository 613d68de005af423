package org.pathway.reporting.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * What every report is asked with: {@code site} (repeatable; none: every site the caller may see),
 * {@code from} and {@code to} (referral dates, inclusive), {@code groupBy}, and the request's
 * {@code Accept}, which chooses JSON or CSV.
 */
public class ReportQuery {

    @QueryParam("site")
    List<String> site;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("groupBy")
    String groupBy;

    @Context
    HttpHeaders headers;
}
