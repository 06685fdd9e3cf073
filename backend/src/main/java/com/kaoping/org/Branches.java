package com.kaoping.org;

import java.util.List;
import java.util.Optional;

/** The branches of the organisation. */
public interface Branches {

    List<Branch> listActive();

    Optional<Branch> find(String code);
}
