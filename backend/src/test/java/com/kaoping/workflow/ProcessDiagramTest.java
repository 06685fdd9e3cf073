package com.kaoping.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models are valid BPMN 2.0 (schema-checked) and every element has its diagram shape or edge, so they open
 * in Camunda Modeler as drawn.
 */
class ProcessDiagramTest {

    @ParameterizedTest
    @ValueSource(strings = {"processes/assessment.bpmn", "processes/cycle.bpmn", "processes/rectification.bpmn"})
    void everyElementIsDrawn(String resource) throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);

        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
                .map(BaseElement::getId)
                .collect(Collectors.toSet());
        Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                .map(BaseElement::getId)
                .collect(Collectors.toSet());

        assertThat(nodes).isNotEmpty();
        assertThat(shapes).as("flow nodes without a shape").containsAll(nodes);
        assertThat(edges).as("sequence flows without an edge").containsAll(flows);
    }
}
