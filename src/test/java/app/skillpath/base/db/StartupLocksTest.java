package app.skillpath.base.db;

import app.skillpath.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The Liquibase start-up lock lives exactly as long as the connection Liquibase holds, and never stays in the pool. */
@SpringTest
class StartupLocksTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_liquibase_connection_holds_the_lock_until_it_is_closed_and_the_pooled_connection_is_free_again() throws Exception {
        StartupLocks.LockingDataSource locking = new StartupLocks.LockingDataSource(dataSource);
        try (Connection other = dataSource.getConnection()) {
            try (Connection liquibase = locking.getConnection()) {
                assertThat(liquibase.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(tryLock(other)).as("another node's attempt while Liquibase runs").isFalse();
            }
            assertThat(tryLock(other)).as("after Liquibase closed its connection").isTrue();
            unlock(other);
        }
        // every pooled connection is free of the lock: none of them may still hold it for the next node
        try (Connection pooled = dataSource.getConnection(); Statement sql = pooled.createStatement();
             ResultSet held = sql.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and objid = "
                     + (StartupLocks.LIQUIBASE & 0xffffffffL) + " and classid = " + (StartupLocks.LIQUIBASE >>> 32))) {
            held.next();
            assertThat(held.getInt(1)).isZero();
        }
    }

    @Test
    void a_liquibase_transaction_left_open_and_failed_still_releases_the_lock() throws Exception {
        StartupLocks.LockingDataSource locking = new StartupLocks.LockingDataSource(dataSource);
        try (Connection other = dataSource.getConnection()) {
            try (Connection liquibase = locking.getConnection()) {
                liquibase.setAutoCommit(false);
                try (Statement sql = liquibase.createStatement()) {
                    sql.execute("select 1 / 0");
                } catch (SQLException expected) {
                    // the transaction is now aborted: PostgreSQL refuses every statement until a rollback
                }
            }
            assertThat(tryLock(other)).isTrue();
            unlock(other);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet tried = sql.executeQuery("select pg_try_advisory_lock(" + StartupLocks.LIQUIBASE + ")")) {
            tried.next();
            return tried.getBoolean(1);
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("select pg_advisory_unlock(" + StartupLocks.LIQUIBASE + ")");
        }
    }
}
