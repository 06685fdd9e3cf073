package com.kaoping.rectification.internal;

/** The states of a rectification item (docs/rectification.md, "States"). */
enum ItemState {
    /** opened by the lock; the branch has not submitted its plan yet. */
    OPEN,
    /** the branch submitted measures; the owning department checks them. */
    PLANNED,
    /** the department returned the measures with a reason; back to the branch, this item only. */
    RETURNED,
    /** accepted by the department: read-only from now on. */
    CLOSED;

    /** The branch plans an item in these states. */
    boolean awaitsPlan() {
        return this == OPEN || this == RETURNED;
    }
}
