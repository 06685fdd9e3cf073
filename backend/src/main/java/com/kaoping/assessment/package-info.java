/**
 * Assessments: one per branch and cycle, with findings, bonuses, vetoes, score cards at each review step, the
 * locked, hash-chained result and its corrections; and the task API through which every role works on them.
 * Public API: {@link com.kaoping.assessment.Assessments}, {@link com.kaoping.assessment.AssessmentAccess},
 * {@link com.kaoping.assessment.AssessmentLifecycle}, {@link com.kaoping.assessment.AssessmentRouting},
 * {@link com.kaoping.assessment.MaterialVisibility} (what a reviewer may see), the
 * {@link com.kaoping.assessment.AssessmentLocked} and {@link com.kaoping.assessment.AssessmentCorrected} events
 * (published in the locking or correcting transaction),
 * and the {@link com.kaoping.assessment.TaskStep} SPI for tasks of other processes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessments",
        allowedDependencies = {"notification", "org", "ownership", "scoring", "security", "standard", "web"})
package com.kaoping.assessment;
