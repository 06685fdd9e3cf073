package com.kaoping.ownership.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.ownership.Ownership;
import com.kaoping.scoring.Standard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assignments in kp_indicator_owner, read on every call so that every node of a cluster sees a change at once. */
@Service
@RequiredArgsConstructor
class MyBatisIndicatorOwnership implements IndicatorOwnership {

    private final IndicatorOwnerMapper mapper;
    private final ApplicationEventPublisher events;

    @Override
    public Ownership of(Standard standard) {
        return Ownership.of(standard, assignments());
    }

    @Override
    public Map<String, String> assignments() {
        Map<String, String> result = new LinkedHashMap<>();
        mapper.listAll().forEach(row -> result.put(row.primaryName, row.department));
        return result;
    }

    /**
     * Sets the owner of each named primary indicator; a null department removes the assignment, so the standard's
     * default applies again. The caller has checked that every department is a functional department.
     */
    @Transactional
    void assign(Map<String, String> departmentByIndicator, String actor) {
        Map<String, String> assigned = assignments();
        departmentByIndicator.forEach((indicator, department) -> {
            String before = assigned.get(indicator);
            mapper.delete(indicator);
            if (department != null) {
                mapper.insert(indicator, department, actor);
            }
            if (!Objects.equals(before, department)) {
                events.publishEvent(new AuditEvent(
                        "OWNERSHIP_CHANGED",
                        actor,
                        indicator,
                        Map.of("from", String.valueOf(before), "to", String.valueOf(department))));
            }
        });
    }
}
