package org.pathway.testkit.infra;

/** PostgreSQL JDBC URLs: {@code jdbc:postgresql://host[:port][/database][?parameters]}. */
public final class JdbcUrls {

    private static final String PREFIX = "jdbc:postgresql://";

    private JdbcUrls() {
    }

    /** The same server and parameters as {@code jdbcUrl}, pointing at {@code database}. */
    public static String withDatabase(String jdbcUrl, String database) {
        if (!jdbcUrl.startsWith(PREFIX) || jdbcUrl.length() == PREFIX.length()) {
            throw new IllegalArgumentException("expected a URL of the form jdbc:postgresql://host[:port][/database][?parameters]");
        }
        int query = jdbcUrl.indexOf('?');
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        String withoutParameters = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        int slash = withoutParameters.indexOf('/', PREFIX.length());
        String server = slash < 0 ? withoutParameters : withoutParameters.substring(0, slash);
        return server + "/" + database + parameters;
    }
}
