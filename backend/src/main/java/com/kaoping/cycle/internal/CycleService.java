package com.kaoping.cycle.internal;

import com.kaoping.assessment.Assessments;
import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.cycle.CycleProcesses;
import com.kaoping.cycle.CycleResults;
import com.kaoping.cycle.CycleRouting;
import com.kaoping.cycle.CycleSummary;
import com.kaoping.cycle.RankedResult;
import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cycles and follows them through publication. Opening writes the cycle and starts its process in one
 * short transaction; the branches' assessments are then opened by the process's asynchronous jobs, one per batch of
 * branches ({@code kaoping.cycle.opening-batch-size}, default 50, chosen by measurement in docs/benchmarks.md and
 * docs/reliability.md), the size fixed per cycle when it is opened.
 */
@Service
class CycleService implements CycleRouting, CycleLifecycle, CycleResults {

    private static final int INSERT_CHUNK = 500;

    private final CycleMapper mapper;
    private final Branches branches;
    private final StandardCatalog standards;
    private final CycleProcesses processes;
    private final Assessments assessments;
    private final int batchSize;
    private final ZoneId zone;

    CycleService(
            CycleMapper mapper,
            Branches branches,
            StandardCatalog standards,
            CycleProcesses processes,
            Assessments assessments,
            CycleProperties properties,
            TimeZoneProperties zone) {
        int batchSize = properties.openingBatchSize();
        if (batchSize < 1) {
            throw new IllegalArgumentException("kaoping.cycle.opening-batch-size must be at least 1");
        }
        this.mapper = mapper;
        this.branches = branches;
        this.standards = standards;
        this.processes = processes;
        this.assessments = assessments;
        this.batchSize = batchSize;
        this.zone = zone.timeZone();
    }

    @Transactional
    CycleRow open(OpenCycleRequest request, UserAccount by) {
        request.validate();
        OpenCycleRequest.Deadlines deadlines = request.deadlines(Instant.now(), zone);
        if (mapper.findByQuarter(request.year(), request.quarter()) != null) {
            throw new ConflictException("problem.cycle.exists", "year", request.year(), "quarter", request.quarter());
        }
        Standard standard;
        try {
            standard = request.standard() == null || request.standard().isBlank()
                    ? standards.active()
                    : standards.get(request.standard());
        } catch (NotFoundException e) {
            throw new BadRequestException("standard", e.text());
        }
        List<String> codes = branchCodes(request.branches());

        CycleRow row = new CycleRow();
        row.cycleYear = request.year();
        row.quarter = request.quarter();
        row.standardCode = standard.code();
        row.standardVersion = standard.version();
        row.status = CycleStatus.RUNNING.name();
        row.selfAssessmentDue = deadlines.selfAssessment();
        row.reviewDue = deadlines.review();
        row.bonusDue = deadlines.bonus();
        row.confirmationDue = deadlines.confirmation();
        row.publicityPeriod = request.publicityPeriodOrDefault();
        row.rectificationDays = request.rectificationDaysOrDefault();
        row.openingBatchSize = batchSize;
        row.createdAt = Instant.now();
        row.createdBy = by.username();
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.cycle.exists", "year", request.year(), "quarter", request.quarter());
        }
        for (int from = 0; from < codes.size(); from += INSERT_CHUNK) {
            mapper.insertBranches(row.id, codes.subList(from, Math.min(codes.size(), from + INSERT_CHUNK)));
        }
        standards.markInUse(standard.code(), standard.version());
        row.processInstanceId = processes.start(
                row.id, row.selfAssessmentDue, row.reviewDue, row.bonusDue, row.confirmationDue, row.publicityPeriod);
        mapper.setProcessInstance(row.id, row.processInstanceId);
        row.branchCount = codes.size();
        return row;
    }

    private List<String> branchCodes(List<String> requested) {
        if (requested == null) {
            List<String> all = branches.listActive().stream().map(Branch::code).toList();
            if (all.isEmpty()) {
                throw new BadRequestException("branches", "problem.cycle.noActiveBranches");
            }
            return all;
        }
        if (requested.isEmpty()) {
            throw new BadRequestException("branches", "problem.cycle.branchesEmpty");
        }
        Set<String> seen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            String field = "branches[" + i + "]";
            if (code == null || branches.find(code).filter(Branch::active).isEmpty()) {
                throw new BadRequestException(field, "problem.cycle.noActiveBranch", "branch", code);
            }
            if (!seen.add(code)) {
                throw new BadRequestException(field, "problem.cycle.branchTwice", "branch", code);
            }
            codes.add(code);
        }
        return codes;
    }

    CycleRow get(long id) {
        CycleRow row = mapper.find(id);
        if (row == null) {
            throw new NotFoundException("problem.cycle.notFound", "cycle", id);
        }
        return row;
    }

    @Override
    public CycleSummary cycle(long cycleId) {
        return get(cycleId).summary();
    }

    @Override
    public List<CycleSummary> ofYear(int year) {
        return mapper.ofYear(year).stream().map(CycleRow::summary).toList();
    }

    @Override
    public List<RankedResult> ranking(long cycleId, UserAccount reader) {
        CycleRow cycle = get(cycleId);
        boolean insider = reader.role() == Role.LEADER || reader.role() == Role.ADMIN;
        if (!insider && CycleStatus.RUNNING.name().equals(cycle.status)) {
            throw new ForbiddenException("problem.cycle.notPublished");
        }
        return Ranking.rank(assessments.lockedResults(cycleId));
    }

    /**
     * Code → name of these branches: the active ones in one read, a look-up for each one no longer active; the code
     * itself for a branch that has none.
     */
    Map<String, String> branchNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (Branch b : branches.listActive()) {
            names.put(b.code(), b.name());
        }
        for (String code : codes) {
            names.computeIfAbsent(code, c -> branches.find(c).map(Branch::name).orElse(c));
        }
        return names;
    }

    @Override
    public List<String> branchCodes(long cycleId) {
        return mapper.branchCodes(cycleId);
    }

    @Override
    public List<Integer> branchBatches(long cycleId) {
        int count = mapper.branchCount(cycleId);
        int size = mapper.openingBatchSize(cycleId);
        return IntStream.range(0, (count + size - 1) / size).boxed().toList();
    }

    @Override
    public List<String> branchCodes(long cycleId, int batch) {
        int size = mapper.openingBatchSize(cycleId);
        return mapper.branchCodesPage(cycleId, batch * size, size);
    }

    @Override
    @Transactional
    public boolean assessmentLocked(long cycleId) {
        if (mapper.lockForUpdate(cycleId) == null) {
            throw new NotFoundException("problem.cycle.notFound", "cycle", cycleId);
        }
        // read committed: with the row lock held, the count sees every other lock committed before ours
        return assessments.counts(cycleId).get("locked") >= mapper.branchCount(cycleId);
    }

    @Override
    @Transactional
    public void published(long cycleId) {
        mapper.setStatus(cycleId, CycleStatus.PUBLISHED.name());
    }

    @Override
    @Transactional
    public void finalised(long cycleId) {
        mapper.setStatus(cycleId, CycleStatus.FINAL.name());
    }
}
