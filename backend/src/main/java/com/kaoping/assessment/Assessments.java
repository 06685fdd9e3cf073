package com.kaoping.assessment;

import com.kaoping.org.UserAccount;
import java.util.List;
import java.util.Map;

/** Reads and corrections for neighbouring features (cycles, ranking, objections). */
public interface Assessments {

    /** The newest locked revision of every locked assessment of a cycle. */
    List<LockedResult> lockedResults(long cycleId);

    /** How many assessments of the cycle exist, and how many are locked. */
    Map<String, Integer> counts(long cycleId);

    /** Records a correction as a new locked revision; the old revisions stay. */
    LockedResult correct(long assessmentId, Correction correction, UserAccount by);
}
