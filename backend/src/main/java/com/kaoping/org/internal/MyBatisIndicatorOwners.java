package com.kaoping.org.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.org.IndicatorOwners;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assignments in kp_indicator_owner, read on every call so that every node of a cluster sees a change at once. */
@Service
class MyBatisIndicatorOwners implements IndicatorOwners {

    private final IndicatorOwnerMapper mapper;
    private final ApplicationEventPublisher events;

    MyBatisIndicatorOwners(IndicatorOwnerMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Override
    public String departmentOf(String primaryName, String standardDefault) {
        String configured = primaryName == null ? null : mapper.departmentOf(primaryName);
        return configured != null ? configured : standardDefault;
    }

    @Override
    public Map<String, String> assignments() {
        Map<String, String> result = new LinkedHashMap<>();
        mapper.listAll().forEach(row -> result.put(row.primaryName, row.department));
        return result;
    }

    @Override
    @Transactional
    public void assign(Map<String, String> departmentByIndicator, String actor) {
        departmentByIndicator.forEach((indicator, department) -> {
            String before = mapper.departmentOf(indicator);
            mapper.delete(indicator);
            if (department != null) {
                mapper.insert(indicator, department, actor);
            }
            if (!java.util.Objects.equals(before, department)) {
                events.publishEvent(new AuditEvent(
                        "OWNERSHIP_CHANGED",
                        actor,
                        indicator,
                        Map.of("from", String.valueOf(before), "to", String.valueOf(department))));
            }
        });
    }
}
