package com.kaoping.org;

/** What a user may do (docs/domain.md, "Roles"). */
public enum Role {
    /** fills in its own branch's self-assessment and bonus declarations. */
    BRANCH,
    /** reviews the indicators its department owns, for every branch. */
    REVIEWER,
    /** the leadership group: confirms, vetoes, returns, publishes, answers objections, reads everything. */
    LEADER,
    /** keeps the organisation, users, standards and cycles; reaches the Camunda web apps. */
    ADMIN
}
