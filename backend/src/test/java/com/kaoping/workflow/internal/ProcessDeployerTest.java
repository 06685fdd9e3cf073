package com.kaoping.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("own-engine")
class ProcessDeployerTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    @AfterEach
    void removeDeployments() {
        RepositoryService repository = engine.getRepositoryService();
        repository
                .createDeploymentQuery()
                .deploymentName(ProcessDeployer.DEPLOYMENT_NAME)
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void deploysEveryModelUnderStableNamesAndOnlyOnce() {
        RepositoryService repository = engine.getRepositoryService();
        ProcessDeployer deployer = new ProcessDeployer();

        deployer.deploy(repository);
        deployer.deploy(repository);

        List<Deployment> deployments =
                repository.createDeploymentQuery().deploymentName("kaoping").list();
        assertThat(deployments).hasSize(1);
        assertThat(repository.getDeploymentResources(deployments.get(0).getId()))
                .extracting(Resource::getName)
                .containsExactlyInAnyOrder("assessment.bpmn", "cycle.bpmn", "rectification.bpmn");
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey() + ":" + d.getVersion())
                .containsExactlyInAnyOrder("assessment:1", "cycle:1", "rectification:1");
    }

    @Test
    void deploysAtEngineStart() {
        new ProcessDeployer().postProcessEngineBuild(engine.getProcessEngine());
        assertThat(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("cycle")
                        .count())
                .isOne();
    }
}
