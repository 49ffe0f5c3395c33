package app.skillpath.base.db;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Two or more nodes started at the same moment on one empty PostgreSQL must not collide while they set the
 * database up. Liquibase's own lock does not cover its first steps: each node finds no databasechangelog /
 * databasechangeloglock table and creates it, and the second fails on "relation already exists" or a unique
 * violation (liquibase/liquibase#1588 on PostgreSQL, #5254 for the changelog table); with 4.33 it still failed so
 * here ("An error occurred while attempting to create the database changelog table", SimultaneousStartTest). So every
 * Liquibase connection first takes a session-level PostgreSQL advisory lock, held until Liquibase closes it: the
 * second node waits, then finds the changelog applied and has nothing to do. The catalog install takes
 * {@link #CATALOG} as a transaction-level lock for the same reason (see CatalogRepository.replace).
 * <p>
 * Harmless on the embedded default (one node per data directory): the lock is free and taken at once.
 */
@Configuration(proxyBeanMethods = false)
public class StartupLocks {

    private static final Logger log = LoggerFactory.getLogger(StartupLocks.class);

    /** The advisory lock keys (single 64-bit keys; the address limits use two 32-bit keys, a separate key space). */
    public static final long LIQUIBASE = 0x536b696c6c4c4231L;
    public static final long CATALOG = 0x536b696c6c436174L;

    /** Static: a post-processor must exist before the beans it processes, without this class's instance. */
    @Bean
    static BeanPostProcessor liquibaseUnderAdvisoryLock() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null
                        && !(liquibase.getDataSource() instanceof LockingDataSource)) {
                    liquibase.setDataSource(new LockingDataSource(liquibase.getDataSource()));
                }
                return bean;
            }
        };
    }

    /**
     * Hands out connections that hold {@link #LIQUIBASE} from when they are taken until they are closed, so the lock
     * is on Liquibase's own connection, ends with it (also when the update fails), and is never left on a connection
     * back in the pool.
     */
    static final class LockingDataSource extends DelegatingDataSource {

        LockingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = obtainTargetDataSource().getConnection();
            try {
                lock(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            unlockAndClose(connection);
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static void lock(Connection connection) throws SQLException {
            try (Statement sql = connection.createStatement()) {
                boolean free;
                try (ResultSet tried = sql.executeQuery("select pg_try_advisory_lock(" + LIQUIBASE + ")")) {
                    free = tried.next() && tried.getBoolean(1);
                }
                if (!free) {
                    log.info("Another node is migrating the database: waiting until it has finished");
                    sql.execute("select pg_advisory_lock(" + LIQUIBASE + ")");
                }
            }
            releaseStaleLiquibaseLock(connection);
        }

        /**
         * Every Liquibase run holds {@link #LIQUIBASE} from before it takes its own lock row until after it has released
         * it, so with that lock held here a taken row belongs to no running node: it is what a start killed half-way
         * through its migration (SIGKILL, the OOM killer, a power cut) left behind, or a backup taken while a start was migrating restored.
         * Liquibase would wait 5 minutes for it and then fail the start.
         */
        private static void releaseStaleLiquibaseLock(Connection connection) throws SQLException {
            try (Statement sql = connection.createStatement()) {
                try (ResultSet table = sql.executeQuery("select to_regclass('databasechangeloglock') is not null")) {
                    if (!table.next() || !table.getBoolean(1)) {
                        return; // a new database: Liquibase creates the table
                    }
                }
                try (ResultSet released = sql.executeQuery("with stale as (select id, lockgranted, lockedby from databasechangeloglock "
                        + "where locked for update) update databasechangeloglock held set locked = false, lockgranted = null, lockedby = null "
                        + "from stale where held.id = stale.id returning stale.lockgranted, stale.lockedby")) {
                    while (released.next()) {
                        log.warn("Released Liquibase's lock on the database schema, held since {} by {}: that start ended "
                                + "without finishing (a crash); Liquibase now checks and completes the schema", released.getObject(1),
                                released.getString(2));
                    }
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        }

        private static void unlockAndClose(Connection connection) throws SQLException {
            try {
                if (!connection.isClosed()) {
                    // a transaction Liquibase left aborted would refuse the unlock statement
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    try (Statement sql = connection.createStatement()) {
                        sql.execute("select pg_advisory_unlock(" + LIQUIBASE + ")");
                    }
                }
            } catch (SQLException e) {
                // the pool must not keep a connection that may still hold the lock: closing the session frees it
                log.warn("Could not release the Liquibase start-up lock ({}); dropping the connection", e.getMessage());
                connection.abort(Runnable::run);
            } finally {
                connection.close();
            }
        }
    }
}
