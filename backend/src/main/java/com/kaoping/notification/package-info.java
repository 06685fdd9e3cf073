/**
 * In-app notifications: written by the workflow's delegates and listeners inside their transaction, read and
 * marked by their owner through {@code /api/notifications}.
 * Public API: {@link com.kaoping.notification.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"org", "security", "web"})
package com.kaoping.notification;
