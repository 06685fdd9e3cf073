package com.kaoping.assessment;

import com.kaoping.org.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads and corrections for neighbouring features (cycles, ranking, objections). */
public interface Assessments {

    /** The newest locked revision of every locked assessment of a cycle. */
    List<LockedResult> lockedResults(long cycleId);

    /**
     * The whole assessment for a report; check {@link AssessmentAccess#checkReadable} first.
     *
     * @throws com.kaoping.web.NotFoundException no such assessment
     */
    AssessmentRecord record(long assessmentId);

    /**
     * Every locked assessment of a cycle, by branch code, handed over one at a time and read in pages, so a caller
     * writing them out never holds the whole cycle.
     */
    void forEachLocked(long cycleId, Consumer<LockedFindings> each);

    /** How many assessments of the cycle exist, and how many are locked. */
    Map<String, Integer> counts(long cycleId);

    /**
     * Per assessment of the cycle with findings in the department's indicators: how many the branch reported and
     * what they cost (docs/scale.md, the reviewer's workbench). Assessments without any are left out.
     */
    List<DepartmentFindings> departmentFindings(long cycleId, String department);

    /**
     * The figures of every assessment of the cycle not locked yet, by branch code: totals, bonuses and the vetoes
     * proposed (docs/scale.md, the leadership group's summary). Three narrow queries, whatever the number of branches.
     */
    List<ConfirmationFigures> confirmationFigures(long cycleId);

    /** The decisions taken in the cycle, per step and department (the cycle dashboard). */
    List<DecisionCount> decisionCounts(long cycleId);

    /** Records a correction as a new locked revision; the old revisions stay. */
    LockedResult correct(long assessmentId, Correction correction, UserAccount by);
}
