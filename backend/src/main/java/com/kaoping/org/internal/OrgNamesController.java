package com.kaoping.org.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.OrgUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/org/names: the names of every branch (active or not, so old results keep theirs) and of every unit, by
 * code, for any signed-in user: pages show names, with codes as a hint only (issue 10). Names are no secret; codes
 * and names are all it tells.
 */
@RestController
record OrgNamesController(BranchMapper branches, OrgUnitMapper units) {
    record Names(Map<String, String> branches, Map<String, String> units) {}

    @GetMapping("/api/org/names")
    Names names() {
        Map<String, String> b = new LinkedHashMap<>();
        for (Branch branch : branches.listAll()) {
            b.put(branch.code(), branch.name());
        }
        Map<String, String> u = new LinkedHashMap<>();
        for (OrgUnit unit : units.list()) {
            u.put(unit.code(), unit.name());
        }
        return new Names(b, u);
    }
}
