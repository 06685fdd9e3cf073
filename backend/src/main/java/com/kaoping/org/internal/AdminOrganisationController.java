package com.kaoping.org.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.OrgUnit;
import com.kaoping.org.UserAccount;
import com.kaoping.org.internal.OrganisationAdministration.BranchForm;
import com.kaoping.org.internal.OrganisationAdministration.UserForm;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisation units, branches and users, for administrators only (every other role 403, anonymous 401). */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminOrganisationController {

    private final OrgUnitMapper orgUnits;
    private final BranchMapper branches;
    private final UserMapper users;
    private final OrganisationAdministration administration;

    @GetMapping("/org-units")
    List<OrgUnit> orgUnits() {
        return orgUnits.list();
    }

    @GetMapping("/branches")
    List<Branch> branches() {
        return branches.listAll();
    }

    @PostMapping("/branches")
    @ResponseStatus(HttpStatus.CREATED)
    Branch createBranch(@RequestBody BranchForm form) {
        return administration.createBranch(form);
    }

    /** Renames, deactivates or reactivates a branch (the code never changes). */
    @PutMapping("/branches/{code}")
    Branch updateBranch(@PathVariable String code, @RequestBody BranchForm form) {
        return administration.updateBranch(code, form);
    }

    @GetMapping("/users")
    List<UserView> users() {
        return users.listAll().stream()
                .map(UserRow::toAccount)
                .map(UserView::of)
                .toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView createUser(@RequestBody UserForm form, Authentication auth) {
        return UserView.of(administration.createUser(form, auth.getName()));
    }

    @PutMapping("/users/{username}")
    UserView updateUser(@PathVariable String username, @RequestBody UserForm form, Authentication auth) {
        return UserView.of(administration.updateUser(username, form, auth.getName()));
    }

    /** A user for the administration page, named like /api/me: {@code branch}, {@code department}. */
    record UserView(
            String username, String displayName, String role, String branch, String department, boolean enabled) {

        static UserView of(UserAccount a) {
            return new UserView(
                    a.username(), a.displayName(), a.role().name(), a.branchCode(), a.orgUnitCode(), a.enabled());
        }
    }
}
