package app.skillpath.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Skillpath's own meters, all named here (the README's metrics table is read from this class). Every meter is
 * registered when the application starts, each tag value included, so that a scrape lists every name with 0 before
 * anything has happened and a dashboard never waits for a first event to find its series.
 * <p>
 * Names are Micrometer's dotted names; Prometheus shows them with {@code _} for the dots, {@code _total} after a
 * counter, {@code _seconds_count}/{@code _seconds_sum}/{@code _seconds_max} after a timer. Tag values are fixed words,
 * never anything a user typed (no usernames, no role or skill keys). The counts are per node, like every Micrometer
 * meter: a dashboard sums them over the nodes.
 * <p>
 * An action is counted once it is confirmed: inside a transaction, after that transaction commits (a refusal or a
 * rollback counts nothing), outside one, when the service returns.
 */
@Component
public class SkillpathMetrics {

    public static final String SIGN_UPS = "skillpath.signups";
    public static final String LOGINS = "skillpath.logins";
    public static final String RATINGS_SAVED = "skillpath.ratings.saved";
    /** Not "plans.created": Prometheus drops a trailing {@code _created} from a counter's name (OpenMetrics reserves it). */
    public static final String PLANS_CREATED = "skillpath.plan.creations";
    public static final String STEPS_COMPLETED = "skillpath.plan.steps.completed";
    public static final String IMPORTS = "skillpath.imports";
    public static final String VAADIN_SESSIONS = "skillpath.vaadin.sessions.active";
    public static final String VAADIN_UIS = "skillpath.vaadin.uis.active";

    public static final String OUTCOME = "outcome";

    /** How a login attempt ended: the values of the {@value #OUTCOME} tag of {@value #LOGINS}. */
    public enum LoginOutcome {
        SUCCEEDED, FAILED, LOCKED_OUT;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How an import ended: the values of the {@value #OUTCOME} tag of {@value #IMPORTS}. */
    public enum ImportOutcome {
        ACCEPTED, REFUSED;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Counter signUps;
    private final Map<LoginOutcome, Counter> logins = new EnumMap<>(LoginOutcome.class);
    private final Counter ratingsSaved;
    private final Counter plansCreated;
    private final Counter stepsCompleted;
    private final Map<ImportOutcome, Timer> imports = new EnumMap<>(ImportOutcome.class);
    private final AtomicInteger vaadinSessions = new AtomicInteger();
    private final AtomicInteger vaadinUis = new AtomicInteger();

    public SkillpathMetrics(MeterRegistry registry) {
        this.registry = registry;
        signUps = Counter.builder(SIGN_UPS)
                .description("Accounts created (sign-ups whose account was stored)")
                .register(registry);
        for (LoginOutcome outcome : LoginOutcome.values()) {
            logins.put(outcome, Counter.builder(LOGINS)
                    .description("Login attempts by outcome: succeeded (a sign-up's automatic login included), failed "
                            + "(wrong username or password, or the check could not be made), locked_out (refused unchecked "
                            + "while the username is locked)")
                    .tag(OUTCOME, outcome.tag())
                    .register(registry));
        }
        ratingsSaved = Counter.builder(RATINGS_SAVED)
                .description("Skill ratings saved: a catalog skill or a skill of the user's own rated or cleared, or a "
                        + "reviewer's level adopted")
                .register(registry);
        plansCreated = Counter.builder(PLANS_CREATED)
                .description("Learning plans created from the plan page (imported plans are not counted)")
                .register(registry);
        stepsCompleted = Counter.builder(STEPS_COMPLETED)
                .description("Plan steps marked done by their user (a step already done and saved again is not counted)")
                .register(registry);
        for (ImportOutcome outcome : ImportOutcome.values()) {
            imports.put(outcome, Timer.builder(IMPORTS)
                    .description("Imports of a Skillpath data file by outcome and how long they took: accepted (stored "
                            + "whole) or refused (the file or the account did not qualify; nothing stored)")
                    .tag(OUTCOME, outcome.tag())
                    .register(registry));
        }
        Gauge.builder(VAADIN_SESSIONS, vaadinSessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node (a visitor's browser, logged in or not)")
                .register(registry);
        Gauge.builder(VAADIN_UIS, vaadinUis, AtomicInteger::get)
                .description("Vaadin UIs open on this node (about one per browser tab; one that misses three heartbeats "
                        + "is dropped)")
                .register(registry);
    }

    public void signedUp() {
        afterCommit(signUps::increment);
    }

    /** Called for every authentication the login's {@code AuthenticationManager} decided (see {@link LoginEvents}). */
    public void loginAttempted(LoginOutcome outcome) {
        logins.get(outcome).increment();
    }

    public void ratingSaved() {
        afterCommit(ratingsSaved::increment);
    }

    public void planCreated() {
        afterCommit(plansCreated::increment);
    }

    public void stepCompleted() {
        afterCommit(stepsCompleted::increment);
    }

    /** The start of an import, to be ended with {@link #importEnded}. */
    public Timer.Sample importStarted() {
        return Timer.start(registry);
    }

    /**
     * An accepted import is recorded when its transaction commits (a rollback after the checks records nothing); a
     * refused one at once, since its refusal already means that nothing is stored.
     */
    public void importEnded(Timer.Sample started, ImportOutcome outcome) {
        Timer timer = imports.get(outcome);
        if (outcome == ImportOutcome.ACCEPTED) {
            afterCommit(() -> started.stop(timer));
        } else {
            started.stop(timer);
        }
    }

    public void vaadinSessionStarted() {
        vaadinSessions.incrementAndGet();
    }

    public void vaadinSessionEnded() {
        vaadinSessions.decrementAndGet();
    }

    public void vaadinUiOpened() {
        vaadinUis.incrementAndGet();
    }

    public void vaadinUiClosed() {
        vaadinUis.decrementAndGet();
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
