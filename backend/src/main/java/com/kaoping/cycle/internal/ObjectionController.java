package com.kaoping.cycle.internal;

import com.kaoping.assessment.AssessmentAccess;
import com.kaoping.assessment.AssessmentRef;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.ForbiddenException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Objections (异议) raised by a branch against its published result during the publicity period. */
@RestController
record ObjectionController(
        Objections objections, CycleMapper mapper, AssessmentAccess access, CurrentUser currentUser) {
    record RaiseRequest(String reason) {}

    @PostMapping("/api/assessments/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectionRow.View raise(@PathVariable long id, @RequestBody RaiseRequest request) {
        UserAccount user = currentUser.get();
        AssessmentRef ref = access.checkReadable(id, user);
        if (user.role() != Role.BRANCH) {
            throw new ForbiddenException("problem.objection.branchOnly");
        }
        return objections
                .raise(ref, request == null ? null : request.reason(), user)
                .view();
    }

    @GetMapping("/api/cycles/{id}/objections")
    List<ObjectionRow.View> list(@PathVariable long id) {
        UserAccount user = currentUser.get();
        List<ObjectionRow> all = mapper.objections(id);
        return switch (user.role()) {
            case LEADER, ADMIN -> all.stream().map(ObjectionRow::view).toList();
            case BRANCH ->
                all.stream()
                        .filter(o -> user.branchCode().equals(o.branchCode))
                        .map(ObjectionRow::view)
                        .toList();
            case REVIEWER, OPERATOR -> throw new ForbiddenException("problem.objection.leadersOnly");
        };
    }
}
