package com.kaoping.assessment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.assessment.AssessmentCorrected;
import com.kaoping.assessment.AssessmentLifecycle;
import com.kaoping.assessment.AssessmentLocked;
import com.kaoping.assessment.AssessmentRecord;
import com.kaoping.assessment.Assessments;
import com.kaoping.assessment.ConfirmationFigures;
import com.kaoping.assessment.Correction;
import com.kaoping.assessment.DecisionCount;
import com.kaoping.assessment.DepartmentFindings;
import com.kaoping.assessment.LockedFindings;
import com.kaoping.assessment.LockedResult;
import com.kaoping.assessment.MaterialScope;
import com.kaoping.assessment.MaterialVisibility;
import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.assessment.internal.Inputs.FindingInput;
import com.kaoping.assessment.internal.Inputs.VetoInput;
import com.kaoping.assessment.internal.LockedContent.LockedBonus;
import com.kaoping.assessment.internal.LockedContent.LockedFinding;
import com.kaoping.assessment.internal.LockedContent.LockedVeto;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserDirectory;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.BonusClaim;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.scoring.Finding;
import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.ScoringInput;
import com.kaoping.scoring.VetoClaim;
import com.kaoping.standard.ScoringProblems;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.Counts;
import com.kaoping.web.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, locking and correcting assessments: what the process and the cycle feature ask of this feature. */
@Service
@RequiredArgsConstructor
class AssessmentResults implements AssessmentLifecycle, Assessments, MaterialVisibility {

    private final AssessmentRegistry registry;
    private final AssessmentMapper mapper;
    private final LockedResultMapper locked;
    private final ResultChain chain;
    private final TamperAlarm tamperAlarm;
    private final Scorer scorer;
    private final History history;
    private final ObjectMapper json;
    private final IndicatorOwnership owners;
    private final UserDirectory directory;
    private final AssessmentReads reads;
    private final ApplicationEventPublisher events;

    @Override
    public MaterialScope scope(long assessmentId, UserAccount user) {
        return user.role() != Role.REVIEWER ? ReaderScope.EVERYTHING : scope(registry.get(assessmentId), user);
    }

    private ReaderScope scope(AssessmentRow assessment, UserAccount user) {
        return user.role() != Role.REVIEWER
                ? ReaderScope.EVERYTHING
                : ReaderScope.reviewer(user.orgUnitCode(), ownership(assessment));
    }

    @Override
    public BiPredicate<String, Integer> of(long assessmentId, UserAccount user) {
        if (user.role() != Role.REVIEWER) {
            return (clause, rule) -> true;
        }
        ReaderScope scope = scope(registry.get(assessmentId), user);
        // evidence names a bonus by its rule only: the department of that rule's bonus in this assessment
        Map<Integer, String> bonusDepartments = new HashMap<>();
        mapper.bonuses(assessmentId).forEach(b -> bonusDepartments.put(b.ruleNumber, b.department));
        return (clause, rule) -> {
            if (clause != null) {
                return scope.seesClause(clause);
            }
            return rule == null || scope.sees(bonusDepartments.get(rule));
        };
    }

    /** The view as this user may see it: limited for a reviewer (AssessmentView#forReviewer), whole for others. */
    AssessmentView visibleTo(AssessmentView view, AssessmentRow assessment, UserAccount user) {
        if (user.role() != Role.REVIEWER) {
            return view;
        }
        Set<String> colleagues = new HashSet<>();
        directory.membersOf(CandidateGroups.department(user.orgUnitCode())).forEach(u -> colleagues.add(u.username()));
        return view.forReviewer(scope(assessment, user), colleagues);
    }

    Ownership ownership(AssessmentRow assessment) {
        return owners.of(scorer.engine(assessment).standard());
    }

    @Override
    @Transactional
    public long register(long cycleId, String branchCode, String processInstanceId) {
        return registry.register(cycleId, branchCode, processInstanceId);
    }

    @Override
    @Transactional
    public void lock(long assessmentId) {
        AssessmentRow assessment = mapper.findForUpdate(assessmentId);
        if (assessment == null || assessment.locked) {
            return;
        }
        List<FindingRow> findings = mapper.findings(assessmentId);
        List<BonusRow> bonuses = mapper.bonuses(assessmentId);
        List<VetoRow> vetoes = mapper.vetoes(assessmentId);
        ScoreCard card = scorer.confirmed(assessment, findings, bonuses, vetoes);
        LockedContent content = new LockedContent(
                assessmentId,
                assessment.cycleId,
                assessment.branchCode,
                1,
                findings.stream()
                        .filter(f -> f.reviewedCount() != null && f.reviewedCount() > 0)
                        .map(f -> new LockedFinding(f.clauseId, f.reviewedCount()))
                        .toList(),
                bonuses.stream()
                        .filter(b -> b.confirmedOrEndorsed().signum() > 0)
                        .map(b -> new LockedBonus(b.ruleNumber, b.indicator, b.confirmedOrEndorsed()))
                        .toList(),
                vetoes.stream()
                        .map(v -> new LockedVeto(v.ruleNumber(), v.reason()))
                        .toList(),
                card);
        String actor = actor();
        LockedResultRow row = chain.append(content, null, actor);
        assessment.locked = true;
        assessment.lockedAt = Instant.now();
        mapper.update(assessment);
        history.record(
                assessmentId,
                actor,
                "LOCKED",
                Text.of(
                        card.vetoed() ? "history.locked.vetoed" : "history.locked",
                        "total",
                        card.totalScore().toPlainString(),
                        "grade",
                        card.grade(),
                        "hash",
                        row.contentHash),
                null);
        events.publishEvent(
                new AssessmentLocked(assessmentId, assessment.cycleId, assessment.branchCode, assessment.lockedAt));
    }

