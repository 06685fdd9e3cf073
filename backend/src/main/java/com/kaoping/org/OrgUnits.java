package com.kaoping.org;

import java.util.List;
import java.util.Optional;

/** The departments and the leadership group (fixed by migration). */
public interface OrgUnits {

    /** Every unit, ordered by code. */
    List<OrgUnit> list();

    Optional<OrgUnit> find(String code);
}
