package app.skillpath.target;

import app.skillpath.AllAtOnce;
import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-user limits under parallel requests: through the service (the account lock) and at the database alone. */
@SpringTest
class TargetLimitRaceTest {

    @Autowired
    TargetService targetService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    @Autowired
    PlatformTransactionManager transactions;

    private Account alice;

    @BeforeEach
    void logInAlice() {
        alice = testAccounts.create("races");
        logIn(alice);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static TargetDraft draft(String title) {
        return new TargetDraft(title, "", "", "", List.of(TargetDraft.SkillDraft.catalog("statistics", 3, 3, true)),
                Optional.empty(), List.of());
    }

    @Test
    void parallel_creates_past_the_hundredth_target_store_exactly_a_hundred_and_refuse_the_rest_with_the_message() throws Exception {
        for (int i = 0; i < TargetService.MAX_TARGETS - 3; i++) {
            targetService.create(draft("T" + i));
        }

        List<String> outcomes = AllAtOnce.run(6, i -> () -> {
            logIn(alice);
            try {
                targetService.create(draft("Parallel " + i));
                return "saved";
            } catch (TargetException refused) {
                return refused.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(outcomes).filteredOn("saved"::equals).hasSize(3);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("saved")).hasSize(3)
                .allSatisfy(message -> assertThat(message).contains("100 targets, the most Skillpath keeps"));
        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isEqualTo(TargetService.MAX_TARGETS);
    }

    /**
     * Two transactions that skip the service (a future path, a script) each add the 100th target: the second must
     * wait for the first and then be refused, not count 100 without the other's uncommitted row and store a 101st.
     */
    @Test
    void the_database_alone_keeps_a_hundred_targets_and_two_hundred_own_skills_when_two_transactions_insert_at_once() throws Exception {
        for (int i = 0; i < TargetService.MAX_TARGETS - 1; i++) {
            dsl.insertInto(TARGET, TARGET.OWNER_ID, TARGET.TITLE).values(alice.id(), "T" + i).execute();
        }
        for (int i = 0; i < TargetService.MAX_CUSTOM_SKILLS - 1; i++) {
            dsl.insertInto(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID, CUSTOM_SKILL.NAME).values(alice.id(), "S" + i).execute();
        }

        assertThat(racedInserts(() -> dsl.insertInto(TARGET, TARGET.OWNER_ID, TARGET.TITLE).values(alice.id(), "Raced").execute(),
                () -> dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))))
                .contains("at most 100 targets");
        assertThat(racedInserts(() -> dsl.insertInto(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID, CUSTOM_SKILL.NAME)
                .values(alice.id(), "Raced " + System.nanoTime()).execute(),
                () -> dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(alice.id()))))
                .contains("at most 200 custom skills");

        assertThat(dsl.fetchCount(TARGET, TARGET.OWNER_ID.eq(alice.id()))).isEqualTo(TargetService.MAX_TARGETS);
        assertThat(dsl.fetchCount(CUSTOM_SKILL, CUSTOM_SKILL.OWNER_ID.eq(alice.id()))).isEqualTo(TargetService.MAX_CUSTOM_SKILLS);
    }

    /** The first insert stays uncommitted while the second runs; returns how the second ended. */
    private String racedInserts(Runnable insert, IntSupplier committed) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // threads of their own: the common pool may have a single thread on a small machine, which would run them in turn
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int before = committed.getAsInt();
            CountDownLatch firstInserted = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                insert.run();
                firstInserted.countDown();
                try {
                    // long enough for the second insert to reach its limit check while this row is not committed
                    secondStarted.await(10, TimeUnit.SECONDS);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), threads);
            assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(committed.getAsInt()).as("the first insert is not committed yet").isEqualTo(before);
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
                secondStarted.countDown();
                try {
                    transaction.executeWithoutResult(status -> insert.run());
                    return "stored";
                } catch (RuntimeException refused) {
                    return String.valueOf(refused.getMessage());
                }
            }, threads);
            first.get(30, TimeUnit.SECONDS);
            return second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }
}
