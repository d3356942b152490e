package io.quotetrail.stack;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @Test
    void createsDatabaseWithTrigramExtensionAndAcceptsRepeatedCreate() throws Exception {
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            server.createDatabase("probe").createDatabase("probe");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("probe"), server.username(), server.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT similarity('military friendship', 'militant friendship')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDouble(1)).isBetween(0.5, 1.0);
            }
        }
    }

    @Test
    void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            assertThatThrownBy(() -> server.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
