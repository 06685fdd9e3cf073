package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assessment aggregate: one assessment, its row locked for the transaction of one user action, with the engine of
 * its own standard version and the ownership of that version. Every step makes one call here; each call validates the
 * whole form first, then writes, rescores and records its history (docs/architecture.md, "The assessment aggregate").
 */
final class Assessment {

    private final AssessmentRow row;
    private final ScoringEngine engine;
    private final Ownership ownership;
    private final AssessmentMapper mapper;
    private final Scorer scorer;
    private final History history;
    private final FindingsLedger findings;
    private final BonusLedger bonuses;

    Assessment(
            AssessmentRow row,
            ScoringEngine engine,
            Ownership ownership,
            AssessmentMapper mapper,
            Scorer scorer,
            History history) {
        this.row = row;
        this.engine = engine;
        this.ownership = ownership;
        this.mapper = mapper;
        this.scorer = scorer;
        this.history = history;
        this.findings = new FindingsLedger(row.id, engine, ownership, mapper);
        this.bonuses = new BonusLedger(row.id, engine, ownership, mapper);
    }

    /** 自评, as a draft ({@code submit} false) or submitted: scored, and who reviews next is decided. */
    void selfAssess(List<FindingInput> entries, String comment, boolean submit, String actor) {
        Set<String> changed = findings.recordSelf(entries);
        row.selfComment = Inputs.text(comment, "comment");
        if (submit) {
            List<FindingRow> rows = mapper.findings(row.id);
            ScoreCard card = scorer.self(row, rows);
            row.selfCard = scorer.write(card);
            row.selfTotal = card.totalScore();
            row.reviewScope = row.reviewRound == 0 ? null : scopeAfterReturn(changed);
            row.reviewRound++;
            history.record(row.id, actor, "SELF_ASSESSMENT_SUBMITTED", selfSummary(rows, card), row.selfComment);
        }
        mapper.update(row);
    }

    /** 部门审核 by one department of its own indicators. */
    void review(String department, Decision.Verdict verdict, List<FindingInput> entries, String actor) {
        List<String> changes = findings.recordReview(department, entries, actor);
        departmentDecided(Routing.REVIEW, row.reviewRound, department, verdict, changes, REVIEW_WORDS, actor);
    }

    /** 加分申报: the complete list of bonus claims, as a draft or submitted. */
    void declareBonuses(List<BonusInput> entries, String comment, boolean submit, String actor) {
        String summary = bonuses.declare(entries);
        if (submit) {
            row.endorsementRound++;
            rescoreReviewed();
            history.record(
                    row.id,
                    actor,
                    "BONUS_DECLARED",
                    summary.isEmpty()
                            ? Text.of("history.bonus.none")
                            : Text.of("history.bonus.declared", "bonuses", summary),
                    Inputs.text(comment, "comment"));
        }
    }

    /** A department endorses, adjusts or returns the declared bonuses on its indicators. */
    void endorseBonuses(String department, Decision.Verdict verdict, List<BonusInput> entries, String actor) {
        List<String> changes = bonuses.endorse(department, verdict.approved(), entries);
        departmentDecided(
                Routing.ENDORSEMENT, row.endorsementRound, department, verdict, changes, ENDORSEMENT_WORDS, actor);
    }

    /** What the history says of one kind of department decision: its two actions and its two texts. */
    private record DecisionWords(String approved, String returned, String unchanged, String changed) {}

    private static final DecisionWords REVIEW_WORDS = new DecisionWords(
            "REVIEW_APPROVED", "REVIEW_RETURNED", "history.review.confirmed", "history.review.changed");
    private static final DecisionWords ENDORSEMENT_WORDS = new DecisionWords(
            "BONUS_ENDORSED", "BONUS_RETURNED", "history.endorsement.asDeclared", "history.endorsement.changed");

    /**
     * One department's decision in a round (review or endorsement): recorded, the reviewed card rescored, and the
     * history says what the department changed, or that it left everything as it was.
     */
    private void departmentDecided(
            String step,
            int round,
            String department,
            Decision.Verdict verdict,
            List<String> changes,
            DecisionWords words,
            String actor) {
        decide(step, round, department, verdict, actor);
        rescoreReviewed();
        history.record(
                row.id,
                actor,
                verdict.approved() ? words.approved() : words.returned(),
                changes.isEmpty()
                        ? Text.of(words.unchanged(), "department", department)
                        : Text.of(words.changed(), "department", department, "changes", changes),
                verdict.comment());
    }

