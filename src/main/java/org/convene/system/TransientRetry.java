package org.convene.system;

import java.time.Duration;
import java.util.function.Predicate;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transient store error (two concurrent writes deadlocking, {@code Neo.TransientError.*}, the
 * driver's {@link RetryableException}) is retried around the whole transaction, a few times with
 * a growing, jittered pause, instead of answering 5xx. The advice wraps every {@code
 * @Transactional} method of the application from outside the transaction (it is ordered before
 * Spring's transaction advice), and only the outermost one: a transactional method called inside
 * another's transaction runs once, and the outer one is retried whole. Anything else, such as a
 * conflict or a constraint violation, passes through at once.
 */
@Configuration(proxyBeanMethods = false)
class TransientRetry {

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    /** Attempts after the first. */
    static final int RETRIES = 10;

    private static final RetryPolicy POLICY = RetryPolicy.builder()
            .maxRetries(RETRIES)
            .delay(Duration.ofMillis(20))
            .multiplier(2)
            .jitter(Duration.ofMillis(15))
            .maxDelay(Duration.ofSeconds(1))
            .predicate(TransientRetry::isTransient)
            .build();

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientStoreErrorRetry() {
        ComposablePointcut transactional = new ComposablePointcut(
                        type -> type.getName().startsWith("org.convene."))
                .intersection(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, retrying());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static MethodInterceptor retrying() {
        RetryTemplate retry = new RetryTemplate(POLICY);
        retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                log.info(
                        "Retrying {} after a transient store error ({} of {}): {}",
                        retryable.getName(),
                        state.getRetryCount(),
                        RETRIES,
                        String.valueOf(state.getLastException()));
            }

            @Override
            public void onRetryPolicyExhaustion(RetryPolicy policy, Retryable<?> retryable, RetryException e) {
                // also called for a failure that is not retried at all (a conflict, a 400): say nothing then
                if (isTransient(e.getLastException())) {
                    log.warn(
                            "{} still failed after {} retries: {}",
                            retryable.getName(),
                            RETRIES,
                            e.getLastException().toString());
                }
            }
        });
        return invocation -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed(); // inside another transaction: that one is retried whole
            }
            String name = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            try {
                return retry.execute(new Retryable<Object>() {
                    @Override
                    public Object execute() throws Throwable {
                        return attempt(invocation).proceed();
                    }

                    @Override
                    public String getName() {
                        return name;
                    }
                });
            } catch (RetryException e) {
                throw e.getLastException() != null ? e.getLastException() : e.getCause();
            }
        };
    }

    /** Each attempt runs the rest of the chain afresh (the transaction advice and the method). */
    private static MethodInvocation attempt(MethodInvocation invocation) {
        return invocation instanceof ProxyMethodInvocation proxied ? proxied.invocableClone() : invocation;
    }

    /** Whether this failure, or one of its causes, is the store saying "try again". */
    static boolean isTransient(Throwable failure) {
        Predicate<Throwable> transientOne = t -> t instanceof RetryableException
                || t instanceof TransientDataAccessException
                || (t instanceof Neo4jException neo4j
                        && neo4j.code() != null
                        && neo4j.code().startsWith("Neo.TransientError."));
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (transientOne.test(t)) {
                return true;
            }
        }
        return false;
    }
}
