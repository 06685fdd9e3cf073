package com.kaoping.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN models from classpath {@code processes/} under their bare file names. Camunda's own
 * auto-deployment is off because it names resources by path, which differs between an IDE run and the fat jar
 * and would create a new deployment on every switch. Runs as an engine plugin right after the engine is built,
 * so the definitions exist before any application runner or request can start a process.
 */
@Component
class ProcessDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "kaoping";
    static final String LOCATION = "classpath*:processes/*.bpmn";

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final ResourcePatternResolver resolver =
            new PathMatchingResourcePatternResolver(ProcessDeployer.class.getClassLoader());

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        deploy(processEngine.getRepositoryService());
    }

    /** Deploys what changed since the last deployment; identical resources are filtered out. */
    DeploymentWithDefinitions deploy(RepositoryService repository) {
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        try {
            Resource[] resources = resolver.getResources(LOCATION);
            if (resources.length == 0) {
                throw new IllegalStateException("No process models found at " + LOCATION);
            }
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    builder.addInputStream(resource.getFilename(), in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process models at " + LOCATION, e);
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info(
                "Process models deployed: {} new definition(s) in deployment {}",
                deployment.getDeployedProcessDefinitions() == null
                        ? 0
                        : deployment.getDeployedProcessDefinitions().size(),
                deployment.getId());
        return deployment;
    }
}