    @Override
    public List<LockedResult> lockedResults(long cycleId) {
        List<LockedResultRow> rows = locked.latestOfCycle(cycleId);
        Set<Long> tampered = tamperAlarm.tamperedOf(rows);
        return rows.stream()
                .map(row -> toResult(row, tampered.contains(row.id)))
                .toList();
    }

    @Override
    public AssessmentRecord record(long assessmentId) {
        return reads.record(assessmentId, this::toResult);
    }

    @Override
    public void forEachLocked(long cycleId, Consumer<LockedFindings> each) {
        reads.forEachLocked(cycleId, this::toResult, each);
    }

    @Override
    public Map<String, Integer> counts(long cycleId) {
        return Map.of("opened", mapper.countByCycle(cycleId), "locked", mapper.countLockedByCycle(cycleId));
    }

    @Override
    public List<DepartmentFindings> departmentFindings(long cycleId, String department) {
        List<FindingRow> rows = mapper.selfFindingsOfDepartment(cycleId, department);
        if (rows.isEmpty()) {
            return List.of();
        }
        // one cycle, one standard version
        ScoringEngine engine = scorer.engine(mapper.find(rows.get(0).assessmentId));
        Map<Long, List<FindingRow>> byAssessment = new LinkedHashMap<>();
        rows.forEach(r -> byAssessment
                .computeIfAbsent(r.assessmentId, k -> new ArrayList<>())
                .add(r));
        List<DepartmentFindings> out = new ArrayList<>(byAssessment.size());
        byAssessment.forEach((id, own) -> {
            ScoreCard card = engine.score(ScoringInput.ofFindings(
                    own.stream().map(f -> new Finding(f.clauseId, f.selfCount)).toList()));
            BigDecimal points = card.indicators().stream()
                    .map(p -> p.maxScore().subtract(p.score()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new DepartmentFindings(id, own.get(0).branchCode, own.size(), points));
        });
        return out;
    }

    @Override
    public List<ConfirmationFigures> confirmationFigures(long cycleId) {
        List<FiguresRow> rows = mapper.confirmationFigures(cycleId);
        if (rows.isEmpty()) {
            return List.of();
        }
        // one cycle, one standard version: its veto clauses, in the standard's order
        List<String> vetoClauses = scorer.engine(mapper.find(rows.get(0).assessmentId)).tree().clauses().stream()
                .filter(p -> p.clause().kind() == ClauseKind.VETO)
                .map(p -> p.clause().id())
                .toList();
        Map<Long, List<String>> vetoes = new HashMap<>();
        if (!vetoClauses.isEmpty()) {
            for (FindingRow f : mapper.reviewedFindingsOn(cycleId, vetoClauses)) {
                vetoes.computeIfAbsent(f.assessmentId, k -> new ArrayList<>()).add(f.clauseId);
            }
            vetoes.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(vetoClauses::indexOf)));
        }
        // scored before V92 stored the totals: their cards, once
        Map<Long, AssessmentRow> unsummed = new HashMap<>();
        mapper.cardsWithoutTotals(cycleId).forEach(a -> unsummed.put(a.id, a));
        List<ConfirmationFigures> out = new ArrayList<>(rows.size());
        for (FiguresRow r : rows) {
            BigDecimal self = r.selfTotal;
            BigDecimal reviewedBase = r.reviewedBase;
            BigDecimal reviewedTotal = r.reviewedTotal;
            AssessmentRow legacy = unsummed.get(r.assessmentId);
            if (legacy != null) {
                ScoreCard selfCard = scorer.readCard(legacy.selfCard);
                ScoreCard reviewedCard = scorer.readCard(legacy.reviewedCard);
                self = self != null || selfCard == null ? self : selfCard.totalScore();
                if (reviewedTotal == null && reviewedCard != null) {
                    reviewedBase = reviewedCard.baseScore();
                    reviewedTotal = reviewedCard.totalScore();
                }
            }
            out.add(new ConfirmationFigures(
                    r.assessmentId,
                    r.branchCode,
                    self,
                    reviewedBase,
                    reviewedTotal,
                    r.declaredPoints,
                    r.declaredCount,
                    r.endorsedPoints,
                    r.endorsedCount,
                    List.copyOf(vetoes.getOrDefault(r.assessmentId, List.of()))));
        }
        return out;
    }

    @Override
    public List<DecisionCount> decisionCounts(long cycleId) {
        return mapper.decisionCounts(cycleId);
    }

    @Override
    @Transactional
    public LockedResult correct(long assessmentId, Correction correction, UserAccount by) {
        String reason = Inputs.required(correction.reason(), "correction.reason", "problem.correction.reasonRequired");
        AssessmentRow assessment = mapper.findForUpdate(assessmentId);
        if (assessment == null || !assessment.locked) {
            throw new ConflictException("problem.correction.notLocked", "assessment", assessmentId);
        }
        LockedResultRow latest = locked.latest(assessmentId);
        LockedContent before = read(latest.content);

        Map<String, Integer> counts = new TreeMap<>();
        before.findings().forEach(f -> counts.put(f.clause(), f.count()));
        FindingInput[] findings = array(correction.findings(), FindingInput[].class, "correction.findings");
        // each entry against the standard first, so a 400 names it as the client sent it, not its merged position
        FormEntries.findings(scorer.engine(assessment), Arrays.asList(findings), "correction.findings");
        for (int i = 0; i < findings.length; i++) {
            String field = "correction.findings[" + i + "]";
            if (findings[i] == null || findings[i].clause() == null) {
                throw new BadRequestException(field + ".clause", "problem.required");
            }
            counts.put(findings[i].clause(), (int) Counts.toLong(findings[i].count(), field + ".count"));
        }
        counts.values().removeIf(c -> c == 0);

        List<LockedBonus> bonuses = before.bonuses();
        if (correction.bonuses() != null && !correction.bonuses().isNull()) {
            bonuses = new ArrayList<>();
            BonusInput[] inputs = array(correction.bonuses(), BonusInput[].class, "correction.bonuses");
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == null || inputs[i].rule() == null) {
                    throw new BadRequestException("correction.bonuses[" + i + "].rule", "problem.required");
                }
                bonuses.add(new LockedBonus(inputs[i].rule(), inputs[i].indicator(), inputs[i].points()));
            }
        }
        List<LockedVeto> vetoes = before.vetoes();
        if (correction.vetoes() != null && !correction.vetoes().isNull()) {
            vetoes = new ArrayList<>();
            VetoInput[] inputs = array(correction.vetoes(), VetoInput[].class, "correction.vetoes");
            for (int i = 0; i < inputs.length; i++) {
                if (inputs[i] == null || inputs[i].rule() == null) {
                    throw new BadRequestException("correction.vetoes[" + i + "].rule", "problem.required");
                }
                vetoes.add(new LockedVeto(
                        inputs[i].rule(),
                        Inputs.required(
                                inputs[i].reason(),
                                "correction.vetoes[" + i + "].reason",
                                "problem.veto.reasonRequired")));
            }
        }

        List<LockedFinding> lockedFindings = counts.entrySet().stream()
                .map(e -> new LockedFinding(e.getKey(), e.getValue()))
                .toList();
        ScoreCard card;
        try {
            card = scorer.engine(assessment)
                    .score(new ScoringInput(
                            lockedFindings.stream()
                                    .map(f -> new Finding(f.clause(), f.count()))
                                    .toList(),
                            bonuses.stream()
                                    .map(b -> new BonusClaim(b.rule(), b.indicator(), b.points()))
                                    .toList(),
                            vetoes.stream()
                                    .map(v -> new VetoClaim(v.rule(), v.reason()))
                                    .toList()));
        } catch (InvalidScoringInputException e) {
            throw ScoringProblems.badRequest(e).under("correction.");
        }
        LockedContent content = new LockedContent(
                assessmentId,
                assessment.cycleId,
                assessment.branchCode,
                latest.revision + 1,
                lockedFindings,
                bonuses,
                vetoes,
                card);
        LockedResultRow row = chain.append(content, reason, by.username());
        history.record(
                assessmentId,
                by.username(),
                "CORRECTED",
                Text.of(
                        "history.corrected",
                        "revision",
                        row.revision,
                        "before",
                        before.card().totalScore().toPlainString(),
                        "after",
                        card.totalScore().toPlainString()),
                reason);
        events.publishEvent(new AssessmentCorrected(
                assessmentId, assessment.cycleId, assessment.branchCode, row.revision, by.username()));
        return toResult(row);
    }

    private <T> T[] array(JsonNode node, Class<T[]> type, String field) {
        try {
            return json.treeToValue(node == null || node.isNull() ? json.createArrayNode() : node, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(field, "problem.json.wrongShape");
        }
    }

    LockedResult toResult(LockedResultRow row) {
        return toResult(row, tamperAlarm.tampered(row));
    }

    private LockedResult toResult(LockedResultRow row, boolean tampered) {
        LockedContent content = read(row.content);
        return new LockedResult(
                row.assessmentId,
                content.branch(),
                row.revision,
                content.card(),
                row.contentHash,
                row.createdAt,
                tampered);
    }

    LockedContent read(String content) {
        try {
            return json.readValue(content, LockedContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A locked result cannot be read", e);
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