    /** 领导小组认定, approved: bonuses confirmed, vetoes applied; the process locks the result next. */
    void confirm(Decision.Verdict verdict, List<VetoInput> vetoEntries, List<BonusInput> bonusEntries, String actor) {
        var vetoes = FormEntries.vetoes(engine, vetoEntries, "vetoes");
        List<String> changes = bonuses.confirm(bonusEntries);
        mapper.deleteVetoes(row.id);
        for (var veto : vetoes) {
            mapper.insertVeto(VetoRow.of(row.id, veto, actor));
            history.record(row.id, actor, "VETOED", Text.of("history.vetoed", "rule", veto.rule()), veto.reason());
        }
        row.confirmationRound++;
        row.resumeAtConfirmation = false;
        decide(Routing.CONFIRMATION, row.confirmationRound, null, verdict, actor);
        mapper.update(row);
        history.record(
                row.id,
                actor,
                "CONFIRMED",
                changes.isEmpty()
                        ? Text.of("history.confirmed.asEndorsed")
                        : Text.of("history.confirmed.changed", "changes", changes),
                verdict.comment());
    }

    /** The leadership group sends the assessment back to one department, then resumes at confirmation. */
    void returnToDepartment(String department, Decision.Verdict verdict, String actor) {
        String named = Inputs.required(department, "department", "problem.confirmation.departmentRequired");
        if (!ownership.departments().contains(named)) {
            throw new BadRequestException("department", "problem.confirmation.noSuchDepartment", "department", named);
        }
        row.confirmationRound++;
        decide(Routing.CONFIRMATION, row.confirmationRound, named, verdict, actor);
        row.reviewScope = named;
        row.resumeAtConfirmation = true;
        row.reviewRound++;
        mapper.update(row);
        history.record(
                row.id,
                actor,
                "RETURNED_TO_DEPARTMENT",
                Text.of("history.returnedToDepartment", "department", named),
                verdict.comment());
    }

    /**
     * The review-scope rule: at first every department owning indicators reviews; after a return by the branch only
     * those that returned it or whose indicators' findings changed; after the leadership group's return, that one.
     */
    List<String> reviewDepartments() {
        if (row.reviewScope == null || row.reviewScope.isBlank()) {
            return ownership.departments();
        }
        return Arrays.asList(row.reviewScope.split(","));
    }

    private String scopeAfterReturn(Set<String> changedDepartments) {
        Set<String> scope = new TreeSet<>(changedDepartments);
        mapper.decisionsOfRound(row.id, Routing.REVIEW, row.reviewRound).stream()
                .filter(d -> Decision.RETURN.name().equals(d.decision()))
                .forEach(d -> scope.add(d.department()));
        return scope.isEmpty() ? null : String.join(",", scope);
    }

    private Text selfSummary(List<FindingRow> rows, ScoreCard card) {
        long count = rows.stream()
                .filter(r -> r.selfCount != null && r.selfCount > 0)
                .count();
        return row.reviewScope == null
                ? Text.of(
                        "history.self.submitted",
                        "count",
                        count,
                        "score",
                        card.totalScore().toPlainString())
                : Text.of(
                        "history.self.resubmitted",
                        "count",
                        count,
                        "score",
                        card.totalScore().toPlainString(),
                        "departments",
                        Arrays.stream(row.reviewScope.split(","))
                                .map(d -> Text.of("org.unit", "department", d))
                                .toList());
    }

    private void decide(String step, int round, String department, Decision.Verdict verdict, String actor) {
        mapper.insertDecision(
                DecisionRow.of(row.id, step, round, department, verdict.decision(), verdict.comment(), actor));
    }

    private void rescoreReviewed() {
        ScoreCard card = scorer.reviewed(row, mapper.findings(row.id), mapper.bonuses(row.id));
        row.reviewedCard = scorer.write(card);
        row.reviewedBase = card.baseScore();
        row.reviewedTotal = card.totalScore();
        mapper.update(row);
    }
}
