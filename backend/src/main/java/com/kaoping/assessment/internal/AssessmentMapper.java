package com.kaoping.assessment.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The assessment aggregate: the assessment with its findings, bonuses, vetoes and round decisions. */
@Mapper
interface AssessmentMapper {

    AssessmentRow find(@Param("id") long id);

    /** Locks the assessment's row (and no other): task completions of one assessment run one after another. */
    Long lockRow(@Param("id") long id);

    /**
     * The assessment with its row locked for the transaction; the cycle's row it is read with stays unlocked, so
     * completions of different assessments of one cycle never wait on each other (docs/scale.md).
     */
    default AssessmentRow findForUpdate(long id) {
        return lockRow(id) == null ? null : find(id);
    }

    AssessmentRow findByCycleAndBranch(@Param("cycleId") long cycleId, @Param("branchCode") String branchCode);

    List<AssessmentRow> findByCycle(@Param("cycleId") long cycleId);

    /** Locked assessments of a cycle by branch code, the page after {@code afterBranch} (null: the first). */
    List<AssessmentRow> lockedPage(
            @Param("cycleId") long cycleId, @Param("afterBranch") String afterBranch, @Param("limit") int limit);

    int countByCycle(@Param("cycleId") long cycleId);

    int countLockedByCycle(@Param("cycleId") long cycleId);

    void insert(AssessmentRow row);

    void update(AssessmentRow row);

    List<FindingRow> findings(@Param("assessmentId") long assessmentId);

    List<FindingRow> findingsOf(@Param("ids") Collection<Long> assessmentIds);

    void insertFinding(FindingRow row);

    /** The branches' own findings (count above 0) in one department's indicators, over a whole cycle. */
    List<FindingRow> selfFindingsOfDepartment(@Param("cycleId") long cycleId, @Param("department") String department);

    List<com.kaoping.assessment.DecisionCount> decisionCounts(@Param("cycleId") long cycleId);

    /** The cycle's assessments not locked yet, by branch code: stored totals, bonuses summed (docs/scale.md). */
    List<FiguresRow> confirmationFigures(@Param("cycleId") long cycleId);

    /** The findings on the given clauses that count after review, of the cycle's assessments not locked yet. */
    List<FindingRow> reviewedFindingsOn(@Param("cycleId") long cycleId, @Param("clauses") Collection<String> clauses);

    /**
     * The cycle's assessments not locked yet whose cards were stored before their totals were (before V92), with
     * those cards; none once every such assessment has been scored again.
     */
    List<AssessmentRow> cardsWithoutTotals(@Param("cycleId") long cycleId);

    void updateFinding(FindingRow row);

    void deleteFinding(@Param("id") long id);

    List<BonusRow> bonuses(@Param("assessmentId") long assessmentId);

    void insertBonus(BonusRow row);

    void updateBonus(BonusRow row);

    void deleteBonuses(@Param("assessmentId") long assessmentId);

    List<VetoRow> vetoes(@Param("assessmentId") long assessmentId);

    void insertVeto(VetoRow row);

    void deleteVetoes(@Param("assessmentId") long assessmentId);

    List<DecisionRow> decisions(@Param("assessmentId") long assessmentId);

    List<DecisionRow> decisionsOfRound(
            @Param("assessmentId") long assessmentId, @Param("step") String step, @Param("round") int round);

    void insertDecision(DecisionRow row);

    List<HistoryRow> history(@Param("assessmentId") long assessmentId);

    void insertHistory(HistoryRow row);

    /** A branch's assessments, newest quarter first. */
    List<AssessmentRow> ofBranch(@Param("branchCode") String branchCode);

    /** What one user did, newest first. */
    List<HistoryRow> historyBy(@Param("actor") String actor, @Param("limit") int limit);
}
