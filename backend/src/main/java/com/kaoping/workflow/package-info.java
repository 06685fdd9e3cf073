/**
 * Kaoping's side of the Camunda engine: start order, process deployment, delegates and listeners named in
 * the BPMN models (the rectification process is started here when a locked result opens items). Engine-specific
 * code stays in this feature.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workflow (Camunda)",
        allowedDependencies = {"assessment", "audit", "cycle", "notification", "org", "rectification", "security", "web"
        })
package com.kaoping.workflow;
