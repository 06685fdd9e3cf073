package com.kaoping.assessment;

import com.kaoping.scoring.ExplanationLine;
import com.kaoping.scoring.ScoreCard;

/**
 * What one reader may see of one assessment (docs/security.md §5, least privilege for reviewers): a reviewer sees
 * every indicator's totals, but clause-level material — findings, notes, bonuses, decisions, explanation lines,
 * secondary indicators — only of the indicators its own department owns, and corrections without their reasons;
 * everyone else who may read the assessment sees all of it. The one rule behind GET /api/assessments/{id}, the
 * evidence list and the downloads (docs/reports.md); obtained from {@link MaterialVisibility#scope}.
 */
public interface MaterialScope {

    /** True when the reader sees less than everything (a reviewer). */
    boolean limited();

    /** Material that belongs to a department (a finding, a bonus, a decision): the reader's own department's only. */
    boolean sees(String department);

    /** A clause of the standard: of an indicator the reader's department owns. */
    boolean seesClause(String clauseId);

    /** A primary indicator's clause-level detail (its secondaries and rules), beyond its total. */
    boolean seesIndicator(String primary);

    /** A line of a score card's explanation: the clause's department, else the primary indicator's; a veto's all. */
    boolean seesLine(ExplanationLine line);

    /**
     * The score card as the reader may see it: every indicator with its total; secondary indicators, explanation
     * lines and bonus caps of the visible indicators only. Null stays null.
     */
    ScoreCard limit(ScoreCard card);

    /**
     * An assessment's record as the reader may see it (the reports' source): findings and bonuses of its department,
     * every score card limited as {@link #limit(ScoreCard)}, revisions without their reasons and the leadership
     * group's approvals without their comments when limited; vetoes, who signed off and when stay.
     */
    AssessmentRecord limit(AssessmentRecord record);
}
