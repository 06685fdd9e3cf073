/**
 * Quarterly cycles: opening one for the branches taking part, progress per stage, publication, objections and
 * the ranking. Public API: {@link com.kaoping.cycle.CycleRouting}, {@link com.kaoping.cycle.CycleLifecycle}
 * (asked by the BPMN models) and {@link com.kaoping.cycle.CycleProcesses} (the engine side, implemented by workflow).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cycles",
        allowedDependencies = {"assessment", "org", "scoring", "security", "standard", "web"})
package com.kaoping.cycle;
