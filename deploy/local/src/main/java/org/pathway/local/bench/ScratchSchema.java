package org.pathway.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A throwaway schema in a service's database holding empty copies ({@code like ... including all}: columns,
 * defaults, identity, checks, indexes) of some of a site schema's tables, for the database ceilings. Dropped at
 * {@link #close()}, and by a shutdown hook if the bench is stopped before that.
 */
final class ScratchSchema implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final Thread dropOnExit;
    private boolean dropped;

    private ScratchSchema(String url, String user, String password, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
        this.dropOnExit = new Thread(this::drop, "bench-drop-" + name);
    }

    /**
     * @param copyOf the site schema whose tables are copied
     * @param extra  statements run after the copies ({@code %s} stands for the scratch schema)
     */
    static ScratchSchema create(String url, String user, String password, String name, String copyOf,
                                List<String> tables, List<String> extra) throws SQLException {
        if (!name.matches("bench_scratch_[a-z0-9_]+") || !copyOf.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected schema name " + name + " / " + copyOf);
        }
        ScratchSchema schema = new ScratchSchema(url, user, password, name);
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + name);
            Runtime.getRuntime().addShutdownHook(schema.dropOnExit);
            for (String table : tables) {
                statement.execute("create table " + name + "." + table + " (like " + copyOf + "." + table + " including all)");
            }
            for (String sql : extra) {
                statement.execute(sql.formatted(name));
            }
        } catch (SQLException | RuntimeException e) {
            schema.close();
            throw e;
        }
        return schema;
    }

    String name() {
        return name;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A connection whose search path is the scratch schema, autocommit off. */
    Connection connectToScratch() throws SQLException {
        Connection connection = connect();
        connection.setSchema(name);
        connection.setAutoCommit(false);
        return connection;
    }

    private synchronized void drop() {
        if (dropped) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
            dropped = true;
        } catch (SQLException e) {
            System.err.println("could not drop the scratch schema " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException | IllegalArgumentException notRegisteredOrExiting) {
            // Nothing to remove.
        }
    }
}
