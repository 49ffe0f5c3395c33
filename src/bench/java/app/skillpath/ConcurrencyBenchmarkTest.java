package app.skillpath;

import app.skillpath.account.Account;
import app.skillpath.account.AccountService;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.RatingChange;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static app.skillpath.account.TestAccounts.logIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 simulated users, one thread and one login each, rate skills and tick plan steps for a minute
 * against the real database (through the services the UI calls). Afterwards every user's stored
 * ratings and history must match exactly what their thread wrote. Run: ./mvnw -Pbench verify
 */
@SpringTest
class ConcurrencyBenchmarkTest {

    static final int USERS = Integer.getInteger("bench.users", 200);
    static final long DURATION_MS = Long.getLong("bench.millis", 60_000);
    static final List<String> SKILLS = List.of("programming", "ml-frameworks", "data-structures-algorithms", "statistics",
            "mathematics", "cloud-computing", "data-science-foundations", "data-science-tools", "team-leadership",
            "communication-collaboration", "business-strategy");

    @Autowired
    AccountService accountService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    PlanService planService;

    @Test
    void two_hundred_users_for_a_minute_without_errors_or_lost_writes() throws Exception {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            accounts.add(accountService.signUp("load-" + i + "-" + System.nanoTime(), null, "a long enough password", "a long enough password"));
        }
        List<Long> durationsMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ratings = new AtomicInteger();
        AtomicInteger ticks = new AtomicInteger();
        Map<Long, Map<String, Integer>> lastWritten = new ConcurrentHashMap<>();
        Map<Long, Integer> ratingsWritten = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(USERS);
        long end = System.currentTimeMillis() + DURATION_MS;

        for (Account account : accounts) {
            Thread.ofPlatform().start(() -> {
                Random random = new Random(account.id());
                logIn(account);
                Map<String, Integer> mine = new HashMap<>();
                int written = 0;
                try {
                    planService.createPlan("data-science-manager", 1 + random.nextInt(40));
                    while (System.currentTimeMillis() < end) {
                        long start = System.nanoTime();
                        if (random.nextInt(4) > 0) {
                            String skill = SKILLS.get(random.nextInt(SKILLS.size()));
                            int level = random.nextInt(5);
                            assessmentService.rate(skill, level);
                            mine.put(skill, level);
                            written++;
                            ratings.incrementAndGet();
                        } else {
                            List<PlanStep> steps = planService.myPlan("data-science-manager").orElseThrow().steps();
                            PlanStep step = steps.get(random.nextInt(steps.size()));
                            planService.updateStep(step.id(), step.version(),
                                    StepStatus.values()[random.nextInt(StepStatus.values().length)], "tick " + written);
                            ticks.incrementAndGet();
                        }
                        durationsMicros.add((System.nanoTime() - start) / 1000);
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    lastWritten.put(account.id(), mine);
                    ratingsWritten.put(account.id(), written);
                    SecurityContextHolder.clearContext();
                    done.countDown();
                }
            });
        }
        done.await();

        int lost = 0;
        for (Account account : accounts) {
            logIn(account);
            Map<String, Integer> stored = assessmentService.mine().levels();
            List<RatingChange> history = assessmentService.myHistory();
            if (!stored.equals(lastWritten.get(account.id())) || history.size() != ratingsWritten.get(account.id())) {
                lost++;
            }
        }
        SecurityContextHolder.clearContext();

        List<Long> sorted = new ArrayList<>(durationsMicros);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) (sorted.size() * 0.95));
        String report = String.format("""
                | figure | value |
                |---|---|
                | users (threads, one login each) | %d |
                | duration | %d s |
                | ratings saved | %d |
                | plan steps ticked | %d |
                | actions per second | %.0f |
                | errors | %d |
                | users whose stored ratings or history differ from what they wrote | %d |
                | server time per action, median | %.1f ms |
                | server time per action, p95 | %.1f ms |
                """, USERS, DURATION_MS / 1000, ratings.get(), ticks.get(), (ratings.get() + ticks.get()) * 1000.0 / DURATION_MS,
                errors.get(), lost, p50 / 1000.0, p95 / 1000.0);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/concurrency.md"), report);
        System.out.println(report);

        assertThat(errors.get()).isZero();
        assertThat(lost).isZero();
    }

}
