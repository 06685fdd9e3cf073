package com.kaoping.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The break-glass switch of the engine operators (docs/security.md): only while it is on may an administrator give
 * an account the role {@link Role#OPERATOR}, may such an account reach Camunda's REST API and web apps, and is it
 * mirrored into Camunda's administrators' group. Read once here for the organisation, security and workflow features.
 *
 * @param breakGlass let OPERATOR accounts exist and hold every engine right (off by default; for an emergency only)
 */
@ConfigurationProperties("kaoping.engine")
public record EngineOperators(@DefaultValue("false") boolean breakGlass) {}
