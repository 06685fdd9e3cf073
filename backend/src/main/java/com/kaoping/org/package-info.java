/**
 * Organisation: branches, departments, the leadership group, users and their roles.
 * Public API: {@link com.kaoping.org.UserDirectory}, {@link com.kaoping.org.UserAccount}, {@link com.kaoping.org.Role}.
 */
package com.kaoping.org;
