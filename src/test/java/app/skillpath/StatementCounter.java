package app.skillpath;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the SQL statements jOOQ executes in tests (registered with Spring Boot's jOOQ configuration). */
@Configuration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();

    public static void reset() {
        COUNT.set(0);
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
            }
        });
    }
}
