package com.kaoping.assessment;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A correction of a locked result after an accepted objection: findings to set (clause and count), and
 * optionally the complete bonuses and vetoes; recorded as a new revision with its reason.
 */
public record Correction(JsonNode findings, JsonNode bonuses, JsonNode vetoes, String reason) {}
