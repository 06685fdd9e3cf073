/**
 * 整改 (rectification, docs/rectification.md): every clause that cost points in a locked result opens an item; the
 * branch plans its measures ({@code rectificationPlan}), each owning department checks them
 * ({@code rectificationCheck}), and the next quarter's forms show each clause's last item. Never changes a locked
 * result. Public API: {@link com.kaoping.rectification.Rectifications} (items as a reader may see them),
 * {@link com.kaoping.rectification.RectificationRouting} (asked by the BPMN model through workflow) and the
 * {@link com.kaoping.rectification.RectificationOpened} event (workflow starts the process).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rectification (整改)",
        allowedDependencies = {"assessment", "cycle", "org", "ownership", "scoring", "security", "standard", "web"})
package com.kaoping.rectification;
