package com.kaoping.org;

import java.util.List;
import java.util.Optional;

/** Looks users up. */
public interface UserDirectory {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserCredentials> findCredentials(String username);

    /** Every user, enabled or not, ordered by username. */
    List<UserAccount> listAll();

    /**
     * The enabled members of a Camunda candidate group (see {@link CandidateGroups}), ordered by username;
     * empty for a group id Kaoping does not assign.
     */
    List<UserAccount> membersOf(String groupId);
}
