package com.kaoping.rectification;

import java.util.List;

/**
 * The rectification process's routing questions, answered from the items that the task steps wrote in the same
 * transaction; asked by the workflow feature's gateway bean {@code rectificationRouting}.
 */
public interface RectificationRouting {

    /** Departments with items planned and waiting for their check, in a stable order (possibly none). */
    List<String> checkDepartments(long assessmentId);

    /** Was any item returned to the branch in the check round just finished? */
    boolean anyReturned(long assessmentId);
}
