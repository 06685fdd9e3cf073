/**
 * Kaoping's side of the Camunda engine: start order, process deployment, delegates and listeners named in
 * the BPMN models. Engine-specific code stays in this feature.
 */
package com.kaoping.workflow;
