/**
 * Shared web conventions: the exceptions features throw for 400/404/409, rendered as RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {})
package com.kaoping.web;
