package com.kaoping.report.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Branch code → name, read once per export rather than once per row. */
@Component
record BranchNames(Branches branches) {

    Map<String, String> all() {
        Map<String, String> names = new HashMap<>();
        for (Branch b : branches.listActive()) {
            names.put(b.code(), b.name());
        }
        return names;
    }

    /** Names of these codes: the active branches', and a look-up for each one no longer active. */
    Map<String, String> of(Collection<String> codes) {
        Map<String, String> names = all();
        for (String code : codes) {
            names.computeIfAbsent(code, this::of);
        }
        return names;
    }

    String of(String code) {
        return branches.find(code).map(Branch::name).orElse(code);
    }
}
