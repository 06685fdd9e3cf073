package com.kaoping.rectification;

import java.util.List;

/**
 * The rectification process's routing questions, answered from the items that the task steps wrote in the same
 * transaction; asked by the workflow feature's gateway bean {@code rectificationRouting}.
 */
public interface RectificationRouting {

    /** Departments with items planned and waiting for their check, in a stable order (possibly none). */
    List<String> checkDepartments(long assessmentId);

    /**
     * After a check round: does any item wait for the branch's plan — returned by a department, or opened meanwhile by
     * a correction of the result?
     */
    boolean anyAwaitingPlan(long assessmentId);
}
