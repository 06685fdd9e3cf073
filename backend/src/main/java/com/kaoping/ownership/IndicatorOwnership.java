package com.kaoping.ownership;

import com.kaoping.scoring.Standard;
import java.util.Map;

/** Who owns what in a standard, the administrator's assignments applied (docs/architecture.md, "Ownership"). */
public interface IndicatorOwnership {

    /** The ownership of every clause and primary indicator of {@code standard}, read with one query. */
    Ownership of(Standard standard);

    /** The configured assignments: primary indicator name → department code. */
    Map<String, String> assignments();
}
