package app.skillpath.base.db;

import app.skillpath.AllAtOnce;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogLoader;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogRepository;
import app.skillpath.catalog.CatalogService;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.integration.spring.SpringLiquibase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.skillpath.db.generated.Tables.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What two nodes starting together on one empty database do, in one JVM and without the web parts: each node's
 * Liquibase (set up as Spring Boot sets it up, through the start-up lock's post-processor) and then each node's
 * catalog install, with its own connection pool, released at the same moment. Without the Liquibase start-up lock
 * this failed ("An error occurred while attempting to create the database changelog table": two nodes created it at
 * once). Without the catalog lock it passed (the upserts wait for each other on the first row both write): that lock
 * is for the steps around them, see CatalogRepository.replace. TwoNodesIT does the same with two real processes.
 */
class SimultaneousStartTest {

    private static final int NODES = 3;

    @TempDir
    Path dataDirectory;

    @Test
    void nodes_starting_together_on_an_empty_database_each_migrate_and_install_the_catalog_without_colliding() throws Exception {
        Catalog catalog = CatalogParser.parse(CatalogLoader.readSources("classpath*:db/catalog/**/*.yaml"));
        List<HikariDataSource> pools = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, true)) {
            for (int i = 0; i < NODES; i++) {
                pools.add(pool(postgres, i));
            }

            List<String> migrated = AllAtOnce.run(NODES, i -> () -> {
                SpringLiquibase liquibase = new SpringLiquibase();
                liquibase.setDataSource(pools.get(i));
                liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
                liquibase.setResourceLoader(new DefaultResourceLoader());
                SpringLiquibase prepared = (SpringLiquibase) StartupLocks.liquibaseUnderAdvisoryLock()
                        .postProcessBeforeInitialization(liquibase, "liquibase");
                prepared.afterPropertiesSet();
                return "node " + i;
            });
            assertThat(migrated).hasSize(NODES);

            List<Integer> installed = AllAtOnce.run(NODES, i -> () -> {
                var dsl = DSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES)
                        .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(pools.get(i)))));
                CatalogService service = new CatalogService(new CatalogRepository(dsl));
                // as the Spring proxy would run CatalogService.install: one transaction
                new TransactionTemplate(new DataSourceTransactionManager(pools.get(i)))
                        .executeWithoutResult(status -> service.install(catalog));
                return service.roles().size();
            });

            assertThat(installed).containsOnly(catalog.roles().size());
            assertThat(DSL.using(pools.getFirst(), SQLDialect.POSTGRES).fetchCount(ROLE)).isEqualTo(catalog.roles().size());
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    private HikariDataSource pool(EmbeddedPostgres postgres, int node) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedDatabaseConfiguration.jdbcUrl(postgres.getPort()));
        pool.setUsername(DatabaseCredentials.APP_ROLE);
        pool.setPassword(DatabaseCredentials.read(dataDirectory).orElseThrow().appPassword());
        pool.setPoolName("node-" + node);
        pool.setMaximumPoolSize(2);
        return pool;
    }
}
