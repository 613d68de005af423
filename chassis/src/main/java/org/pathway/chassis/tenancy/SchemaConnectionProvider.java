package org.pathway.chassis.tenancy;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Sets the schema when a connection is borrowed and resets it when the connection is given back. */
final class SchemaConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;
    private final String schema;

    SchemaConnectionProvider(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        // After a rollback the pool may already have taken the connection back; the rollback
        // undid the SET of search_path too, so there is nothing left to reset.
        if (connection.isClosed()) {
            return;
        }
        try {
            connection.setSchema(SiteIds.NO_SITE_SCHEMA);
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this) || unwrapType.isInstance(dataSource);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return (T) this;
        }
        if (unwrapType.isInstance(dataSource)) {
            return (T) dataSource;
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType.getName());
    }
}
