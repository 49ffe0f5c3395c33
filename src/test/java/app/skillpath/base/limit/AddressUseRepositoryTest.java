package app.skillpath.base.limit;

import app.skillpath.MovableClock;
import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limits on the database: the same rules as {@link AddressLimitTest}, and exactly the limit's
 * uses granted to parallel requests from one address arriving at two nodes (two connection pools of their own).
 */
@SpringTest
class AddressUseRepositoryTest {

    @Autowired
    AddressUseRepository repository;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T10:00:00Z"));

    /** Each test its own limit name, so they do not see each other's uses. */
    private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_database_counts_a_sliding_hour_and_says_how_long_to_wait() {
        AddressLimit limit = new AddressLimit(name, 3, Duration.ofHours(1), clock, repository);
        for (int i = 0; i < 3; i++) {
            assertThat(take(limit, "203.0.113.7")).isEmpty();
            clock.move(Duration.ofMinutes(10));
        }

        assertThat(take(limit, "203.0.113.7")).contains(Duration.ofMinutes(30));
        assertThat(take(limit, "2001:db8:1:2::1")).as("another client").isEmpty();

        clock.set(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(take(limit, "203.0.113.7")).as("the first use is an hour old").isEmpty();
        assertThat(take(limit, "203.0.113.7")).contains(Duration.ofMinutes(10));
    }

    @Test
    void a_use_given_back_or_rolled_back_does_not_count() {
        AddressLimit limit = new AddressLimit(name, 1, Duration.ofHours(1), clock, repository);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThat(take(limit, "2001:db8:1:2::1").isEmpty()).isTrue();
        tx.executeWithoutResult(status -> limit.giveBack("2001:db8:1:2::2"));

        tx.executeWithoutResult(status -> {
            assertThat(limit.tryTake("2001:db8:1:2::3")).as("the network's use was given back").isTrue();
            status.setRollbackOnly();
        });

        assertThat(take(limit, "2001:db8:1:2::4").isEmpty()).as("the use was rolled back").isTrue();
        assertThat(take(limit, "2001:db8:1:2::5").isEmpty()).isFalse();
    }

    @Test
    void uses_older_than_the_period_are_purged() {
        AddressLimit limit = new AddressLimit(name, 5, Duration.ofHours(1), clock, repository);
        for (int i = 0; i < 100; i++) {
            String address = "203.0.113." + i;
            take(limit, address);
            clock.move(Duration.ofMinutes(3));
        }

        assertThat(repository.count(name)).isEqualTo(20);
    }

    @Test
    void parallel_requests_from_one_address_on_two_nodes_get_exactly_the_limit() throws Exception {
        int perPeriod = 5;
        try (HikariDataSource otherPool = secondPool()) {
            List<TransactionTemplate> nodeTransactions = List.of(new TransactionTemplate(transactions),
                    new TransactionTemplate(new DataSourceTransactionManager(otherPool)));
            List<AddressLimit> nodes = List.of(
                    new AddressLimit(name, perPeriod, Duration.ofHours(1), Clock.systemUTC(), repository),
                    new AddressLimit(name, perPeriod, Duration.ofHours(1), Clock.systemUTC(),
                            new AddressUseRepository(DSL.using(new DefaultConfiguration()
                                    .set(SQLDialect.POSTGRES)
                                    .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(otherPool)))))));

            List<Boolean> granted = AllAtOnce.run(16, i -> () ->
                    nodeTransactions.get(i % 2).execute(status -> nodes.get(i % 2).tryTake("198.51.100.20")));

            assertThat(granted.stream().filter(Boolean::booleanValue).count()).isEqualTo(perPeriod);
            assertThat(repository.count(name)).isEqualTo(perPeriod);
        }
    }

    /** One take in a transaction of its own, as FeedLimit takes it. */
    private Optional<Duration> take(AddressLimit limit, String address) {
        return new TransactionTemplate(transactions).execute(status -> limit.take(address));
    }

    /** A second node's own connection pool to the same database. */
    private HikariDataSource secondPool() {
        HikariDataSource first = (HikariDataSource) dataSource;
        HikariDataSource other = new HikariDataSource();
        other.setJdbcUrl(first.getJdbcUrl());
        other.setUsername(first.getUsername());
        other.setPassword(first.getPassword());
        other.setMaximumPoolSize(12);
        return other;
    }
}
