/**
 * Shared web conventions: the exceptions features throw for 400/404/409, rendered as RFC 9457 problem details.
 */
package com.kaoping.web;
