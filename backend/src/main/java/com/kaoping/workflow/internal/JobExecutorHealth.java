package com.kaoping.workflow.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the job executor ({@code jobs} in /actuator/health): DOWN when this node should acquire jobs and
 * its acquisition thread is not running. Failed jobs (no retries left) and open incidents are details, not a
 * reason to take the node out of the load balancer: they need an operator, not a restart (docs/operations.md).
 */
@Component("jobsHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngine engine;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final boolean enabled;

    JobExecutorHealth(ProcessEngine engine, CamundaBpmProperties properties) {
        this.engine = engine;
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
        this.enabled = properties.getJobExecution().isEnabled();
    }

    @Override
    public Health health() {
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean acquiring = executor != null && executor.isActive();
        Health.Builder health = !enabled || acquiring ? Health.up() : Health.down();
        return health.withDetail("enabled", enabled)
                .withDetail("acquisitionRunning", acquiring)
                .withDetail("lockOwner", executor == null ? "" : executor.getLockOwner())
                .withDetail(
                        "failedJobs",
                        management.createJobQuery().noRetriesLeft().count())
                .withDetail("openIncidents", runtime.createIncidentQuery().count())
                .build();
    }
}
