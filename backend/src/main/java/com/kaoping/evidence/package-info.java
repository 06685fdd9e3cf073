/**
 * Evidence files attached to an assessment, a clause or a bonus rule: uploaded by the assessment's branch
 * until it is locked, read by whoever may read the assessment (see {@link com.kaoping.assessment.AssessmentAccess}).
 * The type of a file is detected from its content; the bytes are stored in the database.
 * No public API: everything goes through {@code /api/assessments/{id}/evidence} and {@code /api/evidence/{id}}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {"assessment", "org", "security", "web"})
package com.kaoping.evidence;
