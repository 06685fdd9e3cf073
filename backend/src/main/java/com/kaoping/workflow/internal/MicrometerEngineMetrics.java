package com.kaoping.workflow.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the engine's own metrics (job acquisition, executed and failed jobs, activity instances, …) in Micrometer
 * as well, as {@code camunda.<name>} (e.g. {@code camunda_job_successful_total} for Prometheus), per node and as
 * they happen. The engine's meter log in the database stays as it was: it reports every few minutes, for the
 * whole cluster, which suits Cockpit but not a scrape.
 */
@Component
@RequiredArgsConstructor
class MicrometerEngineMetrics extends AbstractProcessEnginePlugin {

    private final MeterRegistry meters;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingRegistry(meters));
    }

    /** The engine marks every occurrence through {@link #markOccurrence(String, long)}. */
    static final class CountingRegistry extends MetricsRegistry {

        private final MeterRegistry meters;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingRegistry(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            counters.computeIfAbsent(
                            name,
                            n -> Counter.builder("camunda." + n.replace('-', '.'))
                                    .description("Camunda engine metric " + n + " on this node")
                                    .register(meters))
                    .increment(times);
        }
    }
}
