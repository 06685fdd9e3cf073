package com.kaoping.ownership.internal;

import com.kaoping.org.OrgUnit;
import com.kaoping.org.OrgUnits;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.PrimaryIndicator;
import com.kaoping.scoring.Standard;
import com.kaoping.security.CurrentUser;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.standard.StandardSummary;
import com.kaoping.web.BadRequestException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which department owns which primary indicator, for administrators: the active standard's primary indicators and
 * default owners beside the configured assignments.
 */
@RestController
@RequestMapping("/api/admin/indicator-owners")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class IndicatorOwnerController {

    private final StandardCatalog catalog;
    private final MyBatisIndicatorOwnership owners;
    private final OrgUnits orgUnits;
    private final CurrentUser currentUser;

    /**
     * One entry per primary indicator of the active standard, in its order.
     *
     * @param department        the effective owner
     * @param standardDefault   the department the standard names
     * @param configured        an administrator's assignment exists (it may equal the default)
     */
    record OwnerView(
            String indicator,
            String category,
            BigDecimal points,
            String department,
            String standardDefault,
            boolean configured) {}

    /** {@code department} null: drop the assignment, the standard's default applies again. */
    record Assignment(String indicator, String department) {}

    @GetMapping
    List<OwnerView> list() {
        Map<String, String> assigned = owners.assignments();
        Standard active = catalog.active();
        Ownership ownership = Ownership.of(active, assigned);
        return active.primaries().stream()
                .map(p -> new OwnerView(
                        p.name(),
                        p.category(),
                        p.points(),
                        ownership.departmentOfIndicator().get(p.name()),
                        p.department(),
                        assigned.containsKey(p.name())))
                .toList();
    }

    @PutMapping
    @Transactional
    List<OwnerView> assign(@RequestBody List<Assignment> assignments) {
        Set<String> known = primaryNames();
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment entry = assignments.get(i);
            String place = "[" + i + "]";
            if (entry == null) {
                throw new BadRequestException(place, "problem.entry.empty");
            }
            String indicator =
                    entry.indicator() == null ? "" : entry.indicator().trim();
            if (indicator.isEmpty()) {
                throw new BadRequestException(place + ".indicator", "problem.required");
            }
            if (!known.contains(indicator)) {
                throw new BadRequestException(
                        place + ".indicator", "problem.scoring.unknownIndicator", "indicator", indicator);
            }
            if (changes.containsKey(indicator)) {
                throw new BadRequestException(place + ".indicator", "problem.owner.twice", "indicator", indicator);
            }
            String department = entry.department() == null || entry.department().isBlank()
                    ? null
                    : entry.department().trim();
            if (department != null
                    && !orgUnits.find(department).map(OrgUnit::isDepartment).orElse(false)) {
                throw new BadRequestException(
                        place + ".department", "problem.owner.notDepartment", "department", department);
            }
            changes.put(indicator, department);
        }
        owners.assign(changes, currentUser.get().username());
        return list();
    }

    private Set<String> primaryNames() {
        Set<String> names = new HashSet<>();
        for (StandardSummary summary : catalog.list()) {
            Standard standard = catalog.get(summary.code(), summary.version());
            standard.primaries().stream().map(PrimaryIndicator::name).forEach(names::add);
        }
        return names;
    }
}
