package com.kaoping.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The break-glass switch of the engine operators (docs/security.md): only while it is on may an administrator give
 * an account the role {@link Role#OPERATOR}, may such an account reach Camunda's REST API and web apps, and is it
 * mirrored into Camunda's administrators' group. Read once here for the organisation, security and workflow features.
 *
 * @param breakGlass break-glass engine access: while true, an administrator may give an account the role OPERATOR,
 *     which gets every Camunda right (deploy, modify, delete). Off by default; every engine action is audited.
 */
@ConfigurationProperties("kaoping.engine")
public record EngineOperators(@DefaultValue("false") boolean breakGlass) {}
