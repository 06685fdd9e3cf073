package com.kaoping.org;

import java.util.List;
import java.util.Optional;

/** Looks users up. */
public interface UserDirectory {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserCredentials> findCredentials(String username);

    /**
     * Replaces a password hash by a stronger encoding of the same password (after a sign-in with an old BCrypt hash);
     * not a password change, so sessions stay.
     */
    void upgradePasswordHash(String username, String newHash);

    /** Every user, enabled or not, ordered by username. */
    List<UserAccount> listAll();

    /**
     * The enabled members of a Camunda candidate group (see {@link CandidateGroups}), ordered by username;
     * empty for a group id Kaoping does not assign.
     */
    List<UserAccount> membersOf(String groupId);
}
