package app.skillpath;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the SQL statements jOOQ executes in tests (registered with Spring Boot's jOOQ configuration). */
@Configuration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    /** The statements counted since the last reset, for a failing count's message. */
    private static final List<String> SQL = new CopyOnWriteArrayList<>();

    public static void reset() {
        COUNT.set(0);
        SQL.clear();
    }

    public static List<String> statements() {
        return List.copyOf(SQL);
    }

    public static int count() {
        return COUNT.get();
    }

    @Bean
    ExecuteListenerProvider statementCountingListener() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                COUNT.incrementAndGet();
                SQL.add(String.valueOf(context.sql()));
            }
        });
    }
}
