/**
 * Quarterly cycles: opening one for the branches taking part, progress per stage, publication, objections and
 * the ranking. Public API: {@link com.kaoping.cycle.CycleRouting}, {@link com.kaoping.cycle.CycleLifecycle}
 * (asked by the BPMN models), {@link com.kaoping.cycle.CycleProcesses} (the engine side, implemented by workflow) and
 * {@link com.kaoping.cycle.CycleResults} (cycles and their rankings, read by reports).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cycles",
        allowedDependencies = {"assessment", "notification", "org", "scoring", "security", "standard", "web"})
package com.kaoping.cycle;
