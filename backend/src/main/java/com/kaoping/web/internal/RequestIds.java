package com.kaoping.web.internal;

import org.slf4j.MDC;

/** The current request's id, as {@link RequestIdFilter} put it in the log's MDC (docs/operations.md). */
final class RequestIds {

    private RequestIds() {}

    /** The current request's id, or null outside a request. */
    static String current() {
        return MDC.get(RequestIdFilter.MDC_KEY);
    }
}
